"""Owns the view on the page: every control that changes it (a search result, a chip, a condition, the mode, the
patient view, the filters, the zoom, the muscles layer, the back button, and the views the browser drew itself after
a click) ends
here, and the map, the controls, the chips, the handout link and the URL follow the new view.

One callback, so that an action costs one round trip. It only says which action happened (`action_for`), lets the
state machine decide what it means (`triggerpoints.view_actions.apply`) and renders the result; the figure's
Patch comes from its owner (`components.body_map`). The details and candidates follow the view in the browser
(`view_panels`). Every value read from the browser is checked by the state machine before it is used; the
pattern-matching lists are never walked, only the input that fired is read.
"""

from __future__ import annotations

from typing import Any

from dash import ALL, Input, Output, State, ctx, no_update

from components import ids
from components.body_map import view_patch
from components.callbacks import Callbacks
from components.context import current_dataset
from components.pain_finder import marked_chips
from components.toolbar import handout_link
from components.zoom import SWITCH_CHOICES, switch_value
from triggerpoints.data import Dataset
from triggerpoints.handout_links import parse_handout_list
from triggerpoints.view_actions import (
    Action,
    AddRegion,
    ClearMarks,
    OpenLink,
    RemoveMark,
    SelectPoint,
    SetFilters,
    SetLayer,
    SetMode,
    SetPatientView,
    SetZoom,
    StartFromCondition,
    apply,
)
from triggerpoints.view_state import (
    EXPLORE,
    MUSCLES_LAYER,
    PAIN,
    SELF_CARE,
    STUDY,
    ViewState,
    parse_view,
    view_query,
)
from triggerpoints.zoom import WHOLE_BODY

callbacks = Callbacks()
register = callbacks.register  # binds this module's callbacks to the app being built

FILTER_INPUTS = (ids.FILTER_NAV, ids.FILTER_CONDITION, ids.FILTER_TECHNIQUE, ids.FILTER_SELF_CARE)
# Where the browser sends a click on the map, by mode: the view's answer (/_view), the quiz, or nowhere.
CLICKS = {EXPLORE: "view", PAIN: "view", STUDY: "study", SELF_CARE: "none"}


def action_for(trigger: object, value: object, inputs: dict[str, Any]) -> Action | None:
    """The action an input stands for, with the values the browser sent (unchecked: `apply` checks them); None for
    an input that is no action (a button drawn but not pressed, the handout list)."""
    if trigger == ids.VIEW_REQUEST:
        # A view the browser drew after a click: {"query": ..., "at": ...}. Read like any URL, never trusted.
        return OpenLink(value.get("query")) if isinstance(value, dict) else None
    if isinstance(trigger, dict):
        if not (isinstance(value, int) and value > 0):
            return None  # buttons that were just drawn, not clicked
        if trigger.get("type") in (ids.SEARCH_RESULT, ids.BROWSE_ITEM):
            return SelectPoint(trigger.get("point"), "right")
        return RemoveMark(trigger.get("region")) if trigger.get("type") == ids.MARKED_CHIP else None
    if trigger in FILTER_INPUTS:
        return SetFilters(inputs["nav"], inputs["cond"], inputs["tech"], inputs["self_care"])
    actions = {
        ids.GUIDED_POINT: lambda: SelectPoint(value),
        ids.CLEAR_MARKS: ClearMarks,
        ids.ADD_REGION: lambda: AddRegion(value),
        ids.CONDITION_START: lambda: StartFromCondition(value, inputs["condition_side"]),
        ids.MODE: lambda: SetMode(value),
        ids.PATIENT_SWITCH: lambda: SetPatientView(value),
        ids.ZOOM: lambda: SetZoom(value),
        ids.VIEW_SWITCH: lambda: SetZoom(value),
        ids.MUSCLES_SWITCH: lambda: SetLayer(MUSCLES_LAYER, value),
    }
    return actions[trigger]() if trigger in actions else None


def page_class_of(state: ViewState) -> str:
    """The page's classes: the mode, the patient view, and whether the map shows one whole view or a part of one
    large (a phone then gives the map a taller frame)."""
    classes = ["page", f"mode-{state.mode}"]
    classes += ["audience-patient"] if state.patient else []
    if state.zoom in SWITCH_CHOICES and state.zoom != WHOLE_BODY:
        classes.append("map-one-view")
    elif state.zoom != WHOLE_BODY:
        classes.append("map-zoomed")
    return " ".join(classes)


def guided_selection(before: ViewState | None, state: ViewState) -> object:
    """The selection for guided self-care, set only while that mode is shown and when it changes.

    Its picker lists every point (each value sent re-renders a long list), and its steps are drawn from it: nothing
    is sent, and no request made, while the guided panel is hidden."""
    if state.mode != SELF_CARE or (before and before.mode == SELF_CARE and (before.point, before.side) == (
            state.point, state.side)):  # fmt: skip
        return no_update
    return {"point": state.point, "side": state.side}


def _as_text(search: object) -> str:
    return search if isinstance(search, str) else ""


def _changed(new: object, shown: object) -> object:
    """The new value for a control, or no_update when it already shows it."""
    return no_update if new == shown else new


def render(dataset: Dataset, state: ViewState, before: ViewState | None, inputs: dict[str, Any]) -> dict[str, Any]:
    """Everything outside the panels that shows the view; each part that did not change is left as it is.

    before: the view the page showed (None: unknown, so every part is drawn). Each part sent makes the browser
    re-render it, which costs far more than building it here."""
    was = before or ViewState(mode="")
    query = view_query(state, dataset)
    selection = guided_selection(before, state)
    filters = state.filters
    page_class = page_class_of(state)
    link_changed = before is None or ctx.triggered_id == ids.HANDOUT_LIST or (was.point, was.side) != (
        state.point, state.side)  # fmt: skip
    href, label = handout_link(dataset, parse_handout_list(inputs["handout"]), query) if link_changed else (None, None)
    return {
        "figure": view_patch(dataset, state, before),
        "mode": _changed(state.mode, inputs["mode"]),
        "page_class": no_update if before and page_class_of(was) == page_class else page_class,
        "patient": _changed(state.patient, inputs["patient"]),
        "chips": no_update if before and was.marked == state.marked else marked_chips(dataset, state.marked),
        "search": _changed(query, inputs["search"]),
        "zoom": _changed(state.zoom, inputs["zoom"]),
        "view_switch": _changed(switch_value(state.zoom), inputs["view_switch"]),
        "muscles": _changed(MUSCLES_LAYER in state.layers, inputs["muscles"] is True),
        "nav": _changed(filters.nav_area, inputs["nav"]),
        "cond": _changed(filters.condition, inputs["cond"]),
        "tech": _changed(filters.technique, inputs["tech"]),
        "self_care": _changed(filters.self_care_only, inputs["self_care"] is True),
        "guided_point": no_update if selection is no_update else state.point,
        "guided_selection": selection,
        # A link is handed on as it was written, so the panels can name what it held that was left out.
        "view": {"query": query if before else _as_text(inputs["search"]), "clicks": CLICKS[state.mode]},
        "handout_href": href if link_changed else no_update,
        "handout_label": label if link_changed else no_update,
        # Emptied after a choice, so the same area or condition can be chosen again.
        "add_region": None if ctx.triggered_id == ids.ADD_REGION else no_update,
        "condition": None if ctx.triggered_id == ids.CONDITION_START else no_update,
    }


OUTPUTS = dict(
    figure=Output(ids.BODY_MAP, "figure"),
    mode=Output(ids.MODE, "value"),
    page_class=Output(ids.PAGE, "className"),
    patient=Output(ids.PATIENT_SWITCH, "checked"),
    chips=Output(ids.MARKED_CHIPS, "children"),
    search=Output(ids.URL, "search"),
    zoom=Output(ids.ZOOM, "value"),
    view_switch=Output(ids.VIEW_SWITCH, "value"),
    muscles=Output(ids.MUSCLES_SWITCH, "checked"),
    nav=Output(ids.FILTER_NAV, "value"),
    cond=Output(ids.FILTER_CONDITION, "value"),
    tech=Output(ids.FILTER_TECHNIQUE, "value"),
    self_care=Output(ids.FILTER_SELF_CARE, "checked"),
    guided_point=Output(ids.GUIDED_POINT, "value"),
    guided_selection=Output(ids.GUIDED_SELECTION, "data"),
    view=Output(ids.VIEW, "data"),
    handout_href=Output(ids.HANDOUT_LINK, "href"),
    handout_label=Output(ids.HANDOUT_LINK, "children"),
    add_region=Output(ids.ADD_REGION, "value"),
    condition=Output(ids.CONDITION_START, "value"),
)


@callbacks.callback(
    output=OUTPUTS,
    inputs=dict(
        drawn=Input(ids.VIEW_REQUEST, "data"),
        results=Input({"type": ids.SEARCH_RESULT, "point": ALL}, "n_clicks"),
        browse=Input({"type": ids.BROWSE_ITEM, "point": ALL}, "n_clicks"),
        guided=Input(ids.GUIDED_POINT, "value"),
        chips=Input({"type": ids.MARKED_CHIP, "region": ALL}, "n_clicks"),
        clear=Input(ids.CLEAR_MARKS, "n_clicks"),
        added=Input(ids.ADD_REGION, "value"),
        condition=Input(ids.CONDITION_START, "value"),
        mode=Input(ids.MODE, "value"),
        patient=Input(ids.PATIENT_SWITCH, "checked"),
        nav=Input(ids.FILTER_NAV, "value"),
        cond=Input(ids.FILTER_CONDITION, "value"),
        tech=Input(ids.FILTER_TECHNIQUE, "value"),
        self_care=Input(ids.FILTER_SELF_CARE, "checked"),
        zoom=Input(ids.ZOOM, "value"),
        view_switch=Input(ids.VIEW_SWITCH, "value"),
        muscles=Input(ids.MUSCLES_SWITCH, "checked"),
        search=Input(ids.URL, "search"),
        handout=Input(ids.HANDOUT_LIST, "data"),
        condition_side=State(ids.CONDITION_SIDE, "value"),
    ),
    prevent_initial_call=True,
)
def update_view(
    *,
    drawn: object,
    results: list | None,
    browse: list | None,
    guided: object,
    chips: list | None,
    clear: int | None,
    added: object,
    condition: object,
    mode: object,
    patient: object,
    nav: object,
    cond: object,
    tech: object,
    self_care: object,
    zoom: object,
    view_switch: object,
    muscles: object,
    search: object,
    handout: object,
    condition_side: object,
) -> dict[str, Any]:
    """Applies the action that fired to the view in the URL, and draws the new view."""
    inputs = {"mode": mode, "patient": patient, "nav": nav, "cond": cond, "tech": tech, "self_care": self_care,
              "zoom": zoom, "view_switch": view_switch, "muscles": muscles, "search": search, "handout": handout,
              "condition_side": condition_side}  # fmt: skip
    dataset = current_dataset()
    shown = parse_view(search, dataset).state
    trigger = ctx.triggered_id
    if trigger == ids.URL:
        return render(dataset, shown, None, inputs)  # a link, Back or Forward: the whole view is drawn
    if trigger == ids.HANDOUT_LIST:
        return {**dict.fromkeys(OUTPUTS, no_update), **_handout_only(render(dataset, shown, shown, inputs))}
    value = ctx.triggered[0].get("value") if ctx.triggered else None
    action = action_for(trigger, value, inputs)
    state = apply(shown, action, dataset) if action is not None else shown
    if state is shown:
        return dict.fromkeys(OUTPUTS, no_update)
    return render(dataset, state, shown, inputs)


def _handout_only(rendered: dict[str, Any]) -> dict[str, Any]:
    return {key: rendered[key] for key in ("handout_href", "handout_label")}
