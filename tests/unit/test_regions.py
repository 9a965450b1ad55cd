"""The figure's regions: the fine atlas's areas tiling each view and side, every area in a known group, group
names standing for their areas (in the data and in links, old ones included), and every X inside the body where
it is drawn. The committed body_regions.csv is what the generator makes."""

from __future__ import annotations

import csv

import pytest
from shapely.geometry import Point, Polygon, box
from shapely.ops import unary_union

from tests.paths import FIXTURE_DATA, REGIONS_CSV
from triggerpoints.areas import AREAS, NAV_AREAS
from triggerpoints.atlas.views import build_views
from triggerpoints.figure_frame import SIDES, VIEW_CENTERS, VIEWS, mirror_x
from triggerpoints.pain_finder import build_pain_index
from triggerpoints.region_csv import region_rows
from triggerpoints.view_state import PAIN, parse_view

VIEW_SIDES = [("front", "right"), ("front", "left"), ("back", "right"), ("back", "left"), ("side", "right")]


def _outlines(dataset, view: str, side: str) -> list[Polygon]:
    return [Polygon(r.outline(view)) for r in dataset.regions.values() if r.side == side and view in r.views]


def _half_silhouette(view: str, side: str) -> Polygon:
    """The part of a view's drawn silhouette that one side's regions tile (the whole side view)."""
    body = Polygon(build_views()[view].silhouette)
    if view == "side":
        return body
    center = VIEW_CENTERS[view]
    viewer_left = (view == "front") == (side == "right")
    return body.intersection(box(-1000, -1000, center, 2000) if viewer_left else box(center, -1000, 3000, 2000))


@pytest.mark.parametrize(("view", "side"), VIEW_SIDES)
def test_regions_tile_each_view_and_side(dataset, view, side):
    polygons = _outlines(dataset, view, side)
    whole = _half_silhouette(view, side)
    union = unary_union(polygons)
    overlap = sum(p.area for p in polygons) - union.area
    assert overlap / whole.area < 0.001
    assert whole.difference(union).area / whole.area < 0.001, "gaps"
    assert union.difference(whole).area / whole.area < 0.001, "outside the body"


def test_the_side_view_shows_the_right_side_only(dataset):
    assert _outlines(dataset, "side", "left") == []
    assert len(_outlines(dataset, "side", "right")) > 100


@pytest.mark.parametrize("view", VIEWS)
def test_each_outline_is_one_valid_shape(dataset, view):
    for side in SIDES:
        assert all(p.is_valid and p.area > 1 for p in _outlines(dataset, view, side))


@pytest.mark.parametrize("side", SIDES)
def test_at_least_two_hundred_areas_a_side(dataset, side):
    assert len({r.area for r in dataset.regions.values() if r.side == side}) >= 200


def test_left_regions_mirror_the_right_on_front_and_back(dataset):
    for region in dataset.regions.values():
        if region.side != "right":
            continue
        for view in set(region.views) - {"side"}:
            left = dataset.regions[dataset.region_id(region.area, "left")].outline(view)
            mirrored = Polygon([(mirror_x(x, view), y) for x, y in region.outline(view)])
            assert mirrored.symmetric_difference(Polygon(left)).area < 0.01 * mirrored.area


def test_person_right_is_viewer_left_on_front_and_viewer_right_on_back(dataset):
    temple = dataset.regions["temple-front-right"]
    assert Polygon(temple.outline("front")).centroid.x < VIEW_CENTERS["front"]
    assert Polygon(dataset.regions["back-of-head-right"].outline("back")).centroid.x > VIEW_CENTERS["back"]
    assert temple.views == ("front", "side"), "the temple shows from the front and the side"


def test_committed_regions_are_what_the_generator_builds():
    with open(REGIONS_CSV, encoding="utf-8", newline="") as handle:
        committed = list(csv.DictReader(handle))
    assert committed == region_rows(), "run: python scripts/build_regions.py"


def test_every_area_has_a_known_group_in_its_navigation_area(dataset):
    assert set(dataset.groups) == set(AREAS), "every group is one of the 66 areas before the fine atlas"
    for group, areas in dataset.groups.items():
        for area in areas:
            region = dataset.regions[dataset.region_id(area, "right")]
            assert (region.group, region.nav_area) == (group, AREAS[group].nav_area)
            assert dataset.group_of(area) == group
    assert set(NAV_AREAS) == {r.nav_area for r in dataset.regions.values()}


def test_group_names_expand_to_their_areas(dataset):
    assert dataset.groups["temple"] == ("temple-front", "temple-middle", "temple-back")
    assert dataset.expand_areas(["temple-back", "temple", "nowhere", "ear"]) == (
        "temple-back", "temple-front", "temple-middle", "outer-ear", "behind-the-ear")  # fmt: skip
    assert dataset.regions_named("temple-left") == ("temple-front-left",), "the side view shows the right only"
    assert dataset.regions_named("temple-front-right") == ("temple-front-right",)
    assert dataset.regions_named("temple-middle") == dataset.regions_named("temple-up") == ()
    assert dataset.area_label("temple", "right") == "Right temple"
    assert dataset.area_label("temple-front") == "Front of the temple"


def test_zones_hold_area_names_once_loaded(dataset):
    """trigger_points.csv may name groups; the loaded zones name the fine areas."""
    areas = {r.area for r in dataset.regions.values()}
    for point in dataset.points.values():
        assert set(point.referral_primary) | set(point.referral_spillover) <= areas, point.id
        assert not set(point.referral_primary) & set(point.referral_spillover), point.id
    for condition in dataset.conditions.values():
        assert set(condition.felt_in) <= areas, condition.key


@pytest.mark.parametrize("area", sorted(AREAS))
def test_old_links_to_an_area_still_mark_it(dataset, area):
    """Every area of body_regions.csv before the fine atlas (a group now), in a link, marks its fine regions."""
    for side in SIDES:
        parsed = parse_view(f"?pain={area}-{side}", dataset)
        assert parsed.notes == ()
        assert parsed.state.mode == PAIN and parsed.state.marked, f"{area}-{side}"
        assert {dataset.regions[r].group for r in parsed.state.marked} == {area}
        assert {dataset.regions[r].side for r in parsed.state.marked} == {side}


def test_an_old_link_with_several_areas_keeps_their_order(dataset):
    state = parse_view("?pain=heel-left,temple-right,heel-left-nowhere", dataset)
    assert state.state.marked == (*dataset.regions_named("heel-left"), *dataset.regions_named("temple-right"))
    assert len(state.notes) == 1 and "heel-left-nowhere" in state.notes[0]


def test_every_x_lies_in_a_region_of_its_side_on_every_view_it_is_drawn_on(dataset):
    index = build_pain_index(dataset)
    outside = []
    for point_id, point in dataset.points.items():
        for side in SIDES:
            views = dataset.point_views(point_id, side)
            if side not in dataset.point_sides(point_id):
                assert views == (), "a point charted on one side has no X on the other"
                continue
            assert point.view in views
            assert ("side" in views) <= (side == "right")
            for view in views:
                x, y = dataset.position(point_id, side, view)
                region = index.region_at(x, y)
                if region is None or dataset.regions[region].side != side or view not in dataset.regions[region].views:
                    outside.append((point_id, side, view, (x, y), region))
    assert outside == []


def test_an_x_on_the_left_is_the_mirror_image_of_the_right(dataset):
    for point_id, point in dataset.points.items():
        x, y = dataset.positions[point_id][point.view]  # the X the data gives, on the person's right
        for side in dataset.point_sides(point_id):  # a left-only point's X is the mirror image too
            assert dataset.position(point_id, side) == ((x, y) if side == "right" else (mirror_x(x, point.view), y))
    with pytest.raises(KeyError):
        dataset.position("upper-trapezius-1", "left", "side")


def test_a_click_on_the_side_view_finds_its_fine_region(dataset):
    index = build_pain_index(dataset)
    region = dataset.regions["temple-middle-right"]
    spot = Polygon(region.outline("side")).representative_point()
    assert index.region_at(spot.x, spot.y) == "temple-middle-right"
    for region_id in ["temple-front-right", "heel-pad-left", "outer-epicondyle-right", "little-toe-left"]:
        for view in dataset.regions[region_id].views:
            spot = Polygon(dataset.regions[region_id].outline(view)).representative_point()
            assert index.region_at(spot.x, spot.y) == region_id, (region_id, view)
    assert index.region_at(5, 5) is None
    assert not Polygon(build_views()["side"].silhouette).contains(Point(700, 400))
    assert index.region_at(700, 400) is None


def test_data_before_the_fine_atlas_still_loads(fixture_dataset):
    """An old-format body_regions.csv (no group column): each area is its own group, drawn on one view."""
    with open(FIXTURE_DATA / "body_regions.csv", encoding="utf-8", newline="") as handle:
        assert "group" not in next(csv.reader(handle))
    assert all(fixture_dataset.groups[r.area] == (r.area,) for r in fixture_dataset.regions.values())
    assert all(len(r.views) == 1 for r in fixture_dataset.regions.values())
    assert fixture_dataset.positions == {}
    point = fixture_dataset.points["upper-trapezius-1"]
    assert fixture_dataset.position(point.id, "right") == (point.x, point.y)
    assert fixture_dataset.point_views(point.id, "right") == (point.view,)
