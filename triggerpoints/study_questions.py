"""The quiz's questions, made from the data: one right option among wrong ones that are surely wrong.

A point is asked which muscle refers to its zone (drawn alone on the map), where it lies (answered on the map), or
one of its conditions or self-care techniques. A muscle is asked which muscle is outlined (its outline drawn alone),
to be found on the map (a click inside its outline), or its origin, insertion, action or nerve (wrong options from
muscles of the same area whose fact cannot also be right: `triggerpoints.study_distractors`). No Dash imports.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

from triggerpoints.data import Dataset
from triggerpoints.figure_frame import VIEWS
from triggerpoints.study import (
    OPTIONS,
    Question,
    card_kinds,
    chosen_kinds,
    outline_area,
    outlined_sides,
    pick_side,
)
from triggerpoints.study_distractors import fact, muscle_areas, wrong_muscles
from triggerpoints.study_schedule import card_muscle, muscle_card

# Two outlines overlapping this much (shared area over joint area, on a view) look alike: never options together.
ALIKE = 0.5

FACT_PROMPTS = {
    "origin": "Where does the {name} arise (its origin)?",
    "insertion": "Where does the {name} attach (its insertion)?",
    "action": "What does the {name} do (its action)?",
    "nerve": "Which nerve supplies the {name}?",
}


def _sample(pool: Iterable[str], wrong: set[str], rng: random.Random, count: int) -> list[str]:
    choices = sorted({p for p in pool if p not in wrong})
    return rng.sample(choices, min(count, len(choices)))


def _shuffled(kind: str, card: str, side: str, prompt: str, right: str, others: list[str],
              rng: random.Random) -> Question:  # fmt: skip
    options = [right, *others]
    rng.shuffle(options)
    return Question(kind, card, side, prompt, tuple(options), options.index(right))


def _which_muscle(dataset: Dataset, point_id: str, side: str, rng: random.Random) -> Question:
    point = dataset.points[point_id]
    right = dataset.muscle_of(point_id).name
    pattern = (set(point.referral_primary), set(point.referral_spillover))
    # A muscle with a point of the very same pattern would also be right: never offer it as a wrong answer.
    same = {dataset.muscles[p.muscle].name for p in dataset.points.values()
            if (set(p.referral_primary), set(p.referral_spillover)) == pattern}  # fmt: skip
    # The charts draw a group's muscles with one pattern: a member is never a wrong answer for another.
    same |= {dataset.muscles[k].name for k in dataset.members(dataset.chart_key(point.muscle))}
    names = [dataset.muscles[p.muscle].name for p in dataset.points.values() if p.nav_area == point.nav_area]
    others = _sample(names, {right, *same}, rng, OPTIONS - 1)
    if len(others) < OPTIONS - 1:
        everywhere = [m.name for m in dataset.muscles.values()]
        others += _sample(everywhere, {right, *same, *others}, rng, OPTIONS - 1 - len(others))
    prompt = "Which muscle refers pain to the highlighted zone (dark: essential, light: spillover)?"
    return _shuffled("which-muscle", point_id, side, prompt, right, others, rng)


def _point_question(dataset: Dataset, point_id: str, kind: str, side: str, rng: random.Random) -> Question:
    point = dataset.points[point_id]
    name = dataset.point_name(point_id).lower()
    if kind == "locate":
        prompt = f"Click where the trigger point of {name} lies, on the {side} side."
        return Question(kind, point_id, side, prompt, (), None)
    if kind == "which-muscle":
        return _which_muscle(dataset, point_id, side, rng)
    if kind == "condition":
        right = dataset.conditions[rng.choice(point.conditions)].name
        wrong = [c.name for k, c in dataset.conditions.items() if k not in point.conditions]
        prompt = f"Which condition is commonly associated with {name}?"
    else:
        suitable = [k for k in point.techniques if dataset.techniques[k].is_self_care]
        right = dataset.techniques[rng.choice(suitable)].name
        wrong = [t.name for k, t in dataset.techniques.items() if k not in point.techniques]
        prompt = f"Which of these is a suitable self-care technique for {name}?"
    return _shuffled(kind, point_id, side, prompt, right, _sample(wrong, {right}, rng, OPTIONS - 1), rng)


def looks_alike(dataset: Dataset, a: str, b: str, side: str) -> bool:
    """Whether two muscles' outlines on a side overlap so much on some view that one could be taken for the
    other."""
    for view in VIEWS:
        first, second = outline_area(dataset, a, view, side), outline_area(dataset, b, view, side)
        joint = first.union(second).area
        if joint and first.intersection(second).area / joint > ALIKE:
            return True
    return False


def _outlined_muscle(dataset: Dataset, muscle: str, side: str, rng: random.Random) -> Question | None:
    row = dataset.muscles[muscle]
    areas = muscle_areas(dataset, muscle)
    drawn = [k for k, m in dataset.muscles.items() if k != muscle and m.name != row.name and side in
             outlined_sides(dataset, k)]  # fmt: skip
    rng.shuffle(drawn)
    drawn.sort(key=lambda k: not (muscle_areas(dataset, k) & areas))
    others: list[str] = []
    for key in drawn:
        if not looks_alike(dataset, muscle, key, side):
            others.append(dataset.muscles[key].name)
        if len(others) == OPTIONS - 1:
            break
    if len(others) < OPTIONS - 1:
        return None
    deep = " Dashed: it lies deep, under another muscle." if row.depth == "deep" else ""
    prompt = f"Which muscle is outlined on the map, on the {side} side?{deep}"
    return _shuffled("muscle-shown", muscle_card(muscle), side, prompt, row.name, others, rng)


def _muscle_question(dataset: Dataset, muscle: str, kind: str, side: str, rng: random.Random) -> Question | None:
    row = dataset.muscles[muscle]
    card = muscle_card(muscle)
    if kind == "muscle-shown":
        return _outlined_muscle(dataset, muscle, side, rng)
    if kind == "muscle-click":
        prompt = f"Click on the {row.name[0].lower()}{row.name[1:]}, on the {side} side (anywhere on it)."
        return Question(kind, card, side, prompt, (), None)
    others = wrong_muscles(dataset, muscle, kind, rng, OPTIONS - 1)
    if len(others) < OPTIONS - 1:
        return None
    prompt = FACT_PROMPTS[kind].format(name=f"{row.name[0].lower()}{row.name[1:]}")
    options = [fact(dataset.muscles[k], kind) for k in others]
    return _shuffled(kind, card, side, prompt, fact(row, kind), options, rng)


def make_question(dataset: Dataset, card: str, rng: random.Random, choice: str = "mixed") -> Question:
    """A question about a card, of a kind the chosen question type allows and the card's data supports (a point
    that supports none is asked where it lies; a muscle, what its data allows)."""
    supported = card_kinds(dataset, card)
    wanted = [k for k in chosen_kinds(choice) if k in supported]
    muscle = card_muscle(card)
    rng.shuffle(wanted)
    # A point is always asked where it lies; a muscle whose wanted kinds find no sure wrong answers, another kind.
    kinds = wanted + (["locate"] if muscle is None else [k for k in supported if k not in wanted])
    for kind in kinds:
        side = pick_side(dataset, card, kind, rng)
        if muscle is None:
            return _point_question(dataset, card, kind, side, rng)
        question = _muscle_question(dataset, muscle, kind, side, rng)
        if question is not None:
            return question
    raise ValueError(f"no question can be made about {card}")
