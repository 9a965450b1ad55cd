"""Study mode: the kinds of question, which cards a choice of kinds and area asks about, the question kept in the
browser, and grading.

A card is what the scheduler (`triggerpoints.study_schedule`) spaces: each trigger point, asked which muscle refers
to its zone, where it lies, or its conditions and techniques; and each muscle, asked which muscle is outlined,
where it lies (a click inside its outline), or its origin, insertion, action or nerve. The questions themselves are
made by `triggerpoints.study_questions`; the words after an answer by `triggerpoints.study_feedback`. No Dash imports.
"""

from __future__ import annotations

import math
import random
from dataclasses import asdict, dataclass
from datetime import datetime
from functools import lru_cache

from shapely.geometry import Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from triggerpoints.data import Dataset
from triggerpoints.figure_frame import VIEWS
from triggerpoints.study_distractors import FIELDS, muscle_areas, readable
from triggerpoints.study_schedule import card_muscle, is_card, is_due, is_known, muscle_card

POINT_KINDS = ("which-muscle", "locate", "condition", "technique")
MUSCLE_KINDS = ("muscle-shown", "muscle-click", *FIELDS)
KINDS = POINT_KINDS + MUSCLE_KINDS
MAP_KINDS = ("locate", "muscle-click")  # answered by a click on the map (or the keyboard's cursor)
# The question types a student can choose, and the kinds each stands for.
KIND_CHOICES = {"mixed": KINDS, "which-muscle": ("which-muscle",), "locate": ("locate",),
                "facts": ("condition", "technique"), "muscle-shown": ("muscle-shown",),
                "muscle-click": ("muscle-click",), "anatomy": FIELDS}  # fmt: skip
LOCATE_TOLERANCE = 22.0  # figure units (about a hand-width is 40): near enough to an X
MUSCLE_TOLERANCE = 4.0  # figure units outside a muscle's outline that still count as on it (its drawn line)
OPTIONS = 4
SIDES = ("right", "left")


@dataclass(frozen=True)
class Question:
    """One quiz question about a card (a point id, or "muscle:" and a muscle key). `answer` is the index of the
    right option; None for the kinds answered on the map, which have no options."""

    kind: str
    card: str
    side: str
    prompt: str
    options: tuple[str, ...]
    answer: int | None

    @property
    def muscle(self) -> str | None:
        """The muscle a muscle's question is about (None for a point's)."""
        return card_muscle(self.card)

    def to_store(self) -> dict:
        """The question as plain data for a dcc.Store."""
        return asdict(self)


def question_from_store(data: object, dataset: Dataset) -> Question | None:
    """The question kept in the browser, or None when it is missing or does not fit the data.

    Every field must already be of its type: nothing is converted, so a value of any shape or depth costs a few
    checks and never a recursion."""
    if not isinstance(data, dict):
        return None
    texts = [data.get(k) for k in ("kind", "card", "side", "prompt")]
    options, answer = data.get("options"), data.get("answer")
    if not all(isinstance(t, str) for t in texts) or not isinstance(options, (list, tuple)) or len(options) > OPTIONS:
        return None
    if not all(isinstance(o, str) for o in options):
        return None
    kind, card, side, prompt = texts
    if kind not in KINDS or side not in SIDES or not is_card(dataset, card):
        return None
    if (kind in MUSCLE_KINDS) != (card_muscle(card) is not None):
        return None
    if card_muscle(card) is None and side not in dataset.point_sides(card):
        return None  # a point is never asked about on a side it is not charted on
    if kind in MAP_KINDS:
        fits = answer is None and not options
    else:
        fits = isinstance(answer, int) and not isinstance(answer, bool) and 0 <= answer < len(options)
    return Question(kind, card, side, prompt, tuple(options), answer) if fits else None


def chosen_kinds(choice: object) -> tuple[str, ...]:
    """The kinds a choice of question type stands for: a type of the chooser, or one kind; all for anything else."""
    if isinstance(choice, str) and choice in KIND_CHOICES:
        return KIND_CHOICES[choice]
    return (choice,) if choice in KINDS else KINDS


def outlined_sides(dataset: Dataset, muscle: str) -> tuple[str, ...]:
    """The sides on which a muscle is drawn on some view."""
    return tuple(side for side in SIDES if any(dataset.muscle_outline(muscle, view, side) for view in VIEWS))


def point_kinds(dataset: Dataset, point_id: str) -> tuple[str, ...]:
    """The kinds of question a point's data supports."""
    point = dataset.points[point_id]
    self_care = any(dataset.techniques[k].is_self_care for k in point.techniques)
    supported = {"which-muscle": True, "locate": True, "condition": bool(point.conditions), "technique": self_care}
    return tuple(kind for kind in POINT_KINDS if supported[kind])


def muscle_kinds(dataset: Dataset, muscle: str) -> tuple[str, ...]:
    """The kinds of question a muscle's data supports: those on the map where it is drawn, a fact where the fact
    can be told from the other muscles'."""
    drawn = bool(outlined_sides(dataset, muscle))
    row = dataset.muscles[muscle]
    return (("muscle-shown", "muscle-click") if drawn else ()) + tuple(f for f in FIELDS if readable(row, f))


def card_kinds(dataset: Dataset, card: str) -> tuple[str, ...]:
    """The kinds of question a card supports."""
    muscle = card_muscle(card)
    return muscle_kinds(dataset, muscle) if muscle is not None else point_kinds(dataset, card)


def _in_area(dataset: Dataset, card: str, area: str | None) -> bool:
    if area is None:
        return True
    muscle = card_muscle(card)
    return area in muscle_areas(dataset, muscle) if muscle is not None else dataset.points[card].nav_area == area


def study_cards(dataset: Dataset, choice: str = "mixed", area: str | None = None) -> list[str]:
    """The cards a choice of question kinds asks about in a body area (every area when it has none of them)."""
    kinds = set(chosen_kinds(choice))
    cards = [*dataset.points, *(muscle_card(m) for m in dataset.muscles)]
    asked = [c for c in cards if kinds & set(card_kinds(dataset, c))]
    return [c for c in asked if _in_area(dataset, c, area)] or asked


def grade_choice(question: Question, choice: object) -> bool:
    """Whether the chosen option index is the right one."""
    return isinstance(choice, int) and not isinstance(choice, bool) and choice == question.answer


def point_targets(dataset: Dataset, question: Question) -> list[tuple[str, float, float]]:
    """Every X (view, x, y) that answers "where does it lie?" on the asked side: each view's X of each charted point
    with the asked point's name (temporalis has three points, all right)."""
    name = dataset.point_name(question.card)
    return [
        (view, *dataset.position(point_id, question.side, view))
        for point_id in dataset.points
        if dataset.point_name(point_id) == name
        for view in dataset.point_views(point_id, question.side)
    ]


def locate_distance(dataset: Dataset, question: Question, x: float, y: float) -> float:
    """How far (in figure units) a click is from the nearest X of the asked point's name on the asked side."""
    return min(math.hypot(x - tx, y - ty) for _, tx, ty in point_targets(dataset, question))


@lru_cache(maxsize=1024)
def _polygon(piece: tuple[tuple[float, float], ...]) -> Polygon:
    return Polygon(piece).buffer(0)


def outline_area(dataset: Dataset, muscle: str, view: str, side: str) -> BaseGeometry:
    """A muscle's outline on a view and side as one area (empty where it is not drawn)."""
    return unary_union([_polygon(tuple(map(tuple, p))) for p in dataset.muscle_outline(muscle, view, side)])


def muscle_distance(dataset: Dataset, muscle: str, side: str, x: float, y: float) -> float:
    """How far (in figure units) a place is from a muscle's outline on any view on a side: 0 inside it; infinite
    where the muscle is not drawn on that side."""
    areas = [outline_area(dataset, muscle, view, side) for view in VIEWS]
    return min((area.distance(Point(x, y)) for area in areas if not area.is_empty), default=math.inf)


def grade_click(dataset: Dataset, question: Question, x: float, y: float) -> bool:
    """Whether a click on the map answers a map question: near an X of the point, or on the muscle."""
    if question.kind == "locate":
        return locate_distance(dataset, question, x, y) <= LOCATE_TOLERANCE
    muscle = question.muscle
    return muscle is not None and muscle_distance(dataset, muscle, question.side, x, y) <= MUSCLE_TOLERANCE


def pick_side(dataset: Dataset, card: str, kind: str, rng: random.Random) -> str:
    """The side a question is asked on: either; for a point only one it is charted on (`Dataset.point_sides`), for a
    muscle on the map only one it is drawn on."""
    muscle = card_muscle(card)
    if muscle is None:
        return rng.choice(dataset.point_sides(card))
    sides = outlined_sides(dataset, muscle) if kind in ("muscle-shown", "muscle-click") else ()
    return rng.choice(sides or SIDES)


def card_area(dataset: Dataset, card: str) -> str | None:
    """The navigation area a card counts in: its point's, or its muscle's first point's (None without a point)."""
    muscle = card_muscle(card)
    if muscle is None:
        return dataset.points[card].nav_area
    points = dataset.muscle_points(muscle)
    return dataset.points[points[0]].nav_area if points else None


def progress_by_area(dataset: Dataset, progress: dict, now: datetime) -> dict[str, dict[str, int]]:
    """Per navigation area: cards in total, seen, known (learned, now spaced by days) and due for review."""
    summary: dict[str, dict[str, int]] = {}
    for card in study_cards(dataset):
        area = card_area(dataset, card)
        if area is None:
            continue
        counts = summary.setdefault(area, {"total": 0, "seen": 0, "known": 0, "due": 0})
        item = progress["items"].get(card)
        counts["total"] += 1
        counts["seen"] += item is not None
        counts["known"] += is_known(item)
        counts["due"] += item is not None and is_due(item, now)
    return summary


def card_name(dataset: Dataset, card: str) -> str:
    """What a card is called: its point's name, or its muscle's."""
    muscle = card_muscle(card)
    return dataset.muscles[muscle].name if muscle is not None else dataset.point_name(card)
