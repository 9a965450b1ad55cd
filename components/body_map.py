"""The body map, and the one owner of its figure: every change to the figure is a Patch made here.

The figure is built once (`triggerpoints.figure.build_body_figure`); what may change on it afterwards is listed in
`triggerpoints.map_changes`, and nothing else writes to it. Other modules ask this one for a Patch:
`navigation.update_view` for the view (`view_patch`), the theme switch for colours (`colors_patch`), the quiz and
the flashcards for a study question (`study_patch`). The browser's fast path (`assets/view_panels.js`) draws the
same shape slots from the same `view_geometry`, answered by the server; it decides nothing itself.

Traces (never changed on a click, which would redraw every X):
- REGIONS_TRACE (0): every region's outline on every view it is drawn on, never drawn (`visible` false); its `meta`
  names them for the hover label. Never changed.
- DEEP_MUSCLES_TRACE (1), MUSCLES_TRACE (2): the muscles layer, every muscle's outline (deep ones dashed); its
  `meta` names them for the hover label. `visible` (the layer's switch, in the explorer) and colours.
- LANDMARKS_TRACE (3): the atlas's light landmarks (collarbones, shoulder blades, kneecaps …). Colours only.
- OUTLINE_TRACE (4): the body's outline on each view. Colours only.
- POINTS_TRACE (5): the Xs, on every view where each point is seen. `visible` (hidden in the pain finder, study and
  the patient view) and, when the filters change, its x, y, customdata and hovertext.
Shape slots (`triggerpoints.figure_shapes`; each keeps `visible`, an empty slot gets an empty path):
- SKIN_SHAPE: the skin. Colours only.
- MUSCLE_SHAPE, DEEP_MUSCLE_SHAPE: the selected point's muscle under its zone (solid, or dashed when deep).
- MARKED_FILL_SHAPE, MARKED_OUTLINE_SHAPE: the pain finder's marked regions.
- SPILLOVER_SHAPE, HATCH_SHAPE, ESSENTIAL_SHAPE: the selected point's pain zone.
- SELECTED_SHAPES: the ring around the selected X on each view it is drawn on (their anchors move).
Layout: the axis ranges and view labels (the view's zoom, or a study question's frame), `hoveranywhere` and
`clickanywhere` (the pain finder, study, and the muscles layer), and the colours of everything above (the theme).
"""

from __future__ import annotations

import dash_mantine_components as dmc
import plotly.graph_objects as go
from dash import Input, Output, Patch, dcc, html
from dash.development.base_component import Component

from components import ids
from components.callbacks import Callbacks
from triggerpoints.data import Dataset
from triggerpoints.figure import MUSCLE_TRACES, REGIONS_TRACE
from triggerpoints.map_changes import Changes, color_changes, study_changes, view_changes
from triggerpoints.view_state import ViewState

callbacks = Callbacks()
register = callbacks.register  # binds this module's callbacks to the app being built

GRAPH_CONFIG = {"displayModeBar": False, "responsive": True, "scrollZoom": False, "doubleClick": False}


def create_body_map(figure: go.Figure, zoom: Component, view_switch: Component) -> html.Div:
    """The view switch and the muscles layer's switch, the figure, then a row with the legend (what the X, the
    shades and the muscle mean) and the zoom control."""
    return html.Div(
        [
            html.Div([view_switch, create_muscles_switch()], className="map-controls"),
            html.Div(
                [
                    dcc.Graph(
                        id=ids.BODY_MAP,
                        figure=without_template(figure),
                        config=GRAPH_CONFIG,
                        className="body-map-graph",
                        clear_on_unhover=True,
                        # Follows its frame's size too, not only the window's: a phone's zoom gives it a taller one.
                        responsive=True,
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
                            _key("key-muscle", "Muscle"),
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


def create_muscles_switch() -> dmc.Switch:
    """The muscles layer: every muscle drawn faintly on every view, named under the pointer, a click on one selects
    its first point. Part of the view (`layers=muscles`): `navigation.update_view` reads and sets it."""
    return dmc.Switch(id=ids.MUSCLES_SWITCH, label="Muscles", checked=False, size="sm", className="layer-switch")


def without_template(figure: go.Figure) -> dict:
    """The figure as a plain dict, without plotly.py's template.

    The browser receives each patched figure with fresh copies of the layout's objects, and Plotly compares a
    template by identity: a template in the layout makes every click redraw every trace (300 ms with 2,000 points)
    instead of only the shapes (5 ms). Every colour the figure uses is set explicitly, so nothing is lost.
    """
    plain = figure.to_plotly_json()
    plain["layout"] = {key: value for key, value in plain["layout"].items() if key != "template"}
    return plain


def to_patch(changes: Changes) -> Patch:
    """A Patch that sets each changed place of the figure, and nothing else."""
    patch = Patch()
    for path, value in changes.items():
        target = patch
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
    return patch


def view_patch(dataset: Dataset, state: ViewState, before: ViewState | None = None) -> Patch:
    """The map for a view, given the view it showed before (None: draw all the view decides)."""
    return to_patch(view_changes(dataset, state, before))


def study_patch(
    dataset: Dataset, point_id: str | None, side: str, show_zone: bool, show_x: bool, muscle: str | None = None
) -> Patch:
    """One point's zone and/or X alone on the map, over a muscle's outline when one is given, framed: a study
    question or its answer."""
    return to_patch(study_changes(dataset, point_id, side, show_zone, show_x, muscle))


def colors_patch(dark: bool) -> Patch:
    """Every trace's and slot's colours for the light or dark theme, touching only the colour values."""
    return to_patch(color_changes(dark))


def _key(shape: str, text: str) -> html.Li:
    return html.Li([html.Span(className=f"key {shape}", **{"aria-hidden": "true"}), text])


# Names what lies under the pointer, in the browser, so no request is made while the pointer moves: with the muscles
# layer drawn, the muscle (the first in the pick order, `triggerpoints.muscle_map`, whose rank each outline carries in
# `meta`); else, in the pain finder, the region (REGIONS_TRACE's outlines carry their labels in `meta`).
callbacks.clientside_callback(
    """
    function (hoverData) {
        const none = [false, window.dash_clientside.no_update, window.dash_clientside.no_update];
        if (!hoverData || !hoverData.xvals || (hoverData.points && hoverData.points.length)) { return none; }
        const gd = document.querySelector('#BODY_MAP .js-plotly-plot');
        if (!gd || !gd.data || !gd._fullLayout) { return none; }
        const x = hoverData.xvals[0], y = hoverData.yvals[0];
        // Calls visit(n) for each outline n of a trace (outlines are separated by null) that holds the pointer.
        const under = (trace, wanted, visit) => {
            let shape = 0, start = 0;
            for (let i = 0; i <= trace.x.length; i++) {
                if (i < trace.x.length && trace.x[i] !== null) { continue; }
                if (i > start && wanted(shape)) {
                    let inside = false;
                    for (let a = start, b = i - 1; a < i; b = a++) {
                        const xa = trace.x[a], ya = trace.y[a], xb = trace.x[b], yb = trace.y[b];
                        if ((ya > y) !== (yb > y) && x < (xb - xa) * (y - ya) / (yb - ya) + xa) { inside = !inside; }
                    }
                    if (inside) { visit(shape); }
                }
                shape += 1;
                start = i + 1;
            }
        };
        let found = null;
        const muscles = [MUSCLE_TRACES].map((n) => gd.data[n]).filter((trace) => trace.visible === true);
        if (muscles.length) {
            let best = null;
            for (const trace of muscles) {
                const meta = trace.meta || [];
                under(trace, (n) => best === null || meta[n][1] < best[1], (n) => { best = meta[n]; });
            }
            found = best && best[0];
        } else {
            const trace = gd.data[REGIONS_TRACE], labels = trace.meta || [];
            under(trace, () => found === null, (n) => { found = labels[n]; });
        }
        if (found === null || found === undefined) { return none; }
        const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
        const px = xa._offset + xa.l2p(x), py = ya._offset + ya.l2p(y);
        return [true, {x0: px, x1: px, y0: py, y1: py}, found];
    }
    """.replace("BODY_MAP", ids.BODY_MAP)
    .replace("REGIONS_TRACE", str(REGIONS_TRACE))
    .replace("MUSCLE_TRACES", ", ".join(map(str, MUSCLE_TRACES))),
    Output(ids.REGION_TOOLTIP, "show"),
    Output(ids.REGION_TOOLTIP, "bbox"),
    Output(ids.REGION_TOOLTIP, "children"),
    Input(ids.BODY_MAP, "hoverData"),
)
