"""Draws each trigger point's fine referral zones on the new body, for checking them by eye against the charts.

Run `python scripts/preview_zones.py data/fine_zones_head.csv` (columns id, referral_primary,
referral_spillover, note): for every point it draws the views where its zone lies, cropped to the zone and
the X, with the essential zone as one smooth solid dark red outline and the spillover zone as one smooth light
red hatched outline, and writes docs/screenshots/atlas/zones/<id>.png. `--only ID` draws one point (repeat
it for several); `--html-only` writes the HTML pages without screenshots. `--index` (no file needed) writes
docs/screenshots/atlas/zones/README.md: every point of every zone file with its chart note and its picture.

Zones are drawn on the person's right side. The X stands where data/point_positions.csv (id, view, x, y on
the new drawing) puts it; without that file, at the old figure's x, y from data/trigger_points.csv (roughly).
"""

from __future__ import annotations

import argparse
import csv
import html
import sys
import tempfile
from pathlib import Path

from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.preview_atlas import screenshot  # noqa: E402
from triggerpoints.atlas.fine_areas import build_fine_areas, fine_areas_of_group  # noqa: E402
from triggerpoints.atlas.frame import VIEW_CENTERS, VIEWS  # noqa: E402
from triggerpoints.atlas.svg import LIGHT, render_svg  # noqa: E402
from triggerpoints.atlas.views import build_views  # noqa: E402
from triggerpoints.figure import Zone  # noqa: E402
from triggerpoints.figure_shapes import outline_rings, smooth_zone  # noqa: E402

OUT = ROOT / "docs" / "screenshots" / "atlas" / "zones"
ESSENTIAL = ("#b22222", "#7a1010")  # fill, line (the app's colours, triggerpoints/figure.py)
SPILLOVER = ("#f8c9c5", "#c0504a")
MARGIN = 12.0  # around the zone and the X in each cropped view
MIN_SIZE = 90.0  # the smallest crop, so the body around a small zone still shows
PANEL_HEIGHT = 420  # pixels per view, at most
SHEET_WIDTH = 1300  # pixels for all the views side by side


def expand(cell: str) -> set[str]:
    """The fine area slugs a `;`-separated cell names (a group name stands for all its fine areas)."""
    out: set[str] = set()
    for name in filter(None, (part.strip() for part in cell.split(";"))):
        out.update(fine_areas_of_group(name) or (name,))
    return out


def zone_shape(areas: set[str], view: str) -> BaseGeometry:
    """The zone as the app draws it: one smooth outline of the areas on the person's right side of a view."""
    outlines = tuple(
        tuple((x, y) for x, y in a.polygon.exterior.coords[:-1])
        for a in build_fine_areas()
        if a.view == view and a.side == "right" and a.area in areas
    )
    return smooth_zone(view, outlines) if outlines else Polygon()


def svg_path(shape: BaseGeometry) -> str:
    """SVG path data for a polygon or multipolygon, holes included."""
    polygons = getattr(shape, "geoms", [shape])
    rings = [ring for p in polygons if not p.is_empty for ring in (p.exterior, *p.interiors)]
    return "".join("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in ring.coords[:-1]) + "Z" for ring in rings)


def point_positions(point_id: str) -> dict[str, tuple[float, float]]:
    """View -> (x, y) of the point's X on the new drawing (person's right side)."""
    new = ROOT / "data" / "point_positions.csv"
    if new.exists():
        with new.open(encoding="utf-8") as f:
            found = {r["view"]: (float(r["x"]), float(r["y"])) for r in csv.DictReader(f) if r["id"] == point_id}
        if found:
            return found
    with (ROOT / "data" / "trigger_points.csv").open(encoding="utf-8") as f:
        row = next(r for r in csv.DictReader(f) if r["id"] == point_id)
    return {row["view"]: (float(row["x"]), float(row["y"]))}


def overlay(view: str, essential: BaseGeometry, spillover: BaseGeometry) -> str:
    """The zones of one view as SVG elements: spillover hatched beneath, essential solid above."""
    pattern = f"hatch-{view}"
    return (
        f'<defs><pattern id="{pattern}" width="3" height="3" patternUnits="userSpaceOnUse" '
        f'patternTransform="rotate(45)"><rect width="3" height="3" fill="{SPILLOVER[0]}"/>'
        f'<line x1="0" y1="0" x2="0" y2="3" stroke="{SPILLOVER[1]}" stroke-width="0.9"/></pattern></defs>'
        f'<path d="{svg_path(spillover)}" fill="url(#{pattern})" fill-rule="evenodd" stroke="{SPILLOVER[1]}" '
        f'stroke-width="1.2" vector-effect="non-scaling-stroke"/>'
        f'<path d="{svg_path(essential)}" fill="{ESSENTIAL[0]}" fill-opacity="0.85" fill-rule="evenodd" '
        f'stroke="{ESSENTIAL[1]}" stroke-width="1.4" vector-effect="non-scaling-stroke"/>'
    )


def marker(x: float, y: float) -> str:
    """The X on the point, with a white halo so it reads on the dark red."""
    d = f"M{x - 3:.1f},{y - 3:.1f}L{x + 3:.1f},{y + 3:.1f}M{x - 3:.1f},{y + 3:.1f}L{x + 3:.1f},{y - 3:.1f}"
    return (
        f'<path d="{d}" stroke="#ffffff" stroke-width="5" stroke-linecap="round" vector-effect="non-scaling-stroke"/>'
        f'<path d="{d}" stroke="#1c5fd4" stroke-width="2.5" stroke-linecap="round" '
        'vector-effect="non-scaling-stroke"/>'
    )


def crop(view: str, shapes: list[BaseGeometry], spot: tuple[float, float] | None) -> tuple[float, float, float, float]:
    """A box around the shapes and the X (both halves on front and back), with a margin and at least MIN_SIZE
    on each side."""
    bounds = [s.bounds for s in shapes if not s.is_empty]
    if spot:
        bounds.append((*spot, *spot))
    if view != "side":  # the whole width of the body there, so the zone reads against both halves
        centre, top = VIEW_CENTERS[view], min(b[1] for b in bounds)
        reach = max(abs(x - centre) for b in bounds for x in (b[0], b[2]))
        bounds.append((centre - reach, top, centre + reach, top))
    x0, y0 = min(b[0] for b in bounds) - MARGIN, min(b[1] for b in bounds) - MARGIN
    x1, y1 = max(b[2] for b in bounds) + MARGIN, max(b[3] for b in bounds) + MARGIN
    grow_x, grow_y = max(0.0, MIN_SIZE - (x1 - x0)) / 2, max(0.0, MIN_SIZE - (y1 - y0)) / 2
    return (x0 - grow_x, y0 - grow_y, x1 + grow_x, y1 + grow_y)


MIN_VIEW_SHARE = 0.12  # a view without the X is shown only when it holds at least this share of the zone


def shown_views(zone: Zone) -> tuple[str, ...]:
    """The views a gallery picture shows: where the X stands, and where a fair share of the zone lies."""

    def covered(view: str) -> float:
        return sum(Polygon(ring).area for ring in sum(zone.rings([view]), ()))

    total = sum(covered(view) for view in zone.views) or 1.0
    marked = {view for view, _, _ in zone.markers}
    return tuple(v for v in zone.views if v in marked or covered(v) / total >= MIN_VIEW_SHARE)


def point_page(row: dict[str, str]) -> str:
    """An HTML page with the point's views side by side: its X's views and those holding a fair share of its zone."""
    essential_areas, spillover_areas = expand(row["referral_primary"]), expand(row.get("referral_spillover", ""))
    spots = point_positions(row["id"])
    zones: dict[str, tuple[BaseGeometry, BaseGeometry]] = {}
    for v in VIEWS:
        essential = zone_shape(essential_areas, v)
        zones[v] = (essential, zone_shape(spillover_areas - essential_areas, v).difference(essential))
    # Every view the zone falls on (a sliver under MIN_VIEW_SHARE of it left out) and every view with the X, so
    # each drawing can be checked by eye where it shows; the handout prints fewer (`zoom.framed_views`).
    zone = Zone(
        {v: rings for v, (e, _) in zones.items() if (rings := outline_rings(e))},
        {v: rings for v, (_, s) in zones.items() if (rings := outline_rings(s))},
        tuple((v, x, y) for v, (x, y) in spots.items()),
    )
    shown = shown_views(zone)
    boxes = {v: crop(v, list(zones[v]), spots.get(v)) for v in shown}
    aspects = {v: (b[2] - b[0]) / (b[3] - b[1]) for v, b in boxes.items()}
    height = min(PANEL_HEIGHT, SHEET_WIDTH / sum(aspects.values()))
    panels = []
    for view in shown:
        svg = render_svg([build_views()[view]], boxes[view], height * aspects[view], LIGHT, overlay(view, *zones[view]))
        if view in spots:
            svg = svg.replace("</svg>", marker(*spots[view]) + "</svg>")
        panels.append(f"<figure style='margin:0'><figcaption>{view}</figcaption>{svg}</figure>")
    title = html.escape(f"{row['id']}: {row.get('note', '')}")
    legend = html.escape(f"essential: {row['referral_primary']}  |  spillover: {row.get('referral_spillover', '')}")
    return (
        "<!doctype html><html><body style='margin:0;font:13px sans-serif;background:#fff'>"
        f"<main id='sheet' style='display:inline-block;padding:8px;max-width:1400px'><h3 style='margin:0 0 4px'>"
        f"{title}</h3><div style='color:#555'>{legend}</div><div style='display:flex;gap:16px;align-items:flex-start'>"
        f"{''.join(panels)}</div></main></body></html>"
    )


def write_index() -> Path:
    """Writes the gallery's index: each point of every zone file, what its chart shows, and its picture."""
    lines = [
        "# Referral zones at the fine level",
        "",
        "Each picture is drawn by `scripts/preview_zones.py` from `data/fine_zones_*.csv` (the zones, merged into",
        "`data/trigger_points.csv`) and `data/point_positions.csv` (the X). The note says what the charts of",
        "Travell & Simons and Davies show for the point; each picture was looked at against it.",
    ]
    for path in sorted((ROOT / "data").glob("fine_zones_*.csv")):
        lines += ["", f"## {path.stem.removeprefix('fine_zones_').replace('-', ' and ').capitalize()}", ""]
        lines += ["| Point | What the chart shows | Picture |", "| --- | --- | --- |"]
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                note = row["note"].replace("|", "/")
                lines.append(f"| `{row['id']}` | {note} | [{row['id']}.png]({row['id']}.png) |")
    index = OUT / "README.md"
    index.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return index


def main() -> None:
    """Parses the arguments and draws the points."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("zones", type=Path, nargs="?", help="a data/fine_zones_*.csv file")
    parser.add_argument("--index", action="store_true", help="write the gallery's index of every zone file")
    parser.add_argument("--only", action="append", help="draw only this point id")
    parser.add_argument("--html-only", action="store_true", help="write the HTML pages without screenshots")
    args = parser.parse_args()
    if args.index:
        print(write_index())
        return
    if args.zones is None:
        parser.error("name a zone file, or ask for --index")
    with args.zones.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if not args.only or r["id"] in args.only]
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        pages = []
        for row in rows:
            page = (OUT if args.html_only else Path(scratch)) / f"{row['id']}.html"
            page.write_text(point_page(row), encoding="utf-8")
            pages.append(page)
        if not args.html_only:
            screenshot(pages, OUT, element="#sheet")
        print("\n".join(str(p if args.html_only else OUT / f"{p.stem}.png") for p in pages))


if __name__ == "__main__":
    main()
