"""Narrowing the map: which trigger points pass the navigation-area, condition, technique and self-care filters."""

from __future__ import annotations

from dataclasses import dataclass

from triggerpoints.data import Dataset


@dataclass(frozen=True)
class PointFilters:
    """The filters a user set; None means "any"."""

    nav_area: str | None = None
    condition: str | None = None
    technique: str | None = None
    self_care_only: bool = False

    @property
    def active(self) -> bool:
        """True when any filter narrows the points."""
        return bool(self.nav_area or self.condition or self.technique or self.self_care_only)


def allowed_points(dataset: Dataset, filters: PointFilters) -> frozenset[str]:
    """The ids of the points that pass every filter."""
    return frozenset(
        point_id
        for point_id, point in dataset.points.items()
        if (not filters.nav_area or point.nav_area == filters.nav_area)
        and (not filters.condition or filters.condition in point.conditions)
        and (not filters.technique or filters.technique in point.techniques)
        and (not filters.self_care_only or point.self_care_friendly)
    )
