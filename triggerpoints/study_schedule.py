"""Spaced repetition for study: one FSRS card per trigger point and one per muscle, scheduled by py-fsrs and kept
in the browser as plain JSON.

Progress is {"turn": answers so far, "new_turn": the turn the last new card was answered, "items": {card key: item}}.
A card key is a point id ("soleus-1") or "muscle:" and a muscle key ("muscle:soleus"). An item is {"seen", "right",
"last" (the turn it was last answered), "card" (the py-fsrs Card's to_dict())}. A right answer rates the card Good,
a wrong one Again: a missed card comes back a minute later, a card answered right ten minutes later, then, once
answered right twice, days later, as FSRS reckons the memory fades.

Which card comes next (`pick_card`): never one answered in the last MIN_GAP answers; a new card after every
REVIEWS_PER_NEW reviews, or whenever nothing is due; otherwise the card most overdue; when nothing is due and
nothing is new, the card due soonest. So a run of misses keeps bringing new muscles in instead of circling three.

The format of the first version ({"turn", "items": {point id: {"box", "due", "seen", "right"}}}, Leitner boxes
scheduled in turns) is read as a card of today's format (`migrated`); an entry of neither format is left for
`keep_unread` to keep as it was. Every function takes the time (`now`, aware, UTC) rather than reading the clock.
No Dash imports.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime, timedelta

from fsrs import Card, Rating, Scheduler, State
from fsrs.scheduler import DEFAULT_PARAMETERS

from triggerpoints.data import Dataset
from triggerpoints.untrusted import MAX_KEY

# Learning steps of a minute and ten minutes (py-fsrs's own), no fuzz: the same answers always give the same plan.
SCHEDULER = Scheduler(enable_fuzzing=False)
MUSCLE_CARD = "muscle:"
MIN_GAP = 4  # answers before the same card may be asked again, however due it is
REVIEWS_PER_NEW = 2  # reviews in a row before a new card is mixed in (when reviews are waiting)
MAX_COUNT = 10**9
MAX_TIME_TEXT = 40  # "2026-05-01T10:00:00+00:00" is 25 characters
MAX_STABILITY = 36_500.0  # days: FSRS's longest interval
EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def muscle_card(muscle: str) -> str:
    """The card key of a muscle."""
    return MUSCLE_CARD + muscle


def card_muscle(card: str) -> str | None:
    """The muscle a card key names, or None for a point's card."""
    return card[len(MUSCLE_CARD) :] if card.startswith(MUSCLE_CARD) else None


def card_family(dataset: Dataset, card: str) -> str:
    """The muscle a card asks about: its own for a muscle's card, its point's muscle for a point's; a card the data
    no longer has is its own family."""
    muscle = card_muscle(card)
    return muscle if muscle is not None else dataset.points[card].muscle if card in dataset.points else card


def is_card(dataset: Dataset, card: object) -> bool:
    """Whether a value (from the browser) names a card of the data: a point id or a muscle's card key."""
    if not isinstance(card, str) or len(card) > MAX_KEY:
        return False
    muscle = card_muscle(card)
    return muscle in dataset.muscles if muscle is not None else card in dataset.points


def empty_progress() -> dict:
    """Progress before the first answer."""
    return {"turn": 0, "new_turn": 0, "items": {}}


def _count(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < MAX_COUNT else None


def _time(value: object) -> datetime | None:
    """An ISO time with a UTC offset of zero, as UTC; None for anything else."""
    if not isinstance(value, str) or len(value) > MAX_TIME_TEXT:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None or moment.utcoffset() != timedelta(0):
        return None
    return moment.astimezone(UTC)


def _number(value: object, low: float, high: float) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) and low <= value <= high else None


def read_card(raw: object) -> Card | None:
    """A py-fsrs Card from its stored to_dict(), or None unless every field has a type, range and state that fit."""
    if not isinstance(raw, dict):
        return None
    state, step = raw.get("state"), raw.get("step")
    stability, difficulty = raw.get("stability"), raw.get("difficulty")
    due, last_review = _time(raw.get("due")), raw.get("last_review")
    if _count(raw.get("card_id")) is None or _count(state) not in (1, 2, 3) or due is None:
        return None
    learned = _number(stability, 0.001, MAX_STABILITY), _number(difficulty, 1.0, 10.0)
    if (stability, difficulty) != (None, None) and None in learned:
        return None
    reviewed = None if last_review is None else _time(last_review)
    if last_review is not None and reviewed is None:
        return None
    steps = SCHEDULER.learning_steps if state == State.Learning else SCHEDULER.relearning_steps
    if state == State.Review:
        fits = step is None and None not in learned
    else:
        fits = _count(step) is not None and step < len(steps) and (state == State.Learning or None not in learned)
    if not fits:
        return None
    return Card(0, State(state), step, learned[0], learned[1], due, reviewed)


def _first_difficulty(rating: Rating) -> float:
    """The difficulty FSRS gives a new card after its first answer."""
    return SCHEDULER.review_card(Card(0, due=EPOCH), rating, EPOCH)[0].difficulty


EASIEST, HARDEST = _first_difficulty(Rating.Good), _first_difficulty(Rating.Again)  # of a card answered once


def migrated(old: dict, now: datetime) -> dict | None:
    """An item of the first version ({"box", "due", "seen", "right"}) as an item of today's, or None when it is not
    one.

    Counts are kept. Box b >= 1 (the last b answers right) becomes a card in review whose stability doubles with
    each box from the 2.3 days FSRS gives a card answered right once, next due that many days from now (the old
    due counted questions, which say nothing in days). Box 0 (missed last time, or never right) is due now: a new
    card of FSRS when it was never answered right, else one relearning. The difficulty lies between FSRS's first
    difficulty for a right and for a wrong answer, by the share of misses."""
    values = [_count(old.get(k)) for k in ("box", "due", "seen", "right")]
    if None in values:
        return None
    box, due, seen, right = values
    now = now.replace(microsecond=0)
    misses = max(seen - right, 0) / seen if seen else 0.0
    difficulty = round(EASIEST + (HARDEST - EASIEST) * misses, 4)
    if box >= 1:
        stability = round(min(DEFAULT_PARAMETERS[2] * 2 ** (min(box, 30) - 1), MAX_STABILITY), 4)
        card = Card(0, State.Review, None, stability, difficulty, now + timedelta(days=max(1, round(stability))), now)
    elif right == 0:
        card = Card(0, State.Learning, 0, None, None, now, None)
    else:
        card = Card(0, State.Relearning, 0, DEFAULT_PARAMETERS[0], difficulty, now, now)
    last = max(due - (2**box if 0 < box < 31 else 1), 0)
    return {"seen": seen, "right": right, "last": last, "card": card.to_dict()}


def _item(raw: object, now: datetime) -> dict | None:
    if not isinstance(raw, dict):
        return None
    if "card" not in raw:
        return migrated(raw, now)
    counts = [_count(raw.get(k)) for k in ("seen", "right", "last")]
    card = read_card(raw.get("card"))
    if None in counts or card is None:
        return None
    return {**dict(zip(("seen", "right", "last"), counts, strict=True)), "card": card.to_dict()}


def clean_progress(progress: object, dataset: Dataset, now: datetime) -> dict:
    """The stored progress with only the well-formed items of known cards (first-version items migrated); anything
    else reads as no progress. It lives in the browser: a value of any shape, depth or size costs one look at each
    card it names, never a recursion or an exception."""
    if not isinstance(progress, dict):
        return empty_progress()
    turn = _count(progress.get("turn")) or 0
    new_turn = min(_count(progress.get("new_turn")) or 0, turn)
    raw = progress.get("items") if isinstance(progress.get("items"), dict) else {}
    items = {}
    for key, value in raw.items():
        item = _item(value, now) if is_card(dataset, key) else None
        if item is not None:
            items[key] = {**item, "last": min(item["last"], turn)}
    return {"turn": turn, "new_turn": new_turn, "items": items}


def card_of(item: dict) -> Card:
    """The py-fsrs Card of a clean item."""
    return Card.from_dict(item["card"])


def _due(item: dict) -> datetime:
    return datetime.fromisoformat(item["card"]["due"])


def record_answer(progress: dict, card: str, correct: bool, now: datetime) -> dict:
    """Progress after an answer (clean progress in, clean progress out): the card reviewed by FSRS, Good when right,
    Again when wrong, at `now` (to the second, its stability and difficulty to four decimals)."""
    now = now.replace(microsecond=0)
    turn = progress["turn"] + 1
    item = progress["items"].get(card)
    rating = Rating.Good if correct else Rating.Again
    reviewed, _ = SCHEDULER.review_card(card_of(item) if item else Card(0, due=now), rating, now)
    # Four decimals are plenty for FSRS and keep a card to about 200 bytes in the browser.
    reviewed.stability, reviewed.difficulty = round(reviewed.stability, 4), round(reviewed.difficulty, 4)
    seen, right = (item["seen"], item["right"]) if item else (0, 0)
    updated = {"seen": seen + 1, "right": right + int(correct), "last": turn, "card": reviewed.to_dict()}
    return {"turn": turn, "new_turn": progress["new_turn"] if item else turn,
            "items": {**progress["items"], card: updated}}  # fmt: skip


def pick_card(
    pool: Sequence[str], progress: dict, now: datetime, rng: random.Random, family: Callable[[str], str] = str
) -> str:
    """The next card to ask of a pool (not empty): see the module's docstring for the order. A new card comes from
    the family (a card's muscle) least asked so far, so a muscle with nine points is not asked nine times as often."""
    turn, items = progress["turn"], progress["items"]
    rested = [c for c in pool if c not in items or turn - items[c]["last"] >= MIN_GAP]
    if not rested:  # a pool this small has only cards answered a moment ago: the one answered longest ago
        return min(pool, key=lambda c: (items[c]["last"], rng.random()))
    due = [c for c in rested if c in items and _due(items[c]) <= now]
    new = [c for c in rested if c not in items]
    if new and (not due or turn - progress["new_turn"] >= REVIEWS_PER_NEW):
        asked = Counter(family(c) for c in items)
        fewest = min(asked[family(c)] for c in new)
        return rng.choice([c for c in new if asked[family(c)] == fewest])
    waiting = due or [c for c in rested if c in items]
    return min(waiting, key=lambda c: (_due(items[c]), rng.random()))


def is_known(item: dict | None) -> bool:
    """Whether a card has been learned: answered right through its learning steps, now spaced by days."""
    return item is not None and item["card"]["state"] == State.Review


def is_due(item: dict, now: datetime) -> bool:
    """Whether a seen card is due for review."""
    return _due(item) <= now


def keep_unread(stored: object, updated: dict) -> dict:
    """The updated progress with every stored entry it could not read kept as it was (cards this version does not
    have, entries of another format), so answering a question never loses what a user saved."""
    raw = stored.get("items") if isinstance(stored, dict) else None
    if not isinstance(raw, dict):
        return updated
    return {**stored, **updated, "items": {**raw, **updated["items"]}}


def seen_cards(progress: dict, cards: Iterable[str]) -> int:
    """How many of the cards have been answered."""
    return sum(card in progress["items"] for card in cards)
