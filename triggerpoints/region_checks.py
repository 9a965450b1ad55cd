"""The body's regions (data/body_regions.csv) as the loader checks them: one outline per region and view, areas
named as their side and group say, every group's areas, and every front or back outline mirrored on the other side;
then the rows joined into one Region per region with an outline per view.

The checks add `Problem`s to the loader's findings like every other check of `triggerpoints.data`, which calls them.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

from shapely.geometry import Polygon

from triggerpoints.areas import NAV_AREAS
from triggerpoints.csv_text import Findings, Problem
from triggerpoints.dataset import Outline, Region
from triggerpoints.schema import RegionRow

if TYPE_CHECKING:
    from triggerpoints.data import Table


def unique_outlines(table: Table, findings: Findings) -> list[tuple[int, RegionRow]]:
    """The region rows with their lines, recording a problem for a region drawn twice on one view."""
    first_line: dict[tuple[str, str], int] = {}
    rows = []
    for line, row in table.rows:
        key = (row.region_id, row.view)
        if key in first_line:
            message = f"'{row.region_id}' is used again on the {row.view} view (first on line {first_line[key]})"
            findings.add(Problem(table.name, line, "region_id", message))
        else:
            first_line[key] = line
            rows.append((line, row))
    return rows


def check_regions(table: Table, rows: list[tuple[int, RegionRow]], findings: Findings) -> dict[str, tuple[str, ...]]:
    """Checks every outline and how the regions fit together; returns each group's areas, in order of the file."""
    name = table.name
    first: dict[str, tuple[int, RegionRow]] = {}  # each area's first row
    of_region: dict[str, tuple[int, RegionRow]] = {}
    for line, row in rows:
        if row.region_id != f"{row.area}-{row.side}":
            findings.add(Problem(name, line, "region_id", f"must be '{row.area}-{row.side}' (area-side)"))
        if row.nav_area not in NAV_AREAS:
            findings.add(Problem(name, line, "nav_area", f"'{row.nav_area}' is not one of {', '.join(NAV_AREAS)}"))
        if not Polygon(row.points).is_valid:
            findings.add(Problem(name, line, "points", "the outline crosses itself"))
        if row.view == "side" and row.side != "right":
            findings.add(Problem(name, line, "side", "the side view shows the person's right side only"))
        earlier_line, earlier = first.setdefault(row.area, (line, row))
        for column in ("group", "nav_area"):
            if getattr(row, column) != getattr(earlier, column):
                said = getattr(earlier, column) or row.area
                findings.add(Problem(name, line, column, f"area '{row.area}' has '{said}' on line {earlier_line}"))
        earlier_line, earlier = of_region.setdefault(row.region_id, (line, row))
        for column in ("label", "clinical_label"):
            if getattr(row, column) != getattr(earlier, column):
                message = f"'{row.region_id}' is called '{getattr(earlier, column)}' on line {earlier_line}"
                findings.add(Problem(name, line, column, message))
    groups: dict[str, list[str]] = {}
    for area, (_, row) in first.items():
        groups.setdefault(row.group or area, []).append(area)
    for group, areas in groups.items():
        if group in first and areas != [group]:
            # A group name always means the whole group, so no single area may share it.
            others = ", ".join(a for a in areas if a != group)
            message = f"'{group}' is also the group of {others}: give this area a name of its own"
            findings.add(Problem(name, first[group][0], "area", message))
    _check_sides(table, rows, findings)
    return {group: tuple(areas) for group, areas in groups.items()}


def _check_sides(table: Table, rows: list[tuple[int, RegionRow]], findings: Findings) -> None:
    """Every outline on the front or back view has its mirror image on the other side (the side view shows the
    right side only)."""
    sides = {(row.area, row.side) for _, row in rows}
    drawn = {(row.area, row.side, row.view) for _, row in rows}
    for line, row in rows:
        if row.view == "side":
            continue
        other = "left" if row.side == "right" else "right"
        if (row.area, other) not in sides:
            message = f"area '{row.area}' has no {other}-side region"
        elif (row.area, other, row.view) not in drawn:
            message = f"area '{row.area}' has no {other}-side outline on the {row.view} view"
        else:
            continue
        # A broken row of the same area may well be the missing side.
        findings.add(Problem(table.name, line, "side", message),
                     consequence=table.follows_from_broken_row("area", row.area))  # fmt: skip


def regions_of(rows: list[tuple[int, RegionRow]]) -> dict[str, Region]:
    """The rows of each region joined into one Region with an outline per view."""
    outlines: dict[str, dict[str, Outline]] = {}
    first: dict[str, RegionRow] = {}
    for _, row in rows:
        outlines.setdefault(row.region_id, {})[row.view] = row.points
        first.setdefault(row.region_id, row)
    return {
        region_id: Region(
            region_id=region_id,
            area=row.area,
            group=row.group or row.area,
            side=row.side,
            label=row.label,
            clinical_label=row.clinical_label,
            nav_area=row.nav_area,
            outlines=MappingProxyType(outlines[region_id]),
        )
        for region_id, row in first.items()
    }
