"""The zoom controls: the view switch (all three views, or one whole view large, which is what a phone needs) and
the select that shows one area of one view large, for crowded places like the face and neck.

The zoom is part of the view (in the URL): `navigation.update_view` reads this control and sets it from the view."""

from __future__ import annotations

import dash_mantine_components as dmc

from components import ids
from triggerpoints.data import Dataset
from triggerpoints.zoom import PATTERN, VIEW_TITLES, WHOLE_BODY, whole_view, zoom_options

PATTERN_LABEL = "The selected point's pattern"
SWITCH_CHOICES = (WHOLE_BODY, *(whole_view(view) for view in VIEW_TITLES))


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


def switch_value(zoom: str) -> str:
    """What the view switch shows for a zoom: its choice, or nothing lit for an area or a pattern."""
    return zoom if zoom in SWITCH_CHOICES else ""


def create_view_switch() -> dmc.SegmentedControl:
    """All three views side by side, or one whole view filling the map: the front, the back or the right side."""
    labels = {WHOLE_BODY: "All views", **{whole_view(view): title.removesuffix(" view") for view, title in
              VIEW_TITLES.items()}}  # fmt: skip
    return dmc.SegmentedControl(
        id=ids.VIEW_SWITCH,
        data=[{"value": choice, "label": labels[choice]} for choice in SWITCH_CHOICES],
        value=WHOLE_BODY,
        size="xs",
        radius="md",
        className="view-switch",
        **{"aria-label": "Views shown on the map"},
    )
