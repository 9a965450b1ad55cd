"""Draws the atlas's three bare views, close-ups, and its fine areas to docs/screenshots/atlas/.

Run `python scripts/preview_atlas.py`: it draws each picture as SVG and screenshots it with the system
Chromium through playwright (the bare views in light and dark mode; close-ups; the fine areas of every view,
whole and close up on head, hands, feet, torso, arms and legs, each named). The bare views' SVGs are kept
beside their PNGs. `--only NAME` draws one picture; `--svg-only` writes the SVGs without screenshots.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from triggerpoints.atlas.fine_areas import build_fine_areas  # noqa: E402
from triggerpoints.atlas.frame import CANVAS_BOTTOM, CANVAS_LEFT, CANVAS_RIGHT, CANVAS_TOP  # noqa: E402
from triggerpoints.atlas.svg import DARK, LIGHT, Theme, areas_svg, render_svg  # noqa: E402
from triggerpoints.atlas.views import build_views  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "atlas"
CHROMIUM = "/usr/bin/chromium"

# name -> (views, box (x0, y0, x1, y1), width in pixels, theme)
PICTURES: dict[str, tuple[tuple[str, ...], tuple[float, float, float, float], int, Theme]] = {
    "bare-views": (("front", "back", "side"), (CANVAS_LEFT, CANVAS_TOP, CANVAS_RIGHT, CANVAS_BOTTOM), 1400, LIGHT),
    "bare-views-dark": (("front", "back", "side"), (CANVAS_LEFT, CANVAS_TOP, CANVAS_RIGHT, CANVAS_BOTTOM), 1400, DARK),
    "bare-views-app-size": (
        ("front", "back", "side"),
        (CANVAS_LEFT, CANVAS_TOP, CANVAS_RIGHT, CANVAS_BOTTOM),
        700,
        LIGHT,
    ),
    "closeup-head-front": (("front",), (110, 10, 230, 160), 800, LIGHT),
    "closeup-head-back": (("back",), (450, 10, 570, 160), 600, LIGHT),
    "closeup-head-side": (("side",), (760, 10, 910, 170), 800, LIGHT),
    "closeup-hand-front": (("front",), (0, 400, 110, 540), 600, LIGHT),
    "closeup-hand-side": (("side",), (850, 400, 950, 540), 600, LIGHT),
    "closeup-foot-front": (("front",), (100, 730, 240, 850), 700, LIGHT),
    "closeup-foot-back": (("back",), (440, 730, 580, 880), 700, LIGHT),
    "closeup-foot-side": (("side",), (790, 740, 950, 840), 800, LIGHT),
    "closeup-torso-front": (("front",), (40, 110, 300, 470), 800, LIGHT),
    "closeup-torso-back": (("back",), (380, 110, 640, 470), 800, LIGHT),
    "closeup-torso-side": (("side",), (750, 100, 930, 480), 700, LIGHT),
}


# name -> (view, part, box, width, font size): a part's fine areas (or "all" of them) over the body, each named.
AREA_PICTURES: dict[str, tuple[str, str, tuple[float, float, float, float], int, float]] = {
    "fine-areas-front": ("front", "all", (0, 10, 340, 870), 1100, 2.0),
    "fine-areas-back": ("back", "all", (340, 10, 680, 880), 1100, 2.0),
    "fine-areas-side": ("side", "all", (760, 10, 940, 870), 700, 2.0),
    "torso-areas-front": ("front", "all", (60, 110, 280, 480), 1100, 2.4),
    "torso-areas-back": ("back", "all", (400, 110, 620, 480), 1100, 2.4),
    "torso-areas-side": ("side", "all", (760, 100, 920, 480), 900, 2.4),
    "arm-areas-front": ("front", "arm", (20, 130, 120, 440), 700, 2.3),
    "arm-areas-back": ("back", "arm", (600, 130, 700, 440), 700, 2.3),
    "leg-areas-front": ("front", "leg", (80, 370, 260, 800), 900, 2.4),
    "leg-areas-back": ("back", "leg", (420, 420, 600, 810), 900, 2.4),
    "leg-areas-side": ("side", "all", (770, 380, 940, 830), 800, 2.4),
    "head-areas-front": ("front", "head", (110, 10, 230, 140), 900, 2.2),
    "head-areas-side": ("side", "head", (770, 10, 910, 145), 900, 2.2),
    "head-areas-back": ("back", "head", (450, 10, 570, 140), 700, 2.2),
    "hand-areas-front": ("front", "hand", (10, 425, 90, 535), 600, 1.8),
    "hand-areas-back": ("back", "hand", (590, 425, 670, 535), 600, 1.8),
    "hand-areas-side": ("side", "hand", (870, 415, 950, 525), 600, 1.8),
    "foot-areas-front": ("front", "foot", (100, 770, 240, 850), 800, 1.6),
    "foot-areas-back": ("back", "foot", (440, 770, 580, 880), 800, 1.6),
}


# Only these SVGs are kept beside their PNGs; the others are drawn in a scratch folder.
KEPT_SVGS = {"bare-views", "bare-views-dark"}


def write_svgs(names: list[str], scratch: Path) -> list[Path]:
    """Writes the SVG of each named picture and returns their paths."""
    views = build_views()
    OUT.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in names:
        path = (OUT if name in KEPT_SVGS else scratch) / f"{name}.svg"
        if name in AREA_PICTURES:
            view, part, box, width, font = AREA_PICTURES[name]
            areas = [(a.area, a.polygon) for a in build_fine_areas() if a.view == view and part in ("all", a.part)]
            text = render_svg([views[view]], box, width, LIGHT, overlay=areas_svg(areas, font))
        else:
            view_names, box, width, theme = PICTURES[name]
            text = render_svg([views[v] for v in view_names], box, width, theme)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def screenshot(files: list[Path], out: Path = OUT, element: str = "svg") -> list[Path]:
    """Screenshots `element` of each page (an SVG, or a preview's HTML sheet) to a PNG in `out`, with the system
    Chromium; returns the PNGs."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(device_scale_factor=1, viewport={"width": 1440, "height": 900})
        pngs = []
        for file in files:
            page.goto(file.as_uri())
            png = out / f"{file.stem}.png"
            page.locator(element).first.screenshot(path=str(png))
            pngs.append(png)
        browser.close()
    return pngs


def main() -> None:
    """Parses the arguments and draws the pictures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--only", action="append", choices=sorted([*PICTURES, *AREA_PICTURES]), help="draw only this picture"
    )
    parser.add_argument("--svg-only", action="store_true", help="write the SVGs without screenshots")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        svgs = write_svgs(args.only or [*PICTURES, *AREA_PICTURES], Path(scratch))
        written = svgs if args.svg_only else screenshot(svgs)
        print("\n".join(str(p) for p in written))


if __name__ == "__main__":
    main()
