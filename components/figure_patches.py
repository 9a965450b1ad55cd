"""The figure's changing shapes for a view, and writing them into a Patch (the browser draws the same from /_view)."""

from __future__ import annotations

from dash import Patch

from triggerpoints.data import Dataset
from triggerpoints.figure import marked_outlines, selection_zone
from triggerpoints.view_state import PAIN, ViewState


def view_geometry(dataset: Dataset, state: ViewState) -> dict[int, dict]:
    """Each shape slot's path, visibility and anchor for a view: the selected point's zone and, in the pain finder,
    the marked regions."""
    zone = selection_zone(dataset, [(state.point, state.side)] if state.point else [])
    return zone.geometry(marked_outlines(dataset, state.marked if state.mode == PAIN else ()))


def draw_shapes(patch: Patch, geometry: dict[int, dict]) -> None:
    """Sets each shape slot's path, visibility and anchor; its colours and widths stay as the theme set them."""
    for slot, properties in geometry.items():
        for key, value in properties.items():
            patch["layout"]["shapes"][slot][key] = value
