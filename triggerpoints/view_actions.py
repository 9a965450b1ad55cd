"""The view's state machine: every action a user takes is plain data, and `apply` is the one place that decides
what it means, as a pure function from the view before to the view after.

Callbacks and routes only say which action happened (with the values the browser sent) and call `apply`; they
never decide what a click means themselves. An action that asks for nothing (a click off an X, an unknown id, a
button that was drawn but not pressed) returns the view unchanged, the very same object. Values come from the
browser, so each is checked (`triggerpoints.untrusted`) before it is used. No Dash or Flask imports.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from triggerpoints.data import Dataset
from triggerpoints.figure_frame import SIDES
from triggerpoints.muscle_map import first_point, muscle_at
from triggerpoints.nearby_points import MAX_SCALE, xs_meant
from triggerpoints.pain_finder import PainIndex
from triggerpoints.point_filters import PointFilters, allowed_points
from triggerpoints.untrusted import MAX_KEY, is_key
from triggerpoints.view_state import (
    EXPLORE,
    LAYERS,
    MODES,
    MUSCLES_LAYER,
    PAIN,
    ViewState,
    known_filters,
    known_zoom,
    parse_view,
    view_query,
)
from triggerpoints.zoom import PATTERN, WHOLE_BODY

MAX_COORDINATE = 1e6  # far outside the figure (990 x 890); bounds integers too large for a float


@dataclass(frozen=True)
class OpenLink:
    """A view given whole as a URL query: a link opened, Back or Forward, a candidate or a condition link."""

    query: object


@dataclass(frozen=True)
class ClickMap:
    """A click on the body map: the X Plotly reports (its customdata, [id, side]), where the click fell (figure
    units), how large the figure is drawn (figure units per pixel) and whether the pointer is a finger (coarse)."""

    customdata: object = None
    x: object = None
    y: object = None
    scale: object = None
    coarse: object = False


@dataclass(frozen=True)
class SelectPoint:
    """A point chosen from a list (a search result, "browse all", the guided picker); side None keeps the side."""

    point: object
    side: object = None


@dataclass(frozen=True)
class RemoveMark:
    """The × on a marked region's chip."""

    region: object


@dataclass(frozen=True)
class ClearMarks:
    """The pain finder's Clear button."""


@dataclass(frozen=True)
class AddRegion:
    """A region chosen from the pain finder's list of areas."""

    region: object


@dataclass(frozen=True)
class StartFromCondition:
    """A condition chosen in the pain finder, felt on one side."""

    condition: object
    side: object = "right"


@dataclass(frozen=True)
class SetFilters:
    """The filter controls' values: body area, condition, technique, self-care friendly only."""

    nav_area: object = None
    condition: object = None
    technique: object = None
    self_care_only: object = False


@dataclass(frozen=True)
class SetZoom:
    """The zoom control's value ("<area>|<view>" or the whole body)."""

    zoom: object


@dataclass(frozen=True)
class SetMode:
    """The mode switch: explorer, pain finder, study or guided self-care."""

    mode: object


@dataclass(frozen=True)
class SetPatientView:
    """The patient view switch."""

    on: object


@dataclass(frozen=True)
class SetLayer:
    """A layer's switch on the map (the muscles): on or off."""

    layer: object
    on: object


Action = (
    OpenLink | ClickMap | SelectPoint | RemoveMark | ClearMarks | AddRegion | StartFromCondition | SetFilters
    | SetZoom | SetMode | SetPatientView | SetLayer
)  # fmt: skip


def apply(state: ViewState, action: Action, dataset: Dataset, index: PainIndex | None = None) -> ViewState:
    """The view after an action; the same object when the action asks for nothing.

    index (the pain finder's) is needed only to find the region under a click on the map."""
    match action:
        case OpenLink(query):
            return parse_view(query, dataset).state if isinstance(query, str) else state
        case ClickMap():
            return _click(state, action, dataset, index)
        case SelectPoint(point, side):
            if not is_key(point, dataset.points):
                return state
            return select_point(state, point, side if is_key(side, SIDES) else state.side, dataset)
        case RemoveMark(region):
            # A chip names a region, or a whole group on a side when all its regions are marked.
            named = dataset.regions_named(region) if isinstance(region, str) and len(region) <= MAX_KEY else ()
            return remove_regions(state, named) if named else state
        case ClearMarks():
            return clear_marks(state)
        case AddRegion(region):
            # A fine region, or a whole group on a side ("temple-right"): the list offers both.
            named = dataset.regions_named(region) if isinstance(region, str) and len(region) <= MAX_KEY else ()
            return add_regions(state, named) if named else state
        case StartFromCondition(condition, side):
            if not is_key(condition, dataset.conditions):
                return state
            if not dataset.conditions[condition].felt_in:
                return _same(state, **show_condition(state, condition))
            return start_from_condition(state, dataset, condition, side if is_key(side, SIDES) else "right")
        case SetFilters(nav_area, condition, technique, self_care_only):
            return _same(state, filters=known_filters(dataset, nav_area, condition, technique, self_care_only))
        case SetZoom(zoom):
            return _same(state, zoom=known_zoom(dataset, zoom))
        case SetMode(mode):
            return _same(state, mode=mode) if is_key(mode, MODES) else state
        case SetPatientView(on):
            return _same(state, **patient_view(state, on is True))
        case SetLayer(layer, on):
            return _same(state, layers=with_layer(state.layers, layer, on is True)) if is_key(layer, LAYERS) else state
    return state


def _same(state: ViewState, **changes) -> ViewState:
    """The state with the changes, or the state itself when they change nothing."""
    changed = replace(state, **changes)
    return state if changed == state else changed


def _click(state: ViewState, click: ClickMap, dataset: Dataset, index: PainIndex | None) -> ViewState:
    """An X click selects its point (explorer); with the muscles drawn, a click on a muscle off the Xs selects the
    muscle's first point on that side; a click on the body toggles its region (pain finder). Nothing in study mode
    (the quiz hears its own clicks) or guided self-care, nor off an X or muscle or outside the body.

    In the explorer the X is the one the click fell clearly nearest to; when it fell about as near to several, none
    is picked: the view offers them to choose from (`triggerpoints.nearby_points`). Plotly's own pick is used only
    when no X is within reach (Plotly reports one up to 20 px away) and no muscle drawn is under the click, or the
    click came without its place and scale."""
    if state.mode == EXPLORE:
        near = _xs_under(state, click, dataset)
        if len(near) == 1:
            return select_point(state, *near[0], dataset)
        if len(near) > 1:
            return replace(state, choices=near)
        on_muscle = _muscle_under(state, click, dataset)
        if on_muscle is not None:
            return on_muscle
        custom = click.customdata
        if (
            isinstance(custom, list)
            and len(custom) == 2
            and is_key(custom[0], dataset.points)
            and is_key(custom[1], dataset.point_sides(custom[0]))
        ):
            return select_point(state, custom[0], custom[1], dataset)
        return state
    if state.mode != PAIN or index is None:
        return state
    x, y = coordinate(click.x), coordinate(click.y)
    region = index.region_at(x, y) if x is not None and y is not None else None
    return toggle_region(state, region) if region else state


def _xs_under(state: ViewState, click: ClickMap, dataset: Dataset) -> tuple[tuple[str, str], ...]:
    """The Xs a click may have meant (none when it came without its place or the figure's scale)."""
    x, y, scale = coordinate(click.x), coordinate(click.y), coordinate(click.scale)
    if x is None or y is None or scale is None or not 0 < scale <= MAX_SCALE:
        return ()
    return xs_meant(dataset, state.filters, x, y, scale, click.coarse is True)


def _muscle_under(state: ViewState, click: ClickMap, dataset: Dataset) -> ViewState | None:
    """The view after a click on a muscle of the muscles layer: its first point on the side clicked (that the filters
    show) selected on that side; None when the layer is off or no muscle with a point on that side is under the click.
    A click without the figure's scale cannot tell whether it fell on an X, so it is no muscle click (Plotly's own
    pick stands)."""
    x, y, scale = coordinate(click.x), coordinate(click.y), coordinate(click.scale)
    if MUSCLES_LAYER not in state.layers or x is None or y is None or scale is None:
        return None
    found = muscle_at(dataset, x, y)
    allowed = allowed_points(dataset, state.filters) if state.filters.active else None
    point = first_point(dataset, found[0], allowed, side=found[1]) if found else None
    return select_point(state, point, found[1], dataset) if point else None


def with_layer(layers: tuple[str, ...], layer: str, on: bool) -> tuple[str, ...]:
    """The layers with one turned on or off, in `LAYERS` order."""
    wanted = set(layers) | {layer} if on else set(layers) - {layer}
    return tuple(known for known in LAYERS if known in wanted)


def coordinate(value: object) -> float | None:
    """A click coordinate when it is a finite number (Plotly never sends anything else)."""
    if not isinstance(value, int | float) or isinstance(value, bool) or abs(value) > MAX_COORDINATE:
        return None
    return float(value) if math.isfinite(value) else None


def select_point(state: ViewState, point: str, side: str, dataset: Dataset) -> ViewState:
    """Selects a point (an X, a search result or a candidate) on a side, or on its own side when it is charted on one
    side only (`Dataset.side_for`); the patient view frames its pattern."""
    side = dataset.side_for(point, side)
    return replace(state, point=point, side=side, zoom=PATTERN if state.patient else state.zoom)


def patient_view(state: ViewState, on: bool) -> dict[str, object]:
    """The changes of switching the patient view on or off.

    On, with a point selected, the map frames that point's pattern. Off, a pattern zoom goes back to the whole body:
    the view holds one zoom, so the one shown before the pattern is not kept (a link would have to carry it)."""
    if on and state.point:
        return {"patient": True, "zoom": PATTERN}
    return {"patient": on, "zoom": WHOLE_BODY if not on and state.zoom == PATTERN else state.zoom}


def _without_pattern(zoom: str) -> str:
    """The zoom once no point is selected: the pattern of no point is the whole body, so the view says so."""
    return WHOLE_BODY if zoom == PATTERN else zoom


def toggle_region(state: ViewState, region_id: str) -> ViewState:
    """Marks a region as painful, or unmarks it if it was marked; marking switches to the pain finder."""
    marked = tuple(r for r in state.marked if r != region_id)
    if len(marked) == len(state.marked):
        marked = (*state.marked, region_id)
    return replace(state, mode=PAIN, marked=marked)


def add_region(state: ViewState, region_id: str) -> ViewState:
    """Marks a region (from the list), keeping it marked if it already was."""
    return add_regions(state, (region_id,))


def add_regions(state: ViewState, region_ids: tuple[str, ...]) -> ViewState:
    """Marks regions (a group from the list), keeping those already marked as they were."""
    return replace(state, mode=PAIN, marked=tuple(dict.fromkeys((*state.marked, *region_ids))))


def remove_region(state: ViewState, region_id: str) -> ViewState:
    """Unmarks one region."""
    return remove_regions(state, (region_id,))


def remove_regions(state: ViewState, region_ids: tuple[str, ...]) -> ViewState:
    """Unmarks regions (a chip of a whole group)."""
    return replace(state, marked=tuple(r for r in state.marked if r not in region_ids))


def clear_marks(state: ViewState) -> ViewState:
    """Unmarks every region and drops the selected candidate: the pain finder starts afresh (zoom and filters stay)."""
    return replace(state, marked=(), point=None, side="right", zoom=_without_pattern(state.zoom))


def start_from_condition(state: ViewState, dataset: Dataset, condition: str, side: str) -> ViewState:
    """Marks the regions where a condition is felt, on one side, in the pain finder."""
    marked = dataset.zone_regions(dataset.conditions[condition].felt_in, side)
    return replace(state, mode=PAIN, marked=marked, point=None, side=side, zoom=_without_pattern(state.zoom))


def show_condition(state: ViewState, condition: str) -> dict[str, object]:
    """The changes that show a condition felt in no one place (dizziness): the explorer, narrowed to its points by
    the condition filter alone (an area or technique filter could hide them); the marks stay in the link."""
    return {"mode": EXPLORE, "point": None, "side": "right", "zoom": _without_pattern(state.zoom),
            "filters": PointFilters(condition=condition)}  # fmt: skip


def condition_query(dataset: Dataset, condition: str, side: str) -> str | None:
    """The pain-finder link that starts from a condition on a side (None when it is not felt in one place)."""
    if not dataset.conditions[condition].felt_in:
        return None
    return view_query(start_from_condition(ViewState(), dataset, condition, side), dataset)


def candidate_query(state: ViewState, point: str, side: str, dataset: Dataset) -> str:
    """The link a candidate in the pain finder (or a point offered to choose from) opens: this view with that point
    selected, on that side when the point is charted there."""
    return view_query(select_point(state, point, side, dataset), dataset)
