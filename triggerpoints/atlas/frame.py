"""The atlas's coordinate frame and the body's proportions.

Figure coordinates are SVG-style (x to the right, y downwards), the same frame as today's figure: the top of
the head stands at y = TOP and the views keep today's centres (front at x = 170, back at x = 510), with the
side view added to their right. Each view is drawn in body coordinates first: u across (for the front and
back: distance from the midline, outwards, for the person's right half; for the side: forwards, towards the
face, from the plumb line through the ear), v down from the top of the head. The body is HEAD units per head
and 7.5 heads tall, an adult's proportions.
"""

from __future__ import annotations

HEAD = 108.0
HEADS_TALL = 7.5
TOP = 20.0
HEIGHT = HEAD * HEADS_TALL

FRONT_CENTER_X = 170.0
BACK_CENTER_X = 510.0
SIDE_CENTER_X = 835.0
VIEW_CENTERS = {"front": FRONT_CENTER_X, "back": BACK_CENTER_X, "side": SIDE_CENTER_X}
VIEWS = ("front", "back", "side")

CANVAS_LEFT = 0.0
CANVAS_RIGHT = 990.0
CANVAS_TOP = -10.0
CANVAS_BOTTOM = 880.0

# Heights of the body's levels, from the top of the head, in body units (v).
LEVELS: dict[str, float] = {
    "brow": 45.0,
    "eye": 54.0,
    "nose_base": 77.0,
    "mouth": 87.0,
    "chin": HEAD,
    "c7": 134.0,
    "sternal_notch": 143.0,
    "acromion": 149.0,
    "nipple": 2 * HEAD,
    "armpit": 225.0,
    "xiphoid": 252.0,
    "waist": 300.0,
    "navel": 318.0,
    "iliac_crest": 338.0,
    "asis": 366.0,
    "elbow": 305.0,
    "greater_trochanter": 410.0,
    "wrist": 420.0,
    "crotch": 432.0,
    "fingertips": 505.0,
    "knee": 588.0,
    "ankle": 768.0,
    "sole": HEIGHT,
}


def to_figure(view: str, u: float, v: float, side: str = "right") -> tuple[float, float]:
    """The figure point of body point (u, v) on the given view; side picks the half for front and back views."""
    center = VIEW_CENTERS[view]
    if view == "side":
        return (center + u, TOP + v)
    # Front view: the person's right is on the viewer's left; back view: on the viewer's right.
    sign = -1.0 if (view == "front") == (side == "right") else 1.0
    return (center + sign * u, TOP + v)
