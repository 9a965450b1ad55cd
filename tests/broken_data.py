"""Ways to break a copy of the data folder, addressed like the loader's messages, and what loading it then says."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest

from triggerpoints.data import DataError, load_dataset

# What a message adds when a file could be read only up to a broken row.
UNTERMINATED = "; the rows after it were not checked"

Rows = list[list[str]]
Change = Callable[[Path], None]


def rewrite(path: Path, change: Callable[[Rows], object]) -> None:
    """Applies change(rows) to a CSV's rows (header first) and writes it back."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    change(rows)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


def edit_rows(file: str, change: Callable[[Rows], object]) -> Change:
    """A change that applies `change(rows)` to one CSV of a data folder."""
    return lambda data_dir: rewrite(data_dir / file, change)


def set_cell(file: str, line: int, column: str, value: str) -> tuple[str, Callable[[Rows], None]]:
    """A change that sets one cell, addressed like the error messages (line 2 = first data row)."""

    def change(rows: Rows) -> None:
        rows[line - 1][rows[0].index(column)] = value

    return file, change


def add_column(path: Path, column: str, values: dict[str, str]) -> None:
    """Appends a column to a CSV, each row's cell given by its first cell (its id) and empty for the rest."""

    def change(rows: Rows) -> None:
        rows[0].append(column)
        for row in rows[1:]:
            row.append(values.get(row[0], ""))

    rewrite(path, change)


def replace_bytes(file: str, old: bytes, new: bytes) -> Change:
    """A change to a file's bytes: its first `old` becomes `new`."""

    def change(data_dir: Path) -> None:
        path = data_dir / file
        data = path.read_bytes()
        assert old in data, f"{old!r} is not in {file}"
        path.write_bytes(data.replace(old, new, 1))

    return change


def header_only(file: str, after: str = "\n") -> Change:
    """A change that keeps only a file's header row, followed by `after`."""

    def change(data_dir: Path) -> None:
        path = data_dir / file
        path.write_text(path.read_text().split("\n", 1)[0] + after)

    return change


def load_error(data_dir: Path) -> DataError:
    """The error loading the folder raises (the test fails if it loads)."""
    with pytest.raises(DataError) as caught:
        load_dataset(data_dir)
    return caught.value


def problems_and_consequences(data_dir: Path) -> tuple[list[str], list[str]]:
    """The root problems and the problems that follow from them, as printed."""
    error = load_error(data_dir)
    return [str(p) for p in error.problems], [str(p) for p in error.consequences]


def problems_named(data_dir: Path) -> list[str]:
    """The root problems, as printed."""
    return problems_and_consequences(data_dir)[0]
