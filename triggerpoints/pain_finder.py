"""The pain finder's logic: which region a click lands in, and which muscles best explain the marked pain.

Both indexes are built once at start-up. Regions are the fine areas of the atlas, and a region may be drawn on
several views (the outer thigh on front, back and side), so the click index holds every outline of every region
and a click on any view finds the region under it. Referral zones name fine areas (a group name in the data is
expanded when it is loaded).

Ranking. The marks are read as a patient means them: a whole group marked on a side ("right temple", all of it)
is one marked area, and so is a fine region marked alone. A point explains a marked area on its own side fully
when its essential zone reaches it (1) and half when only its spillover zone does (0.5), and only on a side it is
charted on (a point charted on the right only explains nothing on the left); its score, which the bar shows, is the
sum over the marked areas divided by their number, so 1.0 means the essential zone reaches every marked area. Each
muscle is one entry, scored by its best point on each side; when both sides are marked and the muscle explains marks
on both, that is one entry for both sides, whose score counts both. Equal scores go to the muscle the pain guides
list first for the areas it explains (data/area_referrers.csv, `referrer_weight`), then to the muscle whose other
points explain more of the marks, then to the pattern that covers more of the marked regions, then to the more
specific pattern.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from shapely import STRtree
from shapely.geometry import Point, Polygon

from triggerpoints.data import Dataset

ESSENTIAL_WEIGHT = 1.0
SPILLOVER_WEIGHT = 0.5


@dataclass(frozen=True)
class Referral:
    """A point whose pattern reaches an area, how strongly, and on which sides (a point charted on one side refers
    pain on that side only)."""

    point_id: str
    essential: bool
    sides: tuple[str, ...]


@dataclass(frozen=True)
class PainIndex:
    """Start-up indexes: region outlines for clicks (with the region each belongs to), and area -> points that refer
    pain there."""

    region_ids: tuple[str, ...]  # the region of each outline in the tree, by the tree's index
    tree: STRtree = field(repr=False)
    referrals: Mapping[str, tuple[Referral, ...]]
    pattern_size: Mapping[str, float]

    def region_at(self, x: float, y: float) -> str | None:
        """The region whose outline contains the figure point (x, y) on whichever view, or None outside the body.

        Where two outlines touch, the first one indexed wins, so a click on a shared border always finds the same
        region."""
        hits = self.tree.query(Point(x, y), predicate="intersects")
        return self.region_ids[min(hits)] if len(hits) else None


def build_pain_index(dataset: Dataset) -> PainIndex:
    """Indexes the dataset's regions and referral patterns (once, at start-up)."""
    owners: list[str] = []
    outlines: list[Polygon] = []
    for region_id, region in dataset.regions.items():
        for view in region.views:
            owners.append(region_id)
            outlines.append(Polygon(region.outline(view)))
    region_ids, tree = tuple(owners), STRtree(outlines)
    referrals: dict[str, list[Referral]] = defaultdict(list)
    sizes: dict[str, float] = {}
    for point_id, point in dataset.points.items():
        sides = dataset.point_sides(point_id)
        for area in point.referral_primary:
            referrals[area].append(Referral(point_id, True, sides))
        for area in point.referral_spillover:
            referrals[area].append(Referral(point_id, False, sides))
        sizes[point_id] = len(point.referral_primary) + SPILLOVER_WEIGHT * len(point.referral_spillover)
    frozen = {area: tuple(items) for area, items in referrals.items()}
    return PainIndex(region_ids, tree, MappingProxyType(frozen), MappingProxyType(sizes))


@dataclass(frozen=True)
class MarkedArea:
    """What a patient marked, as one unit: a whole group on a side ("temple-right") or a fine region alone."""

    name: str  # a region id, or "<group>-<side>" (`Dataset.folded`)
    side: str
    place: str  # the fine area or the group, without the side
    group: str  # the group it belongs to (the place itself for a group)
    regions: tuple[str, ...]


def marked_areas(dataset: Dataset, marked: Iterable[str]) -> tuple[MarkedArea, ...]:
    """The marked regions as the areas a patient means, in the order they were marked (unknown ids left out)."""
    regions = [r for r in dict.fromkeys(marked) if r in dataset.regions]
    areas = []
    for name in dataset.folded(regions):
        if name in dataset.regions:
            region = dataset.regions[name]
            areas.append(MarkedArea(name, region.side, region.area, region.group, (name,)))
        else:
            group, _, side = name.rpartition("-")
            areas.append(MarkedArea(name, side, group, group, dataset.regions_named(name)))
    return tuple(areas)


@dataclass(frozen=True)
class Candidate:
    """A muscle (or a group the charts draw as one, `Dataset.chart_key`) that may cause the marked pain: the point
    to open (its best match) and the side to open it on, the sides it is listed for (one, or both when both are
    marked), and which marked areas its pattern explains."""

    muscle: str
    point_id: str
    side: str
    sides: tuple[str, ...]
    score: float
    essential: tuple[str, ...]  # names of the marked areas (`MarkedArea.name`) its essential zone reaches
    spillover: tuple[str, ...]  # ... that only its spillover zone reaches
    missed: tuple[str, ...]  # ... that it does not reach
    by_other_points: tuple[str, ...] = ()  # ... of those missed, the ones another point of the muscle reaches

    @property
    def both_sides(self) -> bool:
        """Whether the entry stands for the muscle on both sides."""
        return len(self.sides) == 2


@dataclass
class _Match:
    """One point on one side against the marks: its reach per marked area, and the marked regions it covers."""

    reach: dict[int, float] = field(default_factory=dict)  # marked area's index -> 1 (essential) or 0.5
    covered: float = 0.0  # the marked regions it reaches, each weighted as above

    @property
    def weight(self) -> float:
        return sum(self.reach.values())


def referrer_weight(dataset: Dataset, muscle: str, area: MarkedArea) -> float:
    """How prominently the pain guides name a muscle for a marked area: 1 / its rank in the area's list (the fine
    area's own list, else its group's), 0 when unlisted."""
    listed = dataset.area_referrers.get(area.place) or dataset.area_referrers.get(area.group, {})
    rank = listed.get(muscle)
    return 1 / rank if rank else 0.0


def rank_candidates(
    dataset: Dataset, index: PainIndex, marked: Iterable[str], allowed: frozenset[str] | None = None
) -> list[Candidate]:
    """Every muscle whose pattern reaches a marked region (on the region's own side, where its point is charted),
    best first."""
    areas = marked_areas(dataset, marked)
    if not areas:
        return []
    matches: dict[tuple[str, str], _Match] = defaultdict(_Match)
    for number, area in enumerate(areas):
        for region_id in area.regions:
            for referral in index.referrals.get(dataset.regions[region_id].area, ()):
                if area.side not in referral.sides or (allowed is not None and referral.point_id not in allowed):
                    continue
                weight = ESSENTIAL_WEIGHT if referral.essential else SPILLOVER_WEIGHT
                match = matches[(referral.point_id, area.side)]
                match.reach[number] = max(match.reach.get(number, 0.0), weight)
                match.covered += weight
    best: dict[str, dict[str, tuple[str, _Match]]] = defaultdict(dict)  # muscle -> side -> its best point
    reached: dict[str, set[int]] = defaultdict(set)  # muscle -> the marked areas any of its points reaches
    for (point_id, side), match in matches.items():
        muscle = dataset.chart_key(dataset.points[point_id].muscle)
        reached[muscle].update(match.reach)
        current = best[muscle].get(side)
        if current is None or _point_order(index, point_id, match) < _point_order(index, *current):
            best[muscle][side] = (point_id, match)
    ranked = sorted(_entry(dataset, index, areas, muscle, by_side, reached[muscle]) for muscle, by_side in best.items())
    return [candidate for *_, candidate in ranked]


def _point_order(index: PainIndex, point_id: str, match: _Match) -> tuple[float, float, float, str]:
    """Which of a muscle's points on a side explains the marks best: the higher score, then more of the marked
    regions, then the more specific pattern."""
    return (-match.weight, -match.covered, index.pattern_size[point_id], point_id)


def _entry(
    dataset: Dataset,
    index: PainIndex,
    areas: tuple[MarkedArea, ...],
    muscle: str,
    by_side: Mapping[str, tuple[str, _Match]],
    reached: set[int],
) -> tuple[float, float, int, float, float, str, str, Candidate]:
    """A muscle's entry from its best point on each side, led by its sort key (best first)."""
    opened_side = max(by_side, key=lambda side: (by_side[side][1].weight, side == "right"))
    point_id = by_side[opened_side][0]
    reach = {number: w for _, match in by_side.values() for number, w in match.reach.items()}
    candidate = Candidate(
        muscle=muscle,
        point_id=point_id,
        side=opened_side,
        sides=tuple(sorted(by_side, reverse=True)),  # "right" before "left"
        score=round(sum(reach.values()) / len(areas), 3),
        essential=tuple(a.name for n, a in enumerate(areas) if reach.get(n) == ESSENTIAL_WEIGHT),
        spillover=tuple(a.name for n, a in enumerate(areas) if reach.get(n) == SPILLOVER_WEIGHT),
        missed=tuple(a.name for n, a in enumerate(areas) if n not in reach),
        by_other_points=tuple(a.name for n, a in enumerate(areas) if n in reached and n not in reach),
    )
    guides = sum(w * referrer_weight(dataset, muscle, areas[n]) for n, w in reach.items())
    covered = sum(match.covered for _, match in by_side.values()) / sum(len(area.regions) for area in areas)
    precision = sum(match.weight for _, match in by_side.values()) / index.pattern_size[point_id]
    return (-candidate.score, -round(guides, 6), -len(reached), -round(covered, 6), -precision,
            dataset.point_name(point_id), muscle, candidate)  # fmt: skip
