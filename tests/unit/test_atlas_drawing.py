"""The atlas's body drawing: valid, symmetric silhouettes in three separate views, landmarks on the body,
an adult's proportions, and hands and feet with all their digits."""

from __future__ import annotations

import pytest
from shapely.geometry import LineString, Point, Polygon, box
from shapely.ops import unary_union

from triggerpoints.areas import AREAS
from triggerpoints.atlas.curves import spline
from triggerpoints.atlas.fine_areas import FINE_AREAS, PARTS, build_fine_areas, part_outline
from triggerpoints.atlas.frame import (
    BACK_CENTER_X,
    CANVAS_BOTTOM,
    CANVAS_LEFT,
    CANVAS_RIGHT,
    CANVAS_TOP,
    FRONT_CENTER_X,
    HEAD,
    LEVELS,
    SIDE_CENTER_X,
    TOP,
    VIEWS,
)
from triggerpoints.atlas.views import build_views


@pytest.fixture(scope="module")
def views():
    """The three views, built once."""
    return build_views()


def _polygon(views, view: str) -> Polygon:
    return Polygon(views[view].silhouette)


@pytest.mark.parametrize("view", VIEWS)
def test_silhouette_is_one_valid_closed_polygon(views, view):
    outline = views[view].silhouette
    assert outline[0] == outline[-1]
    polygon = Polygon(outline)
    assert polygon.is_valid
    assert not polygon.interiors
    assert polygon.area > 20_000


@pytest.mark.parametrize("view, center", [("front", FRONT_CENTER_X), ("back", BACK_CENTER_X)])
def test_front_and_back_are_mirror_symmetric(views, view, center):
    polygon = _polygon(views, view)
    mirrored = Polygon([(2 * center - x, y) for x, y in polygon.exterior.coords])
    assert polygon.symmetric_difference(mirrored).area < 1.0
    assert polygon.hausdorff_distance(mirrored) < 0.05


@pytest.mark.parametrize("view", VIEWS)
def test_landmarks_and_contours_lie_on_the_body(views, view):
    body = _polygon(views, view).buffer(0.5)
    for landmark in views[view].landmarks:
        for stroke in landmark.strokes:
            outside = [p for p in stroke if not body.contains(Point(p))]
            assert not outside, f"{landmark.key} leaves the {view} silhouette at {outside[:3]}"
    for line in views[view].contours:
        assert body.contains(LineString(line))


@pytest.mark.parametrize("view", VIEWS)
def test_landmark_keys_are_unique_and_labelled(views, view):
    keys = [landmark.key for landmark in views[view].landmarks]
    assert len(keys) == len(set(keys))
    assert all(landmark.label and landmark.strokes for landmark in views[view].landmarks)


@pytest.mark.parametrize(
    "view, required",
    [
        (
            "front",
            ["brow", "eye", "ear", "clavicle", "kneecap", "medial-malleolus", "lateral-epicondyle", "asis", "ribcage"],
        ),
        ("back", ["scapula", "scapular-spine", "iliac-crest", "knee-crease", "heel", "olecranon", "medial-malleolus"]),
    ],
)
def test_paired_landmarks_exist_on_both_sides_as_mirror_images(views, view, required):
    center = FRONT_CENTER_X if view == "front" else BACK_CENTER_X
    for name in required:
        right, left = views[view].landmark(f"{name}-right"), views[view].landmark(f"{name}-left")
        for a, b in zip(right.strokes, left.strokes, strict=True):
            assert all(
                abs((2 * center - xa) - xb) < 0.02 and abs(ya - yb) < 0.02
                for (xa, ya), (xb, yb) in zip(a, b, strict=True)
            )


@pytest.mark.parametrize(
    "view, keys",
    [
        ("front", ["nose", "lips", "chin", "sternum", "navel"]),
        ("back", ["c7", "spine", "sacrum", "tailbone", "base-of-skull"]),
        (
            "side",
            [
                f"{n}-right"
                for n in [
                    "ear",
                    "jaw-angle",
                    "mastoid",
                    "spine",
                    "greater-trochanter",
                    "fibular-head",
                    "lateral-malleolus",
                    "arch",
                    "tmj",
                ]
            ],
        ),
    ],
)
def test_each_view_has_its_landmarks(views, view, keys):
    for key in keys:
        assert views[view].landmark(key).strokes


def test_person_right_is_on_the_viewer_left_in_front_and_right_in_back(views):
    assert views["front"].landmark("kneecap-right").anchor()[0] < FRONT_CENTER_X
    assert views["back"].landmark("scapula-right").anchor()[0] > BACK_CENTER_X


def test_side_view_faces_the_viewer_right(views):
    ear_x = views["side"].landmark("ear-right").anchor()[0]
    head = _polygon(views, "side").intersection(box(CANVAS_LEFT, TOP, CANVAS_RIGHT, TOP + HEAD * 0.8))
    nose_tip_x = head.bounds[2]
    assert nose_tip_x > ear_x + 40


def test_views_do_not_overlap_and_fit_the_canvas(views):
    polygons = {view: _polygon(views, view) for view in VIEWS}
    canvas = box(CANVAS_LEFT, CANVAS_TOP, CANVAS_RIGHT, CANVAS_BOTTOM)
    for view, polygon in polygons.items():
        assert canvas.contains(polygon), view
    assert polygons["front"].bounds[2] + 20 < polygons["back"].bounds[0]
    assert polygons["back"].bounds[2] + 20 < polygons["side"].bounds[0]


@pytest.mark.parametrize("view", VIEWS)
def test_an_adult_is_about_seven_and_a_half_heads_tall(views, view):
    top = _polygon(views, view).bounds[1]
    # Standing height runs to the sole; the back view's feet are drawn pointed, so measure it on the front's.
    sole = _polygon(views, "front" if view == "back" else view).bounds[3]
    assert abs(top - TOP) < 1.0
    assert 7.2 <= (sole - top) / HEAD <= 7.8


def test_the_chin_is_one_head_below_the_crown(views):
    jaw = views["front"].contours[0]
    chin_y = max(y for _, y in jaw)
    assert abs((chin_y - TOP) - HEAD) < 3


@pytest.mark.parametrize(
    "view, region, expected",
    [
        ("front", (FRONT_CENTER_X - 160, 430, FRONT_CENTER_X - 90, 545), 5),
        ("front", (FRONT_CENTER_X + 90, 430, FRONT_CENTER_X + 160, 545), 5),
        ("back", (BACK_CENTER_X + 90, 430, BACK_CENTER_X + 160, 545), 5),
        ("side", (SIDE_CENTER_X + 40, 430, SIDE_CENTER_X + 110, 545), 5),
        ("front", (FRONT_CENTER_X - 70, 790, FRONT_CENTER_X - 5, 850), 5),
        ("back", (BACK_CENTER_X + 5, 820, BACK_CENTER_X + 70, 880), 5),
    ],
)
def test_hands_and_feet_have_five_digits(views, view, region, expected):
    """Every fingertip and toe tip is a lowest point of the outline (fingers and toes point down)."""
    x0, y0, x1, y1 = region
    ring = views[view].silhouette[:-1]
    n = len(ring)
    tips = 0
    for i, (x, y) in enumerate(ring):
        if not (x0 <= x <= x1 and y0 <= y <= y1):
            continue
        # Coordinates are rounded, so a tip may be a short flat run: count its first point only.
        around = [ring[(i + k) % n][1] for k in range(-6, 7) if k]
        if all(y >= other for other in around) and y > ring[i - 1][1]:
            tips += 1
    assert tips == expected


def test_spline_passes_through_its_control_points():
    points = [(0.0, 0.0), (10.0, 5.0), (20.0, 0.0), (30.0, 8.0)]
    curve = spline(points, samples=6)
    for p in points:
        assert min(abs(p[0] - q[0]) + abs(p[1] - q[1]) for q in curve) < 1e-9


# The fine atlas, begun with the head, the hands and the feet.

REQUIRED_HEAD_AREAS = [
    "crown",
    "forehead",
    "eyebrow",
    "around-the-eye",
    "behind-the-eye",
    "temple-front",
    "temple-middle",
    "temple-back",
    "cheekbone",
    "upper-front-teeth",
    "upper-back-teeth",
    "lower-front-teeth",
    "lower-back-teeth",
    "tmj",
    "outer-ear",
    "behind-the-ear",
    "jaw-angle",
    "chin",
    "base-of-skull",
]


@pytest.fixture(scope="module")
def fine_areas():
    """The fine areas of every view, built once."""
    return build_fine_areas()


CUT_PARTS = [
    (part, view, side)
    for part, views in PARTS.items()
    for view in views
    for side in (("right",) if view == "side" else ("right", "left"))
]


@pytest.mark.parametrize("part, view, side", CUT_PARTS)
def test_fine_areas_tile_their_part_of_each_view(fine_areas, part, view, side):
    pieces = [a.polygon for a in fine_areas if (a.part, a.view, a.side) == (part, view, side)]
    whole = part_outline(part, view, side)
    assert all(p.is_valid and p.geom_type == "Polygon" and p.area > 1 for p in pieces)
    assert abs(unary_union(pieces).area - whole.area) < 0.5
    assert abs(sum(p.area for p in pieces) - whole.area) < 0.5, "areas overlap"


@pytest.mark.parametrize("part, view, side", CUT_PARTS)
def test_fine_areas_stay_on_the_body(fine_areas, part, view, side):
    body = Polygon(build_views()[view].silhouette).buffer(0.5)
    for area in fine_areas:
        if (area.part, area.view, area.side) == (part, view, side):
            assert body.contains(area.polygon), area.region_id


def test_every_fine_area_refines_a_known_area(fine_areas):
    assert {a.group for a in fine_areas} <= set(AREAS)
    assert set(FINE_AREAS) == {a.area for a in fine_areas}
    # A fine area may share its group's name only when it is the whole of what that name meant on its view.
    assert all(a.area not in AREAS or a.area == a.group for a in fine_areas)


def test_the_head_has_the_areas_the_charts_use(fine_areas):
    assert set(REQUIRED_HEAD_AREAS) <= {a.area for a in fine_areas if a.part == "head"}
    side = {a.area for a in fine_areas if a.view == "side"}
    assert {"temple-front", "temple-middle", "temple-back", "tmj", "jaw-angle", "behind-the-ear"} <= side


@pytest.mark.parametrize(
    "view, names",
    [
        ("front", ["thumb-digit", "index-finger", "middle-finger", "ring-finger", "little-finger"]),
        (
            "back",
            [
                "back-of-thumb",
                "back-of-index-finger",
                "back-of-middle-finger",
                "back-of-ring-finger",
                "back-of-little-finger",
            ],
        ),
        ("front", ["big-toe-top", "second-toe", "third-toe", "fourth-toe", "little-toe"]),
        (
            "back",
            ["big-toe-pad", "second-toe-pad", "third-toe-pad", "fourth-toe-pad", "little-toe-pad", "heel-pad", "arch"],
        ),
    ],
)
def test_fingers_and_toes_are_areas_one_by_one(fine_areas, view, names):
    assert set(names) <= {a.area for a in fine_areas if a.view == view and a.side == "left"}


@pytest.mark.parametrize("view", ["front", "back"])
def test_fine_areas_are_mirrored_left_and_right(fine_areas, view):
    center = FRONT_CENTER_X if view == "front" else BACK_CENTER_X
    right = {(a.part, a.area): a.polygon for a in fine_areas if a.view == view and a.side == "right"}
    left = {(a.part, a.area): a.polygon for a in fine_areas if a.view == view and a.side == "left"}
    assert right.keys() == left.keys()
    for key, polygon in right.items():
        mirrored = Polygon([(2 * center - x, y) for x, y in polygon.exterior.coords])
        assert mirrored.symmetric_difference(left[key]).area < 0.1, key


def test_landmarks_fall_in_the_area_named_after_them(fine_areas):
    views = build_views()
    checks = [
        ("front", "eye-right", "behind-the-eye"),
        ("side", "tmj-right", "tmj"),
        ("side", "ear-right", "outer-ear"),
    ]
    for view, key, area in checks:
        spot = Point(views[view].landmark(key).anchor())
        polygon = next(a.polygon for a in fine_areas if a.view == view and a.side == "right" and a.area == area)
        assert polygon.buffer(0.5).contains(spot), (view, key, area)


@pytest.mark.parametrize(
    "view, key, level",
    [
        ("front", "eye-right", "eye"),
        ("front", "navel", "navel"),
        ("front", "asis-right", "asis"),
        ("front", "nipple-right", "nipple"),
        ("back", "c7", "c7"),
        ("front", "clavicle-right", "sternal_notch"),
        ("side", "greater-trochanter-right", "greater_trochanter"),
    ],
)
def test_landmarks_stand_at_the_documented_levels(views, view, key, level):
    """frame.LEVELS tells other code where the body's levels are; the drawing must agree (within 10 units)."""
    ys = [y for stroke in views[view].landmark(key).strokes for _, y in stroke]
    centre = (min(ys) + max(ys)) / 2
    assert abs(centre - (TOP + LEVELS[level])) < 10
