"""Smooth curves from control points (centripetal Catmull-Rom splines) and simple shapes (ellipses, arcs).

Every function returns a polyline: a tuple of (x, y) points, sampled densely enough to read as a curve.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

Point = tuple[float, float]
Polyline = tuple[Point, ...]

SAMPLES = 10


def _catmull_rom_segment(p0: Point, p1: Point, p2: Point, p3: Point, samples: int) -> list[Point]:
    """Points from p1 towards p2 (p2 excluded) on the centripetal Catmull-Rom spline through p0..p3."""

    def knot(t: float, a: Point, b: Point) -> float:
        return t + max(math.dist(a, b), 1e-6) ** 0.5

    t0 = 0.0
    t1 = knot(t0, p0, p1)
    t2 = knot(t1, p1, p2)
    t3 = knot(t2, p2, p3)
    out: list[Point] = []
    for i in range(samples):
        t = t1 + (t2 - t1) * i / samples
        a1 = _lerp(p0, p1, (t - t0) / (t1 - t0))
        a2 = _lerp(p1, p2, (t - t1) / (t2 - t1))
        a3 = _lerp(p2, p3, (t - t2) / (t3 - t2))
        b1 = _lerp(a1, a2, (t - t0) / (t2 - t0))
        b2 = _lerp(a2, a3, (t - t1) / (t3 - t1))
        out.append(_lerp(b1, b2, (t - t1) / (t2 - t1)))
    return out


def _lerp(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def spline(points: Sequence[Point], samples: int = SAMPLES, closed: bool = False) -> Polyline:
    """A smooth curve through every control point (centripetal Catmull-Rom, so it never loops or overshoots)."""
    pts = [tuple(map(float, p)) for p in points]
    if len(pts) < 2:
        return tuple(pts)
    if closed:
        ring = [pts[-1], *pts, pts[0], pts[1]]
        out: list[Point] = []
        for i in range(len(pts)):
            out.extend(_catmull_rom_segment(ring[i], ring[i + 1], ring[i + 2], ring[i + 3], samples))
        return tuple(out)
    # Phantom end points continue the first and last segments straight on.
    first = (2 * pts[0][0] - pts[1][0], 2 * pts[0][1] - pts[1][1])
    last = (2 * pts[-1][0] - pts[-2][0], 2 * pts[-1][1] - pts[-2][1])
    ext = [first, *pts, last]
    out = []
    for i in range(len(pts) - 1):
        out.extend(_catmull_rom_segment(ext[i], ext[i + 1], ext[i + 2], ext[i + 3], samples))
    out.append(pts[-1])
    return tuple(out)


def chain(*runs: Sequence[Point], samples: int = SAMPLES) -> Polyline:
    """Smooth runs joined end to start; each join is a corner (a crease, such as the armpit or between fingers)."""
    out: list[Point] = []
    for run in runs:
        curve = spline(run, samples)
        if out and math.dist(out[-1], curve[0]) < 1e-6:
            curve = curve[1:]
        out.extend(curve)
    return tuple(out)


def ellipse(cx: float, cy: float, rx: float, ry: float, angle: float = 0.0, samples: int = 40) -> Polyline:
    """A closed ellipse (first point repeated at the end) turned by angle degrees."""
    a = math.radians(angle)
    ca, sa = math.cos(a), math.sin(a)
    out = []
    for i in range(samples + 1):
        t = 2 * math.pi * i / samples
        x, y = rx * math.cos(t), ry * math.sin(t)
        out.append((cx + x * ca - y * sa, cy + x * sa + y * ca))
    return tuple(out)


def arc(cx: float, cy: float, rx: float, ry: float, start: float, end: float, samples: int = 16) -> Polyline:
    """Part of an ellipse from start to end degrees (0° points along +x, 90° along +y, i.e. downwards)."""
    out = []
    for i in range(samples + 1):
        t = math.radians(start + (end - start) * i / samples)
        out.append((cx + rx * math.cos(t), cy + ry * math.sin(t)))
    return tuple(out)


def mirror(points: Iterable[Point], axis_x: float = 0.0) -> Polyline:
    """The points mirrored about the vertical line x = axis_x."""
    return tuple((2 * axis_x - x, y) for x, y in points)
