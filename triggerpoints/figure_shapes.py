"""The layers that change on a click, drawn as layout shapes: the skin, the pain zones, the marks, the selected X.

Changing a shape makes Plotly redraw only the shapes (about 6 ms), whereas changing a trace redraws and restyles
every trace, every X included (40 ms on the bundled data, 300 ms with 2,000 points). So the figure's traces
never change on a click; these shape slots do. The order of the slots is the drawing order: all but the selected
X lie below the traces (region borders, outline, Xs), so every X stays visible and clickable over a zone.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from functools import lru_cache

from shapely.geometry import LineString, Polygon
from shapely.ops import unary_union

(
    SKIN_SHAPE,
    MARKED_FILL_SHAPE,
    SPILLOVER_SHAPE,
    HATCH_SHAPE,
    ESSENTIAL_SHAPE,
    MARKED_OUTLINE_SHAPE,
    SELECTED_SHAPE,
) = range(7)
HATCH_SPACING = 6.0  # figure units between the spillover zone's diagonal lines
# A slot with nothing to draw gets a path that draws nothing. Toggling a shape's `visible` would make Plotly
# recalculate and redraw every trace (350 ms with 2,000 points), so every slot stays visible.
HIDDEN_PATH = "M0,0"

Outline = Sequence[tuple[float, float]]


def polygon_path(outlines: Iterable[Outline]) -> str:
    """An SVG path (in figure units) with one closed subpath per outline; empty when there are none."""
    return " ".join("M" + " L".join(f"{x:g},{y:g}" for x, y in outline) + " Z" for outline in outlines)


def hatch_path(outlines: Iterable[Outline], spacing: float = HATCH_SPACING) -> str:
    """Diagonal lines clipped to the outlines: the spillover zone's hatching, which tells it apart without colour."""
    return _hatch(tuple(tuple(map(tuple, outline)) for outline in outlines), spacing)


@lru_cache(maxsize=2048)
def _hatch(outlines: tuple[Outline, ...], spacing: float) -> str:
    # Clipping costs a few milliseconds per zone, and each point's zone on each side is always the same.
    area = unary_union([Polygon(o).buffer(0) for o in outlines])
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


def _selected_path(radius: float = 8.5, arm: float = 5.0) -> str:
    """A ring with an X inside, in pixels around the point, so it keeps its size when the map zooms."""
    ring = [(radius * math.cos(a * math.pi / 12), radius * math.sin(a * math.pi / 12)) for a in range(24)]
    return polygon_path([ring]) + f" M{-arm},{-arm} L{arm},{arm} M{-arm},{arm} L{arm},{-arm}"


SELECTED_PATH = _selected_path()  # the same on every click; only its anchor moves


def layer_shapes(colors: dict[int, dict], skin: Iterable[Outline]) -> list[dict]:
    """The shape slots of the base figure: the skin drawn, every other slot empty until something selects it."""
    empty = {"type": "path", "path": HIDDEN_PATH, "layer": "below"}
    shapes = [dict(empty, **colors[slot]) for slot in range(SELECTED_SHAPE + 1)]
    shapes[SKIN_SHAPE]["path"] = polygon_path(skin)
    shapes[SPILLOVER_SHAPE]["line"] = dict(colors[SPILLOVER_SHAPE]["line"], width=1, dash="dot")
    shapes[HATCH_SHAPE]["line"] = dict(colors[HATCH_SHAPE]["line"], width=1)
    shapes[ESSENTIAL_SHAPE]["line"] = dict(colors[ESSENTIAL_SHAPE]["line"], width=1.4)
    shapes[MARKED_OUTLINE_SHAPE]["line"] = dict(colors[MARKED_OUTLINE_SHAPE]["line"], width=2.2, dash="dash")
    shapes[SELECTED_SHAPE].update(
        layer="above", xsizemode="pixel", ysizemode="pixel", xanchor=0, yanchor=0,
        line=dict(colors[SELECTED_SHAPE]["line"], width=2.2),
    )  # fmt: skip
    return shapes


def zone_geometry(
    essential: Iterable[Outline],
    spillover: Iterable[Outline],
    marked: Iterable[Outline],
    selected: tuple[float, float] | None,
) -> dict[int, dict]:
    """What each changing slot draws now: its path (and where the selected X is)."""
    spillover = list(spillover)
    marked_path = polygon_path(marked)
    paths = {
        MARKED_FILL_SHAPE: marked_path,
        SPILLOVER_SHAPE: polygon_path(spillover),
        HATCH_SHAPE: hatch_path(spillover),
        ESSENTIAL_SHAPE: polygon_path(essential),
        MARKED_OUTLINE_SHAPE: marked_path,
    }
    geometry = {slot: {"path": path or HIDDEN_PATH} for slot, path in paths.items()}
    geometry[SELECTED_SHAPE] = {"path": HIDDEN_PATH}
    if selected is not None:
        geometry[SELECTED_SHAPE] = {"path": SELECTED_PATH, "xanchor": selected[0], "yanchor": selected[1]}
    return geometry


def shape_outlines(path: str) -> list[list[tuple[float, float]]]:
    """The outlines of a polygon path, back as points (for tests and checks)."""
    outlines = []
    for part in path.split("M")[1:]:
        points = [tuple(float(v) for v in pair.split(",")) for pair in part.replace("Z", "").replace("L", " ").split()]
        outlines.append(points)
    return outlines
