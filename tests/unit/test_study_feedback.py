"""The quiz's words after an answer: distances and directions as a person says them, the regions under the click and
the target, and for every kind of question what was asked and what is right."""

from __future__ import annotations

import random
import re

import pytest
from shapely.geometry import Polygon

from triggerpoints import study
from triggerpoints.figure_frame import mirror_x
from triggerpoints.pain_finder import build_pain_index
from triggerpoints.study import MUSCLE_KINDS, POINT_KINDS, Question
from triggerpoints.study_feedback import (
    choice_feedback,
    direction_words,
    distance_words,
    locate_feedback,
    muscle_click_feedback,
    place_words,
)
from triggerpoints.study_questions import make_question


@pytest.fixture(scope="module")
def region_at(dataset):
    return build_pain_index(dataset).region_at


@pytest.mark.parametrize(
    ("distance", "words"),
    [(8, "about a finger-width"), (22, "about two finger-widths"), (40, "about a hand-width"),
     (62, "about a hand-width and a half"), (80, "about two hand-widths"), (200, "about five hand-widths"),
     (900, "more than ten hand-widths")],
)  # fmt: skip
def test_distances_read_in_finger_and_hand_widths(distance, words):
    assert distance_words(distance) == words


@pytest.mark.parametrize(
    ("view", "place", "target", "words"),
    [("back", (560, 300), (560, 220), "too low"), ("back", (560, 150), (560, 220), "too high"),
     ("back", (620, 220), (560, 220), "too far out to the side"), ("front", (160, 220), (120, 220),
     "too close to the middle"), ("front", (100, 260), (130, 220), "too low and too far out to the side"),
     ("side", (860, 300), (830, 300), "too far forward"), ("side", (800, 300), (830, 300), "too far back")],
)  # fmt: skip
def test_directions_read_as_a_person_says_them(view, place, target, words):
    assert direction_words(view, *place, *target) == words


def test_a_place_is_named_by_the_region_under_it(dataset, region_at):
    view, x, y = study.point_targets(dataset, Question("locate", "infraspinatus-1", "right", "", (), None))[0]
    assert place_words(dataset, region_at, x, y) == "just below the ridge of the shoulder blade", "a place word leads"
    assert place_words(dataset, region_at, x, y + 100) == "on the back of the lower ribs"
    assert place_words(dataset, region_at, 990.0, -10.0) is None


def _no_units(text: str) -> None:
    assert "unit" not in text and not re.search(r"\d+\.\d", text), text


def test_a_missed_point_is_described_in_words(dataset, region_at):
    question = Question("locate", "infraspinatus-1", "right", "", (), None)
    view, x, y = study.point_targets(dataset, question)[0]
    low = locate_feedback(dataset, region_at, question, x, y + 100, right=False)
    _no_units(low)
    assert low.startswith("Not quite. Your click was about two hand-widths too low, on the ")
    assert "; the trigger point of infraspinatus lies just below the ridge of the shoulder blade." in low
    assert "The X on the map shows it" in low
    other_side = locate_feedback(dataset, region_at, question, mirror_x(x, view), y, right=False)
    assert "Your click was on the left side" in other_side and "asks for the right side" in other_side
    front = locate_feedback(dataset, region_at, question, 170.0, 300.0, right=False)
    assert "Your click was on the front view" in front and "is seen on the back view" in front
    off = locate_feedback(dataset, region_at, question, 990.0, -10.0, right=False)
    assert off.startswith("Not quite. Your click was off the body;")
    right = locate_feedback(dataset, region_at, question, x, y, right=True)
    assert right.startswith("Right! The X on the map shows where the trigger point of infraspinatus lies.")


def test_a_missed_muscle_is_described_in_words(dataset, region_at):
    question = Question("muscle-click", "muscle:gluteus-medius", "right", "", (), None)
    outline = Polygon(dataset.muscle_outline("gluteus-medius", "back", "right")[0])
    inside = outline.representative_point()
    below = (inside.x, outline.bounds[3] + 60)
    words = muscle_click_feedback(dataset, region_at, question, *below, right=False)
    _no_units(words)
    assert "too low" in words and "the gluteus medius lies on the " in words and "shows its outline" in words
    assert muscle_click_feedback(dataset, region_at, question, inside.x, inside.y, right=True).startswith(
        "Right! That is the gluteus medius"
    )
    deep = Question("muscle-click", "muscle:soleus", "right", "", (), None)
    assert "It lies deep, under the gastrocnemius" in muscle_click_feedback(dataset, region_at, deep, 0, 0, False)


@pytest.mark.parametrize("kind", [k for k in POINT_KINDS + MUSCLE_KINDS if k not in study.MAP_KINDS])
def test_choice_feedback_says_what_was_asked_for_every_kind(dataset, kind):
    rng = random.Random(4)
    card = "muscle:biceps-brachii" if kind in MUSCLE_KINDS else "pronator-teres-1"
    question = make_question(dataset, card, rng, kind)
    assert question.kind == kind
    right, wrong = choice_feedback(dataset, question, True), choice_feedback(dataset, question, False)
    assert right.startswith("Right! ") and wrong.startswith("Not quite")
    assert not right.startswith("Right! It is"), "says what was asked, not only a name"
    answer = question.options[question.answer]
    if kind in ("condition", "technique"):
        assert answer in right and "pronator teres" in right.lower()
        assert ("self-care" in right) == (kind == "technique")
    elif kind in ("origin", "insertion", "nerve"):
        lower = answer[0].lower() + answer[1:]
        assert lower.rstrip(".") in right and "In clinical terms:" in right
    elif kind == "action":
        assert right.startswith("Right! That is what the biceps brachii does.") and answer[1:].rstrip(".") in wrong
    elif kind == "muscle-shown":
        assert right == "Right! The outline is the biceps brachii."
    else:
        assert "refers pain to this zone" in right
