"""Which Xs lie under a click: every X the map draws (each point, side and view that the filters let through)
within a touch radius of where the pointer fell.

Plotly reports the X its hover logic picks, and where Xs stand a few pixels apart (different muscles' Xs 5.4 figure
units apart are 2 px on a phone at whole-body size) that may be a neighbour. So the click is decided here from
where it fell and how large the figure is drawn: the X the click fell clearly nearest to is the one meant; when it
fell about as near to several, they are offered to choose from (`triggerpoints.view_actions`). No Dash imports.
"""

from __future__ import annotations

import math

from triggerpoints.data import Dataset
from triggerpoints.point_filters import PointFilters, allowed_points

# How far from an X a click may fall and still mean it, in screen pixels: a mouse reaches the X's arms (4 px) and a
# little beyond; a fingertip covers about 7 mm (about 22 CSS px on a phone).
POINTER_REACH_PX = 12
TOUCH_REACH_PX = 22
# How far a click may land from where it was aimed: a mouse by the X's arm, a finger by half its width. An X
# counts as meant only when the click fell closer to it than to any other by this much.
POINTER_SLACK_PX = 4
TOUCH_SLACK_PX = 10
# The figure is about 1,000 units wide: a screen that shows more than 50 units per pixel draws it 20 px wide.
MAX_SCALE = 50.0


def xs_meant(
    dataset: Dataset, filters: PointFilters, x: float, y: float, scale: float, coarse: bool
) -> tuple[tuple[str, str], ...]:
    """The (point, side) of the Xs a click at (x, y) may have meant, nearest first, on a figure drawn at `scale`
    figure units per pixel: one when the click fell clearly nearest to one X, several when it fell about as near to
    others (then none is picked), none when no X is within reach."""
    reach_px, slack_px = (TOUCH_REACH_PX, TOUCH_SLACK_PX) if coarse else (POINTER_REACH_PX, POINTER_SLACK_PX)
    near = points_near(dataset, filters, x, y, reach_px * scale)
    if not near:
        return ()
    nearest = near[0][1]
    return tuple(key for key, distance in near if distance < nearest + slack_px * scale)


def points_near(
    dataset: Dataset, filters: PointFilters, x: float, y: float, radius: float
) -> tuple[tuple[tuple[str, str], float], ...]:
    """Every X drawn within `radius` figure units of (x, y), as ((point, side), distance), nearest first; an X drawn
    on several views counts once, by its nearest drawing. Points the filters hide are not drawn, so never found."""
    shown = allowed_points(dataset, filters) if filters.active else dataset.points
    distances: dict[tuple[str, str], float] = {}
    for point_id in dataset.points:
        if point_id not in shown:
            continue
        for side in dataset.point_sides(point_id):  # a point charted on one side has no X on the other
            for view in dataset.point_views(point_id, side):
                px, py = dataset.position(point_id, side, view)
                distance = math.hypot(px - x, py - y)
                if distance <= radius and distance < distances.get((point_id, side), math.inf):
                    distances[(point_id, side)] = distance
    return tuple(sorted(distances.items(), key=lambda item: (item[1], item[0])))
