"""What changes on the body map, as {property path: value}: for a view, a zoom, a theme, or a study question.

The pure half of the figure's owner (`components/body_map.py` turns these into a Dash Patch; the browser's fast
path draws the same shape slots from `view_geometry`). A path is the place in the figure, e.g.
("layout", "shapes", ESSENTIAL_SHAPE, "path") or ("data", POINTS_TRACE, "visible"). No Dash imports.

What may change, and nothing else: the Xs trace (POINTS_TRACE: shown or hidden, and which Xs after a filter), the
muscles layer (MUSCLE_TRACES: shown or hidden), the changing shape slots of `figure_shapes` (the selected point's
muscle, zones, marks, the selected X; never `visible`), the axis ranges and view labels (the zoom, or a study
question's frame), hover and click anywhere (the pain finder, study, and the explorer with the muscles drawn), and
the colours of every trace and slot (the theme).
"""

from __future__ import annotations

from shapely.geometry import Polygon

from triggerpoints.data import Dataset
from triggerpoints.figure import (
    MUSCLE_TRACES,
    POINTS_TRACE,
    Zone,
    figure_colors,
    marked_outlines,
    point_markers,
    selection_zone,
)
from triggerpoints.figure_frame import VIEWS
from triggerpoints.muscle_map import is_deep, selected_muscle
from triggerpoints.point_filters import allowed_points
from triggerpoints.view_state import EXPLORE, MUSCLES_LAYER, PAIN, STUDY, ViewState
from triggerpoints.zoom import PATTERN, fit_layout, zoom_layout

Changes = dict[tuple, object]


def view_geometry(dataset: Dataset, state: ViewState) -> dict[int, dict]:
    """Each shape slot's path and anchor for a view: the selected point's muscle and zone and, in the pain finder, the
    marked regions."""
    zone = selection_zone(dataset, [(state.point, state.side)] if state.point else [])
    muscle, deep = selected_muscle(dataset, state.point, state.side)
    return zone.geometry(marked_outlines(dataset, state.marked if state.mode == PAIN else ()), muscle, deep)


def muscles_shown(state: ViewState) -> bool:
    """Whether the map draws every muscle: the layer is on, in the explorer (the pain finder names regions and
    study asks its own questions)."""
    return state.mode == EXPLORE and MUSCLES_LAYER in state.layers


def _shapes(geometry: dict[int, dict]) -> Changes:
    return {("layout", "shapes", slot, key): value for slot, properties in geometry.items()
            for key, value in properties.items()}  # fmt: skip


def frame_changes(x_range: list[float], y_range: list[float], labels: list[dict]) -> Changes:
    """The axis ranges and the view labels that go with them."""
    return {("layout", "xaxis", "range"): x_range, ("layout", "yaxis", "range"): y_range,
            ("layout", "annotations"): labels}  # fmt: skip


def zoom_changes(dataset: Dataset, zoom: str, point_id: str | None = None, side: str = "right") -> Changes:
    """The frame of a zoom ("<area>|<view>", the selected point's pattern, or the whole body for anything else)."""
    return frame_changes(*zoom_layout(dataset, zoom, point_id, side))


def _frame_changed(before: ViewState | None, state: ViewState) -> bool:
    """Whether the frame must be sent again: a new zoom, leaving study (which framed its own questions), or
    another point while the zoom follows the selected point's pattern."""
    if before is None or before.zoom != state.zoom or before.mode == STUDY:
        return True
    return state.zoom == PATTERN and (before.point, before.side) != (state.point, state.side)


def view_changes(dataset: Dataset, state: ViewState, before: ViewState | None = None) -> Changes:
    """The map for a view, given the view it was showing (None: unknown, so everything the view decides is sent).

    The Xs are sent only when the filters changed, the frame only when the zoom changed or study mode (which frames
    its own questions) is left: each part sent makes the browser redraw it. In study mode the quiz owns the zones
    and the frame, so only the Xs and muscles are hidden and clicks on the body reported. With the muscles drawn,
    the pointer names the muscle under it and a click anywhere is reported (it may select a muscle's point)."""
    muscles = muscles_shown(state)
    changes: Changes = {
        ("layout", "hoveranywhere"): state.mode == PAIN or muscles,
        ("layout", "clickanywhere"): state.mode in (PAIN, STUDY) or muscles,
        # The patient view shows only the selected point, for a calm picture; otherwise the explorer shows every X.
        ("data", POINTS_TRACE, "visible"): state.mode == EXPLORE and not (state.patient and state.point),
        **{("data", trace, "visible"): muscles for trace in MUSCLE_TRACES},
    }
    if state.mode == STUDY:
        return changes
    if (before.filters != state.filters) if before else state.filters.active:
        shown = allowed_points(dataset, state.filters) if state.filters.active else dataset.points
        changes.update({("data", POINTS_TRACE, key): values for key, values in point_markers(dataset, shown).items()})
    changes.update(_shapes(view_geometry(dataset, state)))
    if _frame_changed(before, state):
        changes.update(zoom_changes(dataset, state.zoom, state.point, state.side))
    return changes


def study_changes(
    dataset: Dataset, point_id: str | None, side: str, show_zone: bool, show_x: bool, muscle: str | None = None
) -> Changes:
    """One point's zone and/or X alone on the map (a study question or its answer), over a muscle's outline on that
    side when one is given, framed when they are small."""
    zone = selection_zone(dataset, [(point_id, side)] if point_id else [])
    shown = Zone(
        zone.essential if show_zone else {},
        zone.spillover if show_zone else {},
        zone.markers if show_x else (),
    )
    outlines = {view: dataset.muscle_outline(muscle, view, side) for view in VIEWS} if muscle else {}
    # Framed on one view, so the frame never hints at what is hidden: the zone's largest view, or the X's own, or
    # the muscle's largest.
    view = _largest_view(shown) if show_zone else next((v for v, _, _ in shown.markers), None)
    points = [p for ring in sum(shown.rings([view] if view else []), ()) for p in ring]
    points += [(x, y) for v, x, y in shown.markers if v == view]
    if not points and any(outlines.values()):
        drawn = max(outlines, key=lambda v: sum(Polygon(piece).area for piece in outlines[v]))
        points = [p for piece in outlines[drawn] for p in piece]
    changes = frame_changes(*fit_layout([x for x, _ in points], [y for _, y in points]))
    pieces = tuple(piece for view_pieces in outlines.values() for piece in view_pieces)
    changes.update(_shapes(shown.geometry((), pieces, bool(muscle) and is_deep(dataset, muscle))))
    return changes


def _largest_view(zone: Zone) -> str | None:
    """The view on which a zone covers the most (essential and spillover together)."""

    def covered(view: str) -> float:
        return sum(Polygon(ring).area for ring in sum(zone.rings([view]), ()))

    return max(zone.views, key=covered, default=None)


def color_changes(dark: bool) -> Changes:
    """Every trace's and slot's colours for the theme, as leaf values only (widths and paths stay as they are)."""
    changes: Changes = {}

    def leaves(path: tuple, properties: dict) -> None:
        for key, value in properties.items():
            if isinstance(value, dict):
                leaves((*path, key), value)
            else:
                changes[(*path, key)] = value

    colors = figure_colors(dark)
    for trace, properties in colors["traces"].items():
        leaves(("data", trace), properties)
    for slot, properties in colors["shapes"].items():
        leaves(("layout", "shapes", slot), properties)
    return changes
