"""The fine areas of hands and feet: every finger and toe on its own, built from the same digits that draw them.

Cells are made in the hand's or foot's local frame (see `extremities`) and placed like the outline, so an area
follows its finger or toe whatever the pose. Body coordinates; front and back are the person's right half.
"""

from __future__ import annotations

from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry

from triggerpoints.atlas import front_back, side_view
from triggerpoints.atlas.cutting import clip
from triggerpoints.atlas.extremities import (
    FINGER_WEB_DEPTH,
    Digit,
    front_toes,
    hand_digits,
    place,
    sole_toes,
    thumb_web,
)

FINGER_NAMES = ("index-finger", "middle-finger", "ring-finger", "little-finger")
TOE_NAMES = ("little-toe", "fourth-toe", "third-toe", "second-toe", "big-toe")


def _placed(points: list[tuple[float, float]], view: str, part: str) -> Polygon:
    """A local-frame polygon placed on the hand or foot of a view, in body coordinates."""
    if part == "hand" and view == "side":
        return Polygon(place(points, side_view.WRIST, side_view.HAND_ANGLE))
    if part == "hand":
        return Polygon(place(points, front_back.WRIST, front_back.HAND_ANGLE))
    return Polygon(place(points, front_back.ANKLE, front_back.FOOT_ANGLE))


def _local_box(view: str, part: str, a0: float, a1: float, b0: float = -45.0, b1: float = 70.0) -> Polygon:
    """The local-frame box a0 <= a <= a1, b0 <= b <= b1, placed."""
    return _placed([(a0, b0), (a0, b1), (a1, b1), (a1, b0)], view, part)


def _digit_cell(digit: Digit, view: str, part: str, start: float, grow: float) -> Polygon:
    """A cell along a digit from start to well past its tip, as wide as the digit at start, grow wider at the end."""
    w, end = digit.half_width, digit.length + 15.0
    corners = [digit.at(start, -w), digit.at(start, w), digit.at(end, w + grow), digit.at(end, -(w + grow))]
    return _placed(corners, view, part)


def _hand_digits(view: str) -> tuple[Digit, list[Digit]]:
    """The thumb and fingers as the view draws them."""
    if view == "side":
        return hand_digits(side_view.THUMB_ANGLE, side_view.FINGER_SPREAD)
    return hand_digits()


def hand_region(view: str) -> Polygon:
    """The right hand of a view, from the wrist crease down, in body coordinates."""
    body = Polygon(side_view.arm_outline()) if view == "side" else Polygon(front_back.silhouette(view))
    return clip(body, _local_box(view, "hand", 0.0, 140.0))


def hand_cells(view: str) -> list[tuple[str, BaseGeometry]]:
    """Each hand area of a view and the cell it may take, in priority order: palm side on the front, the back
    of the hand on the back and side views."""
    thumb, fingers = _hand_digits(view)
    prefix = "" if view == "front" else "back-of-"
    cells: list[tuple[str, BaseGeometry]] = [
        (prefix + name, _digit_cell(finger, view, "hand", FINGER_WEB_DEPTH, 0.5))
        for name, finger in zip(FINGER_NAMES, fingers, strict=True)
    ]
    w, end = thumb.half_width, thumb.length + 12.0
    web = thumb_web(thumb)
    # The thumb is free from its web down; above that it is the ball of the thumb (on the palm side).
    thumb_cell = [thumb.at(14, 0), thumb.at(14, w + 10), thumb.at(end, w + 10), thumb.at(end, -(w + 6))]
    cells.append((prefix + "thumb", _placed([*thumb_cell, thumb.at(28, -(w + 1.5)), web], view, "hand")))
    # The little-finger side of the hand, over the fifth metacarpal (its heel on the palm side), where the charts
    # carry a strip down the forearm's little-finger side on to the little and ring fingers.
    little_side = _local_box(view, "hand", -2.0, 140.0, -45.0, -9.0)
    if view == "front":
        # Bounded by the thenar crease, which curves from the thumb's web down to the middle of the wrist.
        crease = [(25.0, 9.5), (19.0, 5.5), (10.0, 3.5), (0.0, 3.0)]
        ball = [(0.0, 30.0), thumb.at(14, w + 10), thumb.at(14, 0), web, *crease]
        cells.append(("ball-of-thumb", _placed(ball, view, "hand")))
        cells.append(("palm-little-finger-side", little_side))
        cells.append(("palm", _local_box(view, "hand", -2.0, 140.0)))
    else:
        cells.append(("back-of-hand-little-finger-side", little_side))
        cells.append(("back-of-hand", _local_box(view, "hand", -2.0, 140.0)))
    return cells


def foot_region(view: str) -> Polygon:
    """The right foot below the ankle bones on the front (its top) or the back (its sole), in body coordinates."""
    start = 8.0 if view == "front" else 6.0
    return clip(Polygon(front_back.silhouette(view)), _local_box(view, "foot", start, 130.0, -45.0, 45.0))


def foot_cells(view: str) -> list[tuple[str, BaseGeometry]]:
    """Each foot area of the front (top of the foot, toes) or back (sole: heel, arch, ball, toe pads)."""
    toes = front_toes() if view == "front" else sole_toes()
    suffix = "" if view == "front" else "-pad"
    # The big toe comes first: it is the one the charts single out.
    cells: list[tuple[str, BaseGeometry]] = [
        (name + suffix, _digit_cell(toe, view, "foot", -3.0, 0.5))
        for name, toe in reversed(list(zip(TOE_NAMES, toes, strict=True)))
    ]
    if view == "front":
        # The foot's edges show beside its top: the inner edge along the instep, the outer edge towards the little toe.
        return [
            *cells,
            ("inner-edge-of-foot", _local_box(view, "foot", 0.0, 34.0, -45.0, -12.5)),
            ("outer-edge-of-foot", _local_box(view, "foot", 0.0, 27.0, 14.0, 45.0)),
            ("top-of-foot", _local_box(view, "foot", 0.0, 130.0)),
        ]
    # The sole cut across as the charts do: the inner third along heel and instep, the outer side of the arch, and
    # the ball under the first, the middle three and the fifth metatarsal heads (the toes' webs, b = -11 and 11).
    return [
        *cells,
        ("inner-heel", _local_box(view, "foot", 0.0, 28.0, -45.0, -5.0)),
        ("heel", _local_box(view, "foot", 0.0, 28.0)),
        ("inner-sole", _local_box(view, "foot", 28.0, 54.0, -45.0, -5.0)),
        ("outer-sole", _local_box(view, "foot", 28.0, 54.0, 8.0, 45.0)),
        ("arch", _local_box(view, "foot", 28.0, 54.0)),
        ("ball-of-foot-inner", _local_box(view, "foot", 54.0, 130.0, -45.0, -11.0)),
        ("ball-of-foot-outer", _local_box(view, "foot", 54.0, 130.0, 11.0, 45.0)),
        ("ball-of-foot-middle", _local_box(view, "foot", 54.0, 130.0)),
    ]
