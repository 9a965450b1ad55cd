"""The details panel and the pain finder's candidate list, drawn by the browser from HTML the server writes.

A click on an X, on the body in the pain finder, on a candidate or on a condition link is answered by `/_view`, a
plain request rather than a Dash callback: the browser draws the new panels and the figure's zone at once
(`assets/view_panels.js`), then hands the view to Dash (VIEW_REQUEST), which updates the URL and the rest. Any
other change of view arrives as a new URL, and the browser asks `/_view` for its panels.

Why: a selection drawn through Dash's renderer cost three times a minimal Dash round trip, however small the
panel, because every store update visits every component on the page (docs/performance.md).
"""

from __future__ import annotations

import math

from dash import ClientsideFunction, Input, clientside_callback, dcc
from flask import Flask, Response, jsonify, request

from components import ids
from components.context import current_dataset, current_pain_index
from components.figure_patches import view_geometry
from components.html_fragment import to_html
from components.pain_finder import candidates_section
from components.patient_details import render_patient_details
from components.point_details import link_notes, pain_welcome, render_details, welcome
from components.point_filters import read_filters
from triggerpoints import view_state as views
from triggerpoints.data import Dataset
from triggerpoints.pain_finder import PainIndex, rank_candidates
from triggerpoints.point_filters import PointFilters, allowed_points
from triggerpoints.view_state import EXPLORE, PAIN, STUDY, ViewState

VIEW_PATH = "/_view"
MAX_COORDINATE = 1e6  # far outside the figure (680 x 840); bounds integers too large for a float


class BadViewRequest(ValueError):
    """A request to /_view that the app's own page would never send."""


def create_view_request() -> dcc.Store:
    """The store through which the browser hands Dash a view it has already drawn."""
    return dcc.Store(id=ids.VIEW_REQUEST)


def details_panel(dataset: Dataset, state: ViewState, notes: tuple[str, ...] = ()) -> list:
    """The details panel for a view: the point (for the therapist, or in plain words for the patient) or a welcome."""
    if state.point and state.patient:
        return render_patient_details(dataset, state.point, state.side, link_notes(notes))
    if state.point:
        return render_details(dataset, state.point, state.side, notes)
    return pain_welcome(notes) if state.mode == PAIN else welcome(notes)


def view_panels(
    dataset: Dataset, index: PainIndex, state: ViewState, filters: PointFilters, notes: tuple[str, ...] = ()
) -> dict:
    """What the browser draws for a view: the details and candidates as HTML, and the figure's shapes (none in
    study mode, where the quiz owns the figure)."""
    candidates = ""
    if state.mode == PAIN:
        allowed = allowed_points(dataset, filters) if filters.active else None
        ranked = rank_candidates(dataset, index, state.marked, allowed)
        candidates = to_html(candidates_section(dataset, ranked, state))
    return {
        "details": to_html(details_panel(dataset, state, notes)),
        "candidates": candidates,
        "shapes": None if state.mode == STUDY else view_geometry(dataset, state),
    }


def clicked_state(click: object, state: ViewState, dataset: Dataset, index: PainIndex) -> ViewState | None:
    """An X click selects its point (explorer); a click on the body toggles its region (pain finder).

    None when the click asks for nothing: off an X, outside the body, in another mode, or not a click at all."""
    click = click if isinstance(click, dict) else {}
    points = click.get("points") if isinstance(click.get("points"), list) else []
    custom = points[0].get("customdata") if points and isinstance(points[0], dict) else None
    if state.mode == EXPLORE:
        if (
            isinstance(custom, list)
            and len(custom) == 2
            and isinstance(custom[0], str)
            and custom[0] in dataset.points
            and custom[1] in views.SIDES
        ):
            return views.select_point(state, custom[0], custom[1])
        return None
    if state.mode != PAIN:
        return None  # study answers and guided self-care have their own callbacks
    x, y = _coordinate(click.get("xvals")), _coordinate(click.get("yvals"))
    if x is None or y is None:
        return None
    region = index.region_at(x, y)
    return views.toggle_region(state, region) if region else None


def _coordinate(values: object) -> float | None:
    """The first of Plotly's click coordinates, when it is a finite number (Plotly never sends anything else)."""
    value = values[0] if isinstance(values, list) and values else None
    if not isinstance(value, int | float) or isinstance(value, bool) or abs(value) > MAX_COORDINATE:
        return None
    return float(value) if math.isfinite(value) else None


def answer_view(dataset: Dataset, index: PainIndex, body: object) -> dict:
    """The answer to /_view: the view after an optional click on the body, its query and its panels.

    body: {"view": a URL query, "click": Plotly's click data (optional), "filters": {"nav", "condition",
    "technique", "self_care"} (optional)}. A click that asks for nothing is answered {"query": null}."""
    if not isinstance(body, dict):
        raise BadViewRequest("the request must be a JSON object")
    view, filters = body.get("view", ""), body.get("filters") or {}
    if not isinstance(view, str):
        raise BadViewRequest("view must be a URL query")
    if not isinstance(filters, dict):
        raise BadViewRequest("filters must be an object")
    # The page sends whatever the address holds, so a view is read as the URL is: no further than MAX_QUERY
    # characters (with a note when it goes beyond), the same bound and the same answer as the Dash callbacks give.
    parsed = views.parse_view(view, dataset)
    state, notes = parsed.state, parsed.notes
    if "click" in body:
        state, notes = clicked_state(body["click"], state, dataset, index), ()
        if state is None:
            return {"query": None}
    chosen = read_filters(filters.get("nav"), filters.get("condition"), filters.get("technique"),
                          filters.get("self_care"))  # fmt: skip
    return {"query": views.view_query(state), **view_panels(dataset, index, state, chosen, notes)}


def register_view_panels(server: Flask) -> None:
    """Adds /_view to the app's Flask server."""

    @server.post(VIEW_PATH)
    def view_answer() -> Response | tuple[Response, int]:
        try:
            return jsonify(answer_view(current_dataset(), current_pain_index(), request.get_json(silent=True)))
        except BadViewRequest as error:
            return jsonify(error=str(error), status=400), 400


# The panels follow the URL and the filters: drawn again whenever either changes (and once on load).
clientside_callback(
    ClientsideFunction("views", "follow"),
    Input(ids.URL, "search"),
    Input(ids.FILTER_NAV, "value"),
    Input(ids.FILTER_CONDITION, "value"),
    Input(ids.FILTER_TECHNIQUE, "value"),
    Input(ids.FILTER_SELF_CARE, "checked"),
)
