"""The figure: the atlas's three views, an X per point per side on every view it is drawn on, smooth zones drawn on
the selected side on every view where they lie, traces safe to click."""

from __future__ import annotations

from statistics import mean

import pytest
from shapely.geometry import Point, Polygon

from triggerpoints.figure import (
    LANDMARKS_TRACE,
    OUTLINE_TRACE,
    POINTS_TRACE,
    REGIONS_TRACE,
    build_body_figure,
    marked_outlines,
    selection_zone,
)
from triggerpoints.figure_frame import VIEW_CENTERS, VIEWS, view_at
from triggerpoints.figure_shapes import (
    ESSENTIAL_SHAPE,
    HATCH_SHAPE,
    HIDDEN_PATH,
    SELECTED_SHAPE,
    SELECTED_SHAPES,
    SKIN_SHAPE,
    SPILLOVER_SHAPE,
    hatch_path,
    shape_outlines,
    smooth_zone,
)


def _drawn(dataset):
    return [(p, s, v) for s in ("right", "left") for p in dataset.points for v in dataset.point_views(p, s)]


def test_one_x_per_point_per_side_per_view(fixture_dataset):
    trace = build_body_figure(fixture_dataset).data[POINTS_TRACE]
    pairs = [tuple(c) for c in trace.customdata]
    assert sorted(pairs) == sorted((p, s) for p, s, _ in _drawn(fixture_dataset))
    assert all(isinstance(p, str) and isinstance(s, str) for p, s in pairs), "lists of strings survive clickData"


def test_real_figure_marks_every_point_on_every_view_it_is_drawn_on(dataset):
    trace = build_body_figure(dataset).data[POINTS_TRACE]
    where = {(c[0], c[1], view_at(x)): (x, y) for c, x, y in zip(trace.customdata, trace.x, trace.y, strict=True)}
    drawn = _drawn(dataset)
    assert len(trace.x) == len(drawn) == len(where)
    for point_id, side, view in drawn:
        assert where[(point_id, side, view)] == dataset.position(point_id, side, view)
    assert any(view == "side" for _, _, view in drawn), "the side view has Xs"
    assert not any(view == "side" for _, side, view in drawn if side == "left"), "the side view shows the right only"


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


def test_the_regions_are_unseen_and_named_one_label_per_outline(dataset):
    trace = build_body_figure(dataset).data[REGIONS_TRACE]
    outlines = sum(len(region.views) for region in dataset.regions.values())
    assert trace.visible is False, "the fine regions name the spot under the pointer; they are not drawn"
    assert len(trace.meta) == outlines == sum(1 for x in trace.x if x is None)


def test_the_body_is_drawn_on_three_views_with_its_landmarks(dataset):
    figure = build_body_figure(dataset)
    for trace in (LANDMARKS_TRACE, OUTLINE_TRACE):
        xs = [x for x in figure.data[trace].x if x is not None]
        assert {view_at(x) for x in xs} == set(VIEWS)
    assert figure.data[LANDMARKS_TRACE].line.width < figure.data[OUTLINE_TRACE].line.width, "landmarks are lighter"
    titles = [a.text for a in figure.layout.annotations]
    assert titles.count("<b>R</b>") == titles.count("<b>L</b>") == 2, "R and L on front and back only"
    assert "<b>Right side</b>" in titles


def _center_x(xs):
    return mean(x for x in xs if x is not None)


def test_zone_is_drawn_on_the_selected_side(fixture_dataset):
    right = selection_zone(fixture_dataset, [("sternocleidomastoid-1", "right")])
    left = selection_zone(fixture_dataset, [("sternocleidomastoid-1", "left")])
    front = VIEW_CENTERS["front"]
    assert (
        _center_x(x for o in right.essential["front"] for x, _ in o)
        < front
        < _center_x(x for o in left.essential["front"] for x, _ in o)
    )
    assert right.markers[0][1] < front < left.markers[0][1]


@pytest.mark.parametrize(("point_id", "views"), [("temporalis-1", {"front", "side"}), ("gluteus-minimus-1", {"side"})])
def test_real_zones_are_drawn_on_every_view_where_they_lie(dataset, point_id, views):
    zone = selection_zone(dataset, [(point_id, "right")])
    assert views <= set(zone.essential) | set(zone.spillover)
    assert "side" not in selection_zone(dataset, [(point_id, "left")]).views, "the side view shows the right only"


def test_a_zone_is_one_smooth_outline_without_seams(dataset):
    """The essential zone of upper trapezius covers several fine regions on the side view: drawn as one outline."""
    zone = selection_zone(dataset, [("upper-trapezius-1", "right")])
    point = dataset.points["upper-trapezius-1"]
    regions = dataset.zone_regions(point.referral_primary, "right")
    tiles = [dataset.regions[r] for r in regions if "side" in dataset.regions[r].views]
    assert len(tiles) > 1
    assert len(zone.essential["side"]) < len(tiles), "neighbouring regions merge into one outline"


def test_spillover_never_lies_under_the_essential_zone(dataset):
    zone = selection_zone(dataset, [("upper-trapezius-1", "right")])
    for view in zone.essential.keys() & zone.spillover.keys():
        essential = Polygon(max(zone.essential[view], key=lambda r: Polygon(r).area))
        for ring in zone.spillover[view]:
            assert Polygon(ring).buffer(-0.5).intersection(essential).area < 1.0


def test_smooth_zones_stay_inside_the_drawn_body():
    square = ((60.0, 300.0), (90.0, 300.0), (90.0, 330.0), (60.0, 330.0))  # on the front view's right flank
    shape = smooth_zone("front", (square,))
    assert shape.area > 0 and shape.within(Polygon(square).buffer(0.5))
    outside = ((-30.0, 300.0), (5.0, 300.0), (5.0, 330.0), (-30.0, 330.0))
    assert smooth_zone("front", (outside,)).is_empty


def test_no_selection_draws_nothing(fixture_dataset):
    zone = selection_zone(fixture_dataset, [])
    assert zone.essential == zone.spillover == {} and zone.markers == ()


def test_trace_order_matches_the_patch_contract(fixture_dataset):
    names = [t.name for t in build_body_figure(fixture_dataset).data]
    assert names[REGIONS_TRACE] == "regions"
    assert names[LANDMARKS_TRACE] == "landmarks"
    assert names[OUTLINE_TRACE] == "outline"
    assert names[POINTS_TRACE] == "trigger points"


def test_the_shapes_start_with_the_skin_drawn_and_every_zone_hidden(fixture_dataset):
    shapes = build_body_figure(fixture_dataset).layout.shapes
    assert len(shape_outlines(shapes[SKIN_SHAPE].path)) == len(VIEWS), "one silhouette per view"
    assert all(shape.path == HIDDEN_PATH for shape in shapes[SKIN_SHAPE + 1 :])
    assert all(shape.visible is None for shape in shapes), "toggling visible would redraw every trace"
    assert all(shapes[slot].layer == "above" for slot in SELECTED_SHAPES), "the selected X is drawn over the other Xs"
    assert all(shape.layer == "below" for shape in shapes[:SELECTED_SHAPE]), "zones never hide an X"
    assert len(shapes) == SELECTED_SHAPES[-1] + 1


def test_zone_geometry_draws_and_hatches_the_selected_zones(fixture_dataset):
    zone = selection_zone(fixture_dataset, [("upper-trapezius-1", "right")])
    geometry = zone.geometry()
    assert shape_outlines(geometry[ESSENTIAL_SHAPE]["path"])
    assert shape_outlines(geometry[SPILLOVER_SHAPE]["path"])
    assert geometry[HATCH_SHAPE]["path"].count("M") > 3
    _, x, y = zone.markers[0]
    assert (geometry[SELECTED_SHAPE]["xanchor"], geometry[SELECTED_SHAPE]["yanchor"]) == (x, y)
    nothing = selection_zone(fixture_dataset, []).geometry()
    assert {slot: g["path"] for slot, g in nothing.items()} == dict.fromkeys(nothing, HIDDEN_PATH)


def test_the_selected_x_is_ringed_on_every_view_it_is_drawn_on(dataset):
    point_id = "upper-trapezius-1"
    geometry = selection_zone(dataset, [(point_id, "right")]).geometry()
    ringed = [(g["xanchor"], g["yanchor"]) for slot in SELECTED_SHAPES if (g := geometry[slot])["path"] != HIDDEN_PATH]
    views = dataset.point_views(point_id, "right")
    assert len(views) > 1
    assert sorted(ringed) == sorted(dataset.position(point_id, "right", view) for view in views)
    main = dataset.points[point_id].view
    assert ringed[0] == dataset.position(point_id, "right", main), "the main view's ring comes first"


def test_marked_regions_are_merged_per_view(dataset):
    regions = dataset.regions_named("temple-right")
    assert len(regions) > 1
    rings = marked_outlines(dataset, regions)
    assert 0 < len(rings) < len(regions) * 2
    for region_id in regions:
        region = dataset.regions[region_id]
        for view in region.views:
            inside = Polygon(region.outline(view)).representative_point()
            assert any(Polygon(ring).buffer(0.01).contains(Point(inside.x, inside.y)) for ring in rings), region_id


def test_hatching_stays_inside_the_zone():
    square = [(0.0, 0.0), (30.0, 0.0), (30.0, 30.0), (0.0, 30.0)]
    lines = shape_outlines(hatch_path([square]))
    assert len(lines) >= 8
    assert all(-0.1 <= v <= 30.1 for line in lines for point in line for v in point)
    assert hatch_path([]) == ""
    hole = [(10.0, 10.0), (20.0, 10.0), (20.0, 20.0), (10.0, 20.0)]
    holed = shape_outlines(hatch_path([square, hole]))
    assert all(not (10.5 < x < 19.5 and 10.5 < y < 19.5) for line in holed for x, y in line), "holes stay empty"
