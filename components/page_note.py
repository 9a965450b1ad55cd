"""A gentle note above the explorer when the address names a page that does not exist."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import Input, Output, html

from components import ids
from components.callbacks import Callbacks

callbacks = Callbacks()
register = callbacks.register  # binds this module's callbacks to the app being built

KNOWN_PATHS = {"/", ""}
MAX_SHOWN = 80


def create_page_note() -> html.Div:
    """An empty slot for the note."""
    return html.Div(id=ids.PAGE_NOTE, className="page-note", role="status")


def unknown_page_note(pathname: str | None) -> list:
    """The note for an address that is not one of the app's pages (nothing for a known page)."""
    if not isinstance(pathname, str) or pathname in KNOWN_PATHS:
        return []
    shown = pathname if len(pathname) <= MAX_SHOWN else pathname[:MAX_SHOWN] + "…"
    return [
        dmc.Alert(
            [f"There is no page at “{shown}”. Here is the body map instead. ", html.A("Start afresh", href="/")],
            title="Page not found",
            color="yellow",
            mb="md",
        )
    ]


@callbacks.callback(Output(ids.PAGE_NOTE, "children"), Input(ids.URL, "pathname"))
def show_page_note(pathname: str | None) -> list:
    """Shows the note when the path is unknown."""
    return unknown_page_note(pathname)
