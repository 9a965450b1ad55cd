"""Owns the view: every user action (an X, a region, a search result, a chip, a candidate, a condition, the mode,
the filters, the back button) becomes a new view state in the URL, and the map, panels and lists follow it.

One callback, so that a click costs one round trip. It only decodes which input fired into a pure transition of
`triggerpoints.view_state` and renders the result; the figure is answered with a Patch.
"""

from __future__ import annotations

from dash import ALL, Input, Output, Patch, State, callback, ctx, no_update

from components import ids
from components.context import current_dataset, current_pain_index
from components.figure_patches import draw_shapes
from components.pain_finder import candidates_section, marked_chips
from components.patient_details import render_patient_details
from components.point_details import link_notes, pain_welcome, render_details, welcome
from components.point_filters import read_filters
from triggerpoints import view_state as views
from triggerpoints.data import Dataset
from triggerpoints.figure import POINTS_TRACE, marked_outlines, point_markers, selection_zone
from triggerpoints.pain_finder import PainIndex, rank_candidates
from triggerpoints.point_filters import PointFilters, allowed_points
from triggerpoints.view_state import EXPLORE, PAIN, SELF_CARE, STUDY, ViewState

NOTHING = object()
FILTER_INPUTS = (ids.FILTER_NAV, ids.FILTER_CONDITION, ids.FILTER_TECHNIQUE, ids.FILTER_SELF_CARE)


def _is_key(value: object, known) -> bool:
    """Whether a value from the browser names one of the known keys (it may be of any JSON type)."""
    return isinstance(value, str) and value in known


def figure_patch(dataset: Dataset, state: ViewState, markers: frozenset[str] | None = None) -> Patch:
    """The figure for a view: Xs (explorer) or marked regions (pain finder), and the selected point's zone.

    The X markers are sent only when given (the filters changed): otherwise the figure already shows the right ones,
    and leaving them out keeps a click's answer small. In study mode the quiz owns the zones, so only the Xs are
    hidden and clicks on the body are reported.
    """
    pain = state.mode == PAIN
    patch = Patch()
    patch["layout"]["hoveranywhere"] = pain
    patch["layout"]["clickanywhere"] = state.mode in (PAIN, STUDY)
    # The patient view shows only the selected point, for a calm picture; otherwise the explorer shows every X.
    patch["data"][POINTS_TRACE]["visible"] = state.mode == EXPLORE and not (state.patient and state.point)
    if state.mode == STUDY:
        return patch
    zone = selection_zone(dataset, [(state.point, state.side)] if state.point else [])
    for key, values in point_markers(dataset, markers).items() if markers is not None else ():
        patch["data"][POINTS_TRACE][key] = values
    draw_shapes(patch, zone.geometry(marked_outlines(dataset, state.marked if pain else ())))
    return patch


def next_state(
    trigger: object, value: object, state: ViewState, dataset: Dataset, index: PainIndex, side: object
) -> ViewState | object:
    """The view after the input that fired, or NOTHING when that input asks for no change."""
    if trigger == ids.BODY_MAP:
        return _clicked(value, state, dataset, index)
    if isinstance(trigger, dict):
        kind = trigger.get("type")
        if not (isinstance(value, int) and value > 0):
            return NOTHING  # buttons that were just drawn, not clicked
        if kind in (ids.SEARCH_RESULT, ids.BROWSE_ITEM) and _is_key(trigger.get("point"), dataset.points):
            return views.select_point(state, trigger["point"], "right")
        if (
            kind == ids.CANDIDATE
            and _is_key(trigger.get("point"), dataset.points)
            and _is_key(trigger.get("side"), views.SIDES)
        ):
            return views.select_point(state, trigger["point"], trigger["side"])
        if kind == ids.MARKED_CHIP and _is_key(trigger.get("region"), dataset.regions):
            return views.remove_region(state, trigger["region"])
        return NOTHING
    if trigger == ids.GUIDED_POINT:
        return views.select_point(state, value, state.side) if _is_key(value, dataset.points) else NOTHING
    if trigger == ids.CLEAR_MARKS:
        return views.clear_marks(state)
    if trigger == ids.ADD_REGION:
        return views.add_region(state, value) if _is_key(value, dataset.regions) else NOTHING
    if trigger == ids.CONDITION_START:
        if not _is_key(value, dataset.conditions) or not dataset.conditions[value].felt_in:
            return NOTHING
        return views.start_from_condition(state, dataset, value, side if _is_key(side, views.SIDES) else "right")
    if trigger == ids.MODE:
        return views.set_mode(state, value) if _is_key(value, views.MODES) else NOTHING
    if trigger == ids.PATIENT_SWITCH:
        return views.set_patient_view(state, value is True)
    return state  # a filter changed: same view, drawn again


def _clicked(click: object, state: ViewState, dataset: Dataset, index: PainIndex) -> ViewState | object:
    """An X click selects its point (explorer); a click on the body toggles its region (pain finder)."""
    click = click if isinstance(click, dict) else {}
    points = click.get("points") if isinstance(click.get("points"), list) else []
    custom = points[0].get("customdata") if points and isinstance(points[0], dict) else None
    if state.mode == EXPLORE:
        if (
            isinstance(custom, list)
            and len(custom) == 2
            and _is_key(custom[0], dataset.points)
            and _is_key(custom[1], views.SIDES)
        ):
            return views.select_point(state, custom[0], custom[1])
        return NOTHING
    if state.mode != PAIN:
        return NOTHING  # study answers and guided self-care have their own callbacks
    xs, ys = click.get("xvals"), click.get("yvals")
    try:
        region = index.region_at(float(xs[0]), float(ys[0]))
    except (TypeError, ValueError, IndexError, KeyError):
        return NOTHING
    return views.toggle_region(state, region) if region else NOTHING


def guided_choice(before: ViewState | None, state: ViewState) -> object:
    """The point for the guided self-care picker, set only while that mode is shown and when it changes.

    The picker lists every point, so each value sent re-renders a long list in the browser.
    """
    if state.mode != SELF_CARE or (before and before.mode == SELF_CARE and before.point == state.point):
        return no_update
    return state.point


def render(
    dataset: Dataset,
    index: PainIndex,
    state: ViewState,
    filters: PointFilters,
    notes: tuple[str, ...] = (),
    before: ViewState | None = None,
    redraw_markers: bool = False,
) -> tuple:
    """Everything the view shows: figure patch, details, mode, page class, patient switch, chips and candidates.

    Given the view before the action, parts that did not change are left as they are (no_update): each part sent
    makes the browser re-render it, which costs far more than building it here.
    """
    pain = state.mode == PAIN
    was = before or ViewState(mode="")  # nothing known: everything is drawn
    same_mode = (was.mode, was.patient) == (state.mode, state.patient)
    same_point = same_mode and (was.point, was.side) == (state.point, state.side)
    allowed = allowed_points(dataset, filters) if filters.active else None
    markers = (allowed if allowed is not None else frozenset(dataset.points)) if redraw_markers else None
    if same_point:
        details = no_update
    elif state.point and state.patient:
        details = render_patient_details(dataset, state.point, state.side, link_notes(notes))
    elif state.point:
        details = render_details(dataset, state.point, state.side, notes)
    else:
        details = pain_welcome(notes) if pain else welcome(notes)
    # The candidate list is only seen in the pain finder; entering it redraws the list.
    if (pain and not (same_point and was.marked == state.marked and not redraw_markers)) or not same_mode:
        candidates = rank_candidates(dataset, index, state.marked, allowed) if pain else []
        candidates_part = candidates_section(dataset, candidates, state.marked, (state.point, state.side))
    else:
        candidates_part = no_update
    return (
        figure_patch(dataset, state, markers),
        details,
        no_update if was.mode == state.mode else state.mode,
        no_update if same_mode else f"page mode-{state.mode}" + (" audience-patient" if state.patient else ""),
        no_update if was.patient == state.patient else state.patient,
        no_update if before and was.marked == state.marked else marked_chips(dataset, state.marked),
        candidates_part,
    )


@callback(
    Output(ids.BODY_MAP, "figure"),
    Output(ids.POINT_DETAILS, "children"),
    Output(ids.MODE, "value"),
    Output(ids.PAGE, "className"),
    Output(ids.PATIENT_SWITCH, "checked"),
    Output(ids.MARKED_CHIPS, "children"),
    Output(ids.CANDIDATES, "children"),
    Output(ids.URL, "search"),
    Output(ids.ADD_REGION, "value"),
    Output(ids.CONDITION_START, "value"),
    Output(ids.GUIDED_POINT, "value"),
    Input(ids.BODY_MAP, "clickData"),
    Input({"type": ids.SEARCH_RESULT, "point": ALL}, "n_clicks"),
    Input({"type": ids.BROWSE_ITEM, "point": ALL}, "n_clicks"),
    Input(ids.GUIDED_POINT, "value"),
    Input({"type": ids.CANDIDATE, "point": ALL, "side": ALL}, "n_clicks"),
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
def update_view(click, _results, _browse, guided, _candidates, _chips, _clear, added, condition, mode, patient,
                nav, cond, tech, self_care, search, condition_side):  # fmt: skip
    """Applies the action that fired to the view in the URL, and draws the new view."""
    dataset, index = current_dataset(), current_pain_index()
    parsed = views.parse_view(search, dataset)
    filters = read_filters(nav, cond, tech, self_care)
    trigger = ctx.triggered_id
    if trigger == ids.URL:
        # The figure was drawn with every X; it needs other markers only if filters were already set.
        rendered = render(dataset, index, parsed.state, filters, parsed.notes, redraw_markers=filters.active)
        return (*rendered, no_update, None, None, guided_choice(None, parsed.state))
    value = ctx.triggered[0].get("value") if ctx.triggered else None
    state = next_state(trigger, value, parsed.state, dataset, index, condition_side)
    if state is NOTHING:
        return (no_update,) * 11
    query = views.view_query(state)
    rendered = render(dataset, index, state, filters, before=parsed.state, redraw_markers=trigger in FILTER_INPUTS)
    return (
        *rendered,
        query if query != search else no_update,
        None if trigger == ids.ADD_REGION else no_update,  # empties the pickers, so the same choice can come again
        None if trigger == ids.CONDITION_START else no_update,
        guided_choice(parsed.state, state),
    )
