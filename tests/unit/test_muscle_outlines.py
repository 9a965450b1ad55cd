"""Muscle outlines: the committed data/muscle_outlines.csv is what the shapes make; every outline is one valid
shape inside its view's body; every X of a muscle lies inside that muscle's outline on its view, and a muscle
drawn anywhere is drawn on every view where it has an X."""

from __future__ import annotations

import csv

import pytest
from shapely.geometry import Point, Polygon
from shapely.ops import unary_union

from scripts.preview_muscles import muscle_of_points, positions_by_muscle
from tests.paths import ROOT
from triggerpoints.atlas.muscle_outlines import (
    all_shapes,
    mirrored,
    outline_polygon,
    outline_rows,
    read_outline_csv,
)
from triggerpoints.atlas.views import build_views

OUTLINES_CSV = ROOT / "data" / "muscle_outlines.csv"
TOLERANCE = 0.5  # figure units an outline may stray past the drawn silhouette
DRAWN = sorted({muscle for muscle, _, _ in all_shapes()})
SPOTS = positions_by_muscle()


def _pieces(muscle: str, view: str) -> Polygon:
    """The muscle's drawn outlines on the right side of a view, as one shape."""
    outlines = read_outline_csv(OUTLINES_CSV).get((muscle, view, "right"), ())
    return unary_union([outline_polygon(points) for points in outlines])


def test_the_committed_csv_is_what_the_shapes_make():
    with open(OUTLINES_CSV, encoding="utf-8", newline="") as handle:
        committed = list(csv.DictReader(handle))
    assert committed == outline_rows(), "run: python scripts/build_muscle_outlines.py"


@pytest.mark.parametrize(("muscle", "view", "piece"), list(all_shapes()))
def test_each_outline_is_one_valid_shape_inside_the_body(muscle, view, piece):
    body = Polygon(build_views()[view].silhouette).buffer(TOLERANCE)
    points = all_shapes()[(muscle, view, piece)]
    for ring in [points] if view == "side" else [points, mirrored(view, points)]:
        shape = outline_polygon(ring)
        assert shape.is_valid and shape.area > 5
        outside = shape.difference(body)
        assert outside.is_empty or outside.area < 0.05, f"outside the body near {outside.representative_point()}"


def test_the_left_side_mirrors_the_right():
    outlines = read_outline_csv(OUTLINES_CSV)
    for (muscle, view, side), pieces in outlines.items():
        if side == "left":
            right = outlines[(muscle, view, "right")]
            expected = [[(round(x, 1), round(y, 1)) for x, y in mirrored(view, p)] for p in right]
            assert expected == [list(p) for p in pieces]


@pytest.mark.parametrize("muscle", DRAWN)
def test_every_x_of_a_muscle_lies_inside_its_outline(muscle):
    misplaced = []
    for view, spots in SPOTS.get(muscle, {}).items():
        shape = _pieces(muscle, view)
        misplaced += [(point_id, view) for point_id, x, y in spots if not shape.contains(Point(x, y))]
    assert not misplaced, f"Xs outside the outline (or no outline on that view): {misplaced}"


def test_every_muscle_with_a_point_has_an_outline():
    assert set(muscle_of_points().values()) <= set(DRAWN)
