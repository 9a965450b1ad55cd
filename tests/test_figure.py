"""The figure: one X per point per side, zones drawn on the selected side, traces safe to click."""

from __future__ import annotations

from statistics import mean

from triggerpoints.figure import (
    ESSENTIAL_TRACE,
    POINTS_TRACE,
    SPILLOVER_TRACE,
    build_body_figure,
    selection_zone,
)
from triggerpoints.figure_frame import VIEW_CENTERS


def test_one_x_per_point_per_side(fixture_dataset):
    trace = build_body_figure(fixture_dataset).data[POINTS_TRACE]
    pairs = [tuple(c) for c in trace.customdata]
    assert sorted(pairs) == sorted((p, s) for p in fixture_dataset.points for s in ("right", "left"))
    assert all(isinstance(p, str) and isinstance(s, str) for p, s in pairs), "lists of strings survive clickData"


def test_real_figure_marks_every_point_twice(dataset):
    trace = build_body_figure(dataset).data[POINTS_TRACE]
    assert len(trace.x) == 2 * len(dataset.points)


def test_left_x_is_the_mirror_of_the_right(fixture_dataset):
    trace = build_body_figure(fixture_dataset).data[POINTS_TRACE]
    where = {tuple(c): (x, y) for c, x, y in zip(trace.customdata, trace.x, trace.y, strict=True)}
    right = where[("upper-trapezius-1", "right")]
    left = where[("upper-trapezius-1", "left")]
    assert right[1] == left[1]
    assert right[0] - VIEW_CENTERS["back"] == VIEW_CENTERS["back"] - left[0]


def test_filled_traces_are_lines_mode(dataset):
    for trace in build_body_figure(dataset).data:
        if trace.fill == "toself":
            assert trace.mode == "lines", "a filled trace without mode='lines' throws on click in dcc.Graph"


def _center_x(xs):
    return mean(x for x in xs if x is not None)


def test_zone_is_drawn_on_the_selected_side(fixture_dataset):
    right = selection_zone(fixture_dataset, [("sternocleidomastoid-1", "right")])
    left = selection_zone(fixture_dataset, [("sternocleidomastoid-1", "left")])
    front = VIEW_CENTERS["front"]
    assert _center_x(right.essential_x) < front < _center_x(left.essential_x)
    assert right.marker_x[0] < front < left.marker_x[0]


def test_zone_keeps_essential_and_spillover_apart(fixture_dataset):
    zone = selection_zone(fixture_dataset, [("upper-trapezius-1", "right")])
    shapes = zone.essential_x.count(None), zone.spillover_x.count(None)
    assert shapes == (2, 2)  # side-of-neck and temple; back-of-neck and jaw


def test_no_selection_draws_nothing(fixture_dataset):
    zone = selection_zone(fixture_dataset, [])
    assert zone.essential_x == zone.spillover_x == zone.marker_x == []


def test_trace_order_matches_the_patch_contract(fixture_dataset):
    names = [t.name for t in build_body_figure(fixture_dataset).data]
    assert names[SPILLOVER_TRACE] == "spillover"
    assert names[ESSENTIAL_TRACE] == "essential"
    assert names[POINTS_TRACE] == "trigger points"
