"""Builds the body figure: a smooth silhouette cut into named regions that tile each view.

The figure is drawn for the person's right half in body coordinates (u = distance from the midline,
outwards; v = height from the top of the head, downwards) and mirrored for the left half. Each region
takes what is left of the silhouette inside its cell, in priority order, so the regions of a view tile
it by construction. `scripts/build_regions.py` writes the result to data/body_regions.csv.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import shapely
from shapely import affinity
from shapely.geometry import Point, Polygon, box
from shapely.ops import unary_union

from triggerpoints.areas import AREAS
from triggerpoints.figure_frame import BACK_CENTER_X, FRONT_CENTER_X

SMOOTHING = 7.0
SIMPLIFY = 0.35
# Coordinates are snapped to this grid while cutting, so that shared borders stay identical and valid.
GRID = 0.1


@dataclass(frozen=True)
class Limb:
    """A straight limb segment with a local frame: t runs along it, s runs across (outwards > 0)."""

    start: tuple[float, float]
    end: tuple[float, float]

    def at(self, t: float, s: float) -> tuple[float, float]:
        """The body point at fraction t along the segment and s units across it."""
        (u0, v0), (u1, v1) = self.start, self.end
        du, dv = u1 - u0, v1 - v0
        length = math.hypot(du, dv)
        nu, nv = dv / length, -du / length
        if nu < 0:
            nu, nv = -nu, -nv
        return (u0 + t * du + s * nu, v0 + t * dv + s * nv)

    def cell(self, t0: float, t1: float, s0: tuple[float, float], s1: tuple[float, float]) -> Polygon:
        """The quadrilateral from t0 to t1 between offsets s0 and s1 (each given at t0 and at t1)."""
        return Polygon([self.at(t0, s0[0]), self.at(t1, s0[1]), self.at(t1, s1[1]), self.at(t0, s1[0])])


UPPER_ARM = Limb((86, 172), (101, 300))
FOREARM = Limb((101, 300), (121, 424))
HAND = Limb((121, 424), (131, 508))
THIGH = Limb((40, 430), (34, 592))
LOWER_LEG = Limb((34, 592), (37, 765))
WIDE = ((-80.0, -80.0), (80.0, 80.0))


def _capsule(points: list[tuple[float, float, float]]) -> Polygon:
    """A smooth tapered tube through circles given as (u, v, radius)."""
    circles = [Point(u, v).buffer(r, quad_segs=24) for u, v, r in points]
    hulls = [unary_union([a, b]).convex_hull for a, b in zip(circles, circles[1:], strict=False)]
    return unary_union(hulls or circles)


def _ellipse(u: float, v: float, ru: float, rv: float, angle: float = 0.0) -> Polygon:
    """An ellipse centred at (u, v) with radii ru, rv, turned by angle degrees."""
    shape = affinity.scale(Point(u, v).buffer(1.0, quad_segs=32), ru, rv)
    return affinity.rotate(shape, angle, origin=(u, v))


def _smooth(shape: Polygon) -> Polygon:
    """Rounds the creases where parts meet (a morphological closing, then a light opening)."""
    closed = shape.buffer(SMOOTHING, quad_segs=16).buffer(-SMOOTHING, quad_segs=16)
    return closed.buffer(-1.5, quad_segs=16).buffer(1.5, quad_segs=16)


def _half_body_parts(view: str) -> list[Polygon]:
    """The person's right half, as overlapping smooth parts in body coordinates."""
    head = unary_union(
        [
            _ellipse(0, 63, 34, 44),
            _ellipse(0, 95, 25, 27),
            _ellipse(0, 80, 31, 30),
        ]
    ).convex_hull
    parts = [
        head,
        _capsule([(0, 100, 20), (0, 150, 21)]),
        _torso(),
        _arm(),
        _leg(),
        _foot(view),
    ]
    if view == "front":
        parts.append(_ellipse(33, 74, 6.5, 12, -8))
    else:
        parts.append(_ellipse(32, 74, 5.5, 11, -8))
    return parts


def _torso() -> Polygon:
    """Chest, waist and pelvis: a smooth outline from the neck base to the hips."""
    outline = [
        (0, 132),
        (19, 134),
        (30, 141),
        (50, 149),
        (68, 155),
        (82, 160),
        (88, 170),
        (80, 196),
        (75, 214),
        (71, 240),
        (64, 268),
        (56, 295),
        (55, 318),
        (60, 345),
        (67, 372),
        (70, 400),
        (67, 428),
        (40, 440),
        (0, 445),
    ]
    return Polygon(outline).buffer(3, quad_segs=16)


def _arm() -> Polygon:
    """Deltoid, upper arm, forearm and hand with a thumb, palm facing forwards."""
    shoulder = _ellipse(84, 176, 21, 26, -12)
    upper = _capsule([(86, 185, 19), (92, 232, 17.5), (99, 286, 14.5), (101, 300, 14.5)])
    fore = _capsule([(101, 302, 15), (106, 335, 16.5), (113, 375, 13), (121, 420, 10)])
    palm = _capsule([(121, 426, 11), (124, 448, 14.5), (127, 462, 14)])
    fingers = _capsule([(127, 464, 13), (130, 488, 10.5), (132, 506, 7)])
    thumb = _capsule([(130, 434, 6.5), (138, 452, 5.5), (142, 467, 4.2)])
    return unary_union([shoulder, upper, fore, palm, fingers, thumb])


def _leg() -> Polygon:
    """Thigh, knee, calf and ankle."""
    thigh = _capsule([(39, 420, 31), (38, 462, 27.5), (35, 530, 21.5), (34, 590, 17.5)])
    lower = _capsule([(34, 594, 17), (35, 612, 17), (37, 646, 20.5), (36, 690, 15), (37, 738, 9.5), (37, 760, 10.5)])
    return unary_union([thigh, lower])


def _foot(view: str) -> Polygon:
    """Front: the top of the foot and toes. Back: the sole, as charts draw it (heel up, toes down)."""
    if view == "front":
        return _capsule([(37, 762, 11), (40, 780, 14), (45, 796, 11.5)]).union(_capsule([(33, 790, 7), (32, 804, 6)]))
    return _capsule([(37, 760, 11), (37, 778, 12.5), (38, 795, 10.5), (40, 812, 13.5), (41, 826, 11)])


def _silhouette(view: str) -> Polygon:
    """The whole smooth silhouette of one view, in body coordinates (symmetric about u = 0)."""
    right = unary_union(_half_body_parts(view))
    left = affinity.scale(right, -1, 1, origin=(0, 0))
    return _smooth(unary_union([right, left]))


def _poly(*points: tuple[float, float]) -> Polygon:
    return Polygon(points)


ARM_SIDE = _poly(
    (62, 100),
    (400, 100),
    (400, 900),
    (96, 900),
    (94, 520),
    (88, 430),
    (82, 330),
    (78, 250),
    (74, 212),
    (66, 150),
    (62, 130),
)


def _front_cells() -> list[tuple[str, Polygon]]:
    """Front view: each area and the cell it may take, in priority order."""
    arm = ARM_SIDE
    return [
        ("thumb", HAND.cell(0.0, 0.62, (10.5, 7.5), (40, 40)).intersection(arm)),
        ("palm", HAND.cell(-0.12, 0.48, *WIDE).intersection(arm)),
        ("index-middle-fingers", HAND.cell(0.48, 1.3, (-0.5, -0.5), (40, 40)).intersection(arm)),
        ("ring-little-fingers", HAND.cell(0.48, 1.3, (-40, -40), (-0.5, -0.5)).intersection(arm)),
        ("front-of-wrist", FOREARM.cell(0.88, 1.1, *WIDE).intersection(arm)),
        ("outer-elbow", FOREARM.cell(-0.12, 0.12, (6, 6), (40, 40)).intersection(arm)),
        ("inner-elbow", FOREARM.cell(-0.12, 0.12, (-40, -40), (-6, -6)).intersection(arm)),
        ("front-of-elbow", FOREARM.cell(-0.12, 0.12, *WIDE).intersection(arm)),
        ("front-of-forearm", FOREARM.cell(0.1, 0.9, *WIDE).intersection(arm)),
        ("outer-shoulder", UPPER_ARM.cell(-0.6, 0.4, (5, 6), (60, 60)).intersection(arm)),
        ("front-of-shoulder", UPPER_ARM.cell(-0.6, 0.3, (-60, -60), (5, 6)).intersection(arm)),
        ("outer-upper-arm", UPPER_ARM.cell(0.3, 1.05, (6, 6), (60, 60)).intersection(arm)),
        ("inner-upper-arm", UPPER_ARM.cell(0.2, 1.05, (-60, -60), (-6.5, -6)).intersection(arm)),
        ("front-of-upper-arm", arm),
        ("ear", _poly((30, 56), (60, 56), (60, 94), (30, 94))),
        ("eye", _ellipse(13, 67, 10.5, 7.5)),
        ("teeth", _poly((0, 97), (12, 97), (13, 100.5), (12, 104), (0, 104))),
        ("temple", _poly((19, 36), (60, 36), (60, 84), (27, 84), (20, 62))),
        ("forehead", box(0, 0, 60, 58)),
        ("cheek", _poly((0, 58), (60, 58), (60, 92), (34, 92), (14, 96), (0, 95))),
        ("jaw", _poly((0, 90), (60, 90), (60, 108), (26, 116), (0, 124))),
        ("throat", _poly((0, 118), (11, 118), (11, 142), (0, 147))),
        ("side-of-neck", _poly((0, 100), (60, 100), (40, 142), (11, 144), (0, 150))),
        ("breastbone", _poly((0, 140), (11, 140), (10, 252), (0, 260))),
        ("side-of-chest", _poly((50, 196), (120, 196), (120, 296), (52, 296))),
        ("upper-chest", box(0, 100, 120, 236)),
        ("upper-abdomen", box(0, 200, 120, 320)),
        ("outer-hip", _poly((56, 350), (120, 350), (120, 452), (64, 452), (57, 410), (60, 376))),
        ("lower-abdomen", _poly((0, 300), (120, 300), (120, 340), (58, 362), (0, 414))),
        ("groin", _poly((0, 414), (58, 362), (62, 380), (57, 410), (34, 444), (20, 456), (0, 458))),
        ("inner-knee", THIGH.cell(0.86, 1.2, (-60, -60), (-7, -7))),
        ("outer-knee", THIGH.cell(0.86, 1.2, (7, 7), (60, 60))),
        ("front-of-knee", box(0, 570, 120, 614)),
        ("outer-thigh", THIGH.cell(-0.2, 1.02, (12, 7), (60, 60))),
        ("inner-thigh", THIGH.cell(-0.2, 1.02, (-60, -60), (-10, -6))),
        ("front-of-thigh", box(0, 400, 120, 600)),
        ("inner-ankle", LOWER_LEG.cell(0.9, 1.1, (-60, -60), (-3.5, -3.5))),
        ("outer-ankle", LOWER_LEG.cell(0.9, 1.1, (3.5, 3.5), (60, 60))),
        ("front-of-ankle", box(0, 744, 120, 774)),
        ("outer-lower-leg", LOWER_LEG.cell(0.1, 0.9, (5, 3), (60, 60))),
        ("shin", box(0, 600, 120, 760)),
        ("big-toe", _poly((20, 786), (35.5, 786), (36, 830), (20, 830))),
        ("top-of-foot", box(0, 760, 120, 830)),
    ]


def _back_cells() -> list[tuple[str, Polygon]]:
    """Back view: each area and the cell it may take, in priority order."""
    arm = ARM_SIDE
    return [
        ("back-of-hand", HAND.cell(-0.1, 1.4, *WIDE).intersection(arm)),
        ("back-of-wrist", FOREARM.cell(0.88, 1.1, *WIDE).intersection(arm)),
        ("back-of-elbow", FOREARM.cell(-0.13, 0.12, *WIDE).intersection(arm)),
        ("back-of-forearm", FOREARM.cell(0.1, 0.9, *WIDE).intersection(arm)),
        ("back-of-shoulder", UPPER_ARM.cell(-0.6, 0.32, *WIDE).intersection(arm)),
        ("back-of-upper-arm", arm),
        ("crown", box(0, 0, 60, 60)),
        ("occiput", box(0, 0, 60, 113)),
        ("back-of-neck", _poly((0, 100), (60, 100), (60, 118), (26, 150), (0, 152))),
        ("between-shoulder-blades", _poly((0, 156), (30, 164), (31, 182), (33, 262), (0, 262))),
        ("top-of-shoulder", _poly((0, 100), (120, 100), (120, 176), (84, 178), (31, 184), (0, 160))),
        ("shoulder-blade", _poly((28, 150), (120, 150), (120, 230), (50, 270), (33, 262))),
        ("mid-back", box(0, 150, 120, 312)),
        ("tailbone", _poly((0, 406), (8, 406), (5, 438), (0, 440))),
        ("sacrum", _poly((0, 366), (24, 366), (18, 398), (7, 418), (0, 420))),
        ("low-back", _poly((0, 300), (120, 300), (120, 360), (66, 376), (24, 374), (0, 370))),
        ("buttock", _poly((0, 360), (120, 360), (120, 456), (66, 454), (30, 464), (0, 466))),
        ("back-of-thigh", box(0, 400, 120, 574)),
        ("back-of-knee", box(0, 560, 120, 614)),
        ("calf", box(0, 600, 120, 764)),
        ("heel", box(0, 740, 120, 786)),
        ("sole", box(0, 780, 120, 802)),
        ("ball-of-foot", box(0, 780, 120, 840)),
    ]


def _polygons(shape) -> list[Polygon]:
    """The polygons in any shapely result (dropping the lines and points an intersection may leave)."""
    if isinstance(shape, Polygon):
        return [shape]
    return [p for part in getattr(shape, "geoms", []) for p in _polygons(part)]


def _largest(shape) -> tuple[Polygon, list[Polygon]]:
    """The largest polygon of a shape, and the other pieces."""
    pieces = [p for p in _polygons(shape) if p.area > 0]
    pieces.sort(key=lambda p: p.area, reverse=True)
    return pieces[0], pieces[1:]


def _absorb(regions: dict[str, Polygon], piece: Polygon) -> None:
    """Gives a stray piece to the region it shares the longest border with."""
    best = max(regions, key=lambda a: piece.boundary.intersection(regions[a].buffer(0.01).boundary.buffer(0.05)).length)
    regions[best] = shapely.union(regions[best], piece, grid_size=GRID)


def _cut(half: Polygon, cells: list[tuple[str, Polygon]]) -> dict[str, Polygon]:
    """Assigns the half silhouette to areas in priority order, then tidies stray pieces."""
    remaining = half
    regions: dict[str, Polygon] = {}
    strays: list[Polygon] = []
    for area, cell in cells:
        taken = shapely.intersection(remaining, cell, grid_size=GRID)
        if taken.is_empty or taken.area < 1:
            raise ValueError(f"area {area} gets no part of the silhouette")
        main, extra = _largest(taken)
        regions[area] = main
        strays.extend(extra)
        remaining = shapely.difference(remaining, main, grid_size=GRID)
    strays.extend(_polygons(remaining))
    for piece in strays:
        if piece.area > 0.01:
            _absorb(regions, piece)
    for area, shape in regions.items():
        main, extra = _largest(shape)
        if extra and sum(p.area for p in extra) > 0.5:
            raise ValueError(f"area {area} is in several pieces")
        regions[area] = Polygon(main.exterior)
    return regions


@dataclass(frozen=True)
class RegionShape:
    """One region of the figure, in figure coordinates."""

    area: str
    side: str
    view: str
    polygon: Polygon


def _to_figure(shape: Polygon, view: str, side: str) -> Polygon:
    """Moves a right-half body shape to its place in the figure, mirrored for the left side."""
    center = FRONT_CENTER_X if view == "front" else BACK_CENTER_X
    # Front view: the person's right is on the viewer's left; back view: on the viewer's right.
    sign = -1 if (view == "front") == (side == "right") else 1
    return affinity.affine_transform(shape, [sign, 0, 0, 1, center, 0])


def build_silhouettes() -> dict[str, Polygon]:
    """The silhouette of each view, in figure coordinates."""
    return {
        view: affinity.translate(
            _silhouette(view).simplify(SIMPLIFY), FRONT_CENTER_X if view == "front" else BACK_CENTER_X, 0
        )
        for view in ("front", "back")
    }


def build_regions() -> list[RegionShape]:
    """Every region of both views and both sides, simplified and rounded as written to the CSV."""
    shapes: list[RegionShape] = []
    for view, cells in (("front", _front_cells()), ("back", _back_cells())):
        # Simplify once, before cutting, so neighbouring regions keep identical shared borders.
        half = shapely.intersection(_silhouette(view).simplify(SIMPLIFY), box(0, -10, 400, 900), grid_size=GRID)
        regions = _cut(half, cells)
        for area, shape in regions.items():
            if AREAS[area].view != view:
                raise ValueError(f"area {area} is drawn on the {view} view but listed for the other")
            for side in ("right", "left"):
                shapes.append(RegionShape(area, side, view, _to_figure(shape, view, side)))
    return shapes


def format_points(polygon: Polygon) -> str:
    """SVG `points` text for a polygon's outline, one decimal place."""
    coords = list(polygon.exterior.coords)[:-1]
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)


REGION_COLUMNS = ["region_id", "area", "side", "view", "label", "clinical_label", "nav_area", "points"]


def region_rows() -> list[dict[str, str]]:
    """The rows of data/body_regions.csv, in a stable order (by area as listed, then right before left)."""
    order = {area: i for i, area in enumerate(AREAS)}
    shapes = sorted(build_regions(), key=lambda r: (order[r.area], r.side != "right"))
    return [
        {
            "region_id": f"{r.area}-{r.side}",
            "area": r.area,
            "side": r.side,
            "view": r.view,
            "label": AREAS[r.area].label,
            "clinical_label": AREAS[r.area].clinical_label,
            "nav_area": AREAS[r.area].nav_area,
            "points": format_points(r.polygon),
        }
        for r in shapes
    ]


def write_region_csv(path) -> None:
    """Writes the region rows as CSV to path."""
    import csv

    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=REGION_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(region_rows())
