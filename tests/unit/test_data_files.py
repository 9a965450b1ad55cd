"""Loading files that are not sound text or CSV (the text-level reading of triggerpoints/csv_text.py): huge cells,
quoting, header rows, control characters, bytes that are not UTF-8; each is named by file, line and column."""

from __future__ import annotations

import csv

import pytest

from tests.broken_data import (
    UNTERMINATED,
    header_only,
    load_error,
    problems_and_consequences,
    replace_bytes,
    rewrite,
)
from triggerpoints.data import load_dataset

# Files that are not sound text or CSV. Each names exactly its root problems, with file, line, column and what is
# wrong; "Stiff neck" is the name on line 3 of conditions.csv, "Pincer grip" the name on line 3 of techniques.csv.
UNREADABLE_FILES = [
    (
        "cell over 128 kB",
        replace_bytes("conditions.csv", b"Stiff neck", b"x" * 140_000),
        [f"data/conditions.csv, line 3, column 'name': this cell is longer than 128 kB{UNTERMINATED}"],
    ),
    (
        "quoted cell over 128 kB over many lines names the line it starts on",
        replace_bytes("conditions.csv", b"Stiff neck", b'"' + (b"y" * 999 + b"\n") * 140 + b'"'),
        [f"data/conditions.csv, line 3, column 'name': this cell is longer than 128 kB{UNTERMINATED}"],
    ),
    (
        "cell over 128 kB in the header",
        replace_bytes("techniques.csv", b",kind,", b",kind" + b"k" * 131_073 + b","),
        [f"data/techniques.csv, line 1: cell 3 is longer than 128 kB{UNTERMINATED}"],
    ),
    (
        "quote never closed",
        replace_bytes("conditions.csv", b"Stiff neck", b'"Stiff neck'),
        [
            f"data/conditions.csv, line 3, column 'name': this cell opens a quote (\") that is never closed{UNTERMINATED}"
        ],
    ),
    (
        "text after a closing quote",
        replace_bytes("conditions.csv", b"Stiff neck", b'"Stiff" neck'),
        [
            "data/conditions.csv, line 3, column 'name': this cell has text after its closing quote"
            f' (a quote inside a cell is written twice: ""){UNTERMINATED}'
        ],
    ),
    (
        "quote never closed in the header",
        replace_bytes("techniques.csv", b"key,name", b'key,"name'),
        [f'data/techniques.csv, line 1: cell 2 opens a quote (") that is never closed{UNTERMINATED}'],
    ),
    (
        "quote in the header closed by the next quote in the file",
        replace_bytes("conditions.csv", b"key,name", b'key,"name'),
        [
            "data/conditions.csv, line 1: cell 2 has text after its closing quote"
            f' (a quote inside a cell is written twice: ""){UNTERMINATED}'
        ],
    ),
    (
        "duplicated header column",
        replace_bytes("conditions.csv", b"red_flags,felt_in", b"red_flags,name"),
        ["data/conditions.csv, line 1, column 'name': this column is in the header twice (cells 2 and 5)"],
    ),
    (
        "column three times in the header",
        replace_bytes("techniques.csv", b"key,name,kind,summary", b"key,dose,kind,dose"),
        [
            "data/techniques.csv, line 1, column 'name': this required column is missing from the header",
            "data/techniques.csv, line 1, column 'summary': this required column is missing from the header",
            "data/techniques.csv, line 1, column 'dose': this column is in the header 3 times (cells 2, 4 and 6)",
        ],
    ),
    (
        "header cell without a name",
        replace_bytes("techniques.csv", b"contraindications\n", b"contraindications,\n"),
        ["data/techniques.csv, line 1: a header cell has no column name (cell 8)"],
    ),
    (
        "trigger points with only a header",
        header_only("trigger_points.csv"),
        ["data/trigger_points.csv: has no rows: the app needs at least one below the header"],
    ),
    (
        "trigger points with a header and blank lines",
        header_only("trigger_points.csv", "\n\n,,,\n"),
        ["data/trigger_points.csv: has no rows: the app needs at least one below the header"],
    ),
    (
        "regions with only a header",
        header_only("body_regions.csv"),
        ["data/body_regions.csv: has no rows: the app needs at least one below the header"],
    ),
    (
        "techniques with only a header",
        header_only("techniques.csv"),
        ["data/techniques.csv: has no rows: the app needs at least one below the header"],
    ),
    (
        "NUL in a cell",
        replace_bytes("conditions.csv", b"Stiff neck", b"Stiff\x00neck"),
        [
            "data/conditions.csv, line 3, column 'name': contains the invisible control character U+0000"
            " (character 6 of this cell); delete it"
        ],
    ),
    (
        "terminal escape in a cell",
        replace_bytes("techniques.csv", b"Pincer grip", b"\x1b[31mPincer grip"),
        [
            "data/techniques.csv, line 3, column 'name': contains the invisible control character U+001B"
            " (character 1 of this cell); delete it"
        ],
    ),
    (
        "C1 control in a cell",
        replace_bytes("techniques.csv", b"Pincer grip", "Pincer\x85grip".encode()),
        [
            "data/techniques.csv, line 3, column 'name': contains the invisible control character U+0085"
            " (character 7 of this cell); delete it"
        ],
    ),
    (
        "bidirectional override in a cell",
        replace_bytes("trigger_points.csv", b"trapezius;traps", "trapez\u202eius;traps".encode()),
        [
            "data/trigger_points.csv, line 2, column 'synonyms': contains the invisible bidirectional control"
            " character U+202E (character 7 of this cell); delete it"
        ],
    ),
    (
        "NUL on the second line of a quoted cell names that line",
        replace_bytes("conditions.csv", b"A steady, band-like", b"A steady,\nband-like\x00"),
        [
            "data/conditions.csv, line 3, column 'description': contains the invisible control character U+0000"
            " (character 20 of this cell); delete it"
        ],
    ),
    (
        "NUL in the header",
        replace_bytes("conditions.csv", b"key,name", b"key,na\x00me"),
        [
            "data/conditions.csv, line 1: contains the invisible control character U+0000 (character 3 of cell 2); delete it"
        ],
    ),
    (
        "byte that is not UTF-8",
        replace_bytes("conditions.csv", b"Stiff neck", b"Stiff \xe9neck"),
        [
            "data/conditions.csv, line 3, column 'name': is not UTF-8 text: the byte 0xE9 (character 7 of this cell)"
            " cannot be read; save the file as CSV UTF-8"
        ],
    ),
    (
        "UTF-8 cut short at the end of a line",
        replace_bytes("techniques.csv", b"Broken skin\n", "Broken skin \u2013".encode()[:-1] + b"\n"),
        [
            "data/techniques.csv, line 3, column 'contraindications': is not UTF-8 text: the byte 0xE2"
            " (character 13 of this cell) cannot be read; save the file as CSV UTF-8"
        ],
    ),
    (
        "byte that is not UTF-8 in a row with too many cells",
        replace_bytes("conditions.csv", b"Stiff neck", b"Stiff,\xffneck"),
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
    problems, _ = problems_and_consequences(data_dir)
    assert problems == expected


def test_cell_limit_holds_when_the_process_raised_the_csv_limit(data_dir):
    """The csv module's limit is process-wide; the loader's own limit does not move with it."""
    replace_bytes("conditions.csv", b"Stiff neck", b"x" * 140_000)(data_dir)
    before = csv.field_size_limit(10_000_000)
    try:
        problems, _ = problems_and_consequences(data_dir)
    finally:
        csv.field_size_limit(before)
    assert problems == ["data/conditions.csv, line 3, column 'name': this cell is longer than 128 kB"]


def test_conditions_may_be_empty(data_dir):
    """Conditions are optional on a point, so a header-only conditions.csv is a dataset without any."""
    header_only("conditions.csv")(data_dir)
    rewrite(
        data_dir / "trigger_points.csv",
        lambda rows: [row.__setitem__(rows[0].index("conditions"), "") for row in rows[1:]],
    )
    assert len(load_dataset(data_dir).conditions) == 0


def test_only_the_first_cell_that_is_not_utf8_is_listed(data_dir):
    (data_dir / "conditions.csv").write_bytes(
        (data_dir / "conditions.csv")
        .read_bytes()
        .replace(b"Stiff neck", b"Stiff n\xe9ck")
        .replace(b"Tennis", b"T\xe9nnis")
    )
    problems, consequences = problems_and_consequences(data_dir)
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
    replace_bytes("techniques.csv", b"self_care,Squeeze", b"\x1b[2J\x00,Squeeze")(data_dir)
    error = load_error(data_dir)
    message = str(error)
    assert "\x1b" not in message and "\x00" not in message
    assert all(line.isprintable() for line in message.splitlines())
