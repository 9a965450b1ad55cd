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


def _fields(dataset: Dataset, point_id: str) -> list[tuple[int, str, str]]:
    """(weight, text, reason) for everything a point can be found by."""
    point = dataset.points[point_id]
    fields = [(10, point.muscle, "Muscle"), (4, point.id, "Muscle")]
    fields += [(9, s, f"Also called {s}") for s in point.synonyms]
    for area in point.referral_primary:
        label = dataset.area_label(area)
        fields += [(6, label, f"Sends pain to the {label.lower()}"), (6, area, f"Sends pain to the {label.lower()}")]
    for area in point.referral_spillover:
        label = dataset.area_label(area)
        fields += [
            (4, label, f"Can spill pain into the {label.lower()}"),
            (4, area, f"Can spill pain into the {label.lower()}"),
        ]
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
