"""The toolbar above the map: the mode switch, the patient view, dark mode, sharing and the handout."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import Input, Output, State, ctx, dcc, html

from components import ids
from components.callbacks import Callbacks
from components.context import current_dataset
from components.mode_switch import create_mode_switch
from triggerpoints.data import Dataset
from triggerpoints.handout_links import MAX_POINTS, add_selection, handout_query, parse_handout_list
from triggerpoints.view_state import parse_view

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
                            dmc.Button(
                                "Share",
                                id=ids.SHARE,
                                variant="default",
                                size="xs",
                                n_clicks=0,
                                leftSection=html.Span(className="share-icon", **{"aria-hidden": "true"}),
                            ),
                            # Floats below the button, so the toolbar never wraps or pushes the map down.
                            html.Span(id=ids.SHARE_NOTE, className="share-note", role="status"),
                        ],
                        className="share",
                    ),
                ],
                className="toolbar-actions",
            ),
            dcc.Store(id=ids.THEME_STORE, storage_type="local"),
            dcc.Store(id=ids.SYSTEM_THEME),
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
            html.Span(id=ids.HANDOUT_NOTE, className="handout-note", role="status"),
        ],
        className="handout-bar",
    )


# Share copies the address of the current view (it holds the point, side, marks, zoom and patient view). The
# clipboard API needs a secure page (https or this computer); a clinic's network address falls back to a selected
# text field and the browser's copy command, and failing that the note shows the link to copy by hand.
callbacks.clientside_callback(
    """
    async function (clicks) {
        const url = window.location.href;
        const note = document.getElementById("SHARE_NOTE");
        let copied = false;
        try {
            await navigator.clipboard.writeText(url);
            copied = true;
        } catch (error) {
            const field = document.createElement("textarea");
            field.value = url;
            field.setAttribute("readonly", "");
            field.style.position = "fixed";
            field.style.opacity = "0";
            document.body.appendChild(field);
            field.select();
            try { copied = document.execCommand("copy"); } catch (ignored) { copied = false; }
            field.remove();
        }
        if (note) {  // restarts the note's fade for each copy
            note.classList.remove("is-shown");
            void note.offsetWidth;
            note.classList.add("is-shown");
        }
        return copied ? "Link copied: paste it into a message or an email." : "Copy this link: " + url;
    }
    """.replace("SHARE_NOTE", ids.SHARE_NOTE),
    Output(ids.SHARE_NOTE, "children"),
    Input(ids.SHARE, "n_clicks"),
    prevent_initial_call=True,
)


@callbacks.callback(
    Output(ids.HANDOUT_LIST, "data"),
    Output(ids.HANDOUT_NOTE, "children"),
    Input(ids.HANDOUT_ADD, "n_clicks"),
    Input(ids.HANDOUT_CLEAR, "n_clicks"),
    State(ids.HANDOUT_LIST, "data"),
    State(ids.URL, "search"),
    prevent_initial_call=True,
)
def update_handout_list(_add: int, _clear: int, current: object, search: object) -> tuple[list[str], str]:
    """Adds the selected point (with its side) to the handout list, or empties the list, and says what it did."""
    items = parse_handout_list(current)
    if ctx.triggered_id == ids.HANDOUT_CLEAR:
        return [], "The handout list is empty."
    dataset = current_dataset()
    return add_selection(dataset, items, search), handout_note(dataset, items, search)


def handout_note(dataset: Dataset, items: list[str], search: object) -> str:
    """What "Add to handout" does with the view's selected point, in words."""
    state = parse_view(search, dataset).state
    if not state.point:
        return "Select a point first: click an X or search for a muscle."
    if f"{state.point}:{state.side}" in items:
        return "Already on the handout."
    if len(items) >= MAX_POINTS:
        return f"The handout holds at most {MAX_POINTS} points: the first one was taken off."
    name = dataset.point_name(state.point)
    return f"Added {name} ({state.side} side): {_points(len(items) + 1)} on the handout."


def _points(count: int) -> str:
    return f"{count} point" if count == 1 else f"{count} points"


def handout_link(dataset: Dataset, collected: list[str], query: str) -> tuple[str, str]:
    """The handout link's address and text: the collected points, or the view's selected point when none are.

    Drawn by `navigation.update_view` (the link's one writer), with the view and whenever the list changes."""
    handout = handout_query(dataset, collected, query)
    label = f"Open handout ({_points(len(collected))})" if collected else "Handout for this point" if handout else (
        "Open handout")  # fmt: skip
    return f"/handout{handout}", label
