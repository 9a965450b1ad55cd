"""The atlas's data types: a view of the body and its named landmarks, all in figure coordinates."""

from __future__ import annotations

from dataclasses import dataclass

from triggerpoints.atlas.curves import Point, Polyline


@dataclass(frozen=True)
class Landmark:
    """A named anatomical landmark drawn as light strokes, e.g. the right collarbone."""

    key: str
    label: str
    side: str
    strokes: tuple[Polyline, ...]

    def anchor(self) -> Point:
        """A point on the landmark to hang its hover label on (the middle of its longest stroke)."""
        stroke = max(self.strokes, key=len)
        return stroke[len(stroke) // 2]


@dataclass(frozen=True)
class BodyView:
    """One view of the body: its closed silhouette, the inner contour lines of the drawing, and its landmarks."""

    view: str
    silhouette: Polyline
    contours: tuple[Polyline, ...]
    landmarks: tuple[Landmark, ...]

    def landmark(self, key: str) -> Landmark:
        """The landmark with this key."""
        for landmark in self.landmarks:
            if landmark.key == key:
                return landmark
        raise KeyError(key)
