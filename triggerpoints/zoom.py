"""Zoom boxes: the part of the canvas to show for a navigation area on a view, or for one point's pattern.

The canvas holds three views side by side (front, back and the right side). A zoom choice is "<area>|<view>"
(`head-neck|side`), one whole view ("whole-body|side", what the view switch picks on a phone), the whole body, or
PATTERN: the selected point's X and referral zone, framed on the view(s)
they lie on. The frames here are plain numbers; the figure's owner turns them into axis ranges on the map.
"""

from __future__ import annotations

from collections.abc import Iterable

from triggerpoints.areas import NAV_AREAS
from triggerpoints.data import Dataset
from triggerpoints.figure import view_annotations
from triggerpoints.figure_frame import CANVAS_BOTTOM, CANVAS_TOP, CANVAS_WIDTH, VIEWS, view_at

WHOLE_BODY = "whole-body"
PATTERN = "pattern"
PADDING = 14.0
# A pattern smaller than this (figure units, about a head) is shown with some body around it, so it reads in place.
MIN_PATTERN_SIZE = 170.0
# The share of a pattern's frame kept clear above it, where the view's title hangs (a tall zone, such as gluteus
# minimus down the leg, otherwise runs under the title).
TITLE_BAND = 0.08
# A pattern is framed on its X's view alone when that view shows at least this share of the essential zone that the
# best view shows; else the best view is framed beside it.
ESSENTIAL_SHOWN = 0.6
VIEW_TITLES = {"front": "Front view", "back": "Back view", "side": "Right side view"}

Ranges = tuple[list[float], list[float]]


def whole_body() -> tuple[list[float], list[float], list[dict]]:
    """The x range, reversed y range and labels of the whole canvas."""
    return [0.0, CANVAS_WIDTH], [CANVAS_BOTTOM, CANVAS_TOP], view_annotations()


def whole_view(view: str) -> str:
    """The zoom that shows one whole view large ("whole-body|front")."""
    return f"{WHOLE_BODY}|{view}"


def shown_view(zoom: str) -> str | None:
    """The one view a zoom shows ("head-neck|side" shows the side), or None for several (the whole body, a pattern)."""
    view = zoom.partition("|")[2]
    return view if view in VIEWS else None


def zoom_choices(dataset: Dataset) -> frozenset[str]:
    """Every zoom a view may hold: "<area>|<view>" for each navigation area with regions on that view, each whole
    view, the whole body, and the selected point's pattern."""
    boxes = {f"{region.nav_area}|{view}" for region in dataset.regions.values() for view in region.views}
    views = {whole_view(region_view) for region in dataset.regions.values() for region_view in region.views}
    return frozenset({WHOLE_BODY, PATTERN, *boxes, *views})


def zoom_options(dataset: Dataset) -> list[dict]:
    """Select options grouped by view: every navigation area that has regions on that view."""
    groups = [{"group": "", "items": [{"value": WHOLE_BODY, "label": "Whole body"}]}]
    for view in VIEWS:
        present = {region.nav_area for region in dataset.regions.values() if view in region.views}
        whole = [{"value": whole_view(view), "label": f"Whole {VIEW_TITLES[view].lower()}"}] if present else []
        items = whole + [
            {"value": f"{nav}|{view}", "label": f"{label} ({'right side' if view == 'side' else view})"}
            for nav, label in NAV_AREAS.items()
            if nav in present
        ]
        if items:
            groups.append({"group": VIEW_TITLES[view], "items": items})
    return groups


def _bounds(outlines: Iterable[Iterable[tuple[float, float]]]) -> tuple[float, float, float, float] | None:
    """minx, miny, maxx, maxy of every point of the outlines, or None when there are none."""
    xs: list[float] = []
    ys: list[float] = []
    for outline in outlines:
        for x, y in outline:
            xs.append(x)
            ys.append(y)
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def _ranges(bounds: tuple[float, float, float, float], min_size: float = 0.0) -> Ranges:
    """Padded ranges around bounds, grown to at least min_size each way (y reversed: the figure's y runs down)."""
    minx, miny, maxx, maxy = bounds
    grow_x, grow_y = max(0.0, min_size - (maxx - minx)) / 2, max(0.0, min_size - (maxy - miny)) / 2
    x_range = [minx - grow_x - PADDING, maxx + grow_x + PADDING]
    y_range = [maxy + grow_y + PADDING, miny - grow_y - PADDING]
    return x_range, y_range


def _labelled(views: tuple[str, ...], x_range: list[float], y_range: list[float]) -> tuple[list, list, list[dict]]:
    """Ranges with the view labels that go with them: one view's title and sides, or the whole body's labels."""
    labels = view_annotations((views[0], x_range, y_range)) if len(views) == 1 else view_annotations()
    return x_range, y_range, labels


def nav_area_box(dataset: Dataset, nav_area: str, view: str) -> Ranges | None:
    """The x range and reversed y range framing a navigation area on a view (every area for WHOLE_BODY), or None if
    it has no regions there."""
    outlines = (region.outline(view) for region in dataset.regions.values()
                if nav_area in (region.nav_area, WHOLE_BODY) and view in region.views)  # fmt: skip
    bounds = _bounds(outlines)
    return _ranges(bounds) if bounds else None


def zoom_layout(
    dataset: Dataset, choice: str | None, point_id: str | None = None, side: str = "right"
) -> tuple[list[float], list[float], list[dict]]:
    """The x range, reversed y range and labels to show for a zoom choice (PATTERN frames the given point's
    pattern); the whole body for anything unknown."""
    if choice == PATTERN:
        return pattern_layout(dataset, point_id, side)
    nav, _, view = (choice or "").partition("|")
    box = nav_area_box(dataset, nav, view) if view in VIEWS else None
    if box is None:
        return whole_body()
    return _labelled((view,), *box)


def pattern_regions(dataset: Dataset, point_id: str, side: str) -> tuple[str, ...]:
    """The regions of a point's referral zone on one side, essential first, then spillover."""
    point = dataset.points[point_id]
    areas = dict.fromkeys((*point.referral_primary, *point.referral_spillover))
    return tuple(region_id for area in areas if (region_id := dataset.region_id(area, side)) in dataset.regions)


def pattern_views(dataset: Dataset, region_ids: Iterable[str], point: tuple[str, str] | None = None) -> tuple[str, ...]:
    """The views (front, back, side order) on which the regions, or the X of point (point_id, side), are drawn."""
    found = {view for region_id in region_ids for view in dataset.regions[region_id].views}
    if point is not None:
        found.update(dataset.point_views(*point))
    return tuple(view for view in VIEWS if view in found)


def best_view(dataset: Dataset, region_ids: Iterable[str], point: tuple[str, str] | None = None) -> str | None:
    """The one view that shows most of a pattern: the largest part of its zone, then the point's main view, then
    the view order (a zone round the ear, or down the outer thigh, shows best from the side)."""
    region_ids = tuple(region_ids)
    views = pattern_views(dataset, region_ids, point)
    return max(views, key=_zone_shown(dataset, region_ids, point)) if views else None


def framed_views(dataset: Dataset, point: tuple[str, str]) -> tuple[str, ...]:
    """The views that frame a point's pattern large: the one of its X's views that shows most of the zone, and
    beside it the view that shows most of the essential zone when the first shows less than ESSENTIAL_SHOWN of
    that (infraspinatus's X is on the back, its pain on the front of the shoulder), in view order."""
    essential = dataset.zone_regions(dataset.points[point[0]].referral_primary, point[1])
    shown = _zone_shown(dataset, pattern_regions(dataset, *point), point)
    essential_shown = _zone_shown(dataset, essential, point)
    with_x = max(dataset.point_views(*point), key=shown)
    most = max(VIEWS, key=essential_shown)
    enough = essential_shown(with_x)[0] >= ESSENTIAL_SHOWN * essential_shown(most)[0]
    return tuple(view for view in VIEWS if view == with_x or (view == most and not enough))


def _zone_shown(dataset: Dataset, region_ids: tuple[str, ...], point: tuple[str, str] | None):
    """How much of a zone a view shows, as a sort key: its area there, then whether it is the point's main view."""
    main = dataset.points[point[0]].view if point else None

    def shown(view: str) -> tuple[float, bool]:
        drawn = (dataset.regions[r].outline(view) for r in region_ids if view in dataset.regions[r].views)
        return round(sum(_area(outline) for outline in drawn)), view == main

    return shown  # max keeps the first of equals, so VIEWS order breaks the last ties


def _area(outline: Iterable[tuple[float, float]]) -> float:
    """The area an outline encloses (the shoelace formula)."""
    points = tuple(outline)
    pairs = zip(points, points[1:] + points[:1], strict=True)
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairs)) / 2


def pattern_box(
    dataset: Dataset,
    region_ids: Iterable[str],
    point: tuple[str, str] | None = None,
    views: Iterable[str] | None = None,
    min_size: float = MIN_PATTERN_SIZE,
) -> Ranges | None:
    """The x range and reversed y range framing regions (and the X of point (point_id, side)) on the given views,
    by default every view they lie on; None when nothing of them is on those views.

    Several views are framed together, so the box spans the columns between them: pass one view (`best_view`) to
    frame the pattern as large as it can be."""
    region_ids = tuple(region_ids)
    wanted = tuple(views) if views is not None else pattern_views(dataset, region_ids, point)
    outlines = [dataset.regions[r].outline(view) for r in region_ids for view in wanted
                if view in dataset.regions[r].views]  # fmt: skip
    if point is not None:
        outlines.append([dataset.position(*point, view) for view in dataset.point_views(*point) if view in wanted])
    bounds = _bounds(outlines)
    if bounds is None:
        return None
    x_range, y_range = _ranges(bounds, min_size)
    y_range[1] -= TITLE_BAND * (y_range[0] - y_range[1])
    return x_range, y_range


def pattern_layout(
    dataset: Dataset, point_id: str | None, side: str = "right", views: Iterable[str] | None = None
) -> tuple[list[float], list[float], list[dict]]:
    """Ranges and labels that frame a point's X and zone on one side (its own side when it is charted on one only):
    on the given views, by default those that show the X and most of the zone (`framed_views`); the whole body when
    there is no such point."""
    if point_id not in dataset.points:
        return whole_body()
    side = dataset.side_for(point_id, side)
    regions = pattern_regions(dataset, point_id, side)
    chosen = tuple(views) if views is not None else framed_views(dataset, (point_id, side))
    box = pattern_box(dataset, regions, (point_id, side), chosen)
    if box is None:
        return whole_body()
    return _labelled(tuple(v for v in VIEWS if v in chosen), *box)


def fit_layout(xs: list, ys: list, min_size: float = MIN_PATTERN_SIZE) -> tuple[list[float], list[float], list[dict]]:
    """Ranges and labels that frame some shapes (None-separated lists) when they lie on one view, else the body."""
    points = [(x, y) for x, y in zip(xs, ys, strict=True) if x is not None and y is not None]
    views = {view_at(x) for x, _ in points}
    if len(views) != 1:
        return whole_body()
    bounds = _bounds([points])
    return _labelled(tuple(views), *_ranges(bounds, min_size))
