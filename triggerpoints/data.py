"""Loads the four content CSVs once, validates every row and the links between them, and freezes the result.

A broken file never loads halfway: `load_dataset` collects every problem (file, line, column, what is wrong)
and raises one `DataError`. A problem that only follows from another (a link to a row that is itself broken, or
into a file that could not be read) is kept apart as a consequence, so the root causes are listed alone.
Whatever the bytes of a file, loading either succeeds or raises `DataError`.

The files are read with the csv module in strict mode, not pandas: only a reader that yields one record at a time
can say on which line each record starts and at which cell it stopped, and pandas' readers are lenient where this
one must object. docs/data.md ("How the files are read") gives the measurements; a test checks that pandas reads
the same rows from the bundled data.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
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
MODELS = {"regions": RegionRow, "points": TriggerPointRow, "conditions": ConditionRow, "techniques": TechniqueRow}
# The app has nothing to show without regions, points and techniques (every point needs one); conditions are
# optional on a point, and every part of the app copes with none.
MUST_HAVE_ROWS = ("regions", "points", "techniques")
# The longest cell read: the csv module's default field limit. That limit is process-wide, so it is never raised
# here; a cell over it is reported like any other problem. The longest real cell (an outline) is 1.4 kB.
MAX_CELL = 131_072
# Characters that have no place in a cell: the C0 and C1 controls (tab and line breaks excepted) and the
# bidirectional embeddings, overrides and isolates that can make text read as something else. Files are decoded
# with "surrogateescape", so a byte that is not UTF-8 arrives as a lone surrogate U+DC80-U+DCFF.
_UNFIT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\udc80-\udcff]")
_UNDECODABLE = re.compile("[\udc80-\udcff]")
NOT_UTF8 = "is not UTF-8 text"
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
        return _visible(f"{where}: {self.message}")


def _visible(text: str) -> str:
    """The text with every character that is not printable written as an escape, so that a value quoted from a
    file can neither hide nor send commands to the terminal."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


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
class _Findings:
    """Every problem found so far: root causes, and the consequences that follow from them."""

    problems: list[Problem] = field(default_factory=list)
    consequences: list[Problem] = field(default_factory=list)
    # Files with a cell already reported as not UTF-8: the other such cells of a file follow from its encoding.
    not_utf8: set[str] = field(default_factory=set)

    def add(self, problem: Problem, consequence: bool = False) -> None:
        """Records a problem, as a consequence of others when `consequence` is true."""
        (self.consequences if consequence else self.problems).append(problem)


@dataclass
class _Table:
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


@dataclass(frozen=True)
class _Record:
    """One CSV record: the line it starts on and its cells as written."""

    line: int
    cells: list[str]


def _read_rows(path: Path, model: type[Model], findings: _Findings, must_have_rows: bool) -> _Table:
    """Reads one CSV into validated rows, recording a problem for each bad cell, line or header."""
    table = _Table(f"data/{path.name}")
    name = table.name
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        findings.add(Problem(name, None, None, "the file is missing"))
        table.judges_links = False
        return table
    except OSError as error:
        findings.add(Problem(name, None, None, f"the file cannot be read ({error.strerror or error})"))
        table.judges_links = False
        return table
    records, read_whole = _parse(data.decode("utf-8-sig", errors="surrogateescape"), name, findings)
    table.judges_links = read_whole
    if not records:
        if read_whole:
            findings.add(Problem(name, 1, None, "the file is empty: it needs a header row"))
        table.judges_links = False
        return table
    header = [column.strip() for column in records[0].cells]
    if not _header_is_sound(records[0], header, model, name, findings):
        # The rows are not checked against a broken header, but a cell that is not text is named all the same.
        for record in records[1:]:
            _check_cells(record, header if len(record.cells) == len(header) else None, name, findings)
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
        unreadable = _check_cells(record, header if fits else None, name, findings)
        if not fits:
            findings.add(
                Problem(name, record.line, None, f"has {len(cells)} cells but the header has {len(header)} columns")
            )
            table.broken.append(written)
            continue
        values = {
            column: _UNDECODABLE.sub("\ufffd", cell)
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


def _parse(text: str, name: str, findings: _Findings) -> tuple[list[_Record], bool]:
    """The file's CSV records, and whether it was read to its end; a record that is not CSV ends the reading."""
    # Lines end at \n, \r or \r\n only, as the csv module counts them (str.splitlines would also split at
    # U+2028 and others, which may stand inside a cell).
    lines = io.StringIO(text, newline="").readlines()
    reader = csv.reader(lines, strict=True)
    records: list[_Record] = []
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return records, True
        except csv.Error as error:
            header = [column.strip() for column in records[0].cells] if records else None
            findings.add(_csv_problem(str(error), text, sum(map(len, lines[: start - 1])), start, header, name))
            return records, False
        records.append(_Record(start, cells))
        start = reader.line_num + 1


def _csv_problem(error: str, text: str, offset: int, line: int, header: list[str] | None, name: str) -> Problem:
    """The csv module's complaint about the record at `offset` as a problem naming the cell's line and column."""
    limit = csv.field_size_limit()
    located = _locate_csv_error(text, offset, line, limit)
    index, line = located if located else (None, line)
    column, cell = _name_cell(header, index)
    if error.startswith("field larger than field limit"):
        message = f"{cell} is longer than {_size(limit)}"
    elif error.startswith("unexpected end of data"):
        message = f'{cell} opens a quote (") that is never closed'
    elif "expected after" in error:
        message = f'{cell} has text after its closing quote (a quote inside a cell is written twice: "")'
    else:
        message = f"cannot be read as CSV ({error})"
    return Problem(name, line, column, f"{message}; the rows after it were not checked")


def _locate_csv_error(text: str, offset: int, line: int, limit: int) -> tuple[int, int] | None:
    """Which cell of the record starting at `offset` (on `line`) the csv module stopped at, as (index, line the
    cell starts on): the first cell over `limit` characters, with text after its closing quote, or whose quote
    is never closed. Follows the csv module's rules for its default dialect in strict mode."""
    index, length, cell_line = 0, 0, line
    quoted = after_quote = False
    at = offset
    while at < len(text):
        char = text[at]
        if quoted and not after_quote:
            if char == '"':
                after_quote = True
            else:
                length += 1
        elif after_quote and char == '"':
            after_quote = False
            length += 1
        elif char == ",":
            index, length, cell_line = index + 1, 0, line
            quoted = after_quote = False
        elif char in "\r\n":
            return None
        elif after_quote:
            return index, cell_line
        elif char == '"' and length == 0 and not quoted:
            quoted = True
        else:
            length += 1
        if length > limit:
            return index, cell_line
        if char == "\n" or (char == "\r" and text[at + 1 : at + 2] != "\n"):
            line += 1
        at += 1
    return (index, cell_line) if quoted and not after_quote else None


def _name_cell(header: list[str] | None, index: int | None) -> tuple[str | None, str]:
    """The column of a cell by its index, and how a message names the cell: "this cell" when the column names it,
    else by its place in the row ("cell 3")."""
    if index is not None and header is not None and index < len(header) and header[index]:
        return header[index], "this cell"
    return None, "this cell" if index is None else f"cell {index + 1}"


def _size(characters: int) -> str:
    return f"{characters / 1024:g} kB" if characters >= 1024 else f"{characters} characters"


def _check_cells(record: _Record, header: list[str] | None, name: str, findings: _Findings) -> set[str | None]:
    """Reports every cell that cannot be read as text (too long, not UTF-8, invisible control characters) and
    returns their columns. The first cell of a file that is not UTF-8 is a root problem, the others follow."""
    unreadable: set[str | None] = set()
    for index, cell in enumerate(record.cells):
        column, label = _name_cell(header, index)
        found = _unfit_character(cell, label)
        if found is None:
            continue
        position, message = found
        before = ",".join(record.cells[:index]) + "," + cell[:position]
        line = record.line + _line_breaks(before)
        encoding = message.startswith(NOT_UTF8)
        findings.add(Problem(name, line, column, message), consequence=encoding and name in findings.not_utf8)
        if encoding:
            findings.not_utf8.add(name)
        unreadable.add(column)
    return unreadable


def _unfit_character(cell: str, label: str) -> tuple[int, str] | None:
    """Where in a cell, and what, makes it unreadable as text, or None."""
    if len(cell) > MAX_CELL:
        return 0, f"{label} is longer than {_size(MAX_CELL)}"
    match = _UNFIT.search(cell)
    if match is None:
        return None
    code, at = ord(match.group()), match.start() + 1
    if 0xDC80 <= code <= 0xDCFF:
        return match.start(), (
            f"{NOT_UTF8}: the byte 0x{code - 0xDC00:02X} (character {at} of {label}) cannot be read;"
            " save the file as CSV UTF-8"
        )
    kind = "bidirectional control character" if code >= 0x202A else "control character"
    return match.start(), f"contains the invisible {kind} U+{code:04X} (character {at} of {label}); delete it"


def _line_breaks(text: str) -> int:
    """How many line breaks (\\n, \\r or \\r\\n) a text holds."""
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def _header_is_sound(
    record: _Record, header: list[str], model: type[BaseModel], name: str, findings: _Findings
) -> bool:
    """Reports every problem of the header row; True when there is none."""
    before = len(findings.problems)
    if not any(header):
        findings.add(Problem(name, 1, None, "the first line is blank: it must be the header row"))
        return False
    if _check_cells(record, None, name, findings):
        return False
    fields = model.model_fields
    for column, info in fields.items():
        if info.is_required() and column not in header:
            findings.add(Problem(name, 1, column, "this required column is missing from the header"))
    cells_of: dict[str, list[int]] = {}
    for index, column in enumerate(header, start=1):
        cells_of.setdefault(column, []).append(index)
    for column, cells in cells_of.items():
        if not column:
            findings.add(Problem(name, 1, None, f"a header cell has no column name (cell {_listed(cells)})"))
        elif column not in fields:
            findings.add(Problem(name, 1, column, "unknown column (check its spelling in docs/data.md)"))
        elif len(cells) > 1:
            times = "twice" if len(cells) == 2 else f"{len(cells)} times"
            findings.add(Problem(name, 1, column, f"this column is in the header {times} (cells {_listed(cells)})"))
    return len(findings.problems) == before


def _listed(numbers: list[int]) -> str:
    """Numbers in words: "2", "2 and 5", "2, 5 and 7"."""
    shown = [str(n) for n in numbers]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"


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


def _unique(rows: list[tuple[int, Model]], key: str, name: str, findings: _Findings) -> dict[str, Model]:
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


def _check_regions(table: _Table, findings: _Findings) -> None:
    name = table.name
    views: dict[str, set[str]] = {}
    for line, row in table.rows:
        if row.region_id != f"{row.area}-{row.side}":
            findings.add(Problem(name, line, "region_id", f"must be '{row.area}-{row.side}' (area-side)"))
        if row.nav_area not in NAV_AREAS:
            findings.add(Problem(name, line, "nav_area", f"'{row.nav_area}' is not one of {', '.join(NAV_AREAS)}"))
        if not Polygon(row.points).is_valid:
            findings.add(Problem(name, line, "points", "the outline crosses itself"))
        views.setdefault(row.area, set()).add(row.view)
    for line, row in table.rows:
        if len(views[row.area]) > 1:
            findings.add(Problem(name, line, "view", f"area '{row.area}' must be drawn on one view on both sides"))
    areas_by_side = {(row.area, row.side) for _, row in table.rows}
    for line, row in table.rows:
        other = "left" if row.side == "right" else "right"
        if (row.area, other) not in areas_by_side:
            findings.add(
                Problem(name, line, "side", f"area '{row.area}' has no {other}-side region"),
                # A broken row of the same area may well be the missing side.
                consequence=table.follows_from_broken_row("area", row.area),
            )


def _check_link(
    findings: _Findings, problem: Problem, value: str, known: set[str], target: _Table, column: str
) -> None:
    """Records `problem` unless `value` is known; as a consequence when the target's own problems explain it."""
    if value not in known:
        findings.add(problem, consequence=target.follows_from_broken_row(column, value))


def _check_condition_areas(table: _Table, regions: _Table, areas: set[str], findings: _Findings) -> None:
    for line, row in table.rows:
        for area in row.felt_in:
            problem = Problem(table.name, line, "felt_in", f"'{area}' is not an area of {regions.name}")
            _check_link(findings, problem, area, areas, regions, "area")


def _check_points(
    table: _Table,
    tables: Mapping[str, _Table],
    regions: Mapping[str, RegionRow],
    conditions: set[str],
    techniques: set[str],
    findings: _Findings,
) -> None:
    name = table.name
    areas = {r.area for r in regions.values()}
    right_side = {
        # buffer(0) repairs an outline that crosses itself (already reported) so the other checks can run.
        view: prep(
            unary_union([Polygon(r.points).buffer(0) for r in regions.values() if r.view == view and r.side == "right"])
        )
        for view in ("front", "back")
    }
    for line, row in table.rows:
        if row.nav_area not in NAV_AREAS:
            findings.add(Problem(name, line, "nav_area", f"'{row.nav_area}' is not one of {', '.join(NAV_AREAS)}"))
        for column in ("referral_primary", "referral_spillover"):
            for area in getattr(row, column):
                problem = Problem(name, line, column, f"'{area}' is not an area of {tables['regions'].name}")
                _check_link(findings, problem, area, areas, tables["regions"], "area")
        for area in set(row.referral_primary) & set(row.referral_spillover):
            findings.add(Problem(name, line, "referral_spillover", f"'{area}' is already an essential zone"))
        for column, known, target in (
            ("conditions", conditions, tables["conditions"]),
            ("techniques", techniques, tables["techniques"]),
        ):
            for key in getattr(row, column):
                problem = Problem(name, line, column, f"'{key}' is not a key of {target.name}")
                _check_link(findings, problem, key, known, target, "key")
        if not right_side[row.view].contains(Point(row.x, row.y)):
            where = f"({row.x:g}, {row.y:g}) is not inside the person's right side on the {row.view} view"
            # With a region missing or broken, the point may well lie in it.
            findings.add(Problem(name, line, "x", where), consequence=not tables["regions"].complete)


def load_dataset(data_dir: Path | str | None = None) -> Dataset:
    """Loads and validates every data file; raises DataError listing all problems, root causes first."""
    folder = Path(data_dir) if data_dir else DEFAULT_DATA_DIR
    findings = _Findings()
    tables = {
        kind: _read_rows(folder / file, MODELS[kind], findings, kind in MUST_HAVE_ROWS) for kind, file in FILES.items()
    }
    regions = _unique(tables["regions"].rows, "region_id", tables["regions"].name, findings)
    points = _unique(tables["points"].rows, "id", tables["points"].name, findings)
    conditions = _unique(tables["conditions"].rows, "key", tables["conditions"].name, findings)
    techniques = _unique(tables["techniques"].rows, "key", tables["techniques"].name, findings)
    _check_regions(tables["regions"], findings)
    areas = {r.area for r in regions.values()}
    _check_condition_areas(tables["conditions"], tables["regions"], areas, findings)
    _check_points(tables["points"], tables, regions, set(conditions), set(techniques), findings)
    if findings.problems or findings.consequences:
        raise DataError(findings.problems, findings.consequences)
    return Dataset(
        regions=MappingProxyType(regions),
        points=MappingProxyType(points),
        conditions=MappingProxyType(conditions),
        techniques=MappingProxyType(techniques),
    )
