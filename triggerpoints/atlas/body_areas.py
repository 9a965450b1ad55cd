"""The fine areas of neck, trunk, arms and legs: the parts of each view outside head, hands and feet, and the
cells that cut them along the landmarks the charts use (ribcage edge, iliac crest, groin crease, gluteal fold,
shoulder blade, epicondyles, kneecap, ankle bones).

Body coordinates (see `frame`); front and back are cut for the person's right half and mirrored later. Each
view's body outside head, hands and feet is split into parts: "arm", "trunk" (neck to buttocks and groin) and
"leg". Limb and trunk strips are cut with `Strip`: a band between two edges of the body, at fractions s across
it (0 on the first edge, 1 on the second) and between two heights v, so that every strip follows the limb.

The side view's arm hangs over the trunk. Rule: the arm's areas win wherever the arm is drawn. Its part is the
arm's own outline (less the hand), cut like an arm; the trunk and leg parts are what stays visible around it,
so an area of the trunk hidden by the arm (the side of the chest under the upper arm, the front of the hip
behind the hand) is simply absent from the side view.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from shapely import affinity
from shapely.geometry import LineString, Polygon, box
from shapely.geometry import Point as ShapelyPoint
from shapely.geometry.base import BaseGeometry

from triggerpoints.atlas import front_back, hand_foot_areas, head_areas, side_view
from triggerpoints.atlas.curves import Point, spline
from triggerpoints.atlas.cutting import GRID, clip, largest

Cells = list[tuple[str, BaseGeometry]]
Span = float | tuple[float, float]

BODY_PARTS = ("arm", "trunk", "leg")


def ellipse(u: float, v: float, ru: float, rv: float) -> Polygon:
    """An ellipse cell centred on (u, v)."""
    return affinity.scale(ShapelyPoint(u, v).buffer(1.0, quad_segs=16), ru, rv)


def poly(*points: Point) -> Polygon:
    """A polygon cell through the points."""
    return Polygon(points)


def smooth(*points: Point) -> Polygon:
    """A closed smooth cell through the points (a spline), for rounded zones such as the shoulder blade."""
    return Polygon(spline([*points, points[0]], samples=6))


def below(curve: Sequence[Point], far: float = 1000.0) -> Polygon:
    """Everything below a curve running left to right (its ends carried far out sideways)."""
    pts = list(spline(curve, samples=6))
    (u0, v0), (u1, v1) = pts[0], pts[-1]
    return Polygon([(u0 - 300, v0), *pts, (u1 + 300, v1), (u1 + 300, far), (u0 - 300, far)])


def above(curve: Sequence[Point]) -> Polygon:
    """Everything above a curve running left to right."""
    return below(curve, far=-1000.0)


def left_of(u: float) -> Polygon:
    """Everything nearer the midline than u (front and back) or behind u (side)."""
    return box(-1000, -1000, u, 2000)


def band_along(curve: Sequence[Point], up: float, down: float) -> Polygon:
    """A band that follows a curve, reaching up above it and down below it (in v)."""
    pts = spline(curve, samples=6)
    return Polygon([(u, v - up) for u, v in pts] + [(u, v + down) for u, v in reversed(pts)])


def _pair(span: Span) -> tuple[float, float]:
    return span if isinstance(span, tuple) else (span, span)


@dataclass(frozen=True)
class Strip:
    """The band between two edges of the body that run downwards (v increasing): s = 0 on `first`, 1 on
    `second`; outside [0, 1] it carries on past the edges."""

    first: tuple[Point, ...]
    second: tuple[Point, ...]

    def u(self, s: float, v: float) -> float:
        """The u of the point s across the band at height v."""
        a = float(np.interp(v, [p[1] for p in self.first], [p[0] for p in self.first]))
        b = float(np.interp(v, [p[1] for p in self.second], [p[0] for p in self.second]))
        return a + (b - a) * s

    def cell(self, v0: Span, v1: Span, s0: Span = -2.0, s1: Span = 3.0, samples: int = 12) -> Polygon:
        """The cell from height v0 to v1 and from s0 to s1 across. A pair for v0 or v1 tilts that end (its v at
        s0, at s1); a pair for s0 or s1 slants that side (its s at the top, at the bottom)."""
        (top_a, top_b), (bottom_a, bottom_b) = _pair(v0), _pair(v1)
        (s0_top, s0_bottom), (s1_top, s1_bottom) = _pair(s0), _pair(s1)
        ts = np.linspace(0.0, 1.0, samples)

        def side(s_top: float, s_bottom: float, v_top: float, v_bottom: float) -> list[Point]:
            out = []
            for t in ts:
                s = s_top + (s_bottom - s_top) * t
                v = v_top + (v_bottom - v_top) * t
                out.append((self.u(s, v), v))
            return out

        left = side(s0_top, s0_bottom, top_a, bottom_a)
        right = side(s1_top, s1_bottom, top_b, bottom_b)
        return Polygon([*left, *right[::-1]])


# Edges of the front and back views (the same outline down to the ankles), each running downwards.
MIDLINE: tuple[Point, ...] = ((0.0, -100.0), (0.0, 1000.0))
TORSO_EDGE = tuple(front_back.TORSO_AND_OUTER_LEG[:13])
LEG_OUTER = tuple(front_back.TORSO_AND_OUTER_LEG[6:])
LEG_INNER = tuple(front_back.INNER_LEG_TO_CROTCH[::-1])
ARM_OUTER = tuple(front_back.NECK_SHOULDER_ARM[8:])
ARM_INNER = tuple(front_back.INNER_ARM_TO_ARMPIT[::-1])
TORSO = Strip(MIDLINE, TORSO_EDGE)
LEG = Strip(LEG_INNER, LEG_OUTER)
ARM = Strip(ARM_INNER, ARM_OUTER)

# Where the arm meets the trunk on front and back: from the top of the shoulder, inside the deltoid, to the
# armpit, then down the gap between arm and body.
ARM_DIVIDE: list[Point] = [(80, 100), (80, 150), (78, 172), (75, 198), (72.5, 215), (72, 225), (74.5, 240)]
ARM_DIVIDE += [(79, 262), (84, 300), (92, 380), (98, 440), (100, 560)]
ARM_ZONE = Polygon([*ARM_DIVIDE, (300, 560), (300, 100)])

# The leg begins below the groin crease (front) or the gluteal fold (back), carried out to the side.
GROIN_CREASE: list[Point] = [(0, 432), (16, 419), (22, 413), (33, 402), (46, 388), (57, 372)]
LEG_TOP_FRONT: list[Point] = [(-5, 440), (0, 439), (18, 426), (34, 410), (48, 396), (60, 384), (90, 384)]
GLUTEAL_FOLD: list[Point] = [(3.5, 446), (18, 456), (36, 460), (54, 455), (64, 448)]
LEG_TOP_BACK: list[Point] = [(-5, 440), (1, 442), (3.5, 446), (18, 456), (36, 460), (54, 455), (64, 448), (90, 443)]


def _rest(view: str) -> BaseGeometry:
    """The person's right half of a view (the whole side view) less its head, hand and foot."""
    body = Polygon(side_view.silhouette() if view == "side" else front_back.silhouette(view))
    half = body if view == "side" else clip(body, box(0, -50, 300, 950))
    taken = [head_areas.head_region(view), hand_foot_areas.hand_region(view)]
    if view != "side":
        taken.append(hand_foot_areas.foot_region(view))
    return shapely.difference(half, shapely.union_all(taken, grid_size=GRID), grid_size=GRID)


def body_region(part: str, view: str) -> Polygon:
    """One body part (arm, trunk or leg) of a view in body coordinates."""
    rest = _rest(view)
    if view == "side":
        arm = clip(shapely.Polygon(side_view.arm_outline()), rest)
        if part == "arm":
            return arm
        rest = shapely.difference(rest, arm, grid_size=GRID)
        leg_zone = below(SIDE_LEG_TOP)
    else:
        if part == "arm":
            return clip(rest, ARM_ZONE)
        rest = shapely.difference(rest, ARM_ZONE, grid_size=GRID)
        leg_zone = below(LEG_TOP_FRONT if view == "front" else LEG_TOP_BACK)
    if part == "leg":
        return clip(rest, leg_zone)
    return largest(shapely.difference(rest, leg_zone, grid_size=GRID))


def body_cells(part: str, view: str) -> Cells:
    """Each area of a body part of a view and the cell it may take, in priority order."""
    return _CELLS[(part, view)]()


# ---------------------------------------------------------------------------------------------------------------
# Arms


def _front_arm() -> Cells:
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
        ("lower-forearm-front", ARM.cell(374, 394)),
        ("wrist-front-thumb-side", ARM.cell(394, 460, 0.5, 3.0)),
        ("wrist-front-little-finger-side", ARM.cell(394, 460, -2.0, 0.5)),
    ]


def _back_arm() -> Cells:
    """The back of the right arm: the thumb side is still the outer side (s = 1)."""
    return [
        ("point-of-shoulder", ellipse(88, 151, 8, 7)),
        ("point-of-elbow", ellipse(104, 305, 7.5, 8.5)),
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
        ("lower-forearm-back", ARM.cell(374, 394)),
        ("wrist-back-thumb-side", ARM.cell(394, 460, 0.5, 3.0)),
        ("wrist-back-little-finger-side", ARM.cell(394, 460, -2.0, 0.5)),
    ]


# The side view's arm: s = 0 on its back edge, 1 on its front edge (the thumb side below the elbow).
SIDE_ARM = Strip(tuple(side_view.ARM_BACK[::-1]), tuple(side_view.ARM_FRONT))


def _side_arm() -> Cells:
    """The right arm seen from the side, hanging over the trunk."""
    arm = SIDE_ARM
    return [
        ("point-of-shoulder", ellipse(0, 153, 9, 7.5)),
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
# Trunk


CLAVICLE: list[Point] = [(6.5, 143.5), (14.0, 141.0), (26.0, 143.8), (42.0, 145.6), (58.0, 143.5), (72.0, 144.2)]
CLAVICLE += [(85.0, 150.0)]
SCM_LINE: list[Point] = [(25.0, 95.0), (24.0, 106.0), (21.0, 117.0), (15.0, 130.0), (8.5, 142.0), (6.0, 150.0)]
RIBCAGE: list[Point] = [(-2, 250), (1.5, 252), (10, 258), (22, 268), (35, 282), (46.5, 297), (56, 312), (62, 320)]
RIBCAGE += [(70, 330)]
# Where the upper chest gives way to the breast's lower half: across the nipple, up to the front of the armpit.
PEC_LOWER: list[Point] = [(0, 214), (20, 214), (32, 214), (50, 212), (66, 200), (80, 188)]
STERNUM: list[Point] = [(6.2, 145.0), (7.2, 156.0), (5.0, 168.0), (5.4, 200.0), (5.0, 232.0), (3.0, 248.0)]
STERNUM += [(0.0, 256.0)]


def _front_trunk() -> Cells:
    """The front of the neck and trunk, right half: cut along collarbone, breastbone, ribcage edge and groin."""
    throat = Polygon([(-5, 95), *SCM_LINE, (-5, 150)])
    sternum = Polygon([(-2, 140), (7.5, 140), *[(u + 1.2, v) for u, v in STERNUM], (-2, 262)])
    abdomen = below(RIBCAGE)
    return [
        ("navel", ellipse(0, 318, 8.5, 9)),
        ("nipple-area", ellipse(45, 216, 12, 11)),
        ("hip-bone-front", ellipse(60, 364, 7, 7)),
        ("under-the-jaw", poly((8, 106), (20, 103), (28, 98), (30, 112), (22, 118), (10, 117))),
        ("above-collarbone", smooth((15, 132), (26, 127), (40, 130), (44, 140), (30, 146), (14, 146))),
        ("throat-upper", throat & box(-5, 95, 40, 124)),
        ("throat-lower", throat & box(-5, 124, 40, 152)),
        ("side-of-neck-upper", box(0, 95, 40, 122)),
        ("side-of-neck-lower", box(0, 122, 40, 138)),
        ("top-of-shoulder-inner", above(CLAVICLE) & box(10, 95, 52, 160)),
        ("top-of-shoulder-outer", above(CLAVICLE) & box(52, 95, 100, 160)),
        ("breastbone-upper", sternum & box(-5, 130, 20, 172)),
        ("breastbone-middle", sternum & box(-5, 172, 20, 220)),
        ("breastbone-lower", sternum & box(-5, 220, 20, 242)),
        ("breastbone-tip", poly((-2, 242), (6.5, 242), (4, 254), (0, 262), (-2, 262))),
        ("front-of-shoulder-joint", ellipse(70, 162, 9, 10)),
        ("below-collarbone", below(CLAVICLE) & above([(0, 162), (40, 164), (80, 160)])),
        ("beside-breastbone", poly((4, 150), (15, 150), (16, 250), (4, 250)) - abdomen),
        ("armpit", smooth((60, 214), (74, 208), (78, 228), (76, 244), (64, 240))),
        ("front-of-armpit", poly((55, 178), (80, 170), (80, 214), (60, 216))),
        ("upper-chest-inner", above(PEC_LOWER) & left_of(32)),
        ("upper-chest-outer", above(PEC_LOWER)),
        ("ribs-side-upper", TORSO.cell(225, 262, 0.8, 3.0)),
        ("ribs-side-middle", TORSO.cell(262, 292, 0.8, 3.0) - abdomen),
        ("under-the-breast", box(4, 190, 75, 270) - abdomen),
        ("pit-of-stomach", TORSO.cell(240, 300, -2.0, 0.2) & abdomen),
        ("ribs-side-lower", TORSO.cell(262, 318, 0.84, 3.0) - abdomen),
        ("iliac-crest", LineString(spline([(72, 318), (66.5, 326), (66.0, 342), (62.5, 356)])).buffer(6)),
        ("upper-abdomen-middle", TORSO.cell(240, 300, 0.2, 0.52) & abdomen),
        ("below-the-ribs", TORSO.cell(240, 300, 0.52, 3.0) & abdomen),
        ("beside-the-navel", TORSO.cell(300, 336, -2.0, 0.58)),
        ("side-of-abdomen", TORSO.cell(300, 352, 0.58, 3.0)),
        ("groin-crease", band_along([(-4, 436), *GROIN_CREASE, (66, 366)], 9, 12)),
        ("pubic-area", TORSO.cell(404, 445, -2.0, 0.24)),
        ("above-pubic-bone", TORSO.cell(386, 404, -2.0, 0.3)),
        ("below-the-navel", TORSO.cell(330, 360, -2.0, 0.3)),
        ("lower-abdomen-centre", TORSO.cell(360, 386, -2.0, 0.3)),
        ("lower-abdomen-side", TORSO.cell(300, 440)),
    ]


SCAPULA: list[Point] = [(58.0, 162.0), (44.0, 161.5), (33.5, 164.0), (27.0, 180.0), (27.5, 205.0), (31.5, 230.0)]
SCAPULA += [(38.0, 248.0), (44.0, 256.5), (50.0, 250.0), (60.0, 232.0), (70.5, 212.0), (78.5, 194.0)]
SCAPULA_SPINE: list[Point] = [(24, 192), (28.0, 190.0), (40.0, 184.0), (56.0, 176.0), (72.0, 166.0), (84.0, 157.0)]
SCAPULA_SPINE += [(96.0, 154.0)]
ILIAC_CREST_BACK: list[Point] = [(12, 380), (17.0, 372.0), (28.0, 360.0), (44.0, 347.0), (58.0, 340.0)]
ILIAC_CREST_BACK += [(68.0, 341.0), (80, 344)]


# The lowest ribs seen from behind, falling away from the spine; and two lines that part the buttock in three.
RIB_BACK: list[Point] = [(-5, 290), (10, 292), (30, 298), (55, 308), (72, 318), (90, 326)]
BUTTOCK_UPPER: list[Point] = [(0, 398), (20, 398), (40, 393), (60, 394), (72, 400), (90, 404)]
BUTTOCK_LOWER: list[Point] = [(0, 424), (20, 426), (40, 424), (60, 426), (72, 432), (90, 436)]


def _scapula() -> Polygon:
    """The right shoulder blade, closed along its top towards the point of the shoulder."""
    return Polygon([*spline(SCAPULA, samples=6), (84, 176), (80, 158), (66, 158)])


def _back_trunk() -> Cells:
    """The back of the neck and trunk, right half: cut along the shoulder blade, the iliac crest, the sacrum and
    the gluteal fold."""
    scapula = _scapula()
    lateral_border = band_along(SCAPULA[8:], 0, 0).buffer(7.5)
    medial_border = Polygon([*[(u - 8, v) for u, v in SCAPULA[2:8]], *SCAPULA[7:1:-1]])
    sacrum = Polygon([(-2, 360), (17, 364), (17.5, 376), (14.0, 392.0), (8.5, 405.0), (3.0, 413.0), (-2, 415)])
    spine_band = band_along(SCAPULA_SPINE, 5, 4.5)
    return [
        ("base-of-neck", ellipse(0, 135, 10, 7.5)),
        ("upper-inner-corner-of-shoulder-blade", ellipse(32, 169, 8, 9)),
        ("lower-corner-of-shoulder-blade", ellipse(44, 250, 9.5, 9)),
        ("si-joint", ellipse(15.5, 380, 6.5, 10)),
        ("sit-bone", ellipse(25, 452, 10, 8)),
        ("back-of-neck-upper", box(-2, 95, 13, 118)),
        ("back-of-neck-lower", box(-2, 118, 13, 134)),
        ("back-of-neck-side", box(13, 95, 40, 126)),
        ("shoulder-blade-spine", spine_band & scapula.buffer(2)),
        ("above-shoulder-blade-spine", scapula & above(SCAPULA_SPINE)),
        ("outer-border-of-shoulder-blade", scapula & lateral_border),
        ("below-shoulder-blade-spine", scapula & above([(u, v + 24) for u, v in SCAPULA_SPINE])),
        ("shoulder-blade-centre", scapula),
        ("inner-border-of-shoulder-blade", medial_border),
        ("top-of-shoulder-inner", poly((10, 90), (44, 90), (48, 158), (30, 158), (10, 150))),
        ("top-of-shoulder-outer", poly((44, 90), (100, 90), (100, 170), (60, 162), (48, 160))),
        ("back-of-armpit", smooth((62, 196), (76, 186), (82, 215), (78, 245), (64, 242))),
        ("spine-upper-back", TORSO.cell(128, 205, -2.0, 0.1)),
        ("spine-mid-back", TORSO.cell(205, 298, -2.0, 0.12) - below(RIB_BACK)),
        ("spine-low-back-upper", TORSO.cell(280, 338, -2.0, 0.14)),
        ("spine-low-back-lower", TORSO.cell(338, 372, -2.0, 0.14)),
        ("between-shoulder-blades-upper", poly((0, 128), (40, 128), (30, 198), (0, 202))),
        ("between-shoulder-blades-lower", poly((0, 198), (34, 194), (40, 252), (0, 256))),
        ("sacrum-upper", sacrum & box(-5, 340, 30, 392)),
        ("sacrum-lower", sacrum & box(-5, 392, 30, 420)),
        ("tailbone-area", poly((-2, 410), (6, 411), (5, 427), (-2, 428))),
        ("perineum", poly((-2, 427), (6, 426), (8, 448), (-2, 448))),
        ("iliac-crest", band_along(ILIAC_CREST_BACK, 5, 5)),
        ("above-iliac-crest", band_along(ILIAC_CREST_BACK, 16, 0) & box(14, 300, 100, 400)),
        ("below-shoulder-blade", TORSO.cell(240, 320, -2.0, 0.72) - below(RIB_BACK)),
        ("lower-ribs-back", TORSO.cell(200, 330) - below(RIB_BACK)),
        ("low-back-muscle", TORSO.cell(280, 400, -2.0, 0.55)),
        ("waist-back", TORSO.cell(280, 400) & above(ILIAC_CREST_BACK)),
        ("side-of-hip", TORSO.cell(392, 470, 0.88, 3.0)),
        ("outer-buttock", TORSO.cell(352, 440, 0.72, 3.0)),
        ("buttock-inner", poly((3, 395), (18, 390), (20, 440), (3, 445), (-2, 420))),
        ("gluteal-fold", band_along([(-4, 444), *GLUTEAL_FOLD, (90, 440)], 9, 0)),
        ("upper-buttock", above(BUTTOCK_UPPER)),
        ("buttock-centre", above(BUTTOCK_LOWER)),
        ("lower-buttock", box(-2, 380, 100, 480)),
    ]


# The side view: s = 0 on the back of the body, 1 on its front.
SIDE_BODY = Strip(tuple(side_view.BACK_OF_BODY[::-1]), tuple(side_view.FRONT_OF_BODY))
SIDE_RIBCAGE: list[Point] = [(50, 250), (38.5, 262), (26, 287), (12, 305), (-6, 318), (-18, 324), (-40, 330)]
SIDE_CREST: list[Point] = [(-70, 380), (-48, 366), (-40, 346), (-26, 336), (-6, 336), (14, 344), (30, 358)]
SIDE_CREST += [(35, 368), (45, 380)]
SIDE_LEG_TOP: list[Point] = [(-80, 464), (-51.5, 461), (-36, 463), (-10, 452), (10, 440), (34.5, 430), (60, 428)]


def _side_trunk() -> Cells:
    """The neck and trunk seen from the right side, around the arm."""
    body = SIDE_BODY
    flank = below(SIDE_RIBCAGE) & above(SIDE_CREST)
    return [
        ("base-of-neck", ellipse(-36, 140, 7, 7)),
        ("greater-trochanter", ellipse(-3, 410, 11, 12)),
        ("hip-bone-front", ellipse(35, 369, 6, 6)),
        ("under-the-jaw", poly((-2, 100), (10, 100), (24, 110), (26, 120), (12, 122), (0, 112))),
        ("above-collarbone", smooth((4, 132), (14, 127), (22, 136), (24, 148), (10, 150), (2, 146))),
        ("throat-upper", body.cell(100, 126, 0.8, 3.0)),
        ("throat-lower", body.cell(126, 150, 0.8, 3.0)),
        ("back-of-neck-upper", body.cell(100, 122, -2.0, 0.32)),
        ("back-of-neck-lower", body.cell(122, 136, -2.0, 0.32)),
        ("top-of-shoulder-inner", poly((-30, 128), (2, 128), (4, 152), (-36, 156))),
        ("side-of-neck-upper", body.cell(95, 122, 0.3, 0.85)),
        ("side-of-neck-lower", body.cell(122, 140, 0.3, 0.85)),
        ("spine-upper-back", body.cell(136, 205, -2.0, 0.14)),
        ("spine-mid-back", body.cell(205, 300, -2.0, 0.14)),
        ("spine-low-back-upper", body.cell(300, 336, -2.0, 0.14)),
        ("spine-low-back-lower", body.cell(336, 366, -2.0, 0.16)),
        ("above-shoulder-blade-spine", body.cell(140, 180, 0.14, 0.7)),
        ("back-of-armpit", body.cell(195, 255, 0.3, 0.7)),
        ("outer-border-of-shoulder-blade", body.cell(180, 232, 0.14, 0.7)),
        ("lower-corner-of-shoulder-blade", body.cell(232, 262, 0.14, 0.7)),
        ("below-collarbone", body.cell(140, 176, 0.6, 3.0)),
        ("nipple-area", ellipse(41, 216, 8, 10)),
        ("front-of-armpit", body.cell(176, 236, 0.6, 0.86)),
        ("upper-chest-outer", body.cell(176, 206, 0.6, 3.0)),
        ("under-the-breast", body.cell(206, 262, 0.6, 3.0) - below(SIDE_RIBCAGE)),
        ("below-the-ribs", band_along(SIDE_RIBCAGE, 0, 12) & box(0, 200, 100, 400)),
        ("iliac-crest", band_along(SIDE_CREST, 5, 5)),
        ("ribs-side-middle", body.cell(240, 292, 0.14, 3.0) - below(SIDE_RIBCAGE)),
        ("lower-ribs-back", body.cell(262, 330, 0.14, 0.5) - flank),
        ("side-of-abdomen", flank & box(-20, 200, 100, 400)),
        ("waist-back", flank),
        ("upper-buttock", body.cell(330, 400, -2.0, 0.3) - above(SIDE_CREST)),
        ("side-of-hip", body.cell(330, 402, 0.3, 0.7) - above(SIDE_CREST)),
        ("lower-abdomen-side", body.cell(330, 410, 0.7, 3.0) - above(SIDE_CREST)),
        ("front-of-hip", body.cell(380, 470, 0.62, 3.0)),
        ("outer-buttock", body.cell(398, 470, -2.0, 0.36)),
        ("lower-buttock", body.cell(398, 480)),
    ]


# ---------------------------------------------------------------------------------------------------------------
# Legs


def _tibia_s(v: float) -> float:
    """Where the shin bone's edge lies across the front of the lower leg (0 inner, 1 outer)."""
    return float(np.interp(v, [600, 740], [0.48, 0.27]))


def _front_leg() -> Cells:
    """The front of the right leg from the groin crease to the ankle."""
    shin = [_tibia_s(v) for v in (606, 678, 750)]
    return [
        ("kneecap", ellipse(32.5, 577, 12.5, 14.5)),
        ("inner-ankle-bone", ellipse(21.5, 759, 6.5, 8)),
        ("outer-ankle-bone", ellipse(40.5, 766, 6.5, 8)),
        ("inner-groin", LEG.cell(430, 470, -2.0, 0.14)),
        ("femoral-triangle", poly((2, 436), (20, 420), (36, 404), (44, 396), (40, 440), (14, 470), (3, 470))),
        ("front-of-hip", LEG.cell(350, 418, 0.62, 3.0)),
        ("side-of-hip", LEG.cell(418, 446, 0.78, 3.0)),
        ("above-kneecap", LEG.cell(536, 566, 0.32, 0.82)),
        ("front-of-thigh-inner-lower", LEG.cell(512, 566, 0.02, 0.32)),
        ("inside-of-knee", LEG.cell(566, 605, -2.0, 0.3)),
        ("below-inner-knee", LEG.cell(605, 630, -2.0, shin[0] - 0.08)),
        ("outside-of-knee", LEG.cell(556, 606, 0.76, 3.0)),
        ("below-kneecap", LEG.cell(566, 616, 0.3, 0.76)),
        ("ankle-front", LEG.cell(742, 800, 0.24, 0.78)),
        ("inner-thigh-upper", LEG.cell(380, 500, -2.0, 0.24)),
        ("inner-thigh-middle", LEG.cell(500, 535, -2.0, 0.24)),
        ("inner-thigh-lower", LEG.cell(535, 566, -2.0, 0.1)),
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


def _back_leg() -> Cells:
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


def _side_leg() -> Cells:
    """The right leg seen from the side, from hip to toes (the side view cuts its foot here too)."""
    body = SIDE_BODY
    return [
        ("kneecap", Polygon(spline(SIDE_KNEECAP, samples=6))),
        ("fibular-head", ellipse(-14, 612, 6, 6.5)),
        ("outer-ankle-bone", ellipse(-6, 770, 7, 7.5)),
        ("back-of-heel", poly((-40, 772), (-17, 772), (-17, 790), (-40, 800))),
        ("heel", poly((-40, 790), (-17, 788), (-10, 820), (-40, 820))),
        ("little-toe", poly((62, 796), (72, 798), (82, 808), (84, 820), (62, 820))),
        ("big-toe", poly((82, 790), (110, 790), (110, 820), (84, 820), (82, 808), (76, 800))),
        ("outer-edge-of-foot", poly((-17, 800), (62, 800), (62, 820), (-17, 820))),
        ("back-of-ankle-outer", poly((-20, 748), (-8, 748), (-8, 790), (-20, 790))),
        ("achilles", body.cell(712, 790, -2.0, 0.26)),
        ("ankle-front", body.cell(742, 790, 0.58, 3.0)),
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


_CELLS = {
    ("arm", "front"): _front_arm,
    ("arm", "back"): _back_arm,
    ("arm", "side"): _side_arm,
    ("trunk", "front"): _front_trunk,
    ("trunk", "back"): _back_trunk,
    ("trunk", "side"): _side_trunk,
    ("leg", "front"): _front_leg,
    ("leg", "back"): _back_leg,
    ("leg", "side"): _side_leg,
}
