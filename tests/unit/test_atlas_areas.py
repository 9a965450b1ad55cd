"""The fine atlas over the whole body: each view and side tiled exactly, every area refining a known group,
at least 200 areas a side, left mirroring right, and the rows and group lookup the app will read."""

from __future__ import annotations

import csv
from collections import Counter

import pytest
from shapely.geometry import Polygon, box
from shapely.ops import unary_union

from tests.paths import REGIONS_CSV
from triggerpoints.areas import AREAS
from triggerpoints.atlas.fine_areas import (
    CSV_COLUMNS,
    FINE_AREAS,
    build_fine_areas,
    fine_area_rows,
    fine_areas_of_group,
)
from triggerpoints.atlas.frame import BACK_CENTER_X, FRONT_CENTER_X
from triggerpoints.atlas.views import build_views

VIEW_SIDES = [("front", "right"), ("front", "left"), ("back", "right"), ("back", "left"), ("side", "right")]
CENTERS = {"front": FRONT_CENTER_X, "back": BACK_CENTER_X}


@pytest.fixture(scope="module")
def fine_areas():
    """Every fine area, built once."""
    return build_fine_areas()


def _half_silhouette(view: str, side: str) -> Polygon:
    """The part of a view's silhouette that one side's areas tile (the whole side view)."""
    body = Polygon(build_views()[view].silhouette)
    if view == "side":
        return body
    center = CENTERS[view]
    # The person's right is on the viewer's left on the front view, on the viewer's right on the back view.
    viewer_left = (view == "front") == (side == "right")
    half = box(-1000, -1000, center, 2000) if viewer_left else box(center, -1000, 3000, 2000)
    return body.intersection(half)


@pytest.mark.parametrize("view, side", VIEW_SIDES)
def test_fine_areas_tile_each_view_and_side_exactly(fine_areas, view, side):
    pieces = [a.polygon for a in fine_areas if (a.view, a.side) == (view, side)]
    whole = _half_silhouette(view, side)
    assert all(p.is_valid and p.geom_type == "Polygon" for p in pieces)
    assert abs(unary_union(pieces).area - whole.area) < 1.0, "gaps"
    assert abs(sum(p.area for p in pieces) - whole.area) < 1.0, "overlaps"
    # The drawn silhouette is rounded to 0.01, so along its ~2,000-unit outline the two differ by about 1.
    assert unary_union(pieces).symmetric_difference(whole).area < 3.0


@pytest.mark.parametrize("view, side", VIEW_SIDES)
def test_each_area_is_one_solid_shape_named_once_per_view(fine_areas, view, side):
    here = [a for a in fine_areas if (a.view, a.side) == (view, side)]
    assert not [a.area for a in here if a.polygon.interiors], "an area has a hole (it would hide another)"
    assert not [name for name, n in Counter(a.area for a in here).items() if n > 1]
    assert all(a.polygon.area > 1 for a in here)


def test_every_area_refines_a_known_group_and_every_group_is_refined(fine_areas):
    groups = {a.group for a in fine_areas}
    assert groups <= set(AREAS)
    assert set(AREAS) <= groups, f"groups without a fine area: {set(AREAS) - groups}"
    assert {info.group for info in FINE_AREAS.values()} == set(AREAS)
    assert {a.area for a in fine_areas} == set(FINE_AREAS), "a named area is drawn on no view"


@pytest.mark.parametrize("side", ["right", "left"])
def test_at_least_two_hundred_areas_a_side(fine_areas, side):
    assert len({a.area for a in fine_areas if a.side == side}) >= 200


@pytest.mark.parametrize("side", ["right", "left"])
def test_labels_are_unique_per_side(fine_areas, side):
    slugs = {a.area for a in fine_areas if a.side == side}
    for attribute in ("label", "clinical_label"):
        names = Counter(getattr(FINE_AREAS[slug], attribute) for slug in slugs)
        assert not [name for name, n in names.items() if n > 1], attribute
    assert all(FINE_AREAS[slug].label and FINE_AREAS[slug].clinical_label for slug in slugs)


@pytest.mark.parametrize("view", ["front", "back"])
def test_left_mirrors_right(fine_areas, view):
    center = CENTERS[view]
    right = {a.area: a.polygon for a in fine_areas if a.view == view and a.side == "right"}
    left = {a.area: a.polygon for a in fine_areas if a.view == view and a.side == "left"}
    assert right.keys() == left.keys()
    for area, polygon in right.items():
        mirrored = Polygon([(2 * center - x, y) for x, y in polygon.exterior.coords])
        assert mirrored.symmetric_difference(left[area]).area < 0.1, area


@pytest.mark.parametrize(
    "view, areas",
    [
        ("front", ["above-collarbone", "breastbone-middle", "nipple-area", "navel", "groin-crease", "kneecap"]),
        ("front", ["outer-epicondyle", "inner-epicondyle", "elbow-crease", "inner-ankle-bone", "pubic-area"]),
        ("back", ["shoulder-blade-spine", "lower-corner-of-shoulder-blade", "si-joint", "tailbone-area", "perineum"]),
        ("back", ["point-of-elbow", "back-of-knee-hollow", "achilles", "sit-bone", "iliac-crest", "base-of-neck"]),
        ("side", ["side-of-neck-upper", "point-of-shoulder", "outer-deltoid", "greater-trochanter", "side-of-hip"]),
        (
            "side",
            ["outer-thigh-middle", "outside-of-knee", "fibular-head", "outer-lower-leg-upper", "outer-ankle-bone"],
        ),
    ],
)
def test_each_view_has_the_areas_the_charts_point_to(fine_areas, view, areas):
    assert set(areas) <= {a.area for a in fine_areas if a.view == view}


def test_the_side_view_arm_wins_where_it_lies_over_the_trunk(fine_areas):
    from triggerpoints.atlas.side_view import arm_outline
    from triggerpoints.atlas.views import _place

    arm = Polygon(_place(arm_outline(), "side", "right"))
    for a in fine_areas:
        if a.view == "side" and a.part in ("trunk", "leg"):
            assert a.polygon.intersection(arm).area < 0.5, a.area


def test_rows_are_ready_for_a_csv(fine_areas):
    rows = fine_area_rows()
    assert len(rows) == len(fine_areas)
    assert all(tuple(row) == CSV_COLUMNS for row in rows)
    assert len({(row["region_id"], row["view"]) for row in rows}) == len(rows)
    for row in rows[:: max(1, len(rows) // 40)]:
        assert row["region_id"] == f"{row['area']}-{row['side']}"
        points = [tuple(map(float, pair.split(","))) for pair in row["points"].split(" ")]
        assert len(points) >= 3 and Polygon(points).area > 0.5
        assert all(pair.split(",")[0].split(".")[1].__len__() == 1 for pair in row["points"].split(" "))


def test_rows_take_their_nav_area_from_their_group():
    with REGIONS_CSV.open(newline="", encoding="utf-8") as handle:
        nav = {row["area"]: row["nav_area"] for row in csv.DictReader(handle)}
    assert all(row["nav_area"] == nav[row["area"]] == AREAS[row["group"]].nav_area for row in fine_area_rows())


@pytest.mark.parametrize(
    "group, some",
    [
        ("temple", {"temple-front", "temple-middle", "temple-back"}),
        ("tailbone", {"tailbone-area", "perineum"}),
        ("shoulder-blade", {"shoulder-blade-spine", "lower-corner-of-shoulder-blade"}),
        ("outer-elbow", {"outer-epicondyle", "below-outer-epicondyle"}),
    ],
)
def test_a_group_name_expands_to_its_fine_areas(group, some):
    assert some <= set(fine_areas_of_group(group))
    assert all(FINE_AREAS[slug].group == group for slug in fine_areas_of_group(group))


def test_every_area_is_in_its_groups_expansion_and_unknown_names_expand_to_nothing():
    assert all(slug in fine_areas_of_group(info.group) for slug, info in FINE_AREAS.items())
    assert fine_areas_of_group("no-such-area") == ()
