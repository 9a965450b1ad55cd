"""Guided self-care logic: the safety check, the plan read from the point (precautions, "do not use it", pressure,
hold), what stops or ends a session, and the history."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.shallow_stack import shallow_stack
from triggerpoints.guided import (
    GENERAL_RED_FLAGS,
    HOLD_CHOICES,
    NERVE_STOP,
    SESSIONS_LISTED,
    SESSIONS_SENT,
    SavedSession,
    guided_plan,
    history_notes,
    hold_choices,
    pressure_guidance,
    rating,
    read_history,
    red_flag_stop,
    safety_questions,
    session_entry,
    session_outcome,
    technique_hold,
    technique_stop,
    urgency,
)

BLADDER = next(flag for flag in GENERAL_RED_FLAGS if "bladder" in flag)
CALF = next(flag for flag in GENERAL_RED_FLAGS if "calf" in flag)
# Points whose own self-care caps holds at 20-30 s (issue 15): the timer starts there and offers nothing longer.
CAPPED = ["sternocleidomastoid-sternal-1", "sternocleidomastoid-clavicular-1", "scalenes-1", "scalenes-2",
          "digastric-1", "digastric-2", "iliopsoas-1"]  # fmt: skip


@pytest.mark.parametrize(
    ("dose", "seconds"),
    [("Hold 20-60 seconds per spot", 30), ("Hold 30-90 seconds", 60), ("hold 60 to 120 seconds", 60),
     ("Hold 10-20 seconds", 20), ("10-12 strokes", 30), ("", 30)],
)  # fmt: skip
def test_a_techniques_hold_is_the_longest_choice_not_above_the_middle_of_its_dose(dose, seconds):
    assert technique_hold(dose) == seconds


@pytest.mark.parametrize(("longest", "choices"), [(60, HOLD_CHOICES), (30, (20, 30)), (45, (20, 30, 45)), (15, (15,))])
def test_the_timer_never_offers_a_hold_longer_than_the_point_allows(longest, choices):
    assert hold_choices(longest) == choices


@pytest.mark.parametrize("point_id", CAPPED)
def test_a_point_that_caps_its_holds_starts_the_timer_at_its_own_hold(dataset, point_id):
    plan = guided_plan(dataset, point_id, "left")
    assert plan.hold_seconds == dataset.points[point_id].hold_seconds == 30
    assert max(plan.hold_choices) == 30


def test_every_plan_reads_its_hold_pressure_precautions_and_technique_from_the_data(dataset):
    for point_id, point in dataset.points.items():
        plan = guided_plan(dataset, point_id, "right")
        assert plan.hold_seconds in plan.hold_choices and max(plan.hold_choices) <= (point.hold_seconds or 60)
        assert plan.precautions == point.precautions, point_id
        assert not any(step.startswith(("Your therapist", "Your clinician")) for step in plan.press_steps), point_id
        if plan.pressing:
            assert plan.pressure.startswith("Pressure: ") and "out of 10" in plan.pressure, point_id
            technique = next(dataset.techniques[k] for k in point.techniques if dataset.techniques[k].name ==
                             plan.technique)  # fmt: skip
            assert plan.contraindications == tuple(c.rstrip(".") for c in technique.contraindications), point_id


def test_a_point_not_pressed_at_home_has_no_timer_and_says_so(dataset):
    plan = guided_plan(dataset, "levator-ani-1", "right")
    assert not plan.pressing and plan.press_steps == () and plan.pressure == "Do not press this point yourself."
    assert plan.technique and plan.contraindications


@pytest.mark.parametrize(
    ("self_care", "pressure"),
    [("Hold at 5-7 out of 10.", "Pressure: 5-7 out of 10 (a 'good hurt' you can breathe through), never sharp"),
     ("Squeeze to no more than a 5 out of 10, or roll it at 5–7 out of 10.", "Pressure: no more than 5 out of 10,"),
     ("Light strokes, 4–6 out of 10.", "Pressure: 4-6 out of 10"),
     ("Stroke gently.", "Pressure: gentle only")],
)  # fmt: skip
def test_pressure_comes_from_the_points_own_words_the_most_careful_first(self_care, pressure):
    assert pressure_guidance(self_care).startswith(pressure)


def test_safety_check_asks_the_general_red_flags_first(dataset):
    questions = safety_questions(dataset, "gastrocnemius-1")
    assert questions[: len(GENERAL_RED_FLAGS)] == GENERAL_RED_FLAGS
    assert len(questions) == len(set(questions))
    assert any("calf" in q.lower() for q in questions)


def test_a_warning_sign_the_conditions_share_is_asked_once(dataset):
    """The general signs use the conditions' own words, so a point's copy of one is not asked again."""
    questions = safety_questions(dataset, "quadratus-lumborum-1")
    assert sum("bladder or bowel" in q for q in questions) == 1


@pytest.mark.parametrize(
    ("flags", "title"),
    [([BLADDER], "Call emergency services now"), ([CALF], "See a clinician today"),
     (["Pain after a recent fall, accident or injury"], "See a clinician first"),
     ([CALF, BLADDER], "Call emergency services now")],
)  # fmt: skip
def test_a_ticked_sign_stops_the_session_as_urgently_as_it_needs_in_its_own_words(flags, title):
    stop = red_flag_stop(flags)
    assert stop.title == title and stop.items == tuple(flags) and stop.color == "red"


def test_the_bladder_and_bowel_sign_says_emergency_in_the_check_and_in_the_stop():
    assert urgency(BLADDER) == 2 and "emergency" in BLADDER
    stop = red_flag_stop([BLADDER])
    assert BLADDER in stop.items and "emergency" in stop.title.lower()


@pytest.mark.parametrize(
    ("flag", "level"),
    [("A swollen calf: no massage; see a clinician today, and call emergency services if short of breath", 1),
     ("Chest pain: call emergency services, the heart comes first.", 2), ("A new headache: same-day care.", 1),
     ("Numbness that is getting worse", 0), ("Emergency stop in the words before the colon: see a doctor", 0)],
)  # fmt: skip
def test_urgency_reads_the_first_word_of_the_advice(flag, level):
    assert urgency(flag) == level


def test_the_techniques_do_not_use_it_list_stops_the_session_with_its_own_words():
    stop = technique_stop("Sustained pressure (ischemic compression)", ["Over varicose veins"])
    assert "Do not use sustained pressure (ischemic compression) on this point now" in stop.text
    assert stop.items == ("Over varicose veins",)


@pytest.mark.parametrize(
    ("before", "after", "nerve", "title", "color"),
    [(2, 9, [], "Your pain went up: stop for today", "orange"), (6, 3, [], "Saved", "teal"),
     (4, 4, [], "Saved", "blue"), (6, 2, ["Numbness"], NERVE_STOP.title, "red")],
)  # fmt: skip
def test_a_rise_in_pain_or_a_nerve_sign_ends_the_session_with_advice(before, after, nerve, title, color):
    outcome = session_outcome(before, after, nerve)
    assert (outcome.title, outcome.color) == (title, color)
    assert ("repeat later today" in outcome.text) == (color == "teal")
    assert outcome.items == tuple(nerve)


def test_ratings_start_unset_and_only_whole_numbers_from_0_to_10_count():
    assert [rating(v) for v in (None, "", "7", 7, 0, "10", 11, -1, True, 5.5, "x")] == [
        None, None, 7, 7, 0, 10, None, None, None, None, None]  # fmt: skip


def test_session_entries_need_both_ratings_and_carry_the_session_id():
    when = datetime(2026, 11, 21, 9, 30)
    assert session_entry("soleus-1", "left", "6", 3, when, "abc") == {
        "when": "2026-11-21 09:30", "point": "soleus-1", "side": "left", "before": 6, "after": 3, "session": "abc"}  # fmt: skip
    for bad in [(11, 3), (-1, 2), (None, 2), (5, None), (True, 3), (5.5, 3)]:
        assert session_entry("soleus-1", "left", *bad, when, "abc") is None


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
