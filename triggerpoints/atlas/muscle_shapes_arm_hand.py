"""Muscle outlines drawn on the atlas: the muscles of the forearm and hand.

The arm is posed as the atlas draws it. Front view: anatomical position, palm forwards and thumb out, so the
flexors face the viewer. Back view: the same arm from behind, the back of the forearm and hand to the viewer,
thumb out. Side view: the arm hangs in mid-position, back of the hand to the viewer and thumb forwards, so the
extensors face the viewer, brachioradialis forms the front edge and the ulna the back edge.

Outlines are written in limb coordinates and placed here (see `muscle_outlines` for the contract):
`Arm(s, v)` is s across the arm at height v (s = 0 on its little-finger edge, 1 on its thumb edge: the `ARM`
strip on front and back, `SIDE_ARM` on the side); `Hand(a, b)` is the hand's own frame (a down the hand from the
wrist centre, b across towards the thumb, see `extremities`); `Thumb` and `Finger` points are t along a digit
from its base and s across it, towards the thumb.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from triggerpoints.atlas import front_back, side_view
from triggerpoints.atlas.extremities import Digit, hand_digits, place
from triggerpoints.atlas.frame import to_figure
from triggerpoints.atlas.strips import ARM, SIDE_ARM, Strip


class Arm(NamedTuple):
    """s across the arm (0 little-finger edge, 1 thumb edge) at body height v."""

    s: float
    v: float


class Hand(NamedTuple):
    """a down the hand from the wrist centre, b across it towards the thumb."""

    a: float
    b: float


class Thumb(NamedTuple):
    """t along the thumb from its base, s across it towards its outer edge."""

    t: float
    s: float


class Finger(NamedTuple):
    """t along a finger (0 index to 3 little) from its knuckle, s across it towards the thumb."""

    finger: int
    t: float
    s: float


Mark = Arm | Hand | Thumb | Finger


@dataclass(frozen=True)
class Pose:
    """How one view draws the arm: its strip, where the wrist is and how the hand lies."""

    strip: Strip
    wrist: tuple[float, float]
    hand_angle: float
    thumb: Digit
    fingers: tuple[Digit, ...]


def _pose(strip: Strip, wrist: tuple[float, float], angle: float, digits: tuple[Digit, list[Digit]]) -> Pose:
    """A view's pose of the arm, with the hand's thumb and fingers as `extremities` draws them there."""
    thumb, fingers = digits
    return Pose(strip, wrist, angle, thumb, tuple(fingers))


_FRONT_BACK = _pose(ARM, front_back.WRIST, front_back.HAND_ANGLE, hand_digits())
POSES = {
    "front": _FRONT_BACK,
    "back": _FRONT_BACK,
    "side": _pose(
        SIDE_ARM,
        side_view.WRIST,
        side_view.HAND_ANGLE,
        hand_digits(side_view.THUMB_ANGLE, side_view.FINGER_SPREAD),
    ),
}


def _body_point(pose: Pose, mark: Mark) -> tuple[float, float]:
    """The body point (u, v) of a mark on a view's arm."""
    if isinstance(mark, Arm):
        return (pose.strip.u(mark.s, mark.v), mark.v)
    if isinstance(mark, Hand):
        local = (mark.a, mark.b)
    elif isinstance(mark, Thumb):
        local = pose.thumb.at(mark.t, mark.s)
    else:
        local = pose.fingers[mark.finger].at(mark.t, mark.s)
    return place([local], pose.wrist, pose.hand_angle)[0]


def placed(view: str, marks: tuple[Mark, ...]) -> tuple[tuple[float, float], ...]:
    """The outline's marks moved into figure coordinates (person's right side), to 0.1."""
    body = (_body_point(POSES[view], mark) for mark in marks)
    return tuple((round(x, 1), round(y, 1)) for x, y in (to_figure(view, u, v) for u, v in body))


# Where each finger's long tendon ends, along the finger from its knuckle (index to little).
TENDON_ENDS = (28.0, 32.0, 29.0, 21.5)
# Where the superficial flexor's split tendons end on the middle bone of each finger.
MIDDLE_PHALANX_ENDS = (16.0, 19.0, 17.0, 12.5)
# Where two neighbouring tendons part in the hand, in its frame: 40% of the way from the wrist to the knuckles.
TENDON_PARTINGS = (Hand(17.5, 4.4), Hand(17.6, -0.1), Hand(16.7, -4.5))


def _tendons_to_fingers(spread: float = 1.3, ends: tuple[float, ...] = TENDON_ENDS) -> tuple[Mark, ...]:
    """The four long tendons of the fingers, from the index round to the little finger: each runs from the
    metacarpal head along its finger to its end (`ends`), the tendons parting between the metacarpals."""
    marks: list[Mark] = []
    for i, end in enumerate(ends):
        marks += [Finger(i, -8.0, spread), Finger(i, end, 0.8 * spread)]
        marks += [Finger(i, end, -0.8 * spread), Finger(i, -8.0, -spread)]
        if i < len(TENDON_PARTINGS):
            marks.append(TENDON_PARTINGS[i])
    return tuple(marks)


# --- Front view: the flexor side of the forearm and the palm ------------------------------------------------

BRACHIORADIALIS_FRONT = (
    Arm(0.84, 256), Arm(0.95, 264), Arm(0.97, 290), Arm(0.975, 320), Arm(0.97, 350), Arm(0.96, 372),
    Arm(0.95, 392), Arm(0.95, 405), Hand(2.0, 11.6), Hand(2.0, 9.2), Arm(0.86, 400), Arm(0.85, 385),
    Arm(0.8, 370), Arm(0.66, 352), Arm(0.55, 335), Arm(0.56, 312), Arm(0.68, 290), Arm(0.78, 270),
)  # fmt: skip
PRONATOR_TERES_FRONT = (
    Arm(0.08, 297), Arm(0.2, 295), Arm(0.35, 310), Arm(0.52, 324), Arm(0.68, 336), Arm(0.82, 346),
    Arm(0.93, 352), Arm(0.94, 361), Arm(0.85, 365), Arm(0.7, 358), Arm(0.5, 347), Arm(0.3, 334),
    Arm(0.12, 321), Arm(0.04, 309),
)  # fmt: skip
FLEXOR_CARPI_RADIALIS_FRONT = (
    Arm(0.12, 301), Arm(0.21, 305), Arm(0.34, 322), Arm(0.46, 340), Arm(0.56, 356), Arm(0.64, 372),
    Arm(0.72, 390), Arm(0.8, 404), Hand(9.0, 7.2), Hand(9.5, 5.0), Hand(1.0, 4.6), Arm(0.7, 400),
    Arm(0.64, 386), Arm(0.54, 370), Arm(0.4, 356), Arm(0.24, 342), Arm(0.13, 328), Arm(0.07, 310),
)  # fmt: skip
PALMARIS_LONGUS_FRONT = (
    Arm(0.1, 301), Arm(0.17, 305), Arm(0.26, 328), Arm(0.32, 348), Arm(0.38, 362), Arm(0.47, 382),
    Arm(0.56, 400), Hand(3.0, 1.4), Hand(18.0, 7.6), Hand(22.0, 7.0), Hand(22.0, -7.6), Hand(18.0, -8.6),
    Hand(3.0, -0.6), Arm(0.5, 400), Arm(0.42, 382), Arm(0.32, 366), Arm(0.12, 352), Arm(0.08, 330),
    Arm(0.06, 310),
)  # fmt: skip
FLEXOR_CARPI_ULNARIS_FRONT = (
    Arm(0.04, 296), Arm(0.14, 297), Arm(0.22, 312), Arm(0.26, 335), Arm(0.25, 360), Arm(0.21, 385),
    Arm(0.17, 402), Hand(2.0, -7.8), Hand(7.0, -8.6), Hand(7.0, -11.6), Hand(1.5, -12.0), Arm(0.06, 404),
    Arm(0.045, 385), Arm(0.035, 360), Arm(0.035, 335), Arm(0.035, 310),
)  # fmt: skip
# The superficial finger flexor: the humeroulnar head from the medial epicondyle and coronoid, the radial head
# from the radius's oblique line; the belly fills the middle of the forearm under FCR, PL and FCU, and its four
# tendons end on the middle bones of the fingers.
FLEXOR_DIGITORUM_SUPERFICIALIS_FRONT = (
    Arm(0.1, 303), Arm(0.25, 309), Arm(0.45, 321), Arm(0.62, 331), Arm(0.72, 348), Arm(0.74, 372),
    Arm(0.7, 396), Hand(2.0, 4.6), Hand(10.0, 5.6),
    *_tendons_to_fingers(ends=MIDDLE_PHALANX_ENDS),
    Hand(10.0, -6.4), Hand(2.0, -6.0), Arm(0.24, 400), Arm(0.16, 385), Arm(0.12, 360), Arm(0.1, 335),
    Arm(0.08, 315),
)  # fmt: skip
# The deep finger flexor, under FDS: from the front and inner side of the upper ulna and the membrane, the ulnar
# two thirds of the forearm; its tendons pass through the split FDS tendons to the fingertip bones.
FLEXOR_DIGITORUM_PROFUNDUS_FRONT = (
    Arm(0.03, 308), Arm(0.14, 305), Arm(0.3, 312), Arm(0.45, 322), Arm(0.55, 335), Arm(0.58, 355),
    Arm(0.58, 375), Arm(0.56, 395), Hand(2.0, 3.6), Hand(10.0, 4.8),
    *_tendons_to_fingers(spread=1.1),
    Hand(10.0, -7.0), Hand(2.0, -6.8), Arm(0.16, 402), Arm(0.08, 385), Arm(0.04, 360), Arm(0.03, 330),
)  # fmt: skip
# The deepest muscle of the front of the forearm: a square sheet across the lowest quarter, ulna to radius.
PRONATOR_QUADRATUS_FRONT = (
    Arm(0.06, 388), Arm(0.3, 386), Arm(0.6, 387), Arm(0.92, 390), Arm(0.93, 398), Arm(0.92, 408),
    Arm(0.6, 409), Arm(0.3, 409), Arm(0.06, 408), Arm(0.05, 398),
)  # fmt: skip
SUPINATOR_FRONT = (
    Arm(0.6, 304), Arm(0.78, 302), Arm(0.92, 303), Arm(0.965, 314), Arm(0.965, 334), Arm(0.93, 346),
    Arm(0.87, 353), Arm(0.76, 344), Arm(0.6, 328), Arm(0.49, 316), Arm(0.52, 308),
)  # fmt: skip
OPPONENS_POLLICIS_FRONT = (
    Hand(2.5, 6.0), Hand(1.5, 10.5), Thumb(4.0, 4.6), Thumb(10.0, 5.0), Thumb(16.0, 4.8), Thumb(19.5, 3.6),
    Thumb(19.5, 0.4), Thumb(14.0, -1.0), Thumb(8.0, -1.6), Hand(8.5, 5.6),
)  # fmt: skip
# The outer, superficial part of the ball of the thumb, over opponens: from the flexor retinaculum and the
# scaphoid and trapezium tubercles to the thumb side of the base of the thumb's first bone.
ABDUCTOR_POLLICIS_BREVIS_FRONT = (
    Hand(1.0, 8.5), Hand(0.0, 11.0), Thumb(4.0, 5.4), Thumb(10.0, 5.6), Thumb(16.0, 5.2), Thumb(21.0, 4.2),
    Thumb(24.0, 3.0), Thumb(24.0, 1.2), Thumb(20.0, 0.6), Thumb(14.0, 0.4), Thumb(8.0, 0.2), Hand(6.5, 7.0),
)  # fmt: skip
ADDUCTOR_POLLICIS_FRONT = (
    Hand(8.5, 1.0), Hand(9.0, 6.0), Hand(14.5, 10.5), Hand(20.5, 13.6), Hand(25.5, 15.0), Hand(30.5, 14.6),
    Hand(34.0, 14.0), Hand(38.5, 9.0), Hand(42.0, 4.5), Hand(36.0, 2.8), Hand(26.0, 2.2), Hand(16.0, 1.5),
)  # fmt: skip
ABDUCTOR_DIGITI_MINIMI_FRONT = (
    Hand(1.5, -8.0), Hand(1.5, -12.2), Hand(14.0, -14.8), Hand(30.0, -16.6), Hand(40.0, -16.5),
    Finger(3, 2.0, -3.0), Finger(3, 2.0, -0.8), Hand(40.0, -13.0), Hand(28.0, -11.0), Hand(16.0, -9.5),
    Hand(6.0, -7.0),
)  # fmt: skip

# --- Back view: the extensor side of the forearm and the back of the hand -----------------------------------

ANCONEUS_BACK = (
    Arm(0.55, 302), Arm(0.64, 299), Arm(0.8, 297), Arm(0.9, 299), Arm(0.9, 305), Arm(0.76, 312),
    Arm(0.62, 318), Arm(0.5, 325), Arm(0.42, 329), Arm(0.4, 322), Arm(0.45, 312), Arm(0.5, 306),
)  # fmt: skip
EXTENSOR_CARPI_RADIALIS_LONGUS_BACK = (
    Arm(0.9, 280), Arm(0.97, 285), Arm(0.985, 305), Arm(0.98, 325), Arm(0.97, 345), Arm(0.95, 362),
    Arm(0.935, 385), Arm(0.93, 400), Hand(-1.0, 10.0), Hand(7.5, 8.2), Hand(7.5, 5.8), Hand(-1.0, 7.4),
    Arm(0.85, 395), Arm(0.85, 375), Arm(0.84, 360), Arm(0.8, 340), Arm(0.8, 320), Arm(0.82, 300),
    Arm(0.86, 288),
)  # fmt: skip
EXTENSOR_CARPI_RADIALIS_BREVIS_BACK = (
    Arm(0.84, 299), Arm(0.93, 306), Arm(0.91, 322), Arm(0.88, 345), Arm(0.85, 365), Arm(0.82, 380),
    Arm(0.8, 395), Hand(-1.0, 5.2), Hand(7.5, 4.0), Hand(7.5, 1.5), Hand(-1.0, 2.6), Arm(0.71, 392),
    Arm(0.7, 378), Arm(0.64, 362), Arm(0.6, 345), Arm(0.64, 330), Arm(0.74, 314), Arm(0.8, 304),
)  # fmt: skip
EXTENSOR_DIGITORUM_BACK = (
    Arm(0.82, 300), Arm(0.9, 303), Arm(0.8, 318), Arm(0.72, 338), Arm(0.68, 360), Arm(0.62, 380),
    Arm(0.58, 395), Hand(2.0, 3.2), Hand(10.0, 5.2),
    *_tendons_to_fingers(),
    Hand(10.0, -5.8), Hand(2.0, -4.2), Arm(0.38, 395), Arm(0.32, 378), Arm(0.28, 355), Arm(0.36, 340),
    Arm(0.48, 328), Arm(0.62, 318), Arm(0.8, 307),
)  # fmt: skip
EXTENSOR_CARPI_ULNARIS_BACK = (
    Arm(0.9, 306), Arm(0.93, 310), Arm(0.78, 318), Arm(0.64, 325), Arm(0.52, 334), Arm(0.44, 346),
    Arm(0.37, 362), Arm(0.29, 382), Arm(0.24, 398), Hand(8.0, -8.8), Hand(8.0, -11.6), Hand(1.0, -10.8),
    Arm(0.13, 398), Arm(0.1, 380), Arm(0.065, 358), Arm(0.06, 340), Arm(0.12, 333), Arm(0.3, 331),
    Arm(0.48, 328), Arm(0.6, 322), Arm(0.74, 315),
)  # fmt: skip
FLEXOR_CARPI_ULNARIS_BACK = (
    Arm(0.1, 294), Arm(0.2, 296), Arm(0.26, 310), Arm(0.22, 330), Arm(0.16, 355), Arm(0.13, 380),
    Arm(0.11, 400), Arm(0.08, 410), Arm(0.045, 404), Arm(0.035, 380), Arm(0.035, 350), Arm(0.04, 320),
    Arm(0.05, 302),
)  # fmt: skip
SUPINATOR_BACK = (
    Arm(0.8, 305), Arm(0.95, 312), Arm(0.97, 330), Arm(0.93, 346), Arm(0.86, 350), Arm(0.74, 342),
    Arm(0.56, 334), Arm(0.4, 330), Arm(0.38, 322), Arm(0.5, 316), Arm(0.64, 309),
)  # fmt: skip
ABDUCTOR_DIGITI_MINIMI_BACK = (
    Hand(2.0, -10.4), Hand(2.0, -12.6), Hand(14.0, -15.2), Hand(30.0, -17.0), Hand(40.0, -16.8),
    Finger(3, 2.0, -3.2), Finger(3, 2.0, -1.6), Hand(40.0, -14.8), Hand(28.0, -13.8), Hand(15.0, -12.6),
    Hand(5.0, -10.4),
)  # fmt: skip
# From the backs of the ulna and radius and the membrane in mid-forearm, under extensor digitorum, emerging in
# the lower third to cross the radial wrist extensors obliquely; its tendon runs to the base of the thumb.
ABDUCTOR_POLLICIS_LONGUS_BACK = (
    Arm(0.36, 334), Arm(0.48, 336), Arm(0.6, 344), Arm(0.72, 356), Arm(0.84, 370), Arm(0.93, 384),
    Arm(0.99, 396), Arm(1.0, 406), Thumb(2.0, 2.5), Thumb(2.0, -1.5), Arm(0.9, 406), Arm(0.86, 395),
    Arm(0.76, 382), Arm(0.64, 368), Arm(0.52, 356), Arm(0.4, 346), Arm(0.34, 340),
)  # fmt: skip
FIRST_DORSAL_INTEROSSEOUS_BACK = (
    Hand(7.0, 6.2), Thumb(4.0, -1.8), Thumb(11.0, -1.8), Thumb(18.0, -1.8), Thumb(21.0, -3.6),
    Hand(29.0, 14.3), Hand(36.0, 15.6), Hand(43.5, 17.0), Finger(0, 2.5, 3.0), Finger(0, 2.5, 0.5),
    Hand(43.5, 13.0), Hand(34.0, 10.6), Hand(22.0, 8.0), Hand(12.0, 5.6),
)  # fmt: skip

# --- Side view: the forearm in mid-position, extensors to the viewer, back of the hand ----------------------

BRACHIORADIALIS_SIDE = (
    Arm(0.45, 262), Arm(0.62, 258), Arm(0.8, 275), Arm(0.95, 300), Arm(0.975, 325), Arm(0.97, 350),
    Arm(0.96, 372), Arm(0.95, 390), Hand(-1.0, 12.0), Hand(1.5, 11.4), Hand(1.5, 9.0), Arm(0.86, 390),
    Arm(0.84, 372), Arm(0.76, 352), Arm(0.66, 325), Arm(0.56, 300), Arm(0.48, 280),
)  # fmt: skip
EXTENSOR_CARPI_RADIALIS_LONGUS_SIDE = (
    Arm(0.44, 282), Arm(0.58, 284), Arm(0.72, 302), Arm(0.78, 325), Arm(0.78, 345), Arm(0.74, 362),
    Arm(0.72, 380), Arm(0.7, 392), Hand(0.0, 9.0), Hand(8.0, 8.0), Hand(8.0, 5.8), Hand(0.0, 6.6),
    Arm(0.62, 390), Arm(0.64, 375), Arm(0.62, 360), Arm(0.54, 342), Arm(0.48, 325), Arm(0.42, 302),
)  # fmt: skip
EXTENSOR_CARPI_RADIALIS_BREVIS_SIDE = (
    Arm(0.36, 300), Arm(0.44, 302), Arm(0.6, 318), Arm(0.68, 340), Arm(0.66, 362), Arm(0.62, 378),
    Arm(0.6, 390), Hand(0.0, 5.0), Hand(8.0, 3.5), Hand(8.0, 1.3), Hand(0.0, 2.6), Arm(0.52, 390),
    Arm(0.52, 376), Arm(0.48, 360), Arm(0.4, 340), Arm(0.36, 322), Arm(0.32, 306),
)  # fmt: skip
EXTENSOR_DIGITORUM_SIDE = (
    Arm(0.3, 302), Arm(0.4, 305), Arm(0.46, 322), Arm(0.48, 345), Arm(0.48, 368), Arm(0.44, 388),
    Hand(2.0, 3.2), Hand(10.0, 5.2),
    *_tendons_to_fingers(),
    Hand(10.0, -5.8), Hand(2.0, -4.2), Arm(0.26, 388), Arm(0.14, 370), Arm(0.08, 350), Arm(0.1, 330),
    Arm(0.18, 312),
)  # fmt: skip
EXTENSOR_CARPI_ULNARIS_SIDE = (
    Arm(0.34, 304), Arm(0.3, 316), Arm(0.18, 332), Arm(0.12, 350), Arm(0.14, 372), Arm(0.16, 390),
    Hand(0.0, -6.0), Hand(8.0, -8.6), Hand(8.0, -11.6), Hand(0.0, -9.6), Arm(0.04, 390), Arm(0.03, 370),
    Arm(0.03, 348), Arm(0.06, 338), Arm(0.14, 325), Arm(0.26, 308),
)  # fmt: skip
ANCONEUS_SIDE = (
    Arm(0.1, 300), Arm(0.24, 298), Arm(0.38, 299), Arm(0.38, 305), Arm(0.28, 316), Arm(0.16, 328),
    Arm(0.08, 336), Arm(0.05, 328), Arm(0.05, 315), Arm(0.06, 305),
)  # fmt: skip
SUPINATOR_SIDE = (
    Arm(0.3, 304), Arm(0.5, 306), Arm(0.66, 314), Arm(0.76, 328), Arm(0.78, 342), Arm(0.7, 350),
    Arm(0.56, 340), Arm(0.35, 333), Arm(0.12, 331), Arm(0.07, 322), Arm(0.12, 312),
)  # fmt: skip
FIRST_DORSAL_INTEROSSEOUS_SIDE = (
    Hand(7.0, 6.2), Thumb(4.0, -1.8), Thumb(11.0, -1.8), Thumb(18.0, -2.0), Thumb(20.5, -3.8),
    Hand(35.1, 13.8), Hand(43.3, 16.4), Finger(0, 2.5, 3.0), Finger(0, 2.5, 0.5), Hand(43.5, 13.0),
    Hand(34.0, 10.6), Hand(22.0, 8.0), Hand(12.0, 5.6),
)  # fmt: skip

DRAWN: dict[tuple[str, str], tuple[Mark, ...]] = {
    ("abductor-digiti-minimi-hand", "front"): ABDUCTOR_DIGITI_MINIMI_FRONT,
    ("abductor-digiti-minimi-hand", "back"): ABDUCTOR_DIGITI_MINIMI_BACK,
    ("abductor-pollicis-brevis", "front"): ABDUCTOR_POLLICIS_BREVIS_FRONT,
    ("abductor-pollicis-longus", "back"): ABDUCTOR_POLLICIS_LONGUS_BACK,
    ("adductor-pollicis", "front"): ADDUCTOR_POLLICIS_FRONT,
    ("anconeus", "back"): ANCONEUS_BACK,
    ("anconeus", "side"): ANCONEUS_SIDE,
    ("brachioradialis", "front"): BRACHIORADIALIS_FRONT,
    ("brachioradialis", "side"): BRACHIORADIALIS_SIDE,
    ("extensor-carpi-radialis-brevis", "back"): EXTENSOR_CARPI_RADIALIS_BREVIS_BACK,
    ("extensor-carpi-radialis-brevis", "side"): EXTENSOR_CARPI_RADIALIS_BREVIS_SIDE,
    ("extensor-carpi-radialis-longus", "back"): EXTENSOR_CARPI_RADIALIS_LONGUS_BACK,
    ("extensor-carpi-radialis-longus", "side"): EXTENSOR_CARPI_RADIALIS_LONGUS_SIDE,
    ("extensor-carpi-ulnaris", "back"): EXTENSOR_CARPI_ULNARIS_BACK,
    ("extensor-carpi-ulnaris", "side"): EXTENSOR_CARPI_ULNARIS_SIDE,
    ("extensor-digitorum", "back"): EXTENSOR_DIGITORUM_BACK,
    ("extensor-digitorum", "side"): EXTENSOR_DIGITORUM_SIDE,
    ("flexor-digitorum-profundus", "front"): FLEXOR_DIGITORUM_PROFUNDUS_FRONT,
    ("flexor-digitorum-superficialis", "front"): FLEXOR_DIGITORUM_SUPERFICIALIS_FRONT,
    ("first-dorsal-interosseous", "back"): FIRST_DORSAL_INTEROSSEOUS_BACK,
    ("first-dorsal-interosseous", "side"): FIRST_DORSAL_INTEROSSEOUS_SIDE,
    ("flexor-carpi-radialis", "front"): FLEXOR_CARPI_RADIALIS_FRONT,
    ("flexor-carpi-ulnaris", "front"): FLEXOR_CARPI_ULNARIS_FRONT,
    ("flexor-carpi-ulnaris", "back"): FLEXOR_CARPI_ULNARIS_BACK,
    ("opponens-pollicis", "front"): OPPONENS_POLLICIS_FRONT,
    ("palmaris-longus", "front"): PALMARIS_LONGUS_FRONT,
    ("pronator-quadratus", "front"): PRONATOR_QUADRATUS_FRONT,
    ("pronator-teres", "front"): PRONATOR_TERES_FRONT,
    ("supinator", "front"): SUPINATOR_FRONT,
    ("supinator", "back"): SUPINATOR_BACK,
    ("supinator", "side"): SUPINATOR_SIDE,
}

SHAPES: dict[tuple[str, str], tuple[tuple[float, float], ...]] = {
    key: placed(key[1], marks) for key, marks in DRAWN.items()
}

PLATE_NOTES: dict[str, str] = {
    "abductor-pollicis-brevis": "Front (palm): the outer, superficial part of the ball of the thumb, over opponens "
    "pollicis, from the flexor retinaculum and the scaphoid and trapezium to the thumb side of the base of the "
    "thumb's first bone.",
    "abductor-pollicis-longus": "Back, deep under extensor digitorum in its upper part: from the backs of the ulna "
    "and radius and the membrane in mid-forearm, emerging in the lower third to cross the radial wrist extensors "
    "obliquely; its tendon runs over the radial styloid to the base of the first metacarpal.",
    "pronator-quadratus": "Front, the deepest layer: a square sheet across the lowest quarter of the forearm from the "
    "front of the ulna to the front of the radius, under the flexor tendons.",
    "abductor-digiti-minimi-hand": "Front (palm): the little-finger edge of the palm, from the pisiform to the "
    "ulnar side of the little finger's first bone. Back: the same muscle as a strip along the hand's ulnar border.",
    "adductor-pollicis": "Front (palm), deep to the flexor tendons: a fan from the capitate and the third "
    "metacarpal (its base along the middle finger's bone) converging on the thumb's base at the web; its lower "
    "border lies along the web's free edge.",
    "anconeus": "Back: a small triangle from the back of the lateral epicondyle to the lateral olecranon and the "
    "upper quarter of the ulna. Side: the same triangle between epicondyle and olecranon at the back of the elbow.",
    "brachioradialis": "Front: from the lateral supracondylar ridge above the elbow down the thumb edge of the "
    "forearm, a fleshy belly in the upper half and a tendon to the radial styloid. Side (mid-position): the front "
    "edge of the forearm from the same ridge to the wrist.",
    "extensor-carpi-radialis-brevis": "Back and side: from the lateral epicondyle (common extensor tendon) beside "
    "ECRL, belly to mid-forearm, tendon over the back of the wrist to the base of the third metacarpal.",
    "extensor-carpi-radialis-longus": "Back: the thumb edge of the back of the forearm, from the lower lateral "
    "supracondylar ridge, belly in the upper third, tendon to the base of the second metacarpal. Side: just behind "
    "brachioradialis.",
    "extensor-carpi-ulnaris": "Back: from the lateral epicondyle obliquely under anconeus to the ulna's posterior "
    "border, down the little-finger side of the back of the forearm to the base of the fifth metacarpal. Side: "
    "the back edge of the forearm.",
    "extensor-digitorum": "Back and side: from the lateral epicondyle down the middle of the back of the forearm; "
    "four tendons part over the back of the hand and run along the index to little fingers to their middle and "
    "end bones.",
    "flexor-digitorum-superficialis": "Front, under FCR, palmaris longus and FCU: the broad middle of the palm-side "
    "forearm, from the medial epicondyle and coronoid (humeroulnar head) and the radius's oblique line (radial "
    "head); four tendons through the carpal tunnel part in the palm to the middle bones of the fingers.",
    "flexor-digitorum-profundus": "Front, deep under FDS: the ulnar two thirds of the palm-side forearm, from the "
    "front and inner side of the upper ulna and the membrane; four tendons through the carpal tunnel and the split "
    "FDS tendons to the end bones of the fingers.",
    "first-dorsal-interosseous": "Back and side: the fleshy web between the first and second metacarpals, from "
    "both bones to the thumb side of the index finger's first bone.",
    "flexor-carpi-radialis": "Front: from the medial epicondyle obliquely across the forearm, belly in the upper "
    "half, tendon at the thumb side of the wrist's middle into the palm at the second metacarpal's base.",
    "flexor-carpi-ulnaris": "Front: the little-finger edge of the palm-side forearm from the medial epicondyle "
    "(and olecranon) to the pisiform. Back: the strip of it seen along the inner edge of the forearm.",
    "opponens-pollicis": "Front (palm): the outer part of the ball of the thumb, from the flexor retinaculum and "
    "trapezium along the whole thumb-side border of the first metacarpal.",
    "palmaris-longus": "Front: a short belly from the medial epicondyle between FCR and FCU, a long thin tendon to "
    "the middle of the wrist, fanning into the palmar aponeurosis.",
    "pronator-teres": "Front: from the medial epicondyle (and coronoid) obliquely down and out across the "
    "forearm, the inner border of the elbow hollow, to the middle of the radius's outer surface under "
    "brachioradialis.",
    "supinator": "Deep, under brachioradialis and the radial extensors, drawn on front, back and side: from the "
    "lateral epicondyle and the ulna's supinator crest wrapping round the upper third of the radius.",
}
