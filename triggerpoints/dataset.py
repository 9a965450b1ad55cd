"""The loaded data, read-only: the regions of the body atlas, the points, conditions, techniques and muscles, and
the questions the app asks of them (which areas a group name stands for, where an X stands on each view, what an
area is called, what a point is called and which points a muscle has). `triggerpoints.data` builds a Dataset from
the files and checks them first.

A region is an area on one side, with an outline on each view it is drawn on. Each area belongs to a group (one
of the wider areas used before the fine atlas, e.g. "temple" for "temple-front"); wherever an area may be named
(the zones of a point, where a condition is felt, a link, the area list) a group name stands for all its areas.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TypeVar

from triggerpoints.areas import AREAS
from triggerpoints.figure_frame import SIDES, VIEWS, mirror_x
from triggerpoints.muscles import display_name, point_labels
from triggerpoints.schema import ConditionRow, MuscleGroupRow, MuscleRow, TechniqueRow, TriggerPointRow
from triggerpoints.search_vocabulary import VocabularyRow

T = TypeVar("T")


def _with_side(label: str, side: str | None) -> str:
    """ "Right temple" for "Temple" on the right; the label itself without a side."""
    return f"{side.capitalize()} {label[0].lower()}{label[1:]}" if side else label


Outline = tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class Region:
    """An area on one side of the body, with its outline on each view it is drawn on (the rows of
    body_regions.csv that share its region_id)."""

    region_id: str
    area: str
    group: str
    side: str
    label: str
    clinical_label: str
    nav_area: str
    outlines: Mapping[str, Outline]

    @property
    def views(self) -> tuple[str, ...]:
        """The views the region is drawn on, in front, back, side order."""
        return tuple(view for view in VIEWS if view in self.outlines)

    def outline(self, view: str) -> Outline:
        """The region's outline on a view it is drawn on (KeyError on another)."""
        return self.outlines[view]


@dataclass(frozen=True)
class Dataset:
    """Everything the app shows, validated and read-only.

    `groups` maps each group to its areas (an area that is its own group maps to itself); `positions` holds each
    point's X per view from data/point_positions.csv (empty without that file); `muscles` the rows of
    data/muscles.csv by key, each point's `muscle` being one of them; `muscle_outlines` each muscle's drawn outline
    by (muscle, view, side), from data/muscle_outlines.csv (empty without that file)."""

    regions: Mapping[str, Region]
    points: Mapping[str, TriggerPointRow]
    conditions: Mapping[str, ConditionRow]
    techniques: Mapping[str, TechniqueRow]
    muscles: Mapping[str, MuscleRow] = field(default_factory=lambda: MappingProxyType({}))
    groups: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    positions: Mapping[str, Mapping[str, tuple[float, float]]] = field(default_factory=lambda: MappingProxyType({}))
    muscle_outlines: Mapping[tuple[str, str, str], tuple[Outline, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # Muscles the charts draw as one, by key (data/muscle_groups.csv); each muscle names its group in `group`.
    muscle_groups: Mapping[str, MuscleGroupRow] = field(default_factory=lambda: MappingProxyType({}))
    # Each area's or group's muscles, with their rank in the pain guides' lists (data/area_referrers.csv).
    area_referrers: Mapping[str, Mapping[str, int]] = field(default_factory=lambda: MappingProxyType({}))
    # The words people search with, and what each stands for (data/vocabulary.csv; triggerpoints.search_vocabulary).
    vocabulary: tuple[VocabularyRow, ...] = ()
    _group_of: Mapping[str, str] = field(init=False, repr=False, compare=False)
    # Values computed from the dataset on first use (`derived`), kept with it: a dataset never changes once loaded.
    _derived: dict[str, object] = field(init=False, repr=False, compare=False, default_factory=dict)
    _points_of: Mapping[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        group_of = {area: group for group, areas in self.groups.items() for area in areas}
        object.__setattr__(self, "_group_of", MappingProxyType(group_of))
        points_of: dict[str, list[str]] = {}
        for point_id, point in self.points.items():
            points_of.setdefault(point.muscle, []).append(point_id)
        object.__setattr__(self, "_points_of", MappingProxyType({k: tuple(v) for k, v in points_of.items()}))

    def derived(self, name: str, build: Callable[[Dataset], T]) -> T:
        """A value computed from this dataset once, on first use (the search index), and kept with it."""
        if name not in self._derived:
            self._derived.setdefault(name, build(self))
        return self._derived[name]  # type: ignore[return-value]

    def chart_key(self, muscle: str) -> str:
        """The key the pain guides and the pain finder know a muscle by: its group's (the scalenes for scalenus
        anterior), or its own when the charts draw it alone."""
        return self.muscles[muscle].group or muscle

    def chart_name(self, key: str) -> str:
        """What a muscle or a group of muscle_groups.csv is called."""
        return self.muscle_groups[key].name if key in self.muscle_groups else self.muscles[key].name

    def members(self, key: str) -> tuple[str, ...]:
        """The muscles a key stands for: a group's members in the order of muscles.csv, or the muscle itself."""
        if key in self.muscle_groups:
            return tuple(k for k, m in self.muscles.items() if m.group == key)
        return (key,)

    def muscle_of(self, point_id: str) -> MuscleRow:
        """The muscle a point lies in."""
        return self.muscles[self.points[point_id].muscle]

    def point_name(self, point_id: str) -> str:
        """What a point is called: its muscle's name with the part it lies in ("Deltoid (anterior fibres)")."""
        point = self.points[point_id]
        return display_name(self.muscles[point.muscle], point.muscle_part)

    def point_label(self, point_id: str) -> str:
        """A short label that tells a point from the other points of its muscle ("Upper fibres: on the top of the
        shoulder…", "Lateral head", "Just in front of the ear"), for lists that group points under their muscle."""
        siblings = self.muscle_points(self.points[point_id].muscle)
        points = [self.points[p] for p in siblings]
        labels = point_labels([p.muscle_part for p in points], [p.location for p in points])
        return labels[siblings.index(point_id)]

    def muscle_outline(self, muscle: str, view: str, side: str) -> tuple[Outline, ...]:
        """The drawn (smoothed) pieces of a muscle's outline on a view and side; none where it is not drawn."""
        return self.muscle_outlines.get((muscle, view, side), ())

    def muscle_points(self, muscle: str) -> tuple[str, ...]:
        """The points of a muscle, in the order of trigger_points.csv (none for a muscle without points)."""
        return self._points_of.get(muscle, ())

    def region_id(self, area: str, side: str) -> str:
        """The id of an area's region on one side (it may not exist: the side view's areas are right only)."""
        return f"{area}-{side}"

    def expand_areas(self, names: Iterable[str]) -> tuple[str, ...]:
        """Area names for names of areas or groups: an area stays, a group becomes its areas, in order, without
        repeats; an unknown name is left out."""
        areas: dict[str, None] = {}
        for name in names:
            areas.update(dict.fromkeys((name,) if name in self._group_of else self.groups.get(name, ())))
        return tuple(areas)

    def group_of(self, area: str) -> str:
        """The group an area belongs to."""
        return self._group_of[area]

    def zone_names(self, areas: Iterable[str]) -> tuple[str, ...]:
        """Area names with each group whose areas are all there written as the group, in order: how a zone reads
        ("temple" rather than its three fine areas)."""
        areas = tuple(areas)
        present = set(areas)
        names: dict[str, None] = {}
        for area in areas:
            group = self._group_of.get(area, area)
            whole = group in self.groups and set(self.groups[group]) <= present
            names.setdefault(group if whole else area)
        return tuple(names)

    def zone_regions(self, names: Iterable[str], side: str) -> tuple[str, ...]:
        """The regions of areas or groups on one side, in order (an area the side has no region for is left out)."""
        regions = (self.region_id(area, side) for area in self.expand_areas(names))
        return tuple(region_id for region_id in regions if region_id in self.regions)

    def regions_named(self, name: str) -> tuple[str, ...]:
        """The regions an id from a link or the area list stands for: a region itself, or every region of an area
        or group on a side ("temple-right"); none for anything else."""
        if name in self.regions:
            return (name,)
        area, _, side = name.rpartition("-")
        return self.zone_regions((area,), side) if side in SIDES and area in self.groups else ()

    def folded(self, region_ids: Iterable[str]) -> tuple[str, ...]:
        """Region ids with each group of several areas whose regions on a side are all there written once as
        "<group>-<side>" (which `regions_named` expands again), in order: how marks and matches read."""
        region_ids = tuple(region_ids)
        present = set(region_ids)
        names: dict[str, None] = {}
        for region_id in region_ids:
            region = self.regions[region_id]
            whole_id = self.region_id(region.group, region.side)
            whole = len(self.groups.get(region.group, ())) > 1 and set(self.regions_named(whole_id)) <= present
            names.setdefault(whole_id if whole else region_id)
        return tuple(names)

    def name_label(self, name: str) -> str:
        """The plain name, with its side, of a region id or of a group on a side ("Right temple")."""
        if name in self.regions:
            region = self.regions[name]
            return self.area_label(region.area, region.side)
        group, _, side = name.rpartition("-")
        return self.group_label(group, side)

    def point_sides(self, point_id: str) -> tuple[str, ...]:
        """The sides a point is charted on, right first: both, or the one its `side` column names."""
        side = self.points[point_id].side
        return (side,) if side else SIDES

    def side_for(self, point_id: str, side: object) -> str:
        """The side to show a point on: the side asked for when the point is charted there, else its own side (a
        point charted on the right only is never shown on the left)."""
        sides = self.point_sides(point_id)
        return side if isinstance(side, str) and side in sides else sides[0]

    def position(self, point_id: str, side: str, view: str | None = None) -> tuple[float, float]:
        """Where a point's X stands on a view (by default its main view) for the given side; KeyError on a view it
        is not drawn on (`point_views`)."""
        point = self.points[point_id]
        view = view or point.view
        if view not in self.point_views(point_id, side):
            raise KeyError(f"{point_id} is not drawn on the {view} view for the {side} side")
        x, y = self.positions[point_id][view] if self.positions else (point.x, point.y)
        return (x if side == "right" else mirror_x(x, view), y)

    def point_views(self, point_id: str, side: str) -> tuple[str, ...]:
        """The views a point's X is drawn on for a side, in front, back, side order (the side view shows the
        person's right side only); none on a side the point is not charted on (`point_sides`)."""
        if side not in self.point_sides(point_id):
            return ()
        drawn = self.positions[point_id] if self.positions else (self.points[point_id].view,)
        return tuple(view for view in VIEWS if view in drawn and (side == "right" or view != "side"))

    def area_label(self, area: str, side: str | None = None) -> str:
        """Plain name of an area (or of a group), optionally with its side ("Right temple")."""
        region = self.regions.get(self.region_id(area, "right"))
        label = region.label if region else self.group_label(area)
        return _with_side(label, side)

    def group_label(self, group: str, side: str | None = None) -> str:
        """Plain name of a group of areas ("Temple"), optionally with its side: the area's own label when the group
        is one area of its name, else the name the app gives the group."""
        own = self.regions.get(self.region_id(group, "right"))
        label = own.label if own else AREAS[group].label if group in AREAS else group.replace("-", " ").capitalize()
        return _with_side(label, side)

    def nav_area_of(self, name: str) -> str:
        """The navigation area of an area or group."""
        area = self.expand_areas((name,))[0]
        return self.regions[self.region_id(area, "right")].nav_area

    def with_area_names(self) -> Dataset:
        """The dataset with every zone and `felt_in` written as area names (a group becomes its areas)."""
        points = {
            point_id: point.model_copy(update={
                "referral_primary": self.expand_areas(point.referral_primary),
                "referral_spillover": self.expand_areas(point.referral_spillover),
            })
            for point_id, point in self.points.items()
        }  # fmt: skip
        conditions = {
            key: condition.model_copy(update={"felt_in": self.expand_areas(condition.felt_in)})
            for key, condition in self.conditions.items()
        }
        return replace(self, points=MappingProxyType(points), conditions=MappingProxyType(conditions))

    def red_flags(self, point_id: str) -> tuple[str, ...]:
        """The red flags of every condition linked to a point, without repeats, in order."""
        flags: dict[str, None] = {}
        for key in self.points[point_id].conditions:
            flags.update(dict.fromkeys(self.conditions[key].red_flags))
        return tuple(flags)
