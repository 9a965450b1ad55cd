"""Search by muscle, synonym, body region or condition."""

from __future__ import annotations

import pytest

from triggerpoints.search import search_points


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


def test_a_zone_is_found_by_its_fine_areas_and_by_its_group(dataset):
    """Zones name fine areas once loaded; typing the wider area ("temple") still finds them."""
    by_group = {hit.point_id: hit.reason for hit in search_points(dataset, "temple", limit=50)}
    assert by_group["suboccipitals-1"] == "Sends pain to the temple"
    fine = search_points(dataset, "front of the temple", limit=50)
    assert "temporalis-1" in {hit.point_id for hit in fine}
