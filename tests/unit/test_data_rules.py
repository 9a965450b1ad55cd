"""The rules of docs/data.md, checked on every row of the bundled data: holds a minute at most, pressure out of 10,
condition tags that follow the patterns, every technique in use, the cautions each site and method needs, and the
self-care-friendly rule both ways."""

from __future__ import annotations

import re

import pytest
from shapely.geometry import Point, Polygon

from triggerpoints.schema import HOLD_MAX, HOLD_MIN

PRESSING = {"ischemic-compression", "pincer-grip", "ball-self-massage", "trigger-point-massage", "pin-and-stretch"}
HOLD = re.compile(r"(\d+)\s*[-–]\s*(\d+)\s*(?:s\b|seconds)")


def _presses(dataset, point) -> bool:
    return any(k in PRESSING and dataset.techniques[k].is_self_care for k in point.techniques)


def test_holds_last_a_minute_at_most_and_a_capped_hold_is_the_points_hold_seconds(dataset):
    """`hold_seconds` is set exactly when the self-care text caps its holds below a minute, and is that cap."""
    for point in dataset.points.values():
        tops = [int(m[2]) for m in HOLD.finditer(point.self_care)]
        assert all(top <= HOLD_MAX for top in tops), point.id
        cap = max(tops) if tops and max(tops) < HOLD_MAX else None
        assert point.hold_seconds == cap, point.id
        assert point.hold_seconds is None or HOLD_MIN <= point.hold_seconds <= HOLD_MAX


def test_every_pressed_point_says_how_hard_out_of_10(dataset):
    for point in dataset.points.values():
        if _presses(dataset, point):
            assert re.search(r"\d+ out of 10", point.self_care), point.id


def test_condition_tags_follow_the_patterns(dataset):
    """A point is tagged with a condition only when its zone reaches where the condition is felt (a tag feeds the
    filters and the pain finder, which start from `felt_in`)."""
    for point in dataset.points.values():
        zone = {*point.referral_primary, *point.referral_spillover}
        for key in point.conditions:
            felt = set(dataset.conditions[key].felt_in)
            assert not felt or zone & felt, (point.id, key)


def test_every_technique_is_linked_to_some_point(dataset):
    linked = {key for point in dataset.points.values() for key in point.techniques}
    assert set(dataset.techniques) - linked == set()


def _main_region_groups(dataset, point_id: str) -> set[str]:
    """The groups of the regions the point's X stands in, on its main view (right side)."""
    view = dataset.points[point_id].view
    spot = Point(*dataset.position(point_id, "right"))
    return {region.group for region in dataset.regions.values()
            if region.side == "right" and view in region.outlines and Polygon(region.outline(view)).contains(spot)}  # fmt: skip


LOWER_LEG = {"calf", "shin", "outer-lower-leg", "back-of-knee"}
ABDOMINAL_WALL_AND_ILIOPSOAS = {"rectus-abdominis", "external-oblique", "internal-oblique", "transversus-abdominis",
                                "pyramidalis", "diaphragm", "psoas-major", "iliacus"}  # fmt: skip


def test_precautions_carry_the_cautions_their_site_and_method_need(dataset):
    """The armpit where the point is found near it; varicose veins on the lower leg and behind the knee; pregnancy
    on the belly wall and the iliopsoas; blood thinners wherever the point is pressed."""
    for point in dataset.points.values():
        caution = point.precautions
        if re.search(r"armpit", point.location, re.I):
            assert re.search(r"armpit", caution, re.I), point.id
        if _main_region_groups(dataset, point.id) & LOWER_LEG:
            assert re.search(r"varicose", caution, re.I), point.id
        if point.muscle in ABDOMINAL_WALL_AND_ILIOPSOAS:
            assert re.search(r"\bin pregnancy\b", caution, re.I), point.id
        if _presses(dataset, point):
            assert re.search(r"blood[- ]thinn", caution, re.I), point.id


# Where pressing alone can do harm (docs/data.md, `self_care_friendly`), and the words that keep a reader away.
DANGER_SITES = {
    "the mouth": r"\b(inside|in|into) (the|your) (mouth|cheek)\b|\bintra-?oral",
    "the pelvis": r"\binside the (pelvis|body)\b|\bvagina|\brectum\b|\bback passage\b",
    "the armpit": r"\b(hollow|centre|middle) of the armpit\b|\binto the (back of the )?armpit\b|\bdeep in the armpit\b",
    "the femoral triangle": r"\bfemoral\b|\bgroin pulse\b|\bpulse (in|at) the (groin|top of the thigh)\b",
    "behind the knee": r"\bhollow (behind|at the back of) the knee\b|\bcentre of the hollow\b|\bpopliteal\b",
    "under the jaw angle": r"\b(under|behind) the (angle of the jaw|jaw angle|corner of the jaw|jaw corner)\b",
    "above the collarbone": r"\bhollow (just )?above the collarbone\b",
    "the sciatic nerve": r"\bsciatic nerve\b",
}
BELLY_TOWARD_THE_SPINE = r"\btoward(s)? the spine\b|\baorta\b"  # on the belly only: the back presses toward the spine
KEEP_AWAY = (r"\b(never|not|no|avoid|stay (out|off|away|above|below|in front)|keep (it |them |the \w+ )?"
             r"(off|out|away|above|below)|away from|move off|stop|best left|don't|instead of)\b")  # fmt: skip


def _danger_sites(point) -> dict[str, str]:
    sites = dict(DANGER_SITES)
    if point.nav_area == "chest-abdomen":
        sites["deep in the belly"] = BELLY_TOWARD_THE_SPINE
    return sites


def test_self_care_friendly_points_never_send_anyone_where_pressing_alone_can_harm(dataset):
    """A `yes` point's self-care names such a place only to keep away from it."""
    for point in dataset.points.values():
        if point.self_care_friendly:
            for sentence in re.split(r"(?<=[.!?])\s+", point.self_care):
                for site, words in _danger_sites(point).items():
                    if re.search(words, sentence, re.I):
                        assert re.search(KEEP_AWAY, sentence, re.I), (point.id, site, sentence)


def test_points_left_to_a_practitioner_say_where_the_danger_is(dataset):
    for point in dataset.points.values():
        if not point.self_care_friendly:
            text = " ".join((point.location, point.self_care, point.precautions))
            assert any(re.search(words, text, re.I) for words in _danger_sites(point).values()), point.id


@pytest.mark.parametrize(
    ("point_id", "friendly"),
    [("iliopsoas-2", False), ("digastric-1", False), ("masseter-1", True), ("masseter-2", True)],
)
def test_the_reviewed_points_follow_the_self_care_rule(dataset, point_id, friendly):
    assert dataset.points[point_id].self_care_friendly is friendly
