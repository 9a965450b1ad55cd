"""Reads a data file as text: its bytes into CSV records with the line each starts on, and every cell or header that
cannot be read, each a `Problem` naming file, line and column.

This is the layer below the row models (`triggerpoints.data`): it knows nothing of what the columns mean, only
whether a file is sound text and sound CSV. It checks the size of each cell (the csv module's limit, never raised),
bytes that are not UTF-8, invisible control characters, quoting, and the header row (blank, unnamed, unknown,
repeated or missing columns). When the csv module stops at a record, `_locate_csv_error` finds the cell it stopped
at, so the message names a line and a column rather than "line 40: field larger than field limit".
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

# The longest cell read: the csv module's default field limit. That limit is process-wide, so it is never raised
# here; a cell over it is reported like any other problem. The longest real cell (an outline) is 1.4 kB.
MAX_CELL = 131_072
# Characters that have no place in a cell: the C0 and C1 controls (tab and line breaks excepted) and the
# bidirectional embeddings, overrides and isolates that can make text read as something else. Files are decoded
# with "surrogateescape", so a byte that is not UTF-8 arrives as a lone surrogate U+DC80-U+DCFF.
_UNFIT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\udc80-\udcff]")
_UNDECODABLE = re.compile("[\udc80-\udcff]")
NOT_UTF8 = "is not UTF-8 text"


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


@dataclass
class Findings:
    """Every problem found so far: root causes, and the consequences that follow from them."""

    problems: list[Problem] = field(default_factory=list)
    consequences: list[Problem] = field(default_factory=list)
    # Files with a cell already reported as not UTF-8: the other such cells of a file follow from its encoding.
    not_utf8: set[str] = field(default_factory=set)

    def add(self, problem: Problem, consequence: bool = False) -> None:
        """Records a problem, as a consequence of others when `consequence` is true."""
        (self.consequences if consequence else self.problems).append(problem)


@dataclass(frozen=True)
class Record:
    """One CSV record: the line it starts on and its cells as written."""

    line: int
    cells: list[str]


def read_records(path: Path, name: str, findings: Findings) -> tuple[list[Record], bool]:
    """The file's CSV records and whether it was read to its end. A file that is missing, unreadable or empty is
    reported and gives no records."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        findings.add(Problem(name, None, None, "the file is missing"))
        return [], False
    except OSError as error:
        findings.add(Problem(name, None, None, f"the file cannot be read ({error.strerror or error})"))
        return [], False
    records, read_whole = _parse(data.decode("utf-8-sig", errors="surrogateescape"), name, findings)
    if not records and read_whole:
        findings.add(Problem(name, 1, None, "the file is empty: it needs a header row"))
    return records, read_whole


def as_text(cell: str) -> str:
    """The cell with every byte that is not UTF-8 (already reported) written as U+FFFD, so a model can read it."""
    return _UNDECODABLE.sub("\ufffd", cell)


def _parse(text: str, name: str, findings: Findings) -> tuple[list[Record], bool]:
    """The file's CSV records, and whether it was read to its end; a record that is not CSV ends the reading."""
    # Lines end at \n, \r or \r\n only, as the csv module counts them (str.splitlines would also split at
    # U+2028 and others, which may stand inside a cell).
    lines = io.StringIO(text, newline="").readlines()
    reader = csv.reader(lines, strict=True)
    records: list[Record] = []
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
        records.append(Record(start, cells))
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


def check_cells(record: Record, header: list[str] | None, name: str, findings: Findings) -> set[str | None]:
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


def header_is_sound(record: Record, header: list[str], model: type[BaseModel], name: str, findings: Findings) -> bool:
    """Reports every problem of the header row; True when there is none."""
    before = len(findings.problems)
    if not any(header):
        findings.add(Problem(name, 1, None, "the first line is blank: it must be the header row"))
        return False
    if check_cells(record, None, name, findings):
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
