"""Guided self-care for one point: a safety check that can stop the session, then find, press (with a countdown),
ease off, stretch, and rate the pain before and after. The history stays in the browser."""

from __future__ import annotations

import json
from datetime import datetime
from string import Template

import dash_mantine_components as dmc
from dash import Input, Output, Patch, State, ctx, dcc, html, no_update

from components import ids
from components.callbacks import Callbacks
from components.context import current_dataset
from triggerpoints.data import Dataset
from triggerpoints.figure_frame import SIDES
from triggerpoints.guided import (
    FIELD_CHARS,
    FIELDS,
    GENERAL_RED_FLAGS,
    HOLD_CHOICES,
    SESSIONS_SENT,
    guided_plan,
    history_notes,
    read_history,
    safety_questions,
    session_entry,
)
from triggerpoints.untrusted import is_key
from triggerpoints.view_state import parse_view

callbacks = Callbacks()
register = callbacks.register  # binds this module's callbacks to the app being built

STEPS = ("Safety check", "Before", "Find the spot", "Press and hold", "Ease off", "Stretch", "After")
LAST_STEP = len(STEPS) - 1
RATING_MARKS = [{"value": v, "label": str(v)} for v in range(0, 11, 2)]


def create_guided_self_care(dataset: Dataset) -> html.Section:
    """The guided session: a point chooser and a stepper whose texts follow the chosen point."""
    steps = [
        [
            dmc.Text("Before you start, tick anything that applies to you now.", mb="xs"),
            dmc.CheckboxGroup(id=ids.GUIDED_FLAGS_GENERAL, value=[], label="Warning signs",
                              children=dmc.Stack([dmc.Checkbox(label=f, value=f) for f in GENERAL_RED_FLAGS], gap=6)),
            dmc.CheckboxGroup(id=ids.GUIDED_FLAGS_AREA, value=[], label="Warning signs for this area", mt="sm",
                              children=[]),
            html.Div(id=ids.GUIDED_STOP, role="alert"),
        ],
        [
            dmc.Text("How strong is the pain right now? 0 is none, 10 is the worst you can imagine.", mb="lg"),
            dmc.Slider(id=ids.GUIDED_BEFORE, min=0, max=10, step=1, value=5, marks=RATING_MARKS, mb="xl",
                       **{"aria-label": "Pain before, 0 to 10"}),
        ],
        [html.Div(id=ids.GUIDED_FIND), dmc.Text("The X on the body shows where it lies.", size="sm", c="dimmed")],
        [
            html.Div(id=ids.GUIDED_PRESS),
            dmc.Group(
                [
                    dmc.SegmentedControl(id=ids.GUIDED_HOLD, value="60",
                                         data=[{"value": str(s), "label": f"{s} s"} for s in HOLD_CHOICES]),
                    html.Div("1:00", id=ids.GUIDED_TIMER, className="timer", role="timer",
                             **{"aria-label": "Hold timer"}),
                    dmc.Button("Start", id=ids.GUIDED_START, n_clicks=0, size="sm"),
                    dmc.Button("Reset", id=ids.GUIDED_RESET_TIMER, n_clicks=0, size="sm", variant="default"),
                ],
                gap="sm",
                mt="sm",
            ),
            dcc.Interval(id=ids.GUIDED_TICK, interval=250, disabled=True),
            dcc.Store(id=ids.GUIDED_TIMER_STATE, data={"remaining": 60, "running": False}),
        ],
        [
            dmc.Text("Breathe out slowly and let the muscle soften. Then ease the pressure off slowly over a few "
                     "seconds, and move the area gently through its range."),
        ],
        [html.Div(id=ids.GUIDED_STRETCH)],
        [
            dmc.Text("How strong is the pain now?", mb="lg"),
            dmc.Slider(id=ids.GUIDED_AFTER, min=0, max=10, step=1, value=5, marks=RATING_MARKS, mb="xl",
                       **{"aria-label": "Pain after, 0 to 10"}),
            dmc.Button("Save this session", id=ids.GUIDED_SAVE, n_clicks=0),
            html.Div(id=ids.GUIDED_SUMMARY, role="status"),
        ],
    ]  # fmt: skip
    return html.Section(
        [
            dmc.Title("Guided self-care", order=2, className="panel-title"),
            dmc.Text(
                "A gentle, step-by-step release for one trigger point. Stop at any time if it hurts sharply, "
                "tingles or feels wrong.",
                size="sm",
                mb="sm",
            ),  # fmt: skip
            dmc.Select(
                id=ids.GUIDED_POINT,
                label="Trigger point",
                placeholder="Choose a point, or select an X on the map first",
                searchable=True,
                data=sorted(
                    ({"value": k, "label": dataset.point_name(k)} for k in dataset.points), key=lambda o: o["label"]
                ),  # fmt: skip
                comboboxProps={"zIndex": 400},
                mb="md",
            ),
            dmc.Stepper(
                [
                    dmc.StepperStep(label=title, children=html.Div(body, className="guided-step"))
                    for title, body in zip(STEPS, steps, strict=True)
                ],  # fmt: skip
                id=ids.GUIDED_STEPPER,
                active=0,
                size="xs",
                orientation="horizontal",
                allowNextStepsSelect=False,
                className="guided-stepper",
            ),
            dmc.Group(
                [
                    dmc.Button("Back", id=ids.GUIDED_BACK, n_clicks=0, variant="default"),
                    dmc.Button("Next", id=ids.GUIDED_NEXT, n_clicks=0),
                ],
                justify="space-between",
                mt="md",
            ),
            dmc.Title("Your sessions", order=4, className="section-title", mt="lg"),
            html.Div(id=ids.GUIDED_HISTORY_VIEW),
            dcc.Store(id=ids.GUIDED_HISTORY, storage_type="local", data=[]),
            dcc.Store(id=ids.GUIDED_HISTORY_SENT),
            dcc.Store(id=ids.GUIDED_SELECTION),
        ],
        id=ids.GUIDED_PANEL,
        className="guided-panel",
        **{"aria-label": "Guided self-care"},
    )


@callbacks.callback(
    Output(ids.GUIDED_FLAGS_AREA, "children"),
    Output(ids.GUIDED_FIND, "children"),
    Output(ids.GUIDED_PRESS, "children"),
    Output(ids.GUIDED_STRETCH, "children"),
    Output(ids.GUIDED_HOLD, "value"),
    Output(ids.GUIDED_STEPPER, "active"),
    Output(ids.GUIDED_FLAGS_GENERAL, "value"),
    Output(ids.GUIDED_FLAGS_AREA, "value"),
    Output(ids.GUIDED_STOP, "children"),
    Output(ids.GUIDED_SUMMARY, "children", allow_duplicate=True),
    Input(ids.GUIDED_SELECTION, "data"),
    prevent_initial_call="initial_duplicate",
)
def prepare_session(selection: object):
    """Fills the steps for the selected point and starts the session afresh.

    The selection is set by `navigation.update_view` only while guided self-care is shown, so nothing is asked of
    the server for this panel while it is hidden."""
    dataset = current_dataset()
    chosen = selection if isinstance(selection, dict) else {}
    point, side = chosen.get("point"), chosen.get("side")
    if not (is_key(point, dataset.points) and is_key(side, SIDES)):
        empty = dmc.Text("Choose a trigger point above to begin.", c="dimmed")
        return [], empty, empty, empty, "60", 0, [], [], None, None
    plan = guided_plan(dataset, point, side)
    area_flags = [f for f in safety_questions(dataset, point) if f not in GENERAL_RED_FLAGS]
    note = dmc.Alert("This spot is best released by a trained practitioner. Use only gentle pressure, or stretch only.",
                     color="grape", mb="xs") if plan.professional_only_note else None  # fmt: skip
    press = [note, dmc.Text(plan.press, mb="xs"), html.Ol([html.Li(s) for s in plan.press_steps], className="steps")]
    return (
        dmc.Stack([dmc.Checkbox(label=f, value=f) for f in area_flags], gap=6),
        [dmc.Text(f"{plan.muscle}, {plan.side} side", fw=600), dmc.Text(plan.find)],
        press,
        dmc.Text(plan.stretch),
        str(plan.hold_seconds),
        0,
        [],
        [],
        None,
        None,
    )


@callbacks.callback(
    Output(ids.GUIDED_STEPPER, "active", allow_duplicate=True),
    Output(ids.GUIDED_STOP, "children", allow_duplicate=True),
    Input(ids.GUIDED_NEXT, "n_clicks"),
    Input(ids.GUIDED_BACK, "n_clicks"),
    State(ids.GUIDED_STEPPER, "active"),
    State(ids.GUIDED_FLAGS_GENERAL, "value"),
    State(ids.GUIDED_FLAGS_AREA, "value"),
    State(ids.URL, "search"),
    prevent_initial_call=True,
)
def move_step(_next: int, _back: int, active: object, general: object, area: object, search: object):
    """Moves between steps; a ticked warning sign stops the session at the safety check."""
    step = active if isinstance(active, int) and 0 <= active <= LAST_STEP else 0
    if ctx.triggered_id == ids.GUIDED_BACK:
        return max(step - 1, 0), no_update
    if not parse_view(search, current_dataset()).state.point:
        return 0, dmc.Alert("Choose a trigger point first.", color="yellow", mt="sm")
    if step == 0 and ((isinstance(general, list) and general) or (isinstance(area, list) and area)):
        return 0, dmc.Alert(
            "Please stop here. With these warning signs, see a doctor or another clinician before any self-care; "
            "for chest pain with breathlessness, or any sudden severe symptom, call emergency services.",
            title="See a clinician first",
            color="red",
            mt="sm",
            className="guided-stop",
        )
    return min(step + 1, LAST_STEP), None


@callbacks.callback(
    Output(ids.GUIDED_HISTORY, "data"),
    Output(ids.GUIDED_SUMMARY, "children"),
    Input(ids.GUIDED_SAVE, "n_clicks"),
    State(ids.URL, "search"),
    State(ids.GUIDED_BEFORE, "value"),
    State(ids.GUIDED_AFTER, "value"),
    prevent_initial_call=True,
)
def save_session(_save: int, search: object, before: object, after: object):
    """Adds the session's ratings to the history kept in this browser, leaving every older entry as it is."""
    dataset = current_dataset()
    state = parse_view(search, dataset).state
    entry = session_entry(state.point, state.side, before, after, datetime.now()) if state.point else None
    if entry is None:
        return no_update, dmc.Alert("Choose a point and rate the pain from 0 to 10 first.", color="yellow")
    change = entry["before"] - entry["after"]
    words = "eased by " + str(change) if change > 0 else "the same" if change == 0 else "higher by " + str(-change)
    text = (
        f"Saved. Pain before {entry['before']}, after {entry['after']}: {words}. Rest the area now; "
        "repeat later today if it helped, and stop if it gets worse."
    )
    summary = dmc.Alert(text, color="teal", mt="sm")
    # Appended in the browser: the stored history is neither sent here nor rewritten (triggerpoints/guided.py).
    history = Patch()
    history.append(entry)
    return history, summary


# What the history view needs of the history, cut in the browser so that a request stays small however many
# sessions are kept: their number, and the newest SESSIONS_SENT entries with only the fields shown.
HISTORY_SENT = Template(
    """
    function (history) {
        const entries = Array.isArray(history) ? history : (history == null ? [] : [history]);
        const recent = entries.slice(-$sent).map((entry) => {
            if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) { return null; }
            const fields = {};
            $fields.forEach((field) => {
                const value = entry[field];
                if (typeof value === 'string') { fields[field] = value.slice(0, $chars); }
                else if (typeof value === 'number') { fields[field] = value; }
            });
            return fields;
        });
        return {total: entries.length, recent: recent};
    }
    """
).substitute(sent=SESSIONS_SENT, fields=json.dumps(list(FIELDS)), chars=FIELD_CHARS)
callbacks.clientside_callback(
    HISTORY_SENT,
    Output(ids.GUIDED_HISTORY_SENT, "data"),
    Input(ids.GUIDED_HISTORY, "data"),
)


@callbacks.callback(Output(ids.GUIDED_HISTORY_VIEW, "children"), Input(ids.GUIDED_HISTORY_SENT, "data"))
def show_history(sent: object):
    """The saved sessions, newest first, and a word on any this version cannot list (they are kept)."""
    dataset = current_dataset()
    view = read_history(sent, dataset)
    notes = [dmc.Text(note, size="sm", c="dimmed", className="history-note") for note in history_notes(view)]
    if not view.listed:
        if not notes:
            return dmc.Text("No sessions saved in this browser yet.", size="sm", c="dimmed")
        return notes
    rows = [
        html.Tr([html.Td(s.when or "–"),
                 html.Td(dataset.point_name(s.point_id) + (f" ({s.side})" if s.side else "")),
                 html.Td(_rating(s.before)), html.Td(_rating(s.after))])
        for s in view.listed
    ]  # fmt: skip
    head = html.Thead(html.Tr([html.Th("When"), html.Th("Point"), html.Th("Before"), html.Th("After")]))
    return [dmc.Table([head, html.Tbody(rows)], striped=True, className="history-table"), *notes]


def _rating(value: int | None) -> str:
    return "–" if value is None else str(value)


# The countdown runs in the browser: no request is made while it ticks.
callbacks.clientside_callback(
    """
    function (start, reset, hold, tick, state) {
        const trigger = (window.dash_clientside.callback_context.triggered_id || '');
        const seconds = parseInt(hold || '60', 10);
        const show = s => {
            const total = Math.max(0, Math.ceil(s));
            return Math.floor(total / 60) + ':' + String(total % 60).padStart(2, '0');
        };
        let next = Object.assign({remaining: seconds, running: false}, state || {});
        if (trigger === 'guided-reset-timer' || trigger === 'guided-hold') {
            next = {remaining: seconds, running: false};
        } else if (trigger === 'guided-start') {
            if (next.running) {
                next = {remaining: Math.max(0, (next.endsAt - Date.now()) / 1000), running: false};
            } else {
                const remaining = next.remaining > 0 ? next.remaining : seconds;
                next = {remaining: remaining, running: true, endsAt: Date.now() + remaining * 1000};
            }
        } else if (trigger === 'guided-tick' && next.running) {
            next.remaining = Math.max(0, (next.endsAt - Date.now()) / 1000);
            if (next.remaining <= 0) { next = {remaining: 0, running: false}; }
        }
        const text = next.remaining <= 0 ? 'Done: ease off slowly' : show(next.remaining);
        return [next, !next.running, text, next.running ? 'Pause' : 'Start'];
    }
    """,
    Output(ids.GUIDED_TIMER_STATE, "data"),
    Output(ids.GUIDED_TICK, "disabled"),
    Output(ids.GUIDED_TIMER, "children"),
    Output(ids.GUIDED_START, "children"),
    Input(ids.GUIDED_START, "n_clicks"),
    Input(ids.GUIDED_RESET_TIMER, "n_clicks"),
    Input(ids.GUIDED_HOLD, "value"),
    Input(ids.GUIDED_TICK, "n_intervals"),
    State(ids.GUIDED_TIMER_STATE, "data"),
    prevent_initial_call=True,
)
