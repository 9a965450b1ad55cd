"""The trigger points' referral zones redrawn at the fine level (data/fine_zones_*.csv, one file per part of the
body): every row names a real point, every zone names fine areas that exist (or whole groups), essential and
spillover never share an area, and each point's zones stay within its old coarse areas unless the note says so.

A deliberate change of coarse area is explained in the row's note by naming each group it adds (with hyphens
or spaces, any case), as in "... (added: back-of-neck for the posterolateral neck)." A fine area that merely
crosses into the next group (the wrist tile at the end of a forearm zone) needs that mention too, so that the
change is seen and meant.
"""

from __future__ import annotations

import csv
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from tests.paths import ROOT
from triggerpoints.atlas.fine_areas import fine_area_rows, fine_areas_of_group

DATA = ROOT / "data"
ZONE_FILES = sorted(DATA.glob("fine_zones_*.csv"))
COLUMNS = ["id", "referral_primary", "referral_spillover", "note"]


def _names(cell: str) -> list[str]:
    """The names in a `;`-separated cell."""
    return [name.strip() for name in cell.split(";") if name.strip()]


@cache
def _rows(path: Path) -> tuple[dict[str, str], ...]:
    with path.open(encoding="utf-8", newline="") as f:
        return tuple(csv.DictReader(f))


@cache
def _points() -> dict[str, dict[str, str]]:
    with (DATA / "trigger_points.csv").open(encoding="utf-8", newline="") as f:
        return {row["id"]: row for row in csv.DictReader(f)}


@cache
def _drawn_areas() -> frozenset[str]:
    """The fine areas drawn on at least one view."""
    return frozenset(row["area"] for row in fine_area_rows())


def _expand(names: list[str]) -> set[str]:
    """Fine area slugs, a group name standing for all its fine areas."""
    return {slug for name in names for slug in (fine_areas_of_group(name) or (name,))}


def _cases() -> list[tuple[str, dict[str, str]]]:
    return [(path.name, row) for path in ZONE_FILES for row in _rows(path)]


def test_there_are_zone_files():
    assert ZONE_FILES, "no data/fine_zones_*.csv"


@pytest.mark.parametrize("path", ZONE_FILES, ids=lambda p: p.name)
def test_columns_and_ids_once_per_file(path):
    with path.open(encoding="utf-8", newline="") as f:
        lines = list(csv.reader(f))
    assert lines[0] == COLUMNS
    assert [n for n, cells in enumerate(lines, start=1) if len(cells) != len(COLUMNS)] == [], (
        "a cell with a comma needs quotes"
    )
    counts = Counter(row["id"] for row in _rows(path))
    assert [i for i, n in counts.items() if n > 1] == []


def test_no_point_in_two_part_files():
    owners: dict[str, list[str]] = {}
    for name, row in _cases():
        owners.setdefault(row["id"], []).append(name)
    assert {i: files for i, files in owners.items() if len(files) > 1} == {}


@pytest.mark.parametrize("name, row", _cases(), ids=lambda v: v if isinstance(v, str) else v["id"])
def test_zone_row(name, row):
    assert row["id"] in _points(), f"{row['id']} is not in trigger_points.csv"
    essential, spillover = _names(row["referral_primary"]), _names(row["referral_spillover"])
    assert essential, "the essential zone is empty"
    assert row["note"].strip(), "no note"
    unknown = [n for n in essential + spillover if n not in _drawn_areas() and not fine_areas_of_group(n)]
    assert unknown == [], "not a fine area drawn on any view, nor a group"
    assert len(set(essential + spillover)) == len(essential + spillover), "an area is listed twice"
    assert _expand(essential) & _expand(spillover) == set(), "essential and spillover share areas"


def test_the_zone_files_agree_with_the_points_file():
    """The app reads the zones from trigger_points.csv; the zone files keep each point's chart note for the gallery."""
    points = _points()
    for name, row in _cases():
        for column in ("referral_primary", "referral_spillover"):
            assert _names(row[column]) == _names(points[row["id"]][column]), f"{name} {row['id']} {column}"
