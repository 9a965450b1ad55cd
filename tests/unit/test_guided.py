"""Guided self-care logic: the safety questions, the plan (self-care only), the hold time and the history."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.shallow_stack import shallow_stack
from triggerpoints.guided import (
    GENERAL_RED_FLAGS,
    SESSIONS_LISTED,
    SESSIONS_SENT,
    SavedSession,
    guided_plan,
    history_notes,
    hold_seconds,
    read_history,
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


GOOD = {"when": "2026-11-21 09:30", "point": "soleus-1", "side": "left", "before": 6, "after": 3}


def _sent(history: list) -> dict:
    """What the browser sends the history view (the clientside cut in components/guided_self_care.py)."""
    return {"total": len(history), "recent": history[-SESSIONS_SENT:]}


def _deep(levels: int) -> list:
    value: list = []
    for _ in range(levels):
        value = [value]
    return value


def test_history_lists_the_newest_sessions_it_can_show_first(dataset):
    history = [{**GOOD, "when": f"2026-11-{day:02d} 09:30"} for day in range(1, 13)]
    view = read_history(_sent(history), dataset)
    assert view.total == 12 and view.readable == 12 and view.unknown == view.unreadable == 0
    assert [s.when for s in view.listed] == [f"2026-11-{day:02d} 09:30" for day in range(12, 2, -1)]
    assert len(view.listed) == SESSIONS_LISTED
    assert history_notes(view) == ["12 sessions are saved in this browser; the 10 newest are listed."]


def test_history_shows_what_it_can_of_entries_written_by_other_versions(dataset):
    """An entry with a known point is listed; a missing or odd time, side or rating shows as "–" (None)."""
    odd = {"point": "soleus-1", "before": 4.0, "after": "3", "side": "middle", "mood": "better"}
    view = read_history(_sent([GOOD, odd]), dataset)
    assert view.listed == (
        SavedSession(when=None, point_id="soleus-1", side=None, before=4, after=None),
        SavedSession(when="2026-11-21 09:30", point_id="soleus-1", side="left", before=6, after=3),
    )
    assert history_notes(view) == []


def test_history_counts_and_names_what_it_cannot_show(dataset):
    history = [
        {**GOOD, "point": "retired-point-1"},
        "a session from some other app",
        {**GOOD, "point": "retired-point-2"},
        {**GOOD, "point": "retired-point-1"},
        {"when": "2026-11-21", "before": 2},
        GOOD,
    ]
    view = read_history(_sent(history), dataset)
    assert view.readable == 1 and view.unknown == 3 and view.unreadable == 2
    assert view.unknown_points == ("retired-point-1", "retired-point-2")
    assert history_notes(view) == [
        "3 saved sessions are for points this version doesn't have (retired-point-1, retired-point-2); "
        "they are kept in this browser.",
        "2 saved sessions are in a form this version can't read; they are kept in this browser.",
    ]


def test_a_history_of_only_unknown_sessions_says_so_in_the_singular(dataset):
    view = read_history(_sent([{**GOOD, "point": "gone\u202e-1"}]), dataset)
    assert view.listed == ()
    assert history_notes(view) == [
        "1 saved session is for a point this version doesn't have (gone\ufffd-1); it is kept in this browser."
    ]


def test_a_history_longer_than_what_is_sent_counts_every_session(dataset):
    history = [GOOD] * 4_000
    sent = _sent(history)
    sent["recent"] = sent["recent"][:-1] + [{**GOOD, "point": "gone-1"}]
    view = read_history(sent, dataset)
    assert view.total == 4_000 and view.checked == SESSIONS_SENT
    assert history_notes(view) == [
        "4,000 sessions are saved in this browser; the 10 newest are listed.",
        f"Of the newest {SESSIONS_SENT:,}: 1 saved session is for a point this version doesn't have (gone-1); "
        "it is kept in this browser.",
    ]


@pytest.mark.parametrize(
    "sent",
    [
        None, "x", 7, True, [], {}, {"recent": "x"}, {"total": "many", "recent": []}, {"total": True, "recent": []},
        [GOOD] * 3,  # the history itself rather than what the browser cuts from it
        {"total": 1, "recent": _deep(5_000)},
        {"total": 1, "recent": [{"point": _deep(5_000), "when": _deep(5_000)}]},
        {"total": 1, "recent": [{**GOOD, "point": ["soleus-1"]}, {**GOOD, "point": {"a": 1}}]},
        {"total": 1, "recent": [{**GOOD, "point": "x" * 1_000_000}]},
        {"total": 10**12, "recent": [GOOD] * 200_000},
    ],
)  # fmt: skip
def test_history_reads_anything_from_the_browser_without_raising(dataset, sent):
    with shallow_stack():
        view = read_history(sent, dataset)
        notes = history_notes(view)
    assert len(view.listed) <= SESSIONS_LISTED and view.checked <= SESSIONS_SENT
    assert view.readable + view.unknown + view.unreadable == view.checked
    assert all(len(note) < 400 for note in notes)
