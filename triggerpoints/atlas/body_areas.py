"""The fine areas of neck, trunk, arms and legs: the parts of each view outside head, hands and feet, and the
cells that cut them along the landmarks the charts use (ribcage edge, iliac crest, groin crease, gluteal fold,
shoulder blade, epicondyles, kneecap, ankle bones).

Body coordinates (see `frame`); front and back are cut for the person's right half and mirrored later. Each
view's body outside head, hands and feet is split into parts: "arm", "trunk" (neck to buttocks and groin) and
"leg". This module owns that split (`body_region`), the trunk's cells and the lookup of every part's cells
(`body_cells`); the arms' and legs' cells are in `limb_areas`, the shapes and `Strip`s they are cut with in
`strips`.

The side view's arm hangs over the trunk. Rule: the arm's areas win wherever the arm is drawn. Its part is the
arm's own outline (less the hand), cut like an arm; the trunk and leg parts are what stays visible around it,
so an area of the trunk hidden by the arm (the side of the chest under the upper arm, the front of the hip
behind the hand) is simply absent from the side view.
"""

from __future__ import annotations

import shapely
from shapely.geometry import LineString, Polygon, box
from shapely.geometry.base import BaseGeometry

from triggerpoints.atlas import front_back, hand_foot_areas, head_areas, limb_areas, side_view
from triggerpoints.atlas.curves import Point, spline
from triggerpoints.atlas.cutting import GRID, clip, largest
from triggerpoints.atlas.strips import (
    SIDE_BODY,
    TORSO,
    Cells,
    above,
    band_along,
    below,
    ellipse,
    left_of,
    poly,
    smooth,
)

BODY_PARTS = ("arm", "trunk", "leg")

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
        # Reaching up to the angle of the neck, where levator scapulae inserts on it.
        ("upper-inner-corner-of-shoulder-blade", ellipse(31.5, 166, 8.5, 11.5)),
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
        ("low-back-muscle", TORSO.cell(280, 400, -2.0, 0.55) & above(ILIAC_CREST_BACK)),
        ("waist-back", TORSO.cell(280, 400) & above(ILIAC_CREST_BACK)),
        ("side-of-hip", TORSO.cell(392, 470, 0.88, 3.0)),
        ("outer-buttock", TORSO.cell(352, 440, 0.72, 3.0)),
        ("buttock-inner", poly((3, 395), (18, 390), (20, 440), (3, 445), (-2, 420))),
        ("gluteal-fold", band_along([(-4, 444), *GLUTEAL_FOLD, (90, 440)], 9, 0)),
        ("upper-buttock", above(BUTTOCK_UPPER)),
        ("buttock-centre", above(BUTTOCK_LOWER)),
        ("lower-buttock", box(-2, 380, 100, 480)),
    ]


# The side view's ribcage edge and iliac crest, and where its leg begins.
SIDE_RIBCAGE: list[Point] = [(50, 250), (38.5, 262), (26, 287), (12, 305), (-6, 318), (-18, 324), (-40, 330)]
SIDE_CREST: list[Point] = [(-70, 380), (-48, 366), (-40, 346), (-26, 336), (-6, 336), (14, 344), (30, 358)]
SIDE_CREST += [(35, 368), (45, 380)]
# At the side the thigh begins just under the greater trochanter, so a zone can run from it down the outer thigh.
SIDE_LEG_TOP: list[Point] = [(-80, 464), (-51.5, 461), (-36, 462), (-20, 440), (-6, 423), (8, 424), (22, 429)]
SIDE_LEG_TOP += [(34.5, 430), (60, 428)]


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
        ("front-of-armpit", body.cell(176, 228, 0.6, 0.9)),
        ("upper-chest-outer", body.cell(176, 206, 0.6, 3.0)),
        ("under-the-breast", body.cell(206, 262, 0.6, 3.0) - below(SIDE_RIBCAGE)),
        ("below-the-ribs", band_along(SIDE_RIBCAGE, 0, 12) & box(0, 200, 100, 400)),
        ("iliac-crest", band_along(SIDE_CREST, 5, 5)),
        ("ribs-side-middle", body.cell(240, 292, 0.14, 3.0) - below(SIDE_RIBCAGE)),
        ("lower-ribs-back", body.cell(262, 330, 0.14, 0.5) - flank),
        ("side-of-abdomen", flank & box(-20, 200, 100, 400)),
        ("waist-back", flank),
        ("upper-buttock", body.cell(330, 400, -2.0, 0.3) - above(SIDE_CREST)),
        ("side-of-hip", (body.cell(330, 402, 0.3, 0.7) | body.cell(398, 480, 0.36, 0.62)) - above(SIDE_CREST)),
        ("lower-abdomen-side", body.cell(330, 410, 0.7, 3.0) - above(SIDE_CREST)),
        ("front-of-hip", body.cell(380, 470, 0.62, 3.0)),
        ("outer-buttock", body.cell(398, 440, -2.0, 0.36)),
        ("lower-buttock", body.cell(398, 480)),
    ]


_CELLS = {
    ("arm", "front"): limb_areas.front_arm_cells,
    ("arm", "back"): limb_areas.back_arm_cells,
    ("arm", "side"): limb_areas.side_arm_cells,
    ("trunk", "front"): _front_trunk,
    ("trunk", "back"): _back_trunk,
    ("trunk", "side"): _side_trunk,
    ("leg", "front"): limb_areas.front_leg_cells,
    ("leg", "back"): limb_areas.back_leg_cells,
    ("leg", "side"): limb_areas.side_leg_cells,
}
