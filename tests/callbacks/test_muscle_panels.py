"""Muscles in the panels: "The muscle" in the details panel (anatomy, depth, links to the muscle's other points) and
search results and the browse list, one entry per muscle with its points beneath."""

from __future__ import annotations

import html as html_text
import re
from urllib.parse import parse_qs

import pytest
from dash import html

from components import ids
from components.html_fragment import to_html
from components.search import browse_groups, result_entry
from components.view_panels import details_panel
from triggerpoints.search import search_muscles
from triggerpoints.view_state import ViewState


def _buttons(component: object, kind: str) -> list:
    """The buttons with a pattern-matching id of one type, in order, anywhere under a component."""
    if isinstance(component, (list, tuple)):
        return [button for child in component for button in _buttons(child, kind)]
    found = []
    if isinstance(component, html.Button) and isinstance(component.id, dict) and component.id["type"] == kind:
        found.append(component)
    children = getattr(component, "children", None)
    return found + (_buttons(children, kind) if children is not None else [])


def _text(component: object) -> str:
    """The text a reader sees in a component tree (search results and the browse list are Dash, not fragments)."""
    if isinstance(component, str):
        return component
    if isinstance(component, (list, tuple)):
        return " ".join(_text(child) for child in component)
    children = getattr(component, "children", None)
    return _text(children) if children is not None else ""


def _muscle_section(dataset, point_id: str, side: str = "right") -> str:
    """The text of "The muscle" in the details panel of a point."""
    page = to_html(details_panel(dataset, ViewState(point=point_id, side=side)))
    page = html_text.unescape(re.sub(r"<[^>]+>", "", page))
    return page[page.index("The muscle") : page.index("Sources")]


def _one_point_muscle(dataset) -> str:
    return next(key for key, m in dataset.muscles.items() if len(dataset.muscle_points(key)) == 1 and not m.group)


def test_the_panel_gives_the_muscles_anatomy_in_plain_and_clinical_words(dataset):
    section = _muscle_section(dataset, "levator-scapulae-1")
    muscle = dataset.muscles["levator-scapulae"]
    for column in ("origin", "insertion", "action", "nerve"):
        assert getattr(muscle, column) in section and getattr(muscle, f"{column}_clinical") in section, column
    assert "Starts at (origin)" in section and "Nerve (innervation)" in section
    assert "Deep, under the trapezius and the sternocleidomastoid" in section


def test_the_panel_names_the_part_the_point_lies_in(dataset):
    section = _muscle_section(dataset, "deltoid-1")
    assert "Deltoid: this point lies in its anterior fibres" in section and "Near the surface" in section


def test_the_panel_links_the_muscles_other_points_on_the_same_side(dataset):
    panel = to_html(details_panel(dataset, ViewState(point="masseter-1", side="left")))
    links = panel[panel.index("muscle-points") :]
    queries = [html_text.unescape(part.split('"', 1)[0]) for part in links.split('data-query="')[1:]]
    others = [p for p in dataset.muscle_points("masseter") if p != "masseter-1"]
    assert [parse_qs(q.lstrip("?"))["point"] for q in queries] == [[p] for p in others]
    assert all(parse_qs(q.lstrip("?"))["side"] == ["left"] for q in queries)
    for point_id in others:
        assert html_text.escape(dataset.point_label(point_id)) in links


def test_a_muscle_with_one_point_links_to_no_other(dataset):
    [point_id] = dataset.muscle_points(_one_point_muscle(dataset))
    assert "other trigger points" not in _muscle_section(dataset, point_id)


def test_the_fixture_panel_has_the_muscle_section(fixture_dataset):
    section = _muscle_section(fixture_dataset, "upper-trapezius-1")
    assert "Trapezius: this point lies in its upper fibres" in section
    assert fixture_dataset.muscles["trapezius"].origin in section


@pytest.mark.parametrize(("query", "muscle"), [("masseter", "masseter"), ("QL", "quadratus-lumborum")])
def test_a_muscle_with_several_points_is_one_result_with_a_button_per_point(dataset, query, muscle):
    entries = [result_entry(dataset, hit) for hit in search_muscles(dataset, query)]
    name = dataset.muscles[muscle].name
    [entry] = [e for e in entries if name in _text(e)]
    buttons = _buttons(entry, ids.SEARCH_RESULT)
    assert [b.id["point"] for b in buttons] == list(dataset.muscle_points(muscle))
    assert [b.children for b in buttons] == [dataset.point_label(b.id["point"]) for b in buttons]


def test_a_muscle_with_one_point_is_one_button_named_after_it(dataset):
    muscle = _one_point_muscle(dataset)
    [hit] = [h for h in search_muscles(dataset, dataset.muscles[muscle].name) if h.muscle == muscle]
    [button] = _buttons(result_entry(dataset, hit), ids.SEARCH_RESULT)
    assert button.id["point"] == dataset.muscle_points(muscle)[0]
    assert dataset.muscles[muscle].name in _text(button)


def test_the_browse_list_groups_each_areas_points_by_muscle(dataset):
    groups = browse_groups(dataset)
    buttons = _buttons(groups, ids.BROWSE_ITEM)
    assert sorted(b.id["point"] for b in buttons) == sorted(dataset.points), "every point once"
    names = [span.children for span in _spans(groups, "browse-muscle")]
    assert names.count("Masseter") == 1, "the muscle's name once, its points beneath"
    labels = {b.id["point"]: b.children for b in buttons}
    assert labels["masseter-1"] == dataset.point_label("masseter-1")
    [lone] = dataset.muscle_points(_one_point_muscle(dataset))
    assert labels[lone] == dataset.point_name(lone)


def _spans(component: object, class_name: str) -> list:
    if isinstance(component, (list, tuple)):
        return [span for child in component for span in _spans(child, class_name)]
    found = [component] if isinstance(component, html.Span) and component.className == class_name else []
    children = getattr(component, "children", None)
    return found + (_spans(children, class_name) if children is not None else [])
