"""Search: how a query is read (names, synonyms, places, complaints, words of the text, misspellings), how results
rank and group by muscle, that every result is reachable and no two lines read alike, and what it offers to open in
the pain finder. (What must come first for a hundred queries: test_search_queries.py.)"""

from __future__ import annotations

import pytest

from triggerpoints.search import search, search_index, search_muscles, search_points
from triggerpoints.view_actions import condition_query
from triggerpoints.view_state import PAIN, parse_view


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
    assert search(fixture_dataset, query).muscles == ()


def test_exact_muscle_ranks_above_region_mentions(dataset):
    hits = search_points(dataset, "masseter")
    assert hits[0].muscle.lower().startswith("masseter")


def test_a_zone_is_found_by_its_fine_areas_and_by_its_group(dataset):
    """Zones name fine areas once loaded; typing the wider area ("temple") still finds them."""
    by_group = {hit.point_id: hit.reason for hit in search_points(dataset, "temple", limit=None)}
    assert by_group["suboccipitals-1"] == "Sends pain to the temple"
    fine = search_points(dataset, "front of the temple", limit=None)
    assert "temporalis-1" in {hit.point_id for hit in fine}


@pytest.mark.parametrize(("query", "areas"), [("neck", ("back-of-neck", "side-of-neck")), ("low back", ("low-back",)),
                                              ("heel", ("heel",)), ("knee", ("front-of-knee", "inner-knee",
                                                                              "outer-knee", "back-of-knee"))])  # fmt: skip
def test_every_point_whose_pattern_reaches_a_place_is_found(dataset, query, areas):
    """All results are reachable: nothing is cut at 8, every point whose zones reach the place is listed."""
    wanted = set(dataset.expand_areas(areas))
    reaching = {p for p, point in dataset.points.items()
                if wanted & set(point.referral_primary + point.referral_spillover)}  # fmt: skip
    found = {hit.point_id for hit in search_points(dataset, query, limit=None)}
    assert reaching <= found
    assert len(search_muscles(dataset, query)) == len({dataset.chart_key(dataset.points[p].muscle) for p in found})


def test_the_strongest_referrers_lead_and_a_pattern_reaching_the_place_comes_before_a_spillover(dataset):
    hits = search_points(dataset, "temple", limit=None)
    reasons = [hit.reason for hit in hits]
    essential = [n for n, r in enumerate(reasons) if r.startswith("Sends pain")]
    spillover = [n for n, r in enumerate(reasons) if r.startswith("Can spill")]
    assert essential and spillover and max(essential) < min(spillover)
    listed = dataset.area_referrers["temple"]
    leading = [dataset.points[hit.point_id].muscle for hit in hits[: len(essential)]]
    guided = [m for m in dict.fromkeys(leading) if m in listed]
    assert guided == sorted(guided, key=listed.get), "equal patterns go by the pain guides' order for the area"


def test_a_name_ranks_before_a_synonym_before_a_name_only_begun(dataset):
    """ "biceps" is the biceps brachii's synonym, and begins the biceps femoris's name."""
    muscles = search_muscles(dataset, "biceps")
    assert [m.muscle for m in muscles[:2]] == ["biceps-brachii", "biceps-femoris"]
    assert (muscles[0].reason, muscles[1].reason) == ("Also called biceps", "Muscle")


def test_a_place_named_in_full_ranks_before_a_muscle_whose_synonym_only_begins_with_it(dataset):
    """ "neck" is a place; "neck strap muscle" (the SCM) only begins with the word."""
    muscles = [m.muscle for m in search_muscles(dataset, "neck")]
    assert muscles[0] == "trapezius" and muscles.index("sternocleidomastoid") > muscles.index("levator-scapulae")


def test_a_word_of_the_text_finds_the_points_that_mention_it(dataset):
    hits = search_points(dataset, "numbness", limit=None)
    assert hits and all(hit.reason == "Mentions “numbness”" for hit in hits)
    for hit in hits:
        point = dataset.points[hit.point_id]
        assert "numbness" in f"{point.location} {point.referred_pain} {point.symptoms} {point.notes}".lower()


@pytest.mark.parametrize(("typed", "read"), [("pirformis", "piriformis"), ("shoudler pain", "shoulder pain"),
                                             ("plantarfasciitis", "plantar fasciitis")])  # fmt: skip
def test_a_misspelt_query_says_how_it_was_read(dataset, typed, read):
    assert search(dataset, typed).corrected == read


@pytest.mark.parametrize("query", ["SCM", "headache", "tinnitus", "piriformis", "neck", "bicep", "hamstring"])
def test_a_word_spelt_right_is_never_corrected(dataset, query):
    assert search(dataset, query).corrected is None


def test_a_word_is_never_corrected_into_a_misspelling_the_vocabulary_lists(dataset):
    """ "latisimus" is near "lattisimus", which the vocabulary lists as a misspelling: it reads as latissimus."""
    found = search(dataset, "latisimus")
    assert found.corrected is None or "lattisimus" not in found.corrected
    assert found.muscles[0].muscle == "latissimus-dorsi"


@pytest.mark.parametrize(("query", "muscle"), [("masseter", "masseter"), ("QL", "quadratus-lumborum"),
                                               ("SCM", "sternocleidomastoid")])  # fmt: skip
def test_search_lists_one_entry_per_muscle_with_its_points_beneath(dataset, query, muscle):
    """Once "Masseter" showed a line per point, all alike, and "QL" two "Quadratus lumborum" entries."""
    points = dataset.muscle_points(muscle)
    assert len(points) >= 2
    hits = search_muscles(dataset, query)
    assert [hit.muscle for hit in hits].count(muscle) == 1
    [hit] = [hit for hit in hits if hit.muscle == muscle]
    assert hits[0] == hit
    assert tuple(point.point_id for point in hit.points) == points


@pytest.mark.parametrize(
    "query", ["trapezius", "temple", "heel", "tennis elbow", "neck", "calf", "headache", "masseter", "QL", "SCM",
              "knee", "back pain", "shoulder", "quads", "gluteus"],
)  # fmt: skip
def test_no_two_results_read_alike(dataset, query):
    """A muscle is listed once, and its points beneath it each say something the others do not."""
    muscles = search_muscles(dataset, query)
    assert muscles and len({m.muscle for m in muscles}) == len(muscles)
    assert len({m.name for m in muscles}) == len(muscles)
    for muscle in muscles:
        lines = [(point.label, point.detail) for point in muscle.points]
        assert len(set(lines)) == len(lines), muscle.muscle
        assert len({point.label for point in muscle.points}) == len(lines), "each label alone tells them apart"


def test_a_muscle_only_lists_its_matching_points(dataset):
    [trapezius] = [hit for hit in search_muscles(dataset, "temple") if hit.muscle == "trapezius"]
    assert [point.point_id for point in trapezius.points] == ["upper-trapezius-1"]
    assert trapezius.points[0].detail == "Temple"


def test_a_point_named_by_its_part_is_listed_without_the_muscles_other_points(dataset):
    [trapezius] = search_muscles(dataset, "upper trapezius")
    assert {point.point_id for point in trapezius.points} == {p for p in dataset.muscle_points("trapezius")
                                                              if dataset.points[p].muscle_part == "upper fibres"}  # fmt: skip


def test_muscle_entries_follow_the_ranking_of_their_best_point(dataset):
    """Grouping changes no ranking: the muscles (and the charts' groups) come in the order their first point is
    ranked."""
    ranked = search_points(dataset, "temple", limit=None)
    expected = list(dict.fromkeys(dataset.chart_key(dataset.points[hit.point_id].muscle) for hit in ranked))
    assert [hit.muscle for hit in search_muscles(dataset, "temple")] == expected


def test_a_complaint_offers_the_pain_finder_started_from_it(dataset):
    [offer] = search(dataset, "tennis elbow").offers
    assert offer.query == condition_query(dataset, "tennis-elbow", "right")
    assert offer.label == "tennis elbow (outer elbow pain)"


def test_a_place_offers_the_pain_finder_with_its_areas_marked(dataset):
    [offer] = search(dataset, "headache").offers
    state = parse_view(offer.query, dataset).state
    headache = next(row for row in dataset.vocabulary if row.term == "headache")
    assert state.mode == PAIN and set(state.marked) == set(dataset.zone_regions(headache.areas, "right"))
    assert offer.label == "headache"


def test_the_side_a_query_names_is_the_side_offered(dataset):
    [offer] = search(dataset, "left shoulder pain").offers
    assert parse_view(offer.query, dataset).state.marked and all(
        region.endswith("-left") for region in parse_view(offer.query, dataset).state.marked
    )


@pytest.mark.parametrize("query", ["SCM", "masseter", "numbness", "rotator cuff"])
def test_a_muscle_or_a_word_of_the_text_offers_no_pain_finder(dataset, query):
    assert search(dataset, query).offers == ()


@pytest.mark.parametrize(
    ("typed", "spelt"), [("hedache", "headache"), ("wiplash", "whiplash"), ("sacro iliac", "sacroiliac")]
)
def test_a_misspelt_complaint_is_offered_by_its_real_name(dataset, typed, spelt):
    assert [offer.label for offer in search(dataset, typed).offers] == [spelt]


def test_the_search_index_is_built_once_per_dataset_and_kept_with_it(dataset, fixture_dataset):
    assert search_index(dataset) is search_index(dataset)
    assert search_index(fixture_dataset) is not search_index(dataset)
    assert set(search_index(fixture_dataset).labels) == set(fixture_dataset.points)
