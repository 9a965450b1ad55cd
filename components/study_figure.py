"""Figure patches for study mode: a zone without its X (the question), or a point with its zone (the answer)."""

from __future__ import annotations

from dash import Patch

from components.figure_patches import draw_shapes
from triggerpoints.data import Dataset
from triggerpoints.figure import Zone, selection_zone
from triggerpoints.zoom import fit_layout


def study_patch(
    dataset: Dataset, point_id: str | None, side: str, show_zone: bool, show_x: bool, frame: bool = True
) -> Patch:
    """Draws one point's zone and/or X on the figure, clearing everything else; frames them when they are small."""
    zone = selection_zone(dataset, [(point_id, side)] if point_id else [])
    patch = Patch()
    if frame:
        points = [p for outline in (zone.essential + zone.spillover if show_zone else ()) for p in outline]
        points += list(zip(zone.marker_x, zone.marker_y, strict=True)) if show_x else []
        x_range, y_range, labels = fit_layout([x for x, _ in points], [y for _, y in points])
        patch["layout"]["xaxis"]["range"] = x_range
        patch["layout"]["yaxis"]["range"] = y_range
        patch["layout"]["annotations"] = labels
    shown = Zone(
        zone.essential if show_zone else (),
        zone.spillover if show_zone else (),
        zone.marker_x if show_x else [],
        zone.marker_y if show_x else [],
    )
    draw_shapes(patch, shown.geometry())
    return patch
