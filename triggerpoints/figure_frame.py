"""The figure's coordinate frame: where each view stands on the canvas (SVG-style, y grows downwards)."""

FRONT_CENTER_X = 170.0
BACK_CENTER_X = 510.0
CANVAS_WIDTH = 680.0
CANVAS_TOP = -28.0
CANVAS_BOTTOM = 840.0
VIEW_CENTERS = {"front": FRONT_CENTER_X, "back": BACK_CENTER_X}
SIDES = ("right", "left")  # the person's sides; the data gives each X on the right, and right is the default


def mirror_x(x: float, view: str) -> float:
    """The x of the same spot on the other side of the body, in the same view."""
    return 2 * VIEW_CENTERS[view] - x
