"""The search box's callbacks, called as Dash calls them (no browser): a page of muscles and "Show more" until every
result is shown, and the link that opens the pain finder from a place or complaint."""

from __future__ import annotations

import json

import pytest
from dash import dcc, html, no_update
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from components import ids
from components.navigation import update_view
from components.search import LIST_AT, MORE_AT, PAGE, show_more, show_results
from tests.callback_context import call_in_context, callback_request
from triggerpoints.search import search
from triggerpoints.view_state import PAIN

MORE = json.dumps({"of": ids.SEARCH_RESULTS, "type": ids.SEARCH_MORE}, separators=(",", ":")) + ".n_clicks"


@pytest.fixture
def app(real_app):
    """The app on the bundled data, inside a callback request to it."""
    with callback_request(real_app):
        yield real_app


def _components(tree: object, kind: type) -> list:
    """The components of one kind anywhere under a component tree, in order."""
    if isinstance(tree, (list, tuple)):
        return [found for child in tree for found in _components(child, kind)]
    own = [tree] if isinstance(tree, kind) else []
    children = getattr(tree, "children", None)
    return own + (_components(children, kind) if children is not None else [])


def _result_points(tree: object) -> list[str]:
    return [b.id["point"] for b in _components(tree, html.Button) if isinstance(b.id, dict)
            and b.id.get("type") == ids.SEARCH_RESULT]  # fmt: skip


def _muscles_of(dataset, tree: object) -> list[str]:
    return list(dict.fromkeys(dataset.chart_key(dataset.points[p].muscle) for p in _result_points(tree)))


def _operations(patch) -> dict:
    return {tuple(op["location"]): (op["operation"], op["params"].get("value")) for op in patch.to_plotly_json()["operations"]}  # fmt: skip


def _more(results: list) -> html.Button:
    return results[MORE_AT]


def test_a_long_list_shows_a_page_of_muscles_and_offers_the_rest(app, dataset):
    found = search(dataset, "headache").muscles
    assert len(found) > PAGE, "headache has more muscles than a page"
    results = call_in_context(show_results, "headache", triggered=(f"{ids.SEARCH}.value", "headache"))
    assert _muscles_of(dataset, results) == [m.muscle for m in found[:PAGE]]
    more = _more(results)
    assert more.id == {"type": ids.SEARCH_MORE, "of": ids.SEARCH_RESULTS} and more.n_clicks == 0
    assert not more.hidden and more.children == f"Show more ({len(found) - PAGE} more muscles)"


def test_show_more_adds_the_next_page_until_every_muscle_is_shown(app, dataset):
    found = search(dataset, "headache").muscles
    shown = _muscles_of(dataset, call_in_context(show_results, "headache"))
    pages = 0
    while len(shown) < len(found):
        pages += 1
        operations = _operations(call_in_context(show_more, [pages], "headache", triggered=(MORE, pages)))
        operation, added = operations[(LIST_AT, "props", "children")]
        assert operation == "Extend" and added
        shown += list(dict.fromkeys(dataset.chart_key(dataset.points[p].muscle) for p in _result_points_json(added)))
        left = len(found) - len(shown)
        assert operations[(MORE_AT, "props", "hidden")] == ("Assign", left <= 0)
        assert operations[(MORE_AT, "props", "children")][1].startswith(f"Show more ({left} more muscle")
    assert shown == [m.muscle for m in found], "every result is reachable, once, in order"
    assert pages == -(-len(found) // PAGE) - 1


def _result_points_json(entries: list) -> list[str]:
    """The result buttons' points in entries as Patch sends them (their JSON form)."""
    found = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            props = node.get("props", {})
            if isinstance(props.get("id"), dict) and props["id"].get("type") == ids.SEARCH_RESULT:
                found.append(props["id"]["point"])
            walk(props.get("children"))
        elif isinstance(node, list):
            for child in node:
                walk(child)
        elif hasattr(node, "to_plotly_json"):
            walk(json.loads(json.dumps(node.to_plotly_json(), default=lambda c: c.to_plotly_json())))

    walk(entries)
    return found


def test_a_short_list_hides_show_more(app):
    results = call_in_context(show_results, "SCM")
    assert _more(results).hidden is True


@pytest.mark.parametrize("clicks", [None, [], [0], [None], [True], ["1"], [1, 2], [-1], "1"])
def test_show_more_drawn_but_not_clicked_changes_nothing(app, clicks):
    assert call_in_context(show_more, clicks, "headache") is no_update


def test_a_place_offers_to_open_the_pain_finder_where_it_is_felt(app, dataset):
    results = call_in_context(show_results, "headache")
    [link] = _components(results, dcc.Link)
    [offer] = search(dataset, "headache").offers
    assert link.href == f"/{offer.query}" and "Show where it hurts" in json.dumps(link.to_plotly_json(), default=str)
    out = call_in_context(update_view, triggered=(f"{ids.URL}.search", offer.query), **_view_inputs(offer.query))
    assert out["mode"] == PAIN and out["chips"], "following the link starts the pain finder with the areas marked"


def test_a_muscle_offers_no_pain_finder(app):
    assert _components(call_in_context(show_results, "masseter"), dcc.Link) == []


def test_a_corrected_query_says_how_it_was_read(app):
    text = json.dumps([c.to_plotly_json() for c in call_in_context(show_results, "pirformis")], default=str)
    assert "Showing results for" in text and "piriformis" in text


def _view_inputs(search_text: str) -> dict:
    return dict(drawn=None, results=[], browse=[], guided=None, chips=[], clear=0, added=None, condition=None,
                mode="explore", patient=False, nav=None, cond=None, tech=None, self_care=False, zoom="whole-body",
                view_switch="whole-body", muscles=False, search=search_text, handout=[], condition_side="right")  # fmt: skip


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(clicks=json_values | st.lists(st.integers(), max_size=2), query=json_values | st.sampled_from(
    ["headache", "neck", "SCM", "x" * 500, "pain in my lower back"]))  # fmt: skip
def test_show_more_never_raises_on_generated_input(app, clicks, query):
    call_in_context(show_more, clicks, query, triggered=(MORE, clicks))
