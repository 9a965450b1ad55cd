"""Loading: good data loads; each broken cell, column, row or file stops loading with file, line, column and
problem, every problem at once; links into broken rows or files follow from them rather than being listed again.
(Files that are not sound text or CSV: test_data_files.py; consequences folded: test_data_consequences.py;
the fine atlas's columns and files: test_data_atlas.py.)"""

from __future__ import annotations

import pandas as pd
import pytest

from tests.broken_data import (
    load_error,
    problems_named,
    rewrite,
    set_cell,
)
from tests.paths import FIXTURE_DATA
from triggerpoints.data import DEFAULT_DATA_DIR, FILES, MODELS, load_dataset


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
    for kind, file in FILES.items():
        model, fields = MODELS[kind], MODELS[kind].model_fields
        frame = pd.read_csv(folder / file, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8")
        expected = []
        for row in frame.to_dict("records"):
            filled = {column: cell for column, cell in row.items() if cell.strip() or fields[column].is_required()}
            expected.append(model.model_validate(filled))
        assert _as_loaded(dataset, kind, expected) == _as_loaded(dataset, kind, None), file


def _as_loaded(dataset, kind: str, rows: list | None) -> list:
    """Rows as the dataset holds them (None: the dataset's own): a region's rows joined into one Region (an
    outline per view), group names in the zones and felt_in written as their areas."""
    if kind == "regions":
        if rows is None:
            return [(r.region_id, r.area, r.group, r.label, r.clinical_label, r.nav_area, dict(r.outlines))
                    for r in dataset.regions.values()]  # fmt: skip
        joined: dict[str, tuple] = {}
        for r in rows:
            joined.setdefault(r.region_id, (r.region_id, r.area, r.group or r.area, r.label, r.clinical_label,
                                            r.nav_area, {}))[-1][r.view] = r.points  # fmt: skip
        return list(joined.values())
    if rows is None:
        return [row.model_dump() for row in getattr(dataset, kind).values()]
    lists = {"points": ("referral_primary", "referral_spillover"), "conditions": ("felt_in",)}.get(kind, ())
    return [row.model_copy(update={c: dataset.expand_areas(getattr(row, c)) for c in lists}).model_dump()
            for row in rows]  # fmt: skip


BROKEN_CELLS = [
    (
        set_cell("conditions.csv", 2, "felt_in", "templ"),
        "data/conditions.csv, line 2, column 'felt_in': 'templ' is not an area of data/body_regions.csv",
    ),
    (
        set_cell("trigger_points.csv", 2, "self_care_friendly", "maybe"),
        "data/trigger_points.csv, line 2, column 'self_care_friendly': Input should be a valid boolean",
    ),
    (
        set_cell("trigger_points.csv", 2, "x", "12a"),
        "data/trigger_points.csv, line 2, column 'x': Input should be a valid number",
    ),
    (
        set_cell("trigger_points.csv", 3, "muscle", ""),
        "data/trigger_points.csv, line 3, column 'muscle': is empty but must be filled in",
    ),
    (
        set_cell("trigger_points.csv", 3, "id", "upper-trapezius-1"),
        "data/trigger_points.csv, line 3, column 'id': 'upper-trapezius-1' is used again (first on line 2)",
    ),
    (
        set_cell("trigger_points.csv", 2, "id", "Upper Trap"),
        "data/trigger_points.csv, line 2, column 'id': must be lowercase words joined by hyphens",
    ),
    (
        set_cell("trigger_points.csv", 2, "referral_primary", "temple;elbw"),
        "data/trigger_points.csv, line 2, column 'referral_primary': 'elbw' is not an area of data/body_regions.csv",
    ),
    (
        set_cell("trigger_points.csv", 2, "referral_spillover", "temple"),
        "data/trigger_points.csv, line 2, column 'referral_spillover': 'temple' is already an essential zone",
    ),
    (
        set_cell("trigger_points.csv", 4, "conditions", "golf"),
        "data/trigger_points.csv, line 4, column 'conditions': 'golf' is not a key of data/conditions.csv",
    ),
    (
        set_cell("trigger_points.csv", 4, "techniques", "cupping"),
        "data/trigger_points.csv, line 4, column 'techniques': 'cupping' is not a key of data/techniques.csv",
    ),
    (
        set_cell("trigger_points.csv", 2, "view", "side"),
        "data/trigger_points.csv, line 2, column 'view': Input should be 'front' or 'back'",
    ),
    (
        set_cell("trigger_points.csv", 2, "x", "5"),
        "data/trigger_points.csv, line 2, column 'x': (5, 158) is not inside the person's right side on the back view",
    ),
    (
        set_cell("trigger_points.csv", 2, "x", "472"),
        "data/trigger_points.csv, line 2, column 'x': (472, 158) is not inside the person's right side",
    ),
    (
        set_cell("trigger_points.csv", 2, "nav_area", "legs"),
        "data/trigger_points.csv, line 2, column 'nav_area': 'legs' is not one of",
    ),
    (
        set_cell("trigger_points.csv", 2, "sources", " ; "),
        "data/trigger_points.csv, line 2, column 'sources': must list at least one item",
    ),
    (
        set_cell("techniques.csv", 2, "kind", "diy"),
        "data/techniques.csv, line 2, column 'kind': Input should be 'self_care' or 'professional'",
    ),
    (
        set_cell("conditions.csv", 3, "red_flags", ""),
        "data/conditions.csv, line 3, column 'red_flags': is empty but must be filled in",
    ),
    (
        set_cell("body_regions.csv", 2, "side", "middle"),
        "data/body_regions.csv, line 2, column 'side': Input should be 'left' or 'right'",
    ),
    (
        set_cell("body_regions.csv", 2, "region_id", "crown-l"),
        "data/body_regions.csv, line 2, column 'region_id': must be 'crown-right' (area-side)",
    ),
    (
        set_cell("body_regions.csv", 2, "points", "1,1 2,2"),
        "data/body_regions.csv, line 2, column 'points': needs at least 3 points",
    ),
    (
        set_cell("body_regions.csv", 2, "points", "1,1 2,x 3,3"),
        "data/body_regions.csv, line 2, column 'points': '2,x' is not a point written as x,y",
    ),
    (
        set_cell("body_regions.csv", 2, "points", "1,1 2,2 1000,3"),
        "data/body_regions.csv, line 2, column 'points': '1000,3' is off the figure (x from 0 to 990, y from -10 to 880)",
    ),
    (
        # A far-off outline once broke the geometry with a GEOSException instead of naming the cell.
        set_cell("body_regions.csv", 2, "points", f"1{'0' * 308},1 -1{'0' * 308},2 3,1{'0' * 308}"),
        "data/body_regions.csv, line 2, column 'points': '10000000000",
    ),
    (
        set_cell("trigger_points.csv", 2, "y", "inf"),
        "data/trigger_points.csv, line 2, column 'y': Input should be a finite number",
    ),
    (
        set_cell("body_regions.csv", 2, "points", "0,0 10,10 10,0 0,10"),
        "data/body_regions.csv, line 2, column 'points': the outline crosses itself",
    ),
    (
        set_cell("body_regions.csv", 2, "nav_area", "head"),
        "data/body_regions.csv, line 2, column 'nav_area': 'head' is not one of",
    ),
    (
        set_cell("body_regions.csv", 2, "view", "front"),
        "data/body_regions.csv, line 2, column 'side': area 'crown' has no left-side outline on the front view",
    ),
    (
        set_cell("body_regions.csv", 3, "view", "side"),
        "data/body_regions.csv, line 3, column 'side': the side view shows the person's right side only",
    ),
    (
        set_cell("body_regions.csv", 2, "view", "top"),
        "data/body_regions.csv, line 2, column 'view': Input should be 'front', 'back' or 'side' (got 'top')",
    ),
    (
        set_cell("trigger_points.csv", 2, "view", "side"),
        "data/trigger_points.csv, line 2, column 'view': Input should be 'front' or 'back' (got 'side')",
    ),
]


@pytest.mark.parametrize(("change", "expected"), BROKEN_CELLS, ids=[e[:70] for _, e in BROKEN_CELLS])
def test_broken_cell_is_named(data_dir, change, expected):
    file, edit = change
    rewrite(data_dir / file, edit)
    problems = problems_named(data_dir)
    assert any(p.startswith(expected) for p in problems), problems


def test_missing_column_is_named(data_dir):
    rewrite(data_dir / "trigger_points.csv", lambda rows: [row.pop(rows[0].index("symptoms")) for row in rows[::-1]])
    assert problems_named(data_dir) == [
        "data/trigger_points.csv, line 1, column 'symptoms': this required column is missing from the header"
    ]


def test_unknown_column_is_named(data_dir):
    def add_column(rows):
        rows[0].append("colour")
        for row in rows[1:]:
            row.append("red")

    rewrite(data_dir / "conditions.csv", add_column)
    assert (
        "data/conditions.csv, line 1, column 'colour': unknown column (check its spelling in docs/data.md)"
        in problems_named(data_dir)
    )


def test_row_with_wrong_cell_count_is_named(data_dir):
    rewrite(data_dir / "techniques.csv", lambda rows: rows[2].append("extra"))
    assert "data/techniques.csv, line 3: has 8 cells but the header has 7 columns" in problems_named(data_dir)


def test_missing_file_is_named(data_dir):
    (data_dir / "conditions.csv").unlink()
    problems = problems_named(data_dir)
    assert "data/conditions.csv: the file is missing" in problems


def test_empty_file_is_named(data_dir):
    (data_dir / "techniques.csv").write_text("")
    assert "data/techniques.csv, line 1: the file is empty: it needs a header row" in problems_named(data_dir)


def test_file_that_is_not_utf8_is_named(data_dir):
    (data_dir / "conditions.csv").write_bytes("key,name\nx,Caf\xe9\n".encode("latin-1"))
    assert (
        "data/conditions.csv, line 2, column 'name': is not UTF-8 text: the byte 0xE9 (character 4 of this cell)"
        " cannot be read; save the file as CSV UTF-8"
    ) in problems_named(data_dir)


def test_line_numbers_count_quoted_line_breaks(data_dir):
    rewrite(data_dir / "conditions.csv", lambda rows: rows[1].__setitem__(2, "two\nlines"))
    rewrite(data_dir / "conditions.csv", lambda rows: rows[2].__setitem__(1, ""))
    assert "data/conditions.csv, line 4, column 'name': is empty but must be filled in" in problems_named(data_dir)


def test_every_problem_is_listed_at_once(data_dir):
    rewrite(data_dir / "trigger_points.csv", lambda rows: rows[1].__setitem__(rows[0].index("y"), "high"))
    rewrite(data_dir / "techniques.csv", lambda rows: rows[3].__setitem__(2, "maybe"))
    error = load_error(data_dir)
    message = str(error)
    assert message.startswith("The data files have 2 problems:")
    assert "data/trigger_points.csv, line 2, column 'y'" in message
    assert "data/techniques.csv, line 4, column 'kind'" in message


def test_blank_lines_are_skipped_not_errors(data_dir):
    path = data_dir / "conditions.csv"
    path.write_text(path.read_text() + "\n,,,\n")
    assert len(load_dataset(data_dir).conditions) == 3
