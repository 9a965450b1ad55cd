"""Writing the figure's changing shapes into a Patch, shared by the explorer, the pain finder and study mode."""

from __future__ import annotations

from dash import Patch


def draw_shapes(patch: Patch, geometry: dict[int, dict]) -> None:
    """Sets each shape slot's path, visibility and anchor; its colours and widths stay as the theme set them."""
    for slot, properties in geometry.items():
        for key, value in properties.items():
            patch["layout"]["shapes"][slot][key] = value
