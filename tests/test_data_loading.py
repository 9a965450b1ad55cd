"""Loading: good data loads; each kind of broken file stops loading with file, line, column and problem."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from triggerpoints.data import DataError, load_dataset


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
    assert any(p.startswith("data/conditions.csv: is not UTF-8 text") for p in _problems(data_dir))


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


def test_app_refuses_to_start_on_broken_data(data_dir, tmp_path):
    import subprocess
    import sys

    _rewrite(data_dir / "trigger_points.csv", lambda rows: rows[1].__setitem__(rows[0].index("x"), "left"))
    result = subprocess.run(
        [sys.executable, "-c", "import app"],
        cwd=Path(__file__).parent.parent,
        env={"TRIGGER_POINT_DATA": str(data_dir), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "data/trigger_points.csv, line 2, column 'x'" in result.stderr
    assert "Traceback" not in result.stderr
