"""The fine atlas: small named areas that tile each view of the body, the zones the referral charts use.

Every fine area names the area of data/body_regions.csv that it refines (`group`), so a group name can stand
for all its fine areas (`fine_areas_of_group`). Each view is split into parts (head, hand, foot from
`head_areas` and `hand_foot_areas`; arm, trunk, leg from `body_areas`), each cut by
`cutting.cut_into_areas`, so the areas of each view and side tile its silhouette exactly. Front and back are
cut for the person's right half and mirrored; the side view shows the right side only. A fine area may appear
on several views (the ear on all three, the outer thigh on front, back and side): a row is keyed by its
`region_id` and its view. `fine_area_rows` gives them as CSV rows shaped like data/body_regions.csv.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry

from triggerpoints.areas import AREAS
from triggerpoints.atlas import body_areas, hand_foot_areas, head_areas
from triggerpoints.atlas.body_area_names import BODY_TABLE
from triggerpoints.atlas.cutting import cut_into_areas
from triggerpoints.atlas.frame import VIEWS, to_figure


@dataclass(frozen=True)
class FineAreaInfo:
    """What a fine area is called and which of today's areas it refines."""

    group: str
    label: str
    clinical_label: str


_TABLE = """
crown|crown|Crown of the head|Vertex
forehead|forehead|Forehead|Frontal region
eyebrow|eye|Eyebrow|Supraorbital region
around-the-eye|eye|Around the eye|Orbital region
behind-the-eye|eye|Behind the eye (deep in the eye)|Retro-orbital region
temple-front|temple|Front of the temple|Anterior temporal region
temple-middle|temple|Middle of the temple|Middle temporal region
temple-back|temple|Back of the temple, above the ear|Posterior temporal region
cheekbone|cheek|Cheekbone|Zygomatic region
lower-cheek|cheek|Cheek beside the nose and mouth|Maxillary region
nose|cheek|Nose|Nasal region
upper-front-teeth|teeth|Upper front teeth and lip|Maxillary incisors and canine
lower-front-teeth|teeth|Lower front teeth and lip|Mandibular incisors and canine
upper-back-teeth|teeth|Upper back teeth|Maxillary premolars and molars
lower-back-teeth|teeth|Lower back teeth|Mandibular premolars and molars
tmj|jaw|Jaw joint, in front of the ear|Temporomandibular joint
side-of-jaw|jaw|Side of the jaw (chewing muscle)|Masseteric region
jaw-angle|jaw|Angle of the jaw|Mandibular angle
chin|jaw|Chin|Mental region
outer-ear|ear|Ear|Auricle
behind-the-ear|ear|Behind the ear|Mastoid region
back-of-head|occiput|Back of the head|Occipital region
base-of-skull|occiput|Base of the skull|Suboccipital region
thumb-digit|thumb|Thumb|Pollex, palmar side
ball-of-thumb|thumb|Ball of the thumb|Thenar eminence
index-finger|index-middle-fingers|Index finger|Second digit, palmar side
middle-finger|index-middle-fingers|Middle finger|Third digit, palmar side
ring-finger|ring-little-fingers|Ring finger|Fourth digit, palmar side
little-finger|ring-little-fingers|Little finger|Fifth digit, palmar side
centre-of-palm|palm|Middle of the palm|Central palmar region
palm-little-finger-side|palm|Palm, little-finger side (its heel)|Hypothenar eminence
back-of-thumb|back-of-hand|Back of the thumb|Pollex, dorsal side
back-of-index-finger|back-of-hand|Back of the index finger|Second digit, dorsal side
back-of-middle-finger|back-of-hand|Back of the middle finger|Third digit, dorsal side
back-of-ring-finger|back-of-hand|Back of the ring finger|Fourth digit, dorsal side
back-of-little-finger|back-of-hand|Back of the little finger|Fifth digit, dorsal side
dorsum-of-hand|back-of-hand|Back of the hand|Dorsum of the hand
back-of-hand-little-finger-side|back-of-hand|Back of the hand, little-finger side|Ulnar dorsum of the hand
big-toe-top|big-toe|Big toe|Hallux, dorsal side
second-toe|top-of-foot|Second toe|Second toe, dorsal side
third-toe|top-of-foot|Third toe|Third toe, dorsal side
fourth-toe|top-of-foot|Fourth toe|Fourth toe, dorsal side
little-toe|top-of-foot|Little toe|Fifth toe, dorsal side
dorsum-of-foot|top-of-foot|Top of the foot|Dorsum of the foot
inner-edge-of-foot|top-of-foot|Inner edge of the foot|Medial border of the foot (first metatarsal)
big-toe-pad|big-toe|Underside of the big toe|Hallux, plantar side
second-toe-pad|ball-of-foot|Underside of the second toe|Second toe, plantar side
third-toe-pad|ball-of-foot|Underside of the third toe|Third toe, plantar side
fourth-toe-pad|ball-of-foot|Underside of the fourth toe|Fourth toe, plantar side
little-toe-pad|ball-of-foot|Underside of the little toe|Fifth toe, plantar side
heel-pad|heel|Heel|Calcaneal region
inner-heel|heel|Inner side of the heel|Medial calcaneal region
arch|sole|Arch of the foot|Plantar arch
inner-sole|sole|Inner side of the sole (the instep)|Medial plantar region (medial longitudinal arch)
outer-sole|sole|Outer side of the sole|Lateral plantar region
ball-of-foot-inner|ball-of-foot|Ball of the foot under the big toe|First metatarsal head, plantar side
ball-of-foot-middle|ball-of-foot|Middle of the ball of the foot|Second to fourth metatarsal heads, plantar side
ball-of-foot-outer|ball-of-foot|Ball of the foot under the little toe|Fifth metatarsal head, plantar side
"""

FINE_AREAS: dict[str, FineAreaInfo] = {
    slug: FineAreaInfo(group, label, clinical)
    for slug, group, label, clinical in (line.split("|") for line in (_TABLE + BODY_TABLE).split("\n") if line)
}

# The parts each view is cut into (the side view's foot is cut with its leg).
PARTS: dict[str, tuple[str, ...]] = {
    "head": VIEWS,
    "hand": VIEWS,
    "foot": ("front", "back"),
    "arm": VIEWS,
    "trunk": VIEWS,
    "leg": VIEWS,
}


@dataclass(frozen=True)
class FineArea:
    """One fine area on one side of one view, in figure coordinates."""

    area: str
    group: str
    side: str
    view: str
    part: str
    polygon: Polygon

    @property
    def region_id(self) -> str:
        """The id of this area on this side, as links and CSVs would name it ("temple-front-right")."""
        return f"{self.area}-{self.side}"

    @property
    def label(self) -> str:
        """The plain name of the area ("Front of the temple")."""
        return FINE_AREAS[self.area].label

    @property
    def clinical_label(self) -> str:
        """The clinical name of the area ("Anterior temporal region")."""
        return FINE_AREAS[self.area].clinical_label


def _region_and_cells(part: str, view: str) -> tuple[Polygon, list[tuple[str, BaseGeometry]]]:
    """The part of a view in body coordinates, and its areas' cells in priority order."""
    if part == "head":
        return head_areas.head_region(view), head_areas.head_cells(view)
    if part == "hand":
        return hand_foot_areas.hand_region(view), hand_foot_areas.hand_cells(view)
    if part == "foot":
        return hand_foot_areas.foot_region(view), hand_foot_areas.foot_cells(view)
    return body_areas.body_region(part, view), body_areas.body_cells(part, view)


def _to_figure(shape: Polygon, view: str, side: str) -> Polygon:
    """A body-coordinate polygon moved into the figure on the given side."""

    def move(ring) -> list[tuple[float, float]]:
        return [to_figure(view, u, v, side) for u, v in ring.coords]

    return Polygon(move(shape.exterior), [move(ring) for ring in shape.interiors])


def _sides(view: str) -> tuple[str, ...]:
    return ("right",) if view == "side" else ("right", "left")


# A cell that shares its name with a group it does not make up alone is renamed: a group name always means the
# whole group (every finger's back for "back-of-hand"), so the single area needs a name of its own.
OWN_NAMES = {
    "ear": "outer-ear",
    "thumb": "thumb-digit",
    "palm": "centre-of-palm",
    "back-of-hand": "dorsum-of-hand",
    "big-toe": "big-toe-top",
    "top-of-foot": "dorsum-of-foot",
    "heel": "heel-pad",
}


@cache
def build_fine_areas() -> tuple[FineArea, ...]:
    """Every fine area of every finely cut part, view and side, in figure coordinates."""
    out: list[FineArea] = []
    for part, views in PARTS.items():
        for view in views:
            region, cells = _region_and_cells(part, view)
            # On the side view the arm hides some areas of the trunk (see `body_areas`).
            allow_hidden = view == "side" and part in ("trunk", "leg")
            for cell, shape in cut_into_areas(region, cells, allow_hidden).items():
                area = OWN_NAMES.get(cell, cell)
                for side in _sides(view):
                    polygon = _to_figure(shape, view, side)
                    out.append(FineArea(area, FINE_AREAS[area].group, side, view, part, polygon))
    return tuple(out)


def part_outline(part: str, view: str, side: str = "right") -> Polygon:
    """The outline of a finely cut part of a view in figure coordinates (the region its areas tile)."""
    return _to_figure(_region_and_cells(part, view)[0], view, side)


CSV_COLUMNS = ("region_id", "area", "group", "side", "view", "label", "clinical_label", "nav_area", "points")


def _points_text(polygon: Polygon) -> str:
    """A polygon's outline as "x,y x,y ..." rounded to 0.1, without repeating the first point."""
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in list(polygon.exterior.coords)[:-1])


def fine_area_rows() -> list[dict[str, str]]:
    """Every fine area on every view and side as a CSV row (columns `CSV_COLUMNS`); nav_area is its group's."""
    return [
        {
            "region_id": a.region_id,
            "area": a.area,
            "group": a.group,
            "side": a.side,
            "view": a.view,
            "label": a.label,
            "clinical_label": a.clinical_label,
            "nav_area": AREAS[a.group].nav_area,
            "points": _points_text(a.polygon),
        }
        for a in build_fine_areas()
    ]


@cache
def _areas_by_group() -> dict[str, tuple[str, ...]]:
    """Group name -> its fine areas' slugs, in table order."""
    out: dict[str, list[str]] = {}
    for slug, info in FINE_AREAS.items():
        out.setdefault(info.group, []).append(slug)
    return {group: tuple(slugs) for group, slugs in out.items()}


def fine_areas_of_group(group: str) -> tuple[str, ...]:
    """The fine areas an old area name (a group such as "temple") stands for; empty for an unknown name."""
    return _areas_by_group().get(group, ())
