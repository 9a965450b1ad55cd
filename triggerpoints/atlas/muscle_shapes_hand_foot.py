"""Muscle outlines drawn on the atlas: the small muscles of the hand and foot, and the deep forearm and calf
muscles that came with them (flexor pollicis longus, extensor indicis, plantaris, peroneus tertius).

The arm and hand are posed as `muscle_shapes_arm_hand` draws them (palm to the viewer on the front view, back of
the hand on the back and side views) and written in its marks: `Arm(s, v)` across the forearm, `Hand(a, b)` in
the hand's frame (a down from the wrist centre, b across towards the thumb), `Thumb` and `Finger` along a digit.
The hand's metacarpals are not drawn; here they run from their bases at a = 13 (b = 7.5, 2, -3.5, -8.5 for the
index to the little finger) to their heads just short of the knuckles, and the interossei lie in the spaces
between them.

The legs are written in body units (see `triggerpoints.atlas.frame`) and the feet in the foot's frame (a along the
foot from the ankle centre, b across it, + towards the little toe), placed as `front_back` places them: the top
of the foot seen from in front on the front view, the sole of a foot pointed down (heel up, toes down) on the back
view. On the side view (the outer side of the right foot) feet are in body units too. A muscle made of separate
slips (the interossei, the lumbricals) is drawn one piece per slip: (key, view) for the first, then
(key, view, 1), (key, view, 2), ...
"""

from __future__ import annotations

from triggerpoints.atlas.extremities import place
from triggerpoints.atlas.frame import to_figure
from triggerpoints.atlas.front_back import ANKLE, FOOT_ANGLE
from triggerpoints.atlas.muscle_shapes_arm_hand import Arm, Finger, Hand, Mark, Thumb, placed

BodyPoints = tuple[tuple[float, float], ...]
ShapeKey = tuple[str, str] | tuple[str, str, int]

# --- Forearm and hand -----------------------------------------------------------------------------------------

# Front, deep under FCR, FDS and brachioradialis: the radial half of the forearm from below the radial
# tuberosity to above pronator quadratus; the tendon through the carpal tunnel and along the thumb to its end bone.
FLEXOR_POLLICIS_LONGUS_FRONT: tuple[Mark, ...] = (
    Arm(0.66, 326), Arm(0.78, 323), Arm(0.88, 332), Arm(0.93, 350), Arm(0.93, 370), Arm(0.89, 388),
    Arm(0.84, 400), Arm(0.8, 410), Hand(1.5, 7.4), Thumb(2.0, 1.3), Thumb(14.0, 1.3), Thumb(26.0, 1.2),
    Thumb(33.5, 1.0), Thumb(35.0, 0.0), Thumb(33.5, -1.0), Thumb(26.0, -1.2), Thumb(14.0, -1.3),
    Thumb(2.0, -1.4), Hand(1.5, 4.4), Arm(0.7, 408), Arm(0.63, 398), Arm(0.56, 384), Arm(0.54, 365),
    Arm(0.56, 345), Arm(0.6, 333),
)  # fmt: skip

# Back, deep under extensor digitorum: from the lower back of the ulna and the membrane, its tendon with the
# finger extensor's through the wrist and along the index metacarpal to the index finger's hood.
EXTENSOR_INDICIS_BACK: tuple[Mark, ...] = (
    Arm(0.16, 350), Arm(0.26, 347), Arm(0.38, 357), Arm(0.49, 371), Arm(0.56, 386), Arm(0.58, 398),
    Arm(0.56, 408), Hand(-1.5, 3.6), Hand(10.0, 6.4), Hand(24.0, 9.6), Hand(38.0, 11.6), Finger(0, 0.0, -0.4),
    Finger(0, 10.0, -0.6), Finger(0, 11.0, -1.6), Finger(0, 10.0, -2.6), Finger(0, 0.0, -2.8),
    Hand(38.0, 9.4), Hand(24.0, 7.6), Hand(10.0, 3.8), Hand(-1.5, 0.8), Arm(0.42, 408), Arm(0.32, 398),
    Arm(0.24, 386), Arm(0.18, 373), Arm(0.14, 361),
)  # fmt: skip
EXTENSOR_INDICIS_SIDE: tuple[Mark, ...] = (
    Arm(0.08, 350), Arm(0.16, 347), Arm(0.26, 357), Arm(0.36, 371), Arm(0.42, 386), Arm(0.44, 398),
    Arm(0.43, 406), Hand(-1.5, 3.6), Hand(10.0, 6.4), Hand(24.0, 9.6), Hand(38.0, 11.6), Finger(0, 0.0, -0.4),
    Finger(0, 10.0, -0.6), Finger(0, 11.0, -1.6), Finger(0, 10.0, -2.6), Finger(0, 0.0, -2.8),
    Hand(38.0, 9.4), Hand(24.0, 7.6), Hand(10.0, 3.8), Hand(-1.5, 0.8), Arm(0.3, 406), Arm(0.22, 397),
    Arm(0.15, 386), Arm(0.1, 373), Arm(0.07, 361),
)  # fmt: skip

# Back of the hand: the second to fourth dorsal interossei, each filling the space between two metacarpals and
# narrowing to the side of a finger's first bone (both sides of the middle finger, the ulnar side of the ring).
DORSAL_INTEROSSEI_HAND: tuple[tuple[Mark, ...], ...] = (
    (
        Hand(14.0, 4.8), Hand(20.0, 8.6), Hand(28.0, 10.2), Hand(36.0, 11.2), Hand(42.0, 10.8),
        Finger(1, 3.0, 4.0), Finger(1, 5.5, 3.0), Hand(42.0, 5.0), Hand(36.0, 3.4), Hand(28.0, 2.4),
        Hand(20.0, 2.2),
    ),
    (
        Hand(14.0, -0.8), Hand(20.0, 1.4), Hand(28.0, 1.9), Hand(36.0, 2.6), Hand(42.0, 3.0),
        Finger(1, 5.5, -3.0), Finger(1, 3.0, -4.0), Hand(42.0, -3.4), Hand(36.0, -3.6), Hand(28.0, -3.4),
        Hand(20.0, -2.8),
    ),
    (
        Hand(14.0, -6.0), Hand(20.0, -4.0), Hand(28.0, -4.4), Hand(36.0, -5.0), Hand(41.0, -5.8),
        Finger(2, 5.5, -2.6), Finger(2, 3.0, -3.6), Hand(40.0, -11.2), Hand(35.0, -12.0), Hand(28.0, -12.3),
        Hand(20.0, -10.2),
    ),
)  # fmt: skip

# Palm, deep under the flexor tendons: the three palmar interossei, each along the side of one metacarpal that
# faces the middle finger (index, ring, little) to the same side of that finger's first bone.
PALMAR_INTEROSSEI_HAND: tuple[tuple[Mark, ...], ...] = (
    (
        Hand(16.0, 7.0), Hand(22.0, 9.0), Hand(30.0, 10.2), Hand(38.0, 11.2), Finger(0, 3.0, -2.6),
        Finger(0, 5.5, -3.6), Finger(0, 3.0, -4.6), Hand(40.0, 7.6), Hand(32.0, 6.4), Hand(24.0, 5.4),
    ),
    (
        Hand(16.0, -2.6), Hand(24.0, -0.2), Hand(32.0, 0.0), Hand(40.0, -0.4), Finger(2, 3.0, 4.4),
        Finger(2, 5.5, 3.4), Finger(2, 3.0, 2.4), Hand(38.0, -4.0), Hand(30.0, -3.6), Hand(22.0, -3.4),
    ),
    (
        Hand(16.0, -7.8), Hand(24.0, -7.0), Hand(32.0, -7.8), Hand(38.0, -8.8), Finger(3, 3.0, 3.8),
        Finger(3, 5.5, 2.8), Finger(3, 3.0, 1.6), Hand(36.0, -12.8), Hand(28.0, -11.8), Hand(20.0, -10.6),
    ),
)  # fmt: skip

# --- Leg and foot, in body units ------------------------------------------------------------------------------

# fmt: off
# Back, deep under the lateral head of gastrocnemius: a small belly from just above it on the lateral
# supracondylar line, obliquely across the hollow of the knee; its long thin tendon runs down between
# gastrocnemius and soleus to the heel, beside the inner edge of the Achilles tendon.
PLANTARIS_BACK: BodyPoints = (
    (42.0, 571.0), (46.5, 572.5), (47.5, 578.0), (45.0, 588.0), (40.0, 600.0), (34.5, 611.0), (31.0, 620.0),
    (29.8, 640.0), (28.8, 680.0), (28.2, 720.0), (27.6, 760.0), (27.2, 784.0), (25.6, 785.0), (25.8, 760.0),
    (26.4, 720.0), (27.0, 680.0), (28.0, 640.0), (28.6, 618.0), (30.5, 608.0), (33.5, 597.0), (37.0, 585.0),
    (40.0, 576.0),
)
# Front: the lower outer part of the extensor group on the lower third of the fibula; its tendon crosses the
# front of the ankle outside the long toe extensor's to the top of the fifth metatarsal's base.
PERONEUS_TERTIUS_FRONT: BodyPoints = (
    (40.5, 688.0), (44.5, 688.0), (46.5, 703.0), (46.0, 720.0), (44.5, 738.0), (43.5, 752.0), (43.0, 764.0),
    (44.5, 774.0), (48.0, 782.0), (50.5, 787.0), (49.0, 790.0), (45.5, 786.0), (42.0, 779.0), (40.5, 768.0),
    (39.5, 755.0), (37.5, 738.0), (37.6, 718.0), (39.0, 698.0),
)
# Side: in front of the fibula below peroneus brevis's front edge; the tendon passes in front of the outer ankle
# bone and down along the outer foot to the base of the fifth metatarsal.
PERONEUS_TERTIUS_SIDE: BodyPoints = (
    (-1.0, 700.0), (4.0, 698.0), (9.0, 708.0), (12.5, 725.0), (13.5, 742.0), (12.5, 758.0), (15.0, 770.0),
    (21.0, 782.0), (27.0, 791.0), (31.5, 796.0), (30.5, 799.5), (25.5, 795.5), (18.5, 787.0), (11.5, 777.0),
    (6.5, 767.0), (2.5, 755.0), (0.0, 740.0), (-1.5, 720.0),
)
# Side: the short extensors from the front of the heel bone below the outer ankle bone, fanning forwards over
# the outer top of the foot; extensor digitorum brevis lower, to toes 2-4, extensor hallucis brevis above and in
# front of it, its tendon along the top of the foot to the big toe.
EXTENSOR_DIGITORUM_BREVIS_SIDE: BodyPoints = (
    (0.0, 793.0), (4.0, 788.0), (12.0, 785.0), (24.0, 785.0), (34.0, 787.5), (48.0, 791.5), (62.0, 796.0),
    (76.0, 801.0), (82.0, 804.0), (80.0, 806.5), (66.0, 802.5), (50.0, 799.0), (38.0, 798.0), (30.0, 798.0),
    (18.0, 798.5), (8.0, 798.5), (2.0, 797.5),
)
EXTENSOR_HALLUCIS_BREVIS_SIDE: BodyPoints = (
    (14.0, 787.0), (22.0, 784.5), (34.0, 784.0), (44.0, 786.0), (58.0, 789.8), (74.0, 794.8), (88.0, 799.2),
    (93.0, 802.0), (91.0, 804.0), (86.0, 802.5), (72.0, 798.5), (56.0, 795.0), (44.0, 794.0), (34.0, 794.0),
    (24.0, 793.5), (17.0, 791.5),
)

# --- Foot, in the foot's frame --------------------------------------------------------------------------------

# Top of the foot (front view): the short extensors fan from below the outer ankle bone, extensor digitorum brevis
# with three tendons to the outer sides of the long extensor's tendons of toes 2-4, extensor hallucis brevis (its
# innermost belly) to the base of the big toe.
EXTENSOR_DIGITORUM_BREVIS_TOP: BodyPoints = (
    (7.0, 11.5), (8.5, 14.8), (12.0, 17.0), (17.0, 18.6), (22.0, 18.8), (27.0, 17.4), (31.8, 16.4),
    (31.6, 15.0), (26.5, 14.6), (23.5, 13.6), (28.5, 11.2), (34.3, 9.0), (34.0, 7.8), (28.5, 9.0), (23.0, 9.2),
    (28.5, 5.6), (35.8, 2.0), (35.4, 0.8), (28.0, 3.4), (21.0, 5.8), (14.0, 8.4), (9.5, 10.0),
)
EXTENSOR_HALLUCIS_BREVIS_TOP: BodyPoints = (
    (9.0, 9.0), (12.0, 10.0), (17.0, 7.8), (22.0, 5.6), (27.0, 1.0), (32.0, -3.5), (36.5, -6.6), (36.5, -8.4),
    (31.0, -6.0), (25.5, -2.2), (20.0, 1.0), (15.0, 2.8), (11.0, 5.0),
)
# Top of the foot, deep under the extensor tendons: the four dorsal interossei in the spaces between the
# metatarsals, the first two to either side of the second toe, the others to the outer sides of toes 3 and 4.
DORSAL_INTEROSSEI_FOOT: tuple[BodyPoints, ...] = (
    ((15.5, -6.0), (20.0, -2.0), (26.0, -1.2), (31.0, -0.8), (36.0, -2.6), (36.0, -3.8), (31.0, -8.6),
     (26.0, -8.8), (20.0, -8.4)),
    ((15.5, 1.0), (20.0, 4.2), (26.0, 5.2), (31.0, 6.0), (35.5, 3.6), (35.5, 2.2), (31.0, 1.0), (26.0, 0.0),
     (20.0, -0.8)),
    ((15.5, 7.0), (20.0, 11.2), (25.0, 12.2), (29.5, 13.0), (34.0, 10.9), (34.0, 9.6), (29.5, 7.4), (25.0, 6.6),
     (20.0, 5.6)),
    ((15.5, 13.0), (19.5, 17.6), (24.0, 18.8), (28.0, 19.5), (31.8, 17.8), (31.6, 16.5), (28.0, 14.3),
     (24.0, 13.3), (20.0, 12.4)),
)

# The sole (back view). Flexor hallucis brevis from the cuboid and lateral cuneiform, dividing under the first
# metatarsal into two heads to both sides of the big toe's base.
FLEXOR_HALLUCIS_BREVIS_SOLE: BodyPoints = (
    (44.0, -4.5), (49.0, -7.5), (54.0, -10.5), (60.0, -12.0), (66.0, -12.0), (72.0, -11.8), (77.5, -12.2),
    (75.0, -15.4), (77.5, -18.8), (72.0, -19.5), (66.0, -19.0), (60.0, -17.5), (54.0, -15.0), (49.0, -11.5),
    (45.0, -7.5),
)
# Adductor hallucis: the oblique head from the bases of metatarsals 2-4 and the transverse head across the ball of
# the foot (joints 3-5) meet at the outer side of the big toe's base.
ADDUCTOR_HALLUCIS_SOLE: BodyPoints = (
    (45.0, 1.0), (47.0, 7.5), (51.0, 9.0), (56.0, 6.0), (61.0, 1.5), (66.0, -4.0), (66.3, 2.0), (66.8, 8.0),
    (67.5, 13.0), (70.0, 14.5), (72.5, 12.5), (73.5, 5.0), (74.5, -2.0), (75.0, -8.0), (75.0, -12.0),
    (72.0, -13.5), (67.0, -11.0), (61.0, -7.5), (55.0, -4.5), (49.0, -2.5),
)
# The three plantar interossei, along the inner sides of metatarsals 3-5 to the inner sides of toes 3-5.
PLANTAR_INTEROSSEI_FOOT: tuple[BodyPoints, ...] = (
    ((49.0, -1.5), (55.0, -0.2), (62.0, 0.5), (69.0, 0.8), (75.0, -0.8), (76.0, -2.4), (71.0, -3.0), (64.0, -2.8),
     (57.0, -2.8), (52.0, -2.6)),
    ((48.0, 3.5), (55.0, 5.6), (62.0, 6.6), (68.0, 7.2), (73.0, 5.8), (73.5, 4.2), (68.0, 3.6), (62.0, 3.2),
     (55.0, 2.6), (51.0, 2.2)),
    ((46.0, 9.5), (52.0, 12.6), (58.0, 14.0), (64.0, 14.6), (69.0, 13.2), (70.5, 11.2), (66.0, 10.2), (60.0, 9.8),
     (54.0, 9.3), (49.0, 8.4)),
)
# The four lumbricals, from the long flexor's tendons in the middle of the sole to the inner sides of toes 2-5.
LUMBRICALS_FOOT: tuple[BodyPoints, ...] = (
    ((53.0, -2.6), (60.0, -4.4), (67.0, -6.0), (73.0, -7.8), (77.0, -9.4), (76.5, -10.8), (72.0, -10.2),
     (66.0, -8.6), (60.0, -6.8), (55.0, -4.8)),
    ((53.0, 0.2), (60.0, -0.4), (67.0, -1.2), (73.0, -1.8), (76.5, -2.2), (76.0, -3.6), (72.0, -4.0),
     (66.0, -3.6), (60.0, -2.8), (55.0, -1.8)),
    ((53.0, 3.6), (60.0, 4.0), (66.0, 4.8), (71.0, 5.2), (74.5, 4.6), (74.0, 3.2), (70.0, 2.8), (65.0, 2.4),
     (59.0, 2.0), (55.0, 2.0)),
    ((53.0, 7.2), (59.0, 8.4), (64.0, 9.6), (68.0, 11.0), (71.5, 11.6), (71.0, 10.0), (67.0, 8.8), (62.0, 7.6),
     (57.0, 6.4), (54.0, 5.6)),
)
# Flexor digiti minimi brevis: from the base of the fifth metatarsal along its underside, inside abductor digiti
# minimi, to the outer side of the little toe's base.
FLEXOR_DIGITI_MINIMI_BREVIS_SOLE: BodyPoints = (
    (45.0, 11.5), (47.0, 14.0), (54.0, 14.6), (61.0, 15.0), (67.0, 15.4), (72.0, 15.8), (73.5, 14.6),
    (71.0, 12.6), (64.0, 12.0), (57.0, 11.6), (50.0, 10.8),
)
# fmt: on


def _pieces(muscle: str, view: str, outlines: tuple) -> dict[ShapeKey, tuple]:
    """A muscle's slips on one view keyed as `muscle_outlines` reads them: (muscle, view), then numbered pieces."""
    return {((muscle, view) if i == 0 else (muscle, view, i)): outline for i, outline in enumerate(outlines)}


def _on_body(view: str, points: BodyPoints) -> tuple[tuple[float, float], ...]:
    """Body points of the person's right side moved into figure coordinates, to 0.1."""
    return tuple((round(x, 1), round(y, 1)) for x, y in (to_figure(view, u, v) for u, v in points))


def _on_foot(view: str, points: BodyPoints) -> tuple[tuple[float, float], ...]:
    """Points in the foot's frame placed on the front view's top of the foot or the back view's sole."""
    return _on_body(view, tuple(place(list(points), ANKLE, FOOT_ANGLE)))


HAND_ARM: dict[ShapeKey, tuple[Mark, ...]] = {
    ("flexor-pollicis-longus", "front"): FLEXOR_POLLICIS_LONGUS_FRONT,
    ("extensor-indicis", "back"): EXTENSOR_INDICIS_BACK,
    ("extensor-indicis", "side"): EXTENSOR_INDICIS_SIDE,
    **_pieces("dorsal-interossei-hand", "back", DORSAL_INTEROSSEI_HAND),
    **_pieces("dorsal-interossei-hand", "side", DORSAL_INTEROSSEI_HAND),
    **_pieces("palmar-interossei-hand", "front", PALMAR_INTEROSSEI_HAND),
}
LEG: dict[ShapeKey, BodyPoints] = {
    ("plantaris", "back"): PLANTARIS_BACK,
    ("peroneus-tertius", "front"): PERONEUS_TERTIUS_FRONT,
    ("peroneus-tertius", "side"): PERONEUS_TERTIUS_SIDE,
    ("extensor-digitorum-brevis", "side"): EXTENSOR_DIGITORUM_BREVIS_SIDE,
    ("extensor-hallucis-brevis", "side"): EXTENSOR_HALLUCIS_BREVIS_SIDE,
}
FOOT: dict[ShapeKey, BodyPoints] = {
    ("extensor-digitorum-brevis", "front"): EXTENSOR_DIGITORUM_BREVIS_TOP,
    ("extensor-hallucis-brevis", "front"): EXTENSOR_HALLUCIS_BREVIS_TOP,
    **_pieces("dorsal-interossei-foot", "front", DORSAL_INTEROSSEI_FOOT),
    ("flexor-hallucis-brevis", "back"): FLEXOR_HALLUCIS_BREVIS_SOLE,
    ("adductor-hallucis", "back"): ADDUCTOR_HALLUCIS_SOLE,
    **_pieces("plantar-interossei-foot", "back", PLANTAR_INTEROSSEI_FOOT),
    **_pieces("lumbricals-foot", "back", LUMBRICALS_FOOT),
    ("flexor-digiti-minimi-brevis-foot", "back"): FLEXOR_DIGITI_MINIMI_BREVIS_SOLE,
}

SHAPES: dict[ShapeKey, tuple[tuple[float, float], ...]] = {
    **{key: placed(key[1], marks) for key, marks in HAND_ARM.items()},
    **{key: _on_body(key[1], points) for key, points in LEG.items()},
    **{key: _on_foot(key[1], points) for key, points in FOOT.items()},
}

# What an anatomy plate shows of each muscle on the views drawn here; the gallery's index quotes it.
PLATE_NOTES: dict[str, str] = {
    "flexor-pollicis-longus": "Front, deep under FCR, the finger flexors and brachioradialis: from the front of the "
    "radius below its tuberosity down to pronator quadratus, the radial half of the palm-side forearm; the tendon "
    "through the carpal tunnel, between the thenar muscles and along the thumb to its end bone.",
    "extensor-indicis": "Back and side (mid-position), deep under extensor digitorum: a slim belly from the back of "
    "the lower ulna and the membrane, its tendon with extensor digitorum's through the wrist, along the index "
    "metacarpal to the index finger's extensor hood, on the ulnar side of the common tendon.",
    "dorsal-interossei-hand": "Back and side: the second to fourth dorsal interossei, each filling the space between "
    "two metacarpals (index-middle, middle-ring, ring-little) and narrowing to the side of a finger's base: both "
    "sides of the middle finger and the ulnar side of the ring finger. The first has its own outline.",
    "palmar-interossei-hand": "Front (palm), deep under the flexor tendons and adductor pollicis: three slim slips, "
    "each along the side of the index, ring or little finger's metacarpal that faces the middle finger, to the same "
    "side of that finger's base.",
    "plantaris": "Back, deep under the lateral head of gastrocnemius: a small belly from the lateral supracondylar "
    "line above the outer knee, obliquely into the hollow of the knee; its long thin tendon runs down between "
    "gastrocnemius and soleus to the heel, along the inner edge of the Achilles tendon.",
    "peroneus-tertius": "Front and side: the lower outer slip of extensor digitorum longus, from the lower third of "
    "the fibula; its tendon crosses the front of the ankle, in front of the outer ankle bone, to the top of the base "
    "of the fifth metatarsal.",
    "extensor-digitorum-brevis": "Front (top of the foot) and side: a fleshy belly on the outer top of the foot, "
    "from the front of the heel bone below and in front of the outer ankle bone; three tendons to toes 2-4, joining "
    "the long extensor's tendons.",
    "extensor-hallucis-brevis": "Front (top of the foot) and side: the innermost belly of the short extensor, from "
    "the same origin on the heel bone obliquely across the top of the foot; its tendon runs beside extensor "
    "hallucis longus to the base of the big toe.",
    "dorsal-interossei-foot": "Front (top of the foot), deep under the extensor tendons: four slips in the spaces "
    "between the metatarsals, the first two to either side of the second toe, the third and fourth to the outer "
    "sides of toes 3 and 4.",
    "flexor-hallucis-brevis": "Sole (back view), deep beside abductor hallucis: from the cuboid and lateral "
    "cuneiform along the underside of the first metatarsal, dividing into two heads to both sides of the big toe's "
    "base (the sesamoids), the long flexor's tendon between them.",
    "adductor-hallucis": "Sole (back view), deep under flexor digitorum brevis: the oblique head from the bases of "
    "metatarsals 2-4 and the transverse head across the ball of the foot (joints 3-5), meeting at the outer side of "
    "the big toe's base.",
    "plantar-interossei-foot": "Sole (back view), deepest layer: three slips along the inner sides of metatarsals "
    "3-5 to the inner sides of toes 3-5.",
    "lumbricals-foot": "Sole (back view), deep under flexor digitorum brevis: four slender slips from the long "
    "flexor's tendons in the forefoot to the inner sides of toes 2-5.",
    "flexor-digiti-minimi-brevis-foot": "Sole (back view), deep: from the base of the fifth metatarsal along its "
    "underside, inside abductor digiti minimi, to the outer side of the little toe's base.",
}
