"""Composes the page: header, toolbar, the body map beside the panels of every mode, and the footer; and binds the
callbacks of every piece to the app being built.

Which panels show is decided by the page's class (`mode-<mode>`, `audience-patient`), set from the URL."""

from __future__ import annotations

import json

import dash_mantine_components as dmc
from dash import Dash, dcc, html

from components import (
    body_map,
    guided_self_care,
    ids,
    navigation,
    page_note,
    search,
    stored_data_note,
    study_panel,
    study_quiz,
    technique_dialog,
    theme,
    toolbar,
    view_panels,
)
from components.body_map import create_body_map
from components.guided_self_care import create_guided_self_care
from components.page_frame import create_footer, create_header
from components.page_note import create_page_note
from components.pain_finder import create_pain_finder
from components.point_details import create_point_details
from components.point_filters import create_filters
from components.search import create_browse_list, create_search
from components.stored_data_note import create_stored_data_note
from components.study_panel import create_study
from components.technique_dialog import create_technique_dialog
from components.theme import THEME
from components.toolbar import create_handout_bar, create_toolbar
from components.view_panels import create_view_stores
from components.zoom import create_zoom
from triggerpoints.data import Dataset
from triggerpoints.figure import build_body_figure

# Every piece with callbacks, in the order the app has always bound them.
PIECES_WITH_CALLBACKS = (guided_self_care, navigation, page_note, search, study_quiz, study_panel, technique_dialog,
                         theme, toolbar, view_panels, body_map, stored_data_note)  # fmt: skip


def create_layout(dataset: Dataset) -> dmc.MantineProvider:
    """The whole page for a dataset (the figure is built here, once)."""
    panels = [
        create_pain_finder(dataset),
        html.Div([create_search(), create_browse_list(), create_filters(dataset)], className="finding"),
        create_study(dataset),
        create_guided_self_care(dataset),
        create_handout_bar(),
        create_point_details(),
    ]
    return dmc.MantineProvider(
        html.Div(
            [
                dcc.Location(id=ids.URL, refresh="callback-nav"),
                *create_view_stores(),
                create_header(),
                create_page_note(),
                create_stored_data_note(),
                create_toolbar(),
                html.Main(
                    [
                        html.Div(
                            create_body_map(build_body_figure(dataset), create_zoom(dataset)), className="map-column"
                        ),  # fmt: skip
                        html.Div(panels, className="panel-column"),
                    ],
                    className="explorer",
                ),
                create_footer(),
                create_technique_dialog(),
            ],
            id=ids.PAGE,
            className="page mode-explore",
        ),
        id=ids.PROVIDER,
        theme=THEME,
        forceColorScheme="light",
    )


def with_browser_ids(index_string: str) -> str:
    """The page's HTML with the ids the browser scripts use written into it (a JSON block, which is data, not a
    script), ahead of the scripts that read them, so no script types an id."""
    block = f'<script type="application/json" data-app-ids>{json.dumps(ids.browser_ids())}</script>'
    return index_string.replace("{%app_entry%}", block + "\n{%app_entry%}", 1)


def register_callbacks(app: Dash) -> None:
    """Binds the callbacks of every piece of the page to app (each piece's `register`)."""
    for piece in PIECES_WITH_CALLBACKS:
        piece.register(app)
