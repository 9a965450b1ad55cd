"""The details panel and the pain finder's candidate list, drawn by the browser from HTML the server writes, and
the figure's clicks: one module pair with one owner (this module and `assets/view_panels.js`).

A click on an X, on the body in the pain finder, on a candidate or on a condition link is answered by `/_view`
(`answer_view`, served by `server/view_route.py`), a plain request rather than a Dash callback: the server applies
the click with the one state machine (`triggerpoints.view_actions.apply`), and answers the new view's query, its
panels and the figure's zone (from the figure's owner, `triggerpoints.map_changes.view_geometry`). The browser
draws what it was answered, then hands the view to Dash (VIEW_REQUEST), whose `navigation.update_view` puts it in
the URL and updates the rest: two requests per click. Any other change of view reaches the browser through the
VIEW store, and the browser asks `/_view` for its panels. The script decides nothing: where a click goes (the
view, the quiz or nowhere) comes with the view from the server, and the ids it uses come from the page.

Why not a Dash callback: a selection drawn through Dash's renderer costs far more than a minimal Dash round trip,
because every store update visits every component on the page (docs/performance.md measures both paths).
"""

from __future__ import annotations

from dash import ClientsideFunction, Input, dcc

from components import ids
from components.callbacks import Callbacks
from components.html_fragment import to_html
from components.pain_finder import candidates_section
from components.patient_details import render_patient_details
from components.point_details import link_notes, pain_welcome, render_choices, render_details, welcome
from triggerpoints.data import Dataset
from triggerpoints.map_changes import view_geometry
from triggerpoints.pain_finder import PainIndex, rank_candidates
from triggerpoints.point_filters import allowed_points
from triggerpoints.view_actions import ClickMap, apply, candidate_query
from triggerpoints.view_state import PAIN, STUDY, ViewState, parse_view, view_query

callbacks = Callbacks()
register = callbacks.register  # binds this module's callbacks to the app being built


class BadViewRequest(ValueError):
    """A request to /_view that the app's own page would never send."""


def create_view_stores() -> list[dcc.Store]:
    """The stores between the browser's drawing and Dash: the view the page shows (VIEW, written by the server)
    and a view the browser has drawn after a click (VIEW_REQUEST, written by the browser)."""
    return [dcc.Store(id=ids.VIEW), dcc.Store(id=ids.VIEW_REQUEST)]


def details_panel(dataset: Dataset, state: ViewState, notes: tuple[str, ...] = ()) -> list:
    """The details panel for a view: the Xs a click fell among, the point (for the therapist, or in plain words for
    the patient) or a welcome."""
    if state.choices:
        queries = tuple(candidate_query(state, point_id, side, dataset) for point_id, side in state.choices)
        return render_choices(dataset, state.choices, queries)
    if state.point and state.patient:
        return render_patient_details(dataset, state.point, state.side, link_notes(notes))
    if state.point:
        muscle = dataset.points[state.point].muscle
        others = {
            p: candidate_query(state, p, state.side, dataset) for p in dataset.muscle_points(muscle) if p != state.point
        }
        return render_details(dataset, state.point, state.side, notes, others)
    return pain_welcome(notes) if state.mode == PAIN else welcome(notes)


def candidates_panel(dataset: Dataset, index: PainIndex, state: ViewState) -> list:
    """The pain finder's ranked candidates for the marked regions, within the view's filters."""
    allowed = allowed_points(dataset, state.filters) if state.filters.active else None
    return candidates_section(dataset, rank_candidates(dataset, index, state.marked, allowed), state)


def view_panels(dataset: Dataset, index: PainIndex, state: ViewState, notes: tuple[str, ...] = ()) -> dict:
    """What the browser draws for a view: the details and candidates as HTML, and the figure's shapes (none in
    study mode, where the quiz frames the figure)."""
    return {
        "details": to_html(details_panel(dataset, state, notes)),
        "candidates": to_html(candidates_panel(dataset, index, state)) if state.mode == PAIN else "",
        "shapes": None if state.mode == STUDY else view_geometry(dataset, state),
    }


def map_click(click: object) -> ClickMap:
    """The click the browser forwarded ({"points": [{"customdata": ...}], "xvals": [x], "yvals": [y], "scale":
    figure units per pixel, "coarse": true for a finger}), as the state machine's action; anything missing or
    malformed is left out, for `apply` to ignore."""
    click = click if isinstance(click, dict) else {}

    def first(values: object) -> object:
        return values[0] if isinstance(values, list) and values else None

    point = first(click.get("points"))
    return ClickMap(point.get("customdata") if isinstance(point, dict) else None, first(click.get("xvals")),
                    first(click.get("yvals")), click.get("scale"), click.get("coarse") is True)  # fmt: skip


def answer_view(dataset: Dataset, index: PainIndex, body: object) -> dict:
    """The answer to /_view: the view after an optional click on the map, its query and its panels.

    body: {"view": a URL query, "click": Plotly's click data (optional)}. A click that asks for nothing is answered
    {"query": null}."""
    if not isinstance(body, dict):
        raise BadViewRequest("the request must be a JSON object")
    view = body.get("view", "")
    if not isinstance(view, str):
        raise BadViewRequest("view must be a URL query")
    # The page sends the view it shows, so a view is read as the URL is: no further than MAX_QUERY characters (with
    # a note when it goes beyond), the same bound and the same answer as the Dash callbacks give.
    parsed = parse_view(view, dataset)
    state, notes = parsed.state, parsed.notes
    if "click" in body:
        clicked = apply(state, map_click(body["click"]), dataset, index)
        if clicked is state:
            return {"query": None}
        state, notes = clicked, ()
    return {"query": view_query(state, dataset), **view_panels(dataset, index, state, notes)}


# The panels follow the view: drawn again whenever it changes (a link, Back, search, a chip, a filter...). The
# script learns from the same value where the figure's clicks go.
callbacks.clientside_callback(ClientsideFunction("views", "follow"), Input(ids.VIEW, "data"))
