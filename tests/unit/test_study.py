"""Study mode's questions: generated from the data for every point and every muscle with the data a kind needs,
one right answer among wrong ones that are surely wrong, graded right, and kept in the browser safely."""

from __future__ import annotations

import random
from dataclasses import replace
from types import MappingProxyType

import pytest
from shapely.geometry import Polygon

from tests.shallow_stack import shallow_stack
from triggerpoints import study
from triggerpoints.figure_frame import VIEWS, mirror_x
from triggerpoints.study import KINDS, MUSCLE_KINDS, POINT_KINDS, Question, card_kinds, muscle_kinds, study_cards
from triggerpoints.study_distractors import FIELDS, clash, fact, readable
from triggerpoints.study_questions import looks_alike, make_question


@pytest.mark.parametrize("seed", range(40))
def test_point_questions_have_one_right_answer_among_distinct_options(dataset, seed):
    rng = random.Random(seed)
    point_id = rng.choice(sorted(dataset.points))
    question = make_question(dataset, point_id, rng, "which-muscle" if seed % 2 else "facts")
    assert question.kind in POINT_KINDS
    if question.kind == "locate":
        assert question.options == () and question.answer is None
        return
    assert len(question.options) == 4 and len(set(question.options)) == 4
    right = question.options[question.answer]
    point = dataset.points[point_id]
    if question.kind == "which-muscle":
        assert right == dataset.muscle_of(point_id).name
        for option in question.options:
            if option != right:
                same = [p for p in dataset.points.values() if dataset.muscles[p.muscle].name == option]
                assert all((set(p.referral_primary), set(p.referral_spillover))
                           != (set(point.referral_primary), set(point.referral_spillover)) for p in same)  # fmt: skip
    elif question.kind == "condition":
        names = {dataset.conditions[c].name for c in point.conditions}
        assert right in names and not names & (set(question.options) - {right})
    else:
        names = {dataset.techniques[t].name for t in point.techniques}
        assert right in names and not names & (set(question.options) - {right})
        assert all(t.is_self_care for t in dataset.techniques.values() if t.name == right)


def _muscles_with(dataset, kind: str) -> list[str]:
    """The muscles whose data a kind needs: an outline for the map's kinds, the fact for the others."""
    if kind in ("muscle-shown", "muscle-click"):
        return sorted({muscle for muscle, _, _ in dataset.muscle_outlines})
    return sorted(k for k, m in dataset.muscles.items() if fact(m, kind).strip())


@pytest.mark.parametrize("kind", MUSCLE_KINDS)
def test_every_muscle_with_the_data_a_kind_needs_gets_that_kind(dataset, kind):
    muscles = _muscles_with(dataset, kind)
    assert len(muscles) >= 80
    for n, muscle in enumerate(muscles):
        assert kind in muscle_kinds(dataset, muscle), muscle
        question = make_question(dataset, f"muscle:{muscle}", random.Random(n), kind)
        assert (question.kind, question.muscle) == (kind, muscle)
        assert study.question_from_store(question.to_store(), dataset) == question
        if kind == "muscle-click":
            _grades_clicks_on_the_muscle(dataset, question)
            continue
        assert len(question.options) == 4 and len(set(question.options)) == 4, muscle
        wrong = next(i for i in range(4) if i != question.answer)
        assert study.grade_choice(question, question.answer) and not study.grade_choice(question, wrong)
        right = question.options[question.answer]
        if kind == "muscle-shown":
            assert right == dataset.muscles[muscle].name
            others = [k for k, m in dataset.muscles.items() if m.name in question.options and k != muscle]
            assert not any(looks_alike(dataset, muscle, k, question.side) for k in others)
        else:
            assert right == fact(dataset.muscles[muscle], kind)
            wrong_options = set(question.options) - {right}
            others = [m for k, m in dataset.muscles.items() if fact(m, kind) in wrong_options]
            assert len(others) >= 3 and not any(clash(dataset.muscles[muscle], m, kind) for m in others)


def _grades_clicks_on_the_muscle(dataset, question: Question) -> None:
    muscle, side = question.muscle, question.side
    view = next(v for v in VIEWS if dataset.muscle_outline(muscle, v, side))
    inside = Polygon(dataset.muscle_outline(muscle, view, side)[0]).representative_point()
    assert study.grade_click(dataset, question, inside.x, inside.y), muscle
    assert not study.grade_click(dataset, question, 990.0, -10.0), "a corner of the canvas is on no muscle"
    if view != "side":
        other = "left" if side == "right" else "right"
        mirrored = mirror_x(inside.x, view)
        if study.muscle_distance(dataset, muscle, side, mirrored, inside.y) > study.MUSCLE_TOLERANCE:
            assert not study.grade_click(dataset, question, mirrored, inside.y), f"{muscle}: {other} is not {side}"


# Muscles whose facts are the same or overlap, so one must never be offered as a wrong answer on the other.
AMBIGUOUS = [
    ("gastrocnemius", "soleus", "insertion"),
    ("gastrocnemius", "soleus", "nerve"),
    ("infraspinatus", "teres-minor", "action"),
    ("infraspinatus", "teres-minor", "insertion"),
    ("vastus-medialis", "rectus-femoris", "insertion"),
    ("vastus-lateralis", "vastus-medialis", "nerve"),
    ("gluteus-medius", "gluteus-minimus", "nerve"),
    ("gluteus-medius", "tensor-fasciae-latae", "nerve"),
    ("gluteus-medius", "piriformis", "insertion"),
    ("palmaris-longus", "flexor-carpi-radialis", "origin"),
    ("extensor-digitorum", "extensor-carpi-radialis-brevis", "origin"),
    ("extensor-digitorum", "extensor-carpi-radialis-longus", "nerve"),
    ("sternocleidomastoid", "trapezius", "nerve"),
    ("biceps-brachii", "brachialis", "action"),
    ("semitendinosus", "biceps-femoris", "origin"),
    ("abductor-hallucis", "flexor-digitorum-longus", "nerve"),
    ("temporalis", "masseter", "action"),
    ("temporalis", "masseter", "nerve"),
]


@pytest.mark.parametrize(("first", "second", "field"), AMBIGUOUS)
def test_muscles_with_the_same_fact_are_never_right_and_wrong_together(dataset, first, second, field):
    a, b = dataset.muscles[first], dataset.muscles[second]
    assert clash(a, b, field) and clash(b, a, field)
    for seed in range(30):
        for asked, other in ((first, second), (second, first)):
            question = make_question(dataset, f"muscle:{asked}", random.Random(seed), field)
            wrong = set(question.options) - {question.options[question.answer]}
            assert fact(dataset.muscles[other], field) not in wrong


@pytest.mark.parametrize(("first", "second", "field"), [("palmaris-longus", "extensor-digitorum", "origin"),
                                                        ("infraspinatus", "rhomboid-major", "insertion")])  # fmt: skip
def test_different_landmarks_of_one_bone_do_not_clash(dataset, first, second, field):
    assert not clash(dataset.muscles[first], dataset.muscles[second], field)


@pytest.mark.parametrize("field", FIELDS)
def test_the_vocabulary_reads_every_muscles_facts(dataset, field):
    assert [k for k, m in dataset.muscles.items() if not readable(m, field)] == []


@pytest.mark.parametrize(
    ("choice", "kinds"),
    [("locate", {"locate"}), ("which-muscle", {"which-muscle"}), ("facts", {"condition", "technique"}),
     ("muscle-shown", {"muscle-shown"}), ("muscle-click", {"muscle-click"}), ("anatomy", set(FIELDS))],
)  # fmt: skip
def test_question_type_choice_is_respected(dataset, choice, kinds):
    rng = random.Random(3)
    seen = {make_question(dataset, card, rng, choice).kind for card in study_cards(dataset, choice)[:40]}
    assert seen <= kinds


def test_the_mixed_quiz_asks_every_kind(dataset):
    rng = random.Random(5)
    cards = study_cards(dataset)
    assert {make_question(dataset, rng.choice(cards), rng).kind for _ in range(400)} == set(KINDS)


def test_grading_map_clicks_for_a_point(dataset):
    question = Question("locate", "temporalis-1", "left", "…", (), None)
    view, x, y = study.point_targets(dataset, question)[0]
    assert study.locate_distance(dataset, question, x, y) == 0
    assert study.locate_distance(dataset, question, mirror_x(x, view), y) > study.LOCATE_TOLERANCE, "left not right"
    other = next(p for p in dataset.muscle_points("temporalis") if p != "temporalis-1")
    assert study.locate_distance(dataset, question, *dataset.position(other, "left")) == 0, "any point of it is right"
    choice = Question("condition", "temporalis-1", "right", "…", ("a", "b"), 1)
    assert study.grade_choice(choice, 1) and not study.grade_choice(choice, 0) and not study.grade_choice(choice, "1")
    assert not study.grade_choice(choice, True)


def test_a_point_with_only_professional_techniques_is_never_asked_for_a_self_care_one(dataset):
    point_id = next(iter(dataset.points))
    professional = [k for k, t in dataset.techniques.items() if not t.is_self_care]
    point = dataset.points[point_id].model_copy(update={"techniques": tuple(professional), "conditions": ()})
    only = replace(dataset, points=MappingProxyType({**dataset.points, point_id: point}))
    for seed in range(30):
        assert make_question(only, point_id, random.Random(seed), "facts").kind == "locate"


def test_card_kinds_follow_the_data(dataset):
    assert set(card_kinds(dataset, "soleus-1")) <= set(POINT_KINDS)
    assert "muscle-shown" in muscle_kinds(dataset, "soleus")
    unmapped = replace(dataset, muscle_outlines=MappingProxyType({}))
    assert "muscle-shown" not in muscle_kinds(unmapped, "soleus") and "nerve" in muscle_kinds(unmapped, "soleus")


def test_question_round_trips_through_the_store(dataset):
    question = make_question(dataset, "soleus-1", random.Random(1))
    assert study.question_from_store(question.to_store(), dataset) == question
    assert study.question_from_store({"kind": "locate"}, dataset) is None
    assert study.question_from_store({**question.to_store(), "card": "nope"}, dataset) is None
    anatomy = make_question(dataset, "muscle:soleus", random.Random(1), "anatomy").to_store()
    assert study.question_from_store({**anatomy, "card": "soleus-1"}, dataset) is None, "a muscle's kind, a point"
    assert study.question_from_store({**question.to_store(), "kind": "nerve", "card": "muscle:soleus"}, dataset)


def _deep(levels: int) -> object:
    value: object = []
    for _ in range(levels):
        value = [value]
    return value


@pytest.mark.parametrize(
    "change",
    [
        {"options": _deep(5_000)},
        {"options": [_deep(5_000)] * 4},
        {"prompt": _deep(5_000)},
        {"kind": ["locate"]},
        {"card": ["soleus-1"]},
        {"card": "x" * 100_000},
        {"options": ["a"] * 10_000},
        {"answer": True},
        {"answer": None},
        {"answer": 4},
        {"answer": 1.0},
    ],
)  # fmt: skip
def test_odd_questions_from_the_browser_read_as_none_without_recursing(dataset, change):
    question = make_question(dataset, "soleus-1", random.Random(3), "which-muscle").to_store()
    with shallow_stack():
        assert study.question_from_store({**question, **change}, dataset) is None


def test_a_map_question_has_no_options_and_no_answer(dataset):
    for card, kind in (("soleus-1", "locate"), ("muscle:soleus", "muscle-click")):
        question = make_question(dataset, card, random.Random(1), kind).to_store()
        assert study.question_from_store(question, dataset) is not None
        assert study.question_from_store({**question, "answer": 0}, dataset) is None
        assert study.question_from_store({**question, "options": ["Soleus"]}, dataset) is None


def test_progress_per_area_counts_points_and_muscles(dataset):
    from datetime import UTC, datetime

    from triggerpoints.study_schedule import empty_progress, record_answer

    now = datetime(2026, 3, 1, tzinfo=UTC)
    progress = record_answer(empty_progress(), "soleus-1", False, now)
    progress = record_answer(progress, "muscle:soleus", True, now)
    leg = study.progress_by_area(dataset, progress, now)["lower-leg-foot"]
    points = sum(p.nav_area == "lower-leg-foot" for p in dataset.points.values())
    assert leg["seen"] == 2 and leg["known"] == 0 and leg["total"] > points and leg["due"] == 0
