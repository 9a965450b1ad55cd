"""The guided self-care sessions kept in this browser: a saved session joins the history once (per session id), only
what the list shows is sent to the server, and the list of the newest sessions with a word on those it cannot show.
"""

from __future__ import annotations

import json
from string import Template

import dash_mantine_components as dmc
from dash import Input, Output, State, dcc, html

from components import ids
from components.callbacks import Callbacks
from components.context import current_dataset
from triggerpoints.guided import FIELD_CHARS, FIELDS, SESSIONS_SENT, history_notes, read_history

callbacks = Callbacks()
register = callbacks.register  # binds this module's callbacks to the app being built


def create_guided_history() -> list:
    """The list of saved sessions and the stores behind it (the history itself lives in localStorage)."""
    return [
        dmc.Title("Your sessions", order=4, className="section-title", mt="lg"),
        html.Div(id=ids.GUIDED_HISTORY_VIEW),
        dcc.Store(id=ids.GUIDED_HISTORY, storage_type="local", data=[]),
        dcc.Store(id=ids.GUIDED_HISTORY_SENT),
        dcc.Store(id=ids.GUIDED_SAVED),
    ]


# The saved entry joins the history in the browser, once per session id however often Save is pressed; every older
# entry is kept exactly as it was, whatever its form (triggerpoints/guided.py).
callbacks.clientside_callback(
    """
    function (entry, history) {
        if (entry === null || typeof entry !== 'object' || typeof entry.session !== 'string') {
            return window.dash_clientside.no_update;
        }
        const entries = Array.isArray(history) ? history : (history == null ? [] : [history]);
        const again = entries.some((old) => old !== null && typeof old === 'object' && old.session === entry.session);
        return again ? window.dash_clientside.no_update : entries.concat([entry]);
    }
    """,
    Output(ids.GUIDED_HISTORY, "data"),
    Input(ids.GUIDED_SAVED, "data"),
    State(ids.GUIDED_HISTORY, "data"),
    prevent_initial_call=True,
)


# What the history view needs of the history, cut in the browser so that a request stays small however many
# sessions are kept: their number, and the newest SESSIONS_SENT entries with only the fields shown.
HISTORY_SENT = Template(
    """
    function (history) {
        const entries = Array.isArray(history) ? history : (history == null ? [] : [history]);
        const recent = entries.slice(-$sent).map((entry) => {
            if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) { return null; }
            const fields = {};
            $fields.forEach((field) => {
                const value = entry[field];
                if (typeof value === 'string') { fields[field] = value.slice(0, $chars); }
                else if (typeof value === 'number') { fields[field] = value; }
            });
            return fields;
        });
        return {total: entries.length, recent: recent};
    }
    """
).substitute(sent=SESSIONS_SENT, fields=json.dumps(list(FIELDS)), chars=FIELD_CHARS)
callbacks.clientside_callback(
    HISTORY_SENT,
    Output(ids.GUIDED_HISTORY_SENT, "data"),
    Input(ids.GUIDED_HISTORY, "data"),
)


@callbacks.callback(Output(ids.GUIDED_HISTORY_VIEW, "children"), Input(ids.GUIDED_HISTORY_SENT, "data"))
def show_history(sent: object):
    """The saved sessions, newest first, and a word on any this version cannot list (they are kept)."""
    dataset = current_dataset()
    view = read_history(sent, dataset)
    notes = [dmc.Text(note, size="sm", c="dimmed", className="history-note") for note in history_notes(view)]
    if not view.listed:
        if not notes:
            return dmc.Text("No sessions saved in this browser yet.", size="sm", c="dimmed")
        return notes
    rows = [
        html.Tr([html.Td(s.when or "–"),
                 html.Td(dataset.point_name(s.point_id) + (f" ({s.side})" if s.side else "")),
                 html.Td(_shown_rating(s.before)), html.Td(_shown_rating(s.after))])
        for s in view.listed
    ]  # fmt: skip
    head = html.Thead(html.Tr([html.Th("When"), html.Th("Point"), html.Th("Before"), html.Th("After")]))
    return [dmc.Table([head, html.Tbody(rows)], striped=True, className="history-table"), *notes]


def _shown_rating(value: int | None) -> str:
    return "–" if value is None else str(value)
