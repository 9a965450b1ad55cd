"""The pain finder's logic: which region a click lands in, and which trigger points best explain the marked pain.

Both indexes are built once at start-up. Regions are the fine areas of the atlas, and a region may be drawn on
several views (the outer thigh on front, back and side), so the click index holds every outline of every region
and a click on any view finds the region under it. Referral zones name fine areas (a group name in the data is
expanded when it is loaded), so the ranking works at the fine level.

Ranking: every marked region a point's referral covers on the same side adds 1 (essential zone) or 0.5
(spillover zone); the score is that sum over the number of marked regions, so 1.0 means every marked region lies
in the point's essential zone. Ties go to the point whose pattern is more specific (fewer areas), and each
muscle's best point comes before a second point of the same muscle.
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
    """A point whose pattern reaches an area, and how strongly."""

    point_id: str
    essential: bool


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
        for area in point.referral_primary:
            referrals[area].append(Referral(point_id, True))
        for area in point.referral_spillover:
            referrals[area].append(Referral(point_id, False))
        sizes[point_id] = len(point.referral_primary) + SPILLOVER_WEIGHT * len(point.referral_spillover)
    frozen = {area: tuple(items) for area, items in referrals.items()}
    return PainIndex(region_ids, tree, MappingProxyType(frozen), MappingProxyType(sizes))


@dataclass(frozen=True)
class Candidate:
    """A trigger point that may cause the marked pain, on one side, and which marked regions it explains."""

    point_id: str
    side: str
    score: float
    essential: tuple[str, ...]
    spillover: tuple[str, ...]


def rank_candidates(
    dataset: Dataset,
    index: PainIndex,
    marked: Iterable[str],
    allowed: frozenset[str] | None = None,
    limit: int = 12,
) -> list[Candidate]:
    """The points that best explain the marked regions, best first (a region counts only on its own side)."""
    marked = [r for r in dict.fromkeys(marked) if r in dataset.regions]
    if not marked:
        return []
    essential: dict[tuple[str, str], list[str]] = defaultdict(list)
    spillover: dict[tuple[str, str], list[str]] = defaultdict(list)
    for region_id in marked:
        region = dataset.regions[region_id]
        for referral in index.referrals.get(region.area, ()):
            if allowed is not None and referral.point_id not in allowed:
                continue
            key = (referral.point_id, region.side)
            (essential if referral.essential else spillover)[key].append(region_id)
    scored = []
    for key in essential.keys() | spillover.keys():
        weight = ESSENTIAL_WEIGHT * len(essential[key]) + SPILLOVER_WEIGHT * len(spillover[key])
        precision = weight / index.pattern_size[key[0]]
        scored.append((weight / len(marked), precision, key))
    scored.sort(key=lambda s: (-s[0], -s[1], dataset.point_name(s[2][0]), s[2]))
    seen: set[tuple[str, str]] = set()
    first, repeats = [], []
    for score, _, (point_id, side) in scored:
        muscle = (dataset.points[point_id].muscle, side)
        candidate = Candidate(point_id, side, round(score, 3), tuple(essential[(point_id, side)]),
                              tuple(spillover[(point_id, side)]))  # fmt: skip
        (repeats if muscle in seen else first).append(candidate)
        seen.add(muscle)
    return (first + repeats)[:limit]
