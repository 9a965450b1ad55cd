"""Loading: good data loads; each broken cell, column, row or file stops loading with file, line, column and
problem, every problem at once; links into broken rows or files follow from them rather than being listed again.
(Files that are not sound text or CSV: test_data_files.py.)"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pandas as pd
import pytest

from tests.broken_data import (
    UNTERMINATED,
    edit_rows,
    load_error,
    problems_and_consequences,
    problems_named,
    replace_bytes,
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
            edit_rows("trigger_points.csv", lambda rows: rows[1].__setitem__(9, "side-of-neck;elbw")),
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
            edit_rows("trigger_points.csv", lambda rows: rows[1].__setitem__(5, "5")),
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


# The fine atlas: an optional `group` column, and the optional point positions file.


def _add_groups(groups: dict[str, str]):
    """A change that adds body_regions.csv's `group` column, naming the group of some areas (the rest blank)."""

    def change(rows):
        rows[0].insert(2, "group")
        for row in rows[1:]:
            row.insert(2, groups.get(row[1], ""))

    return change


def test_a_group_column_gathers_areas_and_its_name_stands_for_them(data_dir):
    rewrite(data_dir / "body_regions.csv", _add_groups({"temple": "head", "forehead": "head"}))
    rewrite(data_dir / "conditions.csv", lambda rows: rows[1].__setitem__(rows[0].index("felt_in"), "head;jaw"))
    dataset = load_dataset(data_dir)
    assert dataset.groups["head"] == ("forehead", "temple") and dataset.groups["jaw"] == ("jaw",)
    assert dataset.regions["temple-left"].group == "head" and dataset.regions["jaw-left"].group == "jaw"
    felt = next(iter(dataset.conditions.values())).felt_in
    assert felt == ("forehead", "temple", "jaw"), "a group name in the data is loaded as its areas"
    assert dataset.regions_named("head-left") == ("forehead-left", "temple-left")
    assert dataset.zone_names(("temple", "forehead", "jaw")) == ("head", "jaw")


def test_an_area_may_not_share_the_name_of_a_wider_group(data_dir):
    rewrite(data_dir / "body_regions.csv", _add_groups({"forehead": "temple"}))
    problems = problems_named(data_dir)
    assert problems == [
        "data/body_regions.csv, line 6, column 'area': 'temple' is also the group of forehead: give this area a name"
        " of its own"
    ]


def test_an_area_keeps_one_group(data_dir):
    rewrite(data_dir / "body_regions.csv", _add_groups({"temple": "head"}))
    rewrite(data_dir / "body_regions.csv", lambda rows: rows[6].__setitem__(2, "face"))
    assert problems_named(data_dir) == [
        "data/body_regions.csv, line 7, column 'group': area 'temple' has 'head' on line 6"
    ]


def _write_positions(data_dir: Path, rows: list[str]) -> None:
    (data_dir / "point_positions.csv").write_text("id,view,x,y\n" + "\n".join(rows) + "\n", encoding="utf-8")


MAIN_VIEWS = ["upper-trapezius-1,back,548,158", "sternocleidomastoid-1,front,153,125",
              "extensor-carpi-radialis-brevis-1,back,618,330"]  # fmt: skip


def test_point_positions_place_each_x_on_its_views(data_dir):
    _write_positions(data_dir, ["upper-trapezius-1,back,550,160", *MAIN_VIEWS[1:]])
    dataset = load_dataset(data_dir)
    assert dataset.position("upper-trapezius-1", "right") == (550, 160), "the file wins over trigger_points.csv"
    assert dataset.position("upper-trapezius-1", "left") == (470, 160), "mirrored about the back view's centre"
    assert dataset.point_views("upper-trapezius-1", "right") == ("back",)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([*MAIN_VIEWS, "masseter-9,front,153,125"],
         "data/point_positions.csv, line 5, column 'id': 'masseter-9' is not a point of data/trigger_points.csv"),
        ([*MAIN_VIEWS, "upper-trapezius-1,back,549,158"],
         "data/point_positions.csv, line 5, column 'view': 'upper-trapezius-1' already has a back row (line 2)"),
        (["upper-trapezius-1,back,5,158", *MAIN_VIEWS[1:]],
         "data/point_positions.csv, line 2, column 'x': (5, 158) is not inside the person's right side on the back view"),
        (["upper-trapezius-1,back,472,158", *MAIN_VIEWS[1:]],
         "data/point_positions.csv, line 2, column 'x': (472, 158) is not inside the person's right side on the back"),
        (MAIN_VIEWS[1:],
         "data/trigger_points.csv, line 2, column 'view': 'upper-trapezius-1' has no row in data/point_positions.csv"
         " for its back view"),
        ([*MAIN_VIEWS, "upper-trapezius-1,side,x,158"],
         "data/point_positions.csv, line 5, column 'x': Input should be a valid number"),
    ],
)  # fmt: skip
def test_a_broken_position_is_named(data_dir, rows, expected):
    _write_positions(data_dir, rows)
    problems = problems_named(data_dir)
    assert any(p.startswith(expected) for p in problems), problems
