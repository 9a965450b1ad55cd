"""Guided self-care for one point: a safety check that can stop the session (warning signs, the point's own
precautions, the technique's "do not use it"), then find, press (the point's pressure and hold, with a countdown and
a stop for nerve signs), ease off, stretch, and rate the pain before and after. A rise in pain or a nerve sign ends
the session with advice. The saved sessions are components/guided_history.py."""

from __future__ import annotations

import uuid

import dash_mantine_components as dmc
from dash import Input, Output, State, ctx, dcc, html

from components import ids
from components.callbacks import Callbacks
from components.context import current_dataset
from components.guided_history import create_guided_history
from triggerpoints.data import Dataset
from triggerpoints.figure_frame import SIDES
from triggerpoints.guided import (
    DEFAULT_HOLD,
    GENERAL_RED_FLAGS,
    NERVE_SIGNS,
    Advice,
    guided_plan,
    rating,
    red_flag_stop,
    safety_questions,
    technique_stop,
)
from triggerpoints.untrusted import is_key
from triggerpoints.view_state import parse_view

callbacks = Callbacks()
register = callbacks.register  # binds this module's callbacks to the app being built

STEPS = ("Safety check", "Before", "Find the spot", "Press and hold", "Ease off", "Stretch", "After")
BEFORE_STEP, LAST_STEP = 1, len(STEPS) - 1
ENDED = len(STEPS)  # the stepper's "completed" screen: the session has ended early, with advice
# Ended early, the steps are not all done: the stepper hides its row of ticked steps (assets/app.css).
STEPPER, STEPPER_ENDED = "guided-stepper", "guided-stepper ended"


def _rating_scale(component_id: str, label: str) -> dmc.RadioGroup:
    """A 0-10 pain scale that starts unset, so a session cannot be saved without a rating."""
    return dmc.RadioGroup(
        dmc.Group([dmc.Radio(label=str(v), value=str(v)) for v in range(11)], gap="xs", className="rating-scale"),
        id=component_id,
        value=None,
        label=label,
        description="0 is no pain, 10 the worst you can imagine.",
        mb="md",
    )


def _hold_data(choices: tuple[int, ...]) -> list[dict[str, str]]:
    return [{"value": str(s), "label": f"{s} s"} for s in choices]


def create_guided_self_care(dataset: Dataset) -> html.Section:
    """The guided session: a point chooser and a stepper whose texts follow the chosen point."""
    steps = [
        [
            dmc.Text("Before you start, tick anything that applies to you now.", mb="xs"),
            dmc.CheckboxGroup(id=ids.GUIDED_FLAGS_GENERAL, value=[], label="Warning signs",
                              children=dmc.Stack([dmc.Checkbox(label=f, value=f) for f in GENERAL_RED_FLAGS], gap=6)),
            dmc.CheckboxGroup(id=ids.GUIDED_FLAGS_AREA, value=[], label="Warning signs for this area", mt="sm",
                              children=[]),
            html.Div(id=ids.GUIDED_PRECAUTIONS),
            dmc.CheckboxGroup(id=ids.GUIDED_FLAGS_TECHNIQUE, value=[], label="Do not use it if", mt="sm",
                              children=[]),
        ],
        [_rating_scale(ids.GUIDED_BEFORE, "How strong is the pain right now?")],
        [html.Div(id=ids.GUIDED_FIND), dmc.Text("The X on the body shows where it lies.", size="sm", c="dimmed")],
        [
            html.Div(id=ids.GUIDED_PRESS),
            dmc.Text(id=ids.GUIDED_PRESSURE, fw=600, mt="xs"),
            html.Div(
                dmc.Group(
                    [
                        dmc.SegmentedControl(id=ids.GUIDED_HOLD, value=str(DEFAULT_HOLD), data=[]),
                        html.Div("0:30", id=ids.GUIDED_TIMER, className="timer", role="timer",
                                 **{"aria-label": "Hold timer"}),
                        dmc.Button("Start", id=ids.GUIDED_START, n_clicks=0, size="sm"),
                        dmc.Button("Reset", id=ids.GUIDED_RESET_TIMER, n_clicks=0, size="sm", variant="default"),
                    ],
                    gap="sm",
                    mt="sm",
                ),
                id=ids.GUIDED_TIMER_GROUP,
            ),
            dmc.Button("Stop: it tingles, goes numb or shoots", id=ids.GUIDED_NERVE_STOP, n_clicks=0, color="red",
                       variant="light", mt="md"),
            dcc.Interval(id=ids.GUIDED_TICK, interval=250, disabled=True),
            dcc.Store(id=ids.GUIDED_TIMER_STATE, data={"remaining": DEFAULT_HOLD, "running": False}),
        ],
        [
            dmc.Text("Breathe out slowly and let the muscle soften. Then ease the pressure off slowly over a few "
                     "seconds, and move the area gently through its range."),
        ],
        [html.Div(id=ids.GUIDED_STRETCH)],
        [
            _rating_scale(ids.GUIDED_AFTER, "How strong is the pain now?"),
            dmc.CheckboxGroup(id=ids.GUIDED_NERVE_SIGNS, value=[], mb="md",
                              label="Did you feel any of these during or after the release?",
                              children=dmc.Stack([dmc.Checkbox(label=s, value=s) for s in NERVE_SIGNS], gap=6)),
            dmc.Button("Save and finish", id=ids.GUIDED_SAVE, n_clicks=0),
            html.Div(id=ids.GUIDED_SUMMARY, role="status"),
        ],
    ]  # fmt: skip
    ended = dmc.StepperCompleted(
        [html.Div(id=ids.GUIDED_END, role="alert"), dmc.Button("Start a new session", id=ids.GUIDED_RESTART,
                                                               n_clicks=0, variant="default", mt="sm")]
    )  # fmt: skip
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
                    *(
                        dmc.StepperStep(label=title, children=html.Div(body, className="guided-step"))
                        for title, body in zip(STEPS, steps, strict=True)
                    ),
                    ended,
                ],  # fmt: skip
                id=ids.GUIDED_STEPPER,
                active=0,
                size="xs",
                orientation="horizontal",
                allowNextStepsSelect=False,
                className=STEPPER,
            ),
            html.Div(id=ids.GUIDED_STOP, role="alert"),
            dmc.Group(
                [
                    dmc.Button("Back", id=ids.GUIDED_BACK, n_clicks=0, variant="default"),
                    dmc.Button("Next", id=ids.GUIDED_NEXT, n_clicks=0),
                ],
                justify="space-between",
                mt="md",
            ),
            *create_guided_history(),
            dcc.Store(id=ids.GUIDED_SELECTION),
            dcc.Store(id=ids.GUIDED_SESSION),
        ],
        id=ids.GUIDED_PANEL,
        className="guided-panel",
        **{"aria-label": "Guided self-care"},
    )


def advice_box(advice: Advice) -> dmc.Alert:
    """An advice as the page shows it: its title, its words, and the signs or answers that led to it."""
    items = html.Ul([html.Li(item) for item in advice.items], className="advice-items") if advice.items else None
    return dmc.Alert([dmc.Text(advice.text, size="sm"), items], title=advice.title, color=advice.color, mt="sm",
                     className="guided-stop")  # fmt: skip


# Everything that starts a session afresh, and the controls that end one (Back and Next are off once it has ended).
SESSION = dict(
    area_flags=Output(ids.GUIDED_FLAGS_AREA, "children"),
    precautions=Output(ids.GUIDED_PRECAUTIONS, "children"),
    technique_flags=Output(ids.GUIDED_FLAGS_TECHNIQUE, "children"),
    technique_label=Output(ids.GUIDED_FLAGS_TECHNIQUE, "label"),
    find=Output(ids.GUIDED_FIND, "children"),
    press=Output(ids.GUIDED_PRESS, "children"),
    pressure=Output(ids.GUIDED_PRESSURE, "children"),
    timer_hidden=Output(ids.GUIDED_TIMER_GROUP, "hidden"),
    stretch=Output(ids.GUIDED_STRETCH, "children"),
    hold_data=Output(ids.GUIDED_HOLD, "data"),
    hold=Output(ids.GUIDED_HOLD, "value"),
    active=Output(ids.GUIDED_STEPPER, "active"),
    stepper=Output(ids.GUIDED_STEPPER, "className", allow_duplicate=True),
    general=Output(ids.GUIDED_FLAGS_GENERAL, "value"),
    area=Output(ids.GUIDED_FLAGS_AREA, "value"),
    technique=Output(ids.GUIDED_FLAGS_TECHNIQUE, "value"),
    before=Output(ids.GUIDED_BEFORE, "value"),
    after=Output(ids.GUIDED_AFTER, "value"),
    nerve=Output(ids.GUIDED_NERVE_SIGNS, "value"),
    stop=Output(ids.GUIDED_STOP, "children"),
    summary=Output(ids.GUIDED_SUMMARY, "children", allow_duplicate=True),
    end=Output(ids.GUIDED_END, "children", allow_duplicate=True),
    session=Output(ids.GUIDED_SESSION, "data", allow_duplicate=True),
    back_off=Output(ids.GUIDED_BACK, "disabled", allow_duplicate=True),
    next_off=Output(ids.GUIDED_NEXT, "disabled", allow_duplicate=True),
)


@callbacks.callback(
    output=SESSION,
    inputs=dict(selection=Input(ids.GUIDED_SELECTION, "data"), _restart=Input(ids.GUIDED_RESTART, "n_clicks")),
    prevent_initial_call="initial_duplicate",
)
def prepare_session(selection: object, _restart: object) -> dict:
    """Fills the steps for the selected point from its data and starts a new session (a new id, ratings unset).

    The selection is set by `navigation.update_view` only while guided self-care is shown, so nothing is asked of
    the server for this panel while it is hidden."""
    dataset = current_dataset()
    chosen = selection if isinstance(selection, dict) else {}
    point, side = chosen.get("point"), chosen.get("side")
    fresh = {"active": 0, "stepper": STEPPER, "general": [], "area": [], "technique": [], "before": None,
             "after": None, "nerve": [], "stop": None, "summary": None, "end": None,
             "session": {"id": uuid.uuid4().hex, "saved": False}, "back_off": False, "next_off": False}  # fmt: skip
    if not (is_key(point, dataset.points) and is_key(side, SIDES)):
        empty = dmc.Text("Choose a trigger point above to begin.", c="dimmed")
        return {**fresh, "area_flags": [], "precautions": None, "technique_flags": [], "technique_label": "",
                "find": empty, "press": empty, "pressure": "", "timer_hidden": True, "stretch": empty,
                "hold_data": [], "hold": str(DEFAULT_HOLD)}  # fmt: skip
    plan = guided_plan(dataset, point, side)
    area_flags = [f for f in safety_questions(dataset, point) if f not in GENERAL_RED_FLAGS]
    note = dmc.Alert("This spot is best released by a trained practitioner. Use only gentle pressure, or stretch only.",
                     color="grape", mb="xs") if plan.professional_only_note else None  # fmt: skip
    precautions = dmc.Alert(plan.precautions, title="This point's precautions", color="yellow", mt="sm")
    return {
        **fresh,
        "area_flags": dmc.Stack([dmc.Checkbox(label=f, value=f) for f in area_flags], gap=6),
        "precautions": precautions,
        "technique_flags": dmc.Stack([dmc.Checkbox(label=c, value=c) for c in plan.contraindications], gap=6),
        "technique_label": f"Do not use {plan.technique.lower()} if" if plan.technique else "",
        "find": [dmc.Text(f"{plan.muscle}, {plan.side} side", fw=600), dmc.Text(plan.find)],
        "press": [
            note,
            dmc.Text(plan.press, mb="xs"),
            html.Ol([html.Li(s) for s in plan.press_steps], className="steps"),
        ],  # fmt: skip
        "pressure": plan.pressure,
        "timer_hidden": not plan.pressing,
        "stretch": dmc.Text(plan.stretch),
        "hold_data": _hold_data(plan.hold_choices),
        "hold": str(plan.hold_seconds),
    }


def ticked(value: object) -> list[str]:
    """The ticked values of a checkbox group, as strings (anything else the browser sends is dropped)."""
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


@callbacks.callback(
    Output(ids.GUIDED_STEPPER, "active", allow_duplicate=True),
    Output(ids.GUIDED_STOP, "children", allow_duplicate=True),
    Input(ids.GUIDED_NEXT, "n_clicks"),
    Input(ids.GUIDED_BACK, "n_clicks"),
    State(ids.GUIDED_STEPPER, "active"),
    State(ids.GUIDED_FLAGS_GENERAL, "value"),
    State(ids.GUIDED_FLAGS_AREA, "value"),
    State(ids.GUIDED_FLAGS_TECHNIQUE, "value"),
    State(ids.GUIDED_BEFORE, "value"),
    State(ids.URL, "search"),
    prevent_initial_call=True,
)
def move_step(_next: int, _back: int, active: object, general: object, area: object, technique: object,
              before: object, search: object):  # fmt: skip
    """Moves between steps: a ticked warning sign or "do not use it" stops the session at the check, and the
    session goes on from "Before" only with a rating."""
    step = active if isinstance(active, int) and 0 <= active <= LAST_STEP else 0
    if ctx.triggered_id == ids.GUIDED_BACK:
        return max(step - 1, 0), None
    dataset = current_dataset()
    state = parse_view(search, dataset).state
    if not state.point:
        return 0, dmc.Alert("Choose a trigger point first.", color="yellow", mt="sm")
    flags = ticked(general) + ticked(area)
    if step == 0 and flags:
        return 0, advice_box(red_flag_stop(flags))
    if step == 0 and ticked(technique):
        plan = guided_plan(dataset, state.point, state.side)
        return 0, advice_box(technique_stop(plan.technique or "this technique", ticked(technique)))
    if step == BEFORE_STEP and rating(before) is None:
        return step, dmc.Alert("Rate the pain from 0 to 10 before you start.", color="yellow", mt="sm")
    return min(step + 1, LAST_STEP), None
