"""Builds the body-map figure once; what changes on a click is drawn by the shapes of `figure_shapes`.

The body is the atlas's drawing (`triggerpoints.atlas`): front, back and right-side views, each a skin silhouette
with its outline and light landmarks (collarbones, shoulder blades, kneecaps …). The dataset's fine regions lie
over it as an invisible trace that names the region under the pointer; the muscles layer (every muscle's outline,
hidden until the view turns it on) lies over the skin; the Xs stand on every view where the point can be seen, and a
zone is drawn on every view where it lies, as one smooth outline per view.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import plotly.graph_objects as go
from shapely.geometry import Polygon

from triggerpoints.atlas.views import build_views
from triggerpoints.data import Dataset
from triggerpoints.figure_frame import (
    CANVAS_BOTTOM,
    CANVAS_TOP,
    CANVAS_WIDTH,
    SIDES,
    VIEW_CENTERS,
    VIEWS,
)
from triggerpoints.figure_shapes import (
    DEEP_MUSCLE_SHAPE,
    ESSENTIAL_SHAPE,
    HATCH_SHAPE,
    MARKED_FILL_SHAPE,
    MARKED_OUTLINE_SHAPE,
    MUSCLE_SHAPE,
    SELECTED_SHAPES,
    SKIN_SHAPE,
    SPILLOVER_SHAPE,
    layer_shapes,
    merged_area,
    outline_rings,
    smooth_zone,
    zone_geometry,
)
from triggerpoints.muscle_map import muscle_outlines

# Trace order is part of the contract with the callbacks that patch the figure. The traces never change on a
# click (that would redraw every X); the zones, marks and selected X are layout shapes (see figure_shapes). The
# muscles layer lies under the body's lines and the Xs, its deep muscles under those near the skin.
REGIONS_TRACE, DEEP_MUSCLES_TRACE, MUSCLES_TRACE, LANDMARKS_TRACE, OUTLINE_TRACE, POINTS_TRACE = range(6)
MUSCLE_TRACES = (DEEP_MUSCLES_TRACE, MUSCLES_TRACE)

SKIN = "#f8e9df"
REGION_BORDER = "#dcc3b3"  # the handout's faint line between the two halves of its body outline
OUTLINE = "#8a5a44"
LANDMARK = "#cfa998"
ESSENTIAL_FILL = "rgba(178, 34, 34, 0.82)"
ESSENTIAL_LINE = "#7a1010"
SPILLOVER_FILL = "rgba(244, 163, 158, 0.55)"
SPILLOVER_LINE = "#c0504a"
MARKER = "#34404e"
# A light rim round each X keeps it readable on a dark essential zone as well as on the skin.
MARKER_RIM = "#ffffff"
SELECTED = "#1c5fd4"
MARKED_FILL = "rgba(56, 118, 229, 0.30)"
MARKED_LINE = "#1f56c4"
# The muscles are green-grey, apart from the red zones and the blue selection and marks.
MUSCLE_FILL = "rgba(46, 134, 114, 0.16)"
MUSCLE_LINE = "#2e7a68"
LAYER_FILL = "rgba(46, 134, 114, 0.07)"
LAYER_LINE = "rgba(46, 122, 104, 0.55)"
LAYER_DEEP_LINE = "rgba(46, 122, 104, 0.4)"  # deep muscles: lighter, dashed and unfilled, under the others
NO_FILL = "rgba(0, 0, 0, 0)"
VIEW_TITLES = {"front": "Front", "back": "Back", "side": "Right side"}
SIDE_LABEL_OFFSET = 128.0  # from a view's midline to its R and L labels, in figure units
SILHOUETTE_DETAIL = 0.15  # figure units the drawn outline may stray from the atlas's, to keep the figure light
LAYER_DETAIL = 0.25  # the same for the muscles layer's faint outlines (a third of its bytes)

Outline = tuple[tuple[float, float], ...]
Rings = tuple[Outline, ...]


@dataclass(frozen=True)
class Zone:
    """What one selection lights up on each view: its essential and spillover zones (smooth rings, holes being
    rings too), and where its Xs stand (the first selection's main view first)."""

    essential: Mapping[str, Rings]
    spillover: Mapping[str, Rings]
    markers: tuple[tuple[str, float, float], ...]  # (view, x, y)

    @property
    def views(self) -> tuple[str, ...]:
        """The views on which any of it is drawn, in front, back, side order."""
        drawn = {*self.essential, *self.spillover, *(view for view, _, _ in self.markers)}
        return tuple(view for view in VIEWS if view in drawn)

    def rings(self, views: Iterable[str] | None = None) -> tuple[Rings, Rings]:
        """The essential and the spillover rings on the given views (every view by default)."""
        wanted = tuple(views) if views is not None else VIEWS
        return (
            tuple(ring for view in wanted for ring in self.essential.get(view, ())),
            tuple(ring for view in wanted for ring in self.spillover.get(view, ())),
        )

    def geometry(
        self, marked: Iterable[Outline] = (), muscle: Iterable[Outline] = (), deep: bool = False
    ) -> dict[int, dict]:
        """The path of each changing shape slot for this zone, the marked regions and the selected muscle."""
        essential, spillover = self.rings()
        selected = [(x, y) for _, x, y in self.markers[: len(SELECTED_SHAPES)]]
        return zone_geometry(essential, spillover, marked, selected, muscle, deep)


def _outlines(polygons: Iterable[Outline], closed: bool = True) -> tuple[list, list]:
    """Concatenates outlines (closed, or open strokes) into x and y lists separated by None."""
    xs: list[float | None] = []
    ys: list[float | None] = []
    for points in polygons:
        end = [points[0]] if closed else []
        xs.extend([p[0] for p in (*points, *end)] + [None])
        ys.extend([p[1] for p in (*points, *end)] + [None])
    return xs, ys


def figure_colors(dark: bool) -> dict[str, dict[int, dict]]:
    """The colour properties of each trace and shape, for the light or the dark theme (the zones stay distinct)."""
    selected = {"line": {"color": "#8dbbff" if dark else SELECTED}}
    if not dark:
        return {
            "traces": {
                DEEP_MUSCLES_TRACE: {"fillcolor": NO_FILL, "line": {"color": LAYER_DEEP_LINE}},
                MUSCLES_TRACE: {"fillcolor": LAYER_FILL, "line": {"color": LAYER_LINE}},
                LANDMARKS_TRACE: {"line": {"color": LANDMARK}},
                OUTLINE_TRACE: {"line": {"color": OUTLINE}},
                POINTS_TRACE: {"marker": {"color": MARKER, "line": {"color": MARKER_RIM}}},
            },
            "shapes": {
                SKIN_SHAPE: {"fillcolor": SKIN, "line": {"width": 0}},
                **dict.fromkeys(
                    (MUSCLE_SHAPE, DEEP_MUSCLE_SHAPE), {"fillcolor": MUSCLE_FILL, "line": {"color": MUSCLE_LINE}}
                ),
                MARKED_FILL_SHAPE: {"fillcolor": MARKED_FILL, "line": {"width": 0}},
                SPILLOVER_SHAPE: {"fillcolor": SPILLOVER_FILL, "line": {"color": SPILLOVER_LINE}},
                HATCH_SHAPE: {"line": {"color": SPILLOVER_LINE}},
                ESSENTIAL_SHAPE: {"fillcolor": ESSENTIAL_FILL, "line": {"color": ESSENTIAL_LINE}},
                MARKED_OUTLINE_SHAPE: {"line": {"color": MARKED_LINE}},
                **dict.fromkeys(SELECTED_SHAPES, selected),
            },
        }
    return {
        "traces": {
            DEEP_MUSCLES_TRACE: {"fillcolor": NO_FILL, "line": {"color": "rgba(128, 214, 192, 0.38)"}},
            MUSCLES_TRACE: {"fillcolor": "rgba(128, 214, 192, 0.07)", "line": {"color": "rgba(128, 214, 192, 0.5)"}},
            LANDMARKS_TRACE: {"line": {"color": "#8f7a6e"}},
            OUTLINE_TRACE: {"line": {"color": "#d7c2b5"}},
            POINTS_TRACE: {"marker": {"color": "#eef2f6", "line": {"color": "#1b232c"}}},
        },
        "shapes": {
            SKIN_SHAPE: {"fillcolor": "#54463f", "line": {"width": 0}},
            **dict.fromkeys(
                (MUSCLE_SHAPE, DEEP_MUSCLE_SHAPE),
                {"fillcolor": "rgba(128, 214, 192, 0.2)", "line": {"color": "#8ad8c4"}},
            ),
            MARKED_FILL_SHAPE: {"fillcolor": "rgba(96, 165, 250, 0.35)", "line": {"width": 0}},
            SPILLOVER_SHAPE: {"fillcolor": "rgba(252, 165, 158, 0.20)", "line": {"color": "#ffa39b"}},
            HATCH_SHAPE: {"line": {"color": "#ffa39b"}},
            ESSENTIAL_SHAPE: {"fillcolor": "rgba(248, 113, 113, 0.92)", "line": {"color": "#ffd0cc"}},
            MARKED_OUTLINE_SHAPE: {"line": {"color": "#93c5fd"}},
            **dict.fromkeys(SELECTED_SHAPES, selected),
        },
    }


def _view_outlines(dataset: Dataset, region_ids: Iterable[str]) -> dict[str, tuple[Outline, ...]]:
    """View -> the outlines of the regions on that view."""
    by_view: dict[str, list[Outline]] = {}
    for region_id in region_ids:
        region = dataset.regions[region_id]
        for view in region.views:
            by_view.setdefault(view, []).append(region.outline(view))
    return {view: tuple(outlines) for view, outlines in by_view.items()}


def marked_outlines(dataset: Dataset, marked: Iterable[str]) -> list[Outline]:
    """The marked pain regions, merged per view so no seam shows between neighbours (rings; holes are rings)."""
    areas = _view_outlines(dataset, marked)
    return [ring for view in VIEWS if view in areas for ring in outline_rings(merged_area(areas[view]))]


def selection_zone(dataset: Dataset, selections: Iterable[tuple[str, str]]) -> Zone:
    """The smooth essential and spillover zones on each view, and the Xs, for (point id, side) selections; a point
    on a side it is not charted on (`Dataset.point_sides`) has neither there."""
    essential: dict[str, None] = {}
    spillover: dict[str, None] = {}
    markers: list[tuple[str, float, float]] = []
    for point_id, side in selections:
        if side not in dataset.point_sides(point_id):
            continue
        point = dataset.points[point_id]
        essential.update(dict.fromkeys(dataset.region_id(a, side) for a in point.referral_primary))
        spillover.update(dict.fromkeys(dataset.region_id(a, side) for a in point.referral_spillover))
        main = point.view
        for view in sorted(dataset.point_views(point_id, side), key=lambda v: v != main):
            markers.append((view, *dataset.position(point_id, side, view)))
    essential_outlines = _view_outlines(dataset, (r for r in essential if r in dataset.regions))
    spillover_outlines = _view_outlines(dataset, (r for r in spillover if r in dataset.regions))
    essential_zones = {view: smooth_zone(view, outlines) for view, outlines in essential_outlines.items()}
    spillover_zones = {}
    for view, outlines in spillover_outlines.items():
        shape = smooth_zone(view, outlines)
        if view in essential_zones:  # the spillover zone lies around the essential zone, never beneath it
            shape = shape.difference(essential_zones[view])
        spillover_zones[view] = shape
    return Zone(
        {view: rings for view, shape in essential_zones.items() if (rings := outline_rings(shape))},
        {view: rings for view, shape in spillover_zones.items() if (rings := outline_rings(shape))},
        tuple(markers),
    )


def _label(x: float, y: float, text: str, boxed: bool, **place: str) -> dict:
    style = dict(bordercolor="#9aa5b1", borderwidth=1.2, borderpad=4, bgcolor="rgba(255,255,255,0.85)") if boxed else {}
    return dict(x=x, y=y, text=f"<b>{text}</b>", showarrow=False, font=dict(size=15, color="#4a5563"), **style,
                **place)  # fmt: skip


def side_labels(view: str, left_x: float, right_x: float, y: float) -> list[dict]:
    """R and L at the two edges of a view: the front view shows the person's right on the viewer's left. The side
    view shows the right side alone, so its title says so and it has no letters."""
    if view == "side":
        return []
    left, right = ("R", "L") if view == "front" else ("L", "R")
    return [_label(left_x, y, left, True), _label(right_x, y, right, True)]


def view_annotations(zoom: tuple[str, list[float], list[float]] | None = None) -> list[dict]:
    """View titles and R / L labels, for the whole body or for a zoom (view, x range, reversed y range)."""
    if zoom is None:
        notes = []
        for view in VIEWS:
            center = VIEW_CENTERS[view]
            # Hung from the top of the canvas, so the title stays inside the figure however small it is drawn.
            notes.append(_label(center, CANVAS_TOP, VIEW_TITLES[view], False, yanchor="top"))
            notes += side_labels(view, center - SIDE_LABEL_OFFSET, center + SIDE_LABEL_OFFSET, 100)
        return notes
    view, (x0, x1), (y1, y0) = zoom
    inset = (x1 - x0) * 0.04
    return [
        _label((x0 + x1) / 2, y0 + (y1 - y0) * 0.03, f"{VIEW_TITLES[view]} view", True),
        *side_labels(view, x0 + inset, x1 - inset, y0 + (y1 - y0) * 0.1),
    ]


def _body_lines() -> tuple[list[Outline], list[Outline], list[Outline]]:
    """The atlas's silhouettes, outline strokes (silhouette and inner contours) and landmark strokes."""
    silhouettes, outlines, landmarks = [], [], []
    for view in build_views().values():
        silhouette = Polygon(view.silhouette).simplify(SILHOUETTE_DETAIL)
        silhouettes.append(tuple(silhouette.exterior.coords)[:-1])
        outlines.append(silhouettes[-1] + silhouettes[-1][:1])
        outlines.extend(view.contours)
        landmarks.extend(stroke for landmark in view.landmarks for stroke in landmark.strokes)
    return silhouettes, outlines, landmarks


def muscle_layer(dataset: Dataset) -> list[go.Scatter]:
    """The muscles layer, hidden until the view turns it on: every muscle's outline on every view and side, faintly
    filled, the deep ones dashed and under the others. Its `meta` gives each outline, in order, [name, rank in the
    pick order], for the browser to name the muscle under the pointer as the server picks one under a click."""
    traces = []
    colors = figure_colors(False)["traces"]
    for trace, deep, name, dash in ((DEEP_MUSCLES_TRACE, True, "deep muscles", "3px,3px"),
                                    (MUSCLES_TRACE, False, "muscles", "solid")):  # fmt: skip
        drawn = [m for m in muscle_outlines(dataset) if m.deep is deep]
        pieces = [(m, piece) for m in drawn for piece in m.pieces]
        xs, ys = _outlines(tuple(Polygon(piece).simplify(LAYER_DETAIL).exterior.coords)[:-1] for _, piece in pieces)
        labels = [[dataset.muscles[m.muscle].name + (" (deep)" if deep else ""), m.rank] for m, _ in pieces]
        traces.append(go.Scatter(x=xs, y=ys, mode="lines", fill="toself", meta=labels, visible=False,
                                 hoverinfo="skip", name=name, fillcolor=colors[trace]["fillcolor"],
                                 line=dict(color=colors[trace]["line"]["color"], width=0.9, dash=dash)))  # fmt: skip
    return traces


def build_body_figure(dataset: Dataset) -> go.Figure:
    """The base figure: the three views, every region (unseen, for hover), the muscles layer (hidden), and an X
    wherever a point is seen."""
    outlines = [(region, region.outline(view)) for region in dataset.regions.values() for view in region.views]
    region_x, region_y = _outlines(outline for _, outline in outlines)
    # One label per outline, in order: the browser names the region under the pointer from these.
    region_labels = [dataset.area_label(region.area, region.side) for region, _ in outlines]
    silhouettes, body_lines, landmarks = _body_lines()
    outline_x, outline_y = _outlines(body_lines, closed=False)
    landmark_x, landmark_y = _outlines(landmarks, closed=False)
    markers = point_markers(dataset, dataset.points)
    traces = [
        # Never drawn: the pain finder reads the outlines to name the region under the pointer.
        go.Scatter(x=region_x, y=region_y, mode="lines", meta=region_labels, visible=False, hoverinfo="skip",
                   name="regions"),
        *muscle_layer(dataset),
        go.Scatter(x=landmark_x, y=landmark_y, mode="lines", line=dict(color=LANDMARK, width=0.9),
                   hoverinfo="skip", name="landmarks"),
        go.Scatter(x=outline_x, y=outline_y, mode="lines", line=dict(color=OUTLINE, width=1.5), hoverinfo="skip",
                   name="outline"),
        go.Scatter(**markers, mode="markers", name="trigger points",
                   hovertemplate="<b>%{hovertext}</b><br>Click to see its pain pattern<extra></extra>",
                   marker=dict(symbol="x", size=7, color=MARKER, line=dict(color=MARKER_RIM, width=1))),
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
        shapes=layer_shapes(figure_colors(False)["shapes"], silhouettes),
        hoverlabel=dict(bgcolor="white", font=dict(size=14)),
    )
    return figure


def point_markers(dataset: Dataset, point_ids: Iterable[str]) -> dict[str, list]:
    """x, y, customdata ([id, side]) and hover text of the X markers of some points, on each side a point is charted
    on (`Dataset.point_sides`), on every view where each is drawn (a click on any of them selects the same point and
    side). The right side's Xs come first."""
    wanted = set(point_ids)
    ids = [p for p in dataset.points if p in wanted]
    markers: dict[str, list] = {"x": [], "y": [], "customdata": [], "hovertext": []}
    for side in SIDES:
        for point_id in (p for p in ids if side in dataset.point_sides(p)):
            for view in dataset.point_views(point_id, side):
                x, y = dataset.position(point_id, side, view)
                markers["x"].append(x)
                markers["y"].append(y)
                markers["customdata"].append([point_id, side])
                markers["hovertext"].append(f"{dataset.point_name(point_id)} ({side})")
    return markers
