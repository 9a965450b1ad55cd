"""Search by muscle, synonym, body region or condition."""

from __future__ import annotations

import pytest

from triggerpoints.search import search_muscles, search_points


@pytest.mark.parametrize(
    ("query", "expected_muscle_word"),
    [
        ("SCM", "Sternocleidomastoid"),
        ("temple", "temporalis"),
        ("tennis elbow", "extensor carpi radialis"),
        ("heel", "soleus"),
        ("upper trap", "trapezius (upper fibres)"),
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


def test_a_zone_is_found_by_its_fine_areas_and_by_its_group(dataset):
    """Zones name fine areas once loaded; typing the wider area ("temple") still finds them."""
    by_group = {hit.point_id: hit.reason for hit in search_points(dataset, "temple", limit=50)}
    assert by_group["suboccipitals-1"] == "Sends pain to the temple"
    fine = search_points(dataset, "front of the temple", limit=50)
    assert "temporalis-1" in {hit.point_id for hit in fine}


@pytest.mark.parametrize(
    ("query", "muscle"), [("masseter", "masseter"), ("QL", "quadratus-lumborum"), ("SCM", "sternocleidomastoid")]
)
def test_search_lists_one_entry_per_muscle_with_its_points_beneath(dataset, query, muscle):
    """Today "Masseter" would show a line per point, all alike, and "QL" two "Quadratus lumborum" entries."""
    points = dataset.muscle_points(muscle)
    assert len(points) >= 2
    hits = search_muscles(dataset, query)
    assert [hit.muscle for hit in hits].count(muscle) == 1
    [hit] = [hit for hit in hits if hit.muscle == muscle]
    assert hits[0] == hit
    assert tuple(point_id for point_id, _ in hit.points) == points
    labels = [label for _, label in hit.points]
    assert len(set(labels)) == len(labels), "each point is labelled so it can be told apart"


@pytest.mark.parametrize("query", ["trapezius", "temple", "heel", "tennis elbow", "neck", "calf"])
def test_no_muscle_is_listed_twice(dataset, query):
    muscles = [hit.muscle for hit in search_muscles(dataset, query)]
    assert muscles and len(set(muscles)) == len(muscles)


def test_muscle_entries_follow_the_ranking_of_their_best_point(dataset):
    """Grouping changes no ranking: the muscles come in the order their first point is ranked."""
    ranked = search_points(dataset, "temple", limit=len(dataset.points))
    expected = list(dict.fromkeys(dataset.points[hit.point_id].muscle for hit in ranked))[:8]
    assert [hit.muscle for hit in search_muscles(dataset, "temple")] == expected


def test_a_muscle_only_lists_its_matching_points(dataset):
    [trapezius] = [hit for hit in search_muscles(dataset, "temple") if hit.muscle == "trapezius"]
    assert [point_id for point_id, _ in trapezius.points] == ["upper-trapezius-1"]
