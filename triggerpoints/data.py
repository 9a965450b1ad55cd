"""Loads the four content CSVs once, validates every row and the links between them, and freezes the result.

A broken file never loads halfway: `load_dataset` collects every problem (file, line, column, what is wrong)
and raises one `DataError` that lists them all.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

from pydantic import BaseModel, ValidationError
from shapely.geometry import Point, Polygon
from shapely.ops import unary_union
from shapely.prepared import prep

from triggerpoints.areas import NAV_AREAS
from triggerpoints.figure_frame import mirror_x
from triggerpoints.schema import ConditionRow, RegionRow, TechniqueRow, TriggerPointRow

DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / "data"
FILES = {
    "regions": "body_regions.csv",
    "points": "trigger_points.csv",
    "conditions": "conditions.csv",
    "techniques": "techniques.csv",
}
Model = TypeVar("Model", bound=BaseModel)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a data file."""

    file: str
    line: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", line {self.line}"
        if self.column:
            where += f", column '{self.column}'"
        return f"{where}: {self.message}"


class DataError(Exception):
    """The data files cannot be loaded; `problems` lists everything that is wrong."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        count = f"{len(problems)} problem" + ("s" if len(problems) != 1 else "")
        super().__init__(f"The data files have {count}:\n" + "\n".join(f"  - {p}" for p in problems))


@dataclass(frozen=True)
class Dataset:
    """Everything the app shows, validated and read-only."""

    regions: Mapping[str, RegionRow]
    points: Mapping[str, TriggerPointRow]
    conditions: Mapping[str, ConditionRow]
    techniques: Mapping[str, TechniqueRow]

    def region_id(self, area: str, side: str) -> str:
        """The id of an area's region on one side."""
        return f"{area}-{side}"

    def position(self, point_id: str, side: str) -> tuple[float, float]:
        """Where a point's X stands on the figure for the given side."""
        point = self.points[point_id]
        x = point.x if side == "right" else mirror_x(point.x, point.view)
        return (x, point.y)

    def area_label(self, area: str, side: str | None = None) -> str:
        """Plain name of an area, optionally with its side ("Right temple")."""
        label = next(r.label for r in self.regions.values() if r.area == area)
        return f"{side.capitalize()} {label[0].lower()}{label[1:]}" if side else label

    def red_flags(self, point_id: str) -> tuple[str, ...]:
        """The red flags of every condition linked to a point, without repeats, in order."""
        flags: dict[str, None] = {}
        for key in self.points[point_id].conditions:
            flags.update(dict.fromkeys(self.conditions[key].red_flags))
        return tuple(flags)


@dataclass
class _Table:
    """A file's valid rows with their line numbers, and every key written in it (valid row or not)."""

    rows: list[tuple[int, BaseModel]]
    keys: set[str]


def _read_rows(path: Path, model: type[Model], problems: list[Problem]) -> _Table:
    """Reads one CSV into validated rows, recording a problem for each bad cell or line."""
    name = f"data/{path.name}"
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        problems.append(Problem(name, None, None, "the file is missing"))
        return _Table([], set())
    except UnicodeDecodeError as error:
        problems.append(Problem(name, None, None, f"is not UTF-8 text (byte {error.start})"))
        return _Table([], set())
    reader = csv.reader(text.splitlines(keepends=True))
    header = next(reader, None)
    if not header:
        problems.append(Problem(name, 1, None, "the file is empty: it needs a header row"))
        return _Table([], set())
    header = [column.strip() for column in header]
    fields = model.model_fields
    required = [f for f, info in fields.items() if info.is_required()]
    for column in required:
        if column not in header:
            problems.append(Problem(name, 1, column, "this required column is missing from the header"))
    for column in header:
        if column not in fields:
            problems.append(Problem(name, 1, column, "unknown column (check its spelling in docs/data.md)"))
    if any(p.file == name and p.line == 1 for p in problems):
        return _Table([], set())
    rows: list[tuple[int, Model]] = []
    keys: set[str] = set()
    line = reader.line_num + 1
    for cells in reader:
        start, line = line, reader.line_num + 1
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(header):
            problems.append(
                Problem(name, start, None, f"has {len(cells)} cells but the header has {len(header)} columns")
            )
            continue
        keys.add(cells[0].strip())
        record = {
            column: cell
            for column, cell in zip(header, cells, strict=True)
            if cell.strip() or fields[column].is_required()
        }
        try:
            rows.append((start, model.model_validate(record)))
        except ValidationError as error:
            for issue in error.errors():
                column = str(issue["loc"][0]) if issue["loc"] else None
                problems.append(Problem(name, start, column, _plain(issue)))
    return _Table(rows, keys)


def _plain(issue: dict) -> str:
    """A validation message in plain words, with the offending value."""
    value = issue.get("input")
    shown = f" (got '{str(value)[:40]}')" if isinstance(value, (str, int, float)) and str(value) else ""
    message = issue["msg"].removeprefix("Value error, ")
    if issue["type"] == "missing" or (isinstance(value, str) and not value.strip()):
        return "is empty but must be filled in"
    if issue["type"] == "too_short":
        return "must list at least one item"
    if issue["type"] == "string_pattern_mismatch":
        return f"must be lowercase words joined by hyphens, like 'upper-trapezius-1'{shown}"
    return f"{message}{shown}"


def _unique(rows: list[tuple[int, Model]], key: str, name: str, problems: list[Problem]) -> dict[str, Model]:
    """Rows by key, recording a problem for each repeated key."""
    seen: dict[str, Model] = {}
    first_line: dict[str, int] = {}
    for line, row in rows:
        value = getattr(row, key)
        if value in seen:
            problems.append(Problem(name, line, key, f"'{value}' is used again (first on line {first_line[value]})"))
        else:
            seen[value], first_line[value] = row, line
    return seen


def _check_regions(rows: list[tuple[int, RegionRow]], problems: list[Problem]) -> None:
    name = "data/body_regions.csv"
    views: dict[str, set[str]] = {}
    for line, row in rows:
        if row.region_id != f"{row.area}-{row.side}":
            problems.append(Problem(name, line, "region_id", f"must be '{row.area}-{row.side}' (area-side)"))
        if row.nav_area not in NAV_AREAS:
            problems.append(Problem(name, line, "nav_area", f"'{row.nav_area}' is not one of {', '.join(NAV_AREAS)}"))
        polygon = Polygon(row.points)
        if not polygon.is_valid:
            problems.append(Problem(name, line, "points", "the outline crosses itself"))
        views.setdefault(row.area, set()).add(row.view)
    for line, row in rows:
        if len(views[row.area]) > 1:
            problems.append(Problem(name, line, "view", f"area '{row.area}' must be drawn on one view on both sides"))
    areas_by_side = {(row.area, row.side) for _, row in rows}
    for line, row in rows:
        other = "left" if row.side == "right" else "right"
        if (row.area, other) not in areas_by_side:
            problems.append(Problem(name, line, "side", f"area '{row.area}' has no {other}-side region"))


def _check_condition_areas(rows: list[tuple[int, ConditionRow]], areas: set[str], problems: list[Problem]) -> None:
    for line, row in rows:
        for area in row.felt_in:
            if areas and area not in areas:
                problems.append(
                    Problem("data/conditions.csv", line, "felt_in", f"'{area}' is not an area of data/body_regions.csv")
                )


def _check_points(
    rows: list[tuple[int, TriggerPointRow]],
    regions: Mapping[str, RegionRow],
    conditions: set[str],
    techniques: set[str],
    problems: list[Problem],
) -> None:
    name = "data/trigger_points.csv"
    areas = {r.area for r in regions.values()}
    right_side = {
        # buffer(0) repairs an outline that crosses itself (already reported) so the other checks can run.
        view: prep(
            unary_union([Polygon(r.points).buffer(0) for r in regions.values() if r.view == view and r.side == "right"])
        )
        for view in ("front", "back")
    }
    for line, row in rows:
        if row.nav_area not in NAV_AREAS:
            problems.append(Problem(name, line, "nav_area", f"'{row.nav_area}' is not one of {', '.join(NAV_AREAS)}"))
        for column in ("referral_primary", "referral_spillover"):
            for area in getattr(row, column):
                if area not in areas:
                    problems.append(Problem(name, line, column, f"'{area}' is not an area of data/body_regions.csv"))
        for area in set(row.referral_primary) & set(row.referral_spillover):
            problems.append(Problem(name, line, "referral_spillover", f"'{area}' is already an essential zone"))
        for key in row.conditions:
            if key not in conditions:
                problems.append(Problem(name, line, "conditions", f"'{key}' is not a key of data/conditions.csv"))
        for key in row.techniques:
            if key not in techniques:
                problems.append(Problem(name, line, "techniques", f"'{key}' is not a key of data/techniques.csv"))
        if regions and not right_side[row.view].contains(Point(row.x, row.y)):
            problems.append(
                Problem(
                    name,
                    line,
                    "x",
                    f"({row.x:g}, {row.y:g}) is not inside the person's right side on the {row.view} view",
                )
            )


def load_dataset(data_dir: Path | str | None = None) -> Dataset:
    """Loads and validates every data file; raises DataError listing all problems."""
    folder = Path(data_dir) if data_dir else DEFAULT_DATA_DIR
    problems: list[Problem] = []
    region_table = _read_rows(folder / FILES["regions"], RegionRow, problems)
    point_table = _read_rows(folder / FILES["points"], TriggerPointRow, problems)
    condition_table = _read_rows(folder / FILES["conditions"], ConditionRow, problems)
    technique_table = _read_rows(folder / FILES["techniques"], TechniqueRow, problems)
    regions = _unique(region_table.rows, "region_id", "data/body_regions.csv", problems)
    points = _unique(point_table.rows, "id", "data/trigger_points.csv", problems)
    conditions = _unique(condition_table.rows, "key", "data/conditions.csv", problems)
    techniques = _unique(technique_table.rows, "key", "data/techniques.csv", problems)
    _check_regions(region_table.rows, problems)
    _check_condition_areas(condition_table.rows, {r.area for r in regions.values()}, problems)
    # A row that failed its own checks is already reported: links to its key are not reported again.
    complete_regions = regions if len(regions) == len(region_table.keys) else {}
    _check_points(point_table.rows, complete_regions, condition_table.keys, technique_table.keys, problems)
    if problems:
        raise DataError(problems)
    return Dataset(
        regions=MappingProxyType(regions),
        points=MappingProxyType(points),
        conditions=MappingProxyType(conditions),
        techniques=MappingProxyType(techniques),
    )
