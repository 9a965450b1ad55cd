"""The details panel: everything about the selected trigger point, in plain words first."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import dcc, html

from components import ids
from triggerpoints.areas import NAV_AREAS
from triggerpoints.data import Dataset
from triggerpoints.schema import TechniqueRow
from triggerpoints.view_state import condition_query


def create_point_details() -> html.Section:
    """The panel, showing the welcome text until a point is selected."""
    return html.Section(
        welcome(),
        id=ids.POINT_DETAILS,
        className="point-details",
        **{"aria-live": "polite", "aria-label": "Trigger point details"},
    )


def link_notes(notes: tuple[str, ...]) -> list:
    """Gentle notes about a link that could not be followed as written (nothing when there are none)."""
    if not notes:
        return []
    body = notes[0] if len(notes) == 1 else html.Ul([html.Li(n) for n in notes])
    return [dmc.Alert(body, title="About this link", color="yellow", className="link-note", mb="md")]


def welcome(notes: tuple[str, ...] = ()) -> list:
    """What the panel says before anything is selected (with notes when a link could not be followed)."""
    return link_notes(notes) + [
        dmc.Title("Find the source of a pain", order=2, className="panel-title"),
        dmc.Text(
            "Each X on the body marks a common trigger point (a tight, tender spot in a muscle). "
            "Click one, or search above, to see where it sends pain and how to ease it safely.",
            mb="sm",
        ),
        _legend_list(),
    ]


def _legend_list() -> html.Ul:
    return html.Ul(
        [
            html.Li([html.Span(className="key key-x", **{"aria-hidden": "true"}), "Trigger point (X)"]),
            html.Li(
                [
                    html.Span(className="key key-essential", **{"aria-hidden": "true"}),
                    "Essential zone: where its pain is usually felt",
                ]
            ),
            html.Li(
                [
                    html.Span(className="key key-spillover", **{"aria-hidden": "true"}),
                    "Spillover zone: where it is sometimes felt",
                ]
            ),
        ],
        className="legend-list",
    )


def _section(title: str, *children, class_name: str = "") -> html.Div:
    return html.Div(
        [dmc.Title(title, order=4, className="section-title"), *children],
        className=f"detail-section {class_name}".strip(),
    )


def _area_badges(dataset: Dataset, areas: tuple[str, ...], side: str, kind: str) -> list:
    return [
        dmc.Badge(
            dataset.area_label(a, side),
            variant="light" if kind == "spillover" else "filled",
            color="red",
            radius="sm",
            className=f"zone-badge zone-{kind}",
        )
        for a in areas
    ]


def _technique_item(technique: TechniqueRow) -> dmc.AccordionItem:
    label = "Self-care" if technique.is_self_care else "Professional only"
    steps_title = "Steps" if technique.is_self_care else "What a trained practitioner does (not for self-treatment)"
    return dmc.AccordionItem(
        [
            dmc.AccordionControl(
                dmc.Group(
                    [
                        dmc.Text(technique.name, fw=600),
                        dmc.Badge(label, color="teal" if technique.is_self_care else "grape", variant="light"),
                    ],
                    gap="xs",
                    wrap="wrap",
                )
            ),
            dmc.AccordionPanel(
                [
                    dmc.Text(technique.summary, mb="xs"),
                    dmc.Text(steps_title, fw=600, size="sm"),
                    html.Ol([html.Li(step) for step in technique.steps], className="steps"),
                    dmc.Text([html.B("How long, how often: "), technique.dose], size="sm", mb="xs"),
                    dmc.Text("Do not use it", fw=600, size="sm") if technique.contraindications else None,
                    html.Ul([html.Li(c) for c in technique.contraindications], className="contra"),
                ]
            ),
        ],
        value=technique.key,
    )


def safety_alerts(dataset: Dataset, point_id: str, red_flag_title: str) -> list:
    """The point's precautions, then the red flags that mean seeing a clinician first (when it has any)."""
    point = dataset.points[point_id]
    alerts = [dmc.Alert(point.precautions, title="Take care", color="orange", className="precautions", mt="md")]
    red_flags = dataset.red_flags(point_id)
    if red_flags:
        flags = html.Ul([html.Li(flag) for flag in red_flags], className="red-flags")
        alerts.append(dmc.Alert(flags, title=red_flag_title, color="red", className="red-flag-box", mt="sm"))
    return alerts


def pain_welcome(notes: tuple[str, ...] = ()) -> list:
    """What the panel says in the pain finder before a candidate is chosen."""
    return link_notes(notes) + [
        dmc.Text(
            "Choose a candidate to see its pain pattern over the marked areas, and how to ease it.",
            size="sm",
            c="dimmed",
            className="pain-welcome",
        ),
    ]


def _condition_item(dataset: Dataset, key: str, side: str) -> html.Li:
    """A condition with its description; its name links to the pain finder started from it, on this side."""
    condition = dataset.conditions[key]
    href = condition_query(dataset, key, side)
    name = (
        dcc.Link(
            condition.name,
            href=f"/{href}",
            className="condition-link",
            title="Mark where this is felt and find the points that may cause it",
        )
        if href
        else html.B(condition.name)
    )
    return html.Li([name, " — ", condition.description])


def render_details(dataset: Dataset, point_id: str, side: str, notes: tuple[str, ...] = ()) -> list:
    """The panel's content for one point on one side (after notes about the link, if any)."""
    point = dataset.points[point_id]
    techniques = [dataset.techniques[k] for k in point.techniques]
    self_care = [t for t in techniques if t.is_self_care]
    professional = [t for t in techniques if not t.is_self_care]
    conditions = [dataset.conditions[k] for k in point.conditions]
    return link_notes(notes) + [
        html.Div(
            [
                dmc.Text(f"{NAV_AREAS[point.nav_area]} · {side} side", size="sm", c="dimmed", className="eyebrow"),
                dmc.Title(point.muscle, order=2, className="panel-title"),
                dmc.Text("Also called: " + ", ".join(point.synonyms), size="sm", c="dimmed")
                if point.synonyms
                else None,
            ],
            className="detail-head",
            **{"data-point-id": point_id, "data-side": side},  # stable hook
        ),
        _section(
            "Where to find it",
            dmc.Text(point.location),
            dmc.Text([html.B("Anatomy: "), point.clinical_location], size="sm", c="dimmed", mt=4)
            if point.clinical_location
            else None,
        ),
        _section(
            "Where it sends pain",
            dmc.Text(point.referred_pain, mb="xs"),
            dmc.Group(
                [
                    dmc.Text("Essential:", size="sm", fw=600),
                    *_area_badges(dataset, point.referral_primary, side, "essential"),
                ],
                gap=6,
                className="zone-row",
            ),
            dmc.Group(
                [
                    dmc.Text("Spillover:", size="sm", fw=600),
                    *_area_badges(dataset, point.referral_spillover, side, "spillover"),
                ],
                gap=6,
                className="zone-row",
                mt=6,
            )
            if point.referral_spillover
            else None,
        ),
        _section("How it can feel", dmc.Text(point.symptoms)),
        _section(
            "Commonly associated with",
            html.Ul([_condition_item(dataset, c.key, side) for c in conditions], className="conditions")
            if conditions
            else dmc.Text("No specific condition is linked to this point in the references."),
        ),
        _section(
            "Easing it yourself",
            dmc.Alert(
                "This spot lies where nerves and blood vessels are close, or is hard to reach safely. "
                "It is best released by a trained practitioner; on your own, use only the gentle options below.",
                color="grape",
                title="Best left to a professional",
                className="professional-note",
                mb="xs",
            )
            if not point.self_care_friendly
            else None,
            dmc.Text(point.self_care, mb="xs"),
            dmc.Accordion(
                [_technique_item(t) for t in self_care], multiple=True, variant="separated", className="techniques"
            ),
        ),
        _section("Stretch", dmc.Text(point.stretch)),
        _section(
            "With a professional",
            dmc.Text("These are done by a trained practitioner, never on yourself.", size="sm", c="dimmed", mb="xs"),
            dmc.Accordion(
                [_technique_item(t) for t in professional], multiple=True, variant="separated", className="techniques"
            ),
        )
        if professional
        else None,
        *safety_alerts(dataset, point_id, "See a clinician first if…"),
        _section(
            "Sources",
            html.Ul([html.Li(s) for s in point.sources], className="sources"),
            dmc.Text(point.notes, size="sm", c="dimmed") if point.notes else None,
            class_name="sources-section",
        ),
    ]
