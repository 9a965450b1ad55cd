"""The switch between the explorer ("what does this point do?") and the pain finder ("where does it hurt?")."""

from __future__ import annotations

import dash_mantine_components as dmc

from components import ids
from triggerpoints.view_state import EXPLORE, PAIN


def create_mode_switch() -> dmc.SegmentedControl:
    """Two clearly labelled modes, side by side."""
    return dmc.SegmentedControl(
        id=ids.MODE,
        value=EXPLORE,
        data=[
            {"value": EXPLORE, "label": "Explore the map"},
            {"value": PAIN, "label": "Where does it hurt?"},
        ],
        fullWidth=True,
        size="md",
        radius="md",
        className="mode-switch",
        color="indigo",
    )
