"""The pain finder's ranking: common complaints from the standard references find the muscles the charts name.

Each row is a complaint as a patient marks it, and the muscles Travell & Simons' pain guides (vol. 1 ch. 5, 18,
33, 41; vol. 2 ch. 2, 11, 18) and Davies list first for it. They are written from the references, not read off
our data: a failure means the data or the ranking disagrees with the charts. A complaint marks whole areas (groups
of the fine atlas, as the area list's "all of it" does); the ranking itself works on the fine regions.
"""

from __future__ import annotations

import pytest
from shapely.geometry import Polygon

from triggerpoints.pain_finder import build_pain_index, rank_candidates
from triggerpoints.point_filters import PointFilters, allowed_points

COMPLAINTS = [
    # (complaint, marked areas on the right side, muscles expected in the first eight)
    ("temple headache", ["temple"], ["temporalis", "trapezius (upper"]),
    ("headache at the back of the head", ["occiput"], ["suboccipital", "semispinalis"]),
    ("forehead headache", ["forehead"], ["sternocleidomastoid", "frontalis"]),
    ("pain behind the eye", ["eye"], ["sternocleidomastoid", "temporalis"]),
    ("jaw and ear pain", ["jaw", "ear"], ["masseter", "lateral pterygoid"]),
    ("toothache-like pain", ["teeth"], ["temporalis", "masseter"]),
    ("stiff neck", ["back-of-neck"], ["levator scapulae", "trapezius (upper"]),
    ("front of the shoulder", ["front-of-shoulder"], ["infraspinatus", "deltoid"]),
    ("back of the shoulder", ["back-of-shoulder"], ["teres minor", "deltoid"]),
    ("between the shoulder blades", ["between-shoulder-blades"], ["rhomboid", "trapezius (middle", "scalene"]),
    ("back of the upper arm", ["back-of-upper-arm"], ["triceps", "scalene"]),
    ("outer elbow (tennis elbow)", ["outer-elbow"], ["supinator", "extensor carpi radialis longus"]),
    ("inner elbow", ["inner-elbow"], ["triceps", "pectoralis"]),
    ("thumb pain", ["thumb"], ["adductor pollicis", "opponens pollicis"]),
    ("back of the wrist and hand", ["back-of-wrist", "back-of-hand"], ["extensor carpi radialis brevis"]),
    ("front of the wrist and palm", ["front-of-wrist", "palm"], ["flexor carpi radialis", "palmaris longus"]),
    ("chest pain (after heart causes are excluded)", ["upper-chest", "breastbone"], ["pectoralis major", "sternalis"]),
    ("mid-back pain", ["mid-back"], ["serratus posterior inferior", "iliocostalis"]),
    ("low back pain", ["low-back"], ["quadratus lumborum", "iliocostalis"]),
    ("sacral pain", ["sacrum"], ["gluteus medius", "multifidus"]),
    ("buttock pain", ["buttock"], ["gluteus medius", "gluteus maximus", "piriformis"]),
    ("sciatica-like pain down the back of the leg", ["buttock", "back-of-thigh", "calf"], ["gluteus minimus", "piriformis"]),
    ("outer thigh pain", ["outer-thigh"], ["gluteus minimus", "vastus lateralis", "tensor fasciae latae"]),
    ("groin and inner thigh pain", ["groin", "inner-thigh"], ["adductor longus", "pectineus"]),
    ("front of the knee", ["front-of-knee"], ["rectus femoris", "vastus medialis"]),
    ("back of the knee", ["back-of-knee"], ["gastrocnemius", "popliteus", "biceps femoris"]),
    ("calf pain", ["calf"], ["gastrocnemius", "soleus"]),
    ("heel pain", ["heel"], ["soleus", "quadratus plantae"]),
    ("front of the ankle and top of the foot", ["front-of-ankle", "top-of-foot"], ["tibialis anterior", "extensor digitorum longus"]),
    ("outer ankle pain", ["outer-ankle"], ["peroneus"]),
    ("ball of the foot", ["ball-of-foot"], ["flexor digitorum brevis", "flexor hallucis longus"]),
]  # fmt: skip


@pytest.fixture(scope="module")
def index(dataset):
    return build_pain_index(dataset)


def _top_muscles(dataset, index, marked, limit=8) -> list[str]:
    return [dataset.point_name(c.point_id).lower() for c in rank_candidates(dataset, index, marked)[:limit]]


def _regions(dataset, *names: str) -> list[str]:
    """The fine regions of areas or groups on a side ("temple-right")."""
    return [region for name in names for region in dataset.regions_named(name)]


@pytest.mark.parametrize(("complaint", "areas", "expected"), COMPLAINTS, ids=[c[0] for c in COMPLAINTS])
def test_common_complaints_find_the_charted_muscles(dataset, index, complaint, areas, expected):
    top = _top_muscles(dataset, index, _regions(dataset, *(f"{a}-right" for a in areas)))
    missing = [m for m in expected if not any(m in muscle for muscle in top)]
    assert missing == [], f"{complaint}: top eight were {top}"


def test_enough_complaints_cover_the_whole_body():
    assert len(COMPLAINTS) >= 25
    regions = {a for _, areas, _ in COMPLAINTS for a in areas}
    assert len(regions) >= 30


def test_a_point_explaining_more_marked_regions_ranks_higher(dataset, index):
    ranked = rank_candidates(dataset, index, _regions(dataset, "buttock-right", "back-of-thigh-right", "calf-right"))
    assert ranked[0].point_id == "gluteus-minimus-2"
    # Whole areas are marked, and its chart covers part of each of them, more than any other point does.
    assert ranked[0].score > ranked[1].score or ranked[1].point_id == "gluteus-minimus-2"
    assert all(a.score >= b.score for a, b in zip(ranked, ranked[1:], strict=False) if a.point_id != b.point_id)


def test_essential_zones_count_more_than_spillover(dataset, index):
    ranked = {c.point_id: c for c in rank_candidates(dataset, index, _regions(dataset, "jaw-right"), limit=50)}
    essential = [c for c in ranked.values() if c.essential]
    spillover_only = [c for c in ranked.values() if not c.essential]
    assert essential and spillover_only
    assert min(c.score for c in essential) > max(c.score for c in spillover_only)


def test_a_region_on_the_other_side_does_not_count(dataset, index):
    both = rank_candidates(dataset, index, ["temple-front-right", "heel-pad-left"], limit=50)
    for candidate in both:
        explained = candidate.essential + candidate.spillover
        assert all(r.endswith(f"-{candidate.side}") for r in explained), candidate
    assert {c.side for c in both} == {"right", "left"}
    assert max(c.score for c in both) == 0.5


def test_why_names_the_regions_explained(dataset, index):
    point = dataset.points["upper-trapezius-1"]
    essential, spillover = point.referral_primary[0], point.referral_spillover[0]
    marked = [f"{essential}-right", f"{spillover}-right", "heel-pad-right"]
    [upper_trap] = [c for c in rank_candidates(dataset, index, marked, limit=50) if c.point_id == point.id]
    assert (upper_trap.essential, upper_trap.spillover) == ((marked[0],), (marked[1],))


def test_each_muscles_best_point_comes_before_its_second(dataset, index):
    ranked = rank_candidates(dataset, index, _regions(dataset, "temple-right"), limit=20)
    muscles = [dataset.points[c.point_id].muscle for c in ranked]
    first_repeat = next(i for i, m in enumerate(muscles) if m in muscles[:i])
    assert len(set(muscles[:first_repeat])) == first_repeat


def test_filters_leave_out_points(dataset, index):
    allowed = allowed_points(dataset, PointFilters(self_care_only=True))
    marked = _regions(dataset, "groin-right", "inner-thigh-right")
    ranked = rank_candidates(dataset, index, marked, allowed=allowed, limit=50)
    assert "pectineus-1" not in {c.point_id for c in ranked}
    groin = _regions(dataset, "groin-right")
    assert "pectineus-1" in {c.point_id for c in rank_candidates(dataset, index, groin, limit=50)}


def test_nothing_marked_ranks_nothing(dataset, index):
    assert rank_candidates(dataset, index, []) == []
    assert rank_candidates(dataset, index, ["not-a-region"]) == []


def test_region_at_finds_the_region_under_a_click_on_every_view(dataset, index):
    for region_id, region in dataset.regions.items():
        for view in region.views:
            inside = Polygon(region.outline(view)).representative_point()
            assert index.region_at(inside.x, inside.y) == region_id, (region_id, view)
    assert index.region_at(5, 5) is None


def test_a_fine_region_ranks_the_points_whose_zone_reaches_it_first(dataset, index):
    """Marking only the back of the temple finds the points whose zone reaches it, not the whole temple's."""
    ranked = rank_candidates(dataset, index, ["temple-back-right"], limit=50)
    assert ranked and all("temple-back" in dataset.points[c.point_id].referral_primary
                          + dataset.points[c.point_id].referral_spillover for c in ranked)  # fmt: skip
