"""Loads the five content CSVs (and the optional point positions and muscle outlines) once, validates every row and
the links between them, and freezes the result.

The loaded data is a `triggerpoints.dataset.Dataset` (regions with an outline per view, groups of areas, point
positions, muscle outlines); a group name in a zone or in `felt_in` is stored as its areas once loaded.

A broken file never loads halfway: `load_dataset` collects every problem (file, line, column, what is wrong)
and raises one `DataError`. A problem that only follows from another (a link to a row that is itself broken, or
into a file that could not be read) is kept apart as a consequence, so the root causes are listed alone.
Whatever the bytes of a file, loading either succeeds or raises `DataError`.

Reading a file as text (records, the header, cells that are not sound text) is `triggerpoints.csv_text`; this
module checks what the rows say. The files are read with the csv module in strict mode, not pandas: only a reader
that yields one record at a time can say on which line each record starts and at which cell it stopped, and
pandas' readers are lenient where this one must object. docs/data.md ("How the files are read") gives the
measurements; a test checks that pandas reads the same rows from the bundled data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

from pydantic import BaseModel, ValidationError
from shapely.geometry import Point, Polygon
from shapely.ops import unary_union
from shapely.prepared import PreparedGeometry, prep

from triggerpoints.area_referrers import AreaReferrerRow, check_area_referrers
from triggerpoints.areas import NAV_AREAS
from triggerpoints.csv_text import Findings, Problem, as_text, check_cells, header_is_sound, read_records
from triggerpoints.dataset import Dataset, Region
from triggerpoints.figure_frame import VIEWS
from triggerpoints.muscle_outline_data import check_muscle_outlines
from triggerpoints.muscles import check_muscle_groups, check_muscles, check_points_muscles
from triggerpoints.region_checks import check_regions, regions_of, unique_outlines
from triggerpoints.schema import (
    ConditionRow,
    MuscleGroupRow,
    MuscleOutlineRow,
    MuscleRow,
    PositionRow,
    RegionRow,
    TechniqueRow,
    TriggerPointRow,
)
from triggerpoints.search_vocabulary import VocabularyRow, check_vocabulary

# The read-only model is defined in triggerpoints.dataset; it is read from here, where it is loaded.
__all__ = ["DEFAULT_DATA_DIR", "FILES", "MODELS", "OPTIONAL_FILES", "DataError", "Dataset", "Problem", "Region",
           "Table", "load_dataset"]  # fmt: skip

DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / "data"
FILES = {
    "regions": "body_regions.csv",
    "points": "trigger_points.csv",
    "conditions": "conditions.csv",
    "techniques": "techniques.csv",
    "muscles": "muscles.csv",
}
# Files the app works without: without point positions, each X stands where trigger_points.csv puts it; without
# muscle outlines, no muscle is drawn on the map; without area referrers, the pain finder ranks by the patterns alone;
# without the vocabulary, search knows the names in the other files only.
OPTIONAL_FILES = {"positions": "point_positions.csv", "muscle_outlines": "muscle_outlines.csv",
                  "referrers": "area_referrers.csv", "vocabulary": "vocabulary.csv",
                  "muscle_groups": "muscle_groups.csv"}  # fmt: skip
MODELS = {"regions": RegionRow, "points": TriggerPointRow, "conditions": ConditionRow, "techniques": TechniqueRow,
          "muscles": MuscleRow, "positions": PositionRow, "muscle_outlines": MuscleOutlineRow,
          "referrers": AreaReferrerRow, "vocabulary": VocabularyRow, "muscle_groups": MuscleGroupRow}  # fmt: skip
# The app has nothing to show without regions, points, techniques and muscles (every point needs a technique and a
# muscle); conditions are optional on a point, and every part of the app copes with none.
MUST_HAVE_ROWS = ("regions", "points", "techniques", "muscles")
Model = TypeVar("Model", bound=BaseModel)


class DataError(Exception):
    """The data files cannot be loaded.

    `problems` lists the root causes; `consequences` the problems that follow from them (a link to a broken row,
    or into a file that could not be read), which the message counts but does not list."""

    def __init__(self, problems: list[Problem], consequences: list[Problem] | None = None):
        self.problems = list(problems)
        self.consequences = list(consequences or [])
        if not self.problems:  # never happens by construction, but a consequence must not go unnamed
            self.problems, self.consequences = self.consequences, []
        lines = [f"  - {p}" for p in self.problems]
        if self.consequences:
            lines.append(f"  … and {_count(len(self.consequences), 'more problem')} caused by the problems above")
        super().__init__(f"The data files have {_count(len(self.problems), 'problem')}:\n" + "\n".join(lines))


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("s" if number != 1 else "")


@dataclass
class Table:
    """A file's valid rows with their line numbers, and the trimmed cells of the rows that are broken."""

    name: str
    rows: list[tuple[int, BaseModel]] = field(default_factory=list)
    broken: list[dict[str, str]] = field(default_factory=list)
    # False when what the file holds is unknown (missing, unreadable, a broken header, read only in part) or it
    # holds no rows at all: a link into it that finds nothing then follows from that problem.
    judges_links: bool = True

    @property
    def complete(self) -> bool:
        """Whether every row of the file was read and is valid."""
        return self.judges_links and not self.broken

    def follows_from_broken_row(self, column: str, value: str) -> bool:
        """Whether a link to `value` that no valid row has follows from a reported problem: a broken row holds it,
        or the file cannot judge links."""
        return not self.judges_links or any(cells.get(column) == value for cells in self.broken)


def _read_rows(path: Path, model: type[Model], findings: Findings, must_have_rows: bool) -> Table:
    """Reads one CSV into validated rows, recording a problem for each bad cell, line or header."""
    table = Table(f"data/{path.name}")
    name = table.name
    records, read_whole = read_records(path, name, findings)
    table.judges_links = read_whole and bool(records)
    if not records:
        return table
    header = [column.strip() for column in records[0].cells]
    if not header_is_sound(records[0], header, model, name, findings):
        # The rows are not checked against a broken header, but a cell that is not text is named all the same.
        for record in records[1:]:
            check_cells(record, header if len(record.cells) == len(header) else None, name, findings)
        table.judges_links = False
        return table
    fields = model.model_fields
    data_rows = 0
    for record in records[1:]:
        cells = record.cells
        if not any(cell.strip() for cell in cells):
            continue
        data_rows += 1
        written = dict(zip(header, (cell.strip() for cell in cells), strict=False))
        fits = len(cells) == len(header)
        unreadable = check_cells(record, header if fits else None, name, findings)
        if not fits:
            findings.add(
                Problem(name, record.line, None, f"has {len(cells)} cells but the header has {len(header)} columns")
            )
            table.broken.append(written)
            continue
        values = {
            column: as_text(cell)
            for column, cell in zip(header, cells, strict=True)
            if cell.strip() or fields[column].is_required()
        }
        try:
            row = model.model_validate(values)
        except ValidationError as error:
            for issue in error.errors():
                column = str(issue["loc"][0]) if issue["loc"] else None
                if column not in unreadable:  # that cell is reported already
                    findings.add(Problem(name, record.line, column, _plain(issue)))
            table.broken.append(written)
            continue
        if unreadable:
            table.broken.append(written)
        else:
            table.rows.append((record.line, row))
    if read_whole and must_have_rows and not data_rows:
        findings.add(Problem(name, None, None, "has no rows: the app needs at least one below the header"))
        table.judges_links = False
    return table


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


def _unique(rows: list[tuple[int, Model]], key: str, name: str, findings: Findings) -> dict[str, Model]:
    """Rows by key, recording a problem for each repeated key."""
    seen: dict[str, Model] = {}
    first_line: dict[str, int] = {}
    for line, row in rows:
        value = getattr(row, key)
        if value in seen:
            findings.add(Problem(name, line, key, f"'{value}' is used again (first on line {first_line[value]})"))
        else:
            seen[value], first_line[value] = row, line
    return seen


def _check_link(findings: Findings, problem: Problem, value: str, known: set[str], target: Table, column: str) -> None:
    """Records `problem` unless `value` is known; as a consequence when the target's own problems explain it."""
    if value not in known:
        findings.add(problem, consequence=target.follows_from_broken_row(column, value))


def _check_area_names(table: Table, column: str, regions: Table, known: set[str], findings: Findings) -> None:
    """Every name in a column of area lists is an area or a group of body_regions.csv."""
    for line, row in table.rows:
        for area in getattr(row, column):
            problem = Problem(table.name, line, column, f"'{area}' is not an area of {regions.name}")
            # A group's areas are broken rows when the group name is the area of one of them.
            _check_link(findings, problem, area, known, regions, "area")


def _right_side(regions: Mapping[str, Region]) -> dict[str, PreparedGeometry]:
    """The person's right side on each view: where an X may stand."""
    # buffer(0) repairs an outline that crosses itself (already reported) so the other checks can run.
    outlines = {view: [Polygon(r.outline(view)).buffer(0) for r in regions.values()
                       if r.side == "right" and view in r.outlines] for view in VIEWS}  # fmt: skip
    return {view: prep(unary_union(shapes)) for view, shapes in outlines.items()}


def _check_points(
    table: Table,
    tables: Mapping[str, Table],
    dataset: Dataset,
    right_side: Mapping[str, PreparedGeometry],
    findings: Findings,
) -> None:
    name = table.name
    names = set(dataset.groups) | {r.area for r in dataset.regions.values()}
    for line, row in table.rows:
        if row.nav_area not in NAV_AREAS:
            findings.add(Problem(name, line, "nav_area", f"'{row.nav_area}' is not one of {', '.join(NAV_AREAS)}"))
        for column in ("referral_primary", "referral_spillover"):
            for area in getattr(row, column):
                problem = Problem(name, line, column, f"'{area}' is not an area of {tables['regions'].name}")
                _check_link(findings, problem, area, names, tables["regions"], "area")
        essential = set(dataset.expand_areas(row.referral_primary))
        for area in dict.fromkeys(dataset.expand_areas(row.referral_spillover)):
            if area in essential:
                findings.add(Problem(name, line, "referral_spillover", f"'{area}' is already an essential zone"))
        for column, known, target in (
            ("conditions", set(dataset.conditions), tables["conditions"]),
            ("techniques", set(dataset.techniques), tables["techniques"]),
        ):
            for key in getattr(row, column):
                problem = Problem(name, line, column, f"'{key}' is not a key of {target.name}")
                _check_link(findings, problem, key, known, target, "key")
        if "positions" not in tables and not right_side[row.view].contains(Point(row.x, row.y)):
            where = f"({row.x:g}, {row.y:g}) is not inside the person's right side on the {row.view} view"
            # With a region missing or broken, the point may well lie in it.
            findings.add(Problem(name, line, "x", where), consequence=not tables["regions"].complete)


def _check_positions(
    tables: Mapping[str, Table],
    points: Mapping[str, TriggerPointRow],
    right_side: Mapping[str, PreparedGeometry],
    findings: Findings,
) -> dict[str, Mapping[str, tuple[float, float]]]:
    """Checks point_positions.csv (each X inside the person's right side of its view, a row for each point's main
    view) and returns each point's X per view."""
    table, points_table = tables["positions"], tables["points"]
    name = table.name
    first_line: dict[tuple[str, str], int] = {}
    positions: dict[str, dict[str, tuple[float, float]]] = {}
    for line, row in table.rows:
        problem = Problem(name, line, "id", f"'{row.id}' is not a point of {points_table.name}")
        _check_link(findings, problem, row.id, set(points), points_table, "id")
        key = (row.id, row.view)
        if key in first_line:
            message = f"'{row.id}' already has a {row.view} row (line {first_line[key]})"
            findings.add(Problem(name, line, "view", message))
            continue
        first_line[key] = line
        if not right_side[row.view].contains(Point(row.x, row.y)):
            where = f"({row.x:g}, {row.y:g}) is not inside the person's right side on the {row.view} view"
            findings.add(Problem(name, line, "x", where), consequence=not tables["regions"].complete)
        positions.setdefault(row.id, {})[row.view] = (row.x, row.y)
    for line, point in points_table.rows:
        if (point.id, point.view) not in first_line:
            message = f"'{point.id}' has no row in {name} for its {point.view} view"
            findings.add(Problem(points_table.name, line, "view", message),
                         consequence=table.follows_from_broken_row("id", point.id))  # fmt: skip
    return {point_id: MappingProxyType(views) for point_id, views in positions.items()}


def load_dataset(data_dir: Path | str | None = None) -> Dataset:
    """Loads and validates every data file; raises DataError listing all problems, root causes first."""
    folder = Path(data_dir) if data_dir else DEFAULT_DATA_DIR
    findings = Findings()
    present = {kind: file for kind, file in OPTIONAL_FILES.items() if (folder / file).exists()}
    tables = {
        kind: _read_rows(folder / file, MODELS[kind], findings, kind in MUST_HAVE_ROWS)
        for kind, file in {**FILES, **present}.items()
    }
    region_rows = unique_outlines(tables["regions"], findings)
    points = _unique(tables["points"].rows, "id", tables["points"].name, findings)
    conditions = _unique(tables["conditions"].rows, "key", tables["conditions"].name, findings)
    techniques = _unique(tables["techniques"].rows, "key", tables["techniques"].name, findings)
    muscles = _unique(tables["muscles"].rows, "key", tables["muscles"].name, findings)
    check_points_muscles(tables["points"], tables["muscles"], muscles, findings)
    check_muscles(tables["muscles"], tables["points"], muscles, findings)
    groups_table = tables.get("muscle_groups", Table("data/" + OPTIONAL_FILES["muscle_groups"], judges_links=False))
    muscle_groups = _unique(groups_table.rows, "key", groups_table.name, findings)
    check_muscle_groups(tables["muscles"], groups_table, muscle_groups, findings)
    groups = check_regions(tables["regions"], region_rows, findings)
    regions = regions_of(region_rows)
    names = set(groups) | {region.area for region in regions.values()}
    _check_area_names(tables["conditions"], "felt_in", tables["regions"], names, findings)
    right_side = _right_side(regions)
    dataset = Dataset(
        regions=MappingProxyType(regions),
        points=MappingProxyType(points),
        conditions=MappingProxyType(conditions),
        techniques=MappingProxyType(techniques),
        muscles=MappingProxyType(muscles),
        groups=MappingProxyType(groups),
        muscle_groups=MappingProxyType(muscle_groups),
    )
    _check_points(tables["points"], tables, dataset, right_side, findings)
    if "positions" in tables:
        positions = _check_positions(tables, points, right_side, findings)
        dataset = replace(dataset, positions=MappingProxyType(positions))
    if "muscle_outlines" in tables:
        outlines = check_muscle_outlines(tables["muscle_outlines"], tables["muscles"], muscles, findings)
        dataset = replace(dataset, muscle_outlines=MappingProxyType(outlines))
    if "referrers" in tables:
        referrers = check_area_referrers(tables["referrers"], tables["regions"], names, tables["muscles"],
                                         set(muscles) | set(muscle_groups), findings)  # fmt: skip
        dataset = replace(dataset, area_referrers=referrers)
    if "vocabulary" in tables:
        known_muscles = set(muscles) | set(muscle_groups)
        vocabulary = check_vocabulary(tables["vocabulary"], tables, names, set(conditions), known_muscles, findings)
        dataset = replace(dataset, vocabulary=vocabulary)
    if findings.problems or findings.consequences:
        raise DataError(findings.problems, findings.consequences)
    return dataset.with_area_names()
