"""The muscle outlines of data/muscle_outlines.csv as the app draws them: checked at load, then smoothed.

A row is one piece of a muscle's outline on one view and side, as control points (the file is written by
`scripts/build_muscle_outlines.py`). The loader (`triggerpoints.data`) reads the rows like any other file and calls
`check_muscle_outlines`, which adds a `Problem` (file, line, column) for each muscle that is not in muscles.csv, a
left side on the side view (which shows the right side only), a piece given twice, an outline that crosses itself or
has more control points than an outline may have, and returns every outline smoothed the way the map draws it
(`triggerpoints.atlas.muscle_outlines.smooth_outline`), in the order a click on overlapping muscles picks them
(`pick_order`: the smallest first, the deeper last of two alike; `triggerpoints.muscle_map` reads it). No Dash
imports.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from shapely.geometry import Polygon

from triggerpoints.atlas.muscle_outlines import MAX_POINTS, smooth_outline
from triggerpoints.csv_text import Findings, Problem
from triggerpoints.schema import MuscleRow

if TYPE_CHECKING:
    from triggerpoints.data import Table

Outline = tuple[tuple[float, float], ...]
OutlineKey = tuple[str, str, str]  # muscle key, view, side


def check_muscle_outlines(
    outlines: Table, muscles: Table, known: Mapping[str, MuscleRow], findings: Findings
) -> dict[OutlineKey, tuple[Outline, ...]]:
    """Checks the outline rows and returns each (muscle, view, side)'s pieces, smoothed, in piece order, the
    muscles in pick order."""
    name = outlines.name
    first_line: dict[tuple[str, str, str, int], int] = {}
    pieces: dict[OutlineKey, list[tuple[int, Outline]]] = {}
    for line, row in outlines.rows:
        sound = True
        if row.muscle not in known:
            problem = Problem(name, line, "muscle", f"'{row.muscle}' is not a key of {muscles.name}")
            findings.add(problem, consequence=muscles.follows_from_broken_row("key", row.muscle))
            sound = False
        if row.view == "side" and row.side != "right":
            findings.add(Problem(name, line, "side", "the side view shows the person's right side only"))
            sound = False
        key = (row.muscle, row.view, row.side, row.piece)
        if key in first_line:
            message = f"piece {row.piece} of '{row.muscle}' on the {row.view} view, {row.side} side, is given again"
            findings.add(Problem(name, line, "piece", f"{message} (first on line {first_line[key]})"))
            continue
        first_line[key] = line
        if len(row.points) > MAX_POINTS:
            # Each click draws the selected muscle: its outline's size is part of the click's cost.
            message = f"has {len(row.points)} control points; an outline has at most {MAX_POINTS}"
            findings.add(Problem(name, line, "points", message))
            sound = False
        elif not Polygon(row.points).is_valid:
            findings.add(Problem(name, line, "points", "the outline crosses itself"))
            sound = False
        if sound:
            pieces.setdefault((row.muscle, row.view, row.side), []).append((row.piece, row.points))
    smoothed = {key: tuple(smooth_outline(points) for _, points in sorted(found)) for key, found in pieces.items()}
    return dict(sorted(smoothed.items(), key=lambda item: pick_order(item[0], item[1], known)))


def pick_order(key: OutlineKey, pieces: tuple[Outline, ...], muscles: Mapping[str, MuscleRow]) -> tuple:
    """Where a muscle drawn on a view and side comes among overlapping ones: the smallest area first (so a small
    muscle over or under a big one can be picked inside its outline), and of two alike the superficial one."""
    area = sum(Polygon(piece).area for piece in pieces)
    return round(area, 1), muscles[key[0]].depth == "deep", key
