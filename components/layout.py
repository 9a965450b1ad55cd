"""Composes the page: header, toolbar, the body map beside the panels of every mode, and the footer; and binds the
callbacks of every piece to the app being built.

Which panels show is decided by the page's class (`mode-<mode>`, `audience-patient`), set from the URL."""

from __future__ import annotations

import json

import dash_mantine_components as dmc
from dash import Dash, dcc, html

from components import (
    body_map,
    guided_ending,
    guided_history,
    guided_opening,
    guided_self_care,
    guided_timer,
    ids,
    navigation,
    page_frame,
    page_note,
    pain_finder,
    point_details,
    point_filters,
    search,
    self_care_chart,
    stored_data_note,
    study_panel,
    study_quiz,
    technique_dialog,
    theme,
    toolbar,
    user_record,
    view_panels,
    zoom,
)
from triggerpoints.data import Dataset
from triggerpoints.figure import build_body_figure

# Every piece with callbacks, in the order the app has always bound them.
PIECES_WITH_CALLBACKS = (guided_self_care, guided_timer, guided_ending, guided_history, guided_opening, navigation,
                         page_note, search, study_quiz, study_panel, technique_dialog, theme, toolbar, view_panels,
                         body_map, stored_data_note, self_care_chart, user_record)  # fmt: skip


def create_layout(dataset: Dataset) -> dmc.MantineProvider:
    """The whole page for a dataset (the figure is built here, once)."""
    map_with_zoom = body_map.create_body_map(
        build_body_figure(dataset), zoom.create_zoom(dataset), zoom.create_view_switch()
    )
    panels = [
        pain_finder.create_pain_finder(dataset),
        html.Div(
            [search.create_search(), search.create_browse_list(), point_filters.create_filters(dataset)],
            className="finding",
        ),
        study_panel.create_study(dataset),
        guided_opening.create_guided_link_note(),
        guided_self_care.create_guided_self_care(dataset),
        self_care_chart.create_self_care_chart(),
        toolbar.create_handout_bar(),
        user_record.create_user_record(),
        point_details.create_point_details(),
    ]
    return dmc.MantineProvider(
        html.Div(
            [
                dcc.Location(id=ids.URL, refresh="callback-nav"),
                *view_panels.create_view_stores(),
                *guided_opening.create_guided_resume_stores(),
                page_frame.create_header(),
                page_note.create_page_note(),
                stored_data_note.create_stored_data_note(),
                toolbar.create_toolbar(),
                html.Main(
                    [
                        html.Div(map_with_zoom, className="map-column"),
                        html.Div(panels, className="panel-column"),
                    ],
                    className="explorer",
                ),
                page_frame.create_footer(),
                technique_dialog.create_technique_dialog(),
            ],
            id=ids.PAGE,
            className="page mode-explore",
        ),
        id=ids.PROVIDER,
        theme=theme.THEME,
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
