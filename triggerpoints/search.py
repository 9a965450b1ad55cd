"""Finds trigger points by muscle, synonym, body region or condition, best matches first, and lists them one entry
per muscle with its matching points beneath."""

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


@dataclass(frozen=True)
class MuscleHit:
    """One muscle among the results: why its best point matched, and its matching points with their labels."""

    muscle: str
    name: str
    reason: str
    points: tuple[tuple[str, str], ...]


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
    muscle = dataset.muscle_of(point_id)
    fields = [(10, dataset.point_name(point_id), "Muscle"), (10, muscle.name, "Muscle"), (4, point.id, "Muscle")]
    fields += [(9, s, f"Also called {s}") for s in dict.fromkeys(point.synonyms + muscle.synonyms)]
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
    for point_id in dataset.points:
        best = max(
            ((w * _match_score(wanted, text), reason) for w, text, reason in _fields(dataset, point_id)),
            key=lambda pair: pair[0],
        )
        if best[0] > 0:
            hits.append(SearchHit(point_id, dataset.point_name(point_id), best[1], best[0]))
    hits.sort(key=lambda h: (-h.score, h.muscle, h.point_id))
    return hits[:limit]


def search_muscles(dataset: Dataset, query: str | None, limit: int = 8) -> list[MuscleHit]:
    """One entry per muscle of the matching points, in the order of its best point (the order `search_points` ranks
    in), with its matching points beneath in the order of the data; at most `limit` muscles."""
    hits = search_points(dataset, query, limit=len(dataset.points))
    found = {hit.point_id for hit in hits}
    best = dict.fromkeys(dataset.points[hit.point_id].muscle for hit in hits)
    reasons = {}
    for hit in hits:
        reasons.setdefault(dataset.points[hit.point_id].muscle, hit.reason)
    return [
        MuscleHit(
            muscle=key,
            name=dataset.muscles[key].name,
            reason=reasons[key],
            points=tuple((p, dataset.point_label(p)) for p in dataset.muscle_points(key) if p in found),
        )
        for key in list(best)[:limit]
    ]
