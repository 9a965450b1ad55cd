"""The figure's coordinate frame: where each view stands on the canvas (SVG-style, y grows downwards).

The extents are the body atlas's (`triggerpoints.atlas.frame`): front, back and the right-side view side by side."""

from triggerpoints.atlas.frame import (
    BACK_CENTER_X,
    CANVAS_BOTTOM,
    CANVAS_LEFT,
    CANVAS_RIGHT,
    CANVAS_TOP,
    FRONT_CENTER_X,
    SIDE_CENTER_X,
    VIEW_CENTERS,
    VIEWS,
)

CANVAS_WIDTH = CANVAS_RIGHT - CANVAS_LEFT
SIDES = ("right", "left")  # the person's sides; the data gives each X on the right, and right is the default
# Where one view's part of the canvas ends and the next begins (halfway between their centres).
VIEW_BOUNDS = {
    "front": (CANVAS_LEFT, (FRONT_CENTER_X + BACK_CENTER_X) / 2),
    "back": ((FRONT_CENTER_X + BACK_CENTER_X) / 2, (BACK_CENTER_X + SIDE_CENTER_X) / 2),
    "side": ((BACK_CENTER_X + SIDE_CENTER_X) / 2, CANVAS_RIGHT),
}

__all__ = ["BACK_CENTER_X", "CANVAS_BOTTOM", "CANVAS_TOP", "CANVAS_WIDTH", "FRONT_CENTER_X", "SIDE_CENTER_X", "SIDES",
           "VIEWS", "VIEW_BOUNDS", "VIEW_CENTERS", "mirror_x", "view_at"]  # fmt: skip


def mirror_x(x: float, view: str) -> float:
    """The x of the same spot on the other side of the body, in the same view (front and back only)."""
    return 2 * VIEW_CENTERS[view] - x


def view_at(x: float) -> str:
    """The view whose part of the canvas holds x."""
    return next((view for view, (_, right) in VIEW_BOUNDS.items() if x < right), VIEWS[-1])
