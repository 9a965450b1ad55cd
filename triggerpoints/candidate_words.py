"""Why a muscle ranks where it does in the pain finder, in plain words: which marked areas its pattern covers (in
its main zone, or only where its pain sometimes spreads), which its other trigger points cover, and which it does
not, e.g. "Covers your temple and the side of your neck (its main zone); not the back of your neck." No Dash
imports.

Places are named as the area list names them, turned to the patient ("Back of the neck" -> "the back of your
neck"); a side is said only where it is not the candidate's own (which the list shows beside its name).
"""

from __future__ import annotations

from triggerpoints.data import Dataset
from triggerpoints.pain_finder import Candidate

# Labels that start by saying where ("Behind the ear"): the place keeps its preposition, "the area behind your ear".
_PREPOSITIONS = ("just ", "around ", "behind ", "beside ", "below ", "above ", "under ", "between ", "where ")


def your_place(label: str) -> str:
    """A place's label as said to the patient: "Temple" -> "your temple", "Back of the neck" -> "the back of your
    neck", "Behind the ear" -> "the area behind your ear"."""
    text = label[:1].lower() + label[1:]
    if text.startswith(_PREPOSITIONS):
        return "the area " + text.replace(" the ", " your ", 1)
    if " of the " in text:
        return "the " + text.replace(" of the ", " of your ", 1)
    return "your " + text


def _listed(items: list[str], last: str = "and") -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {last} {items[-1]}"


def _places(dataset: Dataset, names: tuple[str, ...], own_sides: tuple[str, ...]) -> list[str]:
    """The marked areas as words, a place marked on both sides said once, with its side where it is not the
    candidate's own."""
    sides: dict[str, set[str]] = {}
    for name in names:
        if name in dataset.regions:
            region = dataset.regions[name]
            label, side = dataset.area_label(region.area), region.side
        else:
            group, _, side = name.rpartition("-")
            label = dataset.group_label(group)
        sides.setdefault(label, set()).add(side)
    words = []
    for label, marked in sides.items():
        place = your_place(label)
        if marked == set(own_sides):
            words.append(place)
        elif len(marked) == 2:
            words.append(f"{place} on both sides")
        else:
            words.append(f"{place} on the {next(iter(marked))}")
    return words


def candidate_reason(dataset: Dataset, candidate: Candidate) -> str:
    """What the candidate's pattern covers of the marked areas and what it does not, as one plain sentence."""
    covered = []
    if candidate.essential:
        covered.append(f"{_listed(_places(dataset, candidate.essential, candidate.sides))} (its main zone)")
    if candidate.spillover:
        places = _listed(_places(dataset, candidate.spillover, candidate.sides))
        covered.append(f"{places} (where its pain sometimes spreads)")
    sentence = "Covers " + ", and ".join(covered)
    if candidate.by_other_points:
        sentence += (
            f"; its other trigger points cover {_listed(_places(dataset, candidate.by_other_points, candidate.sides))}"
        )
    unexplained = tuple(name for name in candidate.missed if name not in candidate.by_other_points)
    if unexplained:
        sentence += f"; not {_listed(_places(dataset, unexplained, candidate.sides), 'or')}"
    return sentence + "."
