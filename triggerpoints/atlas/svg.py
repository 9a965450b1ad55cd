"""Draws atlas views as SVG in the app's calm style, for previews, the handout and the docs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from shapely.geometry import Polygon

from triggerpoints.atlas.curves import Polyline
from triggerpoints.atlas.model import BodyView


@dataclass(frozen=True)
class Theme:
    """The colours and line weights of a drawing."""

    background: str
    skin: str
    outline: str
    contour: str
    landmark: str
    outline_width: float = 1.8
    contour_width: float = 1.3
    landmark_width: float = 1.0


LIGHT = Theme(background="#ffffff", skin="#f8e9df", outline="#8a5a44", contour="#a97c66", landmark="#c49a86")
# Stroke widths are in screen pixels whatever the zoom (as Plotly draws lines), hence non-scaling strokes.
STROKE = 'vector-effect="non-scaling-stroke" stroke-linecap="round" stroke-linejoin="round"'
# The dark theme keeps the app's dark skin and outline (see triggerpoints/figure.py).
DARK = Theme(background="#1e2227", skin="#54463f", outline="#d7c2b5", contour="#bfa696", landmark="#a08a7d")


# Landmarks drawn as a hint rather than a line on the skin.
DASHED = frozenset({"spine-right"})


def _path(points: Polyline, closed: bool = False) -> str:
    """SVG path data for a polyline, one decimal place."""
    head, *rest = points
    text = f"M{head[0]:.1f},{head[1]:.1f}" + "".join(f"L{x:.1f},{y:.1f}" for x, y in rest)
    return text + ("Z" if closed else "")


def view_svg(view: BodyView, theme: Theme = LIGHT, lines_only: bool = False) -> str:
    """The SVG elements (no <svg> wrapper) that draw one view: skin, inner contours, landmarks, outline."""
    parts = [f'<g class="atlas-view" data-view="{view.view}">']
    if not lines_only:
        parts.append(f'<path d="{_path(view.silhouette, True)}" fill="{theme.skin}" stroke="none"/>')
    for line in view.contours:
        parts.append(
            f'<path d="{_path(line)}" fill="none" stroke="{theme.contour}" '
            f'stroke-width="{theme.contour_width}" {STROKE}/>'
        )
    for landmark in view.landmarks:
        strokes = "".join(_path(stroke) for stroke in landmark.strokes)
        dash = ' stroke-dasharray="4 3"' if landmark.key in DASHED else ""
        parts.append(
            f'<path d="{strokes}" fill="none" stroke="{theme.landmark}" stroke-width="{theme.landmark_width}"{dash} '
            f"{STROKE}><title>{landmark.label}</title></path>"
        )
    parts.append(
        f'<path d="{_path(view.silhouette, True)}" fill="none" stroke="{theme.outline}" '
        f'stroke-width="{theme.outline_width}" {STROKE}/>'
    )
    parts.append("</g>")
    return "\n".join(parts)


AREA_COLOURS = ("#f4c7b8", "#c9dcef", "#d7ead0", "#efe0b5", "#e2d1ee", "#bfe3df", "#f2d0df", "#dcd6c8")


def areas_svg(areas: Iterable[tuple[str, Polygon]], font_size: float = 2.2) -> str:
    """SVG elements that fill each (label, polygon) in a soft colour, outline it, and name it at its centre."""
    parts = []
    for i, (label, polygon) in enumerate(areas):
        colour = AREA_COLOURS[i % len(AREA_COLOURS)]
        ring = tuple(polygon.exterior.coords)
        parts.append(
            f'<path d="{_path(ring, True)}" fill="{colour}" fill-opacity="0.75" stroke="#7d6a60" '
            f'stroke-width="0.6" {STROKE}><title>{label}</title></path>'
        )
        spot = polygon.representative_point()
        parts.append(
            f'<text x="{spot.x:.1f}" y="{spot.y:.1f}" font-size="{font_size}" font-family="sans-serif" '
            f'text-anchor="middle" dominant-baseline="middle" fill="#3b302b">{label}</text>'
        )
    return "\n".join(parts)


def render_svg(
    views: Iterable[BodyView],
    box: tuple[float, float, float, float],
    width: float,
    theme: Theme = LIGHT,
    overlay: str = "",
) -> str:
    """A complete SVG document drawing the views inside box = (x0, y0, x1, y1), width pixels wide, with any
    extra SVG elements (overlay) drawn between the skin and the lines."""
    x0, y0, x1, y1 = box
    height = width * (y1 - y0) / (x1 - x0)
    body = "\n".join(view_svg(view, theme) for view in views)
    if overlay:
        # The overlay goes above the skin; the drawing's lines are drawn again on top so they stay crisp.
        body += "\n" + overlay + "\n" + "\n".join(view_svg(view, theme, lines_only=True) for view in views)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{x0} {y0} {x1 - x0} {y1 - y0}" '
        f'width="{width:.0f}" height="{height:.0f}">\n'
        f'<rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" fill="{theme.background}"/>\n{body}\n</svg>\n'
    )
