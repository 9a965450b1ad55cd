"""The pain finder's ranking and its reasons: the cases of issue 16 (a temple headache, tension-type headache started
from the condition, low back pain on both sides), the rule (the bars' score, ties broken by the pain guides, one
entry per muscle and side, essential over spillover, covering every marked area over one), the plain words, and
the click index. The complaints patients bring are in test_complaints.py."""

from __future__ import annotations

import pytest
from shapely.geometry import Polygon

from triggerpoints.candidate_words import candidate_reason, your_place
from triggerpoints.pain_finder import build_pain_index, marked_areas, rank_candidates, referrer_weight
from triggerpoints.point_filters import PointFilters, allowed_points
from triggerpoints.view_actions import start_from_condition
from triggerpoints.view_state import ViewState


@pytest.fixture(scope="module")
def index(dataset):
    return build_pain_index(dataset)


def _regions(dataset, *names: str) -> list[str]:
    """The fine regions of areas or groups on a side ("temple-right")."""
    return [region for name in names for region in dataset.regions_named(name)]


def _muscles(ranked) -> list[str]:
    return [candidate.muscle for candidate in ranked]


# The three cases of issue 16.


def test_a_temple_headache_finds_upper_trapezius_at_the_top(dataset, index):
    ranked = rank_candidates(dataset, index, _regions(dataset, "temple-right", "back-of-neck-right",
                                                      "side-of-neck-right"))  # fmt: skip
    trapezius = next(c for c in ranked if c.muscle == "trapezius")
    assert trapezius.point_id == "upper-trapezius-1"
    assert ranked.index(trapezius) < 3 and trapezius.score == ranked[0].score == 1.0
    assert candidate_reason(dataset, trapezius) == (
        "Covers your temple, the back of your neck and the side of your neck (its main zone)."
    )


def test_starting_from_tension_type_headache_lists_upper_trapezius(dataset, index):
    marked = start_from_condition(ViewState(mode="pain"), dataset, "tension-headache", "right").marked
    ranked = rank_candidates(dataset, index, marked)
    assert "upper-trapezius-1" in [c.point_id for c in ranked[:3]]
    assert {"suboccipitals", "semispinalis", "sternocleidomastoid", "temporalis"} <= set(_muscles(ranked[:8]))


def test_low_back_on_both_sides_lists_each_muscle_once_for_both_sides(dataset, index):
    ranked = rank_candidates(dataset, index, _regions(dataset, "low-back-right", "low-back-left"))
    muscles = _muscles(ranked)
    assert len(muscles) == len(set(muscles)), "one entry per muscle"
    first = muscles[:8]
    assert {"quadratus-lumborum", "multifidus", "gluteus-medius"} <= set(first)
    assert {"iliocostalis", "longissimus"} & set(first)
    assert muscles.index("quadratus-lumborum") < muscles.index("rectus-abdominis")
    assert all(c.both_sides and c.sides == ("right", "left") for c in ranked)
    quadratus = ranked[muscles.index("quadratus-lumborum")]
    assert (quadratus.side, quadratus.score) == ("right", 1.0)
    assert candidate_reason(dataset, quadratus) == "Covers your low back (its main zone)."


# The rule.

MARKINGS = [("temple-right", "back-of-neck-right", "side-of-neck-right"), ("low-back-right", "low-back-left"),
            ("buttock-right", "back-of-thigh-right", "calf-right"), ("jaw-right", "temple-left"), ("heel-left",),
            ("front-of-shoulder-right", "upper-chest-right")]  # fmt: skip


@pytest.mark.parametrize("names", MARKINGS, ids=[" + ".join(m) for m in MARKINGS])
def test_the_order_follows_the_score_then_the_pain_guides(dataset, index, names):
    ranked = rank_candidates(dataset, index, _regions(dataset, *names))
    areas = marked_areas(dataset, _regions(dataset, *names))

    def guides(candidate) -> float:
        """How prominently the guides list the muscle for the marked areas it reaches (spillover counting half)."""
        weights = {**dict.fromkeys(candidate.spillover, 0.5), **dict.fromkeys(candidate.essential, 1.0)}
        return sum(weights.get(a.name, 0) * referrer_weight(dataset, candidate.muscle, a) for a in areas)

    for higher, lower in zip(ranked, ranked[1:], strict=False):
        assert higher.score >= lower.score
        if higher.score == lower.score:
            assert guides(higher) >= guides(lower) - 1e-9, (higher.muscle, lower.muscle)


def test_equal_matches_follow_the_order_the_pain_guides_list_them(dataset, index):
    ranked = [c for c in rank_candidates(dataset, index, _regions(dataset, "temple-right")) if c.score == 1.0]
    listed = [m for m in _muscles(ranked) if m in dataset.area_referrers["temple"]]
    assert listed == sorted(listed, key=dataset.area_referrers["temple"].get)
    assert _muscles(ranked)[: len(listed)] == listed, "the muscles the guides list come before the others"


def test_essential_zones_count_more_than_spillover(dataset, index):
    ranked = rank_candidates(dataset, index, _regions(dataset, "jaw-right"))
    essential = [c for c in ranked if c.essential]
    spillover_only = [c for c in ranked if not c.essential]
    assert essential and spillover_only
    assert min(c.score for c in essential) == 1.0 > 0.5 == max(c.score for c in spillover_only)


def test_a_point_covering_every_marked_area_beats_one_covering_one(dataset, index):
    ranked = rank_candidates(dataset, index, _regions(dataset, "buttock-right", "back-of-thigh-right", "calf-right"))
    assert (ranked[0].point_id, ranked[0].score) == ("gluteus-minimus-2", 1.0)
    one_area = [c for c in ranked if len(c.essential + c.spillover) == 1]
    assert one_area and all(c.score < ranked[0].score for c in one_area)


def test_a_muscle_is_opened_at_its_best_point_and_says_what_its_others_cover(dataset, index):
    ranked = rank_candidates(dataset, index, _regions(dataset, "low-back-right", "buttock-right"))
    quadratus = next(c for c in ranked if c.muscle == "quadratus-lumborum")
    assert quadratus.point_id == "quadratus-lumborum-1" and quadratus.by_other_points == ("buttock-right",)
    assert candidate_reason(dataset, quadratus) == (
        "Covers your low back (its main zone); its other trigger points cover your buttock."
    )


def test_both_sides_merge_only_where_both_are_marked(dataset, index):
    one_side_each = rank_candidates(dataset, index, ["temple-front-right", "heel-pad-left"])
    for candidate in one_side_each:
        assert len(candidate.sides) == 1
        assert all(r.endswith(f"-{candidate.side}") for r in candidate.essential + candidate.spillover), candidate
    assert {c.side for c in one_side_each} == {"right", "left"}
    assert max(c.score for c in one_side_each) == 0.5
    both = rank_candidates(dataset, index, _regions(dataset, "temple-right", "temple-left"))
    temporalis = next(c for c in both if c.muscle == "temporalis")
    assert temporalis.sides == ("right", "left") and temporalis.score == 1.0


def test_the_reason_names_the_side_only_where_it_is_not_the_candidates_own(dataset, index):
    ranked = rank_candidates(dataset, index, _regions(dataset, "temple-right", "temple-left", "heel-left"))
    temporalis = next(c for c in ranked if c.muscle == "temporalis")
    assert candidate_reason(dataset, temporalis) == "Covers your temple (its main zone); not your heel on the left."
    soleus = next(c for c in ranked if c.muscle == "soleus")
    assert candidate_reason(dataset, soleus) == ("Covers your heel (its main zone); not your temple on both sides.")


def test_the_reason_says_what_it_covers_and_what_not(dataset, index):
    ranked = rank_candidates(dataset, index, _regions(dataset, "temple-right", "back-of-neck-right",
                                                      "side-of-neck-right"))  # fmt: skip
    temporalis = next(c for c in ranked if c.muscle == "temporalis")
    assert candidate_reason(dataset, temporalis) == (
        "Covers your temple (its main zone); not the back of your neck or the side of your neck."
    )
    point = dataset.points["upper-trapezius-1"]
    marked = [f"{point.referral_primary[0]}-right", f"{point.referral_spillover[0]}-right", "heel-pad-right"]
    [trapezius] = [c for c in rank_candidates(dataset, index, marked) if c.point_id == point.id]
    assert (trapezius.essential, trapezius.spillover, trapezius.missed) == ((marked[0],), (marked[1],), (marked[2],))
    assert "(where its pain sometimes spreads)" in candidate_reason(dataset, trapezius)


@pytest.mark.parametrize(("label", "words"), [("Temple", "your temple"), ("Back of the neck", "the back of your neck"),
                                              ("Behind the ear", "the area behind your ear"),
                                              ("Back of the neck, lower part", "the back of your neck, lower part"),
                                              ("Between the shoulder blades", "the area between your shoulder blades"),
                                              ("Base of the neck (C7)", "the base of your neck (C7)")])  # fmt: skip
def test_places_are_said_to_the_patient(label, words):
    assert your_place(label) == words


def test_filters_leave_out_points(dataset, index):
    allowed = allowed_points(dataset, PointFilters(self_care_only=True))
    marked = _regions(dataset, "groin-right", "inner-thigh-right")
    assert "pectineus" not in _muscles(rank_candidates(dataset, index, marked, allowed=allowed))
    assert "pectineus" in _muscles(rank_candidates(dataset, index, _regions(dataset, "groin-right")))


def test_nothing_marked_ranks_nothing(dataset, index):
    assert rank_candidates(dataset, index, []) == []
    assert rank_candidates(dataset, index, ["not-a-region"]) == []


def test_a_fine_region_ranks_the_points_whose_zone_reaches_it(dataset, index):
    """Marking only the back of the temple finds the points whose zone reaches it, not the whole temple's."""
    ranked = rank_candidates(dataset, index, ["temple-back-right"])
    assert ranked and all("temple-back" in dataset.points[c.point_id].referral_primary
                          + dataset.points[c.point_id].referral_spillover for c in ranked)  # fmt: skip


def test_region_at_finds_the_region_under_a_click_on_every_view(dataset, index):
    for region_id, region in dataset.regions.items():
        for view in region.views:
            inside = Polygon(region.outline(view)).representative_point()
            assert index.region_at(inside.x, inside.y) == region_id, (region_id, view)
    assert index.region_at(5, 5) is None
