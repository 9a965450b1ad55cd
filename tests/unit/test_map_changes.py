"""What the figure's owner changes on the map for a view, a zoom, a theme or a study question (no Dash)."""

from __future__ import annotations

import pytest

from triggerpoints.figure import MUSCLE_TRACES, POINTS_TRACE
from triggerpoints.figure_shapes import ESSENTIAL_SHAPE, MARKED_FILL_SHAPE, SELECTED_SHAPE
from triggerpoints.map_changes import color_changes, study_changes, view_changes, zoom_changes
from triggerpoints.point_filters import PointFilters
from triggerpoints.view_state import EXPLORE, PAIN, SELF_CARE, STUDY, ViewState
from triggerpoints.zoom import WHOLE_BODY, zoom_layout

UT = "upper-trapezius-1"
HEAD = "head-neck|front"
X_RANGE = ("layout", "xaxis", "range")
MARKERS = ("data", POINTS_TRACE, "customdata")


def _frame(dataset, zoom: str) -> list[float]:
    return zoom_layout(dataset, zoom)[0]


@pytest.mark.parametrize("zoom", [WHOLE_BODY, HEAD])
def test_a_view_from_a_link_is_framed_at_its_zoom(fixture_dataset, zoom):
    changes = view_changes(fixture_dataset, ViewState(point=UT, zoom=zoom))
    assert changes[X_RANGE] == _frame(fixture_dataset, zoom)
    assert changes[("layout", "shapes", SELECTED_SHAPE, "xanchor")] > 510, "the right X on the back view"


@pytest.mark.parametrize("mode", [EXPLORE, PAIN, SELF_CARE])
def test_leaving_study_puts_back_the_zoom_the_view_says(fixture_dataset, mode):
    """Study frames its questions itself; whatever it framed, the view's own zoom comes back with the view."""
    studying = ViewState(STUDY, point=UT, zoom=HEAD)
    changes = view_changes(fixture_dataset, ViewState(mode, point=UT, zoom=HEAD), before=studying)
    assert changes[X_RANGE] == _frame(fixture_dataset, HEAD)


def test_study_leaves_zones_and_frame_to_the_quiz(fixture_dataset):
    changes = view_changes(fixture_dataset, ViewState(STUDY, point=UT, zoom=HEAD), before=ViewState(point=UT))
    assert changes == {("layout", "hoveranywhere"): False, ("layout", "clickanywhere"): True,
                       ("data", POINTS_TRACE, "visible"): False,
                       **{("data", trace, "visible"): False for trace in MUSCLE_TRACES}}  # fmt: skip


def test_a_click_sends_neither_the_frame_nor_the_xs(fixture_dataset):
    before = ViewState(zoom=HEAD, filters=PointFilters(condition="tennis-elbow"))
    changes = view_changes(fixture_dataset, ViewState(point=UT, zoom=HEAD, filters=before.filters), before)
    assert X_RANGE not in changes and MARKERS not in changes
    assert changes[("layout", "shapes", ESSENTIAL_SHAPE, "path")] != "M0,0"


def test_a_new_zoom_sends_its_frame(fixture_dataset):
    changes = view_changes(fixture_dataset, ViewState(zoom=HEAD), ViewState())
    assert changes[X_RANGE] == _frame(fixture_dataset, HEAD) and changes == {
        **changes,
        **zoom_changes(fixture_dataset, HEAD),
    }


@pytest.mark.parametrize(
    ("before", "filters", "expected"),
    [
        (None, PointFilters(condition="tennis-elbow"), {"extensor-carpi-radialis-brevis-1"}),
        (ViewState(filters=PointFilters(condition="tennis-elbow")), PointFilters(), None),  # every X back
        (ViewState(), PointFilters(self_care_only=True), None),
    ],
)
def test_the_xs_are_sent_when_the_filters_change(fixture_dataset, before, filters, expected):
    changes = view_changes(fixture_dataset, ViewState(filters=filters), before)
    shown = {point for point, _ in changes[MARKERS]}
    assert shown == (expected if expected is not None else shown)
    if before is not None and not filters.active:
        assert shown == set(fixture_dataset.points)


def test_the_pain_finder_draws_the_marks(fixture_dataset):
    changes = view_changes(fixture_dataset, ViewState(PAIN, ("temple-right", "jaw-right")))
    assert changes[("layout", "hoveranywhere")] is True and changes[("data", POINTS_TRACE, "visible")] is False
    assert changes[("layout", "shapes", MARKED_FILL_SHAPE, "path")].count("M") == 2


def test_a_study_question_is_framed_and_shows_only_what_it_asks(fixture_dataset):
    asking = study_changes(fixture_dataset, "extensor-carpi-radialis-brevis-1", "right", show_zone=True, show_x=False)
    assert asking[("layout", "shapes", SELECTED_SHAPE, "path")] == "M0,0", "no X while asking which muscle"
    assert asking[X_RANGE] != _frame(fixture_dataset, WHOLE_BODY), "the zone is framed"


@pytest.mark.parametrize("dark", [False, True])
def test_the_theme_changes_only_colours(dark):
    changes = color_changes(dark)
    assert changes and all(path[-1] in ("color", "fillcolor", "width") for path in changes)
