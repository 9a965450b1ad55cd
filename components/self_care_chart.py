"""The self-care history as a chart under the list of sessions: pain before and after each session of a point, over
time, with a picker when sessions cover several points, the chart in words, and a friendly line before the first
session. The figure is built by triggerpoints/self_care_chart.py.

It is drawn only while guided self-care shows: the browser passes the history (and the colour scheme) on to be drawn
in that mode alone, and only when either changed, so no other mode asks the server for it."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import Input, Output, State, ctx, dcc, html, no_update

from components import ids
from components.callbacks import Callbacks
from components.context import current_dataset
from triggerpoints.self_care_chart import chart_choices, chart_summary, charted_sessions, chosen, history_figure
from triggerpoints.view_state import SELF_CARE

callbacks = Callbacks()
register = callbacks.register  # binds this module's callbacks to the app being built

NO_SESSIONS = "No sessions to chart yet. Once you save a session, its pain before and after shows here over time."


def create_self_care_chart() -> html.Section:
    """The chart's section: hidden until a session with both ratings is saved, a line saying so meanwhile."""
    return html.Section(
        [
            dmc.Title("Pain over time", order=4, className="section-title", mt="lg"),
            dmc.Text(NO_SESSIONS, id=ids.SELF_CARE_CHART_EMPTY, size="sm", c="dimmed"),
            html.Div(
                [
                    dmc.Select(
                        id=ids.SELF_CARE_CHART_POINT,
                        label="Point",
                        data=[],
                        allowDeselect=False,
                        size="sm",
                        comboboxProps={"zIndex": 400},
                        mb="xs",
                    ),
                    dcc.Graph(
                        id=ids.SELF_CARE_CHART,
                        config={"displayModeBar": False, "responsive": True},
                        className="self-care-graph",
                    ),
                    dmc.Text(id=ids.SELF_CARE_CHART_SUMMARY, size="sm", c="dimmed"),
                ],
                id=ids.SELF_CARE_CHART_BOX,
                hidden=True,
            ),
            dcc.Store(id=ids.SELF_CARE_CHART_SENT),
        ],
        className="self-care-chart",
        **{"aria-label": "Pain over time"},
    )


# In guided self-care only, and only when the history or the colour scheme changed: the history the list was sent
# and whether the page is dark; `follow` asks the chart to show the newest session's point (the history changed).
callbacks.clientside_callback(
    f"""
    function (history, _selection, scheme, mode, shown) {{
        if (mode !== {SELF_CARE!r}) {{ return window.dash_clientside.no_update; }}
        const dark = scheme === 'dark';
        const same = shown && JSON.stringify(shown.history) === JSON.stringify(history);
        if (same && shown.dark === dark) {{ return window.dash_clientside.no_update; }}
        return {{history: history, dark: dark, follow: !same}};
    }}
    """,
    Output(ids.SELF_CARE_CHART_SENT, "data"),
    Input(ids.GUIDED_HISTORY_SENT, "data"),
    Input(ids.GUIDED_SELECTION, "data"),
    Input(ids.PROVIDER, "forceColorScheme"),
    State(ids.MODE, "value"),
    State(ids.SELF_CARE_CHART_SENT, "data"),
    prevent_initial_call=True,
)


@callbacks.callback(
    output=dict(
        figure=Output(ids.SELF_CARE_CHART, "figure"),
        options=Output(ids.SELF_CARE_CHART_POINT, "data"),
        choice=Output(ids.SELF_CARE_CHART_POINT, "value"),
        picker=Output(ids.SELF_CARE_CHART_POINT, "style"),
        hidden=Output(ids.SELF_CARE_CHART_BOX, "hidden"),
        empty=Output(ids.SELF_CARE_CHART_EMPTY, "style"),
        summary=Output(ids.SELF_CARE_CHART_SUMMARY, "children"),
    ),
    inputs=dict(sent=Input(ids.SELF_CARE_CHART_SENT, "data"), choice=Input(ids.SELF_CARE_CHART_POINT, "value")),
    prevent_initial_call=True,
)
def draw_chart(sent: object, choice: object) -> dict:
    """The chart of the chosen point and side: the newest session's when the history changed or the choice is gone;
    the picker only when there is a choice to make; the friendly line instead when no session can be charted."""
    if not isinstance(sent, dict):
        return dict.fromkeys(("figure", "options", "choice", "picker", "hidden", "empty", "summary"), no_update)
    dataset = current_dataset()
    sessions = charted_sessions(sent.get("history"), dataset)
    if not sessions:
        return {"figure": no_update, "options": [], "choice": None, "picker": {"display": "none"}, "hidden": True,
                "empty": {}, "summary": ""}  # fmt: skip
    options = chart_choices(dataset, sessions)
    values = [o["value"] for o in options]
    follow = ctx.triggered_id == ids.SELF_CARE_CHART_SENT and sent.get("follow") is True
    shown = values[0] if follow or choice not in values else choice
    points = chosen(sessions, shown)
    return {
        "figure": history_figure(points, sent.get("dark") is True),
        "options": options,
        "choice": shown,
        "picker": {} if len(options) > 1 else {"display": "none"},
        "hidden": False,
        "empty": {"display": "none"},
        "summary": chart_summary(points),
    }
