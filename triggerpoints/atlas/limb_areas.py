"""The fine areas of the arms and legs: the cells that cut each view's arm and leg part along the landmarks
the charts use (deltoid, epicondyles, wrist; groin, kneecap, shin bone, ankle bones).

Each function gives one limb on one view as (area, cell) pairs in priority order, for `body_areas.body_cells`.
Front and back are the person's right limb; arms and legs on front and back are cut across `ARM` and `LEG`
(s = 0 on the inner edge, 1 on the outer), on the side view across `SIDE_ARM` and `SIDE_BODY` (see `strips`).
"""

from __future__ import annotations

import numpy as np
from shapely.geometry import Polygon, box

from triggerpoints.atlas.curves import Point, spline
from triggerpoints.atlas.strips import ARM, LEG, SIDE_ARM, SIDE_BODY, Cells, ellipse, poly

# ---------------------------------------------------------------------------------------------------------------
# Arms


def front_arm_cells() -> Cells:
    """The front of the right arm, palm forwards: the thumb side is the outer side (s = 1)."""
    return [
        ("point-of-shoulder", ellipse(88, 151, 8, 7)),
        ("bicipital-groove", ARM.cell(170, 226, -2.0, 0.4)),
        ("front-of-deltoid", ARM.cell(100, 232, -2.0, 0.62)),
        ("outer-deltoid", ARM.cell(100, 226, 0.62, 3.0)),
        ("deltoid-insertion", ARM.cell(226, 250, 0.62, 3.0)),
        ("inner-arm-upper", ARM.cell(225, 262, -2.0, 0.3)),
        ("inner-arm-lower", ARM.cell(262, 293, -2.0, 0.3)),
        ("biceps-upper", ARM.cell(225, 262, 0.3, 0.68)),
        ("biceps-lower", ARM.cell(262, 293, 0.3, 0.68)),
        ("outer-arm-upper", ARM.cell(240, 270, 0.68, 3.0)),
        ("outer-arm-lower", ARM.cell(270, 293, 0.68, 3.0)),
        ("inner-epicondyle", ARM.cell(293, 316, -2.0, 0.27)),
        ("outer-epicondyle", ARM.cell(293, 318, 0.73, 3.0)),
        ("elbow-crease", ARM.cell(293, 318, 0.27, 0.73)),
        ("below-inner-epicondyle", ARM.cell(316, 343, -2.0, 0.3)),
        ("below-outer-epicondyle", ARM.cell(318, 343, 0.7, 3.0)),
        ("upper-forearm-front", ARM.cell(318, 343, 0.3, 0.7)),
        ("forearm-front-thumb-side", ARM.cell(343, 374, 0.5, 3.0)),
        ("forearm-front-little-finger-side", ARM.cell(343, 374, -2.0, 0.5)),
        ("lower-forearm-front-thumb-side", ARM.cell(374, 394, 0.5, 3.0)),
        ("lower-forearm-front-little-finger-side", ARM.cell(374, 394, -2.0, 0.5)),
        ("wrist-front-thumb-side", ARM.cell(394, 460, 0.5, 3.0)),
        ("wrist-front-little-finger-side", ARM.cell(394, 460, -2.0, 0.5)),
    ]


def back_arm_cells() -> Cells:
    """The back of the right arm: the thumb side is still the outer side (s = 1)."""
    return [
        ("point-of-shoulder", ellipse(88, 151, 8, 7)),
        ("point-of-elbow", ellipse(104, 305, 7.5, 8.5)),
        ("lower-back-of-deltoid", ellipse(88, 218, 9, 15)),
        ("back-of-deltoid", ARM.cell(100, 232, -2.0, 0.6)),
        ("outer-deltoid", ARM.cell(100, 226, 0.6, 3.0)),
        ("deltoid-insertion", ARM.cell(226, 250, 0.6, 3.0)),
        ("inner-arm-upper", ARM.cell(225, 260, -2.0, 0.3)),
        ("inner-arm-lower", ARM.cell(260, 292, -2.0, 0.3)),
        ("triceps-upper", ARM.cell(225, 260, 0.3, 0.7)),
        ("triceps-lower", ARM.cell(260, 284, 0.3, 0.7)),
        ("outer-arm-upper", ARM.cell(240, 268, 0.7, 3.0)),
        ("outer-arm-lower", ARM.cell(268, 292, 0.7, 3.0)),
        ("above-point-of-elbow", ARM.cell(284, 300, 0.3, 0.7)),
        ("inner-epicondyle", ARM.cell(292, 314, -2.0, 0.3)),
        ("outer-epicondyle", ARM.cell(292, 314, 0.7, 3.0)),
        ("below-inner-epicondyle", ARM.cell(314, 343, -2.0, 0.27)),
        ("below-outer-epicondyle", ARM.cell(314, 343, 0.73, 3.0)),
        ("upper-forearm-back", ARM.cell(300, 343, 0.27, 0.73)),
        ("forearm-back-thumb-side", ARM.cell(343, 374, 0.5, 3.0)),
        ("forearm-back-little-finger-side", ARM.cell(343, 374, -2.0, 0.5)),
        ("lower-forearm-back-thumb-side", ARM.cell(374, 394, 0.5, 3.0)),
        ("lower-forearm-back-little-finger-side", ARM.cell(374, 394, -2.0, 0.5)),
        ("wrist-back-thumb-side", ARM.cell(394, 460, 0.5, 3.0)),
        ("wrist-back-little-finger-side", ARM.cell(394, 460, -2.0, 0.5)),
    ]


def side_arm_cells() -> Cells:
    """The right arm seen from the side, hanging over the trunk."""
    arm = SIDE_ARM
    return [
        ("point-of-shoulder", ellipse(0, 153, 9, 7.5)),
        ("lower-back-of-deltoid", ellipse(arm.u(0.24, 216), 216, 8.5, 13.5)),
        ("front-of-deltoid", arm.cell(140, 232, 0.64, 3.0)),
        ("back-of-deltoid", arm.cell(140, 232, -2.0, 0.36)),
        ("outer-deltoid", arm.cell(140, 226, 0.36, 0.64)),
        ("deltoid-insertion", arm.cell(226, 248, 0.32, 0.68)),
        ("biceps-upper", arm.cell(232, 264, 0.68, 3.0)),
        ("biceps-lower", arm.cell(264, 292, 0.68, 3.0)),
        ("triceps-upper", arm.cell(232, 264, -2.0, 0.32)),
        ("triceps-lower", arm.cell(264, 290, -2.0, 0.32)),
        ("outer-arm-upper", arm.cell(248, 270, 0.32, 0.68)),
        ("outer-arm-lower", arm.cell(270, 292, 0.32, 0.68)),
        ("point-of-elbow", arm.cell(290, 320, -2.0, 0.3)),
        ("elbow-crease", arm.cell(292, 316, 0.7, 3.0)),
        ("outer-epicondyle", arm.cell(292, 316, 0.3, 0.7)),
        ("below-outer-epicondyle", arm.cell(316, 345, 0.3, 0.72)),
        ("forearm-back-thumb-side", arm.cell((316, 316), 382, (0.72, 0.5), 3.0)),
        ("forearm-back-little-finger-side", arm.cell(320, 382, -2.0, (0.3, 0.5))),
        ("wrist-back-thumb-side", arm.cell(382, 470, 0.5, 3.0)),
        ("wrist-back-little-finger-side", arm.cell(382, 470, -2.0, 0.5)),
    ]


# ---------------------------------------------------------------------------------------------------------------
# Legs


def _tibia_s(v: float) -> float:
    """Where the shin bone's edge lies across the front of the lower leg (0 inner, 1 outer)."""
    return float(np.interp(v, [600, 740], [0.48, 0.27]))


def _inner_thigh_s(v: float) -> float:
    """Where the inner thigh gives way to the inner front of the thigh (vastus medialis) above the knee."""
    return float(np.interp(v, [512, 566], [0.2, 0.12]))


def front_leg_cells() -> Cells:
    """The front of the right leg from the groin crease to the ankle."""
    shin = [_tibia_s(v) for v in (606, 678, 750)]
    return [
        ("kneecap", ellipse(32.5, 577, 12.5, 14.5)),
        ("inner-ankle-bone", ellipse(21.5, 759, 6.5, 8)),
        # Below the outer ankle bone, the side of the foot shows before the foot's own areas begin.
        ("outer-ankle-bone", ellipse(40.5, 766, 6.5, 8) | LEG.cell(766, 800, 0.78, 3.0)),
        ("inner-groin", LEG.cell(430, 470, -2.0, 0.14)),
        ("femoral-triangle", poly((2, 436), (20, 420), (36, 404), (44, 396), (40, 440), (14, 470), (3, 470))),
        ("front-of-hip", LEG.cell(350, 418, 0.62, 3.0)),
        ("side-of-hip", LEG.cell(418, 446, 0.78, 3.0)),
        ("above-kneecap", LEG.cell(536, 566, 0.32, 0.82)),
        ("front-of-thigh-inner-lower", LEG.cell(512, 566, (_inner_thigh_s(512), _inner_thigh_s(566)), 0.32)),
        ("inside-of-knee", LEG.cell(566, 605, -2.0, 0.3)),
        ("below-inner-knee", LEG.cell(605, 630, -2.0, shin[0] - 0.08)),
        ("outside-of-knee", LEG.cell(556, 606, 0.76, 3.0)),
        ("below-kneecap", LEG.cell(566, 616, 0.3, 0.76)),
        ("ankle-front", LEG.cell(742, 800, 0.24, 0.78)),
        ("inner-thigh-upper", LEG.cell(380, 500, -2.0, 0.24)),
        ("inner-thigh-middle", LEG.cell(500, 535, -2.0, (0.24, _inner_thigh_s(535)))),
        ("inner-thigh-lower", LEG.cell(535, 566, -2.0, (_inner_thigh_s(535), _inner_thigh_s(566)))),
        ("outer-thigh-upper", LEG.cell(440, 482, 0.78, 3.0)),
        ("outer-thigh-middle", LEG.cell(482, 520, 0.78, 3.0)),
        ("outer-thigh-lower", LEG.cell(520, 556, 0.82, 3.0)),
        ("front-of-thigh-upper", LEG.cell(380, 470)),
        ("front-of-thigh-middle", LEG.cell(470, 506)),
        ("front-of-thigh-lower", LEG.cell(506, 566)),
        ("shin-upper", LEG.cell(606, 678, (shin[0] - 0.08, shin[1] - 0.08), (shin[0] + 0.1, shin[1] + 0.1))),
        ("shin-lower", LEG.cell(678, 760, (shin[1] - 0.08, shin[2] - 0.08), (shin[1] + 0.1, shin[2] + 0.1))),
        ("front-of-lower-leg-upper", LEG.cell(606, 678, (shin[0] + 0.1, shin[1] + 0.1), 0.78)),
        ("front-of-lower-leg-lower", LEG.cell(678, 760, (shin[1] + 0.1, shin[2] + 0.1), 0.78)),
        ("outer-lower-leg-upper", LEG.cell(606, 680, 0.78, 3.0)),
        ("outer-lower-leg-lower", LEG.cell(680, 800, 0.78, 3.0)),
        ("inner-lower-leg-upper", LEG.cell(600, 680, -2.0, 0.5)),
        ("inner-lower-leg-lower", LEG.cell(680, 800, -2.0, 0.5)),
    ]


def back_leg_cells() -> Cells:
    """The back of the right leg from the gluteal fold to the ankle (s = 0 is still the inner side)."""
    return [
        ("inner-ankle-bone", ellipse(21.5, 759, 6.5, 8)),
        ("outer-ankle-bone", ellipse(39.5, 764, 6.5, 8)),
        ("back-of-heel", LEG.cell(764, 800, 0.25, 0.75)),
        ("achilles", poly((25.5, 705), (37.5, 705), (37, 764), (25, 764))),
        ("back-of-ankle-inner", LEG.cell(735, 800, -2.0, 0.3)),
        ("back-of-ankle-outer", LEG.cell(735, 800, 0.7, 3.0)),
        ("back-of-knee-hollow", LEG.cell((582, 580), (608, 608), 0.3, 0.7)),
        ("above-back-of-knee", LEG.cell(562, (582, 580), 0.3, 0.7)),
        ("back-of-knee-inner", LEG.cell(566, 612, -2.0, 0.3)),
        ("outside-of-knee", LEG.cell(566, 608, 0.88, 3.0)),
        ("back-of-knee-outer", LEG.cell(566, 608, 0.7, 3.0)),
        ("fibular-head", ellipse(54, 616, 5.5, 6)),
        ("inner-thigh-upper", LEG.cell(400, 496, -2.0, 0.18)),
        ("inner-thigh-lower", LEG.cell(496, 566, -2.0, 0.18)),
        ("outer-thigh-upper", LEG.cell(400, 496, 0.82, 3.0)),
        ("outer-thigh-middle", LEG.cell(496, 536, 0.82, 3.0)),
        ("outer-thigh-lower", LEG.cell(536, 566, 0.82, 3.0)),
        ("back-of-thigh-upper", LEG.cell(400, 500)),
        ("back-of-thigh-middle", LEG.cell(500, 536)),
        ("back-of-thigh-lower-inner", LEG.cell(536, 562, -2.0, 0.5)),
        ("back-of-thigh-lower-outer", LEG.cell(536, 562, 0.5, 3.0)),
        ("top-of-calf", LEG.cell(608, 626, 0.3, 0.7)),
        ("calf-upper-inner", LEG.cell(608, 668, 0.15, 0.5)),
        ("calf-upper-outer", LEG.cell(608, 668, 0.5, 0.85)),
        ("inner-lower-leg-upper", LEG.cell(608, 690, -2.0, 0.15)),
        ("inner-lower-leg-lower", LEG.cell(690, 800, -2.0, 0.22)),
        ("outer-lower-leg-upper", LEG.cell(606, 690, 0.85, 3.0)),
        ("outer-lower-leg-lower", LEG.cell(690, 800, 0.78, 3.0)),
        ("calf-middle", LEG.cell(668, 702)),
        ("calf-lower", LEG.cell(702, 800)),
    ]


SIDE_KNEECAP: list[Point] = [(45, 566), (37.5, 572.0), (31.0, 578.0), (29.5, 588.0), (32.0, 598.0), (36.5, 603.0)]
SIDE_KNEECAP += [(45, 606)]


def side_leg_cells() -> Cells:
    """The right leg seen from the side, from hip to toes (the side view cuts its foot here too)."""
    body = SIDE_BODY
    return [
        ("kneecap", Polygon(spline(SIDE_KNEECAP, samples=6))),
        ("fibular-head", ellipse(-14, 612, 6, 6.5)),
        ("outer-ankle-bone", ellipse(-6, 770, 7, 7.5) | poly((-8, 770), (10, 770), (10, 791), (-8, 789))),
        ("back-of-heel", poly((-40, 772), (-17, 772), (-17, 790), (-40, 800))),
        ("heel", poly((-40, 790), (-17, 788), (-10, 820), (-40, 820))),
        ("little-toe", poly((62, 796), (72, 798), (82, 808), (84, 820), (62, 820))),
        ("big-toe", poly((82, 790), (110, 790), (110, 820), (84, 820), (82, 808), (76, 800))),
        # The foot's outer side: its lower half is the outer edge, its upper half the top of the foot.
        ("outer-edge-of-foot", poly((-17, 788), (0, 790), (30, 796), (62, 801), (62, 820), (-17, 820))),
        # The tendon runs down the back of the ankle to the heel, behind the hollow behind the outer ankle bone.
        ("achilles", body.cell(712, 774, -2.0, 0.09)),
        ("back-of-ankle-outer", poly((-20, 748), (-8, 748), (-8, 790), (-20, 790))),
        ("ankle-front", body.cell(742, 790, 0.58, 3.0) & box(-100, 700, 36, 900)),
        ("top-of-foot", box(-20, 776, 110, 820)),
        ("above-kneecap", body.cell(542, 570, 0.8, 3.0)),
        ("below-kneecap", body.cell(600, 624, 0.8, 3.0)),
        ("outside-of-knee", body.cell(566, 606, 0.28, 0.86)),
        ("back-of-knee-hollow", body.cell(574, 610, -2.0, 0.28)),
        ("front-of-thigh-upper", body.cell(420, 490, 0.72, 3.0)),
        ("front-of-thigh-middle", body.cell(490, 526, 0.72, 3.0)),
        ("front-of-thigh-lower", body.cell(526, 566, 0.8, 3.0)),
        ("back-of-thigh-upper", body.cell(440, 505, -2.0, 0.3)),
        ("back-of-thigh-middle", body.cell(505, 540, -2.0, 0.3)),
        ("back-of-thigh-lower-outer", body.cell(540, 574, -2.0, 0.3)),
        ("outer-thigh-upper", body.cell(420, 482)),
        ("outer-thigh-middle", body.cell(482, 526)),
        ("outer-thigh-lower", body.cell(526, 566)),
        ("calf-upper-outer", body.cell(606, 664, -2.0, 0.34)),
        ("calf-middle", body.cell(664, 690, -2.0, 0.34)),
        ("calf-lower", body.cell(690, 730, -2.0, 0.4)),
        ("shin-upper", body.cell(606, 680, 0.86, 3.0)),
        ("shin-lower", body.cell(680, 750, 0.86, 3.0)),
        ("front-of-lower-leg-upper", body.cell(606, 680, 0.68, 0.86)),
        ("front-of-lower-leg-lower", body.cell(680, 750, 0.68, 0.86)),
        ("outer-lower-leg-upper", body.cell(606, 684)),
        ("outer-lower-leg-lower", body.cell(684, 790)),
    ]
