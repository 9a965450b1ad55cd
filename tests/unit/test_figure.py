"""The figure: one X per point per side, zones drawn on the selected side, traces safe to click."""

from __future__ import annotations

from statistics import mean

from triggerpoints.figure import POINTS_TRACE, REGIONS_TRACE, build_body_figure, selection_zone
from triggerpoints.figure_frame import VIEW_CENTERS
from triggerpoints.figure_shapes import (
    ESSENTIAL_SHAPE,
    HATCH_SHAPE,
    HIDDEN_PATH,
    SELECTED_SHAPE,
    SKIN_SHAPE,
    SPILLOVER_SHAPE,
    hatch_path,
    shape_outlines,
)


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
    assert (
        _center_x(x for o in right.essential for x, _ in o) < front < _center_x(x for o in left.essential for x, _ in o)
    )
    assert right.marker_x[0] < front < left.marker_x[0]


def test_zone_keeps_essential_and_spillover_apart(fixture_dataset):
    zone = selection_zone(fixture_dataset, [("upper-trapezius-1", "right")])
    shapes = len(zone.essential), len(zone.spillover)
    assert shapes == (2, 2)  # side-of-neck and temple; back-of-neck and jaw


def test_no_selection_draws_nothing(fixture_dataset):
    zone = selection_zone(fixture_dataset, [])
    assert zone.essential == zone.spillover == () and zone.marker_x == []


def test_trace_order_matches_the_patch_contract(fixture_dataset):
    names = [t.name for t in build_body_figure(fixture_dataset).data]
    assert names[REGIONS_TRACE] == "regions"
    assert names[POINTS_TRACE] == "trigger points"


def test_the_shapes_start_with_the_skin_drawn_and_every_zone_hidden(fixture_dataset):
    shapes = build_body_figure(fixture_dataset).layout.shapes
    assert len(shape_outlines(shapes[SKIN_SHAPE].path)) == len(fixture_dataset.regions)
    assert all(shape.path == HIDDEN_PATH for shape in shapes[SKIN_SHAPE + 1 :])
    assert all(shape.visible is None for shape in shapes), "toggling visible would redraw every trace"
    assert shapes[SELECTED_SHAPE].layer == "above", "the selected X is drawn over the other Xs"
    assert all(shape.layer == "below" for shape in shapes[:SELECTED_SHAPE]), "zones never hide an X"


def test_zone_geometry_draws_and_hatches_the_selected_zones(fixture_dataset):
    zone = selection_zone(fixture_dataset, [("upper-trapezius-1", "right")])
    geometry = zone.geometry()
    assert len(shape_outlines(geometry[ESSENTIAL_SHAPE]["path"])) == 2
    assert len(shape_outlines(geometry[SPILLOVER_SHAPE]["path"])) == 2
    assert geometry[HATCH_SHAPE]["path"].count("M") > 3
    assert (geometry[SELECTED_SHAPE]["xanchor"], geometry[SELECTED_SHAPE]["yanchor"]) == (
        zone.marker_x[0],
        zone.marker_y[0],
    )
    nothing = selection_zone(fixture_dataset, []).geometry()
    assert {slot: g["path"] for slot, g in nothing.items()} == dict.fromkeys(nothing, HIDDEN_PATH)


def test_hatching_stays_inside_the_zone():
    square = [(0.0, 0.0), (30.0, 0.0), (30.0, 30.0), (0.0, 30.0)]
    lines = shape_outlines(hatch_path([square]))
    assert len(lines) >= 8
    assert all(-0.1 <= v <= 30.1 for line in lines for point in line for v in point)
    assert hatch_path([]) == ""
