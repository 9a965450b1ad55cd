"""The zoom control: shows one area of one view large, for crowded places like the face and neck."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import Input, Output, Patch, callback

from components import ids
from components.context import current_dataset
from triggerpoints.data import Dataset
from triggerpoints.zoom import WHOLE_BODY, zoom_layout, zoom_options


def create_zoom(dataset: Dataset) -> dmc.Select:
    """A select of body areas to zoom to, "Whole body" first."""
    return dmc.Select(
        id=ids.ZOOM,
        label="Zoom to",
        data=zoom_options(dataset),
        value=WHOLE_BODY,
        allowDeselect=False,
        checkIconPosition="right",
        className="zoom-select",
        size="sm",
        comboboxProps={"zIndex": 400},
    )


@callback(Output(ids.BODY_MAP, "figure", allow_duplicate=True), Input(ids.ZOOM, "value"), prevent_initial_call=True)
def zoom_to(choice: str | None) -> Patch:
    """Moves the figure's view to the chosen area."""
    x_range, y_range, labels = zoom_layout(current_dataset(), choice if isinstance(choice, str) else None)
    patch = Patch()
    patch["layout"]["xaxis"]["range"] = x_range
    patch["layout"]["yaxis"]["range"] = y_range
    patch["layout"]["annotations"] = labels
    return patch
