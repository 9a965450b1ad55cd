"""The countdown of a guided session's hold: it runs in the browser (a clientside callback), so no request is made
while it ticks; Reset, a new hold length and the stop for nerve signs set it back. Its controls are laid out by
components/guided_self_care.py."""

from __future__ import annotations

import json
from string import Template

from dash import Input, Output, State

from components import ids
from components.callbacks import Callbacks
from triggerpoints.guided import DEFAULT_HOLD

callbacks = Callbacks()
register = callbacks.register  # binds this module's callbacks to the app being built

# The countdown runs in the browser: no request is made while it ticks. The stop for nerve signs stops it too.
TIMER = Template(
    """
    function (start, reset, hold, tick, stop, state) {
        const trigger = (window.dash_clientside.callback_context.triggered_id || '');
        const seconds = parseInt(hold || '$hold', 10);
        const show = s => {
            const total = Math.max(0, Math.ceil(s));
            return Math.floor(total / 60) + ':' + String(total % 60).padStart(2, '0');
        };
        let next = Object.assign({remaining: seconds, running: false}, state || {});
        if (trigger === $reset || trigger === $hold_id || trigger === $stop) {
            next = {remaining: seconds, running: false};
        } else if (trigger === $start) {
            if (next.running) {
                next = {remaining: Math.max(0, (next.endsAt - Date.now()) / 1000), running: false};
            } else {
                const remaining = next.remaining > 0 ? next.remaining : seconds;
                next = {remaining: remaining, running: true, endsAt: Date.now() + remaining * 1000};
            }
        } else if (trigger === $tick && next.running) {
            next.remaining = Math.max(0, (next.endsAt - Date.now()) / 1000);
            if (next.remaining <= 0) { next = {remaining: 0, running: false}; }
        }
        const text = next.remaining <= 0 ? 'Done: ease off slowly' : show(next.remaining);
        return [next, !next.running, text, next.running ? 'Pause' : 'Start'];
    }
    """
).substitute(
    hold=DEFAULT_HOLD,
    **{name: json.dumps(value) for name, value in (("reset", ids.GUIDED_RESET_TIMER), ("hold_id", ids.GUIDED_HOLD),
                                                   ("stop", ids.GUIDED_NERVE_STOP), ("start", ids.GUIDED_START),
                                                   ("tick", ids.GUIDED_TICK))},
)  # fmt: skip
callbacks.clientside_callback(
    TIMER,
    Output(ids.GUIDED_TIMER_STATE, "data"),
    Output(ids.GUIDED_TICK, "disabled"),
    Output(ids.GUIDED_TIMER, "children"),
    Output(ids.GUIDED_START, "children"),
    Input(ids.GUIDED_START, "n_clicks"),
    Input(ids.GUIDED_RESET_TIMER, "n_clicks"),
    Input(ids.GUIDED_HOLD, "value"),
    Input(ids.GUIDED_TICK, "n_intervals"),
    Input(ids.GUIDED_NERVE_STOP, "n_clicks"),
    State(ids.GUIDED_TIMER_STATE, "data"),
    prevent_initial_call=True,
)
