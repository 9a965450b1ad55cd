"""The head's fine areas: the cells that cut the head of each view into the zones the referral charts use.

Body coordinates (see `frame`); front and back are cut for the person's right half and mirrored later.
"""

from __future__ import annotations

from shapely import affinity
from shapely.geometry import Point, Polygon, box
from shapely.geometry.base import BaseGeometry

from triggerpoints.atlas import front_back, side_view
from triggerpoints.atlas.curves import spline
from triggerpoints.atlas.cutting import clip


def _poly(*points: tuple[float, float]) -> Polygon:
    return Polygon(points)


def _ellipse(u: float, v: float, ru: float, rv: float) -> Polygon:
    return affinity.scale(Point(u, v).buffer(1.0, quad_segs=16), ru, rv)


def head_region(view: str) -> Polygon:
    """The head of a view in body coordinates: above the jaw and the base of the skull (front and back: the
    person's right half only)."""
    if view == "side":
        body = Polygon(side_view.silhouette())
        above = _poly((-80, -10), (90, -10), (90, 117), (14, 117), (2, 104), (-10, 97), (-33, 100), (-80, 100))
        return clip(body, above)
    body = Polygon(front_back.silhouette(view))
    if view == "front":
        jaw = spline(front_back.JAWLINE)
        # The jawline starts just inside the cheek's outline: the hairline between them is the head's too.
        above = Polygon([(0, -10), (80, -10), (80, jaw[0][1]), *jaw]) | (box(30, 80, 40, 93) - Polygon(jaw))
    else:
        above = _poly((0, -10), (80, -10), (80, 100.2), (28.8, 100.2), (0, 106))
    return clip(body, above)


def _front_cells() -> list[tuple[str, BaseGeometry]]:
    """Front view: each head area and the cell it may take, in priority order (person's right half)."""
    return [
        ("ear", box(38.3, 40, 60, 84)),
        ("tmj", box(32.5, 56, 40, 70)),
        ("behind-the-eye", _ellipse(16.7, 53.8, 8.8, 4.2) | box(22, 52, 29, 56)),
        ("around-the-eye", _ellipse(16.5, 54.5, 11.5, 6.8)),
        ("eyebrow", _poly((5, 48), (5, 42), (11, 39), (18, 38), (25, 39), (31, 42.5), (31, 48))),
        ("nose", _poly((0, 46), (5.5, 46), (7.5, 62), (11, 72), (10.5, 79.5), (0, 79.5))),
        ("upper-front-teeth", box(0, 79.5, 8, 87.5)),
        ("lower-front-teeth", box(0, 87.5, 8, 96.5)),
        ("upper-back-teeth", _poly((8, 79.5), (17, 79.5), (18.5, 87.5), (8, 87.5))),
        ("lower-back-teeth", _poly((8, 87.5), (18.5, 87.5), (16.5, 96.5), (8, 96.5))),
        ("chin", _poly((0, 96.5), (14.5, 96.5), (17, 112), (0, 112))),
        ("jaw-angle", _poly((27, 88), (40, 86), (40, 112), (22, 112))),
        ("side-of-jaw", _poly((23, 70), (40, 68), (40, 86), (27, 88), (22, 112), (14, 112))),
        ("cheekbone", _poly((12, 61), (33, 57), (38, 62), (38, 70), (14, 68))),
        ("lower-cheek", box(5, 60, 30, 100)),
        ("temple-front", _poly((27, 15), (45, 15), (45, 58), (31, 58), (29, 48), (26, 36))),
        ("crown", box(0, -10, 60, 14)),
        ("forehead", box(0, 10, 40, 50)),
    ]


def _side_cells() -> list[tuple[str, BaseGeometry]]:
    """Side view: each head area and the cell it may take, in priority order."""
    ear = Polygon(side_view.landmarks()["ear"][0])
    return [
        ("ear", ear.convex_hull),
        ("tmj", _poly((2, 57), (12, 56), (13, 71), (3, 73))),
        ("behind-the-ear", _poly((-12, 47), (-25, 49), (-27, 86), (-15, 96), (-8, 86))),
        ("behind-the-eye", _ellipse(36.5, 54.2, 6.0, 3.8) | box(27, 52.5, 33, 56)),
        ("around-the-eye", _ellipse(37.5, 54.5, 10.0, 6.5)),
        ("eyebrow", box(27, 38, 50, 48)),
        ("nose", _poly((42, 48), (70, 48), (70, 79), (45, 79), (43, 66))),
        ("upper-front-teeth", box(40, 77, 60, 87)),
        ("lower-front-teeth", box(40, 87, 60, 97)),
        ("upper-back-teeth", box(24, 78, 40, 87)),
        ("lower-back-teeth", box(24, 87, 40, 96)),
        ("chin", _poly((28, 97), (60, 97), (60, 122), (26, 122))),
        ("jaw-angle", _poly((-9, 79), (4, 73), (13, 90), (12, 122), (-9, 112))),
        ("side-of-jaw", _poly((12, 70), (28, 70), (30, 122), (11, 122))),
        ("cheekbone", box(10, 56, 42, 70)),
        ("lower-cheek", box(26, 66, 48, 97)),
        ("temple-front", _poly((12, 17), (27, 21), (31, 40), (27, 56), (12, 56))),
        ("temple-middle", _poly((-7, 15), (12, 17), (12, 57), (2, 57), (-7, 46))),
        ("temple-back", _poly((-27, 17), (-7, 15), (-7, 46), (-12, 47), (-25, 49))),
        ("crown", box(-40, -10, 30, 16)),
        ("forehead", box(18, -10, 90, 50)),
        ("base-of-skull", box(-80, 74, -20, 101)),
        ("back-of-head", box(-80, -10, 0, 101)),
    ]


def _back_cells() -> list[tuple[str, BaseGeometry]]:
    """Back view: each head area and the cell it may take, in priority order (person's right half)."""
    return [
        ("ear", box(38.3, 40, 60, 84)),
        ("behind-the-ear", _poly((28, 46), (38.6, 44), (38.6, 86), (33, 98), (26, 92))),
        ("base-of-skull", _poly((0, 72), (22, 76), (28, 80), (33, 98), (31, 106), (0, 108))),
        ("crown", box(0, -10, 60, 34)),
        ("back-of-head", box(0, -10, 60, 110)),
    ]


def head_cells(view: str) -> list[tuple[str, BaseGeometry]]:
    """Each head area of a view and the cell it may take, in priority order."""
    return {"front": _front_cells, "back": _back_cells, "side": _side_cells}[view]()
