"""Owns the view: every user action (a search result, a chip, a condition, the mode, the filters, the back button,
and the views the browser drew itself after a click) becomes a new view state in the URL, and the map, the mode,
the chips and the pickers follow it. The details and candidates follow the URL in the browser (`view_panels`).

One callback, so that an action costs one round trip. It only decodes which input fired into a pure transition of
`triggerpoints.view_state` and renders the result; the figure is answered with a Patch. Every value it reads from the
browser is bounded before use (`triggerpoints.untrusted`): the URL by `parse_view`, ids by `is_key`, filters by
`read_filters`; the pattern-matching lists are never walked, only the input that fired is read.
"""

from __future__ import annotations

from dash import ALL, Input, Output, Patch, State, callback, ctx, no_update

from components import ids
from components.context import current_dataset
from components.figure_patches import draw_shapes, view_geometry
from components.pain_finder import marked_chips
from components.point_filters import read_filters
from triggerpoints import view_state as views
from triggerpoints.data import Dataset
from triggerpoints.figure import POINTS_TRACE, point_markers
from triggerpoints.point_filters import PointFilters, allowed_points
from triggerpoints.untrusted import is_key
from triggerpoints.view_state import EXPLORE, PAIN, SELF_CARE, STUDY, ViewState

NOTHING = object()
FILTER_INPUTS = (ids.FILTER_NAV, ids.FILTER_CONDITION, ids.FILTER_TECHNIQUE, ids.FILTER_SELF_CARE)


def figure_patch(dataset: Dataset, state: ViewState, markers: frozenset[str] | None = None) -> Patch:
    """The figure for a view: Xs (explorer) or marked regions (pain finder), and the selected point's zone.

    The X markers are sent only when given (the filters changed): otherwise the figure already shows the right ones,
    and leaving them out keeps a click's answer small. In study mode the quiz owns the zones, so only the Xs are
    hidden and clicks on the body are reported.
    """
    patch = Patch()
    patch["layout"]["hoveranywhere"] = state.mode == PAIN
    patch["layout"]["clickanywhere"] = state.mode in (PAIN, STUDY)
    # The patient view shows only the selected point, for a calm picture; otherwise the explorer shows every X.
    patch["data"][POINTS_TRACE]["visible"] = state.mode == EXPLORE and not (state.patient and state.point)
    if state.mode == STUDY:
        return patch
    for key, values in point_markers(dataset, markers).items() if markers is not None else ():
        patch["data"][POINTS_TRACE][key] = values
    draw_shapes(patch, view_geometry(dataset, state))
    return patch


def next_state(trigger: object, value: object, state: ViewState, dataset: Dataset, side: object) -> ViewState | object:
    """The view after the input that fired, or NOTHING when that input asks for no change."""
    if trigger == ids.VIEW_REQUEST:
        # A view the browser drew after a click: {"query": ..., "at": ...}. Read like any URL, never trusted.
        query = value.get("query") if isinstance(value, dict) else None
        return views.parse_view(query, dataset).state if isinstance(query, str) else NOTHING
    if isinstance(trigger, dict):
        kind = trigger.get("type")
        if not (isinstance(value, int) and value > 0):
            return NOTHING  # buttons that were just drawn, not clicked
        if kind in (ids.SEARCH_RESULT, ids.BROWSE_ITEM) and is_key(trigger.get("point"), dataset.points):
            return views.select_point(state, trigger["point"], "right")
        if kind == ids.MARKED_CHIP and is_key(trigger.get("region"), dataset.regions):
            return views.remove_region(state, trigger["region"])
        return NOTHING
    if trigger == ids.GUIDED_POINT:
        return views.select_point(state, value, state.side) if is_key(value, dataset.points) else NOTHING
    if trigger == ids.CLEAR_MARKS:
        return views.clear_marks(state)
    if trigger == ids.ADD_REGION:
        return views.add_region(state, value) if is_key(value, dataset.regions) else NOTHING
    if trigger == ids.CONDITION_START:
        if not is_key(value, dataset.conditions) or not dataset.conditions[value].felt_in:
            return NOTHING
        return views.start_from_condition(state, dataset, value, side if is_key(side, views.SIDES) else "right")
    if trigger == ids.MODE:
        return views.set_mode(state, value) if is_key(value, views.MODES) else NOTHING
    if trigger == ids.PATIENT_SWITCH:
        return views.set_patient_view(state, value is True)
    return state  # a filter changed: same view, drawn again


def guided_choice(before: ViewState | None, state: ViewState) -> object:
    """The point for the guided self-care picker, set only while that mode is shown and when it changes.

    The picker lists every point, so each value sent re-renders a long list in the browser.
    """
    if state.mode != SELF_CARE or (before and before.mode == SELF_CARE and before.point == state.point):
        return no_update
    return state.point


def render(
    dataset: Dataset,
    state: ViewState,
    filters: PointFilters,
    before: ViewState | None = None,
    redraw_markers: bool = False,
) -> tuple:
    """What the view shows outside the panels: figure patch, mode, page class, patient switch and chips.

    Given the view before the action, parts that did not change are left as they are (no_update): each part sent
    makes the browser re-render it, which costs far more than building it here.
    """
    was = before or ViewState(mode="")  # nothing known: everything is drawn
    same_mode = (was.mode, was.patient) == (state.mode, state.patient)
    markers = None
    if redraw_markers:
        markers = allowed_points(dataset, filters) if filters.active else frozenset(dataset.points)
    return (
        figure_patch(dataset, state, markers),
        no_update if was.mode == state.mode else state.mode,
        no_update if same_mode else f"page mode-{state.mode}" + (" audience-patient" if state.patient else ""),
        no_update if was.patient == state.patient else state.patient,
        no_update if before and was.marked == state.marked else marked_chips(dataset, state.marked),
    )


@callback(
    Output(ids.BODY_MAP, "figure"),
    Output(ids.MODE, "value"),
    Output(ids.PAGE, "className"),
    Output(ids.PATIENT_SWITCH, "checked"),
    Output(ids.MARKED_CHIPS, "children"),
    Output(ids.URL, "search"),
    Output(ids.ADD_REGION, "value"),
    Output(ids.CONDITION_START, "value"),
    Output(ids.GUIDED_POINT, "value"),
    Input(ids.VIEW_REQUEST, "data"),
    Input({"type": ids.SEARCH_RESULT, "point": ALL}, "n_clicks"),
    Input({"type": ids.BROWSE_ITEM, "point": ALL}, "n_clicks"),
    Input(ids.GUIDED_POINT, "value"),
    Input({"type": ids.MARKED_CHIP, "region": ALL}, "n_clicks"),
    Input(ids.CLEAR_MARKS, "n_clicks"),
    Input(ids.ADD_REGION, "value"),
    Input(ids.CONDITION_START, "value"),
    Input(ids.MODE, "value"),
    Input(ids.PATIENT_SWITCH, "checked"),
    Input(ids.FILTER_NAV, "value"),
    Input(ids.FILTER_CONDITION, "value"),
    Input(ids.FILTER_TECHNIQUE, "value"),
    Input(ids.FILTER_SELF_CARE, "checked"),
    Input(ids.URL, "search"),
    State(ids.CONDITION_SIDE, "value"),
    prevent_initial_call=True,
)
def update_view(_drawn, _results, _browse, guided, _chips, _clear, added, condition, mode, patient, nav, cond, tech,
                self_care, search, condition_side):  # fmt: skip
    """Applies the action that fired to the view in the URL, and draws the new view."""
    dataset = current_dataset()
    parsed = views.parse_view(search, dataset)
    filters = read_filters(nav, cond, tech, self_care)
    trigger = ctx.triggered_id
    if trigger == ids.URL:
        # The figure was drawn with every X; it needs other markers only if filters were already set.
        rendered = render(dataset, parsed.state, filters, redraw_markers=filters.active)
        return (*rendered, no_update, None, None, guided_choice(None, parsed.state))
    value = ctx.triggered[0].get("value") if ctx.triggered else None
    state = next_state(trigger, value, parsed.state, dataset, condition_side)
    if state is NOTHING:
        return (no_update,) * 9
    query = views.view_query(state)
    rendered = render(dataset, state, filters, before=parsed.state, redraw_markers=trigger in FILTER_INPUTS)
    return (
        *rendered,
        query if query != search else no_update,
        None if trigger == ids.ADD_REGION else no_update,  # empties the pickers, so the same choice can come again
        None if trigger == ids.CONDITION_START else no_update,
        guided_choice(parsed.state, state),
    )
