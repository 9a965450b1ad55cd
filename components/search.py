"""The search box: finds points by muscle, synonym, body region or condition and lists them as buttons."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import Input, Output, html

from components import ids
from components.callbacks import Callbacks
from components.context import current_dataset
from triggerpoints.areas import NAV_AREAS
from triggerpoints.data import Dataset
from triggerpoints.search import search_points
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


def browse_groups(dataset: Dataset) -> list:
    """Every trigger point as a button, grouped by body area: the whole map without using the figure."""
    groups = []
    for nav, label in NAV_AREAS.items():
        points = sorted((p for p in dataset.points.values() if p.nav_area == nav), key=lambda p: (p.muscle, p.id))
        buttons = [html.Button(p.muscle, id={"type": ids.BROWSE_ITEM, "point": p.id}, n_clicks=0,
                               className="browse-item") for p in points]  # fmt: skip
        groups.append(
            html.Div([dmc.Text(label, fw=600, size="sm", mt="xs"), html.Div(buttons, className="browse-group")])
        )
    return groups


@callbacks.callback(Output(ids.BROWSE_GROUPS, "children"), Input(ids.BROWSE_LIST, "value"), prevent_initial_call=True)
def show_browse_list(opened: object) -> list:
    """Draws the buttons when the list opens and removes them when it closes.

    Every mounted Dash component adds to the cost of every update in the browser, so a list of every point (128
    buttons, or thousands on a larger dataset) is only kept while someone is reading it.
    """
    return browse_groups(current_dataset()) if opened == BROWSE_OPEN else []


def result_buttons(query: str | None) -> list:
    """The result buttons for a query (with a gentle note when nothing matches)."""
    hits = search_points(current_dataset(), query)
    if not hits:
        return [dmc.Text("No trigger point matches that yet.", size="sm", c="dimmed")] if (query or "").strip() else []
    return [
        html.Button(
            [html.Span(hit.muscle, className="result-muscle"), html.Span(hit.reason, className="result-reason")],
            id={"type": ids.SEARCH_RESULT, "point": hit.point_id},
            className="search-result",
            role="listitem",
            n_clicks=0,
        )
        for hit in hits
    ]


@callbacks.callback(Output(ids.SEARCH_RESULTS, "children"), Input(ids.SEARCH, "value"))
def show_results(query: object) -> list:
    """Lists the points that match what the user typed (its first MAX_SEARCH characters: anything may be sent)."""
    return result_buttons(bounded_text(query, MAX_SEARCH))
