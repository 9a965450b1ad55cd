"""Spaced repetition with FSRS: what an answer does to a card, which card comes next, progress that tolerates junk,
the first version's progress migrated without loss, and 200 simulated answers that cover the muscles and space
them well."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime, timedelta
from functools import partial

import pytest
from fsrs import State

from tests.shallow_stack import shallow_stack
from triggerpoints import study_schedule
from triggerpoints.study import study_cards
from triggerpoints.study_schedule import (
    MIN_GAP,
    REVIEWS_PER_NEW,
    card_family,
    card_muscle,
    clean_progress,
    empty_progress,
    keep_unread,
    migrated,
    pick_card,
    read_card,
    record_answer,
)

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
ANSWER_EVERY = timedelta(seconds=20)


def _answers(progress: dict, *answers: tuple[str, bool], now: datetime = NOW) -> tuple[dict, datetime]:
    for card, correct in answers:
        progress = record_answer(progress, card, correct, now)
        now += ANSWER_EVERY
    return progress, now


def _due(progress: dict, card: str) -> datetime:
    return datetime.fromisoformat(progress["items"][card]["card"]["due"])


def test_a_right_answer_spaces_a_card_out_and_a_miss_brings_it_back_in_a_minute():
    progress = record_answer(empty_progress(), "a", True, NOW)
    item = progress["items"]["a"]
    assert (item["seen"], item["right"], item["last"]) == (1, 1, 1)
    assert _due(progress, "a") == NOW + timedelta(minutes=10)
    progress = record_answer(progress, "a", True, NOW + timedelta(minutes=10))
    assert progress["items"]["a"]["card"]["state"] == State.Review
    assert _due(progress, "a") >= NOW + timedelta(days=1), "known: next asked days later"
    progress = record_answer(progress, "a", False, NOW + timedelta(days=3))
    assert progress["items"]["a"]["card"]["state"] == State.Relearning
    assert _due(progress, "a") == NOW + timedelta(days=3, minutes=10)
    missed = record_answer(empty_progress(), "b", False, NOW)
    assert _due(missed, "b") == NOW + timedelta(minutes=1)


def test_the_stored_card_is_the_librarys_own_plain_json():
    card = record_answer(empty_progress(), "a", True, NOW)["items"]["a"]["card"]
    assert set(card) == {"card_id", "state", "step", "stability", "difficulty", "due", "last_review"}
    assert read_card(card).to_dict() == card


def test_missed_cards_come_back_before_known_ones(dataset):
    progress, now = _answers(empty_progress(), ("masseter-1", True), ("soleus-1", False), ("piriformis-1", True))
    progress, now = _answers(progress, *((f"muscle:{m}", True) for m in ("deltoid", "soleus", "gracilis")), now=now)
    progress = {**progress, "new_turn": progress["turn"]}  # a new card was just asked: a review is next
    pool = ["masseter-1", "soleus-1", "piriformis-1", "teres-major-1", *(f"muscle:{m}" for m in ("deltoid", "soleus"))]
    assert pick_card(pool, progress, now + timedelta(minutes=2), random.Random(0)) == "soleus-1"


def test_a_card_is_never_asked_again_within_a_few_answers_however_due():
    progress, now = _answers(empty_progress(), ("a", False), ("b", True))
    pool = ["a", "b", *(f"n{i}" for i in range(20))]
    later = now + timedelta(hours=1)
    picked = pick_card(pool, progress, later, random.Random(0))
    assert picked not in ("a", "b"), f"'a' was answered {progress['turn'] - 1} answers ago, fewer than {MIN_GAP}"


def test_a_new_card_comes_in_after_a_few_reviews_and_whenever_nothing_is_due():
    pool = [f"c{i}" for i in range(30)]
    progress, now = _answers(empty_progress(), *((f"c{i}", False) for i in range(MIN_GAP + 2)))
    progress = {**progress, "new_turn": progress["turn"]}
    kinds = []
    for _ in range(3 * (REVIEWS_PER_NEW + 1)):
        now += timedelta(minutes=5)  # every missed card is due by now
        card = pick_card(pool, progress, now, random.Random(len(kinds)))
        kinds.append("new" if card not in progress["items"] else "review")
        progress = record_answer(progress, card, False, now)
    assert kinds == (["review"] * REVIEWS_PER_NEW + ["new"]) * 3
    fresh = record_answer(empty_progress(), "c0", True, NOW)
    assert pick_card(pool, fresh, NOW + timedelta(seconds=20), random.Random(1)) != "c0", "nothing due: a new one"


def test_a_pool_too_small_to_rest_asks_the_card_answered_longest_ago():
    progress, now = _answers(empty_progress(), ("a", True), ("b", False), ("c", True))
    assert pick_card(["a", "b", "c"], progress, now, random.Random(0)) == "a"


def test_the_area_and_kind_limit_the_pool(dataset):
    pool = study_cards(dataset, "mixed", "lower-leg-foot")
    picked = {pick_card(pool, empty_progress(), NOW, random.Random(s)) for s in range(30)}
    areas = set()
    for card in picked:
        muscle = card_muscle(card)
        points = dataset.muscle_points(muscle) if muscle else (card,)
        areas |= {dataset.points[p].nav_area for p in points}
    assert "lower-leg-foot" in areas and all(card in pool for card in picked)
    assert all(card_muscle(c) for c in study_cards(dataset, "anatomy")), "anatomy asks about muscles only"
    assert not any(card_muscle(c) for c in study_cards(dataset, "locate")), "locate asks about points only"


# The first version's progress: Leitner boxes scheduled in turns.
OLD = {
    "turn": 40,
    "items": {
        "soleus-1": {"box": 3, "due": 38, "seen": 5, "right": 4},  # known: three right in a row
        "masseter-1": {"box": 0, "due": 37, "seen": 3, "right": 1},  # missed last time
        "piriformis-1": {"box": 0, "due": 40, "seen": 1, "right": 0},  # never right
        "teres-major-1": {"box": 8, "due": 400, "seen": 9, "right": 9},
    },
}


def test_the_first_versions_progress_is_migrated_without_loss(dataset):
    progress = clean_progress(OLD, dataset, NOW)
    assert progress["turn"] == 40 and set(progress["items"]) == set(OLD["items"])
    for point, old in OLD["items"].items():
        item = progress["items"][point]
        assert (item["seen"], item["right"]) == (old["seen"], old["right"]), "counts kept"
    soleus, masseter, piriformis = (progress["items"][p] for p in ("soleus-1", "masseter-1", "piriformis-1"))
    assert soleus["card"]["state"] == State.Review and soleus["last"] == 38 - 8
    assert 9 <= soleus["card"]["stability"] <= 10 and _due(progress, "soleus-1") == NOW + timedelta(days=9)
    assert masseter["card"]["state"] == State.Relearning and _due(progress, "masseter-1") == NOW
    assert piriformis["card"]["state"] == State.Learning and piriformis["card"]["stability"] is None
    assert progress["items"]["teres-major-1"]["card"]["stability"] > soleus["card"]["stability"]
    assert masseter["card"]["difficulty"] > soleus["card"]["difficulty"], "more misses, harder"
    assert pick_card(list(OLD["items"]), progress, NOW, random.Random(0)) in ("masseter-1", "piriformis-1")


def test_answering_writes_the_migrated_progress_in_todays_format_keeping_what_it_cannot_read(dataset):
    stored = {**OLD, "items": {**OLD["items"], "retired-point-1": {"box": 3, "due": 9, "seen": 5, "right": 4},
                               "other-format": {"stability": 2.5}}, "version": "future"}  # fmt: skip
    updated = keep_unread(stored, record_answer(clean_progress(stored, dataset, NOW), "soleus-1", True, NOW))
    assert updated["items"]["retired-point-1"] == stored["items"]["retired-point-1"]
    assert updated["items"]["other-format"] == stored["items"]["other-format"]
    assert updated["version"] == "future" and updated["turn"] == 41 and updated["new_turn"] == 0
    assert updated["items"]["soleus-1"]["seen"] == 6
    assert all("card" in updated["items"][p] for p in OLD["items"]), "every readable entry now in today's format"
    again = clean_progress(updated, dataset, NOW + timedelta(hours=1))
    assert again["items"]["masseter-1"] == updated["items"]["masseter-1"], "read back as written"


def test_a_first_version_item_needs_its_four_counts():
    assert migrated({"box": 1, "due": 3, "seen": 1}, NOW) is None
    assert migrated({"box": 1, "due": 3, "seen": 1, "right": True}, NOW) is None
    assert migrated({"box": 1, "due": 3, "seen": 1, "right": 1, "extra": "x"}, NOW) is not None


GOOD = record_answer(empty_progress(), "soleus-1", True, NOW)["items"]["soleus-1"]


@pytest.mark.parametrize(
    "change",
    [
        {"state": 4}, {"state": True}, {"state": 2.0}, {"step": None}, {"step": 5}, {"stability": "x"},
        {"due": "2026-03-01T09:00:00"}, {"due": "2026-03-01T09:00:00+02:00"}, {"due": "x" * 100}, {"due": 5},
        {"last_review": "yesterday"}, {"card_id": True}, {"card_id": -1}, {"difficulty": 11.0},
        {"stability": float("inf")}, {"state": 2, "step": 0},
    ],
)  # fmt: skip
def test_a_card_that_does_not_fit_reads_as_unreadable(change):
    assert read_card(GOOD["card"]) is not None
    assert read_card({**GOOD["card"], **change}) is None


@pytest.mark.parametrize(
    "junk",
    [None, [], "x", {"turn": -1}, {"items": {"nope": GOOD}}, {"items": {"soleus-1": {"box": "x"}}},
     {"items": {"soleus-1": {**GOOD, "seen": True}}}, {"items": {"muscle:nope": GOOD}}],
)  # fmt: skip
def test_progress_from_the_browser_is_cleaned(dataset, junk):
    assert clean_progress(junk, dataset, NOW)["items"] == {}


def _deep(levels: int) -> object:
    value: object = []
    for _ in range(levels):
        value = [value]
    return value


@pytest.mark.parametrize(
    "junk",
    [
        _deep(5_000),
        {"turn": _deep(5_000), "items": _deep(5_000)},
        {"turn": 10**30, "items": {"soleus-1": {**GOOD, "last": 10**30}}},
        {"turn": 1, "items": {"soleus-1": {**GOOD, "card": _deep(5_000)}}},
        {"turn": 1, "items": {"x" * 1_000_000: GOOD}},
        {"turn": 1, "items": {f"gone-{n}": GOOD for n in range(100_000)}},
    ],
)
def test_odd_progress_reads_as_none_without_raising_or_recursing(dataset, junk):
    with shallow_stack():
        progress = clean_progress(junk, dataset, NOW)
    assert progress["items"] == {}
    assert pick_card(study_cards(dataset), progress, NOW, random.Random(1)) in study_cards(dataset)


def _simulate(dataset, answers: int, right, seed: int = 0) -> list[tuple[str, bool]]:
    """Answers `answers` questions of the mixed quiz, one every 20 seconds; right(card, n, rng) says whether the n-th
    answer is right."""
    rng, now, progress, log = random.Random(seed), NOW, empty_progress(), []
    pool = study_cards(dataset)
    for n in range(answers):
        card = pick_card(pool, progress, now, rng, partial(card_family, dataset))
        correct = right(card, n, rng)
        log.append((card, correct))
        progress = record_answer(progress, card, correct, now)
        now += ANSWER_EVERY
    return log


def _muscle(dataset, card: str) -> str:
    return card_muscle(card) or dataset.points[card].muscle


def _gaps(log: list[tuple[str, bool]]) -> tuple[list[int], list[int]]:
    """How many answers later each card came back, after a right answer and after a wrong one."""
    last: dict[str, tuple[int, bool]] = {}
    after_right, after_wrong = [], []
    for n, (card, correct) in enumerate(log):
        if card in last:
            then, was_right = last[card]
            (after_right if was_right else after_wrong).append(n - then)
        last[card] = (n, correct)
    return after_right, after_wrong


@pytest.mark.parametrize("seed", range(3))
def test_two_hundred_answers_cover_many_muscles_and_space_them(dataset, seed):
    # A learner who knows a card 70% of the time.
    log = _simulate(dataset, 200, lambda card, n, rng: rng.random() < 0.7, seed)
    muscles = Counter(_muscle(dataset, card) for card, _ in log)
    assert len(muscles) >= 50, f"only {len(muscles)} muscles came up"
    assert len({card for card, _ in log}) >= 60
    after_right, after_wrong = _gaps(log)
    assert min(after_right) >= 10, "a right answer's card does not return within the next few questions"
    assert min(after_wrong) >= MIN_GAP
    assert sum(after_wrong) / len(after_wrong) < sum(after_right) / len(after_right), "missed ones come back sooner"
    assert max(muscles.values()) <= 16, "no muscle takes more than 8% of the questions"


def test_twenty_wrong_answers_do_not_circle_three_muscles(dataset):
    log = _simulate(dataset, 20, lambda card, n, rng: False)
    muscles = Counter(_muscle(dataset, card) for card, _ in log)
    assert len(muscles) >= 8 and max(muscles.values()) <= 3, muscles
    _, after_wrong = _gaps(log)
    assert after_wrong and max(after_wrong) <= 10, "a missed card comes back within the session"


def test_twenty_right_answers_ask_twenty_different_cards(dataset):
    log = _simulate(dataset, 20, lambda card, n, rng: True)
    assert len({card for card, _ in log}) == 20


def test_every_function_takes_the_time_rather_than_reading_the_clock(dataset):
    first = _simulate(dataset, 30, lambda card, n, rng: n % 3 != 0, seed=7)
    assert _simulate(dataset, 30, lambda card, n, rng: n % 3 != 0, seed=7) == first
    assert study_schedule.SCHEDULER.enable_fuzzing is False


def test_new_cards_come_from_the_muscles_least_asked(dataset):
    """Pectoralis major has nine points, soleus three: the first three new cards still come from three muscles."""
    pool = [p for p in dataset.points if dataset.points[p].muscle in ("pectoralis-major", "soleus")] + ["masseter-1"]
    progress, now, family = empty_progress(), NOW, partial(card_family, dataset)
    picked = []
    for _ in range(3):
        card = pick_card(pool, progress, now, random.Random(4), family)
        picked.append(family(card))
        progress = record_answer(progress, card, True, now)
        now += timedelta(seconds=20)
    assert sorted(picked) == ["masseter", "pectoralis-major", "soleus"]
