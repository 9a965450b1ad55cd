"""data/body_regions.csv as the fine atlas draws it: one row per region per view it is drawn on.

The regions are the fine areas of `triggerpoints.atlas.fine_areas` (which tile each view and side of the body);
`scripts/build_regions.py` writes them with `write_region_csv`, and a test checks that the committed file is
exactly what `region_rows` gives. The file keeps coordinates to 0.1, and a few outlines with sharp, narrow tips
would cross themselves once rounded; those are snapped to that grid the way GEOS keeps shapes valid instead.
"""

from __future__ import annotations

import csv
from pathlib import Path

import shapely
from shapely.geometry import Polygon

from triggerpoints.atlas.fine_areas import CSV_COLUMNS, build_fine_areas, fine_area_rows

GRID = 0.1  # the precision of the file's coordinates


def _valid_points(points: str, shape: Polygon) -> str:
    """The rounded outline when it is a valid polygon, else the shape snapped to the grid without crossing
    itself (its largest piece: snapping may split off a crumb of a few hundredths of a unit)."""
    pairs = [tuple(map(float, pair.split(","))) for pair in points.split()]
    if Polygon(pairs).is_valid:
        return points
    snapped = shapely.set_precision(shape, GRID)
    largest = max(getattr(snapped, "geoms", [snapped]), key=lambda piece: piece.area)
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in list(largest.exterior.coords)[:-1])


def region_rows() -> list[dict[str, str]]:
    """Every region outline as a CSV row (columns `CSV_COLUMNS`), in the order the atlas cuts them."""
    rows = fine_area_rows()  # one row per fine area, in the order of build_fine_areas
    for row, area in zip(rows, build_fine_areas(), strict=True):
        row["points"] = _valid_points(row["points"], area.polygon)
    return rows


def write_region_csv(path: Path) -> int:
    """Writes the region rows to path and returns how many there are."""
    rows = region_rows()
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)
