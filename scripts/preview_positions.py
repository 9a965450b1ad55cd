"""Draws every trigger point's X on the new body atlas, labelled with its id, to docs/screenshots/atlas/positions/.

Run `python scripts/preview_positions.py`: it reads data/point_positions.csv (checked by
`triggerpoints.point_positions`), draws the three views whole and zoomed crops of the head and neck, the
shoulders and upper back, the forearm and hand, the hip and thigh and the lower leg and foot, and screenshots
each with the system Chromium through playwright. Front and back Xs are drawn on both sides (the left mirrored,
unlabelled), as the app draws them. `--only NAME` draws one picture; `--svg-only` writes the SVGs only.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.preview_atlas import screenshot  # noqa: E402
from triggerpoints.atlas.frame import CANVAS_BOTTOM, CANVAS_LEFT, CANVAS_RIGHT, CANVAS_TOP, VIEW_CENTERS  # noqa: E402
from triggerpoints.atlas.svg import LIGHT, render_svg  # noqa: E402
from triggerpoints.atlas.views import build_views  # noqa: E402
from triggerpoints.point_positions import PointPosition, check_positions  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "atlas" / "positions"
ALL_VIEWS = ("front", "back", "side")

# name -> (views, box (x0, y0, x1, y1), width in pixels)
PICTURES: dict[str, tuple[tuple[str, ...], tuple[float, float, float, float], int]] = {
    "all-views": (ALL_VIEWS, (CANVAS_LEFT, CANVAS_TOP, CANVAS_RIGHT, CANVAS_BOTTOM), 1800),
    "head-neck-front": (("front",), (115, 30, 225, 175), 1000),
    "head-neck-back": (("back",), (455, 60, 565, 175), 1000),
    "head-neck-side": (("side",), (775, 40, 895, 180), 1000),
    "shoulder-front": (("front",), (50, 150, 200, 280), 1100),
    "shoulder-back": (("back",), (500, 150, 640, 300), 1100),
    "shoulder-side": (("side",), (770, 140, 890, 300), 1000),
    "trunk-front": (("front",), (90, 240, 180, 450), 900),
    "trunk-back": (("back",), (500, 270, 600, 470), 900),
    "forearm-hand-front": (("front",), (20, 310, 95, 500), 900),
    "forearm-hand-back": (("back",), (595, 300, 670, 500), 900),
    "arm-side": (("side",), (820, 240, 940, 500), 1000),
    "hip-thigh-front": (("front",), (85, 380, 175, 600), 900),
    "hip-thigh-back": (("back",), (505, 380, 600, 600), 900),
    "hip-thigh-side": (("side",), (760, 330, 900, 600), 1000),
    "lower-leg-foot-front": (("front",), (100, 600, 180, 840), 800),
    "lower-leg-foot-back": (("back",), (505, 590, 580, 880), 800),
    "lower-leg-foot-side": (("side",), (790, 600, 940, 840), 1000),
}


def _mirror(position: PointPosition) -> float:
    """The x of the X's mirror image on the person's left side of the front or back view."""
    return 2 * VIEW_CENTERS[position.view] - position.x


def _cross(x: float, y: float, size: float, colour: str, width: float) -> str:
    """An X centred on (x, y)."""
    return (
        f'<path d="M{x - size:.2f},{y - size:.2f}L{x + size:.2f},{y + size:.2f}'
        f'M{x - size:.2f},{y + size:.2f}L{x + size:.2f},{y - size:.2f}" stroke="{colour}" '
        f'stroke-width="{width}" stroke-linecap="round" vector-effect="non-scaling-stroke"/>'
    )


def overlay(
    positions: list[PointPosition], views: tuple[str, ...], box: tuple[float, float, float, float], width: int
) -> str:
    """The Xs and id labels of the given views, the same size in pixels whatever the zoom."""
    unit = (box[2] - box[0]) / width  # figure units per pixel
    size, font = 8 * unit, 13 * unit
    parts = []
    for position in positions:
        if position.view not in views:
            continue
        if position.view != "side":
            parts.append(_cross(_mirror(position), position.y, size, "#b9a39a", 1.2))
        parts.append(_cross(position.x, position.y, size, "#c0392b", 2.0))
        parts.append(
            f'<text x="{position.x + 1.3 * size:.2f}" y="{position.y - 0.6 * size:.2f}" font-size="{font:.2f}" '
            f'font-family="sans-serif" fill="#1f3a93" stroke="#ffffff" stroke-width="{0.25 * font:.2f}" '
            f'paint-order="stroke">{escape(position.point_id)}</text>'
        )
    return "\n".join(parts)


def write_svgs(names: list[str], scratch: Path) -> list[Path]:
    """Writes the SVG of each named picture into scratch and returns their paths."""
    check = check_positions()
    for problem in check.problems:
        print(f"problem: {problem}", file=sys.stderr)
    for pair in check.crowded:
        print(f"crowded: {pair}", file=sys.stderr)
    views = build_views()
    positions = list(check.positions)
    paths = []
    for name in names:
        view_names, box, width = PICTURES[name]
        text = render_svg(
            [views[v] for v in view_names], box, width, LIGHT, overlay=overlay(positions, view_names, box, width)
        )
        path = scratch / f"{name}.svg"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    """Parses the arguments and draws the pictures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", action="append", choices=sorted(PICTURES), help="draw only this picture")
    parser.add_argument("--svg-only", action="store_true", help="write the SVGs (to a scratch folder) only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        svgs = write_svgs(args.only or list(PICTURES), Path(scratch))
        written = svgs if args.svg_only else screenshot(svgs, OUT)
        print("\n".join(str(p) for p in written))


if __name__ == "__main__":
    main()
