"""A gentle note when something this browser kept for the app could not be read and was set aside.

The check itself runs in the browser before Dash starts (assets/stored_data.js), since a bad value would otherwise be
sent with the first callback that reads it; this module only shows what the check found."""

from __future__ import annotations

from dash import Input, Output, html

from components import ids
from components.callbacks import Callbacks

callbacks = Callbacks()
register = callbacks.register  # binds this module's callbacks to the app being built


def create_stored_data_note() -> html.Div:
    """An empty slot for the note (it announces itself to screen readers once filled)."""
    return html.Div(id=ids.STORED_DATA_NOTE, className="stored-data-note", role="status")


# Once, on load: the note assets/stored_data.js left for this page, if any.
callbacks.clientside_callback(
    "function () { const found = window.triggerPointStoredData; return (found && found.note) || ''; }",
    Output(ids.STORED_DATA_NOTE, "children"),
    Input(ids.STORED_DATA_NOTE, "id"),
)
