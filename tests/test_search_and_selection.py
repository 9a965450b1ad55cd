"""Search by muscle, synonym, region or condition; reading the selection from a URL trusts nothing."""

from __future__ import annotations

import pytest

from triggerpoints.search import search_points
from triggerpoints.selection import Selection, parse_selection, selection_query


@pytest.mark.parametrize(
    ("query", "expected_muscle_word"),
    [
        ("SCM", "Sternocleidomastoid"),
        ("temple", "temporalis"),
        ("tennis elbow", "extensor carpi radialis"),
        ("heel", "soleus"),
        ("upper trap", "upper trapezius"),
        ("carpal tunnel", "flexor"),
        ("sciatica", "gluteus minimus"),
    ],
)
def test_search_finds_points_by_any_name(dataset, query, expected_muscle_word):
    muscles = [hit.muscle.lower() for hit in search_points(dataset, query, limit=8)]
    assert any(expected_muscle_word.lower() in m for m in muscles), muscles


def test_search_says_why_a_point_matched(fixture_dataset):
    [hit] = search_points(fixture_dataset, "SCM")
    assert (hit.point_id, hit.reason) == ("sternocleidomastoid-1", "Also called SCM")
    [hit] = search_points(fixture_dataset, "tennis elbow")
    assert hit.reason.startswith("Linked with tennis elbow")


@pytest.mark.parametrize("query", [None, "", " ", "a", "zzzz", "<script>", "x" * 10_000])
def test_search_without_a_match_is_empty(fixture_dataset, query):
    assert search_points(fixture_dataset, query) == []


def test_exact_muscle_ranks_above_region_mentions(dataset):
    hits = search_points(dataset, "masseter")
    assert hits[0].muscle.lower().startswith("masseter")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", Selection()),
        (None, Selection()),
        ("?point=upper-trapezius-1", Selection("upper-trapezius-1", "right")),
        ("?point=upper-trapezius-1&side=left", Selection("upper-trapezius-1", "left")),
        ("?point=upper-trapezius-1&side=LEFT", Selection("upper-trapezius-1", "left")),
        ("?point=upper-trapezius-1&point=sternocleidomastoid-1", Selection("upper-trapezius-1", "right")),
        ("?side=left", Selection()),
    ],
)
def test_selection_from_url(fixture_dataset, query, expected):
    assert parse_selection(query, fixture_dataset) == expected


@pytest.mark.parametrize(
    "bad", ["nope", "<script>alert(1)</script>", "%3Cb%3E", "ü-ñ-漢字", "x" * 10_000, "../../etc/passwd"]
)
def test_unknown_point_gives_a_friendly_note(fixture_dataset, bad):
    selection = parse_selection(f"?point={bad}", fixture_dataset)
    assert selection.point_id is None
    assert selection.note.startswith("We could not find a trigger point called")
    assert len(selection.note) < 200


def test_unknown_side_falls_back_to_right_with_a_note(fixture_dataset):
    selection = parse_selection("?point=upper-trapezius-1&side=middle", fixture_dataset)
    assert (selection.point_id, selection.side) == ("upper-trapezius-1", "right")
    assert "is not a side" in selection.note


def test_selection_query_round_trips(fixture_dataset):
    for side in ("right", "left"):
        assert parse_selection(selection_query("sternocleidomastoid-1", side), fixture_dataset) == Selection(
            "sternocleidomastoid-1", side
        )
    assert selection_query("sternocleidomastoid-1", "right") == "?point=sternocleidomastoid-1"
