"""Builds the body-map figure once; what changes on a click is drawn by the shapes of `figure_shapes`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import plotly.graph_objects as go
from shapely.geometry import Polygon
from shapely.ops import unary_union

from triggerpoints.data import Dataset
from triggerpoints.figure_frame import (
    BACK_CENTER_X,
    CANVAS_BOTTOM,
    CANVAS_TOP,
    CANVAS_WIDTH,
    FRONT_CENTER_X,
    SIDES,
)
from triggerpoints.figure_shapes import (
    ESSENTIAL_SHAPE,
    HATCH_SHAPE,
    MARKED_FILL_SHAPE,
    MARKED_OUTLINE_SHAPE,
    SELECTED_SHAPE,
    SKIN_SHAPE,
    SPILLOVER_SHAPE,
    layer_shapes,
    zone_geometry,
)

# Trace order is part of the contract with the callbacks that patch the figure. The traces never change on a
# click (that would redraw every X); the zones, marks and selected X are layout shapes (see figure_shapes).
REGIONS_TRACE, OUTLINE_TRACE, POINTS_TRACE = range(3)

SKIN = "#f7e9df"
REGION_BORDER = "#dcc3b3"
OUTLINE = "#8c6d5f"
ESSENTIAL_FILL = "rgba(178, 34, 34, 0.82)"
ESSENTIAL_LINE = "#7a1010"
SPILLOVER_FILL = "rgba(244, 163, 158, 0.55)"
SPILLOVER_LINE = "#c0504a"
MARKER = "#34404e"
SELECTED = "#1c5fd4"
MARKED_FILL = "rgba(56, 118, 229, 0.30)"
MARKED_LINE = "#1f56c4"


@dataclass(frozen=True)
class Zone:
    """What one selection lights up: the outlines of its essential and spillover regions, and where its X stands."""

    essential: tuple[tuple[tuple[float, float], ...], ...]
    spillover: tuple[tuple[tuple[float, float], ...], ...]
    marker_x: list[float]
    marker_y: list[float]

    def geometry(self, marked: Iterable[tuple[tuple[float, float], ...]] = ()) -> dict[int, dict]:
        """The path of each changing shape slot for this zone and the marked regions."""
        selected = (self.marker_x[0], self.marker_y[0]) if self.marker_x else None
        return zone_geometry(self.essential, self.spillover, marked, selected)


def _outlines(polygons: Iterable[tuple[tuple[float, float], ...]]) -> tuple[list, list]:
    """Concatenates closed outlines into x and y lists separated by None."""
    xs: list[float | None] = []
    ys: list[float | None] = []
    for points in polygons:
        xs.extend([p[0] for p in points] + [points[0][0], None])
        ys.extend([p[1] for p in points] + [points[0][1], None])
    return xs, ys


def figure_colors(dark: bool) -> dict[str, dict[int, dict]]:
    """The colour properties of each trace and shape, for the light or the dark theme (the zones stay distinct)."""
    if not dark:
        return {
            "traces": {
                REGIONS_TRACE: {"line": {"color": REGION_BORDER}},
                OUTLINE_TRACE: {"line": {"color": OUTLINE}},
                POINTS_TRACE: {"marker": {"color": MARKER, "line": {"color": MARKER}}},
            },
            "shapes": {
                SKIN_SHAPE: {"fillcolor": SKIN, "line": {"width": 0}},
                MARKED_FILL_SHAPE: {"fillcolor": MARKED_FILL, "line": {"width": 0}},
                SPILLOVER_SHAPE: {"fillcolor": SPILLOVER_FILL, "line": {"color": SPILLOVER_LINE}},
                HATCH_SHAPE: {"line": {"color": SPILLOVER_LINE}},
                ESSENTIAL_SHAPE: {"fillcolor": ESSENTIAL_FILL, "line": {"color": ESSENTIAL_LINE}},
                MARKED_OUTLINE_SHAPE: {"line": {"color": MARKED_LINE}},
                SELECTED_SHAPE: {"line": {"color": SELECTED}},
            },
        }
    return {
        "traces": {
            REGIONS_TRACE: {"line": {"color": "#77645a"}},
            OUTLINE_TRACE: {"line": {"color": "#d7c2b5"}},
            POINTS_TRACE: {"marker": {"color": "#eef2f6", "line": {"color": "#eef2f6"}}},
        },
        "shapes": {
            SKIN_SHAPE: {"fillcolor": "#54463f", "line": {"width": 0}},
            MARKED_FILL_SHAPE: {"fillcolor": "rgba(96, 165, 250, 0.35)", "line": {"width": 0}},
            SPILLOVER_SHAPE: {"fillcolor": "rgba(252, 165, 158, 0.30)", "line": {"color": "#ffa39b"}},
            HATCH_SHAPE: {"line": {"color": "#ffa39b"}},
            ESSENTIAL_SHAPE: {"fillcolor": "rgba(239, 68, 68, 0.88)", "line": {"color": "#ffd0cc"}},
            MARKED_OUTLINE_SHAPE: {"line": {"color": "#93c5fd"}},
            SELECTED_SHAPE: {"line": {"color": "#8dbbff"}},
        },
    }


def marked_outlines(dataset: Dataset, marked: Iterable[str]) -> list[tuple[tuple[float, float], ...]]:
    """The outlines of the marked pain regions."""
    return [dataset.regions[r].points for r in marked]


def selection_zone(dataset: Dataset, selections: Iterable[tuple[str, str]]) -> Zone:
    """The essential and spillover outlines and the Xs for (point id, side) selections."""
    essential: dict[str, None] = {}
    spillover: dict[str, None] = {}
    marker_x: list[float] = []
    marker_y: list[float] = []
    for point_id, side in selections:
        point = dataset.points[point_id]
        essential.update(dict.fromkeys(dataset.region_id(a, side) for a in point.referral_primary))
        spillover.update(dict.fromkeys(dataset.region_id(a, side) for a in point.referral_spillover))
        x, y = dataset.position(point_id, side)
        marker_x.append(x)
        marker_y.append(y)
    return Zone(
        tuple(dataset.regions[r].points for r in essential),
        tuple(dataset.regions[r].points for r in spillover if r not in essential),
        marker_x,
        marker_y,
    )


def _label(x: float, y: float, text: str, boxed: bool) -> dict:
    style = dict(bordercolor="#9aa5b1", borderwidth=1.2, borderpad=4, bgcolor="rgba(255,255,255,0.85)") if boxed else {}
    return dict(x=x, y=y, text=f"<b>{text}</b>", showarrow=False, font=dict(size=15, color="#4a5563"), **style)


def side_labels(view: str, left_x: float, right_x: float, y: float) -> list[dict]:
    """R and L at the two edges of a view: the front view shows the person's right on the viewer's left."""
    left, right = ("R", "L") if view == "front" else ("L", "R")
    return [_label(left_x, y, left, True), _label(right_x, y, right, True)]


def view_annotations(zoom: tuple[str, list[float], list[float]] | None = None) -> list[dict]:
    """View titles and R / L labels, for the whole body or for a zoom (view, x range, reversed y range)."""
    if zoom is None:
        notes = []
        for view, center in (("front", FRONT_CENTER_X), ("back", BACK_CENTER_X)):
            notes.append(_label(center, CANVAS_TOP + 10, view.capitalize(), False))
            notes += side_labels(view, center - 128, center + 128, 100)
        return notes
    view, (x0, x1), (y1, y0) = zoom
    inset = (x1 - x0) * 0.04
    return [
        _label((x0 + x1) / 2, y0 + (y1 - y0) * 0.03, f"{view.capitalize()} view", True),
        *side_labels(view, x0 + inset, x1 - inset, y0 + (y1 - y0) * 0.1),
    ]


def build_body_figure(dataset: Dataset) -> go.Figure:
    """The base figure: both views, every region, and an X for every point on both sides."""
    regions = list(dataset.regions.values())
    region_x, region_y = _outlines(r.points for r in regions)
    # One label per outline, in order: the browser names the region under the pointer from these.
    region_labels = [dataset.area_label(r.area, r.side) for r in regions]
    outline_x, outline_y = _outlines(_view_outlines(dataset))
    markers = point_markers(dataset, dataset.points)
    traces = [
        go.Scatter(x=region_x, y=region_y, mode="lines", meta=region_labels,
                   line=dict(color=REGION_BORDER, width=0.7), hoverinfo="skip", name="regions"),
        go.Scatter(x=outline_x, y=outline_y, mode="lines", line=dict(color=OUTLINE, width=1.6), hoverinfo="skip",
                   name="outline"),
        go.Scatter(**markers, mode="markers", name="trigger points",
                   hovertemplate="<b>%{hovertext}</b><br>Click to see its pain pattern<extra></extra>",
                   marker=dict(symbol="x-thin", size=8, color=MARKER, line=dict(color=MARKER, width=2))),
    ]  # fmt: skip
    figure = go.Figure(data=traces)
    figure.update_layout(
        margin=dict(l=0, r=0, t=0, b=0),
        # "domain": Plotly keeps the figure's proportions by narrowing the plot, not by widening the x range. A
        # widened range is written back into the figure, so every patch would look like a new range and redraw
        # every trace (300 ms with 2,000 points instead of about 10).
        xaxis=dict(range=[0, CANVAS_WIDTH], visible=False, fixedrange=True, constrain="domain"),
        yaxis=dict(
            range=[CANVAS_BOTTOM, CANVAS_TOP], visible=False, fixedrange=True, scaleanchor="x", constrain="domain"
        ),
        showlegend=False,
        dragmode=False,
        hovermode="closest",
        hoveranywhere=False,
        clickanywhere=False,
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        annotations=view_annotations(),
        shapes=layer_shapes(figure_colors(False)["shapes"], [r.points for r in regions]),
        hoverlabel=dict(bgcolor="white", font=dict(size=14)),
    )
    return figure


def point_markers(dataset: Dataset, point_ids: Iterable[str]) -> dict[str, list]:
    """x, y, customdata ([id, side]) and hover text of the X markers of some points, on both sides."""
    wanted = set(point_ids)
    ids = [p for p in dataset.points if p in wanted]
    markers: dict[str, list] = {"x": [], "y": [], "customdata": [], "hovertext": []}
    for side in SIDES:
        for point_id in ids:
            x, y = dataset.position(point_id, side)
            markers["x"].append(x)
            markers["y"].append(y)
            markers["customdata"].append([point_id, side])
            markers["hovertext"].append(f"{dataset.points[point_id].muscle} ({side})")
    return markers


def _view_outlines(dataset: Dataset) -> list[tuple[tuple[float, float], ...]]:
    """The outer outline of each view, from the union of its regions."""
    outlines = []
    for view in ("front", "back"):
        # A slight grow-and-shrink closes the hairline seams that rounding leaves between regions.
        union = unary_union([Polygon(r.points).buffer(0.2) for r in dataset.regions.values() if r.view == view])
        body = union.buffer(-0.2)
        outlines.extend(tuple(part.exterior.coords) for part in getattr(body, "geoms", [body]))
    return outlines
