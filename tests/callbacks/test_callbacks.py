"""Callbacks called directly, as Dash calls them, on the fixture data (no browser)."""

from __future__ import annotations

import json

import pytest
from dash import no_update

from components import ids
from components.context import DATASET_KEY
from components.navigation import OUTPUTS as VIEW_OUTPUTS
from components.page_note import show_page_note, unknown_page_note
from components.search import show_results
from tests.callback_context import call_in_context, call_update_view
from triggerpoints.figure import POINTS_TRACE
from triggerpoints.figure_shapes import ESSENTIAL_SHAPE, MARKED_FILL_SHAPE, SELECTED_SHAPE, shape_outlines
from triggerpoints.untrusted import MAX_SEARCH

OUTPUTS = list(VIEW_OUTPUTS)


def _text(component) -> str:
    """All the text of a component tree, for asserting on what the user reads."""
    return json.dumps(component, default=lambda c: c.to_plotly_json() if hasattr(c, "to_plotly_json") else str(c))


def _result_points(component) -> list[str]:
    """The points of the search-result buttons under a component tree, in order."""
    if isinstance(component, (list, tuple)):
        return [point for child in component for point in _result_points(child)]
    id_ = getattr(component, "id", None)
    own = [id_["point"]] if isinstance(id_, dict) and id_.get("type") == ids.SEARCH_RESULT else []
    children = getattr(component, "children", None)
    return own + (_result_points(children) if children is not None else [])


def _operations(patch) -> dict:
    return {tuple(op["location"]): op["params"]["value"] for op in patch.to_plotly_json()["operations"]}


def _pattern(**id_) -> str:
    return json.dumps(id_, sort_keys=True, separators=(",", ":")) + ".n_clicks"


def _drawn(query: str) -> dict:
    """The view-request store's value after the browser drew a view."""
    return {"query": query, "at": 1}


def test_a_view_drawn_by_the_browser_goes_into_the_url_and_the_figure(fixture_app):
    query = "?point=sternocleidomastoid-1&side=left"
    out = call_update_view(f"{ids.VIEW_REQUEST}.data", _drawn(query))
    assert out["search"] == query
    operations = _operations(out["figure"])
    assert operations[("layout", "shapes", SELECTED_SHAPE, "xanchor")] > 170, "the left X on the front view"
    assert not any(location[:2] == ("layout", "shapes") and location[-1] == "visible" for location in operations)
    # On the person's left: right of the front view's centre (170), left of the back view's centre (510).
    essential = shape_outlines(operations[("layout", "shapes", ESSENTIAL_SHAPE, "path")])
    xs = [x for outline in essential for x, _ in outline]
    assert xs and all(x >= 169.8 if x < 340 else x <= 510.2 for x in xs)
    assert operations[("data", POINTS_TRACE, "visible")] is True
    # The Xs did not change, so the answer leaves them out (it stays small); so are the parts that did not change.
    assert not any(location[:2] == ("data", POINTS_TRACE) and location[2] != "visible" for location in operations)
    assert out["mode"] is no_update and out["page_class"] is no_update and out["chips"] is no_update


@pytest.mark.parametrize("drawn", [None, {}, {"query": 5}, "?point=soleus-1", [1], {"at": 2}])
def test_a_garbled_view_request_changes_nothing(fixture_app, drawn):
    assert call_update_view(f"{ids.VIEW_REQUEST}.data", drawn) == dict.fromkeys(OUTPUTS, no_update)


def test_a_view_request_is_read_like_any_url(fixture_app):
    out = call_update_view(f"{ids.VIEW_REQUEST}.data", _drawn("?point=<script>&pain=temple-right,nowhere"))
    assert out["search"] == "?pain=temple-right"
    assert out["mode"] == "pain" and out["page_class"] == "page mode-pain"


def test_choosing_a_search_result_selects_like_a_click(fixture_app):
    out = call_update_view(_pattern(type=ids.SEARCH_RESULT, point="upper-trapezius-1"), 1)
    assert out["search"] == "?point=upper-trapezius-1"
    assert _operations(out["figure"])[("layout", "shapes", SELECTED_SHAPE, "xanchor")] > 510, "right, back view"


def test_new_buttons_that_were_not_clicked_change_nothing(fixture_app):
    assert call_update_view(_pattern(type=ids.SEARCH_RESULT, point="upper-trapezius-1"), 0) == dict.fromkeys(
        OUTPUTS, no_update
    )
    forged = _pattern(type=ids.SEARCH_RESULT, point="<script>")
    assert call_update_view(forged, 3) == dict.fromkeys(OUTPUTS, no_update)


def test_url_selects_without_rewriting_the_url(fixture_app):
    query = "?point=upper-trapezius-1&side=left"
    out = call_update_view(f"{ids.URL}.search", query, search=query)
    assert out["search"] is no_update
    assert _operations(out["figure"])[("layout", "shapes", SELECTED_SHAPE, "xanchor")] > 170


def test_pain_deep_link_marks_regions(fixture_app):
    query = "?pain=temple-right,jaw-right"
    out = call_update_view(f"{ids.URL}.search", query, search=query)
    assert out["mode"] == "pain" and out["page_class"] == "page mode-pain"
    assert "Right temple" in _text(out["chips"]) and "Right jaw" in _text(out["chips"])
    operations = _operations(out["figure"])
    assert operations[("data", POINTS_TRACE, "visible")] is False
    assert operations[("layout", "clickanywhere")] is True
    assert len(shape_outlines(operations[("layout", "shapes", MARKED_FILL_SHAPE, "path")])) == 2


def test_chip_removal_clear_and_add_from_list(fixture_app):
    out = call_update_view(_pattern(type=ids.MARKED_CHIP, region="jaw-right"), 1, search="?pain=jaw-right,temple-right")
    assert out["search"] == "?pain=temple-right"
    assert call_update_view(f"{ids.CLEAR_MARKS}.n_clicks", 1, search="?pain=jaw-right")["search"] == "?pain="
    out = call_update_view(f"{ids.ADD_REGION}.value", "heel-left", search="?pain=jaw-right", added="heel-left")
    assert out["search"] == "?pain=jaw-right,heel-left"
    assert out["add_region"] is None, "the list is ready for the next area"
    assert call_update_view(f"{ids.ADD_REGION}.value", "nowhere", added="nowhere") == dict.fromkeys(OUTPUTS, no_update)


def test_starting_from_a_condition(fixture_app):
    out = call_update_view(
        f"{ids.CONDITION_START}.value", "tennis-elbow", condition="tennis-elbow", condition_side="left"
    )
    assert out["search"] == "?pain=outer-elbow-left,back-of-forearm-left"
    assert out["mode"] == "pain"


def test_switching_mode_keeps_the_selection(fixture_app):
    out = call_update_view(f"{ids.MODE}.value", "pain", search="?point=upper-trapezius-1", mode="pain")
    assert out["search"] == "?pain=&point=upper-trapezius-1"
    out = call_update_view(f"{ids.MODE}.value", "explore", search="?pain=temple-right", mode="explore")
    assert out["search"] == "?mode=explore&pain=temple-right"


def test_filters_narrow_the_xs_and_go_into_the_url(fixture_app):
    out = call_update_view(f"{ids.FILTER_CONDITION}.value", "tennis-elbow", cond="tennis-elbow")
    markers = _operations(out["figure"])[("data", POINTS_TRACE, "customdata")]
    assert {m[0] for m in markers} == {"extensor-carpi-radialis-brevis-1"}
    assert out["search"] == "?condition=tennis-elbow"
    assert out["cond"] is no_update, "the control already shows it"


def test_clearing_a_filter_brings_every_x_back(fixture_app):
    out = call_update_view(f"{ids.FILTER_CONDITION}.value", None, cond=None, search="?condition=tennis-elbow")
    assert out["search"] == ""
    markers = _operations(out["figure"])[("data", POINTS_TRACE, "customdata")]
    points = fixture_app.server.config[DATASET_KEY].points
    assert sorted(markers) == sorted([p, side] for p in points for side in ("right", "left"))


def test_opening_a_link_sends_the_xs_only_when_a_filter_is_set(fixture_app):
    plain = _operations(
        call_update_view(f"{ids.URL}.search", "?point=upper-trapezius-1", search="?point=upper-trapezius-1")["figure"]
    )
    assert ("data", POINTS_TRACE, "customdata") not in plain
    filtered = call_update_view(f"{ids.URL}.search", "?condition=tennis-elbow", search="?condition=tennis-elbow")
    assert filtered["cond"] == "tennis-elbow", "the control shows the link's filter"
    markers = _operations(filtered["figure"])[("data", POINTS_TRACE, "customdata")]
    assert {m[0] for m in markers} == {"extensor-carpi-radialis-brevis-1"}


def test_search_results_are_buttons_naming_the_point(fixture_app):
    entries = call_in_context(show_results, "SCM", triggered=(f"{ids.SEARCH}.value", "SCM"))
    assert _result_points(entries) == ["sternocleidomastoid-1"]
    assert "Also called SCM" in _text(entries)


@pytest.mark.parametrize("query", [None, "", 5, ["x"]])
def test_search_without_text_lists_nothing(fixture_app, query):
    assert call_in_context(show_results, query, triggered=(f"{ids.SEARCH}.value", query)) == []


def test_search_without_matches_says_so(fixture_app):
    assert "No trigger point matches" in _text(call_in_context(show_results, "zzzz"))


@pytest.mark.parametrize("path", ["/", "", None])
def test_known_pages_have_no_note(path):
    assert unknown_page_note(path) == []


@pytest.mark.parametrize("path", ["/no/such/page", "/<script>alert(1)</script>", "/" + "x" * 10_000])
def test_unknown_page_gets_a_friendly_note(fixture_app, path):
    text = _text(call_in_context(show_page_note, path))
    assert "Page not found" in text and "Here is the body map instead" in text
    assert len(text) < 2000


def test_patient_view_shows_only_the_selected_x(fixture_app):
    out = call_update_view(f"{ids.PATIENT_SWITCH}.checked", True, search="?point=upper-trapezius-1", patient=True)
    assert out["search"] == "?point=upper-trapezius-1&view=patient&zoom=pattern"
    assert out["page_class"] == "page mode-explore audience-patient map-zoomed"
    assert out["zoom"] == "pattern"
    operations = _operations(out["figure"])
    assert operations[("data", POINTS_TRACE, "visible")] is False
    (bottom, top) = operations[("layout", "yaxis", "range")]
    assert bottom - top < 400, "framed on the pattern, not the whole body"


def test_study_mode_leaves_the_zones_to_the_quiz(fixture_app):
    out = call_update_view(f"{ids.MODE}.value", "study", search="?point=upper-trapezius-1", mode="study")
    assert out["search"] == "?mode=study&point=upper-trapezius-1"
    operations = _operations(out["figure"])
    assert operations[("layout", "clickanywhere")] is True
    assert not any(location[:2] == ("layout", "shapes") for location in operations)


def test_choosing_a_point_for_guided_self_care(fixture_app):
    out = call_update_view(f"{ids.GUIDED_POINT}.value", "sternocleidomastoid-1", search="?mode=self-care",
                guided="sternocleidomastoid-1", mode="self-care")  # fmt: skip
    assert out["search"] == "?mode=self-care&point=sternocleidomastoid-1"
    assert out["guided_point"] == "sternocleidomastoid-1"


def test_the_browse_list_is_drawn_only_while_open(fixture_app):
    from components.search import BROWSE_OPEN, show_browse_list

    opened = call_in_context(show_browse_list, BROWSE_OPEN, triggered=(f"{ids.BROWSE_LIST}.value", BROWSE_OPEN))
    buttons = _text(opened)
    points = fixture_app.server.config[DATASET_KEY].points
    assert all(point_id in buttons for point_id in points)
    assert call_in_context(show_browse_list, None, triggered=(f"{ids.BROWSE_LIST}.value", None)) == []


def test_the_guided_picker_follows_the_selection_only_in_self_care(fixture_app):
    drawn = _drawn("?point=sternocleidomastoid-1&side=left")
    assert call_update_view(f"{ids.VIEW_REQUEST}.data", drawn)["guided_point"] is no_update
    entered = call_update_view(
        f"{ids.MODE}.value", "self-care", search="?point=sternocleidomastoid-1", mode="self-care"
    )
    assert entered["guided_point"] == "sternocleidomastoid-1"


def test_a_technique_button_opens_its_steps_in_the_dialog(fixture_app):
    from components.technique_dialog import open_technique

    def press(request):
        return call_in_context(open_technique, request, triggered=(f"{ids.TECHNIQUE_REQUEST}.data", request))

    opened, title, body = press({"technique": "pincer-grip", "at": 1})
    assert opened is True and title == "Pincer grip"
    text = _text(body)
    assert "Self-care" in text and "Steps" in text and "Squeeze gently and hold" in text and "Broken skin" in text
    _, _, body = press({"technique": "dry-needling", "at": 2})
    assert "Professional only" in _text(body) and "not for self-treatment" in _text(body)
    for garbled in (None, {"technique": "no-such-technique"}, {"technique": ["pincer-grip"]}, "pincer-grip"):
        assert press(garbled) == (no_update,) * 3


# The request of issue 11, item 1: a URL of about 790 kB, 100,000 unknown region ids after one known one.
FLOOD = "?pain=temple-right," + ",".join(f"zz{i}" for i in range(100_000)) + "&point=upper-trapezius-1"


def test_a_790_kB_link_is_read_only_as_far_as_the_cap(fixture_app):
    out = call_update_view(f"{ids.URL}.search", FLOOD, search=FLOOD)
    assert out["mode"] == "pain" and out["page_class"] == "page mode-pain"
    assert "Right temple" in _text(out["chips"]) and "zz" not in _text(out["chips"])
    assert _operations(out["figure"])[("data", POINTS_TRACE, "visible")] is False, "the point lay past the cap"


def test_a_790_kB_view_request_puts_only_what_was_read_into_the_url(fixture_app):
    assert call_update_view(f"{ids.VIEW_REQUEST}.data", _drawn(FLOOD), search=FLOOD)["search"] == "?pain=temple-right"


@pytest.mark.parametrize(
    ("prop", "value"),
    [(f"{ids.ADD_REGION}.value", "temple-right"), (f"{ids.CONDITION_START}.value", "tennis-elbow"),
     (f"{ids.GUIDED_POINT}.value", "soleus-1"), (f"{ids.MODE}.value", "pain"),
     (_pattern(type=ids.MARKED_CHIP, region="temple-right"), 1), (_pattern(type=ids.SEARCH_RESULT, point="soleus-1"), 1)],
)  # fmt: skip
def test_over_long_ids_from_the_browser_change_nothing(fixture_app, prop, value):
    padded = "x" * 1_000_000
    if isinstance(value, str):
        value = value + padded
    else:
        key = "region" if ids.MARKED_CHIP in prop else "point"
        prop = prop.replace(f'"{key}":"', f'"{key}":"{padded}')
    assert call_update_view(prop, value, search="?pain=temple-right") == dict.fromkeys(OUTPUTS, no_update)


def test_filter_values_from_the_browser_must_be_known(fixture_app):
    long = "tennis-elbow" + "x" * 1_000_000
    out = call_update_view(f"{ids.FILTER_CONDITION}.value", long, cond=long, nav=long, tech=long, self_care="yes")
    assert out == dict.fromkeys(OUTPUTS, no_update), "unknown values mean any: the view does not change"


def test_the_search_box_reads_only_its_first_characters(fixture_app):
    found = call_in_context(show_results, "SCM" + " " * 1_000_000)
    assert _result_points(found) == ["sternocleidomastoid-1"]
    assert call_in_context(show_results, " " * MAX_SEARCH + "SCM") == [], "what lies past MAX_SEARCH is not read"


def test_the_view_switch_shows_one_whole_view_large_and_says_so_in_the_url(fixture_app):
    out = call_update_view(
        f"{ids.VIEW_SWITCH}.value", "whole-body|front", "?point=upper-trapezius-1", view_switch="whole-body|front"
    )
    assert out["search"] == "?point=upper-trapezius-1&zoom=whole-body|front"
    assert out["zoom"] == "whole-body|front" and out["view_switch"] is no_update
    assert "map-one-view" in out["page_class"].split(), "a phone gives one view a taller frame"
    back = call_update_view(f"{ids.VIEW_SWITCH}.value", "whole-body", out["search"], zoom="whole-body|front")
    assert back["search"] == "?point=upper-trapezius-1" and back["page_class"] == "page mode-explore"


def test_an_area_zoom_leaves_the_view_switch_unlit(fixture_app):
    out = call_update_view(f"{ids.ZOOM}.value", "head-neck|front", "", zoom="head-neck|front")
    assert out["view_switch"] == ""
    assert "map-zoomed" in out["page_class"].split()
