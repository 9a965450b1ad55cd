"""The details panel: everything about the selected trigger point, in plain words first."""

from __future__ import annotations

from collections.abc import Mapping

from dash import html

from components import ids
from components.technique_dialog import technique_list
from triggerpoints.areas import NAV_AREAS
from triggerpoints.data import Dataset
from triggerpoints.view_actions import condition_query


def create_point_details() -> html.Section:
    """The panel, empty in the layout: the browser draws it from the view in the URL (see `view_panels`)."""
    return html.Section(
        id=ids.POINT_DETAILS,
        className="point-details",
        **{"aria-live": "polite", "aria-label": "Trigger point details"},
    )


def alert(body: object, title: str | None, color: str, class_name: str) -> html.Div:
    """A tinted box with an optional title, coloured like the app's other notices."""
    return html.Div(
        [html.P(title, className="alert-title") if title else None, html.Div(body, className="alert-body")],
        className=f"alert alert-{color} {class_name}",
        role="note",
    )


def link_notes(notes: tuple[str, ...]) -> list:
    """Gentle notes about a link that could not be followed as written (nothing when there are none)."""
    if not notes:
        return []
    body = notes[0] if len(notes) == 1 else html.Ul([html.Li(n) for n in notes])
    return [alert(body, "About this link", "yellow", "link-note")]


def welcome(notes: tuple[str, ...] = ()) -> list:
    """What the panel says before anything is selected (with notes when a link could not be followed)."""
    return link_notes(notes) + [
        html.H2("Find the source of a pain", className="panel-title"),
        html.P(
            "Each X on the body marks a common trigger point (a tight, tender spot in a muscle). "
            "Click one, or search above, to see where it sends pain and how to ease it safely.",
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
    return html.Div([html.H3(title, className="section-title"), *children],
                    className=f"detail-section {class_name}".strip())  # fmt: skip


def _zone_row(dataset: Dataset, areas: tuple[str, ...], side: str, kind: str) -> html.P:
    """One line naming the areas of a zone, keyed like the map's legend."""
    label = "Essential: " if kind == "essential" else "Spillover: "
    return html.P(
        [html.Span(className=f"key key-{kind}", **{"aria-hidden": "true"}), html.B(label),
         ", ".join(dataset.area_label(a, side) for a in areas)],
        className="zone-row",
    )  # fmt: skip


def safety_alerts(dataset: Dataset, point_id: str, red_flag_title: str) -> list:
    """The point's precautions, then the red flags that mean seeing a clinician first (when it has any)."""
    point = dataset.points[point_id]
    alerts = [alert(point.precautions, "Take care", "orange", "precautions")]
    red_flags = dataset.red_flags(point_id)
    if red_flags:
        flags = html.Ul([html.Li(flag) for flag in red_flags], className="red-flags")
        alerts.append(alert(flags, red_flag_title, "red", "red-flag-box"))
    return alerts


def pain_welcome(notes: tuple[str, ...] = ()) -> list:
    """What the panel says in the pain finder before a candidate is chosen."""
    return link_notes(notes) + [
        html.P(
            "Choose a candidate to see its pain pattern over the marked areas, and how to ease it.",
            className="aside pain-welcome",
        ),
    ]


def _condition_item(dataset: Dataset, key: str, side: str) -> html.Li:
    """A condition with its description; its name links to the pain finder started from it, on this side.

    The browser follows the link within the page (`data-query`), like any other change of view."""
    condition = dataset.conditions[key]
    href = condition_query(dataset, key, side)
    name = (
        html.A(
            condition.name,
            href=f"/{href}",
            className="condition-link",
            title="Mark where this is felt and find the points that may cause it",
            **{"data-query": href},
        )
        if href
        else html.B(condition.name)
    )
    return html.Li([name, " — ", condition.description])


def _depth(dataset: Dataset, muscle: str) -> str:
    """How deep a muscle lies, in plain words ("Deep, under the trapezius and the sternocleidomastoid")."""
    row = dataset.muscles[muscle]
    if row.depth == "superficial":
        return "Near the surface, just under the skin and its fat"
    over = [f"the {name[0].lower()}{name[1:]}" for name in (dataset.muscles[k].name for k in row.covered_by)]
    return "Deep, under " + (f"{', '.join(over[:-1])} and {over[-1]}" if len(over) > 1 else over[0])


def _group_note(dataset: Dataset, muscle: str) -> html.P | None:
    """For a muscle the charts draw with others ("One of the scalenes, with scalenus medius, …"): why, in plain
    words."""
    key = dataset.muscles[muscle].group
    if not key:
        return None
    others = [dataset.muscles[m].name for m in dataset.members(key) if m != muscle]
    group = dataset.muscle_groups[key]
    named = f" (with {', '.join(others[:-1])} and {others[-1]})" if len(others) > 1 else ""
    named = f" (with {others[0]})" if len(others) == 1 else named
    return html.P([html.B(f"One of the {group.name[0].lower()}{group.name[1:]}"), named, ". ", group.note],
                  className="muscle-group")  # fmt: skip


def muscle_section(dataset: Dataset, point_id: str, other_points: Mapping[str, str]) -> html.Div:
    """ "The muscle": where it starts and ends, what it does and its nerve (plain words, the clinical terms beside
    them for students), how deep it lies, and its other trigger points, each a link (`data-query`, like the
    panel's other links) to the view that selects it."""
    point = dataset.points[point_id]
    muscle = dataset.muscles[point.muscle]
    facts = (
        ("Starts at (origin)", muscle.origin, muscle.origin_clinical),
        ("Ends at (insertion)", muscle.insertion, muscle.insertion_clinical),
        ("What it does (action)", muscle.action, muscle.action_clinical),
        ("Nerve (innervation)", muscle.nerve, muscle.nerve_clinical),
    )
    terms = []
    for term, plain, clinical in facts:
        terms += [html.Dt(term), html.Dd([plain, html.Small(clinical, className="clinical-term")])]
    terms += [html.Dt("How deep"), html.Dd(_depth(dataset, point.muscle))]
    links = [
        html.Li(
            html.A(dataset.point_label(p), href=f"/{query}", className="muscle-point-link", **{"data-query": query})
        )
        for p, query in other_points.items()
    ]
    part = f": this point lies in its {point.muscle_part}" if point.muscle_part else ""
    return _section(
        "The muscle",
        html.P([html.B(muscle.name), part], className="muscle-name"),
        _group_note(dataset, point.muscle),
        html.Dl(terms, className="muscle-facts"),
        html.P("Its other trigger points:", className="muscle-points-title") if links else None,
        html.Ul(links, className="muscle-points") if links else None,
        html.P("Anatomy: " + "; ".join(muscle.sources), className="aside"),
        class_name="muscle-section",
    )


def side_words(dataset: Dataset, point_id: str, side: str) -> str:
    """ "left side", or "right side only" for a point charted on one side only."""
    return f"{side} side" + (" only" if len(dataset.point_sides(point_id)) == 1 else "")


def point_name(dataset: Dataset, point_id: str) -> str:
    """The point's name, with its number when other points share that name ("Temporalis, point 2")."""
    name = dataset.point_name(point_id)
    number = point_id.rpartition("-")[2]
    several = sum(dataset.point_name(other) == name for other in dataset.points) > 1
    return f"{name}, point {number}" if several and number.isdigit() else name


def render_choices(dataset: Dataset, choices: tuple[tuple[str, str], ...], queries: tuple[str, ...]) -> list:
    """The Xs a click fell among, one button each (nearest first) carrying the view that selects it (`data-query`).

    Offered rather than guessed: on a crowded spot the X Plotly reports may be a neighbour of the one meant."""
    items = [
        html.Li(
            html.Button(
                [point_name(dataset, point_id), html.Span(f"{side} side", className="candidate-side")],
                type="button",
                className="candidate nearby-choice",
                **{"data-query": query},
            ),
            **{"data-point-id": point_id, "data-side": side},
        )
        for (point_id, side), query in zip(choices, queries, strict=True)
    ]
    return [
        html.H2("Several trigger points lie here:", className="panel-title"),
        html.P("Choose the one you meant.", className="aside"),
        html.Ul(items, className="candidate-list nearby-choices"),
    ]


def render_details(
    dataset: Dataset,
    point_id: str,
    side: str,
    notes: tuple[str, ...] = (),
    other_points: Mapping[str, str] | None = None,
) -> list:
    """The panel's content for one point on one side (after notes about the link, if any); `other_points` gives the
    view that selects each other point of its muscle, for "The muscle".

    Plain elements, as few as reads well: the cost of a selection in the browser grows with every component drawn.
    """
    point = dataset.points[point_id]
    techniques = [dataset.techniques[k] for k in point.techniques]
    self_care = [t for t in techniques if t.is_self_care]
    professional = [t for t in techniques if not t.is_self_care]
    conditions = [dataset.conditions[k] for k in point.conditions]
    anatomy = (
        html.P([html.B("Anatomy: "), point.clinical_location], className="aside") if point.clinical_location else None
    )
    return link_notes(notes) + [
        html.Div(
            [
                html.P(f"{NAV_AREAS[point.nav_area]} · {side_words(dataset, point_id, side)}", className="eyebrow"),
                html.H2(dataset.point_name(point_id), className="panel-title"),
                html.P("Also called: " + ", ".join(point.synonyms), className="aside") if point.synonyms else None,
            ],
            className="detail-head",
            **{"data-point-id": point_id, "data-side": side},  # stable hook
        ),
        _section("Where to find it", html.P(point.location), anatomy),
        _section(
            "Where it sends pain",
            html.P(point.referred_pain),
            _zone_row(dataset, point.referral_primary, side, "essential"),
            _zone_row(dataset, point.referral_spillover, side, "spillover") if point.referral_spillover else None,
        ),
        _section("How it can feel", html.P(point.symptoms)),
        _section(
            "Commonly associated with",
            html.Ul([_condition_item(dataset, c.key, side) for c in conditions], className="conditions")
            if conditions
            else html.P("No specific condition is linked to this point in the references."),
        ),
        _section(
            "Easing it yourself",
            alert(
                "This spot lies where nerves and blood vessels are close, or is hard to reach safely. "
                "It is best released by a trained practitioner; on your own, use only the gentle options below.",
                "Best left to a professional",
                "grape",
                "professional-note",
            )
            if not point.self_care_friendly
            else None,
            html.P(point.self_care),
            technique_list(self_care),
        ),
        _section("Stretch", html.P(point.stretch)),
        _section(
            "With a professional",
            html.P("These are done by a trained practitioner, never on yourself.", className="aside"),
            technique_list(professional),
        )
        if professional
        else None,
        *safety_alerts(dataset, point_id, "See a clinician first if…"),
        muscle_section(dataset, point_id, other_points or {}),
        _section(
            "Sources",
            html.Ul([html.Li(s) for s in point.sources], className="sources"),
            html.P(point.notes, className="aside") if point.notes else None,
            class_name="sources-section",
        ),
    ]
