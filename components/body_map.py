"""The body map: the front and back figure with every trigger point, and its legend."""

from __future__ import annotations

import plotly.graph_objects as go
from dash import dcc, html
from dash.development.base_component import Component

from components import ids

GRAPH_CONFIG = {"displayModeBar": False, "responsive": True, "scrollZoom": False, "doubleClick": False}


def create_body_map(figure: go.Figure, zoom: Component) -> html.Div:
    """The figure, then a row with the legend (what the X and the two shades mean) and the zoom control."""
    return html.Div(
        [
            dcc.Graph(
                id=ids.BODY_MAP, figure=figure, config=GRAPH_CONFIG, className="body-map-graph", clear_on_unhover=True
            ),
            html.Div(
                [
                    html.Ul(
                        [
                            _key("key-x", "Trigger point"),
                            _key("key-essential", "Essential pain zone"),
                            _key("key-spillover", "Spillover zone"),
                            _key("key-selected", "Selected point"),
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


def _key(shape: str, text: str) -> html.Li:
    return html.Li([html.Span(className=f"key {shape}", **{"aria-hidden": "true"}), text])
