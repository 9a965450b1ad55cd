"""Finds trigger points by muscle, synonym, body region or condition, best matches first."""

from __future__ import annotations

import re
from dataclasses import dataclass

from triggerpoints.areas import NAV_AREAS
from triggerpoints.data import Dataset
from triggerpoints.untrusted import MAX_SEARCH


@dataclass(frozen=True)
class SearchHit:
    """One search result: the point, and in plain words why it matched."""

    point_id: str
    muscle: str
    reason: str
    score: int


def _normal(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _match_score(query: str, text: str) -> int:
    """How well a normalised query matches a text: 3 exact, 2 word start, 1 inside, 0 not at all."""
    candidate = _normal(text)
    if not candidate:
        return 0
    if candidate == query:
        return 3
    if candidate.startswith(query) or f" {query}" in f" {candidate}":
        return 2
    return 1 if query in candidate else 0


def _zone_names(dataset: Dataset, areas: tuple[str, ...]) -> list[tuple[str, str]]:
    """(name, label) of each fine area of a zone and of each group they belong to ("temple" finds temporalis)."""
    named = {area: dataset.area_label(area) for area in areas}
    for area in areas:
        group = dataset.group_of(area)
        if group not in named:
            named[group] = dataset.group_label(group)
    return list(named.items())


def _fields(dataset: Dataset, point_id: str) -> list[tuple[int, str, str]]:
    """(weight, text, reason) for everything a point can be found by."""
    point = dataset.points[point_id]
    fields = [(10, point.muscle, "Muscle"), (4, point.id, "Muscle")]
    fields += [(9, s, f"Also called {s}") for s in point.synonyms]
    for areas, weight, says in ((point.referral_primary, 6, "Sends pain to"),
                                (point.referral_spillover, 4, "Can spill pain into")):  # fmt: skip
        for name, label in _zone_names(dataset, areas):
            fields += [(weight, label, f"{says} the {label.lower()}"), (weight, name, f"{says} the {label.lower()}")]
    for key in point.conditions:
        name = dataset.conditions[key].name
        fields += [
            (7, name, f"Linked with {name[0].lower()}{name[1:]}"),
            (7, key, f"Linked with {name[0].lower()}{name[1:]}"),
        ]
    nav = NAV_AREAS.get(point.nav_area, "")
    fields.append((3, nav, f"In the {nav.lower()} area"))
    return fields


def search_points(dataset: Dataset, query: str | None, limit: int = 8) -> list[SearchHit]:
    """Points matching the query, best first; an empty or too short query finds nothing.

    Only the first MAX_SEARCH characters are read (the query is typed in the browser, so it may be of any length)."""
    wanted = _normal((query or "")[:MAX_SEARCH])[:80]
    if len(wanted) < 2:
        return []
    hits = []
    for point_id, point in dataset.points.items():
        best = max(
            ((w * _match_score(wanted, text), reason) for w, text, reason in _fields(dataset, point_id)),
            key=lambda pair: pair[0],
        )
        if best[0] > 0:
            hits.append(SearchHit(point_id, point.muscle, best[1], best[0]))
    hits.sort(key=lambda h: (-h.score, h.muscle, h.point_id))
    return hits[:limit]
