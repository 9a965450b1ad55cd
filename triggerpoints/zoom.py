"""Zoom boxes: the part of the canvas to show for each navigation area on each view."""

from __future__ import annotations

from shapely.geometry import Polygon
from shapely.ops import unary_union

from triggerpoints.areas import NAV_AREAS
from triggerpoints.data import Dataset
from triggerpoints.figure import view_annotations
from triggerpoints.figure_frame import CANVAS_BOTTOM, CANVAS_TOP, CANVAS_WIDTH

WHOLE_BODY = "whole-body"
PADDING = 14.0


def zoom_choices(dataset: Dataset) -> frozenset[str]:
    """Every zoom a view may hold: "<area>|<view>" for each navigation area with regions on that view, and the body."""
    return frozenset({WHOLE_BODY, *(f"{r.nav_area}|{r.view}" for r in dataset.regions.values())})


def zoom_options(dataset: Dataset) -> list[dict]:
    """Select options grouped by view: every navigation area that has regions on that view."""
    groups = [{"group": "", "items": [{"value": WHOLE_BODY, "label": "Whole body"}]}]
    for view in ("front", "back"):
        present = {r.nav_area for r in dataset.regions.values() if r.view == view}
        items = [
            {"value": f"{nav}|{view}", "label": f"{label} ({view})"}
            for nav, label in NAV_AREAS.items()
            if nav in present
        ]
        groups.append({"group": f"{view.capitalize()} view", "items": items})
    return groups


def zoom_layout(dataset: Dataset, choice: str | None) -> tuple[list[float], list[float], list[dict]]:
    """The x range, reversed y range and labels to show for a zoom choice; the whole body for anything unknown."""
    nav, _, view = (choice or "").partition("|")
    shapes = [Polygon(r.points) for r in dataset.regions.values() if r.nav_area == nav and r.view == view]
    if not shapes:
        return [0.0, CANVAS_WIDTH], [CANVAS_BOTTOM, CANVAS_TOP], view_annotations()
    minx, miny, maxx, maxy = unary_union(shapes).bounds
    x_range, y_range = [minx - PADDING, maxx + PADDING], [maxy + PADDING, miny - PADDING]
    return x_range, y_range, view_annotations((view, x_range, y_range))


def fit_layout(xs: list, ys: list, min_size: float = 170.0) -> tuple[list[float], list[float], list[dict]]:
    """Ranges and labels that frame some shapes (None-separated lists) when they lie on one view, else the body."""
    points = [(x, y) for x, y in zip(xs, ys, strict=True) if x is not None and y is not None]
    views = {"front" if x < CANVAS_WIDTH / 2 else "back" for x, _ in points}
    if len(views) != 1:
        return [0.0, CANVAS_WIDTH], [CANVAS_BOTTOM, CANVAS_TOP], view_annotations()
    (view,) = views
    minx, maxx = min(x for x, _ in points), max(x for x, _ in points)
    miny, maxy = min(y for _, y in points), max(y for _, y in points)
    grow_x, grow_y = max(0.0, min_size - (maxx - minx)) / 2, max(0.0, min_size - (maxy - miny)) / 2
    x_range = [minx - grow_x - PADDING, maxx + grow_x + PADDING]
    y_range = [maxy + grow_y + PADDING, miny - grow_y - PADDING]
    return x_range, y_range, view_annotations((view, x_range, y_range))
