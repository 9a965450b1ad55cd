"""The patient view of a point: plain words only, the self-care steps first, clinical terms only when asked."""

from __future__ import annotations

import re

from dash import html

from components.point_details import alert, safety_alerts, side_words
from triggerpoints.data import Dataset


def plain_words(text: str) -> str:
    """Text without its parenthesised clinical terms ("behind the ear (mastoid)" -> "behind the ear")."""
    return re.sub(r"\s*\([^()]*\)", "", text).strip()


def _list(labels: list[str]) -> str:
    """ "Right side of the neck, right ear" from the area labels."""
    return ", ".join([labels[0], *(label[0].lower() + label[1:] for label in labels[1:])]) if labels else ""


def _block(title: str, *children) -> html.Div:
    return html.Div([html.H3(title, className="patient-title"), *children], className="patient-block")


def render_patient_details(dataset: Dataset, point_id: str, side: str, notes: list) -> list:
    """The patient's panel: where it is, where it is felt, what to do at home, when to stop and see someone."""
    point = dataset.points[point_id]
    self_care = [dataset.techniques[k] for k in point.techniques if dataset.techniques[k].is_self_care]
    main = self_care[0] if self_care else None
    felt = [dataset.area_label(a, side) for a in point.referral_primary]
    sometimes = [dataset.area_label(a, side) for a in point.referral_spillover]
    return notes + [
        html.P(side_words(dataset, point_id, side).capitalize(), className="eyebrow"),
        html.H2(dataset.point_name(point_id), className="panel-title patient-muscle"),
        _block("Where it is", html.P(plain_words(point.location))),
        _block(
            "Where you may feel it",
            html.P(plain_words(point.referred_pain)),
            html.P(["Mostly: ", html.B(_list(felt))]),
            html.P(["Sometimes: ", html.B(_list(sometimes))]) if sometimes else None,
        ),
        _block(
            "What you can do at home",
            alert(
                "This spot is best released by a trained practitioner. At home, use only the gentle options.",
                None,
                "grape",
                "professional-note",
            )
            if not point.self_care_friendly
            else None,
            html.P(point.self_care),
            html.Ol([html.Li(step) for step in main.steps], className="steps") if main else None,
            html.P([html.B("How long, how often: "), main.dose], className="aside") if main else None,
        ),
        _block("Stretch", html.P(point.stretch)),
        *safety_alerts(dataset, point_id, "Stop and see a clinician first if…"),
        html.Details(
            [
                html.Summary("Clinical terms and sources (for your therapist)"),
                html.P([html.B("Anatomy: "), point.clinical_location or "—"], className="aside"),
                html.Ul([html.Li(s) for s in point.sources], className="sources"),
            ],
            className="clinical-terms",
        ),
    ]
