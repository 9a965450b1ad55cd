"""The real content: coverage of the charts, sources on every row, and safety rules a teacher would sign off."""

from __future__ import annotations

import re

import pytest

from triggerpoints.areas import AREAS, NAV_AREAS

REQUIRED_MUSCLES = {
    "head-neck": [
        "upper trapezius", "sternocleidomastoid (sternal", "sternocleidomastoid (clavicular", "levator scapulae",
        "suboccipital", "splenius capitis", "splenius cervicis", "semispinalis", "multifid", "temporalis",
        "masseter", "lateral pterygoid", "medial pterygoid", "digastric", "scalene", "frontalis", "occipitalis",
    ],
    "shoulder-upper-arm": [
        "infraspinatus", "supraspinatus", "subscapularis", "teres minor", "teres major", "rhomboid",
        "middle trapezius", "lower trapezius", "serratus anterior", "serratus posterior superior", "latissimus dorsi",
        "deltoid", "pectoralis major", "pectoralis minor", "coracobrachialis", "biceps brachii", "triceps brachii",
        "subclavius",
    ],
    "elbow-forearm-hand": [
        "brachialis", "brachioradialis", "extensor carpi radialis longus", "extensor carpi radialis brevis",
        "extensor carpi ulnaris", "extensor digitorum (", "supinator", "palmaris longus", "flexor carpi radialis",
        "flexor carpi ulnaris", "finger flexors", "pronator teres", "adductor pollicis", "opponens pollicis",
        "first dorsal interosseous",
    ],
    "chest-abdomen-back": [
        "rectus abdominis", "external oblique", "iliopsoas", "quadratus lumborum", "iliocostalis", "longissimus",
        "lumbar multifidus", "serratus posterior inferior",
    ],
    "hip-thigh-knee": [
        "gluteus maximus", "gluteus medius", "gluteus minimus", "piriformis", "tensor fasciae latae", "sartorius",
        "pectineus", "rectus femoris", "vastus medialis", "vastus lateralis", "vastus intermedius",
        "biceps femoris", "semitendinosus", "semimembranosus", "adductor longus and brevis",
        "adductor magnus", "gracilis",
    ],
    "lower-leg-foot": [
        "gastrocnemius", "soleus", "popliteus", "tibialis anterior", "tibialis posterior", "peroneus longus",
        "peroneus brevis", "extensor digitorum longus", "extensor hallucis longus", "flexor digitorum longus",
        "flexor hallucis longus", "abductor hallucis", "flexor digitorum brevis", "quadratus plantae",
        "abductor digiti minimi (foot)",
    ],
}  # fmt: skip


def _points(dataset, *prefixes: str) -> list:
    found = [p for p in dataset.points.values() if p.id.startswith(prefixes)]
    assert found, prefixes
    return found


def test_coverage_counts(dataset):
    assert len(dataset.points) >= 110
    assert len({p.muscle for p in dataset.points.values()}) >= 70
    assert {p.nav_area for p in dataset.points.values()} == set(NAV_AREAS)


@pytest.mark.parametrize("group", REQUIRED_MUSCLES)
def test_every_listed_muscle_is_present(dataset, group):
    """Each muscle (or part) the charts list is some point's name, or another name of its muscle."""
    names = " | ".join(
        f"{dataset.point_name(p)}; {';'.join(dataset.muscle_of(p).synonyms)}".lower() for p in dataset.points
    )
    missing = [m for m in REQUIRED_MUSCLES[group] if m not in names]
    assert missing == []


def test_every_area_is_reached_by_some_referral(dataset):
    """Every area before the fine atlas (a group of fine areas now) is reached by some point's zone."""
    reached = set()
    for point in dataset.points.values():
        reached |= {dataset.group_of(area) for area in (*point.referral_primary, *point.referral_spillover)}
    assert set(AREAS) - reached == set()


def test_every_point_is_complete_and_cites_both_references(dataset):
    for point in dataset.points.values():
        assert any(s.startswith("Travell & Simons vol.") for s in point.sources), point.id
        assert any(s.startswith("Davies") for s in point.sources), point.id
        assert len(point.precautions) > 40, point.id
        assert point.location and point.self_care and point.stretch and point.symptoms, point.id


def test_every_point_offers_self_care_and_names_professional_options(dataset):
    for point in dataset.points.values():
        kinds = {dataset.techniques[k].kind for k in point.techniques}
        assert kinds == {"self_care", "professional"}, point.id


def test_required_techniques_exist_with_the_right_kind(dataset):
    expected = {
        "ischemic-compression": "self_care", "trigger-point-massage": "self_care", "pincer-grip": "self_care",
        "ball-self-massage": "self_care", "stretching": "self_care", "heat": "self_care", "ice": "self_care",
        "active-release": "professional", "neuromuscular-therapy": "professional",
        "deep-tissue-massage": "professional", "joint-mobilization": "professional",
        "joint-manipulation": "professional", "laser-therapy": "professional", "dry-needling": "professional",
    }  # fmt: skip
    assert {k: dataset.techniques[k].kind for k in expected} == expected


def test_professional_techniques_are_never_steps_to_do_on_oneself(dataset):
    for technique in dataset.techniques.values():
        if technique.kind == "professional":
            assert all(step.startswith("Your therapist") for step in technique.steps), technique.key
    for point in dataset.points.values():
        assert not re.search(r"needl|manipulat|laser", point.self_care, re.I), point.id


def test_no_claims_beyond_the_evidence(dataset):
    rows = [*dataset.points.values(), *dataset.conditions.values(), *dataset.techniques.values()]
    for row in rows:
        text = " ".join(str(v) for v in row.model_dump().values())
        assert not re.search(r"toxin|\bcures?\b|flush|guarantee", text, re.I), row


def test_conditions_are_framed_as_associations_with_red_flags(dataset):
    for condition in dataset.conditions.values():
        assert re.search(r"may contribute|commonly associated|possible contributor", condition.description, re.I)
        assert len(condition.red_flags) >= 2, condition.key


@pytest.mark.parametrize(
    ("condition", "flag"),
    [
        ("chest-wall-pain", r"chest pain|left arm"),
        ("calf-cramps", r"swollen.*calf|calf.*swollen|blood clot"),
        ("carpal-tunnel-like", r"numbness|weakness"),
        ("sciatica-like", r"bladder|bowel"),
        ("low-back-pain", r"weight loss"),
        ("stiff-neck", r"fever"),
        ("tension-headache", r"worst"),
        ("shoulder-pain", r"fall|injury|accident"),
    ],
)
def test_conditions_carry_the_red_flags_that_need_a_clinician_first(dataset, condition, flag):
    assert re.search(flag, " ".join(dataset.conditions[condition].red_flags), re.I)


@pytest.mark.parametrize(
    ("prefixes", "words"),
    [
        (("sternocleidomastoid", "scalenes"), r"carotid|front of the neck"),
        (("subscapularis", "teres-major", "latissimus", "pectoralis-minor", "coracobrachialis"), r"armpit"),
        (("brachialis", "pronator-teres"), r"elbow crease"),
        (("iliopsoas-1", "pectineus", "adductor-longus"), r"femoral"),
        (("popliteus", "gastrocnemius"), r"behind the knee|back of the knee|popliteal"),
        (("peroneus-longus",), r"peroneal|fibular"),
        (("rectus-abdominis", "iliopsoas-2"), r"aorta|midline"),
        (("quadratus-lumborum",), r"kidney"),
        (("piriformis", "gluteus"), r"sciatic"),
    ],
)
def test_precautions_name_the_sites_dangers(dataset, prefixes, words):
    for point in _points(dataset, *prefixes):
        assert re.search(words, point.precautions, re.I), point.id


def test_front_of_neck_muscles_are_never_pressed(dataset):
    pressing = {"ischemic-compression", "ball-self-massage", "deep-tissue-massage"}
    for point in _points(dataset, "sternocleidomastoid", "scalenes"):
        assert not pressing & set(point.techniques), point.id
        assert re.search(r"never press into the front of the neck", point.precautions, re.I)
    for point in _points(dataset, "sternocleidomastoid"):
        assert point.techniques[0] == "pincer-grip"


def test_content_review_table_matches_the_data(dataset):
    from scripts.content_review import DOC, END, START, table_markdown

    text = DOC.read_text(encoding="utf-8")
    committed = text[text.index(START) : text.index(END) + len(END)]
    assert committed == table_markdown(dataset), "run: python scripts/content_review.py"


def test_a_point_names_the_heart_warning_once(dataset):
    """Conditions share their red flags word for word, so a point linked to several shows each warning once."""
    for point_id in dataset.points:
        heart = [flag for flag in dataset.red_flags(point_id) if "the heart comes first" in flag]
        assert len(heart) <= 1, (point_id, heart)
