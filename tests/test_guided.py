"""Guided self-care logic: the safety questions, the plan (self-care only), the hold time and the history."""

from __future__ import annotations

from datetime import datetime

import pytest

from triggerpoints.guided import (
    GENERAL_RED_FLAGS,
    add_to_history,
    clean_history,
    guided_plan,
    hold_seconds,
    safety_questions,
    session_entry,
)


@pytest.mark.parametrize(
    ("dose", "seconds"),
    [("Hold 30-90 seconds per spot", 60), ("Hold 20-30 seconds", 30), ("hold 60 to 120 seconds", 90),
     ("10-12 strokes", 60), ("", 60)],
)  # fmt: skip
def test_hold_time_follows_the_technique(dose, seconds):
    assert hold_seconds(dose) == seconds


def test_safety_check_asks_the_general_red_flags_first(dataset):
    questions = safety_questions(dataset, "gastrocnemius-1")
    assert questions[: len(GENERAL_RED_FLAGS)] == GENERAL_RED_FLAGS
    assert len(questions) == len(set(questions))
    assert any("calf" in q.lower() for q in questions)


def test_plan_uses_only_self_care_steps(dataset):
    for point_id in dataset.points:
        plan = guided_plan(dataset, point_id, "right")
        assert 30 <= plan.hold_seconds <= 90
        assert not any(step.startswith("Your therapist") for step in plan.press_steps), point_id


def test_plan_flags_points_best_left_to_a_professional(dataset):
    assert guided_plan(dataset, "iliopsoas-1", "left").professional_only_note
    assert not guided_plan(dataset, "upper-trapezius-1", "left").professional_only_note


def test_session_entries_validate_ratings():
    when = datetime(2026, 11, 21, 9, 30)
    assert session_entry("soleus-1", "left", 6, 3, when) == {
        "when": "2026-11-21 09:30", "point": "soleus-1", "side": "left", "before": 6, "after": 3}  # fmt: skip
    for bad in [(11, 3), (-1, 2), ("5", 3), (None, 2), (True, 3)]:
        assert session_entry("soleus-1", "left", *bad, when) is None


def test_history_from_the_browser_is_cleaned_and_capped(dataset):
    good = {"when": "2026-11-21 09:30", "point": "soleus-1", "side": "left", "before": 6, "after": 3}
    junk = [good, {"point": "nope"}, "x", {**good, "before": 99}, {**good, "side": "middle"}]
    assert clean_history(junk, dataset) == [good]
    assert clean_history("not a list", dataset) == []
    history = []
    for _ in range(60):
        history = add_to_history(history, good)
    assert len(history) == 50
