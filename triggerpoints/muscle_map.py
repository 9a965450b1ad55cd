"""The muscles on the body map: the selected point's muscle under its X, the muscles layer, and which muscle lies
under a click.

Where muscles overlap (a small muscle over a big one, a deep one under the one that covers it), the one a click or
the pointer means is the smallest outline there, and of two the same size the superficial one (the deeper last): so
every muscle can be picked inside its own outline unless a smaller one covers it whole. The browser names the muscle
under the pointer by the same rule (the layer's `meta` carries each outline's rank, `components.body_map`). No Dash
imports.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from shapely.geometry import Point, Polygon
from shapely.prepared import PreparedGeometry, prep

from triggerpoints.data import Dataset

Outline = tuple[tuple[float, float], ...]
DEEP = "deep"


@dataclass(frozen=True)
class MuscleOutline:
    """One muscle drawn on one view and side: its pieces, whether it lies deep, and its rank in the pick order."""

    muscle: str
    view: str
    side: str
    pieces: tuple[Outline, ...]
    deep: bool
    rank: int


@lru_cache(maxsize=1024)
def _shape(outline: Outline) -> tuple[PreparedGeometry, tuple[float, float, float, float], float]:
    """An outline prepared for point tests, with its bounds and area (each outline is always the same)."""
    polygon = Polygon(outline)
    return prep(polygon), polygon.bounds, polygon.area


def _area(pieces: Iterable[Outline]) -> float:
    return sum(_shape(piece)[2] for piece in pieces)


def is_deep(dataset: Dataset, muscle: str) -> bool:
    """Whether a muscle lies under another (drawn dashed)."""
    return dataset.muscles[muscle].depth == DEEP


def _pick_order(dataset: Dataset, key: tuple[str, str, str]) -> tuple:
    """Where a muscle drawn on a view and side comes in the pick order: smallest first, the deeper last of two alike."""
    return round(_area(dataset.muscle_outlines[key]), 1), is_deep(dataset, key[0]), key


def muscle_outlines(dataset: Dataset) -> tuple[MuscleOutline, ...]:
    """Every muscle's outline on every view and side, in pick order."""
    keys = sorted(dataset.muscle_outlines, key=lambda key: _pick_order(dataset, key))
    return tuple(
        MuscleOutline(*key, dataset.muscle_outlines[key], is_deep(dataset, key[0]), rank)
        for rank, key in enumerate(keys)
    )


def selected_muscle(dataset: Dataset, point_id: str | None, side: str) -> tuple[tuple[Outline, ...], bool]:
    """The outline pieces of a point's muscle on every view it is drawn on for the side (the side view shows the
    right side only), and whether the muscle lies deep; none without a point."""
    if not point_id:
        return (), False
    muscle = dataset.points[point_id].muscle
    pieces = tuple(
        piece for (key, _, drawn_side), outline in dataset.muscle_outlines.items()
        if key == muscle and drawn_side == side for piece in outline
    )  # fmt: skip
    return pieces, is_deep(dataset, muscle)


def _contains(pieces: Iterable[Outline], x: float, y: float) -> bool:
    spot = Point(x, y)
    for piece in pieces:
        prepared, (x0, y0, x1, y1), _ = _shape(piece)
        if x0 <= x <= x1 and y0 <= y <= y1 and prepared.contains(spot):
            return True
    return False


def muscle_at(dataset: Dataset, x: float, y: float) -> tuple[str, str] | None:
    """The muscle drawn under a place on the figure and the side it is on (the pick order decides between
    overlapping muscles), or None off every muscle."""
    under = [key for key, pieces in dataset.muscle_outlines.items() if _contains(pieces, x, y)]
    if not under:
        return None
    muscle, _, side = min(under, key=lambda key: _pick_order(dataset, key))
    return muscle, side


def first_point(dataset: Dataset, muscle: str, allowed: Iterable[str] | None = None) -> str | None:
    """The muscle's first point among those allowed (every point by default), or its first point when none is."""
    points = dataset.muscle_points(muscle)
    wanted = set(allowed) if allowed is not None else set(points)
    return next((p for p in points if p in wanted), points[0] if points else None)
