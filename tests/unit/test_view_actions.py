"""The view's state machine: every action through the one dispatcher, `apply`, on the fixture data (no Dash)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from shapely.geometry import Polygon

from triggerpoints.figure import build_body_figure
from triggerpoints.figure_shapes import SELECTED_PATH, SELECTED_SHAPES
from triggerpoints.pain_finder import build_pain_index
from triggerpoints.point_filters import PointFilters
from triggerpoints.view_actions import (
    AddRegion,
    ClearMarks,
    ClickMap,
    OpenLink,
    RemoveMark,
    SelectPoint,
    SetFilters,
    SetMode,
    SetPatientView,
    SetZoom,
    StartFromCondition,
    apply,
    candidate_query,
    condition_query,
)
from triggerpoints.view_state import EXPLORE, PAIN, SELF_CARE, STUDY, ViewState, parse_view, view_query
from triggerpoints.zoom import PATTERN, WHOLE_BODY, zoom_layout

UT, SCM = "upper-trapezius-1", "sternocleidomastoid-1"
HEAD = "head-neck|front"
LEGS = "hip-thigh-knee|front"
ZOOMED = ViewState(point=UT, zoom=HEAD)
TENNIS = PointFilters(condition="tennis-elbow")
STIFF = PointFilters(condition="stiff-neck")  # a condition felt in no one place


@pytest.fixture(scope="module")
def index(fixture_dataset):
    return build_pain_index(fixture_dataset)


def _inside(dataset, region_id: str) -> tuple[float, float]:
    region = dataset.regions[region_id]
    return Polygon(region.outline(region.views[0])).representative_point().coords[0]


# (name, the view before, the action, the view after)
CHANGES = [
    ("an X selects its point", ViewState(), ClickMap([SCM, "left"]), ViewState(point=SCM, side="left")),
    ("an X keeps the zoom and filters", ViewState(zoom=HEAD, filters=TENNIS), ClickMap([SCM, "right"]),
     ViewState(point=SCM, zoom=HEAD, filters=TENNIS)),
    ("an X in the patient view frames its pattern", ViewState(patient=True), ClickMap([UT, "left"]),
     ViewState(point=UT, side="left", patient=True, zoom=PATTERN)),
    ("a search result in the patient view frames its pattern, not the area zoomed to",
     ViewState(point=SCM, patient=True, zoom=HEAD), SelectPoint(UT), ViewState(point=UT, patient=True, zoom=PATTERN)),
    ("outside the patient view a new point keeps the pattern zoom", ViewState(point=SCM, zoom=PATTERN),
     SelectPoint(UT, "right"), ViewState(point=UT, zoom=PATTERN)),
    ("a search result selects on the right", ViewState(point=SCM, side="left"), SelectPoint(UT, "right"),
     ViewState(point=UT)),
    ("the guided picker keeps the side", ViewState(SELF_CARE, side="left"), SelectPoint(SCM),
     ViewState(SELF_CARE, point=SCM, side="left")),
    ("a chip's × unmarks its region", ViewState(PAIN, ("jaw-right", "temple-right")), RemoveMark("jaw-right"),
     ViewState(PAIN, ("temple-right",))),
    ("Clear starts afresh, keeping zoom and filters",
     ViewState(PAIN, ("jaw-right",), UT, "left", zoom=HEAD, filters=TENNIS), ClearMarks(),
     ViewState(PAIN, zoom=HEAD, filters=TENNIS)),
    ("adding an area marks it in the pain finder", ViewState(point=UT), AddRegion("heel-left"),
     ViewState(PAIN, ("heel-left",), UT)),
    ("adding a marked area again keeps one mark", ViewState(PAIN, ("heel-left",)), AddRegion("calf-left"),
     ViewState(PAIN, ("heel-left", "calf-left"))),
    ("a condition marks where it is felt", ViewState(point=UT, zoom=HEAD),
     StartFromCondition("tennis-elbow", "left"),
     ViewState(PAIN, ("outer-elbow-left", "back-of-forearm-left"), None, "left", zoom=HEAD)),
    ("a condition with a garbled side reads right", ViewState(), StartFromCondition("tennis-elbow", "up"),
     ViewState(PAIN, ("outer-elbow-right", "back-of-forearm-right"))),
    ("a condition felt in no one place shows its points in the explorer, by that filter alone",
     ViewState(PAIN, ("jaw-right",), UT, "left", zoom=PATTERN, filters=TENNIS), StartFromCondition("stiff-neck"),
     ViewState(EXPLORE, ("jaw-right",), filters=STIFF)),
    ("filters narrow the view", ViewState(point=UT), SetFilters(None, "tennis-elbow", "pincer-grip", True),
     ViewState(point=UT, filters=PointFilters(None, "tennis-elbow", "pincer-grip", True))),
    ("an unknown filter value means any", ViewState(filters=TENNIS), SetFilters("nowhere", "x" * 10_000, 5, "yes"),
     ViewState()),
    ("zoom to an area", ViewState(point=UT), SetZoom(HEAD), ZOOMED),
    ("an unknown zoom is the whole body", ZOOMED, SetZoom("nowhere|front"), ViewState(point=UT)),
    ("switching mode keeps marks, point, zoom and filters",
     ViewState(PAIN, ("temple-right",), UT, zoom=HEAD, filters=TENNIS), SetMode(EXPLORE),
     ViewState(EXPLORE, ("temple-right",), UT, zoom=HEAD, filters=TENNIS)),
    ("the patient view frames the selected point's pattern", ViewState(point=UT, zoom=HEAD), SetPatientView(True),
     ViewState(point=UT, patient=True, zoom=PATTERN)),
    ("the patient view without a point keeps the zoom", ViewState(zoom=HEAD), SetPatientView(True),
     ViewState(patient=True, zoom=HEAD)),
    ("leaving the patient view leaves the pattern for the whole body", ViewState(point=UT, patient=True, zoom=PATTERN),
     SetPatientView(False), ViewState(point=UT)),
    ("leaving the patient view keeps an area the user zoomed to", ViewState(point=UT, patient=True, zoom=HEAD),
     SetPatientView(False), ViewState(point=UT, zoom=HEAD)),
    ("the whole body chosen in the patient view stays", ViewState(point=UT, patient=True, zoom=PATTERN),
     SetZoom(WHOLE_BODY), ViewState(point=UT, patient=True)),
    ("Clear drops the pattern zoom with the point", ViewState(PAIN, ("jaw-right",), UT, patient=True, zoom=PATTERN),
     ClearMarks(), ViewState(PAIN, patient=True)),
    ("a condition drops the pattern zoom with the point", ViewState(point=UT, zoom=PATTERN),
     StartFromCondition("tennis-elbow", "left"),
     ViewState(PAIN, ("outer-elbow-left", "back-of-forearm-left"), None, "left")),
    ("a patient-view link with a point frames its pattern", ViewState(), OpenLink(f"?point={UT}&view=patient"),
     ViewState(point=UT, patient=True, zoom=PATTERN)),
    ("a patient-view link that names the whole body keeps it", ViewState(),
     OpenLink(f"?point={UT}&view=patient&zoom=whole-body"), ViewState(point=UT, patient=True)),
    ("a patient-view link without a point is the whole body", ViewState(), OpenLink("?view=patient"),
     ViewState(patient=True)),
    ("a link is the view it names", ZOOMED, OpenLink("?pain=jaw-right&zoom=hip-thigh-knee|front"),
     ViewState(PAIN, ("jaw-right",), zoom=LEGS)),
    ("Back to an empty query is the plain explorer", ZOOMED, OpenLink(""), ViewState()),
]  # fmt: skip


@pytest.mark.parametrize(("before", "action", "after"), [c[1:] for c in CHANGES], ids=[c[0] for c in CHANGES])
def test_each_action_gives_the_next_view(fixture_dataset, index, before, action, after):
    assert apply(before, action, fixture_dataset, index) == after
    # Every view survives the URL (a side without a point is not written: it has nothing to show).
    written = after if after.point else replace(after, side="right")
    assert parse_view(view_query(after), fixture_dataset).state == written


# (name, the view, an action that asks for nothing)
NOTHING = [
    ("a click off an X", ViewState(), ClickMap(None, 100.0, 100.0)),
    ("a click on an unknown point", ViewState(), ClickMap(["nope", "right"])),
    ("a click on a known point with a garbled side", ViewState(), ClickMap([SCM, "up"])),
    ("a click with a list for an id", ViewState(), ClickMap([[SCM], "right"])),
    ("a click in study mode", ViewState(STUDY), ClickMap([SCM, "right"], 145.0, 60.0)),
    ("a click in guided self-care", ViewState(SELF_CARE), ClickMap([SCM, "right"])),
    ("a pain finder click outside the body", ViewState(PAIN), ClickMap(None, -500.0, -500.0)),
    ("a pain finder click with no coordinates", ViewState(PAIN), ClickMap(None, None, "x")),
    ("a pain finder click at infinity", ViewState(PAIN), ClickMap(None, float("inf"), 1.0)),
    ("a pain finder click too far to be a float", ViewState(PAIN), ClickMap(None, 10**400, 1)),
    ("an unknown search result", ViewState(), SelectPoint("<script>")),
    ("an over-long search result", ViewState(), SelectPoint(UT + "x" * 1_000_000)),
    ("an unknown chip", ViewState(PAIN, ("jaw-right",)), RemoveMark("nowhere")),
    ("an unknown area", ViewState(PAIN), AddRegion("nowhere")),
    ("an unknown condition", ViewState(), StartFromCondition("nope")),
    ("a condition felt in no one place, shown already", ViewState(filters=STIFF), StartFromCondition("stiff-neck")),
    ("an unknown mode", ViewState(point=UT), SetMode("nonsense")),
    ("the same mode again", ViewState(point=UT), SetMode(EXPLORE)),
    ("the same zoom again", ZOOMED, SetZoom(HEAD)),
    ("the same filters again", ViewState(filters=TENNIS), SetFilters(condition="tennis-elbow")),
    ("a link that is not text", ZOOMED, OpenLink(["?point=x"])),
    ("something that is not an action", ZOOMED, "click"),
]


@pytest.mark.parametrize(("state", "action"), [n[1:] for n in NOTHING], ids=[n[0] for n in NOTHING])
def test_an_action_that_asks_for_nothing_returns_the_same_view(fixture_dataset, index, state, action):
    assert apply(state, action, fixture_dataset, index) is state


def test_a_pain_finder_click_toggles_the_region_under_it(fixture_dataset, index):
    x, y = _inside(fixture_dataset, "temple-right")
    marked = apply(ViewState(PAIN, zoom=HEAD), ClickMap(None, x, y), fixture_dataset, index)
    assert marked == ViewState(PAIN, ("temple-right",), zoom=HEAD)
    assert apply(marked, ClickMap(None, x, y), fixture_dataset, index) == ViewState(PAIN, zoom=HEAD)
    # An X under the pointer in the pain finder still counts where the click fell, not the X.
    assert apply(ViewState(PAIN), ClickMap([SCM, "right"], x, y), fixture_dataset, index).marked == ("temple-right",)
    assert apply(ViewState(PAIN), ClickMap(None, x, y), fixture_dataset) == ViewState(PAIN), "no index, no region"


def test_study_to_explore_keeps_the_zoom_the_view_says(fixture_dataset):
    """The zoom belongs to the view: Study does not change it, so Explore (or Back) finds it as it was."""
    studying = apply(ZOOMED, SetMode(STUDY), fixture_dataset)
    assert studying.zoom == HEAD
    assert apply(studying, SetMode(EXPLORE), fixture_dataset) == ZOOMED
    assert apply(studying, OpenLink(view_query(ZOOMED)), fixture_dataset) == ZOOMED, "Back"


@pytest.mark.parametrize("mode", [EXPLORE, PAIN, STUDY, SELF_CARE])
@pytest.mark.parametrize("zoom", [WHOLE_BODY, HEAD, LEGS])
def test_switching_mode_never_leaks_a_zoom_the_view_does_not_hold(fixture_dataset, mode, zoom):
    for start in (EXPLORE, PAIN, STUDY, SELF_CARE):
        state = apply(ViewState(start, point=UT, zoom=zoom), SetMode(mode), fixture_dataset)
        assert state.zoom == zoom
        assert parse_view(view_query(state), fixture_dataset).state.zoom == zoom


def test_links_built_for_candidates_and_conditions(fixture_dataset):
    state = ViewState(PAIN, ("temple-right",), zoom=HEAD)
    assert (
        candidate_query(state, UT, "left", fixture_dataset)
        == "?pain=temple-right&point=upper-trapezius-1&side=left&zoom=head-neck|front"
    )
    assert condition_query(fixture_dataset, "tennis-elbow", "right") == "?pain=outer-elbow-right,back-of-forearm-right"
    assert condition_query(fixture_dataset, "stiff-neck", "right") is None


def test_a_candidate_in_the_patient_view_opens_on_its_pattern(fixture_dataset):
    """A candidate's link, Share, reload and Back all carry the pattern zoom: it is in the URL."""
    query = candidate_query(ViewState(PAIN, ("temple-right",), patient=True), UT, "left", fixture_dataset)
    assert query == "?pain=temple-right&point=upper-trapezius-1&side=left&view=patient&zoom=pattern"
    assert apply(ViewState(), OpenLink(query), fixture_dataset).zoom == PATTERN


@pytest.mark.parametrize("side", ["right", "left"])
def test_the_selection_ring_stays_smaller_than_the_pattern_it_marks(fixture_dataset, side):
    """The ring is drawn in pixels, so it keeps its size when the map zooms; the pattern fills the figure's space.

    On a phone (a plot about 340 px square, the axes kept at equal scale) the ring is far smaller than the frame."""
    ring = build_body_figure(fixture_dataset).layout.shapes[SELECTED_SHAPES[0]]
    assert (ring.xsizemode, ring.ysizemode) == ("pixel", "pixel")
    ring_px = 2 * max(abs(float(n)) for n in re.findall(r"-?\d+(?:\.\d+)?", SELECTED_PATH) if n)
    for point in fixture_dataset.points:
        state = apply(ViewState(patient=True), SelectPoint(point, side), fixture_dataset)
        (x0, x1), (y0, y1), _ = zoom_layout(fixture_dataset, state.zoom, state.point, state.side)
        px_per_unit = min(340 / (x1 - x0), 340 / (y0 - y1))
        assert ring_px < min(x1 - x0, y0 - y1) * px_per_unit / 4, point
