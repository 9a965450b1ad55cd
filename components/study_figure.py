"""Figure patches for study mode: a zone without its X (the question), or a point with its zone (the answer)."""

from __future__ import annotations

from dash import Patch

from triggerpoints.data import Dataset
from triggerpoints.figure import (
    ESSENTIAL_TRACE,
    MARKED_FILL_TRACE,
    MARKED_OUTLINE_TRACE,
    SELECTED_TRACE,
    SPILLOVER_TRACE,
    selection_zone,
)
from triggerpoints.zoom import fit_layout


def study_patch(
    dataset: Dataset, point_id: str | None, side: str, show_zone: bool, show_x: bool, frame: bool = True
) -> Patch:
    """Draws one point's zone and/or X on the figure, clearing everything else; frames them when they are small."""
    zone = selection_zone(dataset, [(point_id, side)] if point_id else [])
    patch = Patch()
    if frame:
        xs = (zone.essential_x + zone.spillover_x if show_zone else []) + (zone.marker_x if show_x else [])
        ys = (zone.essential_y + zone.spillover_y if show_zone else []) + (zone.marker_y if show_x else [])
        x_range, y_range, labels = fit_layout(xs, ys)
        patch["layout"]["xaxis"]["range"] = x_range
        patch["layout"]["yaxis"]["range"] = y_range
        patch["layout"]["annotations"] = labels
    drawn = {
        ESSENTIAL_TRACE: (zone.essential_x, zone.essential_y) if show_zone else ([], []),
        SPILLOVER_TRACE: (zone.spillover_x, zone.spillover_y) if show_zone else ([], []),
        SELECTED_TRACE: (zone.marker_x, zone.marker_y) if show_x else ([], []),
        MARKED_FILL_TRACE: ([], []),
        MARKED_OUTLINE_TRACE: ([], []),
    }
    for trace, (xs, ys) in drawn.items():
        patch["data"][trace]["x"] = xs
        patch["data"][trace]["y"] = ys
    return patch
