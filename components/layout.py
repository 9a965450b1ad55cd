"""Composes the page: header, the body map beside the search and details panel, and the footer."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import dcc, html

from components import ids
from components.body_map import create_body_map
from components.mode_switch import create_mode_switch
from components.page_frame import create_footer, create_header
from components.page_note import create_page_note
from components.pain_finder import create_pain_finder
from components.point_details import create_point_details
from components.point_filters import create_filters
from components.search import create_search
from components.zoom import create_zoom
from triggerpoints.data import Dataset
from triggerpoints.figure import build_body_figure

THEME = {
    "primaryColor": "indigo",
    "fontFamily": "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    "headings": {"fontFamily": "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"},
    "defaultRadius": "md",
}


def create_layout(dataset: Dataset) -> dmc.MantineProvider:
    """The whole page for a dataset (the figure is built here, once)."""
    return dmc.MantineProvider(
        html.Div(
            [
                dcc.Location(id=ids.URL, refresh="callback-nav"),
                create_header(),
                create_page_note(),
                html.Main(
                    [
                        html.Div(
                            create_body_map(build_body_figure(dataset), create_zoom(dataset)), className="map-column"
                        ),
                        html.Div(
                            [
                                create_mode_switch(),
                                create_pain_finder(dataset),
                                create_search(),
                                create_filters(dataset),
                                create_point_details(),
                            ],
                            className="panel-column",
                        ),
                    ],
                    className="explorer",
                ),
                create_footer(),
            ],
            className="page",
        ),
        theme=THEME,
    )
