"""Muscles in the panels: "The muscle" in the details panel (anatomy, depth, links to the muscle's other points) and
search results and the browse list, one entry per muscle with its points beneath."""

from __future__ import annotations

import html as html_text
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
    found = []
    if isinstance(component, (list, tuple)):
        for child in component:
            found += _buttons(child, kind)
        return found
    if isinstance(component, html.Button) and isinstance(component.id, dict) and component.id["type"] == kind:
        found.append(component)
    children = getattr(component, "children", None)
    return found + (_buttons(children, kind) if children is not None else [])


def _muscle_section(dataset, point_id: str, side: str = "right") -> str:
    page = html_text.unescape(to_html(details_panel(dataset, ViewState(point=point_id, side=side))))
    return page[page.index("The muscle") : page.index("Sources")]


def test_the_panel_gives_the_muscles_anatomy_in_plain_and_clinical_words(dataset):
    section = _muscle_section(dataset, "levator-scapulae-1")
    muscle = dataset.muscles["levator-scapulae"]
    for column in ("origin", "insertion", "action", "nerve"):
        assert getattr(muscle, column) in section and getattr(muscle, f"{column}_clinical") in section, column
    assert "Starts at (origin)" in section and "Nerve (innervation)" in section
    assert "Deep, under the trapezius and the sternocleidomastoid" in section
    assert "other trigger points" not in section, "levator scapulae has one point"


def test_the_panel_names_the_part_the_point_lies_in(dataset):
    assert "Deltoid: this point lies in its anterior fibres" in _muscle_section(dataset, "deltoid-1")
    assert "Near the surface" in _muscle_section(dataset, "deltoid-1")


def test_the_panel_links_the_muscles_other_points_on_the_same_side(dataset):
    panel = to_html(details_panel(dataset, ViewState(point="masseter-1", side="left")))
    links = panel[panel.index("muscle-points") :]
    queries = [html_text.unescape(part.split('"', 1)[0]) for part in links.split('data-query="')[1:]]
    assert [parse_qs(q.lstrip("?"))["point"] for q in queries] == [["masseter-2"], ["masseter-3"]]
    assert all(parse_qs(q.lstrip("?"))["side"] == ["left"] for q in queries)
    for point_id in ("masseter-2", "masseter-3"):
        assert html_text.escape(dataset.point_label(point_id)) in links


def test_the_fixture_panel_has_the_muscle_section(fixture_dataset):
    section = _muscle_section(fixture_dataset, "upper-trapezius-1")
    assert "Trapezius: this point lies in its upper fibres" in section
    assert fixture_dataset.muscles["trapezius"].origin in section


@pytest.mark.parametrize(("query", "muscle", "count"), [("masseter", "Masseter", 3), ("QL", "Quadratus lumborum", 2)])
def test_a_muscle_with_several_points_is_one_result_with_a_button_per_point(dataset, query, muscle, count):
    hits = search_muscles(dataset, query)
    entries = [result_entry(dataset, hit) for hit in hits]
    heads = [e for e in entries if muscle in to_html(e)]
    assert len(heads) == 1
    buttons = _buttons(heads[0], ids.SEARCH_RESULT)
    assert len(buttons) == count
    assert [b.children for b in buttons] == [dataset.point_label(b.id["point"]) for b in buttons]


def test_a_muscle_with_one_point_is_one_button_named_after_it(dataset):
    [hit] = [h for h in search_muscles(dataset, "levator") if h.muscle == "levator-scapulae"]
    [button] = _buttons(result_entry(dataset, hit), ids.SEARCH_RESULT)
    assert button.id["point"] == "levator-scapulae-1" and "Levator scapulae" in to_html(button)


def test_the_browse_list_groups_each_areas_points_by_muscle(dataset):
    groups = browse_groups(dataset)
    buttons = _buttons(groups, ids.BROWSE_ITEM)
    assert sorted(b.id["point"] for b in buttons) == sorted(dataset.points), "every point once"
    page = to_html(groups)
    assert page.count(">Masseter<") == 1, "the muscle's name once, its three points beneath"
    labels = {b.id["point"]: b.children for b in buttons}
    assert labels["masseter-3"] == dataset.point_label("masseter-3")
    assert labels["levator-scapulae-1"] == "Levator scapulae"
