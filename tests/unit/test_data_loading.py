"""Loading: good data loads; each kind of broken file stops loading with file, line, column and problem."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from triggerpoints.data import DEFAULT_DATA_DIR, FILES, MODELS, DataError, load_dataset

ROOT = Path(__file__).parent.parent
FIXTURE_DATA = Path(__file__).parent / "fixtures" / "data"


def _rewrite(path: Path, change) -> None:
    """Applies change(rows) to a CSV's rows (header first) and writes it back."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    change(rows)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


def _set(file: str, line: int, column: str, value: str):
    """A change that sets one cell, addressed like the error messages (line 2 = first data row)."""

    def change(rows):
        rows[line - 1][rows[0].index(column)] = value

    return file, change


def _problems(data_dir: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_dataset(data_dir)
    return [str(p) for p in caught.value.problems]


def test_fixture_data_loads(fixture_dataset):
    assert set(fixture_dataset.points) == {
        "upper-trapezius-1",
        "sternocleidomastoid-1",
        "extensor-carpi-radialis-brevis-1",
    }
    assert len(fixture_dataset.regions) == 132


@pytest.mark.parametrize("folder", [DEFAULT_DATA_DIR, FIXTURE_DATA], ids=["bundled data", "fixture data"])
def test_loaded_rows_are_what_pandas_reads(folder):
    """The loader's own strict reading gives, row for row, what pandas' standard reading gives: every column read
    as text, nothing turned into NaN, each row checked by the same row model (a blank optional cell means its
    default)."""
    dataset = load_dataset(folder)
    loaded = {kind: getattr(dataset, kind) for kind in FILES}
    for kind, file in FILES.items():
        model, fields = MODELS[kind], MODELS[kind].model_fields
        frame = pd.read_csv(folder / file, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8")
        expected = []
        for row in frame.to_dict("records"):
            filled = {column: cell for column, cell in row.items() if cell.strip() or fields[column].is_required()}
            expected.append(model.model_validate(filled).model_dump())
        assert [row.model_dump() for row in loaded[kind].values()] == expected, file


BROKEN_CELLS = [
    (
        _set("conditions.csv", 2, "felt_in", "templ"),
        "data/conditions.csv, line 2, column 'felt_in': 'templ' is not an area of data/body_regions.csv",
    ),
    (
        _set("trigger_points.csv", 2, "self_care_friendly", "maybe"),
        "data/trigger_points.csv, line 2, column 'self_care_friendly': Input should be a valid boolean",
    ),
    (
        _set("trigger_points.csv", 2, "x", "12a"),
        "data/trigger_points.csv, line 2, column 'x': Input should be a valid number",
    ),
    (
        _set("trigger_points.csv", 3, "muscle", ""),
        "data/trigger_points.csv, line 3, column 'muscle': is empty but must be filled in",
    ),
    (
        _set("trigger_points.csv", 3, "id", "upper-trapezius-1"),
        "data/trigger_points.csv, line 3, column 'id': 'upper-trapezius-1' is used again (first on line 2)",
    ),
    (
        _set("trigger_points.csv", 2, "id", "Upper Trap"),
        "data/trigger_points.csv, line 2, column 'id': must be lowercase words joined by hyphens",
    ),
    (
        _set("trigger_points.csv", 2, "referral_primary", "temple;elbw"),
        "data/trigger_points.csv, line 2, column 'referral_primary': 'elbw' is not an area of data/body_regions.csv",
    ),
    (
        _set("trigger_points.csv", 2, "referral_spillover", "temple"),
        "data/trigger_points.csv, line 2, column 'referral_spillover': 'temple' is already an essential zone",
    ),
    (
        _set("trigger_points.csv", 4, "conditions", "golf"),
        "data/trigger_points.csv, line 4, column 'conditions': 'golf' is not a key of data/conditions.csv",
    ),
    (
        _set("trigger_points.csv", 4, "techniques", "cupping"),
        "data/trigger_points.csv, line 4, column 'techniques': 'cupping' is not a key of data/techniques.csv",
    ),
    (
        _set("trigger_points.csv", 2, "view", "side"),
        "data/trigger_points.csv, line 2, column 'view': Input should be 'front' or 'back'",
    ),
    (
        _set("trigger_points.csv", 2, "x", "5"),
        "data/trigger_points.csv, line 2, column 'x': (5, 158) is not inside the person's right side on the back view",
    ),
    (
        _set("trigger_points.csv", 2, "x", "472"),
        "data/trigger_points.csv, line 2, column 'x': (472, 158) is not inside the person's right side",
    ),
    (
        _set("trigger_points.csv", 2, "nav_area", "legs"),
        "data/trigger_points.csv, line 2, column 'nav_area': 'legs' is not one of",
    ),
    (
        _set("trigger_points.csv", 2, "sources", " ; "),
        "data/trigger_points.csv, line 2, column 'sources': must list at least one item",
    ),
    (
        _set("techniques.csv", 2, "kind", "diy"),
        "data/techniques.csv, line 2, column 'kind': Input should be 'self_care' or 'professional'",
    ),
    (
        _set("conditions.csv", 3, "red_flags", ""),
        "data/conditions.csv, line 3, column 'red_flags': is empty but must be filled in",
    ),
    (
        _set("body_regions.csv", 2, "side", "middle"),
        "data/body_regions.csv, line 2, column 'side': Input should be 'left' or 'right'",
    ),
    (
        _set("body_regions.csv", 2, "region_id", "crown-l"),
        "data/body_regions.csv, line 2, column 'region_id': must be 'crown-right' (area-side)",
    ),
    (
        _set("body_regions.csv", 2, "points", "1,1 2,2"),
        "data/body_regions.csv, line 2, column 'points': needs at least 3 points",
    ),
    (
        _set("body_regions.csv", 2, "points", "1,1 2,x 3,3"),
        "data/body_regions.csv, line 2, column 'points': '2,x' is not a point written as x,y",
    ),
    (
        _set("body_regions.csv", 2, "points", "1,1 2,2 900,3"),
        "data/body_regions.csv, line 2, column 'points': '900,3' is off the figure (x from 0 to 680, y from -28 to 840)",
    ),
    (
        # A far-off outline once broke the geometry with a GEOSException instead of naming the cell.
        _set("body_regions.csv", 2, "points", f"1{'0' * 308},1 -1{'0' * 308},2 3,1{'0' * 308}"),
        "data/body_regions.csv, line 2, column 'points': '10000000000",
    ),
    (
        _set("trigger_points.csv", 2, "y", "inf"),
        "data/trigger_points.csv, line 2, column 'y': Input should be a finite number",
    ),
    (
        _set("body_regions.csv", 2, "points", "0,0 10,10 10,0 0,10"),
        "data/body_regions.csv, line 2, column 'points': the outline crosses itself",
    ),
    (
        _set("body_regions.csv", 2, "nav_area", "head"),
        "data/body_regions.csv, line 2, column 'nav_area': 'head' is not one of",
    ),
    (
        _set("body_regions.csv", 2, "view", "front"),
        "data/body_regions.csv, line 2, column 'view': area 'crown' must be drawn on one view on both sides",
    ),
]


@pytest.mark.parametrize(("change", "expected"), BROKEN_CELLS, ids=[e[:70] for _, e in BROKEN_CELLS])
def test_broken_cell_is_named(data_dir, change, expected):
    file, edit = change
    _rewrite(data_dir / file, edit)
    problems = _problems(data_dir)
    assert any(p.startswith(expected) for p in problems), problems


def test_missing_column_is_named(data_dir):
    _rewrite(data_dir / "trigger_points.csv", lambda rows: [row.pop(rows[0].index("symptoms")) for row in rows[::-1]])
    assert _problems(data_dir) == [
        "data/trigger_points.csv, line 1, column 'symptoms': this required column is missing from the header"
    ]


def test_unknown_column_is_named(data_dir):
    def add_column(rows):
        rows[0].append("colour")
        for row in rows[1:]:
            row.append("red")

    _rewrite(data_dir / "conditions.csv", add_column)
    assert (
        "data/conditions.csv, line 1, column 'colour': unknown column (check its spelling in docs/data.md)"
        in _problems(data_dir)
    )


def test_row_with_wrong_cell_count_is_named(data_dir):
    _rewrite(data_dir / "techniques.csv", lambda rows: rows[2].append("extra"))
    assert "data/techniques.csv, line 3: has 8 cells but the header has 7 columns" in _problems(data_dir)


def test_missing_file_is_named(data_dir):
    (data_dir / "conditions.csv").unlink()
    problems = _problems(data_dir)
    assert "data/conditions.csv: the file is missing" in problems


def test_empty_file_is_named(data_dir):
    (data_dir / "techniques.csv").write_text("")
    assert "data/techniques.csv, line 1: the file is empty: it needs a header row" in _problems(data_dir)


def test_file_that_is_not_utf8_is_named(data_dir):
    (data_dir / "conditions.csv").write_bytes("key,name\nx,Caf\xe9\n".encode("latin-1"))
    assert (
        "data/conditions.csv, line 2, column 'name': is not UTF-8 text: the byte 0xE9 (character 4 of this cell)"
        " cannot be read; save the file as CSV UTF-8"
    ) in _problems(data_dir)


def test_line_numbers_count_quoted_line_breaks(data_dir):
    _rewrite(data_dir / "conditions.csv", lambda rows: rows[1].__setitem__(2, "two\nlines"))
    _rewrite(data_dir / "conditions.csv", lambda rows: rows[2].__setitem__(1, ""))
    assert "data/conditions.csv, line 4, column 'name': is empty but must be filled in" in _problems(data_dir)


def test_every_problem_is_listed_at_once(data_dir):
    _rewrite(data_dir / "trigger_points.csv", lambda rows: rows[1].__setitem__(rows[0].index("y"), "high"))
    _rewrite(data_dir / "techniques.csv", lambda rows: rows[3].__setitem__(2, "maybe"))
    with pytest.raises(DataError) as caught:
        load_dataset(data_dir)
    message = str(caught.value)
    assert message.startswith("The data files have 2 problems:")
    assert "data/trigger_points.csv, line 2, column 'y'" in message
    assert "data/techniques.csv, line 4, column 'kind'" in message


def test_blank_lines_are_skipped_not_errors(data_dir):
    path = data_dir / "conditions.csv"
    path.write_text(path.read_text() + "\n,,,\n")
    assert len(load_dataset(data_dir).conditions) == 3


def _replace(file: str, old: bytes, new: bytes):
    """A change to a file's bytes: its first `old` becomes `new`."""

    def change(data_dir: Path) -> None:
        path = data_dir / file
        data = path.read_bytes()
        assert old in data, f"{old!r} is not in {file}"
        path.write_bytes(data.replace(old, new, 1))

    return change


def _header_only(file: str, after: str = "\n"):
    """A change that keeps only a file's header row, followed by `after`."""

    def change(data_dir: Path) -> None:
        path = data_dir / file
        path.write_text(path.read_text().split("\n", 1)[0] + after)

    return change


def _root_problems(data_dir: Path) -> tuple[list[str], list[str]]:
    with pytest.raises(DataError) as caught:
        load_dataset(data_dir)
    return [str(p) for p in caught.value.problems], [str(p) for p in caught.value.consequences]


UNTERMINATED = "; the rows after it were not checked"
# Files that are not sound text or CSV. Each names exactly its root problems, with file, line, column and what is
# wrong; "Stiff neck" is the name on line 3 of conditions.csv, "Pincer grip" the name on line 3 of techniques.csv.
UNREADABLE_FILES = [
    (
        "cell over 128 kB",
        _replace("conditions.csv", b"Stiff neck", b"x" * 140_000),
        [f"data/conditions.csv, line 3, column 'name': this cell is longer than 128 kB{UNTERMINATED}"],
    ),
    (
        "quoted cell over 128 kB over many lines names the line it starts on",
        _replace("conditions.csv", b"Stiff neck", b'"' + (b"y" * 999 + b"\n") * 140 + b'"'),
        [f"data/conditions.csv, line 3, column 'name': this cell is longer than 128 kB{UNTERMINATED}"],
    ),
    (
        "cell over 128 kB in the header",
        _replace("techniques.csv", b",kind,", b",kind" + b"k" * 131_073 + b","),
        [f"data/techniques.csv, line 1: cell 3 is longer than 128 kB{UNTERMINATED}"],
    ),
    (
        "quote never closed",
        _replace("conditions.csv", b"Stiff neck", b'"Stiff neck'),
        [
            f"data/conditions.csv, line 3, column 'name': this cell opens a quote (\") that is never closed{UNTERMINATED}"
        ],
    ),
    (
        "text after a closing quote",
        _replace("conditions.csv", b"Stiff neck", b'"Stiff" neck'),
        [
            "data/conditions.csv, line 3, column 'name': this cell has text after its closing quote"
            f' (a quote inside a cell is written twice: ""){UNTERMINATED}'
        ],
    ),
    (
        "quote never closed in the header",
        _replace("techniques.csv", b"key,name", b'key,"name'),
        [f'data/techniques.csv, line 1: cell 2 opens a quote (") that is never closed{UNTERMINATED}'],
    ),
    (
        "quote in the header closed by the next quote in the file",
        _replace("conditions.csv", b"key,name", b'key,"name'),
        [
            "data/conditions.csv, line 1: cell 2 has text after its closing quote"
            f' (a quote inside a cell is written twice: ""){UNTERMINATED}'
        ],
    ),
    (
        "duplicated header column",
        _replace("conditions.csv", b"red_flags,felt_in", b"red_flags,name"),
        ["data/conditions.csv, line 1, column 'name': this column is in the header twice (cells 2 and 5)"],
    ),
    (
        "column three times in the header",
        _replace("techniques.csv", b"key,name,kind,summary", b"key,dose,kind,dose"),
        [
            "data/techniques.csv, line 1, column 'name': this required column is missing from the header",
            "data/techniques.csv, line 1, column 'summary': this required column is missing from the header",
            "data/techniques.csv, line 1, column 'dose': this column is in the header 3 times (cells 2, 4 and 6)",
        ],
    ),
    (
        "header cell without a name",
        _replace("techniques.csv", b"contraindications\n", b"contraindications,\n"),
        ["data/techniques.csv, line 1: a header cell has no column name (cell 8)"],
    ),
    (
        "trigger points with only a header",
        _header_only("trigger_points.csv"),
        ["data/trigger_points.csv: has no rows: the app needs at least one below the header"],
    ),
    (
        "trigger points with a header and blank lines",
        _header_only("trigger_points.csv", "\n\n,,,\n"),
        ["data/trigger_points.csv: has no rows: the app needs at least one below the header"],
    ),
    (
        "regions with only a header",
        _header_only("body_regions.csv"),
        ["data/body_regions.csv: has no rows: the app needs at least one below the header"],
    ),
    (
        "techniques with only a header",
        _header_only("techniques.csv"),
        ["data/techniques.csv: has no rows: the app needs at least one below the header"],
    ),
    (
        "NUL in a cell",
        _replace("conditions.csv", b"Stiff neck", b"Stiff\x00neck"),
        [
            "data/conditions.csv, line 3, column 'name': contains the invisible control character U+0000"
            " (character 6 of this cell); delete it"
        ],
    ),
    (
        "terminal escape in a cell",
        _replace("techniques.csv", b"Pincer grip", b"\x1b[31mPincer grip"),
        [
            "data/techniques.csv, line 3, column 'name': contains the invisible control character U+001B"
            " (character 1 of this cell); delete it"
        ],
    ),
    (
        "C1 control in a cell",
        _replace("techniques.csv", b"Pincer grip", "Pincer\x85grip".encode()),
        [
            "data/techniques.csv, line 3, column 'name': contains the invisible control character U+0085"
            " (character 7 of this cell); delete it"
        ],
    ),
    (
        "bidirectional override in a cell",
        _replace("trigger_points.csv", b"Upper trapezius", "Upper \u202etrapezius".encode()),
        [
            "data/trigger_points.csv, line 2, column 'muscle': contains the invisible bidirectional control"
            " character U+202E (character 7 of this cell); delete it"
        ],
    ),
    (
        "NUL on the second line of a quoted cell names that line",
        _replace("conditions.csv", b"A steady, band-like", b"A steady,\nband-like\x00"),
        [
            "data/conditions.csv, line 3, column 'description': contains the invisible control character U+0000"
            " (character 20 of this cell); delete it"
        ],
    ),
    (
        "NUL in the header",
        _replace("conditions.csv", b"key,name", b"key,na\x00me"),
        [
            "data/conditions.csv, line 1: contains the invisible control character U+0000 (character 3 of cell 2); delete it"
        ],
    ),
    (
        "byte that is not UTF-8",
        _replace("conditions.csv", b"Stiff neck", b"Stiff \xe9neck"),
        [
            "data/conditions.csv, line 3, column 'name': is not UTF-8 text: the byte 0xE9 (character 7 of this cell)"
            " cannot be read; save the file as CSV UTF-8"
        ],
    ),
    (
        "UTF-8 cut short at the end of a line",
        _replace("techniques.csv", b"Broken skin\n", "Broken skin \u2013".encode()[:-1] + b"\n"),
        [
            "data/techniques.csv, line 3, column 'contraindications': is not UTF-8 text: the byte 0xE2"
            " (character 13 of this cell) cannot be read; save the file as CSV UTF-8"
        ],
    ),
    (
        "byte that is not UTF-8 in a row with too many cells",
        _replace("conditions.csv", b"Stiff neck", b"Stiff,\xffneck"),
        [
            "data/conditions.csv, line 3: is not UTF-8 text: the byte 0xFF (character 1 of cell 3) cannot be read;"
            " save the file as CSV UTF-8",
            "data/conditions.csv, line 3: has 6 cells but the header has 5 columns",
        ],
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"), [c[1:] for c in UNREADABLE_FILES], ids=[c[0] for c in UNREADABLE_FILES]
)
def test_unreadable_file_is_named_exactly(data_dir, change, expected):
    change(data_dir)
    problems, _ = _root_problems(data_dir)
    assert problems == expected


def test_cell_limit_holds_when_the_process_raised_the_csv_limit(data_dir):
    """The csv module's limit is process-wide; the loader's own limit does not move with it."""
    _replace("conditions.csv", b"Stiff neck", b"x" * 140_000)(data_dir)
    before = csv.field_size_limit(10_000_000)
    try:
        problems, _ = _root_problems(data_dir)
    finally:
        csv.field_size_limit(before)
    assert problems == ["data/conditions.csv, line 3, column 'name': this cell is longer than 128 kB"]


def test_conditions_may_be_empty(data_dir):
    """Conditions are optional on a point, so a header-only conditions.csv is a dataset without any."""
    _header_only("conditions.csv")(data_dir)
    _rewrite(data_dir / "trigger_points.csv", lambda rows: [row.__setitem__(13, "") for row in rows[1:]])
    assert len(load_dataset(data_dir).conditions) == 0


def test_only_the_first_cell_that_is_not_utf8_is_listed(data_dir):
    (data_dir / "conditions.csv").write_bytes(
        (data_dir / "conditions.csv")
        .read_bytes()
        .replace(b"Stiff neck", b"Stiff n\xe9ck")
        .replace(b"Tennis", b"T\xe9nnis")
    )
    problems, consequences = _root_problems(data_dir)
    assert problems == [
        "data/conditions.csv, line 3, column 'name': is not UTF-8 text: the byte 0xE9 (character 8 of this cell)"
        " cannot be read; save the file as CSV UTF-8"
    ]
    assert consequences == [
        "data/conditions.csv, line 4, column 'name': is not UTF-8 text: the byte 0xE9 (character 2 of this cell)"
        " cannot be read; save the file as CSV UTF-8",
        # The broken row's key is linked from two points: those links follow from it.
        "data/trigger_points.csv, line 2, column 'conditions': 'stiff-neck' is not a key of data/conditions.csv",
        "data/trigger_points.csv, line 4, column 'conditions': 'tennis-elbow' is not a key of data/conditions.csv",
    ]


def test_message_never_prints_a_control_character(data_dir):
    _replace("techniques.csv", b"self_care,Squeeze", b"\x1b[2J\x00,Squeeze")(data_dir)
    with pytest.raises(DataError) as caught:
        load_dataset(data_dir)
    message = str(caught.value)
    assert "\x1b" not in message and "\x00" not in message
    assert all(line.isprintable() for line in message.splitlines())


def _technique_links(data_dir: Path) -> int:
    with open(data_dir / "trigger_points.csv", encoding="utf-8", newline="") as handle:
        return sum(len(row["techniques"].split(";")) for row in csv.DictReader(handle))


def test_missing_file_folds_the_links_into_it(data_dir):
    (data_dir / "techniques.csv").unlink()
    with pytest.raises(DataError) as caught:
        load_dataset(data_dir)
    error = caught.value
    assert [str(p) for p in error.problems] == ["data/techniques.csv: the file is missing"]
    assert len(error.consequences) == _technique_links(data_dir) == 7
    assert {(p.file, p.column) for p in error.consequences} == {("data/trigger_points.csv", "techniques")}
    assert str(error) == (
        "The data files have 1 problem:\n"
        "  - data/techniques.csv: the file is missing\n"
        "  … and 7 more problems caused by the problems above"
    )


def test_broken_region_row_is_the_only_root_problem(data_dir):
    _rewrite(data_dir / "body_regions.csv", lambda rows: rows[1].__setitem__(2, "middle"))
    problems, consequences = _root_problems(data_dir)
    assert problems == [
        "data/body_regions.csv, line 2, column 'side': Input should be 'left' or 'right' (got 'middle')"
    ]
    assert consequences == ["data/body_regions.csv, line 3, column 'side': area 'crown' has no right-side region"]


def test_broken_region_row_in_the_real_data_is_one_problem(tmp_path):
    """The issue's case: one bad region row once gave 388 follow-on problems."""
    data_dir = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data_dir)
    _rewrite(data_dir / "body_regions.csv", lambda rows: rows[1].__setitem__(2, "middle"))
    with pytest.raises(DataError) as caught:
        load_dataset(data_dir)
    assert str(caught.value).startswith(
        "The data files have 1 problem:\n"
        "  - data/body_regions.csv, line 2, column 'side': Input should be 'left' or 'right' (got 'middle')\n"
        "  … and "
    )


def _edit(file: str, change):
    """A change that applies `change(rows)` to one CSV of a data folder."""
    return lambda data_dir: _rewrite(data_dir / file, change)


def _break_both_temple_regions(rows):
    for row in rows[1:]:
        if row[1] == "temple":
            row[4] = ""  # label


LINKS = [
    (
        "a point linking an area that is nowhere in the file is a root problem beside a broken region",
        [
            _edit("body_regions.csv", lambda rows: rows[1].__setitem__(2, "middle")),
            _edit("trigger_points.csv", lambda rows: rows[1].__setitem__(9, "side-of-neck;elbw")),
        ],
        [
            "data/body_regions.csv, line 2, column 'side': Input should be 'left' or 'right' (got 'middle')",
            "data/trigger_points.csv, line 2, column 'referral_primary': 'elbw' is not an area of data/body_regions.csv",
        ],
        ["data/body_regions.csv, line 3, column 'side': area 'crown' has no right-side region"],
    ),
    (
        "links to an area whose rows are all broken follow from them",
        [_edit("body_regions.csv", _break_both_temple_regions)],
        [
            "data/body_regions.csv, line 6, column 'label': is empty but must be filled in",
            "data/body_regions.csv, line 7, column 'label': is empty but must be filled in",
        ],
        [
            "data/conditions.csv, line 2, column 'felt_in': 'temple' is not an area of data/body_regions.csv",
            "data/trigger_points.csv, line 2, column 'referral_primary': 'temple' is not an area of"
            " data/body_regions.csv",
        ],
    ),
    (
        "a point linking a technique whose row is broken follows from it",
        [_edit("techniques.csv", lambda rows: rows[3].__setitem__(2, "diy"))],
        ["data/techniques.csv, line 4, column 'kind': Input should be 'self_care' or 'professional' (got 'diy')"],
        [
            f"data/trigger_points.csv, line {line}, column 'techniques': 'dry-needling' is not a key of"
            " data/techniques.csv"
            for line in (2, 3, 4)
        ],
    ),
    (
        "a point off the figure follows from a broken region it may lie in",
        [
            _edit("body_regions.csv", lambda rows: rows[1].__setitem__(7, "1,1 2,x 3,3")),
            _edit("trigger_points.csv", lambda rows: rows[1].__setitem__(5, "5")),
        ],
        [
            "data/body_regions.csv, line 2, column 'points': '2,x' is not a point written as x,y (got '1,1 2,x 3,3')",
        ],
        [
            "data/body_regions.csv, line 3, column 'side': area 'crown' has no right-side region",
            "data/trigger_points.csv, line 2, column 'x': (5, 158) is not inside the person's right side on the back"
            " view",
        ],
    ),
]


@pytest.mark.parametrize(("edits", "roots", "consequences"), [c[1:] for c in LINKS], ids=[c[0] for c in LINKS])
def test_links_into_broken_rows_follow_from_them(data_dir, edits, roots, consequences):
    for edit in edits:
        edit(data_dir)
    assert _root_problems(data_dir) == (roots, consequences)


def test_links_into_a_file_read_only_in_part_follow_from_it(data_dir):
    _replace("body_regions.csv", b"Crown of the head", b'"Crown" of the head')(data_dir)
    with pytest.raises(DataError) as caught:
        load_dataset(data_dir)
    assert [str(p) for p in caught.value.problems] == [
        "data/body_regions.csv, line 2, column 'label': this cell has text after its closing quote"
        f' (a quote inside a cell is written twice: ""){UNTERMINATED}'
    ]
    # Every area a condition or point names, and every point's place, could be in the rows not read.
    assert {(p.file, p.column) for p in caught.value.consequences} == {
        ("data/conditions.csv", "felt_in"),
        ("data/trigger_points.csv", "referral_primary"),
        ("data/trigger_points.csv", "referral_spillover"),
        ("data/trigger_points.csv", "x"),
    }


@pytest.mark.parametrize(
    "command", [["app.py"], ["-c", "import wsgi"]], ids=["python app.py", "gunicorn's wsgi module"]
)
@pytest.mark.parametrize(
    ("break_data", "expected"),
    [
        (
            lambda data_dir: _rewrite(data_dir / "trigger_points.csv", lambda rows: rows[1].__setitem__(5, "left")),
            ["The data files have 1 problem:", "data/trigger_points.csv, line 2, column 'x'"],
        ),
        (
            lambda data_dir: (
                (data_dir / "techniques.csv").unlink(),
                _replace("conditions.csv", b"Stiff neck", b"x" * 140_000)(data_dir),
                _replace("body_regions.csv", b"Crown of the head", b"Crown\x00\xff")(data_dir),
            ),
            [
                "The data files have 3 problems:",
                "data/body_regions.csv, line 2, column 'label': contains the invisible control character U+0000",
                "data/conditions.csv, line 3, column 'name': this cell is longer than 128 kB",
                "data/techniques.csv: the file is missing",
                "more problems caused by the problems above",
            ],
        ),
    ],
    ids=["bad cell", "huge cell, NUL and a missing file"],
)
def test_app_refuses_to_start_on_broken_data(data_dir, command, break_data, expected):
    break_data(data_dir)
    result = subprocess.run(
        [sys.executable, *command],
        cwd=ROOT,
        env={"TRIGGER_POINT_DATA": str(data_dir), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    for text in expected:
        assert text in result.stderr
    assert "Traceback" not in result.stderr
