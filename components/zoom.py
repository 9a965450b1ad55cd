"""The zoom control: shows one area of one view large, for crowded places like the face and neck.

The zoom is part of the view (in the URL): `navigation.update_view` reads this control and sets it from the view."""

from __future__ import annotations

import dash_mantine_components as dmc

from components import ids
from triggerpoints.data import Dataset
from triggerpoints.zoom import PATTERN, WHOLE_BODY, zoom_options

PATTERN_LABEL = "The selected point's pattern"


def zoom_choices_offered(dataset: Dataset) -> list[dict]:
    """The select's groups: the whole body and the selected point's pattern first, then each view's areas."""
    groups = zoom_options(dataset)
    first = groups[0]
    if not any(item["value"] == PATTERN for item in first["items"]):
        groups[0] = {**first, "items": [*first["items"], {"value": PATTERN, "label": PATTERN_LABEL}]}
    return groups


def create_zoom(dataset: Dataset) -> dmc.Select:
    """A select of body areas to zoom to on each of the three views, "Whole body" and the selected point's pattern
    ("zoom to this pattern") first."""
    return dmc.Select(
        id=ids.ZOOM,
        label="Zoom to",
        data=zoom_choices_offered(dataset),
        value=WHOLE_BODY,
        allowDeselect=False,
        checkIconPosition="right",
        className="zoom-select",
        size="sm",
        comboboxProps={"zIndex": 400},
    )
