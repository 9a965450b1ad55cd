"""Cutting a region of the body into named areas that tile it exactly (the way `region_builder` cuts today's).

Each area, in priority order, takes what is left of the region inside its cell; pieces an area cannot keep
(it must be one polygon) and whatever no cell claimed go to the neighbour they share most border with.
"""

from __future__ import annotations

import shapely
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

# Coordinates snap to this grid while cutting, so that shared borders stay identical and valid.
GRID = 0.01


def polygons(shape: BaseGeometry) -> list[Polygon]:
    """The non-empty polygons in any shapely result (dropping lines and points)."""
    if isinstance(shape, Polygon):
        return [] if shape.is_empty else [shape]
    return [p for part in getattr(shape, "geoms", []) for p in polygons(part)]


def largest(shape: BaseGeometry) -> Polygon:
    """The largest polygon of a shape."""
    return max(polygons(shape), key=lambda p: p.area)


def clip(region: BaseGeometry, cell: BaseGeometry) -> Polygon:
    """The largest piece of region inside cell."""
    return largest(shapely.intersection(region, cell, grid_size=GRID))


def cut_into_areas(
    region: Polygon, cells: list[tuple[str, BaseGeometry]], allow_hidden: bool = False
) -> dict[str, Polygon]:
    """Gives each area, in order, what is left of region inside its cell; strays join their longest neighbour.

    An area that gets nothing is an error, unless allow_hidden (the side view, where the arm hides some)."""
    remaining: BaseGeometry = region
    areas: dict[str, Polygon] = {}
    strays: list[Polygon] = []
    for area, cell in cells:
        taken = shapely.intersection(remaining, cell, grid_size=GRID)
        pieces = sorted(polygons(taken), key=lambda p: p.area, reverse=True)
        if not pieces or pieces[0].area < 1:
            if allow_hidden:
                continue
            raise ValueError(f"area {area} gets no part of the region")
        areas[area] = pieces[0]
        strays.extend(pieces[1:])
        # A difference can leave lines and points along shared borders; keep only its polygons.
        remaining = MultiPolygon(polygons(shapely.difference(remaining, MultiPolygon(pieces), grid_size=GRID)))
    strays.extend(polygons(remaining))
    for piece in strays:
        best = max(areas, key=lambda a: piece.boundary.intersection(areas[a].boundary.buffer(0.05)).length)
        areas[best] = largest(shapely.union(areas[best], piece, grid_size=GRID))
    return areas
