"""The muscles of data/muscles.csv and how the points tie to them: the name a point is shown by, the short label that
tells it from the other points of its muscle, and the load-time checks both ways (every point names a muscle and one
of its parts; every muscle has a point or says why not).

The checks add `Problem`s to the loader's findings like every other check of `triggerpoints.data`, which calls them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from triggerpoints.csv_text import Findings, Problem
from triggerpoints.schema import MuscleGroupRow, MuscleRow

if TYPE_CHECKING:
    from triggerpoints.data import Table


def display_name(muscle: MuscleRow, part: str = "") -> str:
    """How a point of the muscle is named: "Deltoid (anterior fibres)", or "Masseter" for a point of no part."""
    return f"{muscle.name} ({part})" if part else muscle.name


# How long a point's label may grow (in characters) before it is cut at a word with "…".
LABEL_LENGTH = 40
# Where the first clause of a location ends: "On the outer thigh just above the knee: about two…".
_CLAUSE_END = re.compile(r"[,:;]|\.(?:\s|$)")


def _cut(text: str) -> str:
    text = text.strip()
    if len(text) <= LABEL_LENGTH:
        return text
    return text[:LABEL_LENGTH].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def point_labels(parts: Sequence[str], locations: Sequence[str]) -> tuple[str, ...]:
    """Short labels for the points of one muscle, in order, that tell them apart: the part alone where no other point
    lies in it ("Anterior fibres"), else where to find it, with its part when it has one ("Medial head: on the inner
    half of the calf bulge"). A place is its location's first clause, or more of it where two clauses are alike."""
    clauses = [_CLAUSE_END.split(location, maxsplit=1)[0] for location in locations]
    labels = []
    for part, clause, location in zip(parts, clauses, locations, strict=True):
        if part and parts.count(part) == 1:
            labels.append(part[0].upper() + part[1:])
            continue
        place = _cut(clause if clauses.count(clause) == 1 else location.rstrip("."))
        labels.append(f"{part[0].upper()}{part[1:]}: {place[0].lower()}{place[1:]}" if part else place)
    return tuple(labels)


def _listed(items: tuple[str, ...]) -> str:
    return ", ".join(f"'{item}'" for item in items)


def check_points_muscles(points: Table, muscles: Table, known: Mapping[str, MuscleRow], findings: Findings) -> None:
    """Every point's `muscle` is a key of muscles.csv and its `muscle_part`, when given, one of that muscle's parts."""
    for line, point in points.rows:
        muscle = known.get(point.muscle)
        if muscle is None:
            problem = Problem(points.name, line, "muscle", f"'{point.muscle}' is not a key of {muscles.name}")
            findings.add(problem, consequence=muscles.follows_from_broken_row("key", point.muscle))
        elif point.muscle_part and point.muscle_part not in muscle.parts:
            has = f"its parts are {_listed(muscle.parts)}" if muscle.parts else "it lists no parts"
            message = f"'{point.muscle_part}' is not a part of '{point.muscle}' in {muscles.name} ({has})"
            findings.add(Problem(points.name, line, "muscle_part", message))


def check_muscles(muscles: Table, points: Table, known: Mapping[str, MuscleRow], findings: Findings) -> None:
    """Each muscle's own cells (parts without repeats, `covered_by` naming other muscles when and only when it
    lies deep) and that it has a point of trigger_points.csv or a `no_point_reason`."""
    with_points = {point.muscle for _, point in points.rows}
    for line, muscle in muscles.rows:
        name = muscles.name
        repeated = tuple(dict.fromkeys(p for p in muscle.parts if muscle.parts.count(p) > 1))
        if repeated:
            findings.add(Problem(name, line, "parts", f"{_listed(repeated)} is listed more than once"))
        if muscle.depth == "deep" and not muscle.covered_by:
            findings.add(Problem(name, line, "covered_by", "a deep muscle must name the muscle(s) over it"))
        if muscle.depth == "superficial" and muscle.covered_by:
            findings.add(
                Problem(name, line, "covered_by", "must be empty for a superficial muscle (or set depth to 'deep')")
            )
        for over in muscle.covered_by:
            if over == muscle.key:
                findings.add(Problem(name, line, "covered_by", f"'{over}' cannot lie over itself"))
            elif over not in known:
                problem = Problem(name, line, "covered_by", f"'{over}' is not a key of {name}")
                findings.add(problem, consequence=muscles.follows_from_broken_row("key", over))
        if muscle.key in with_points and muscle.no_point_reason:
            message = f"'{muscle.key}' has trigger points in {points.name}: leave this empty"
            findings.add(Problem(name, line, "no_point_reason", message))
        elif muscle.key not in with_points and not muscle.no_point_reason:
            message = f"'{muscle.key}' has no point in {points.name}: add one there, or say here why not"
            # A broken point row may well be the muscle's point.
            findings.add(Problem(name, line, "no_point_reason", message),
                         consequence=points.follows_from_broken_row("muscle", muscle.key))  # fmt: skip


def check_muscle_groups(muscles: Table, groups: Table, known: Mapping[str, MuscleGroupRow], findings: Findings) -> None:
    """Every muscle's `group` is a key of muscle_groups.csv, and every group there has a member muscle and a key no
    muscle has (the pain finder and the pain guides name muscles and groups alike)."""
    members = {muscle.group for _, muscle in muscles.rows if muscle.group}
    muscle_keys = {muscle.key for _, muscle in muscles.rows}
    for line, muscle in muscles.rows:
        if muscle.group and muscle.group not in known:
            problem = Problem(muscles.name, line, "group", f"'{muscle.group}' is not a key of {groups.name}")
            findings.add(problem, consequence=groups.follows_from_broken_row("key", muscle.group))
    for line, group in groups.rows:
        if group.key in muscle_keys:
            message = f"'{group.key}' is also a key of {muscles.name}: a group needs a name of its own"
            findings.add(Problem(groups.name, line, "key", message))
        elif group.key not in members:
            message = f"no muscle of {muscles.name} names '{group.key}' in its 'group' column"
            findings.add(Problem(groups.name, line, "key", message), consequence=not muscles.complete)
