"""Loading, when something is broken: the root problems are listed and what follows from them is folded
(links into broken rows, missing files and files read only in part)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from tests.broken_data import (
    UNTERMINATED,
    edit_rows,
    load_error,
    problems_and_consequences,
    replace_bytes,
    rewrite,
)
from triggerpoints.data import DEFAULT_DATA_DIR


def _technique_links(data_dir: Path) -> int:
    with open(data_dir / "trigger_points.csv", encoding="utf-8", newline="") as handle:
        return sum(len(row["techniques"].split(";")) for row in csv.DictReader(handle))


def test_missing_file_folds_the_links_into_it(data_dir):
    (data_dir / "techniques.csv").unlink()
    error = load_error(data_dir)
    assert [str(p) for p in error.problems] == ["data/techniques.csv: the file is missing"]
    assert len(error.consequences) == _technique_links(data_dir) == 7
    assert {(p.file, p.column) for p in error.consequences} == {("data/trigger_points.csv", "techniques")}
    assert str(error) == (
        "The data files have 1 problem:\n"
        "  - data/techniques.csv: the file is missing\n"
        "  … and 7 more problems caused by the problems above"
    )


def test_broken_region_row_is_the_only_root_problem(data_dir):
    rewrite(data_dir / "body_regions.csv", lambda rows: rows[1].__setitem__(2, "middle"))
    problems, consequences = problems_and_consequences(data_dir)
    assert problems == [
        "data/body_regions.csv, line 2, column 'side': Input should be 'left' or 'right' (got 'middle')"
    ]
    assert consequences == ["data/body_regions.csv, line 3, column 'side': area 'crown' has no right-side region"]


def test_broken_region_row_in_the_real_data_is_one_problem(tmp_path):
    """The issue's case: one bad region row once gave 388 follow-on problems."""
    data_dir = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data_dir)
    rewrite(data_dir / "body_regions.csv", lambda rows: rows[1].__setitem__(rows[0].index("side"), "middle"))
    error = load_error(data_dir)
    assert str(error).startswith(
        "The data files have 1 problem:\n"
        "  - data/body_regions.csv, line 2, column 'side': Input should be 'left' or 'right' (got 'middle')\n"
        "  … and "
    )


def _break_both_temple_regions(rows):
    for row in rows[1:]:
        if row[1] == "temple":
            row[4] = ""  # label


LINKS = [
    (
        "a point linking an area that is nowhere in the file is a root problem beside a broken region",
        [
            edit_rows("body_regions.csv", lambda rows: rows[1].__setitem__(2, "middle")),
            edit_rows(
                "trigger_points.csv",
                lambda rows: rows[1].__setitem__(rows[0].index("referral_primary"), "side-of-neck;elbw"),
            ),
        ],
        [
            "data/body_regions.csv, line 2, column 'side': Input should be 'left' or 'right' (got 'middle')",
            "data/trigger_points.csv, line 2, column 'referral_primary': 'elbw' is not an area of data/body_regions.csv",
        ],
        ["data/body_regions.csv, line 3, column 'side': area 'crown' has no right-side region"],
    ),
    (
        "links to an area whose rows are all broken follow from them",
        [edit_rows("body_regions.csv", _break_both_temple_regions)],
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
        [edit_rows("techniques.csv", lambda rows: rows[3].__setitem__(2, "diy"))],
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
            edit_rows("body_regions.csv", lambda rows: rows[1].__setitem__(7, "1,1 2,x 3,3")),
            edit_rows("trigger_points.csv", lambda rows: rows[1].__setitem__(rows[0].index("x"), "5")),
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
    assert problems_and_consequences(data_dir) == (roots, consequences)


def test_links_into_a_file_read_only_in_part_follow_from_it(data_dir):
    replace_bytes("body_regions.csv", b"Crown of the head", b'"Crown" of the head')(data_dir)
    error = load_error(data_dir)
    assert [str(p) for p in error.problems] == [
        "data/body_regions.csv, line 2, column 'label': this cell has text after its closing quote"
        f' (a quote inside a cell is written twice: ""){UNTERMINATED}'
    ]
    # Every area a condition or point names, and every point's place, could be in the rows not read.
    assert {(p.file, p.column) for p in error.consequences} == {
        ("data/conditions.csv", "felt_in"),
        ("data/trigger_points.csv", "referral_primary"),
        ("data/trigger_points.csv", "referral_spillover"),
        ("data/trigger_points.csv", "x"),
    }
