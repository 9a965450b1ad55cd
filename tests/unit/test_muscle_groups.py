"""Muscles the charts draw as one (data/muscle_groups.csv): the loader checks both ways, the group stands for its
members in the pain finder, the pain guides and search, and each member keeps its own anatomy, outline and points."""

from __future__ import annotations

import pytest

from tests.broken_data import problems_and_consequences, rewrite
from triggerpoints.data import load_dataset
from triggerpoints.pain_finder import build_pain_index, rank_candidates
from triggerpoints.search import search

GROUPS_HEADER = "key,name,synonyms,note,sources\n"
NECK_GROUP = 'neck-pair,Neck pair,neck duo,"Drawn as one here, for the test.",Test source\n'


def _set_groups(data_dir, groups: dict[str, str]) -> None:
    """Adds a `group` column to the fixture's muscles.csv, with the given muscles' groups."""

    def change(rows: list[list[str]]) -> None:
        rows[0].append("group")
        for row in rows[1:]:
            row.append(groups.get(row[0], ""))

    rewrite(data_dir / "muscles.csv", change)


def test_a_group_names_its_members_and_stands_for_them_in_the_pain_finder(data_dir):
    _set_groups(data_dir, {"trapezius": "neck-pair", "sternocleidomastoid": "neck-pair"})
    (data_dir / "muscle_groups.csv").write_text(GROUPS_HEADER + NECK_GROUP, encoding="utf-8")
    dataset = load_dataset(data_dir)
    assert dataset.members("neck-pair") == ("trapezius", "sternocleidomastoid")
    assert dataset.members("extensor-carpi-radialis-brevis") == ("extensor-carpi-radialis-brevis",)
    assert dataset.chart_key("sternocleidomastoid") == "neck-pair"
    assert dataset.chart_key("extensor-carpi-radialis-brevis") == "extensor-carpi-radialis-brevis"
    assert dataset.chart_name("neck-pair") == "Neck pair"
    # Both members' points reach the neck and the head: one entry, for the group.
    marked = [r for r in dataset.regions if r.endswith("-right")]
    ranked = rank_candidates(dataset, build_pain_index(dataset), marked)
    assert [c.muscle for c in ranked].count("neck-pair") == 1
    assert not {"trapezius", "sternocleidomastoid"} & {c.muscle for c in ranked}


def test_search_lists_a_group_once_with_every_members_point_under_its_muscles_name(data_dir):
    _set_groups(data_dir, {"trapezius": "neck-pair", "sternocleidomastoid": "neck-pair"})
    (data_dir / "muscle_groups.csv").write_text(GROUPS_HEADER + NECK_GROUP, encoding="utf-8")
    dataset = load_dataset(data_dir)
    for query in ("neck pair", "neck duo"):
        [hit] = search(dataset, query).muscles
        assert (hit.muscle, hit.name) == ("neck-pair", "Neck pair")
        assert {(p.point_id, p.label) for p in hit.points} == {
            ("upper-trapezius-1", "Trapezius"),
            ("sternocleidomastoid-1", "Sternocleidomastoid"),
        }


@pytest.mark.parametrize(
    ("groups_file", "roots"),
    [
        (
            GROUPS_HEADER + NECK_GROUP,
            ["data/muscles.csv, line 3, column 'group': 'neck-pare' is not a key of data/muscle_groups.csv"],
        ),
        (
            GROUPS_HEADER + NECK_GROUP + 'lonely,Lonely,,"A group with no member.",Test source\n',
            [
                "data/muscles.csv, line 3, column 'group': 'neck-pare' is not a key of data/muscle_groups.csv",
                "data/muscle_groups.csv, line 3, column 'key': no muscle of data/muscles.csv names 'lonely' in its"
                " 'group' column",
            ],
        ),
    ],
    ids=["a muscle names a group that is not listed", "a group without a member"],
)
def test_each_broken_group_link_is_named_with_file_line_and_column(data_dir, groups_file, roots):
    _set_groups(data_dir, {"trapezius": "neck-pair", "sternocleidomastoid": "neck-pare"})
    (data_dir / "muscle_groups.csv").write_text(groups_file, encoding="utf-8")
    assert problems_and_consequences(data_dir) == (roots, [])


def test_a_group_named_without_the_groups_file_is_named(data_dir):
    _set_groups(data_dir, {"trapezius": "neck-pair"})
    problems, consequences = problems_and_consequences(data_dir)
    assert problems == ["data/muscles.csv, line 2, column 'group': 'neck-pair' is not a key of data/muscle_groups.csv"]
    assert consequences == []


def test_every_bundled_group_has_members_with_their_own_points_or_reasons(dataset):
    assert dataset.muscle_groups, "data/muscle_groups.csv is bundled"
    for key in dataset.muscle_groups:
        members = dataset.members(key)
        assert members, key
        for member in members:
            assert dataset.muscle_points(member) or dataset.muscles[member].no_point_reason, member


def test_a_group_named_like_a_muscle_is_named(data_dir):
    _set_groups(data_dir, {"trapezius": "neck-pair", "sternocleidomastoid": "neck-pair"})
    clash = 'trapezius,Trapezius group,,"Named like a muscle.",Test source\n'
    (data_dir / "muscle_groups.csv").write_text(GROUPS_HEADER + NECK_GROUP + clash, encoding="utf-8")
    assert problems_and_consequences(data_dir) == (
        ["data/muscle_groups.csv, line 3, column 'key': 'trapezius' is also a key of data/muscles.csv: a group needs a"
         " name of its own"],
        [],
    )  # fmt: skip
