"""What the quiz says after an answer, in words: what was asked and what is right, for every kind of question.

A click on the map is described as a person would describe it, never in figure units: how far off it was in finger-
and hand-widths, which way (too high, too low, too far out to the side, too close to the middle; on the side view too
far forward or back), the body region under the click, and the region where the point or muscle lies. The figure's
scale: the body is 810 units tall, so for an adult of about 1.70 m a unit is about 2 mm, a finger-width (2 cm) about
10 units and a hand-width (8.5 cm) about 40. No Dash imports.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from shapely.geometry import Point
from shapely.ops import nearest_points

from triggerpoints.data import Dataset
from triggerpoints.figure_frame import VIEW_CENTERS, VIEWS, view_at
from triggerpoints.muscle_map import muscle_at
from triggerpoints.study import Question, outline_area

FINGER = 10.0  # figure units in a finger-width
HAND = 40.0  # figure units in a hand-width
NUMBERS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# Region labels that already say where ("Behind the ear", "Just below the collarbone") read without "on the".
PLACE_WORDS = ("behind", "just", "around", "under", "beside", "above", "below", "between", "in", "on", "at", "where",
               "over", "inside", "along", "near", "across", "outside", "within")  # fmt: skip

VIEW_WORDS = {"front": "front", "back": "back", "side": "right-side"}  # "the right-side view", as the map titles it

RegionAt = Callable[[float, float], "str | None"]


def distance_words(distance: float) -> str:
    """A distance on the figure as a person would say it: "about two finger-widths", "about three hand-widths"."""
    if distance < 1.5 * FINGER:
        return "about a finger-width"
    if distance < 2.5 * FINGER:
        return "about two finger-widths"
    if distance < 1.25 * HAND:
        return "about a hand-width"
    if distance < 1.75 * HAND:
        return "about a hand-width and a half"
    hands = round(distance / HAND)
    return f"about {NUMBERS[hands]} hand-widths" if hands < len(NUMBERS) else "more than ten hand-widths"


def direction_words(view: str, x: float, y: float, target_x: float, target_y: float) -> str:
    """Which way a place lies off a target on a view: "too low", "too high and too far out to the side"."""
    dx, dy = x - target_x, y - target_y
    length = math.hypot(dx, dy) or 1.0
    ways = []
    if abs(dy) >= 0.4 * length:
        ways.append("too low" if dy > 0 else "too high")
    if abs(dx) >= 0.4 * length:
        if view == "side":
            ways.append("too far forward" if dx > 0 else "too far back")
        else:
            center = VIEW_CENTERS[view]
            ways.append("too far out to the side" if abs(x - center) > abs(target_x - center) else
                        "too close to the middle")  # fmt: skip
    return " and ".join(ways)


def place_words(dataset: Dataset, region_at: RegionAt, x: float, y: float) -> str | None:
    """Where a place on the figure is, by the region under it ("on the middle of the shoulder blade", "behind the
    ear"); None off the body."""
    region = region_at(x, y)
    if region is None:
        return None
    label = dataset.regions[region].label
    label = label[0].lower() + label[1:]
    return label if label.split(" ", 1)[0] in PLACE_WORDS else f"on the {label}"


def side_at(dataset: Dataset, region_at: RegionAt, x: float, y: float) -> str | None:
    """The side of the body a place is on (None off the body)."""
    region = region_at(x, y)
    return dataset.regions[region].side if region else None


def _lower(text: str) -> str:
    return text[0].lower() + text[1:] if text else text


def _sentence(text: str) -> str:
    return text.strip().rstrip(".")


def _miss(dataset: Dataset, region_at: RegionAt, x: float, y: float, side: str, spots: dict, thing: str) -> str:
    """Where a click fell off its target. `spots` gives, for each view the target is seen on (the one to describe
    it by first), the place nearest the click there and a place well inside it; `thing` names the target ("the
    trigger point of soleus")."""
    main = next(iter(spots))

    def lies(view: str) -> str:
        inside = spots[view][1]
        return f"{thing} lies {place_words(dataset, region_at, *inside) or 'there'}"

    clicked = place_words(dataset, region_at, x, y)
    view = view_at(x)
    if clicked is None:
        return f"Your click was off the body; {lies(main)}."
    clicked_side = side_at(dataset, region_at, x, y)
    if clicked_side != side and view != "side":
        where = lies(main)
        return f"Your click was on the {clicked_side} side, {clicked}; the question asks for the {side} side: {where}."
    if view not in spots:
        seen = " and ".join(VIEW_WORDS[v] for v in spots) + (" views" if len(spots) > 1 else " view")
        return f"Your click was on the {VIEW_WORDS[view]} view, {clicked}; {thing} is seen on the {seen}: {lies(main)}."
    target_x, target_y = spots[view][0]
    off = " ".join(filter(None, (distance_words(math.hypot(x - target_x, y - target_y)),
                                 direction_words(view, x, y, target_x, target_y))))  # fmt: skip
    return f"Your click was {off}, {clicked}; {lies(view)}."


def locate_feedback(dataset: Dataset, region_at: RegionAt, question: Question, x: float, y: float, right: bool) -> str:
    """The words after a click answering "where does the trigger point lie?"."""
    point = dataset.points[question.card]
    name = _lower(dataset.point_name(question.card))
    location = _sentence(point.location)
    if right:
        return f"Right! The X on the map shows where the trigger point of {name} lies. {location}."
    # Described by the asked point's own X, the one the map then shows (any point of its name would have been right).
    views = sorted(dataset.point_views(question.card, question.side), key=lambda v: v != point.view)
    spots = {view: (dataset.position(question.card, question.side, view),) * 2 for view in views}
    miss = _miss(dataset, region_at, x, y, question.side, spots, f"the trigger point of {name}")
    return f"Not quite. {miss} The X on the map shows it: {_lower(location)}."


def muscle_click_feedback(dataset: Dataset, region_at: RegionAt, question: Question, x: float, y: float,
                          right: bool) -> str:  # fmt: skip
    """The words after a click answering "click on the muscle"."""
    muscle = dataset.muscles[question.muscle or ""]
    name = _lower(muscle.name)
    deep = _deep_words(dataset, muscle.key)
    if right:
        return f"Right! That is the {name}: the map now shows its outline.{deep}"
    areas = {view: outline_area(dataset, muscle.key, view, question.side) for view in VIEWS}
    spots = {}
    for view, area in sorted(areas.items(), key=lambda item: -item[1].area):  # its largest view first
        if not area.is_empty:
            nearest, inside = nearest_points(area, Point(x, y))[0], area.representative_point()
            spots[view] = ((nearest.x, nearest.y), (inside.x, inside.y))
    under = muscle_at(dataset, x, y)
    on = f" You clicked the {_lower(dataset.muscles[under[0]].name)}." if under and under[0] != muscle.key else ""
    miss = _miss(dataset, region_at, x, y, question.side, spots, f"the {name}")
    return f"Not quite.{on} {miss} The map now shows its outline.{deep}"


def _deep_words(dataset: Dataset, muscle: str) -> str:
    row = dataset.muscles[muscle]
    if row.depth != "deep":
        return ""
    over = " and ".join(_lower(dataset.muscles[k].name) for k in row.covered_by if k in dataset.muscles)
    return f" It lies deep, under the {over} (drawn dashed)." if over else " It lies deep (drawn dashed)."


FACT_SENTENCES = {
    "origin": "The {name} arises from {plain}.",
    "insertion": "The {name} attaches to {plain}.",
    "action": "What the {name} does: {plain}.",
    "nerve": "The {name} is supplied by {plain}.",
}
RIGHT_ACTION = "That is what the {name} does."


def choice_feedback(dataset: Dataset, question: Question, right: bool) -> str:
    """The words after an answer chosen from options: what was asked, and the right answer."""
    lead = "Right! " if right else "Not quite. " if question.kind == "action" else "Not quite: "
    answer = question.options[question.answer or 0]
    if question.muscle is not None:
        muscle = dataset.muscles[question.muscle]
        name = _lower(muscle.name)
        if question.kind == "muscle-shown":
            text = f"The outline is the {name}.{_deep_words(dataset, muscle.key)}"
        else:
            plain = _lower(_sentence(getattr(muscle, question.kind)))
            clinical = _sentence(getattr(muscle, question.kind + "_clinical"))
            said = RIGHT_ACTION if right and question.kind == "action" else FACT_SENTENCES[question.kind]
            text = said.format(name=name, plain=plain) + f" In clinical terms: {clinical}."
    else:
        point = dataset.point_name(question.card)
        if question.kind == "which-muscle":
            text = (f"{point} refers pain to this zone" if right else f"it is {_lower(point)} that refers pain to this "
                    "zone") + "; the map now shows its X."  # fmt: skip
        elif question.kind == "condition":
            text = (f"{answer} is commonly associated with {_lower(point)}." if right else
                    f"of these, {answer} is the one commonly associated with {_lower(point)}.")  # fmt: skip
        else:
            text = (f"{answer} is a suitable self-care technique for {_lower(point)}." if right else
                    f"of these, {answer} is the one suited to self-care for {_lower(point)}.")  # fmt: skip
    return lead + (text if right or question.kind == "action" else _lower(text))
