"""data/area_referrers.csv, the pain guides' lists of muscles per area: the bundled file loads and covers the body,
the loader names each broken row, and the file is optional."""

from __future__ import annotations

import pytest

from tests.broken_data import problems_and_consequences, problems_named
from triggerpoints.data import load_dataset

HEADER = "area,muscle,rank,sources\n"
SOURCE = "Travell & Simons vol. 1 (2nd ed., 1999) ch. 5 pain guide"


def _write(data_dir, *rows: str) -> None:
    (data_dir / "area_referrers.csv").write_text(HEADER + "".join(f'{row},"{SOURCE}"\n' for row in rows))


def test_the_fixture_data_loads_without_the_file(fixture_dataset):
    assert fixture_dataset.area_referrers == {}


def test_a_list_loads_by_area_with_each_muscles_rank(data_dir):
    _write(data_dir, "temple,trapezius,1", "temple,sternocleidomastoid,3", "jaw,trapezius,1")
    assert load_dataset(data_dir).area_referrers == {"temple": {"trapezius": 1, "sternocleidomastoid": 3},
                                                     "jaw": {"trapezius": 1}}  # fmt: skip


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (["tempel,trapezius,1"], "line 2, column 'area': 'tempel' is not an area or group of data/body_regions.csv"),
        (["temple,trapezoid,1"], "line 2, column 'muscle': 'trapezoid' is not a key of data/muscles.csv"),
        (["temple,trapezius,0"], "line 2, column 'rank': Input should be greater than or equal to 1 (got '0')"),
        (["temple,trapezius,first"], "line 2, column 'rank': Input should be a valid integer"),
        (["temple,trapezius,1", "temple,trapezius,2"],
         "line 3, column 'muscle': 'trapezius' is listed again for 'temple' (first on line 2)"),
        (["temple,trapezius,1", "temple,sternocleidomastoid,1"],
         "line 3, column 'rank': rank 1 is given again for 'temple' (first on line 2)"),
    ],
    ids=["unknown area", "unknown muscle", "rank below 1", "rank not a number", "muscle twice", "rank twice"],
)  # fmt: skip
def test_a_broken_row_is_named_by_line_and_column(data_dir, rows, expected):
    _write(data_dir, *rows)
    [problem] = problems_named(data_dir)
    assert problem.startswith(f"data/area_referrers.csv, {expected}")


def test_a_muscle_whose_row_is_broken_is_a_consequence(data_dir):
    muscles = data_dir / "muscles.csv"
    lines = muscles.read_text().split("\n")
    lines[1] = lines[1].replace("trapezius,Trapezius", "trapezius,", 1)  # its name emptied: the row is broken
    muscles.write_text("\n".join(lines))
    _write(data_dir, "temple,trapezius,1")
    problems, consequences = problems_and_consequences(data_dir)
    assert not any("area_referrers" in p for p in problems)
    assert any(p.startswith("data/area_referrers.csv, line 2, column 'muscle'") for p in consequences)


def test_the_bundled_lists_cover_every_group_of_the_atlas(dataset):
    assert set(dataset.groups) <= set(dataset.area_referrers)
    for area, ranks in dataset.area_referrers.items():
        assert sorted(ranks.values()) == list(range(1, len(ranks) + 1)), area
