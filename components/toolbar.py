"""The toolbar above the map: the mode switch, the patient view, dark mode, sharing and the handout."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import Input, Output, State, ctx, dcc, html

from components import ids
from components.callbacks import Callbacks
from components.context import current_dataset
from components.mode_switch import create_mode_switch
from triggerpoints.data import Dataset
from triggerpoints.handout_links import add_selection, handout_query, parse_handout_list

callbacks = Callbacks()
register = callbacks.register  # binds this module's callbacks to the app being built


def create_toolbar() -> html.Div:
    """Modes on the left; view switches, Share and Handout on the right."""
    return html.Div(
        [
            html.Div(create_mode_switch(), className="toolbar-modes"),
            html.Div(
                [
                    dmc.Switch(id=ids.PATIENT_SWITCH, label="Patient view", checked=False, size="sm"),
                    dmc.Switch(id=ids.THEME_SWITCH, label="Dark mode", checked=False, size="sm"),
                    html.Div(
                        [
                            dcc.Clipboard(
                                id=ids.SHARE,
                                target_id=ids.SHARE_URL,
                                className="share-copy",
                                title="Copy a link to this view",
                            ),
                            html.Span("Share", className="share-label", **{"aria-hidden": "true"}),
                            html.Span(id=ids.SHARE_URL, className="visually-hidden", **{"aria-hidden": "true"}),
                        ],
                        className="share",
                    ),
                    html.Span(id=ids.SHARE_NOTE, className="share-note", role="status"),
                ],
                className="toolbar-actions",
            ),
            dcc.Store(id=ids.THEME_STORE, storage_type="local"),
            dcc.Store(id=ids.HANDOUT_LIST, storage_type="session", data=[]),
        ],
        className="toolbar",
    )


def create_handout_bar() -> html.Div:
    """Collects points for a printable handout and links to it."""
    return html.Div(
        [
            dmc.Button("Add to handout", id=ids.HANDOUT_ADD, variant="light", size="xs", n_clicks=0),
            html.A("Open handout", id=ids.HANDOUT_LINK, href="/handout", target="_blank", className="handout-link"),
            dmc.Button("Clear list", id=ids.HANDOUT_CLEAR, variant="default", size="xs", n_clicks=0),
        ],
        className="handout-bar",
    )


# The address of the current view (it holds the point, side, marks and patient view) is what Share copies.
callbacks.clientside_callback(
    "function (href) { return href || window.location.href; }",
    Output(ids.SHARE_URL, "children"),
    Input(ids.URL, "href"),
)

callbacks.clientside_callback(
    "function (clicks, url) { return 'Link copied: ' + url; }",
    Output(ids.SHARE_NOTE, "children"),
    Input(ids.SHARE, "n_clicks"),
    State(ids.SHARE_URL, "children"),
    prevent_initial_call=True,
)


@callbacks.callback(
    Output(ids.HANDOUT_LIST, "data"),
    Input(ids.HANDOUT_ADD, "n_clicks"),
    Input(ids.HANDOUT_CLEAR, "n_clicks"),
    State(ids.HANDOUT_LIST, "data"),
    State(ids.URL, "search"),
    prevent_initial_call=True,
)
def update_handout_list(_add: int, _clear: int, current: object, search: object) -> list[str]:
    """Adds the selected point (with its side) to the handout list, or empties the list."""
    if ctx.triggered_id == ids.HANDOUT_CLEAR:
        return []
    return add_selection(current_dataset(), parse_handout_list(current), search)


def handout_link(dataset: Dataset, collected: list[str], query: str) -> tuple[str, str]:
    """The handout link's address and text: the collected points, or the view's selected point when none are.

    Drawn by `navigation.update_view` (the link's one writer), with the view and whenever the list changes."""
    count = len(collected)
    label = f"Open handout ({count} points)" if count > 1 else "Open handout"
    return f"/handout{handout_query(dataset, collected, query)}", label
