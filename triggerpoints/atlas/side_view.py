"""The side view: the person's right side in profile, facing the viewer's right.

Body coordinates: u forwards (towards the face) from the plumb line that runs through the ear, the point of
the shoulder, the hip bone's greater trochanter and just in front of the outer ankle bone; v down from the top
of the head. The right arm hangs brought a little forwards, so that the side of the hip and thigh (where
gluteus minimus, TFL and vastus lateralis send pain) stays in view. The silhouette is the profile united with
the arm; where the arm lies over the body its edge is an inner contour line.
"""

from __future__ import annotations

from shapely.geometry import LineString, Polygon
from shapely.ops import unary_union

from triggerpoints.atlas.curves import Point, Polyline, arc, chain, ellipse, spline
from triggerpoints.atlas.extremities import hand_runs, place

HEAD_FACE: list[list[Point]] = [
    [
        (-6.0, 0.0),
        (12.0, 2.5),
        (27.5, 9.5),
        (38.0, 20.5),
        (43.5, 34.0),
        (45.5, 43.5),
        (43.0, 50.5),
        (46.5, 58.0),
        (52.5, 66.0),
        (56.5, 71.5),
        (54.5, 75.0),
        (48.5, 77.0),
    ],
    [(48.5, 77.0), (49.8, 80.5), (50.0, 84.0), (47.0, 86.6)],
    [
        (47.0, 86.6),
        (49.0, 89.5),
        (47.0, 93.5),
        (43.5, 96.5),
        (46.0, 101.5),
        (44.0, 107.5),
        (37.0, 111.0),
        (25.0, 113.5),
        (14.0, 117.0),
    ],
]
FRONT_OF_BODY: list[Point] = [
    (14.0, 117.0),
    (16.5, 126.0),
    (20.0, 136.0),
    (24.0, 146.0),
    (30.0, 160.0),
    (39.5, 182.0),
    (45.5, 202.0),
    (46.0, 220.0),
    (42.5, 238.0),
    (41.5, 258.0),
    (40.0, 285.0),
    (41.0, 312.0),
    (43.0, 338.0),
    (43.0, 364.0),
    (39.5, 395.0),
    (36.0, 418.0),
    (34.5, 430.0),
    (39.0, 445.0),
    (44.5, 480.0),
    (44.0, 520.0),
    (40.0, 555.0),
    (37.5, 571.0),
    (38.5, 585.0),
    (36.5, 600.0),
    (35.0, 616.0),
    (31.5, 660.0),
    (28.5, 720.0),
    (25.0, 762.0),
    (26.0, 772.0),
]
FOOT: list[list[Point]] = [
    [(26.0, 772.0), (38.0, 779.5), (56.0, 787.5), (72.0, 793.5), (84.0, 797.5), (92.0, 800.5), (97.5, 804.0)]
    + [(98.5, 808.5), (95.0, 811.4), (88.0, 811.8)],
    [(88.0, 811.8), (72.0, 812.0), (52.0, 810.5), (34.0, 808.0), (14.0, 810.0), (-6.0, 811.0), (-20.0, 808.5)]
    + [(-27.0, 799.0), (-27.0, 786.0), (-21.0, 772.0), (-18.0, 758.0)],
]
BACK_OF_BODY: list[Point] = [
    (-18.0, 758.0),
    (-18.5, 740.0),
    (-23.0, 715.0),
    (-32.0, 682.0),
    (-39.0, 648.0),
    (-37.0, 615.0),
    (-31.0, 592.0),
    (-34.0, 568.0),
    (-40.5, 530.0),
    (-46.0, 492.0),
    (-52.0, 460.0),
    (-61.0, 440.0),
    (-66.0, 412.0),
    (-63.0, 384.0),
    (-53.0, 352.0),
    (-47.0, 322.0),
    (-49.0, 290.0),
    (-54.0, 252.0),
    (-56.0, 216.0),
    (-53.5, 188.0),
    (-46.5, 162.0),
    (-38.5, 140.0),
    (-34.5, 124.0),
    (-33.0, 110.0),
]
BACK_OF_HEAD: list[Point] = [
    (-33.0, 110.0),
    (-33.5, 99.0),
    (-37.0, 87.0),
    (-41.0, 73.0),
    (-44.5, 56.0),
    (-44.0, 40.0),
    (-39.5, 24.0),
    (-31.0, 11.0),
    (-19.0, 3.0),
    (-6.0, 0.0),
]

SHOULDER = (0.0, 163.0)
ELBOW = (20.0, 302.0)
WRIST = (54.0, 410.0)
HAND_ANGLE = 17.0
# The relaxed hand seen from the side: thumb closer to the index finger, fingers barely spread.
THUMB_ANGLE = 22.0
FINGER_SPREAD = 0.4
ARM_FRONT: list[Point] = [
    (0.0, 147.0),
    (14.0, 152.0),
    (22.5, 166.0),
    (24.5, 186.0),
    (23.0, 212.0),
    (25.0, 240.0),
    (28.0, 268.0),
    (32.0, 292.0),
    (39.0, 312.0),
    (50.0, 340.0),
    (60.0, 370.0),
    (66.5, 398.0),
]
ARM_BACK: list[Point] = [
    (41.5, 402.0),
    (35.5, 376.0),
    (23.5, 345.0),
    (8.5, 310.0),
    (4.0, 292.0),
    (-2.0, 262.0),
    (-10.0, 232.0),
    (-17.0, 205.0),
    (-20.0, 180.0),
    (-16.0, 160.0),
    (-8.0, 149.5),
    (0.0, 147.0),
]


def body_outline() -> Polyline:
    """The closed profile of head, trunk, leg and foot (without the arm), first point repeated last."""
    outline = chain(
        *HEAD_FACE,
        # The shin runs smoothly into the top of the foot.
        FRONT_OF_BODY[:-1] + FOOT[0],
        *FOOT[1:],
        BACK_OF_BODY,
        BACK_OF_HEAD,
        samples=8,
    )
    return (*outline[:-1], outline[0])


def arm_outline() -> Polyline:
    """The closed outline of the right arm and hand (back of the hand to the viewer, thumb forwards)."""
    runs = [place(run, WRIST, HAND_ANGLE) for run in hand_runs(THUMB_ANGLE, FINGER_SPREAD)]
    parts = [ARM_FRONT + runs[0], *runs[1:-1], runs[-1] + ARM_BACK]
    outline = chain(*parts, samples=8)
    return (*outline[:-1], outline[0])


def silhouette() -> Polyline:
    """The closed silhouette of the side view: the profile united with the arm."""
    union = unary_union([Polygon(body_outline()), Polygon(arm_outline())])
    if union.geom_type != "Polygon":
        raise ValueError("the side view's arm and body do not make one shape")
    ring = union.exterior
    if not ring.is_ccw:
        ring = LineString(list(ring.coords)[::-1])
    return _start_at_top(tuple(ring.coords))


def _start_at_top(ring: Polyline) -> Polyline:
    """The closed ring turned to start at its highest point (smallest v), going towards the face."""
    pts = list(ring[:-1])
    top = min(range(len(pts)), key=lambda i: (pts[i][1], pts[i][0]))
    pts = pts[top:] + pts[:top]
    if pts[1][0] < pts[-1][0]:
        pts = [pts[0], *pts[1:][::-1]]
    return (*pts, pts[0])


def contours() -> tuple[Polyline, ...]:
    """Inner lines: the edge of the arm where it lies over the body, the jawline and the little toe."""
    body = Polygon(body_outline())
    inside = LineString(arm_outline()).intersection(body.buffer(-0.4))
    out = [tuple(line.coords) for line in _lines(inside) if line.length > 3]
    out.append(spline([(3.0, 76.0), (0.5, 88.0), (0.5, 97.0), (8.0, 103.5), (22.0, 108.5), (35.0, 110.0)]))
    # The little toe, nearest the viewer, ends short of the big toe.
    out.append(spline([(64.0, 799.0), (72.0, 802.0), (78.0, 806.0), (80.0, 811.0)]))
    return tuple(out)


# Landmarks of the trunk, hidden where the arm hangs in front of them.
BEHIND_ARM = frozenset({"ribcage", "iliac-crest", "asis", "spine", "clavicle", "scm"})


def landmarks() -> dict[str, tuple[Polyline, ...]]:
    """The side view's landmarks (all on the person's right side): name -> strokes, hidden behind the arm."""
    arm = Polygon(arm_outline()).buffer(1.5)
    visible: dict[str, tuple[Polyline, ...]] = {}
    for name, strokes in _all_landmarks().items():
        if name in BEHIND_ARM:
            strokes = tuple(
                tuple(piece.coords)
                for stroke in strokes
                for piece in _lines(LineString(stroke).difference(arm))
                if piece.length > 2
            )
        if strokes:
            visible[name] = strokes
    return visible


def _lines(shape) -> list[LineString]:
    """The line pieces of a shapely result."""
    if shape.geom_type == "LineString":
        return [shape]
    return [g for g in getattr(shape, "geoms", []) if g.geom_type == "LineString"]


def _all_landmarks() -> dict[str, tuple[Polyline, ...]]:
    """Every landmark of the side view, before the arm hides some."""
    ear_rim = spline(
        [
            (4.0, 50.5),
            (-1.0, 45.5),
            (-8.0, 46.0),
            (-13.0, 51.0),
            (-14.5, 60.0),
            (-13.0, 69.0),
            (-9.5, 76.5),
            (-5.0, 80.0),
            (-1.0, 79.0),
            (1.0, 75.0),
        ]
    )
    ear_inner = spline(
        [(0.5, 52.5), (-5.0, 50.5), (-9.5, 54.5), (-10.0, 62.0), (-7.0, 68.0), (-2.5, 69.0), (0.5, 64.5)]
    )
    return {
        "brow": (spline([(29.5, 45.5), (35.0, 42.0), (41.0, 42.2), (44.5, 45.5)]),),
        "eye": (
            spline([(31.5, 54.0), (35.5, 51.5), (40.5, 52.0), (42.0, 54.0)]),
            spline([(42.0, 54.0), (39.5, 56.2), (34.5, 56.4)]),
        ),
        "nose": (spline([(46.0, 72.0), (46.5, 75.2), (50.0, 76.2)]),),
        "lips": (spline([(47.0, 86.6), (43.0, 87.2), (39.5, 87.8)]),),
        "ear": (ear_rim, ear_inner),
        "tmj": (ellipse(7.5, 63.5, 2.4, 2.4, samples=12),),
        "cheekbone": (spline([(10.0, 61.0), (20.0, 59.5), (30.0, 61.5), (36.0, 65.0)]),),
        "jaw-angle": (arc(4.5, 96.0, 4.0, 4.0, 90, 180, samples=8),),
        "mastoid": (spline([(-11.5, 78.0), (-13.0, 84.0), (-10.0, 88.5)]),),
        "base-of-skull": (spline([(-13.0, 79.0), (-24.0, 78.0), (-33.0, 80.0), (-38.5, 81.0)]),),
        "scm": (spline([(-9.0, 86.0), (-1.0, 100.0), (8.0, 118.0), (16.0, 134.0), (21.5, 145.0)]),),
        "c7": (ellipse(-36.0, 140.0, 2.6, 2.6, samples=12),),
        "spine": (
            spline(
                [
                    (-26.0, 106.0),
                    (-28.0, 120.0),
                    (-33.0, 140.0),
                    (-41.0, 160.0),
                    (-47.5, 190.0),
                    (-49.5, 220.0),
                    (-47.0, 255.0),
                    (-42.0, 290.0),
                    (-40.0, 322.0),
                    (-45.0, 352.0),
                    (-52.0, 384.0),
                ]
            ),
        ),
        "clavicle": (spline([(23.0, 148.0), (16.0, 150.0), (8.0, 151.5), (1.0, 152.0)]),),
        "acromion": (arc(0.0, 152.0, 4.0, 3.5, 180, 360, samples=8),),
        "ribcage": (spline([(38.5, 262.0), (26.0, 287.0), (12.0, 305.0), (-6.0, 318.0), (-18.0, 324.0)]),),
        "iliac-crest": (
            spline(
                [
                    (-48.0, 366.0),
                    (-40.0, 346.0),
                    (-26.0, 336.0),
                    (-6.0, 336.0),
                    (14.0, 344.0),
                    (30.0, 358.0),
                    (35.0, 368.0),
                ]
            ),
        ),
        "asis": (ellipse(35.0, 369.0, 2.2, 2.2, samples=12),),
        "greater-trochanter": (ellipse(-3.0, 410.0, 7.0, 8.0, samples=24),),
        "gluteal-fold": (spline([(-51.5, 461.0), (-44.0, 464.0), (-36.0, 463.0)]),),
        "lateral-epicondyle": (ellipse(17.0, 301.0, 2.8, 2.8, samples=12),),
        "olecranon": (arc(9.0, 306.0, 4.0, 4.5, 100, 260, samples=8),),
        "kneecap": (spline([(37.5, 572.0), (31.0, 578.0), (29.5, 588.0), (32.0, 598.0), (36.5, 603.0)]),),
        "knee-crease": (spline([(-31.0, 592.0), (-25.0, 593.5)]),),
        "fibular-head": (ellipse(-14.0, 612.0, 4.4, 4.4, samples=16),),
        "tibia": (spline([(33.0, 618.0), (29.5, 665.0), (26.5, 720.0)]),),
        "lateral-malleolus": (ellipse(-6.0, 770.0, 5.5, 6.0, samples=20),),
        "achilles": (spline([(-20.0, 718.0), (-15.5, 745.0), (-14.0, 772.0)]),),
        "arch": (spline([(-4.0, 806.0), (14.0, 803.5), (34.0, 803.5), (56.0, 806.5)]),),
    }
