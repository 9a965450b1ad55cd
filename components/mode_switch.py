"""The switch between the app's modes: explore the map, find where pain comes from, study, guided self-care."""

from __future__ import annotations

import dash_mantine_components as dmc

from components import ids
from triggerpoints.view_state import EXPLORE, PAIN, SELF_CARE, STUDY


def create_mode_switch() -> dmc.SegmentedControl:
    """The four modes, clearly labelled, side by side."""
    return dmc.SegmentedControl(
        id=ids.MODE,
        value=EXPLORE,
        data=[
            {"value": EXPLORE, "label": "Explore"},
            {"value": PAIN, "label": "Where it hurts"},
            {"value": STUDY, "label": "Study"},
            {"value": SELF_CARE, "label": "Self-care"},
        ],
        fullWidth=True,
        size="sm",
        radius="md",
        className="mode-switch",
        color="indigo",
    )
