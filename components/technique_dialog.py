"""A release technique, step by step, in a dialog opened from the details panel.

The panel lists a point's techniques by name only, which keeps it short; the browser reports a pressed technique
button (`data-technique`) in the TECHNIQUE_REQUEST store, and the dialog shows its steps and warnings.
"""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import Input, Output, dcc, html, no_update

from components import ids
from components.callbacks import Callbacks
from components.context import current_dataset
from triggerpoints.schema import TechniqueRow

callbacks = Callbacks()
register = callbacks.register  # binds this module's callbacks to the app being built


def create_technique_dialog() -> html.Div:
    """The dialog, closed until a technique is chosen, and the store the panel's buttons write to."""
    return html.Div(
        [
            dcc.Store(id=ids.TECHNIQUE_REQUEST),
            dmc.Modal(id=ids.TECHNIQUE_DIALOG, opened=False, size="lg", className="technique-dialog",
                      closeButtonProps={"aria-label": "Close"}),
        ]
    )  # fmt: skip


def kind_label(technique: TechniqueRow) -> html.Span:
    """The badge that says who may do it: "Self-care" or "Professional only"."""
    kind = "self-care" if technique.is_self_care else "professional"
    return html.Span("Self-care" if technique.is_self_care else "Professional only", className=f"kind kind-{kind}")


def technique_list(techniques: list[TechniqueRow]) -> html.Ul:
    """The techniques as buttons that open their steps, each with its badge."""
    return html.Ul(
        [
            html.Li(
                html.Button([t.name, kind_label(t)], type="button", className="technique-open",
                            **{"aria-haspopup": "dialog", "data-technique": t.key})
            )
            for t in techniques
        ],
        className="techniques",
    )  # fmt: skip


def technique_body(technique: TechniqueRow) -> list:
    """What the dialog shows: who may do it, what it is, the steps, the dose and when not to use it."""
    steps_title = "Steps" if technique.is_self_care else "What a trained practitioner does (not for self-treatment)"
    return [
        kind_label(technique),
        html.P(technique.summary),
        html.H3(steps_title, className="section-title"),
        html.Ol([html.Li(step) for step in technique.steps], className="steps"),
        html.P([html.B("How long, how often: "), technique.dose]),
        html.H3("Do not use it", className="section-title") if technique.contraindications else None,
        html.Ul([html.Li(c) for c in technique.contraindications], className="contra"),
    ]


@callbacks.callback(
    Output(ids.TECHNIQUE_DIALOG, "opened"),
    Output(ids.TECHNIQUE_DIALOG, "title"),
    Output(ids.TECHNIQUE_DIALOG, "children"),
    Input(ids.TECHNIQUE_REQUEST, "data"),
    prevent_initial_call=True,
)
def open_technique(request: object):
    """Opens the dialog on the technique whose button was pressed ({"technique": key, "at": a count})."""
    techniques = current_dataset().techniques
    key = request.get("technique") if isinstance(request, dict) else None
    if not (isinstance(key, str) and key in techniques):
        return no_update, no_update, no_update
    technique = techniques[key]
    return True, technique.name, technique_body(technique)
