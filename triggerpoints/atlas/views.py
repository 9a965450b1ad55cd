"""Assembles the three views of the body in figure coordinates (see `frame` for the coordinate system)."""

from __future__ import annotations

from functools import cache

from triggerpoints.atlas import front_back, side_view
from triggerpoints.atlas.curves import Polyline
from triggerpoints.atlas.frame import VIEWS, to_figure
from triggerpoints.atlas.model import BodyView, Landmark
from triggerpoints.atlas.names import landmark_label


def _place(points: Polyline, view: str, side: str) -> Polyline:
    """Body points of one half moved into the figure (mirrored for the person's left on front and back)."""
    placed = (to_figure(view, u, v, side) for u, v in points)
    return tuple((round(x, 2), round(y, 2)) for x, y in placed)


def _front_back_view(view: str) -> BodyView:
    """The front or back view, mirrored from the person's right half."""
    marks: list[Landmark] = []
    for name, (side, strokes) in front_back.landmarks(view).items():
        sides = ("right", "left") if side == "right" else ("center",)
        for s in sides:
            placed = tuple(_place(stroke, view, "right" if s == "center" else s) for stroke in strokes)
            key = name if s == "center" else f"{name}-{s}"
            marks.append(Landmark(key, landmark_label(name, s), s, placed))
    contours: list[Polyline] = []
    for line in front_back.contours(view).values():
        contours.append(_place(line, view, "right"))
    return BodyView(view, _place(front_back.silhouette(view), view, "right"), tuple(contours), tuple(marks))


def _side_view() -> BodyView:
    """The right-side profile, facing the viewer's right."""
    marks = [
        Landmark(
            f"{name}-right", landmark_label(name, "right"), "right", tuple(_place(s, "side", "right") for s in strokes)
        )
        for name, strokes in side_view.landmarks().items()
    ]
    contours = tuple(_place(line, "side", "right") for line in side_view.contours())
    return BodyView("side", _place(side_view.silhouette(), "side", "right"), contours, tuple(marks))


@cache
def build_views() -> dict[str, BodyView]:
    """The front, back and side views of the body, in figure coordinates."""
    return {view: _side_view() if view == "side" else _front_back_view(view) for view in VIEWS}
