"""Callbacks called directly, as Dash would call them, on the fixture data (no browser)."""

from __future__ import annotations

import json
from contextvars import copy_context

import pytest
from dash import no_update
from dash._callback_context import context_value
from dash._utils import AttributeDict

from components import ids
from components.search import show_results
from components.selection import update_selection
from triggerpoints.figure import ESSENTIAL_TRACE, SELECTED_TRACE


@pytest.fixture
def fixture_app():
    from app import create_app
    from tests.conftest import FIXTURE_DATA

    app = create_app(str(FIXTURE_DATA))
    with app.server.test_request_context("/_dash-update-component", method="POST"):
        yield app


def _run(function, triggered: list[dict], *args):
    """Calls a callback with Dash's callback context set as a real request would."""

    def call():
        context_value.set(AttributeDict(triggered_inputs=triggered))
        return function(*args)

    return copy_context().run(call)


def _text(component) -> str:
    """All the text of a component tree, for asserting on what the user reads."""
    return json.dumps(component, default=lambda c: c.to_plotly_json() if hasattr(c, "to_plotly_json") else str(c))


def _click(point_id, side):
    return {"points": [{"curveNumber": 4, "customdata": [point_id, side]}]}


def test_click_on_an_x_selects_it_and_updates_the_url(fixture_app):
    click = _click("sternocleidomastoid-1", "left")
    figure, details, search = _run(
        update_selection, [{"prop_id": f"{ids.BODY_MAP}.clickData", "value": click}], click, [], ""
    )
    assert search == "?point=sternocleidomastoid-1&side=left"
    assert "Sternocleidomastoid" in _text(details) and "left side" in _text(details)
    operations = figure.to_plotly_json()["operations"]
    targets = {tuple(op["location"]) for op in operations}
    assert ("data", ESSENTIAL_TRACE, "x") in targets and ("data", SELECTED_TRACE, "x") in targets


@pytest.mark.parametrize(
    "click",
    [
        None,
        {},
        {"points": []},
        {"points": [{"customdata": None}]},
        {"points": [{"customdata": ["nope", "right"]}]},
        {"points": [{"customdata": ["sternocleidomastoid-1", "up"]}]},
        {"points": ["x"]},
    ],
)
def test_click_off_an_x_changes_nothing(fixture_app, click):
    result = _run(update_selection, [{"prop_id": f"{ids.BODY_MAP}.clickData", "value": click}], click, [], "")
    assert result == (no_update, no_update, no_update)


def test_choosing_a_search_result_selects_like_a_click(fixture_app):
    trigger = [
        {"prop_id": json.dumps({"point": "upper-trapezius-1", "type": ids.SEARCH_RESULT}) + ".n_clicks", "value": 1}
    ]
    _, details, search = _run(update_selection, trigger, None, [1], "")
    assert search == "?point=upper-trapezius-1"
    assert "Upper trapezius" in _text(details)


def test_new_search_results_do_not_select_anything(fixture_app):
    trigger = [
        {"prop_id": json.dumps({"point": "upper-trapezius-1", "type": ids.SEARCH_RESULT}) + ".n_clicks", "value": 0}
    ]
    assert _run(update_selection, trigger, None, [0], "") == (no_update, no_update, no_update)


def test_url_selects_without_rewriting_the_url(fixture_app):
    _, details, search = _run(
        update_selection,
        [{"prop_id": f"{ids.URL}.search", "value": "?point=upper-trapezius-1&side=left"}],
        None,
        [],
        "?point=upper-trapezius-1&side=left",
    )
    assert search is no_update
    assert "left side" in _text(details)


def test_unknown_url_point_shows_a_note_not_an_error(fixture_app):
    query = "?point=<script>alert(1)</script>"
    _, details, _ = _run(update_selection, [{"prop_id": f"{ids.URL}.search", "value": query}], None, [], query)
    text = _text(details)
    assert "We could not find a trigger point called" in text
    assert "Find the source of a pain" in text


def test_details_show_every_section(fixture_app):
    _, details, _ = _run(
        update_selection,
        [{"prop_id": f"{ids.URL}.search", "value": "?point=upper-trapezius-1"}],
        None,
        [],
        "?point=upper-trapezius-1",
    )
    text = _text(details)
    for expected in [
        "Where to find it",
        "Where it sends pain",
        "Right side of the neck",
        "Right temple",
        "Right back of the neck",
        "How it can feel",
        "Tension-type headache",
        "Pincer grip",
        "Self-care",
        "Professional only",
        "Dry needling",
        "Stretch",
        "Take care",
        "See a clinician first",
        "worst ever",
        "Travell & Simons vol. 1 (2nd ed., 1999) ch. 6",
        "Also called: trapezius, traps",
    ]:
        assert expected in text, expected


def test_search_results_are_buttons_naming_the_point(fixture_app):
    buttons = _run(show_results, [{"prop_id": f"{ids.SEARCH}.value", "value": "SCM"}], "SCM")
    assert [b.id for b in buttons] == [{"type": ids.SEARCH_RESULT, "point": "sternocleidomastoid-1"}]
    assert "Also called SCM" in _text(buttons)


@pytest.mark.parametrize("query", [None, "", 5, ["x"]])
def test_search_without_text_lists_nothing(fixture_app, query):
    assert _run(show_results, [{"prop_id": f"{ids.SEARCH}.value", "value": query}], query) == []


def test_search_without_matches_says_so(fixture_app):
    assert "No trigger point matches" in _text(_run(show_results, [], "zzzz"))


@pytest.mark.parametrize("path", ["/", "", None])
def test_known_pages_have_no_note(path):
    from components.page_note import unknown_page_note

    assert unknown_page_note(path) == []


@pytest.mark.parametrize("path", ["/no/such/page", "/<script>alert(1)</script>", "/" + "x" * 10_000])
def test_unknown_page_gets_a_friendly_note(fixture_app, path):
    from components.page_note import show_page_note

    text = _text(_run(show_page_note, [], path))
    assert "Page not found" in text and "Here is the body map instead" in text
    assert len(text) < 2000
