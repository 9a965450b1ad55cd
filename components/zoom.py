"""The zoom control: shows one area of one view large, for crowded places like the face and neck.

The zoom is part of the view (in the URL): `navigation.update_view` reads this control and sets it from the view."""

from __future__ import annotations

import dash_mantine_components as dmc

from components import ids
from triggerpoints.data import Dataset
from triggerpoints.zoom import WHOLE_BODY, zoom_options


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
