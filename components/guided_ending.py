"""How a guided session ends: the stop for nerve signs during the hold, and Save, which keeps the session once and
says how it went (a rise in pain or a nerve sign ends it with advice). The steps are components/guided_self_care.py."""

from __future__ import annotations

from datetime import datetime

import dash_mantine_components as dmc
from dash import Input, Output, State, no_update

from components import ids
from components.callbacks import Callbacks
from components.context import current_dataset
from components.guided_self_care import ENDED, STEPPER_ENDED, advice_box, ticked
from triggerpoints.guided import NERVE_STOP, session_entry, session_outcome
from triggerpoints.view_state import parse_view

callbacks = Callbacks()
register = callbacks.register  # binds this module's callbacks to the app being built


@callbacks.callback(
    Output(ids.GUIDED_STEPPER, "active", allow_duplicate=True),
    Output(ids.GUIDED_STEPPER, "className", allow_duplicate=True),
    Output(ids.GUIDED_END, "children", allow_duplicate=True),
    Output(ids.GUIDED_BACK, "disabled", allow_duplicate=True),
    Output(ids.GUIDED_NEXT, "disabled", allow_duplicate=True),
    Input(ids.GUIDED_NERVE_STOP, "n_clicks"),
    prevent_initial_call=True,
)
def stop_for_nerve_signs(_stop: int):
    """Ends the session at once when pressing tingles, goes numb or shoots, with what to do."""
    return ENDED, STEPPER_ENDED, advice_box(NERVE_STOP), True, True


@callbacks.callback(
    output=dict(
        saved=Output(ids.GUIDED_SAVED, "data"),
        summary=Output(ids.GUIDED_SUMMARY, "children"),
        session=Output(ids.GUIDED_SESSION, "data"),
        active=Output(ids.GUIDED_STEPPER, "active", allow_duplicate=True),
        stepper=Output(ids.GUIDED_STEPPER, "className"),
        end=Output(ids.GUIDED_END, "children"),
        back_off=Output(ids.GUIDED_BACK, "disabled"),
        next_off=Output(ids.GUIDED_NEXT, "disabled"),
    ),
    inputs=dict(
        _save=Input(ids.GUIDED_SAVE, "n_clicks"),
        search=State(ids.URL, "search"),
        before=State(ids.GUIDED_BEFORE, "value"),
        after=State(ids.GUIDED_AFTER, "value"),
        nerve=State(ids.GUIDED_NERVE_SIGNS, "value"),
        session=State(ids.GUIDED_SESSION, "data"),
    ),
    prevent_initial_call=True,
)
def save_session(_save: int, search: object, before: object, after: object, nerve: object, session: object) -> dict:
    """Saves the session once (the browser appends it to its history), then says how it went: a rise in pain or a
    nerve sign ends the session with advice."""
    unchanged = {key: no_update for key in ("saved", "session", "active", "stepper", "end", "back_off", "next_off")}
    session = session if isinstance(session, dict) and isinstance(session.get("id"), str) else {}
    if session.get("saved"):
        return {**unchanged, "summary": dmc.Alert("This session is saved already.", color="gray", mt="sm")}
    dataset = current_dataset()
    state = parse_view(search, dataset).state
    entry = None
    if state.point and session:
        entry = session_entry(state.point, state.side, before, after, datetime.now(), session["id"])
    if entry is None:
        return {**unchanged, "summary": dmc.Alert("Choose a point and rate the pain from 0 to 10 first.",
                                                  color="yellow", mt="sm")}  # fmt: skip
    outcome = session_outcome(entry["before"], entry["after"], ticked(nerve))
    saved = {**unchanged, "saved": entry, "session": {**session, "saved": True}, "summary": advice_box(outcome)}
    if outcome.color in ("teal", "blue"):
        return saved
    return {**saved, "summary": None, "active": ENDED, "stepper": STEPPER_ENDED, "end": advice_box(outcome),
            "back_off": True, "next_off": True}  # fmt: skip
