"""The layers that change on a click, drawn as layout shapes: the skin, the selected point's muscle, the pain zones,
the marks, the selected X.

A zone is drawn as the pain charts draw it: the fine regions it covers on a view merged into one smooth outline
(`smooth_zone`), so no seam between regions shows, kept inside the drawn body.

Changing a shape makes Plotly redraw only the shapes (about 6 ms), whereas changing a trace redraws and restyles
every trace, every X included (40 ms on the bundled data, 300 ms with 2,000 points). So the figure's traces
never change on a click; these shape slots do. The order of the slots is the drawing order: all but the selected
X lie below the traces (region borders, outline, Xs), so every X stays visible and clickable over a zone. The
selected point's muscle lies under everything else that changes, so the zone always leads: a soft fill and a thin
outline, solid for a muscle near the skin (MUSCLE_SHAPE) and dashed for a deep one (DEEP_MUSCLE_SHAPE), the other of
the two left empty.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from functools import lru_cache

from shapely.geometry import LineString, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from triggerpoints.atlas.views import build_views

(
    SKIN_SHAPE,
    MUSCLE_SHAPE,
    DEEP_MUSCLE_SHAPE,
    MARKED_FILL_SHAPE,
    SPILLOVER_SHAPE,
    HATCH_SHAPE,
    ESSENTIAL_SHAPE,
    MARKED_OUTLINE_SHAPE,
    SELECTED_SHAPE,
) = range(9)
# One ring per view the selected X is drawn on (front, back and side at most), its main view first.
SELECTED_SHAPES = (SELECTED_SHAPE, SELECTED_SHAPE + 1, SELECTED_SHAPE + 2)
SEAM = 1.5  # figure units: merging a zone's regions closes gaps up to twice this wide (mitred, so corners stay)
ROUNDING = 3  # rounds of corner cutting that smooth the merged outline
HATCH_SPACING = 6.0  # figure units between the spillover zone's diagonal lines
# A slot with nothing to draw gets a path that draws nothing. Toggling a shape's `visible` would make Plotly
# recalculate and redraw every trace (350 ms with 2,000 points), so every slot stays visible.
HIDDEN_PATH = "M0,0"

Outline = Sequence[tuple[float, float]]


def polygon_path(outlines: Iterable[Outline]) -> str:
    """An SVG path (in figure units) with one closed subpath per outline; empty when there are none."""
    return " ".join("M" + " L".join(f"{x:g},{y:g}" for x, y in outline) + " Z" for outline in outlines)


def hatch_path(outlines: Iterable[Outline], spacing: float = HATCH_SPACING) -> str:
    """Diagonal lines clipped to the outlines (read even-odd, so a ring inside another is a hole): the spillover
    zone's hatching, which tells it apart without colour."""
    return _hatch(tuple(tuple(map(tuple, outline)) for outline in outlines), spacing)


@lru_cache(maxsize=2048)
def _hatch(outlines: tuple[Outline, ...], spacing: float) -> str:
    # Clipping costs a few milliseconds per zone, and each point's zone on each side is always the same.
    area = Polygon()
    for outline in outlines:
        area = area.symmetric_difference(Polygon(outline).buffer(0))
    if area.is_empty:
        return ""
    x0, y0, x1, y1 = area.bounds
    segments = []
    start = x0 - (y1 - y0)
    for n in range(math.ceil((x1 - start) / spacing) + 1):
        x = start + n * spacing
        clipped = LineString([(x, y1), (x + (y1 - y0), y0)]).intersection(area)
        for line in getattr(clipped, "geoms", [clipped]):
            if isinstance(line, LineString) and not line.is_empty:
                (ax, ay), (bx, by) = line.coords[0], line.coords[-1]
                segments.append(f"M{ax:.1f},{ay:.1f} L{bx:.1f},{by:.1f}")
    return " ".join(segments)


def outline_rings(shape: BaseGeometry) -> tuple[tuple[tuple[float, float], ...], ...]:
    """Every ring of a polygon or multipolygon (outer outlines and holes), rounded to 0.1, without the closing
    repeat."""
    polygons = [p for p in getattr(shape, "geoms", [shape]) if isinstance(p, Polygon) and not p.is_empty]
    return tuple(
        tuple((round(x, 1), round(y, 1)) for x, y in ring.coords[:-1])
        for polygon in polygons
        for ring in (polygon.exterior, *polygon.interiors)
    )


@lru_cache(maxsize=4)
def _body(view: str) -> BaseGeometry | None:
    """The drawn body of a view, which every zone stays inside."""
    views = build_views()
    return Polygon(views[view].silhouette).buffer(0) if view in views else None


@lru_cache(maxsize=4096)
def merged_area(outlines: tuple[Outline, ...]) -> BaseGeometry:
    """The regions of one view as one area: the hairline gaps between neighbours closed, every corner kept."""
    tiles = unary_union([Polygon(o).buffer(0) for o in outlines])
    return tiles.buffer(SEAM, join_style="mitre").buffer(-SEAM, join_style="mitre")


def _cut_corners(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A closed ring with every corner cut a quarter of the way along its edges (Chaikin's scheme)."""
    out = []
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        out += [(0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1), (0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1)]
    return out


def _rounded(polygon: Polygon) -> BaseGeometry:
    """The polygon with its corners rounded, holes included."""
    rings = []
    for ring in (polygon.simplify(0.3).exterior, *polygon.simplify(0.3).interiors):
        coords = list(ring.coords)[:-1]
        for _ in range(ROUNDING):
            coords = _cut_corners(coords)
        if len(coords) >= 3:
            rings.append(coords)
    return Polygon(rings[0], rings[1:]).buffer(0) if rings else Polygon()


@lru_cache(maxsize=4096)
def smooth_zone(view: str, outlines: tuple[Outline, ...]) -> BaseGeometry:
    """One smooth outline (holes kept) of the regions a zone covers on one view, inside the drawn body."""
    merged = merged_area(outlines)
    shape = unary_union([_rounded(p) for p in getattr(merged, "geoms", [merged]) if isinstance(p, Polygon)])
    body = _body(view)
    if body is not None:
        shape = shape.intersection(body)
    return shape.simplify(0.15)


def _selected_path(radius: float = 8.5, arm: float = 5.0) -> str:
    """A ring with an X inside, in pixels around the point, so it keeps its size when the map zooms."""
    ring = [(radius * math.cos(a * math.pi / 12), radius * math.sin(a * math.pi / 12)) for a in range(24)]
    return polygon_path([ring]) + f" M{-arm},{-arm} L{arm},{arm} M{-arm},{arm} L{arm},{-arm}"


SELECTED_PATH = _selected_path()  # the same on every click; only its anchor moves


def layer_shapes(colors: dict[int, dict], skin: Iterable[Outline]) -> list[dict]:
    """The shape slots of the base figure: the skin drawn, every other slot empty until something selects it."""
    empty = {"type": "path", "path": HIDDEN_PATH, "layer": "below"}
    shapes = [dict(empty, **colors[slot]) for slot in range(SELECTED_SHAPES[-1] + 1)]
    shapes[SKIN_SHAPE]["path"] = polygon_path(skin)
    shapes[MUSCLE_SHAPE]["line"] = dict(colors[MUSCLE_SHAPE]["line"], width=1.2)
    shapes[DEEP_MUSCLE_SHAPE]["line"] = dict(colors[DEEP_MUSCLE_SHAPE]["line"], width=1.2, dash="4px,3px")
    shapes[SPILLOVER_SHAPE]["line"] = dict(colors[SPILLOVER_SHAPE]["line"], width=1, dash="dot")
    shapes[HATCH_SHAPE]["line"] = dict(colors[HATCH_SHAPE]["line"], width=1)
    shapes[ESSENTIAL_SHAPE]["line"] = dict(colors[ESSENTIAL_SHAPE]["line"], width=1.4)
    shapes[MARKED_OUTLINE_SHAPE]["line"] = dict(colors[MARKED_OUTLINE_SHAPE]["line"], width=2.2, dash="dash")
    for slot in SELECTED_SHAPES:
        shapes[slot].update(
            layer="above", xsizemode="pixel", ysizemode="pixel", xanchor=0, yanchor=0,
            line=dict(colors[slot]["line"], width=2.2),
        )  # fmt: skip
    return shapes


def zone_geometry(
    essential: Iterable[Outline],
    spillover: Iterable[Outline],
    marked: Iterable[Outline],
    selected: Sequence[tuple[float, float]] = (),
    muscle: Iterable[Outline] = (),
    deep: bool = False,
) -> dict[int, dict]:
    """What each changing slot draws now: its path (and where the selected Xs are, one ring per view); the muscle
    in the solid slot, or the dashed one when it lies deep."""
    spillover = list(spillover)
    marked_path = polygon_path(marked)
    muscle_path = polygon_path(muscle)
    paths = {
        MUSCLE_SHAPE: "" if deep else muscle_path,
        DEEP_MUSCLE_SHAPE: muscle_path if deep else "",
        MARKED_FILL_SHAPE: marked_path,
        SPILLOVER_SHAPE: polygon_path(spillover),
        HATCH_SHAPE: hatch_path(spillover),
        ESSENTIAL_SHAPE: polygon_path(essential),
        MARKED_OUTLINE_SHAPE: marked_path,
    }
    geometry = {slot: {"path": path or HIDDEN_PATH} for slot, path in paths.items()}
    for slot, spot in itertools.zip_longest(SELECTED_SHAPES, selected[: len(SELECTED_SHAPES)]):
        geometry[slot] = {"path": HIDDEN_PATH} if spot is None else {"path": SELECTED_PATH, "xanchor": spot[0],
                                                                     "yanchor": spot[1]}  # fmt: skip
    return geometry


def shape_outlines(path: str) -> list[list[tuple[float, float]]]:
    """The outlines of a polygon path, back as points (for tests and checks)."""
    outlines = []
    for part in path.split("M")[1:]:
        points = [tuple(float(v) for v in pair.split(",")) for pair in part.replace("Z", "").replace("L", " ").split()]
        outlines.append(points)
    return outlines
