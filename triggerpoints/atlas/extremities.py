"""Hands and feet: outlines with a thumb and four fingers, or five toes, as runs of control points.

Each outline is built in a local frame (a along the hand or foot, b across it, towards the thumb or big toe
when `thumb_side` is +1) and placed by `place`. An outline is returned as runs for `curves.chain`: the
first run starts at one side of the wrist or ankle, the last ends at the other, and each join between runs
is a crease (the web between two digits).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from triggerpoints.atlas.curves import Point

Run = list[Point]


@dataclass(frozen=True)
class Digit:
    """One finger or toe: where its base centre sits (a, b), its angle off the long axis (degrees, towards +b),
    its length from the base and its half width."""

    a: float
    b: float
    angle: float
    length: float
    half_width: float

    def axis(self) -> tuple[float, float]:
        """The unit vector along the digit, in (a, b)."""
        t = math.radians(self.angle)
        return (math.cos(t), math.sin(t))

    def at(self, t: float, s: float) -> Point:
        """The local point t along the digit and s across it (towards +b)."""
        da, db = self.axis()
        return (self.a + t * da - s * db, self.b + t * db + s * da)

    def side(self, sign: int, start: float = 0.0, taper: float = 0.85) -> Run:
        """Control points from start along the digit to just before the tip, on the +b side (sign=1), or the
        same points back from the tip on the -b side (sign=-1)."""
        w0, w1 = self.half_width, self.half_width * taper
        ts = (start, start + 0.5 * (self.length - w1 - start), self.length - w1)
        pts = [self.at(t, sign * (w0 + (w1 - w0) * t / self.length)) for t in ts]
        return pts if sign > 0 else pts[::-1]

    def tip(self) -> Run:
        """Control points round the rounded tip, from the +b side to the -b side."""
        w = self.half_width * 0.85
        cap = [self.at(self.length - w + w * math.sin(k), w * -math.cos(k)) for k in (0.9, 1.5708, 2.25)]
        return cap[::-1]


def digits_run(digits: list[Digit], start: Point, end: Point, web_depth: float) -> list[Run]:
    """Runs round digits listed from the +b side to the -b side, starting at start and ending at end.

    Between neighbours the outline dips into a web, web_depth beyond the digits' bases."""
    runs: list[Run] = []
    current: Run = [start]
    for i, digit in enumerate(digits):
        first, last = i == 0, i + 1 == len(digits)
        current.extend(digit.side(+1, 0.0 if first else web_depth)[0 if first else 1 :])
        current.extend(digit.tip())
        current.extend(digit.side(-1, 0.0 if last else web_depth)[: None if last else -1])
        if not last:
            nxt = digits[i + 1]
            web = digit.at(web_depth, -digit.half_width)
            web_next = nxt.at(web_depth, nxt.half_width)
            crease = ((web[0] + web_next[0]) / 2, (web[1] + web_next[1]) / 2)
            current.append(crease)
            runs.append(current)
            current = [crease]
    current.append(end)
    runs.append(current)
    return runs


FINGER_WEB_DEPTH = 5.0
TOE_WEB_DEPTH = 1.5


def hand_digits(thumb_angle: float = 28.0, spread: float = 1.0) -> tuple[Digit, list[Digit]]:
    """The thumb and the four fingers (index to little) of a hand in its local frame."""
    thumb = Digit(a=6.0, b=9.5, angle=thumb_angle, length=40.0, half_width=5.8)
    fingers = [
        Digit(a=46.0, b=13.6, angle=7.0 * spread, length=34.0, half_width=4.6),
        Digit(a=47.5, b=4.4, angle=2.0 * spread, length=38.0, half_width=4.8),
        Digit(a=46.5, b=-5.0, angle=-3.0 * spread, length=35.0, half_width=4.5),
        Digit(a=43.0, b=-13.6, angle=-9.0 * spread, length=27.5, half_width=3.9),
    ]
    return thumb, fingers


def thumb_web(thumb: Digit) -> Point:
    """Where the web between thumb and index finger meets the thumb: a little over half the thumb stands free."""
    return thumb.at(21.0, -thumb.half_width * 0.92)


def hand_runs(thumb_angle: float = 28.0, spread: float = 1.0) -> list[Run]:
    """A hand seen flat (palm or back), fingers down, thumb on the +b side: runs from the +b side of the wrist
    to the -b side. The wrist centre is the origin; a hand is about 84 units long."""
    thumb, fingers = hand_digits(thumb_angle, spread)
    wrist_thumb, wrist_little = (0.0, 13.0), (0.0, -13.0)
    # The thumb leaves the thenar eminence near the wrist; its web meets the index finger's side about a third
    # of the way down the palm.
    web = thumb_web(thumb)
    thumb_out = [wrist_thumb, (6.0, 15.5), *thumb.side(+1)[1:], *thumb.tip()]
    thumb_in = [thumb.side(-1)[0], thumb.at(28.0, -thumb.half_width * 0.9)]
    first: Run = [*thumb_out, *thumb_in, web]
    hand = digits_run(fingers, web, (0.0, 0.0), web_depth=FINGER_WEB_DEPTH)
    # The palm's little-finger edge (the hypothenar) bulges gently between the little finger and the wrist.
    last = hand[-1][:-1] + [(30.0, -17.8), (14.0, -15.8), wrist_little]
    return [first, *hand[:-1], last]


def front_toes() -> list[Digit]:
    """The toes seen from the front, little toe first (+b is lateral), in the foot's local frame."""
    return [
        Digit(a=29.0, b=21.0, angle=14.0, length=7.0, half_width=3.1),
        Digit(a=32.5, b=14.4, angle=10.0, length=7.5, half_width=3.4),
        Digit(a=35.0, b=7.4, angle=7.0, length=8.0, half_width=3.6),
        Digit(a=36.5, b=0.0, angle=4.0, length=8.5, half_width=3.8),
        Digit(a=36.5, b=-10.0, angle=2.0, length=9.5, half_width=6.1),
    ]


def foot_front_runs() -> list[Run]:
    """The front of a foot, toes towards the viewer and slightly out: runs from the outer ankle (+b is lateral
    here, so the little toe comes first) to the inner ankle. The ankle centre is the origin, a points down."""
    toes = front_toes()
    lateral = [(0.0, 14.0), (9.0, 17.0), (18.0, 20.5), (25.0, 23.5)]
    medial_end = [(33.0, -16.5), (23.0, -17.5), (13.0, -16.0), (4.0, -15.0)]
    runs = digits_run(toes, lateral[-1], medial_end[0], web_depth=TOE_WEB_DEPTH)
    runs[0] = lateral[:-1] + runs[0]
    runs[-1] = runs[-1] + medial_end[1:]
    return runs


def sole_toes() -> list[Digit]:
    """The toes of a sole, little toe first (+b is lateral), in the foot's local frame."""
    return [
        Digit(a=71.0, b=14.2, angle=8.0, length=8.0, half_width=3.2),
        Digit(a=74.0, b=7.8, angle=5.0, length=8.5, half_width=3.4),
        Digit(a=76.0, b=1.0, angle=3.0, length=9.5, half_width=3.5),
        Digit(a=77.0, b=-6.2, angle=1.0, length=10.0, half_width=3.7),
        Digit(a=76.5, b=-15.6, angle=-2.0, length=11.5, half_width=5.8),
    ]


def foot_sole_runs() -> list[Run]:
    """The sole of a foot pointed down (as charts show it on a back view): heel at the top, toes at the bottom.
    Runs from the outer ankle (+b is lateral) to the inner ankle; the ankle centre is the origin."""
    toes = sole_toes()
    lateral = [(0.0, 13.0), (10.0, 15.5), (22.0, 15.5), (40.0, 14.5), (58.0, 17.0), (67.0, 17.0)]
    medial_end = [(69.0, -21.0), (58.0, -21.5), (44.0, -14.0), (30.0, -13.0), (16.0, -15.0), (4.0, -12.5)]
    runs = digits_run(toes, lateral[-1], medial_end[0], web_depth=TOE_WEB_DEPTH)
    runs[0] = lateral[:-1] + runs[0]
    runs[-1] = runs[-1] + medial_end[1:]
    return runs


def place(points: list[Point], origin: Point, angle: float, thumb_sign: float = 1.0) -> list[Point]:
    """Local (a, b) points placed in body coordinates: a runs at angle degrees from straight down (towards +u),
    b runs across, towards +u when thumb_sign is +1."""
    t = math.radians(angle)
    down = (math.sin(t), math.cos(t))
    across = (math.cos(t) * thumb_sign, -math.sin(t) * thumb_sign)
    return [(origin[0] + a * down[0] + b * across[0], origin[1] + a * down[1] + b * across[1]) for a, b in points]
