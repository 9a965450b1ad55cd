"""The body map: the front and back figure with every trigger point, and its legend."""

from __future__ import annotations

import plotly.graph_objects as go
from dash import Input, Output, clientside_callback, dcc, html
from dash.development.base_component import Component

from components import ids

GRAPH_CONFIG = {"displayModeBar": False, "responsive": True, "scrollZoom": False, "doubleClick": False}


def create_body_map(figure: go.Figure, zoom: Component) -> html.Div:
    """The figure, then a row with the legend (what the X and the two shades mean) and the zoom control."""
    return html.Div(
        [
            html.Div(
                [
                    dcc.Graph(
                        id=ids.BODY_MAP,
                        figure=without_template(figure),
                        config=GRAPH_CONFIG,
                        className="body-map-graph",
                        clear_on_unhover=True,
                    ),
                    dcc.Tooltip(id=ids.REGION_TOOLTIP, direction="top", className="region-tooltip"),
                ],
                className="graph-wrap",
            ),
            html.Div(
                [
                    html.Ul(
                        [
                            _key("key-x", "Trigger point"),
                            _key("key-essential", "Essential pain zone"),
                            _key("key-spillover", "Spillover zone"),
                            _key("key-selected", "Selected point"),
                            _key("key-marked", "Where it hurts (marked)"),
                        ],
                        className="map-legend",
                        **{"aria-label": "Legend"},
                    ),
                    zoom,
                ],
                className="map-footer",
            ),
        ],
        className="body-map",
    )


def without_template(figure: go.Figure) -> dict:
    """The figure as a plain dict, without plotly.py's template.

    The browser receives each patched figure with fresh copies of the layout's objects, and Plotly compares a
    template by identity: a template in the layout makes every click redraw every trace (300 ms with 2,000 points)
    instead of only the shapes (5 ms). Every colour the figure uses is set explicitly, so nothing is lost.
    """
    plain = figure.to_plotly_json()
    plain["layout"] = {key: value for key, value in plain["layout"].items() if key != "template"}
    return plain


def _key(shape: str, text: str) -> html.Li:
    return html.Li([html.Span(className=f"key {shape}", **{"aria-hidden": "true"}), text])


# Names the region under the pointer in the pain finder, in the browser: the figure's region outlines (trace 0)
# carry their labels in `meta`, so no request is made while the pointer moves.
clientside_callback(
    """
    function (hoverData) {
        const none = [false, window.dash_clientside.no_update, window.dash_clientside.no_update];
        if (!hoverData || !hoverData.xvals || (hoverData.points && hoverData.points.length)) { return none; }
        const gd = document.querySelector('#body-map .js-plotly-plot');
        if (!gd || !gd.data || !gd._fullLayout) { return none; }
        const x = hoverData.xvals[0], y = hoverData.yvals[0];
        const trace = gd.data[0], labels = trace.meta || [];
        let shape = 0, start = 0, found = null;
        for (let i = 0; i <= trace.x.length && found === null; i++) {
            if (i === trace.x.length || trace.x[i] === null) {
                let inside = false;
                for (let a = start, b = i - 1; a < i; b = a++) {
                    const xa = trace.x[a], ya = trace.y[a], xb = trace.x[b], yb = trace.y[b];
                    if ((ya > y) !== (yb > y) && x < (xb - xa) * (y - ya) / (yb - ya) + xa) { inside = !inside; }
                }
                if (inside) { found = labels[shape]; }
                shape += 1;
                start = i + 1;
            }
        }
        if (found === null) { return none; }
        const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
        const px = xa._offset + xa.l2p(x), py = ya._offset + ya.l2p(y);
        return [true, {x0: px, x1: px, y0: py, y1: py}, found];
    }
    """,
    Output(ids.REGION_TOOLTIP, "show"),
    Output(ids.REGION_TOOLTIP, "bbox"),
    Output(ids.REGION_TOOLTIP, "children"),
    Input(ids.BODY_MAP, "hoverData"),
)
