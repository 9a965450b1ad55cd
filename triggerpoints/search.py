"""Finds trigger points by what people type (a muscle, a synonym, a body area, a complaint, a word of the text, or
a misspelling of any of them), best matches first, one entry per muscle with its matching points beneath, and offers
to open a place or complaint in the pain finder. What a query names is read by `triggerpoints.search_terms`.

How results rank, best first:
1. a muscle or point named exactly ("masseter", "upper trapezius");
2. one the query calls by another name: a synonym ("SCM") or a vocabulary word for a group ("rotator cuff");
3. a place or complaint ("headache", "IT band", "tennis elbow"): every point whose pattern reaches where it is felt;
4. a muscle or point whose name starts with what was typed, then a synonym that does, then a place that does;
5. a point whose text (location, pattern, symptoms, notes) holds every other word typed.
Within each, a place ranks its strongest referrers first. Each area the query names counts once (a group such as
"temple", or a fine area). A point reaches an area fully when its essential zone covers any of it, half when only its
spillover zone does, and more when the pain guides name its muscle for that area (data/area_referrers.csv: 1/rank
more, as the pain finder weighs it). Its strength is the best area's plus the mean over all of them, so both the
classic source of one area ("headache": temporalis for the temple) and a pattern that covers most of them (the
SCM) come first; a point tagged with a condition the query names gains a half. Equal strengths go to the pattern that
covers more of the areas, then to the order a vocabulary word lists its muscles in, then by name. No Dash imports.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

from triggerpoints.data import Dataset
from triggerpoints.pain_finder import MarkedArea, referrer_weight
from triggerpoints.search_terms import GROUP, NAME, PLACE, SYNONYM, Meaning, Reading, TermIndex, build_term_index
from triggerpoints.search_terms import read_query as read_terms
from triggerpoints.view_actions import add_regions, condition_query
from triggerpoints.view_state import ViewState, view_query

NAMED, CALLED, FELT, NAME_BEGUN, SYNONYM_BEGUN, PLACE_BEGUN, MENTIONED = 7, 6, 5, 4, 3, 2, 1
TAGGED_BONUS = 0.5  # a point tagged with a condition the query names, over one that only reaches where it is felt
TAGGED_ONLY = 0.1  # a tagged point whose pattern reaches none of the areas searched (a condition felt elsewhere too)
MOST_OFFERS = 3
MOST_LABELS = 3  # places named in a reason before "…"
PREPOSITIONS = frozenset({"above", "around", "behind", "below", "beneath", "beside", "between", "in", "inside", "just",
                          "on", "under"})  # fmt: skip


class FoundPoint(NamedTuple):
    """A matching point of a muscle: its id, the label that tells it from the muscle's other points, and where its
    pattern meets the place searched ("Temple, back of the head"; empty when no place was searched)."""

    point_id: str
    label: str
    detail: str


@dataclass(frozen=True)
class SearchHit:
    """One matching point: its name, in plain words why it matched, where its pattern meets the place searched, and
    its sort key (smaller is better)."""

    point_id: str
    muscle: str
    reason: str
    detail: str
    rank: tuple


@dataclass(frozen=True)
class MuscleHit:
    """One muscle (or a group of muscle_groups.csv) among the results: why its best point matched, and its matching
    points (those that matched as well as its best one), in the order of the data."""

    muscle: str
    name: str
    reason: str
    points: tuple[FoundPoint, ...]


@dataclass(frozen=True)
class PainOffer:
    """A place or complaint the query names, offered in the pain finder: its name and the link that marks it."""

    label: str
    query: str


@dataclass(frozen=True)
class SearchResult:
    """Everything a query finds: every matching muscle, best first; what to offer in the pain finder; and the query
    as corrected, when a word was misspelt (None otherwise)."""

    muscles: tuple[MuscleHit, ...] = ()
    offers: tuple[PainOffer, ...] = ()
    corrected: str | None = None


@dataclass(frozen=True)
class SearchIndex:
    """What search needs of a dataset, built once: the names it knows, each point's zones as sets and its label, and
    the points whose pattern reaches each area."""

    terms: TermIndex
    essential: Mapping[str, frozenset[str]]
    spillover: Mapping[str, frozenset[str]]
    labels: Mapping[str, str]
    reaching: Mapping[str, frozenset[str]]


@dataclass(frozen=True)
class _Unit:
    """An area the query names, counted once: its name, its fine areas and its plain name."""

    name: str
    areas: frozenset[str]
    label: str
    marked: MarkedArea  # the same area as the pain finder reads it, to weigh the guides' ranks alike


def build_search_index(dataset: Dataset) -> SearchIndex:
    """The search index of a dataset."""
    essential = {p: frozenset(point.referral_primary) for p, point in dataset.points.items()}
    spillover = {p: frozenset(point.referral_spillover) for p, point in dataset.points.items()}
    reaching: dict[str, set[str]] = {}
    for point_id in dataset.points:
        for area in essential[point_id] | spillover[point_id]:
            reaching.setdefault(area, set()).add(point_id)
    labels = {point_id: dataset.point_label(point_id) for point_id in dataset.points}
    return SearchIndex(
        build_term_index(dataset),
        MappingProxyType(essential),
        MappingProxyType(spillover),
        MappingProxyType(labels),
        MappingProxyType({a: frozenset(p) for a, p in reaching.items()}),
    )


def search_index(dataset: Dataset) -> SearchIndex:
    """The dataset's search index, built on first use and kept with the dataset."""
    return dataset.derived("search_index", build_search_index)


def _lower_first(text: str) -> str:
    """ "Tension-type headache" as it reads inside a sentence; "TMJ" and "IT band" stay as they are."""
    return text[0].lower() + text[1:] if text[:2].isalpha() and text[1:2].islower() else text


def _the(label: str) -> str:
    """ "the temple"; a place said with a preposition ("Behind the eye", "Between the shoulder blades") as it is."""
    said = _lower_first(label)
    return said if said.split(" ", 1)[0] in PREPOSITIONS else f"the {said}"


def _listed(labels: list[str]) -> str:
    """ "the temple, the forehead and the eye", the first few of them."""
    shown = [_the(label) for label in labels[:MOST_LABELS]]
    shown[-1] += "…" if len(labels) > MOST_LABELS else ""
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"


def _line(labels: list[str], first: bool = True) -> str:
    """ "Temple, back of the head, eye": place names as one line, capitalised once (or not at all)."""
    said = ", ".join(_lower_first(label) for label in labels)
    return said[:1].upper() + said[1:] if first else said


def _units(dataset: Dataset, places: tuple[Meaning, ...]) -> tuple[_Unit, ...]:
    """The areas the places stand for: those a vocabulary word or an area name gives, else where its conditions are
    felt."""
    names: dict[str, None] = {}
    for place in places:
        if place.areas:
            names.update(dict.fromkeys(place.areas))
        for key in () if place.areas else place.conditions:
            names.update(dict.fromkeys(dataset.zone_names(dataset.conditions[key].felt_in)))
    units = []
    for name in names:
        group = name if name in dataset.groups else dataset.group_of(name)
        marked = MarkedArea(name, "right", name, group, ())
        units.append(_Unit(name, frozenset(dataset.expand_areas((name,))), dataset.area_label(name), marked))
    return tuple(units)


@dataclass(frozen=True)
class _Felt:
    """How a point's pattern meets the places searched."""

    strength: float
    coverage: float
    reason: str
    detail: str


def _felt(dataset: Dataset, index: SearchIndex, point_id: str, units: tuple[_Unit, ...], conditions: set[str]) -> _Felt:
    """How strongly a point explains the places searched (0 when it does not), and why, in plain words."""
    point = dataset.points[point_id]
    essential, spillover = index.essential[point_id], index.spillover[point_id]
    strengths, coverage, reached, spilled = [], 0.0, [], []
    for unit in units:
        full, spill = len(essential & unit.areas), len(spillover & unit.areas)
        reach = 1.0 if full else 0.5 if spill else 0.0
        strengths.append(reach * (1 + referrer_weight(dataset, dataset.chart_key(point.muscle), unit.marked)))
        coverage += (full + 0.5 * spill) / len(unit.areas)
        (reached if full else spilled if spill else []).append(unit.label)
    tagged = [key for key in point.conditions if key in conditions]
    strength = max(strengths) + sum(strengths) / len(strengths) if strengths else 0.0
    if tagged:
        # Tagged but reaching none of the areas searched: listed, below every point whose pattern reaches them.
        strength += TAGGED_BONUS if strength or not units else TAGGED_ONLY
        reason = f"Linked with {_lower_first(dataset.conditions[tagged[0]].name)}"
    elif reached:
        reason = f"Sends pain to {_listed(reached)}"
    else:
        reason = f"Can spill pain into {_listed(spilled)}" if spilled else ""
    detail = _line(reached) if reached else f"Spillover: {_line(spilled, first=False)}" if spilled else ""
    return _Felt(strength, coverage, reason, detail)


def _feeling(dataset: Dataset, index: SearchIndex, units: tuple[_Unit, ...], conditions: set[str]) -> set[str]:
    """The points whose pattern reaches an area searched, or that carry a condition searched (the rest need no
    weighing)."""
    found = {point_id for unit in units for area in unit.areas for point_id in index.reaching.get(area, ())}
    return found | {p for p, point in dataset.points.items() if conditions.intersection(point.conditions)}


def _group_reason(meaning: Meaning) -> str:
    """Why a vocabulary word for muscles matched: a complaint they cause, a name misspelt, or a group they are of."""
    said = meaning.said
    if meaning.vocabulary == "misspelling":
        return "Muscle"
    if len(meaning.muscles) == 1:
        return f"Also called {said}"
    return f"One of the {said}" if said.endswith("s") else f"One of the {said} muscles"


def _named_points(dataset: Dataset, meanings: tuple[Meaning, ...], tiers: Mapping[str, int]) -> dict[str, tuple]:
    """(tier, reason, place in its group's list) of each point a muscle or point name among the meanings names, at
    its best: a vocabulary word's muscles keep the order the vocabulary lists them in (the usual sources first)."""
    named: dict[str, tuple] = {}
    for meaning in meanings:
        if meaning.kind == PLACE:
            continue
        tier = tiers[meaning.kind]
        reason = {NAME: "Muscle", SYNONYM: f"Also called {meaning.said}"}.get(meaning.kind) or _group_reason(meaning)
        if meaning.kind == GROUP and (meaning.areas or meaning.conditions):
            reason = f"A usual source of {_lower_first(meaning.said)}"
        listed = [(p, 0) for p in meaning.points]
        listed += [(p, n) for n, m in enumerate(meaning.muscles) for p in dataset.muscle_points(m)]
        for point_id, place in listed:
            if point_id not in named or (-named[point_id][0], named[point_id][2]) > (-tier, place):
                named[point_id] = (tier, reason, place)
    return named


def _places(reading: Reading) -> tuple[tuple[Meaning, ...], int]:
    """The places a query names in full, or when it names nothing in full those it begins to, with their tier."""
    if reading.found:  # a name begun inside a query that names something in full is not what was meant
        return tuple(m for m in reading.found if m.kind == PLACE), FELT
    return tuple(m for m in reading.begun if m.kind == PLACE), PLACE_BEGUN


def search_points_read(dataset: Dataset, reading: Reading) -> list[SearchHit]:
    """Every point a read query finds, best first."""
    index = search_index(dataset)
    named = _named_points(dataset, reading.found, {NAME: NAMED, SYNONYM: CALLED, GROUP: CALLED})
    begun = _named_points(dataset, reading.begun, {NAME: NAME_BEGUN, SYNONYM: SYNONYM_BEGUN, GROUP: SYNONYM_BEGUN})
    places, place_tier = _places(reading)
    units = _units(dataset, places)
    conditions = {key for place in places for key in place.conditions}
    # A place said with its side ("left lower belly") is not reached by a point charted on the other side only.
    feeling = _feeling(dataset, index, units, conditions)
    if reading.side is not None:
        feeling = {p for p in feeling if reading.side in dataset.point_sides(p)}
    felt_by = {point_id: _felt(dataset, index, point_id, units, conditions) for point_id in feeling}
    nothing = _Felt(0.0, 0.0, "", "")
    hits = []
    for point_id in dataset.points:
        felt = felt_by.get(point_id, nothing)
        options = [named.get(point_id, (0, "", 0)), begun.get(point_id, (0, "", 0))]
        options.append((place_tier, felt.reason, 0) if felt.strength > 0 else (0, "", 0))
        text = index.terms.texts[point_id]
        if reading.loose_words and all(f" {word}" in text for word in reading.loose_words):
            options.append((MENTIONED, "Mentions " + ", ".join(f"“{word}”" for word in reading.loose_words), 0))
        tier, reason, listed = max(options, key=lambda option: option[0])
        if tier:
            name = dataset.point_name(point_id)
            rank = (-tier, -round(felt.strength, 6), -round(felt.coverage, 6), listed, name, point_id)
            hits.append(SearchHit(point_id, name, reason, felt.detail, rank))
    return sorted(hits, key=lambda hit: hit.rank)


def search_points(dataset: Dataset, query: str | None, limit: int | None = 8) -> list[SearchHit]:
    """Points matching the query, best first, at most `limit` (None: all); an empty or too short query finds
    nothing. Only the first MAX_SEARCH characters are read (the query is typed in the browser, so it may be of any
    length)."""
    hits = search_points_read(dataset, read_terms(search_index(dataset).terms, query))
    return hits if limit is None else hits[:limit]


def _by_muscle(dataset: Dataset, hits: list[SearchHit]) -> tuple[MuscleHit, ...]:
    """One entry per muscle in the order of its best point, with its points that matched at its best tier; the
    muscles the charts draw as one (muscle_groups.csv) share an entry, each point named by its own muscle."""
    best: dict[str, SearchHit] = {}
    by_point = {hit.point_id: hit for hit in hits}
    labels = search_index(dataset).labels
    for hit in hits:
        best.setdefault(dataset.chart_key(dataset.points[hit.point_id].muscle), hit)
    entries = []
    for key, top in best.items():
        grouped = key in dataset.muscle_groups
        points = tuple(
            FoundPoint(p, _member_label(dataset, p) if grouped else labels[p], by_point[p].detail)
            for member in dataset.members(key)
            for p in dataset.muscle_points(member)
            if p in by_point and by_point[p].rank[0] == top.rank[0]
        )
        entries.append(MuscleHit(key, dataset.chart_name(key), top.reason, points))
    return tuple(entries)


def _member_label(dataset: Dataset, point_id: str) -> str:
    """A point under its group's name: its muscle's name, and what tells it from the muscle's other points
    ("Scalenus anterior", "Rhomboid major: just inside the inner edge…")."""
    muscle = dataset.points[point_id].muscle
    name = dataset.muscles[muscle].name
    return f"{name}: {dataset.point_label(point_id)}" if len(dataset.muscle_points(muscle)) > 1 else name


def _offer_label(dataset: Dataset, place: Meaning) -> str:
    """What an offer of a place's areas is called: the place as said, or for a misspelling (never shown as typed)
    the word spelt right that the vocabulary gives the same meaning, else the names of its areas."""
    if place.vocabulary != "misspelling":
        return _lower_first(place.said)
    spelt = (row.term for row in dataset.vocabulary if row.kind != "misspelling"
             and (row.areas, row.conditions) == (place.areas, place.conditions))  # fmt: skip
    return _lower_first(next(spelt, "")) or ", ".join(_lower_first(dataset.area_label(a)) for a in place.areas)


def pain_offers(dataset: Dataset, reading: Reading) -> tuple[PainOffer, ...]:
    """The places and complaints a query names in full, each with the pain-finder link that marks it on the side the
    query names (the right by default): a word with areas marks them, a condition where it is felt."""
    side = reading.side or "right"
    offers: dict[str, PainOffer] = {}
    for place in (m for m in reading.found if m.kind == PLACE):
        if place.areas:
            query = view_query(add_regions(ViewState(), dataset.zone_regions(place.areas, side)), dataset)
            offers.setdefault(query, PainOffer(_offer_label(dataset, place), query))
            continue
        for key in place.conditions:
            query = condition_query(dataset, key, side)
            if query:
                offers.setdefault(query, PainOffer(_lower_first(dataset.conditions[key].name), query))
    return tuple(offers.values())[:MOST_OFFERS]


def search(dataset: Dataset, query: str | None) -> SearchResult:
    """Everything a query finds: every matching muscle best first, the pain-finder offers, and the query as
    corrected."""
    reading = read_terms(search_index(dataset).terms, query)
    muscles = _by_muscle(dataset, search_points_read(dataset, reading))
    return SearchResult(muscles, pain_offers(dataset, reading) if muscles else (), reading.corrected)


def search_muscles(dataset: Dataset, query: str | None, limit: int | None = None) -> list[MuscleHit]:
    """One entry per muscle of the matching points, in the order of its best point, at most `limit` (None: all)."""
    muscles = list(search(dataset, query).muscles)
    return muscles if limit is None else muscles[:limit]
