"""The muscles on the body map: the selected point's muscle under its X, the muscles layer, and which muscle lies
under a click.

Where muscles overlap (a small muscle over a big one, a deep one under the one that covers it), the one a click or
the pointer means is the first in the pick order the loader stores them in (`triggerpoints.muscle_outline_data`):
the smallest first, and of two the same size the superficial one (the deeper last). So every muscle can be picked
inside its own outline unless a smaller one covers it whole. The browser names the muscle under the pointer by the
same order (the layer's `meta` carries each outline's rank, `components.body_map`). No Dash imports.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

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


def is_deep(dataset: Dataset, muscle: str) -> bool:
    """Whether a muscle lies under another (drawn dashed)."""
    return dataset.muscles[muscle].depth == DEEP


def muscle_outlines(dataset: Dataset) -> tuple[MuscleOutline, ...]:
    """Every muscle's outline on every view and side, in pick order."""
    return tuple(
        MuscleOutline(*key, pieces, is_deep(dataset, key[0]), rank)
        for rank, (key, pieces) in enumerate(dataset.muscle_outlines.items())
    )


def selected_muscle(dataset: Dataset, point_id: str | None, side: str) -> tuple[tuple[Outline, ...], bool]:
    """The outline pieces of a point's muscle on every view it is drawn on for the side (the side view shows the
    right side only), and whether the muscle lies deep; none without a point, or on a side the point is not charted
    on (`Dataset.point_sides`)."""
    if not point_id or side not in dataset.point_sides(point_id):
        return (), False
    muscle = dataset.points[point_id].muscle
    pieces = tuple(
        piece for (key, _, drawn_side), outline in dataset.muscle_outlines.items()
        if key == muscle and drawn_side == side for piece in outline
    )  # fmt: skip
    return pieces, is_deep(dataset, muscle)


def _inside(outline: Outline, x: float, y: float) -> bool:
    """Whether (x, y) lies inside a closed outline (even-odd rule), after a cheap look at its bounds."""
    xs = [px for px, _ in outline]
    ys = [py for _, py in outline]
    if not (min(xs) <= x <= max(xs) and min(ys) <= y <= max(ys)):
        return False
    inside = False
    for (xa, ya), (xb, yb) in zip(outline, outline[-1:] + outline[:-1], strict=True):
        if (ya > y) != (yb > y) and x < (xb - xa) * (y - ya) / (yb - ya) + xa:
            inside = not inside
    return inside


def muscle_at(dataset: Dataset, x: float, y: float) -> tuple[str, str] | None:
    """The muscle drawn under a place on the figure and the side it is on (the first in the pick order), or None
    off every muscle."""
    for (muscle, _, side), pieces in dataset.muscle_outlines.items():
        if any(_inside(piece, x, y) for piece in pieces):
            return muscle, side
    return None


def first_point(
    dataset: Dataset, muscle: str, allowed: Iterable[str] | None = None, side: str | None = None
) -> str | None:
    """The muscle's first point among those allowed (every point by default), or its first point when none is; given
    a side, only the points charted on it count (None when it has none there)."""
    points = tuple(p for p in dataset.muscle_points(muscle) if side is None or side in dataset.point_sides(p))
    wanted = set(allowed) if allowed is not None else set(points)
    return next((p for p in points if p in wanted), points[0] if points else None)
