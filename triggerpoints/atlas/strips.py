"""The shapes that fine-area cells are made of, and the strips of the body they are cut along.

Owns the cell helpers (`ellipse`, `poly`, `smooth`, half-planes under or over a curve, bands along a curve),
`Strip` (a band between two edges of the body, at fractions s across it and between heights v, so that every
cell cut from it follows the limb) and the named strips of each view: `TORSO`, `ARM` and `LEG` on front and back
(the person's right half), `SIDE_ARM` and `SIDE_BODY` on the side view. Body coordinates (see `frame`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from shapely import affinity
from shapely.geometry import Point as ShapelyPoint
from shapely.geometry import Polygon, box
from shapely.geometry.base import BaseGeometry

from triggerpoints.atlas import front_back, side_view
from triggerpoints.atlas.curves import Point, spline

Cells = list[tuple[str, BaseGeometry]]
Span = float | tuple[float, float]


def ellipse(u: float, v: float, ru: float, rv: float) -> Polygon:
    """An ellipse cell centred on (u, v)."""
    return affinity.scale(ShapelyPoint(u, v).buffer(1.0, quad_segs=16), ru, rv)


def poly(*points: Point) -> Polygon:
    """A polygon cell through the points."""
    return Polygon(points)


def smooth(*points: Point) -> Polygon:
    """A closed smooth cell through the points (a spline), for rounded zones such as the shoulder blade."""
    return Polygon(spline([*points, points[0]], samples=6))


def below(curve: Sequence[Point], far: float = 1000.0) -> Polygon:
    """Everything below a curve running left to right (its ends carried far out sideways)."""
    pts = list(spline(curve, samples=6))
    (u0, v0), (u1, v1) = pts[0], pts[-1]
    return Polygon([(u0 - 300, v0), *pts, (u1 + 300, v1), (u1 + 300, far), (u0 - 300, far)])


def above(curve: Sequence[Point]) -> Polygon:
    """Everything above a curve running left to right."""
    return below(curve, far=-1000.0)


def left_of(u: float) -> Polygon:
    """Everything nearer the midline than u (front and back) or behind u (side)."""
    return box(-1000, -1000, u, 2000)


def band_along(curve: Sequence[Point], up: float, down: float) -> Polygon:
    """A band that follows a curve, reaching up above it and down below it (in v)."""
    pts = spline(curve, samples=6)
    return Polygon([(u, v - up) for u, v in pts] + [(u, v + down) for u, v in reversed(pts)])


def _pair(span: Span) -> tuple[float, float]:
    return span if isinstance(span, tuple) else (span, span)


@dataclass(frozen=True)
class Strip:
    """The band between two edges of the body that run downwards (v increasing): s = 0 on `first`, 1 on
    `second`; outside [0, 1] it carries on past the edges."""

    first: tuple[Point, ...]
    second: tuple[Point, ...]

    def u(self, s: float, v: float) -> float:
        """The u of the point s across the band at height v."""
        a = float(np.interp(v, [p[1] for p in self.first], [p[0] for p in self.first]))
        b = float(np.interp(v, [p[1] for p in self.second], [p[0] for p in self.second]))
        return a + (b - a) * s

    def cell(self, v0: Span, v1: Span, s0: Span = -2.0, s1: Span = 3.0, samples: int = 12) -> Polygon:
        """The cell from height v0 to v1 and from s0 to s1 across. A pair for v0 or v1 tilts that end (its v at
        s0, at s1); a pair for s0 or s1 slants that side (its s at the top, at the bottom)."""
        (top_a, top_b), (bottom_a, bottom_b) = _pair(v0), _pair(v1)
        (s0_top, s0_bottom), (s1_top, s1_bottom) = _pair(s0), _pair(s1)
        ts = np.linspace(0.0, 1.0, samples)

        def side(s_top: float, s_bottom: float, v_top: float, v_bottom: float) -> list[Point]:
            out = []
            for t in ts:
                s = s_top + (s_bottom - s_top) * t
                v = v_top + (v_bottom - v_top) * t
                out.append((self.u(s, v), v))
            return out

        left = side(s0_top, s0_bottom, top_a, bottom_a)
        right = side(s1_top, s1_bottom, top_b, bottom_b)
        return Polygon([*left, *right[::-1]])


# Edges of the front and back views (the same outline down to the ankles), each running downwards.
MIDLINE: tuple[Point, ...] = ((0.0, -100.0), (0.0, 1000.0))
TORSO_EDGE = tuple(front_back.TORSO_AND_OUTER_LEG[:13])
LEG_OUTER = tuple(front_back.TORSO_AND_OUTER_LEG[6:])
LEG_INNER = tuple(front_back.INNER_LEG_TO_CROTCH[::-1])
ARM_OUTER = tuple(front_back.NECK_SHOULDER_ARM[8:])
ARM_INNER = tuple(front_back.INNER_ARM_TO_ARMPIT[::-1])
TORSO = Strip(MIDLINE, TORSO_EDGE)
LEG = Strip(LEG_INNER, LEG_OUTER)
ARM = Strip(ARM_INNER, ARM_OUTER)

# The side view's arm: s = 0 on its back edge, 1 on its front edge (the thumb side below the elbow).
SIDE_ARM = Strip(tuple(side_view.ARM_BACK[::-1]), tuple(side_view.ARM_FRONT))
# The side view: s = 0 on the back of the body, 1 on its front.
SIDE_BODY = Strip(tuple(side_view.BACK_OF_BODY[::-1]), tuple(side_view.FRONT_OF_BODY))
