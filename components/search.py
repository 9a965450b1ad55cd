"""The search box and "Browse all trigger points": points found by muscle, synonym, body region or condition, listed
one entry per muscle with a button for each of its points."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import Input, Output, html

from components import ids
from components.callbacks import Callbacks
from components.context import current_dataset
from triggerpoints.areas import NAV_AREAS
from triggerpoints.data import Dataset
from triggerpoints.search import MuscleHit, search_muscles
from triggerpoints.untrusted import MAX_SEARCH, bounded_text

callbacks = Callbacks()
register = callbacks.register  # binds this module's callbacks to the app being built

BROWSE_OPEN = "all"


def create_search() -> html.Div:
    """The search input and its (initially empty) list of results."""
    return html.Div(
        [
            dmc.TextInput(
                id=ids.SEARCH,
                placeholder="Search a muscle, body area or condition (e.g. SCM, temple, tennis elbow)",
                label="Search trigger points",
                debounce=150,
                leftSection=html.Span("⌕", className="search-icon", **{"aria-hidden": "true"}),
                className="search-input",
                size="md",
            ),
            html.Div(
                id=ids.SEARCH_RESULTS,
                className="search-results",
                role="list",
                **{"aria-label": "Search results", "aria-live": "polite"},
            ),
        ],
        className="search",
    )


def create_browse_list() -> dmc.Accordion:
    """ "Browse all trigger points", closed: its buttons are drawn only while it is open (see show_browse_list)."""
    return dmc.Accordion(
        dmc.AccordionItem(
            [
                dmc.AccordionControl("Browse all trigger points"),
                dmc.AccordionPanel(html.Div(id=ids.BROWSE_GROUPS)),
            ],
            value=BROWSE_OPEN,
        ),
        id=ids.BROWSE_LIST,
        variant="contained",
        className="browse-list",
    )


def _browse_button(point_id: str, label: str) -> html.Button:
    return html.Button(label, id={"type": ids.BROWSE_ITEM, "point": point_id}, n_clicks=0, className="browse-item")


def _browse_muscle(dataset: Dataset, muscle: str, points: list[str]) -> html.Div | html.Button:
    """A muscle's points in one body area: one button named after the muscle when it has a single point, else the
    muscle's name with a button per point."""
    if len(dataset.muscle_points(muscle)) == 1:
        return _browse_button(points[0], dataset.point_name(points[0]))
    buttons = [_browse_button(p, dataset.point_label(p)) for p in points]
    return html.Div([html.Span(dataset.muscles[muscle].name, className="browse-muscle"), *buttons],
                    className="browse-muscle-group")  # fmt: skip


def browse_groups(dataset: Dataset) -> list:
    """Every trigger point as a button, grouped by body area and within it by muscle: the whole map without using
    the figure."""
    groups = []
    for nav, label in NAV_AREAS.items():
        muscles: dict[str, list[str]] = {}
        for point_id, point in dataset.points.items():
            if point.nav_area == nav:
                muscles.setdefault(point.muscle, []).append(point_id)
        entries = [
            _browse_muscle(dataset, key, muscles[key]) for key in sorted(muscles, key=lambda k: dataset.muscles[k].name)
        ]
        groups.append(
            html.Div([dmc.Text(label, fw=600, size="sm", mt="xs"), html.Div(entries, className="browse-group")])
        )
    return groups


@callbacks.callback(Output(ids.BROWSE_GROUPS, "children"), Input(ids.BROWSE_LIST, "value"), prevent_initial_call=True)
def show_browse_list(opened: object) -> list:
    """Draws the buttons when the list opens and removes them when it closes.

    Every mounted Dash component adds to the cost of every update in the browser, so a list of every point (128
    buttons, or thousands on a larger dataset) is only kept while someone is reading it.
    """
    return browse_groups(current_dataset()) if opened == BROWSE_OPEN else []


def _result_button(point_id: str, children: list | str, class_name: str = "search-result") -> html.Button:
    return html.Button(children, id={"type": ids.SEARCH_RESULT, "point": point_id}, className=class_name, n_clicks=0)


def result_entry(dataset: Dataset, hit: MuscleHit) -> html.Div:
    """One muscle among the results: a single button when the muscle has one point, else its name and why it
    matched, with a button for each matching point beneath."""
    head = [html.Span(hit.name, className="result-muscle"), html.Span(hit.reason, className="result-reason")]
    if len(dataset.muscle_points(hit.muscle)) == 1:
        [(point_id, _)] = hit.points
        head[0] = html.Span(dataset.point_name(point_id), className="result-muscle")
        return html.Div(_result_button(point_id, head), className="result-group", role="listitem")
    buttons = [_result_button(p, label, "search-result result-point") for p, label in hit.points]
    return html.Div([html.Div(head, className="result-head"), *buttons], className="result-group", role="listitem")


def result_buttons(query: str | None) -> list:
    """The results for a query, one entry per muscle (with a gentle note when nothing matches)."""
    dataset = current_dataset()
    hits = search_muscles(dataset, query)
    if not hits:
        return [dmc.Text("No trigger point matches that yet.", size="sm", c="dimmed")] if (query or "").strip() else []
    return [result_entry(dataset, hit) for hit in hits]


@callbacks.callback(Output(ids.SEARCH_RESULTS, "children"), Input(ids.SEARCH, "value"))
def show_results(query: object) -> list:
    """Lists the points that match what the user typed (its first MAX_SEARCH characters: anything may be sent)."""
    return result_buttons(bounded_text(query, MAX_SEARCH))
