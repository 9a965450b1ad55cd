"""The front and back views: one half of the body drawn from control points and mirrored.

Everything here is in body coordinates (u outwards from the midline for the person's right half, v down from
the top of the head); `views` moves it into the figure. The silhouettes of front and back differ only in the
feet: the front shows the top of the foot and the toes, the back shows the sole, foot pointed down, as the
referral charts do.
"""

from __future__ import annotations

from triggerpoints.atlas.curves import Point, Polyline, arc, chain, ellipse, mirror, spline
from triggerpoints.atlas.extremities import foot_front_runs, foot_sole_runs, hand_runs, place

WRIST = (120.0, 420.0)
HAND_ANGLE = 5.0
ANKLE = (30.5, 768.0)
FOOT_ANGLE = 4.0

HEAD_AND_EAR: list[list[Point]] = [
    [(0.0, 0.0), (15.0, 1.8), (27.0, 8.0), (34.5, 18.0), (38.0, 31.0), (38.6, 42.0), (39.0, 47.5)],
    [(39.0, 47.5), (41.8, 45.0), (44.6, 47.2), (46.0, 55.0), (45.4, 64.0), (43.4, 72.0), (40.6, 78.0), (37.6, 80.5)],
    [(37.6, 80.5), (35.4, 88.0), (32.6, 95.0), (28.8, 100.2)],
]
NECK_SHOULDER_ARM: list[Point] = [
    (28.8, 100.2),
    (26.4, 106.0),
    (25.4, 114.0),
    (25.8, 121.0),
    (27.8, 127.0),
    (34.0, 132.0),
    (46.0, 137.5),
    (62.0, 142.0),
    (76.0, 145.5),
    (87.0, 149.0),
    (98.0, 155.0),
    (105.0, 167.0),
    (108.0, 184.0),
    (107.5, 205.0),
    (108.2, 226.0),
    (111.5, 250.0),
    (114.5, 275.0),
    (117.5, 297.0),
    (120.0, 308.0),
    (124.5, 325.0),
    (127.5, 348.0),
    (129.5, 378.0),
    (131.0, 404.0),
]
INNER_ARM_TO_ARMPIT: list[Point] = [
    (107.0, 404.0),
    (101.0, 378.0),
    (94.5, 348.0),
    (90.5, 325.0),
    (89.0, 308.0),
    (87.5, 296.0),
    (84.5, 272.0),
    (80.5, 250.0),
    (75.0, 232.0),
    (72.0, 225.0),
]
TORSO_AND_OUTER_LEG: list[Point] = [
    (72.0, 225.0),
    (72.5, 238.0),
    (71.5, 258.0),
    (68.5, 280.0),
    (65.0, 300.0),
    (65.8, 316.0),
    (68.8, 334.0),
    (73.5, 356.0),
    (77.0, 380.0),
    (78.2, 404.0),
    (77.0, 432.0),
    (73.5, 466.0),
    (68.5, 502.0),
    (62.5, 538.0),
    (57.5, 570.0),
    (56.0, 595.0),
    (56.5, 612.0),
    (58.5, 635.0),
    (57.0, 665.0),
    (52.0, 700.0),
    (46.5, 735.0),
    (44.5, 755.0),
]
INNER_LEG_TO_CROTCH: list[Point] = [
    (16.5, 752.0),
    (18.0, 735.0),
    (17.0, 705.0),
    (12.5, 675.0),
    (8.0, 648.0),
    (8.0, 622.0),
    (9.5, 602.0),
    (8.5, 583.0),
    (7.5, 562.0),
    (6.3, 530.0),
    (4.8, 495.0),
    (3.5, 462.0),
    (2.2, 444.0),
    (0.0, 432.0),
]


def _hand() -> list[list[Point]]:
    """The right hand's runs in body coordinates, palm facing the viewer, thumb outwards."""
    return [place(run, WRIST, HAND_ANGLE) for run in hand_runs()]


def _foot(view: str) -> list[list[Point]]:
    """The right foot's runs in body coordinates: its top and toes (front) or its sole (back)."""
    runs = foot_front_runs() if view == "front" else foot_sole_runs()
    return [place(run, ANKLE, FOOT_ANGLE) for run in runs]


def half_outline(view: str) -> Polyline:
    """The outline of the person's right half, from the top of the head round to the crotch (u >= 0)."""
    hand = _hand()
    foot = _foot(view)
    runs: list[list[Point]] = [*HEAD_AND_EAR]
    # The arm runs smoothly into the hand at the wrist, so the forearm's last run and the hand's first are one.
    runs.append(NECK_SHOULDER_ARM + hand[0])
    runs.extend(hand[1:-1])
    runs.append(hand[-1] + INNER_ARM_TO_ARMPIT)
    runs.append(TORSO_AND_OUTER_LEG + foot[0])
    runs.extend(foot[1:-1])
    runs.append(foot[-1] + INNER_LEG_TO_CROTCH)
    return chain(*runs, samples=8)


def silhouette(view: str) -> Polyline:
    """The closed silhouette of the front or back view, symmetric about u = 0 (first point repeated last)."""
    right = half_outline(view)
    left = mirror(right)[::-1]
    return (*right, *left[1:-1], right[0])


def _both(points: Polyline) -> Polyline:
    """A centred stroke: a right-half polyline ending on the midline, continued by its mirror image."""
    return (*points, *mirror(points)[::-1][1:])


JAWLINE: list[Point] = [(35.2, 88.5), (32.0, 96.0), (24.0, 103.0), (13.5, 107.7), (6.0, 109.3), (0.0, 109.6)]


def contours(view: str) -> dict[str, Polyline]:
    """Inner lines of the drawing that belong to its outline, for the person's right half (or centred)."""
    lines: dict[str, Polyline] = {}
    if view == "front":
        lines["jaw"] = _both(spline(JAWLINE))
    return lines


def landmarks(view: str) -> dict[str, tuple[str, tuple[Polyline, ...]]]:
    """The landmarks of a view: key -> (side, strokes); "side" is "right" for right-half strokes that are
    mirrored to make the left one, or "center"."""
    return _front_landmarks() if view == "front" else _back_landmarks()


def _front_landmarks() -> dict[str, tuple[str, tuple[Polyline, ...]]]:
    eye_upper = spline([(8.8, 54.6), (12.5, 51.6), (17.5, 50.9), (22.0, 52.2), (24.6, 54.2)])
    eye_lower = spline([(24.6, 54.2), (21.0, 56.0), (16.0, 56.6), (11.5, 56.0), (8.8, 54.6)])
    return {
        "brow": ("right", (spline([(6.5, 46.5), (11.0, 43.2), (18.0, 42.0), (24.5, 42.8), (29.0, 45.6)]),)),
        "eye": ("right", (eye_upper, eye_lower, ellipse(16.6, 53.8, 2.6, 2.6, samples=16))),
        "nose": (
            "center",
            (
                _both(spline([(8.0, 71.5), (9.4, 75.0), (7.6, 77.4), (4.4, 77.6), (2.2, 76.6), (0.0, 77.8)])),
                spline([(4.2, 49.5), (4.6, 58.0), (5.4, 66.0), (6.8, 71.0)]),
            ),
        ),
        "lips": (
            "center",
            (
                _both(spline([(14.6, 87.0), (9.0, 87.2), (3.5, 86.9), (0.0, 87.5)])),
                _both(spline([(14.6, 87.0), (9.5, 84.8), (3.2, 83.0), (0.0, 84.0)])),
                _both(spline([(12.4, 88.6), (7.5, 91.6), (0.0, 92.8)])),
            ),
        ),
        "ear": ("right", (spline([(41.0, 50.5), (43.4, 55.0), (43.0, 63.0), (41.6, 70.0), (39.4, 74.0)]),)),
        "chin": ("center", (_both(spline([(6.0, 102.6), (3.0, 103.8), (0.0, 104.1)])),)),
        "scm": ("right", (spline([(24.0, 106.0), (21.0, 117.0), (15.0, 130.0), (8.5, 142.0)]),)),
        "clavicle": (
            "right",
            (
                spline(
                    [
                        (6.5, 143.5),
                        (14.0, 141.0),
                        (26.0, 143.8),
                        (42.0, 145.6),
                        (58.0, 143.5),
                        (72.0, 144.2),
                        (85.0, 150.0),
                    ]
                ),
            ),
        ),
        "sternum": (
            "center",
            (
                _both(
                    spline(
                        [
                            (6.2, 145.0),
                            (7.2, 156.0),
                            (5.0, 168.0),
                            (5.4, 200.0),
                            (5.0, 232.0),
                            (3.0, 248.0),
                            (0.0, 256.0),
                        ]
                    )
                ),
            ),
        ),
        "nipple": ("right", (ellipse(45.0, 216.0, 2.2, 2.2, samples=12),)),
        "ribcage": (
            "right",
            (
                spline(
                    [
                        (1.5, 252.0),
                        (10.0, 258.0),
                        (22.0, 268.0),
                        (35.0, 282.0),
                        (46.5, 297.0),
                        (56.0, 312.0),
                        (62.0, 320.0),
                    ]
                ),
            ),
        ),
        "navel": ("center", (ellipse(0.0, 318.0, 2.8, 3.8, samples=16),)),
        "iliac-crest": ("right", (spline([(66.5, 326.0), (66.0, 342.0), (62.5, 356.0), (58.5, 366.0)]),)),
        "asis": ("right", (ellipse(58.0, 366.5, 2.2, 2.2, samples=12),)),
        "groin": ("right", (spline([(57.0, 372.0), (46.0, 388.0), (33.0, 402.0), (22.0, 413.0), (16.0, 419.0)]),)),
        "lateral-epicondyle": ("right", (ellipse(115.0, 305.0, 2.6, 2.6, samples=12),)),
        "medial-epicondyle": ("right", (ellipse(93.0, 303.0, 2.6, 2.6, samples=12),)),
        "elbow-crease": ("right", (spline([(97.5, 306.0), (104.0, 307.5), (110.5, 307.0)]),)),
        "kneecap": ("right", (ellipse(32.5, 578.0, 10.5, 12.5, samples=32),)),
        "tibia": ("right", (spline([(32.0, 600.0), (30.5, 640.0), (28.5, 690.0), (25.0, 735.0)]),)),
        "medial-malleolus": ("right", (arc(21.5, 759.0, 4.0, 5.0, 100, 280, samples=10),)),
        "lateral-malleolus": ("right", (arc(40.5, 767.0, 4.0, 5.2, -80, 100, samples=10),)),
    }


def _back_landmarks() -> dict[str, tuple[str, tuple[Polyline, ...]]]:
    return {
        "base-of-skull": ("center", (_both(spline([(33.0, 84.0), (24.0, 79.0), (12.0, 74.0), (0.0, 72.5)])),)),
        "ear": ("right", (spline([(39.2, 51.0), (41.0, 60.0), (40.6, 70.0), (39.0, 76.0)]),)),
        "c7": ("center", (ellipse(0.0, 134.0, 3.0, 2.6, samples=16),)),
        "spine": ("center", (spline([(0.0, 100.0), (0.0, 131.0)]), spline([(0.0, 137.0), (0.0, 380.0)]))),
        "scapula": (
            "right",
            (
                spline(
                    [
                        (58.0, 162.0),
                        (44.0, 161.5),
                        (33.5, 164.0),
                        (27.0, 180.0),
                        (27.5, 205.0),
                        (31.5, 230.0),
                        (38.0, 248.0),
                        (44.0, 256.5),
                        (50.0, 250.0),
                        (60.0, 232.0),
                        (70.5, 212.0),
                        (78.5, 194.0),
                    ]
                ),
            ),
        ),
        "scapular-spine": (
            "right",
            (spline([(28.0, 190.0), (40.0, 184.0), (56.0, 176.0), (72.0, 166.0), (84.0, 157.0), (90.0, 156.0)]),),
        ),
        "iliac-crest": (
            "right",
            (spline([(17.0, 372.0), (28.0, 360.0), (44.0, 347.0), (58.0, 340.0), (68.0, 341.0)]),),
        ),
        "psis": ("right", (ellipse(17.0, 372.5, 2.2, 2.2, samples=12),)),
        "sacrum": (
            "center",
            (_both(spline([(17.0, 376.0), (14.0, 392.0), (8.5, 405.0), (3.0, 413.0), (0.0, 415.0)])),),
        ),
        "tailbone": ("center", (spline([(0.0, 416.0), (0.0, 425.0)]),)),
        "gluteal-fold": (
            "right",
            (spline([(3.5, 446.0), (18.0, 456.0), (36.0, 460.0), (54.0, 455.0), (64.0, 448.0)]),),
        ),
        "olecranon": ("right", (ellipse(104.0, 304.0, 4.0, 4.4, samples=16),)),
        "lateral-epicondyle": ("right", (ellipse(115.0, 301.0, 2.6, 2.6, samples=12),)),
        "medial-epicondyle": ("right", (ellipse(93.0, 299.0, 2.6, 2.6, samples=12),)),
        "knee-crease": ("right", (spline([(13.0, 594.0), (24.0, 597.0), (38.0, 597.0), (51.0, 593.0)]),)),
        "achilles": (
            "right",
            (
                spline([(27.0, 700.0), (27.5, 735.0), (28.0, 770.0)]),
                spline([(36.0, 700.0), (35.0, 735.0), (34.5, 770.0)]),
            ),
        ),
        "medial-malleolus": ("right", (arc(21.5, 759.0, 4.0, 5.0, 100, 280, samples=10),)),
        "lateral-malleolus": ("right", (arc(39.5, 764.0, 4.0, 5.2, -80, 100, samples=10),)),
        "heel": ("right", (spline([(17.5, 790.0), (22.0, 799.0), (30.0, 802.5), (38.5, 800.0), (44.0, 792.0)]),)),
    }
