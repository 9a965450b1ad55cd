"""Loading the fine atlas: the optional `group` column of body_regions.csv and the optional point positions file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.broken_data import (
    problems_named,
    rewrite,
)
from triggerpoints.data import load_dataset


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
