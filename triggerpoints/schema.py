"""Row models of the data files (the five content CSVs, the optional point positions and muscle outlines): one
pydantic model per row, frozen once loaded."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from triggerpoints.figure_frame import CANVAS_BOTTOM, CANVAS_TOP, CANVAS_WIDTH

SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"
# A hold on one spot, in seconds: no technique holds longer than about a minute (data/techniques.csv).
HOLD_MIN, HOLD_MAX = 10, 60


def _split_list(value: object) -> object:
    """Turns a `;`-separated cell into a tuple of trimmed items (empty items dropped)."""
    if isinstance(value, str):
        return tuple(item.strip() for item in value.split(";") if item.strip())
    return value


def _strip(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


def _parse_outline(value: object) -> object:
    """Turns an "x,y x,y x,y" cell into a tuple of points on the figure."""
    if not isinstance(value, str):
        return value
    pairs = value.split()
    if len(pairs) < 3:
        raise ValueError("needs at least 3 points, written as 'x,y x,y x,y'")
    parsed = []
    for pair in pairs:
        match = re.fullmatch(r"(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)", pair)
        if not match:
            raise ValueError(f"'{pair[:30]}' is not a point written as x,y")
        x, y = float(match[1]), float(match[2])
        # Far-off points (a 300-digit number is infinite as a float) would break the outline's geometry.
        if not (0 <= x <= CANVAS_WIDTH and CANVAS_TOP <= y <= CANVAS_BOTTOM):
            raise ValueError(
                f"'{pair[:30]}' is off the figure (x from 0 to {CANVAS_WIDTH:g}, y from {CANVAS_TOP:g}"
                f" to {CANVAS_BOTTOM:g})"
            )
        parsed.append((x, y))
    return tuple(parsed)


TextList = Annotated[tuple[str, ...], BeforeValidator(_split_list)]
Text = Annotated[str, BeforeValidator(_strip), Field(min_length=1)]
OptionalText = Annotated[str, BeforeValidator(_strip)]
Slug = Annotated[str, BeforeValidator(_strip), Field(pattern=SLUG)]
OptionalSlug = Annotated[str, BeforeValidator(_strip), Field(pattern=r"^$|" + SLUG)]
# A coordinate on the figure: never infinite or NaN, which no geometry can place.
Coordinate = Annotated[float, Field(allow_inf_nan=False)]
Side = Literal["left", "right"]
# Every view of the figure; the side view shows the person's right side only.
View = Literal["front", "back", "side"]
# A closed outline on the figure, written "x,y x,y x,y ..." (a region's, or a muscle's control points).
FigureOutline = Annotated[tuple[tuple[float, float], ...], BeforeValidator(_parse_outline)]
# The view a point's X is given on first: one that shows both sides (the left X is its mirror image).
MainView = Literal["front", "back"]


class Row(BaseModel):
    """Common settings: no unknown columns, immutable after loading."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class RegionRow(Row):
    """One outline of a region: an area on one side, drawn on one view (a region may have a row on each view).

    `group` names the wider area this one refines ("temple" for "temple-front"); empty means the area is its own
    group, as in files written before the fine atlas."""

    region_id: Slug
    area: Slug
    group: Slug | None = None
    side: Side
    view: View
    label: Text
    clinical_label: Text
    nav_area: Slug
    points: FigureOutline


class TriggerPointRow(Row):
    """One trigger point; x, y is its X on the person's right side of its main view (data/point_positions.csv,
    when it exists, places the X instead). The zone columns may name fine areas or whole groups. `muscle` is a key
    of data/muscles.csv and `muscle_part` one of that muscle's parts, or empty; `side` the one side the point is
    charted on, or None for both."""

    id: Slug
    muscle: Slug
    muscle_part: OptionalText = ""
    synonyms: TextList = ()
    nav_area: Slug
    view: MainView
    x: Coordinate
    y: Coordinate
    location: Text
    clinical_location: OptionalText = ""
    referral_primary: Annotated[TextList, Field(min_length=1)]
    referral_spillover: TextList = ()
    referred_pain: Text
    symptoms: Text
    conditions: TextList = ()
    techniques: Annotated[TextList, Field(min_length=1)]
    self_care: Text
    stretch: Text
    precautions: Text
    sources: Annotated[TextList, Field(min_length=1)]
    notes: OptionalText = ""
    self_care_friendly: bool = True
    # The point's own hold when its self-care caps holds below the techniques' minute (the front of the neck);
    # guided self-care starts its timer there and offers no longer hold.
    hold_seconds: Annotated[int, Field(ge=HOLD_MIN, le=HOLD_MAX)] | None = None
    # The one side the charts put the point on (the "arrhythmia" point of pectoralis major, right only); None for
    # both sides. x, y stay on the right: a left-only point's X is their mirror image.
    side: Annotated[Side, BeforeValidator(_strip)] | None = None


class MuscleRow(Row):
    """A muscle: its names, the parts its points name, its anatomy in plain words with the clinical terms beside
    them, how deep it lies, and the group the charts draw it with (data/muscle_groups.csv), if any."""

    key: Slug
    name: Text
    synonyms: TextList = ()
    parts: TextList = ()
    origin: Text
    origin_clinical: Text
    insertion: Text
    insertion_clinical: Text
    action: Text
    action_clinical: Text
    nerve: Text
    nerve_clinical: Text
    depth: Literal["superficial", "deep"]
    covered_by: TextList = ()
    no_point_reason: OptionalText = ""
    sources: Annotated[TextList, Field(min_length=1)]
    group: OptionalSlug = ""


class MuscleGroupRow(Row):
    """Muscles the charts draw as one (the scalenes, the rhomboids): one entry in the pain finder, one rank in the pain
    guides, one name people search by; each member is a muscle of data/muscles.csv."""

    key: Slug
    name: Text
    synonyms: TextList = ()
    note: Text
    sources: Annotated[TextList, Field(min_length=1)]


class PositionRow(Row):
    """Where a point's X stands on one view: on the person's right side for front and back, as drawn on the side."""

    id: Slug
    view: View
    x: Coordinate
    y: Coordinate


class MuscleOutlineRow(Row):
    """One piece of a muscle's outline on one view and side (data/muscle_outlines.csv): the control points the app
    smooths into the drawn curve. A muscle seen as separate pieces on a view has a row per piece."""

    muscle: Slug
    view: View
    side: Side
    piece: Annotated[int, Field(ge=0)] = 0
    points: FigureOutline


class ConditionRow(Row):
    """A condition commonly associated with trigger points, with its red flags."""

    key: Slug
    name: Text
    description: Text
    red_flags: Annotated[TextList, Field(min_length=1)]
    felt_in: TextList = ()


class TechniqueRow(Row):
    """A release technique: self-care or for a trained professional only."""

    key: Slug
    name: Text
    kind: Literal["self_care", "professional"]
    summary: Text
    steps: Annotated[TextList, Field(min_length=1)]
    dose: Text
    contraindications: TextList = ()

    @property
    def is_self_care(self) -> bool:
        """True when a person may do this on themselves."""
        return self.kind == "self_care"
