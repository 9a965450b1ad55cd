"""Study mode logic: questions from the data, grading, spaced repetition and progress that tolerates junk."""

from __future__ import annotations

import random

import pytest

from tests.shallow_stack import shallow_stack
from triggerpoints import study
from triggerpoints.study import KINDS, Question, clean_progress, make_question, pick_point, record_answer


@pytest.mark.parametrize("seed", range(40))
def test_questions_have_one_right_answer_among_distinct_options(dataset, seed):
    rng = random.Random(seed)
    point_id = rng.choice(sorted(dataset.points))
    question = make_question(dataset, point_id, rng)
    assert question.kind in KINDS
    if question.kind == "locate":
        assert question.options == () and question.answer is None
        assert dataset.point_name(point_id).lower() in question.prompt
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


@pytest.mark.parametrize(("choice", "kinds"), [("locate", {"locate"}), ("which-muscle", {"which-muscle"}),
                                               ("facts", {"condition", "technique"})])  # fmt: skip
def test_question_type_choice_is_respected(dataset, choice, kinds):
    rng = random.Random(3)
    seen = {make_question(dataset, p, rng, choice).kind for p in sorted(dataset.points)[:30]}
    assert seen <= kinds


def test_grading_choices_and_map_clicks(dataset):
    question = Question("locate", "temporalis-1", "left", "…", (), None)
    point = dataset.points["temporalis-1"]
    left_x = 2 * 170 - point.x
    assert study.locate_distance(dataset, question, left_x, point.y) == 0
    assert study.locate_distance(dataset, question, point.x, point.y) > study.LOCATE_TOLERANCE, "right is not left"
    other = dataset.points["temporalis-2"]
    assert study.locate_distance(dataset, question, 340 - other.x, other.y) == 0, "any temporalis point is right"
    choice = Question("condition", "temporalis-1", "right", "…", ("a", "b"), 1)
    assert study.grade_choice(choice, 1) and not study.grade_choice(choice, 0) and not study.grade_choice(choice, "1")


def test_right_answers_space_items_out_and_misses_bring_them_back_soon():
    progress = {"turn": 0, "items": {}}
    progress = record_answer(progress, "a", True)
    assert progress["items"]["a"] == {"box": 1, "due": 3, "seen": 1, "right": 1}
    progress = record_answer(progress, "a", True)
    assert progress["items"]["a"]["due"] == 2 + 4
    progress = record_answer(progress, "a", False)
    assert progress["items"]["a"]["box"] == 0 and progress["items"]["a"]["due"] == progress["turn"] + 1


def test_missed_items_come_back_before_known_ones(dataset):
    progress = {"turn": 0, "items": {}}
    progress = record_answer(progress, "masseter-1", True)
    progress = record_answer(progress, "soleus-1", False)
    progress = record_answer(progress, "piriformis-1", True)
    assert pick_point(dataset, progress, random.Random(0)) == "soleus-1"


def test_new_items_come_before_items_not_yet_due(dataset):
    progress = record_answer({"turn": 0, "items": {}}, "masseter-1", True)
    picked = {pick_point(dataset, progress, random.Random(s)) for s in range(10)}
    assert "masseter-1" not in picked


def test_area_filter_limits_the_pool(dataset):
    picked = {pick_point(dataset, {"turn": 0, "items": {}}, random.Random(s), "lower-leg-foot") for s in range(20)}
    assert {dataset.points[p].nav_area for p in picked} == {"lower-leg-foot"}


@pytest.mark.parametrize(
    "junk", [None, [], "x", {"turn": -1}, {"items": {"nope": {"box": 1}}}, {"items": {"soleus-1": {"box": "x"}}}]
)
def test_progress_from_the_browser_is_cleaned(dataset, junk):
    assert clean_progress(junk, dataset)["items"] == {}


def test_mastery_counts_per_area(dataset):
    progress = {"turn": 0, "items": {}}
    for _ in range(3):
        progress = record_answer(progress, "soleus-1", True)
    progress = record_answer(progress, "soleus-2", False)
    leg = study.mastery(dataset, progress)["lower-leg-foot"]
    assert leg["seen"] == 2 and leg["mastered"] == 1 and leg["total"] >= 18


def test_question_round_trips_through_the_store(dataset):
    question = make_question(dataset, "soleus-1", random.Random(1))
    assert study.question_from_store(question.to_store(), dataset) == question
    assert study.question_from_store({"kind": "locate"}, dataset) is None
    assert study.question_from_store({**question.to_store(), "point_id": "nope"}, dataset) is None


def _deep(levels: int, leaf: object = None) -> object:
    value = leaf if leaf is not None else []
    for _ in range(levels):
        value = [value]
    return value


def _deep_object(levels: int) -> dict:
    value: dict = {}
    for _ in range(levels):
        value = {"items": value}
    return value


GOOD_ITEM = {"box": 1, "due": 3, "seen": 1, "right": 1}


@pytest.mark.parametrize(
    "junk",
    [
        _deep(5_000),  # '[' nested thousands deep, as a forged or broken browser value would be
        _deep_object(5_000),
        {"turn": _deep(5_000), "items": _deep(5_000)},
        {"turn": True, "items": {"soleus-1": {**GOOD_ITEM, "box": True}}},
        {"turn": 10**30, "items": {"soleus-1": {**GOOD_ITEM, "due": 10**30}}},
        {"turn": 1, "items": {"soleus-1": _deep(5_000)}},
        {"turn": 1, "items": {"soleus-1": {"box": _deep(5_000), "due": 1, "seen": 1, "right": 1}}},
        {"turn": 1, "items": {"x" * 1_000_000: GOOD_ITEM}},
        {"turn": 1, "items": {f"gone-{n}": GOOD_ITEM for n in range(100_000)}},
        {"turn": 1, "items": [GOOD_ITEM] * 100_000},
    ],
)  # fmt: skip
def test_odd_progress_reads_as_none_without_raising_or_recursing(dataset, junk):
    with shallow_stack():
        progress = clean_progress(junk, dataset)
    assert progress["items"] == {}
    assert progress["turn"] in (0, 1)
    assert pick_point(dataset, progress, random.Random(1)) in dataset.points


def test_progress_keeps_the_known_points_among_odd_ones(dataset):
    progress = clean_progress(
        {"turn": 4, "items": {"soleus-1": GOOD_ITEM, "gone-1": GOOD_ITEM, "soleus-2": "x"}}, dataset
    )
    assert progress == {"turn": 4, "items": {"soleus-1": GOOD_ITEM}}


@pytest.mark.parametrize(
    "change",
    [
        {"options": _deep(5_000)},
        {"options": [_deep(5_000)] * 4},
        {"prompt": _deep(5_000)},
        {"kind": ["locate"]},
        {"point_id": ["soleus-1"]},
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


def test_a_locate_question_has_no_options_and_no_answer(dataset):
    question = make_question(dataset, "soleus-1", random.Random(1), "locate").to_store()
    assert study.question_from_store(question, dataset) is not None
    assert study.question_from_store({**question, "answer": 0}, dataset) is None
    assert study.question_from_store({**question, "options": ["Soleus"]}, dataset) is None


def test_answering_keeps_every_stored_entry_it_cannot_read(dataset):
    point = next(iter(dataset.points))
    stored = {
        "turn": 4,
        "items": {
            "retired-point-1": {"box": 3, "due": 9, "seen": 5, "right": 4},
            "other-format": {"stability": 2.5, "last": "2026-01-01"},
            point: {"box": 1, "due": 3, "seen": 1, "right": 1},
        },
        "version": "future",
    }
    updated = study.keep_unread(stored, record_answer(clean_progress(stored, dataset), point, True))
    assert updated["items"]["retired-point-1"] == stored["items"]["retired-point-1"]
    assert updated["items"]["other-format"] == stored["items"]["other-format"]
    assert updated["items"][point]["seen"] == 2 and updated["turn"] == 5
    assert updated["version"] == "future"


@pytest.mark.parametrize("stored", [None, [], "x", {"items": [1, 2]}])
def test_answering_over_unreadable_progress_starts_afresh(dataset, stored):
    point = next(iter(dataset.points))
    fresh = record_answer(clean_progress(stored, dataset), point, False)
    assert study.keep_unread(stored, fresh) == fresh


def test_a_point_with_only_professional_techniques_is_never_asked_for_a_self_care_one(dataset):
    from dataclasses import replace
    from types import MappingProxyType

    point_id = next(iter(dataset.points))
    professional = [k for k, t in dataset.techniques.items() if not t.is_self_care]
    point = dataset.points[point_id].model_copy(update={"techniques": tuple(professional), "conditions": ()})
    only = replace(dataset, points=MappingProxyType({**dataset.points, point_id: point}))
    for seed in range(30):
        question = make_question(only, point_id, random.Random(seed), "facts")
        assert question.kind == "locate"
