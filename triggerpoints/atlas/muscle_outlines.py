"""Muscle outlines on the atlas: gathers every muscle's drawn shape and lays it out as data/muscle_outlines.csv.

Seven modules draw the muscles, each exposing `SHAPES`: (muscle key, view) -> the closed outline's control points
in figure coordinates, for the person's right side on the front and back views (the side view shows the right
side only). A muscle seen as two separate pieces on one view (the frontal and occipital bellies of
occipitofrontalis on the side view) adds its further pieces under (muscle key, view, piece), piece 1, 2, ...
A module may also expose `PLATE_NOTES`: muscle key -> what an anatomy plate shows, for the gallery's index.
Here the front and back outlines are mirrored to the person's left about the view's centre line, and
`smooth_outline` turns control points into the drawn curve: corners cut as the zones' are
(`triggerpoints.figure_shapes`), so a muscle reads like a zone. `scripts/build_muscle_outlines.py` writes the
rows; a test checks the committed file is exactly what `outline_rows` gives.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from shapely.geometry import Polygon

from triggerpoints.atlas import (
    muscle_shapes_arm_hand,
    muscle_shapes_face_trunk,
    muscle_shapes_hand_foot,
    muscle_shapes_head_chest,
    muscle_shapes_leg_foot,
    muscle_shapes_pelvis,
    muscle_shapes_shoulder_back,
)
from triggerpoints.atlas.frame import VIEW_CENTERS, VIEWS
from triggerpoints.figure_shapes import ROUNDING

CSV_COLUMNS = ("muscle", "view", "side", "piece", "points")
MIN_POINTS, MAX_POINTS = 8, 40
SIMPLIFY = 0.1  # figure units the drawn curve may stray from the smoothed one
MODULES = (
    muscle_shapes_head_chest,
    muscle_shapes_shoulder_back,
    muscle_shapes_arm_hand,
    muscle_shapes_leg_foot,
    muscle_shapes_face_trunk,
    muscle_shapes_pelvis,
    muscle_shapes_hand_foot,
)

Outline = tuple[tuple[float, float], ...]
ShapeKey = tuple[str, str, int]  # muscle key, view, piece


def _normal_key(key: tuple) -> ShapeKey:
    """A SHAPES key with its piece made explicit (0 when the key names none)."""
    muscle, view, *piece = key
    return (muscle, view, piece[0] if piece else 0)


@lru_cache(maxsize=1)
def all_shapes() -> dict[ShapeKey, Outline]:
    """Every drawn outline of the modules, keyed by (muscle, view, piece); a key drawn twice, an unknown
    view or an outline with too few or too many control points is refused."""
    shapes: dict[ShapeKey, Outline] = {}
    for module in MODULES:
        for key, points in module.SHAPES.items():
            full = _normal_key(key)
            if full in shapes:
                raise ValueError(f"{module.__name__}: {full} is drawn twice")
            if full[1] not in VIEWS:
                raise ValueError(f"{module.__name__}: {full} names an unknown view")
            if not MIN_POINTS <= len(points) <= MAX_POINTS:
                raise ValueError(f"{module.__name__}: {full} has {len(points)} control points")
            shapes[full] = tuple((float(x), float(y)) for x, y in points)
    return dict(sorted(shapes.items(), key=lambda item: (item[0][0], VIEWS.index(item[0][1]), item[0][2])))


def mirrored(view: str, points: Sequence[tuple[float, float]]) -> Outline:
    """The outline's mirror image on the person's left side of the front or back view (same winding)."""
    centre = VIEW_CENTERS[view]
    return tuple((2 * centre - x, y) for x, y in reversed(points))


def _points_text(points: Sequence[tuple[float, float]]) -> str:
    """Points as the data files write them: "x,y x,y ..." to 0.1."""
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in points)


def parse_points(text: str) -> Outline:
    """The points of a "x,y x,y ..." cell."""
    return tuple((float(x), float(y)) for x, y in (pair.split(",") for pair in text.split()))


def outline_rows() -> list[dict[str, str]]:
    """Every outline as a CSV row (columns `CSV_COLUMNS`): right side, then its mirror on front and back."""
    rows = []
    for (muscle, view, piece), points in all_shapes().items():
        sides = [("right", points)] if view == "side" else [("right", points), ("left", mirrored(view, points))]
        for side, outline in sides:
            rows.append(
                {"muscle": muscle, "view": view, "side": side, "piece": str(piece), "points": _points_text(outline)}
            )
    return rows


def write_outline_csv(path: Path) -> int:
    """Writes the outline rows to path and returns how many there are."""
    rows = outline_rows()
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def read_outline_csv(path: Path) -> dict[tuple[str, str, str], tuple[Outline, ...]]:
    """The outlines of a muscle_outlines.csv: (muscle, view, side) -> its pieces' control points, in piece order."""
    found: dict[tuple[str, str, str], list[tuple[int, Outline]]] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            key = (row["muscle"], row["view"], row["side"])
            found.setdefault(key, []).append((int(row["piece"]), parse_points(row["points"])))
    return {key: tuple(points for _, points in sorted(pieces)) for key, pieces in found.items()}


def _cut_corners(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A closed ring with every corner cut a quarter of the way along its edges (Chaikin's scheme, as the zones)."""
    out = []
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        out += [(0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1), (0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1)]
    return out


@lru_cache(maxsize=2048)
def smooth_outline(points: Outline) -> Outline:
    """The drawn outline of a muscle: its control points' closed polygon with the corners rounded, to 0.1."""
    ring = list(points)
    for _ in range(ROUNDING + 1):  # one round more than a zone: control points are sparser than region outlines
        ring = _cut_corners(ring)
    # Points closer to the curve than SIMPLIFY add bytes to every click's patch but nothing to the eye.
    simple = Polygon(ring).simplify(SIMPLIFY).exterior.coords[:-1]
    return tuple((round(x, 1), round(y, 1)) for x, y in simple)


def outline_polygon(points: Outline) -> Polygon:
    """The smoothed outline as a shapely polygon (for checks and previews)."""
    return Polygon(smooth_outline(tuple(points)))
