"""Draws each muscle's outline on the body with its Xs, for checking it by eye against an anatomy plate.

Run `python scripts/preview_muscles.py` (every muscle with an outline) or `--only KEY [KEY ...]`: for each
muscle it draws every view where the muscle has an outline or an X, cropped around them, the muscle filled
softly with its smoothed outline (dashed when data/muscles.csv says it is deep; superficial when that file or
its `depth` is missing) on both sides, and its Xs from data/point_positions.csv, and writes
docs/screenshots/muscles/<key>.png. It then rewrites docs/screenshots/muscles/README.md, the gallery's index:
each muscle, its views, and what an anatomy plate shows that the picture was checked against (a module's
`PLATE_NOTES`, else origin and insertion from muscles.csv). `--html-only` writes the HTML pages only.

A point's muscle is the `muscle` column of data/trigger_points.csv (a key of data/muscles.csv).
"""

from __future__ import annotations

import argparse
import csv
import html
import sys
import tempfile
from pathlib import Path

from shapely.geometry import Polygon

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.preview_atlas import screenshot  # noqa: E402
from triggerpoints.atlas.frame import VIEW_CENTERS, VIEWS  # noqa: E402
from triggerpoints.atlas.muscle_outlines import (  # noqa: E402
    MODULES,
    all_shapes,
    mirrored,
    outline_polygon,
)
from triggerpoints.atlas.svg import LIGHT, render_svg  # noqa: E402
from triggerpoints.atlas.views import build_views  # noqa: E402

OUT = ROOT / "docs" / "screenshots" / "muscles"
MUSCLES_CSV = ROOT / "data" / "muscles.csv"
FILL, LINE = "#c8553d", "#8e2f1f"  # a muscle red, soft enough that the Xs read over it
MARGIN = 14.0
MIN_SIZE = 80.0
MIN_ASPECT = 0.5  # width over height at least, so a long thin muscle keeps the body around it
NEAR_MIDLINE = 25.0  # figure units: a muscle this close to the midline is shown with its pair
PANEL_HEIGHT = 620
SHEET_WIDTH = 1300


def _read(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV file, or none when it does not exist."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def muscle_of_points(root: Path = ROOT) -> dict[str, str]:
    """Point id -> muscle key (the `muscle` column of trigger_points.csv)."""
    return {row["id"]: row["muscle"] for row in _read(root / "data" / "trigger_points.csv")}


def positions_by_muscle(root: Path = ROOT) -> dict[str, dict[str, list[tuple[str, float, float]]]]:
    """Muscle key -> view -> its Xs there as (point id, x, y), person's right side."""
    muscles = muscle_of_points(root)
    out: dict[str, dict[str, list[tuple[str, float, float]]]] = {}
    for row in _read(root / "data" / "point_positions.csv"):
        spot = (row["id"], float(row["x"]), float(row["y"]))
        out.setdefault(muscles.get(row["id"], "?"), {}).setdefault(row["view"], []).append(spot)
    return out


def muscle_facts() -> dict[str, dict[str, str]]:
    """Muscle key -> its row of data/muscles.csv (name, depth, origin, insertion)."""
    return {row["key"]: row for row in _read(MUSCLES_CSV)}


def _is_deep(facts: dict[str, str]) -> bool:
    """Whether muscles.csv calls the muscle deep (under another)."""
    return facts.get("depth", "").strip().lower().startswith("deep")


def _path(points) -> str:
    return "M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in points) + "Z"


def _cross(x: float, y: float, unit: float, colour: str, width: float) -> str:
    """An X centred on (x, y), 4 pixels from centre to tip, with a white halo."""
    s = 4 * unit
    d = f"M{x - s:.2f},{y - s:.2f}L{x + s:.2f},{y + s:.2f}M{x - s:.2f},{y + s:.2f}L{x + s:.2f},{y - s:.2f}"
    return (
        f'<path d="{d}" stroke="#ffffff" stroke-width="{width + 2.5}" stroke-linecap="round" '
        f'vector-effect="non-scaling-stroke"/><path d="{d}" stroke="{colour}" stroke-width="{width}" '
        'stroke-linecap="round" vector-effect="non-scaling-stroke"/>'
    )


def view_overlay(
    view: str, pieces: list[tuple], deep: bool, spots: list[tuple[str, float, float]], box: tuple, unit: float
) -> str:
    """The muscle's outlines on both sides of a view (smoothed, soft fill), then its Xs labelled by id (to the
    left of an X in the right half of the picture, so the label stays inside it)."""
    dash = ' stroke-dasharray="5 3"' if deep else ""
    parts = []
    for points in pieces:
        rings = [points] if view == "side" else [points, mirrored(view, points)]
        for ring in rings:
            parts.append(
                f'<path d="{_path(outline_polygon(ring).exterior.coords[:-1])}" fill="{FILL}" fill-opacity="0.3" '
                f'stroke="{LINE}" stroke-width="1.6"{dash} vector-effect="non-scaling-stroke"/>'
            )
    for point_id, x, y in spots:
        parts.append(_cross(x, y, unit, "#1c5fd4", 2.2))
        left = x > (box[0] + box[2]) / 2
        parts.append(
            f'<text x="{x + (-5 if left else 5) * unit:.2f}" y="{y - 3 * unit:.2f}" font-size="{11 * unit:.2f}" '
            f'text-anchor="{"end" if left else "start"}" font-family="sans-serif" fill="#1f3a93" stroke="#ffffff" '
            f'stroke-width="{3 * unit:.2f}" paint-order="stroke">{html.escape(point_id)}</text>'
        )
    return "\n".join(parts)


def crop(view: str, pieces: list[tuple], spots: list[tuple[str, float, float]]) -> tuple[float, float, float, float]:
    """A box around the right side's outlines and the Xs, with a margin, at least MIN_SIZE each way; both
    halves when the muscle lies near the midline, so the pair reads together."""
    bounds = [Polygon(p).bounds for p in pieces] + [(x, y, x, y) for _, x, y in spots]
    if view != "side":
        centre = VIEW_CENTERS[view]
        if min(abs(x - centre) for b in bounds for x in (b[0], b[2])) < NEAR_MIDLINE:
            bounds += [(2 * centre - b[2], b[1], 2 * centre - b[0], b[3]) for b in bounds]
    x0, y0 = min(b[0] for b in bounds) - MARGIN, min(b[1] for b in bounds) - MARGIN
    x1, y1 = max(b[2] for b in bounds) + MARGIN, max(b[3] for b in bounds) + MARGIN
    grow_y = max(0.0, MIN_SIZE - (y1 - y0)) / 2
    grow_x = max(0.0, MIN_SIZE - (x1 - x0), MIN_ASPECT * (y1 - y0 + 2 * grow_y) - (x1 - x0)) / 2
    return (x0 - grow_x, y0 - grow_y, x1 + grow_x, y1 + grow_y)


def muscle_page(key: str, facts: dict[str, str], spots: dict[str, list[tuple[str, float, float]]]) -> str:
    """An HTML page with the muscle's views side by side: each where it has an outline or an X."""
    shapes = all_shapes()
    pieces = {v: [pts for (m, view, _), pts in shapes.items() if m == key and view == v] for v in VIEWS}
    shown = [v for v in VIEWS if pieces[v] or spots.get(v)]
    boxes = {v: crop(v, pieces[v], spots.get(v, [])) for v in shown}
    aspects = {v: (b[2] - b[0]) / (b[3] - b[1]) for v, b in boxes.items()}
    height = min(PANEL_HEIGHT, SHEET_WIDTH / sum(aspects.values()))
    panels = []
    for view in shown:
        width = height * aspects[view]
        unit = (boxes[view][2] - boxes[view][0]) / width
        overlay = view_overlay(view, pieces[view], _is_deep(facts), spots.get(view, []), boxes[view], unit)
        svg = render_svg([build_views()[view]], boxes[view], width, LIGHT, overlay)
        caption = view if pieces[view] else f"{view}: X but NO OUTLINE"
        panels.append(f"<figure style='margin:0'><figcaption>{caption}</figcaption>{svg}</figure>")
    depth = facts.get("depth") or "superficial (no depth given)"
    if facts.get("covered_by"):
        depth += f" under {facts['covered_by'].replace(';', ', ')}"
    title = html.escape(f"{facts.get('name', key)} ({key}): {depth}")
    return (
        "<!doctype html><html><body style='margin:0;font:13px sans-serif;background:#fff'>"
        f"<main id='sheet' style='display:inline-block;padding:8px;max-width:1400px'><h3 style='margin:0 0 4px'>"
        f"{title}</h3><div style='display:flex;gap:16px;align-items:flex-start'>{''.join(panels)}</div></main>"
        "</body></html>"
    )


def plate_notes() -> dict[str, str]:
    """Muscle key -> what an anatomy plate shows, from the shape modules' optional PLATE_NOTES."""
    return {k: v for module in MODULES for k, v in getattr(module, "PLATE_NOTES", {}).items()}


def write_index() -> Path:
    """Writes the gallery's index: each muscle with an outline, its views and the plate it was checked against."""
    facts, notes = muscle_facts(), plate_notes()
    views: dict[str, list[str]] = {}
    for muscle, view, _ in all_shapes():
        if view not in views.setdefault(muscle, []):
            views[muscle].append(view)
    lines = [
        "# Muscle outlines",
        "",
        "Each picture is drawn by `scripts/preview_muscles.py` from the shapes in",
        "`triggerpoints/atlas/muscle_shapes_*.py` (written to `data/muscle_outlines.csv`) and the Xs of",
        "`data/point_positions.csv`. The note says what an anatomy plate shows of the muscle (origin to insertion",
        "and the landmarks around it); each picture was looked at against it.",
        "",
        "| Muscle | Views | What the plate shows | Picture |",
        "| --- | --- | --- | --- |",
    ]
    for muscle in sorted(views):
        fact = facts.get(muscle, {})
        origin, insertion = fact.get("origin", ""), fact.get("insertion", "")
        note = notes.get(muscle) or (f"{origin} to {insertion[:1].lower()}{insertion[1:]}" if origin else "")
        name = fact.get("name", muscle)
        lines.append(
            f"| {name} (`{muscle}`) | {', '.join(views[muscle])} | {note.replace('|', '/')} | "
            f"[{muscle}.png]({muscle}.png) |"
        )
    index = OUT / "README.md"
    index.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return index


def main() -> None:
    """Parses the arguments and draws the muscles."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="+", metavar="KEY", help="draw only these muscles")
    parser.add_argument("--html-only", action="store_true", help="write the HTML pages without screenshots")
    args = parser.parse_args()
    facts, spots = muscle_facts(), positions_by_muscle()
    keys = args.only or sorted({muscle for muscle, _, _ in all_shapes()})
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        pages = []
        for key in keys:
            if not any(m == key for m, _, _ in all_shapes()) and key not in spots:
                print(f"{key}: no outline and no X", file=sys.stderr)
                continue
            page = (OUT if args.html_only else Path(scratch)) / f"{key}.html"
            page.write_text(muscle_page(key, facts.get(key, {}), spots.get(key, {})), encoding="utf-8")
            pages.append(page)
        if not args.html_only and pages:
            screenshot(pages, OUT, element="#sheet")
        print("\n".join(str(p if args.html_only else OUT / f"{p.stem}.png") for p in pages))
    print(write_index())


if __name__ == "__main__":
    main()
