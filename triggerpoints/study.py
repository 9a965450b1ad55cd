"""Study mode: quiz questions generated from the data, graded answers, and spaced repetition per trigger point.

Progress lives in the browser as {"turn": n, "items": {point_id: {"box", "due", "seen", "right"}}}. A right
answer moves an item up a box and schedules it 2^box turns later; a miss puts it back in box 0, due in 1 turn,
so missed items come back sooner than known ones. An item is mastered from box MASTERED on.
"""

from __future__ import annotations

import math
import random
from dataclasses import asdict, dataclass

from triggerpoints.data import Dataset
from triggerpoints.figure_frame import mirror_x
from triggerpoints.untrusted import is_key

KINDS = ("which-muscle", "locate", "condition", "technique")
# The question types a student can choose; "facts" asks about conditions or techniques.
KIND_CHOICES = {"mixed": KINDS, "which-muscle": ("which-muscle",), "locate": ("locate",),
                "facts": ("condition", "technique")}  # fmt: skip
MASTERED = 3
LOCATE_TOLERANCE = 22.0
OPTIONS = 4


@dataclass(frozen=True)
class Question:
    """One quiz question. `answer` is the index of the right option (None for "locate", answered on the map)."""

    kind: str
    point_id: str
    side: str
    prompt: str
    options: tuple[str, ...]
    answer: int | None

    def to_store(self) -> dict:
        """The question as plain data for a dcc.Store."""
        return asdict(self)


def question_from_store(data: object, dataset: Dataset) -> Question | None:
    """The question kept in the browser, or None when it is missing or does not fit the data.

    Every field must already be of its type: nothing is converted, so a value of any shape or depth costs a few
    checks and never a recursion."""
    if not isinstance(data, dict):
        return None
    texts = [data.get(k) for k in ("kind", "point_id", "side", "prompt")]
    options, answer = data.get("options"), data.get("answer")
    if not all(isinstance(t, str) for t in texts) or not isinstance(options, (list, tuple)) or len(options) > OPTIONS:
        return None
    if not all(isinstance(o, str) for o in options):
        return None
    kind, point_id, side, prompt = texts
    if kind not in KINDS or not is_key(point_id, dataset.points) or side not in ("right", "left"):
        return None
    if kind == "locate":  # answered on the map
        fits = answer is None and not options
    else:
        fits = isinstance(answer, int) and not isinstance(answer, bool) and 0 <= answer < len(options)
    if not fits:
        return None
    return Question(kind, point_id, side, prompt, tuple(options), answer)


def clean_progress(progress: object, dataset: Dataset) -> dict:
    """The stored progress, keeping only well-formed entries for known points (it lives in the browser).

    Anything else reads as no progress: a value of any shape, depth or size costs one look at each point it
    names, never a recursion or an exception."""
    if not isinstance(progress, dict):
        return {"turn": 0, "items": {}}
    turn = progress.get("turn")
    turn = turn if isinstance(turn, int) and not isinstance(turn, bool) and 0 <= turn < 10**9 else 0
    items = {}
    raw = progress.get("items") if isinstance(progress.get("items"), dict) else {}
    for point_id, item in raw.items():
        if is_key(point_id, dataset.points) and isinstance(item, dict):
            values = [item.get(k) for k in ("box", "due", "seen", "right")]
            if all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 10**9 for v in values):
                items[point_id] = dict(zip(("box", "due", "seen", "right"), values, strict=True))
    return {"turn": turn, "items": items}


def pick_point(dataset: Dataset, progress: dict, rng: random.Random, nav_area: str | None = None) -> str:
    """The next point to ask about: the most overdue seen item, else a new one, else the soonest due."""
    pool = [p for p, point in dataset.points.items() if not nav_area or point.nav_area == nav_area] or list(
        dataset.points
    )
    turn, items = progress["turn"], progress["items"]
    due = [p for p in pool if p in items and items[p]["due"] <= turn]
    if due:
        return min(due, key=lambda p: (items[p]["due"], items[p]["box"], rng.random()))
    new = [p for p in pool if p not in items]
    if new:
        return rng.choice(new)
    return min(pool, key=lambda p: (items[p]["due"], rng.random()))


def _distractors(pool: list[str], wrong: set[str], rng: random.Random, count: int) -> list[str]:
    choices = sorted({p for p in pool if p not in wrong})
    return rng.sample(choices, min(count, len(choices)))


def make_question(dataset: Dataset, point_id: str, rng: random.Random, choice: str = "mixed") -> Question:
    """A question about a point, of a kind the chosen question type allows and the point's data supports."""
    point = dataset.points[point_id]
    side = rng.choice(("right", "left"))
    supported = {
        "condition": bool(point.conditions),
        "technique": any(dataset.techniques[k].is_self_care for k in point.techniques),
    }
    # Every point can be located, so a point that supports none of the chosen kinds is asked where it lies.
    kinds = [k for k in KIND_CHOICES.get(choice, KINDS) if supported.get(k, True)] or ["locate"]
    kind = rng.choice(kinds)
    if kind == "locate":
        prompt = f"Click where the trigger point of {dataset.point_name(point_id).lower()} lies, on the {side} side."
        return Question(kind, point_id, side, prompt, (), None)
    if kind == "which-muscle":
        right = dataset.muscle_of(point_id).name
        pattern = (set(point.referral_primary), set(point.referral_spillover))
        # A muscle with a point of the very same pattern would also be right: never offer it as a wrong answer.
        same = {dataset.muscles[p.muscle].name for p in dataset.points.values()
                if (set(p.referral_primary), set(p.referral_spillover)) == pattern}  # fmt: skip
        same_area = [dataset.muscles[p.muscle].name for p in dataset.points.values() if p.nav_area == point.nav_area]
        others = _distractors(same_area, {right, *same}, rng, OPTIONS - 1)
        if len(others) < OPTIONS - 1:
            everywhere = [dataset.muscles[p.muscle].name for p in dataset.points.values()]
            others += _distractors(everywhere, {right, *same, *others}, rng, OPTIONS - 1 - len(others))
        prompt = "Which muscle refers pain to the highlighted zone (dark: essential, light: spillover)?"
        options = [right, *others]
    elif kind == "condition":
        right = dataset.conditions[rng.choice(point.conditions)].name
        wrong = [c.name for k, c in dataset.conditions.items() if k not in point.conditions]
        prompt = f"Which condition is commonly associated with {dataset.point_name(point_id).lower()}?"
        options = [right, *_distractors(wrong, {right}, rng, OPTIONS - 1)]
    else:
        suitable = [k for k in point.techniques if dataset.techniques[k].is_self_care]
        right = dataset.techniques[rng.choice(suitable)].name
        wrong = [t.name for k, t in dataset.techniques.items() if k not in point.techniques]
        prompt = f"Which of these is a suitable self-care technique for {dataset.point_name(point_id).lower()}?"
        options = [right, *_distractors(wrong, {right}, rng, OPTIONS - 1)]
    rng.shuffle(options)
    return Question(kind, point_id, side, prompt, tuple(options), options.index(right))


def grade_choice(question: Question, choice: object) -> bool:
    """Whether the chosen option index is the right one."""
    return isinstance(choice, int) and choice == question.answer


def locate_distance(dataset: Dataset, question: Question, x: float, y: float) -> float:
    """How far (in figure units) a click is from the nearest X of the asked muscle on the asked side.

    Any charted point of the muscle answers "where does it lie?" (temporalis has three, all right)."""
    name = dataset.point_name(question.point_id)
    distances = []
    for point_id, point in dataset.points.items():
        if dataset.point_name(point_id) == name:
            target_x = point.x if question.side == "right" else mirror_x(point.x, point.view)
            distances.append(math.hypot(x - target_x, y - point.y))
    return min(distances)


def record_answer(progress: dict, point_id: str, correct: bool) -> dict:
    """Progress after an answer: Leitner boxes, scheduled in turns."""
    turn = progress["turn"] + 1
    item = dict(progress["items"].get(point_id, {"box": 0, "due": 0, "seen": 0, "right": 0}))
    item["seen"] += 1
    if correct:
        item["right"] += 1
        item["box"] = min(item["box"] + 1, 8)
        item["due"] = turn + 2 ** item["box"]
    else:
        item["box"] = 0
        item["due"] = turn + 1
    return {"turn": turn, "items": {**progress["items"], point_id: item}}


def keep_unread(stored: object, updated: dict) -> dict:
    """The updated progress with every stored entry it could not read kept as it was (points this version does not
    have, entries of another format), so answering a question never loses what a user saved."""
    raw = stored.get("items") if isinstance(stored, dict) else None
    if not isinstance(raw, dict):
        return updated
    return {**stored, "turn": updated["turn"], "items": {**raw, **updated["items"]}}


def mastery(dataset: Dataset, progress: dict) -> dict[str, dict[str, int]]:
    """Per navigation area: points in total, seen, and mastered."""
    summary: dict[str, dict[str, int]] = {}
    for point_id, point in dataset.points.items():
        area = summary.setdefault(point.nav_area, {"total": 0, "seen": 0, "mastered": 0})
        item = progress["items"].get(point_id)
        area["total"] += 1
        area["seen"] += bool(item)
        area["mastered"] += bool(item and item["box"] >= MASTERED)
    return summary
