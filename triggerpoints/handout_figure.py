"""The handout's body figure: an inline SVG of both views, framed on the point and its zones, with a legend.

Every value is inserted with `Markup.format`, which escapes it; colours are solid so screen, print and PNG match.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup

from triggerpoints.data import Dataset
from triggerpoints.figure import (
    ESSENTIAL_LINE,
    OUTLINE,
    REGION_BORDER,
    SKIN,
    SPILLOVER_LINE,
    selection_zone,
)
from triggerpoints.figure_frame import BACK_CENTER_X, CANVAS_BOTTOM, CANVAS_WIDTH, FRONT_CENTER_X

FIGURE_WIDTH = 720.0
PANEL_GAP = 22.0
PANEL_WIDTH = (FIGURE_WIDTH - PANEL_GAP - 2) / 2
PANEL_TOP = 34.0
EXPORT_LEGEND_HEIGHT = 146.0
# The close-up, in canvas units: the body runs from y 19 (crown) to 837 (soles); a view is 340 wide.
BODY_TOP = 6.0
BODY_BOTTOM = CANVAS_BOTTOM + 2
VIEW_HALF_WIDTH = CANVAS_WIDTH / 4
CROP_MARGIN = 26.0
MIN_CROP_HEIGHT = 280.0
MIN_CROP_ASPECT = 0.9  # width / height of a view's close-up, so a small zone still shows its surroundings
LEGEND = ("Where the pain is usually felt", "Where it is sometimes felt", "The trigger point (press here)")
PNG_FOOTNOTE = "For education only, not a diagnosis · Trigger Point Explorer"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', Arial, sans-serif"
INK = "#1f2a37"
MUTED = "#5b6675"
FRAME = "#d5dae1"
# Solid zone colours (the explorer's are translucent), so the screen, the print and the PNG look alike.
ESSENTIAL = "#b22222"
SPILLOVER = "#f6b8b3"


def svg_points(points: Iterable[tuple[float, float]]) -> str:
    """An outline in SVG `points` form ("x,y x,y …"), as compact as the numbers allow."""
    return " ".join(f"{x:g},{y:g}" for x, y in points)


def _polygons(outlines: Iterable[Iterable[tuple[float, float]]]) -> Markup:
    """One SVG polygon per outline."""
    return Markup("").join(Markup('<polygon points="{}"/>').format(svg_points(o)) for o in outlines)


@dataclass(frozen=True)
class Crop:
    """The part of each view a figure shows: the same box about both midlines, in canvas units."""

    half_width: float
    top: float
    bottom: float

    @property
    def height(self) -> float:
        """The box's height in canvas units."""
        return self.bottom - self.top


def figure_crop(spots: Iterable[tuple[float, float]]) -> Crop:
    """A close-up that holds every spot (zone corners and Xs) on both views, never smaller than head and shoulders."""
    spots = list(spots)
    offsets = [abs(x - (FRONT_CENTER_X if x < CANVAS_WIDTH / 2 else BACK_CENTER_X)) for x, _ in spots]
    ys = [y for _, y in spots] or [CANVAS_BOTTOM / 2]
    height = min(max(max(ys) - min(ys) + 2 * CROP_MARGIN, MIN_CROP_HEIGHT), BODY_BOTTOM - BODY_TOP)
    half_width = min(max(max(offsets, default=0) + CROP_MARGIN, height * MIN_CROP_ASPECT / 2), VIEW_HALF_WIDTH)
    top = min(max((max(ys) + min(ys) - height) / 2, BODY_TOP), BODY_BOTTOM - height)
    return Crop(half_width, top, top + height)


def _text(x: float, y: float, text: str, css_class: str, size: float, anchor: str = "middle") -> Markup:
    """A label with a white halo, so it reads over the body too."""
    return Markup(
        '<text class="{}" x="{:g}" y="{:g}" font-size="{:g}" font-weight="bold" text-anchor="{}" fill="{}" '
        'stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke">{}</text>'
    ).format(css_class, x, y, size, anchor, INK, text)


def _marker(x: float, y: float, scale: float = 1.0) -> Markup:
    """The point's X in a ring, dark on a white halo, so it reads on skin and on the dark red zone alike."""
    cross = "M-7,-7 L7,7 M-7,7 L7,-7"
    return Markup(
        '<g class="trigger-point" transform="translate({:g} {:g}) scale({:g})" stroke-linecap="round" fill="none">'
        '<circle r="12" stroke="#ffffff" stroke-width="5"/><circle r="12" stroke="{}" stroke-width="2.2"/>'
        '<path d="{}" stroke="#ffffff" stroke-width="7"/><path d="{}" stroke="{}" stroke-width="3.4"/></g>'
    ).format(x, y, round(scale, 3), INK, cross, cross, INK)


def _hatch(pattern_id: str) -> Markup:
    """The spillover zone's fill: light red with diagonal lines, so it differs from the essential zone in grey too."""
    return Markup(
        '<pattern id="{}" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">'
        '<rect width="8" height="8" fill="{}"/><line x1="0" y1="0" x2="0" y2="8" stroke="{}" stroke-width="2.6"/>'
        "</pattern>"
    ).format(pattern_id, SPILLOVER, SPILLOVER_LINE)


def legend_keys(key_id: str) -> tuple[Markup, Markup, Markup]:
    """Small SVG keys for the essential zone, the spillover zone and the X, for a legend beside the figure."""
    box = Markup('<svg class="key" viewBox="0 0 30 20" width="30" height="20" aria-hidden="true">{}</svg>')
    essential = Markup('<rect x="1" y="1" width="28" height="18" rx="3" fill="{}" stroke="{}" stroke-width="1.5"/>')
    spillover = Markup(
        '<rect x="1" y="1" width="28" height="18" rx="3" fill="url(#{})" stroke="{}" stroke-width="1.5" '
        'stroke-dasharray="4 2"/>'
    )
    return (
        box.format(essential.format(ESSENTIAL, ESSENTIAL_LINE)),
        box.format(Markup("<defs>{}</defs>").format(_hatch(key_id)) + spillover.format(key_id, SPILLOVER_LINE)),
        box.format(_marker(15, 10, 0.72)),
    )


def _export_legend(figure_id: str, top: float, title: str) -> Markup:
    """What only the downloaded PNG shows under the panels (the page has it in HTML): a title and the legend."""
    keys = [
        Markup('<rect y="-17" width="34" height="22" rx="3" fill="{}" stroke="{}" stroke-width="1.5"/>').format(
            ESSENTIAL, ESSENTIAL_LINE
        ),
        Markup(
            '<rect y="-17" width="34" height="22" rx="3" fill="url(#{}-hatch)" stroke="{}" stroke-width="1.5" '
            'stroke-dasharray="4 2"/>'
        ).format(figure_id, SPILLOVER_LINE),
        _marker(17, -6, 0.9),
    ]
    text = Markup('<text x="{:g}" y="{:g}" font-size="{}" font-weight="{}" fill="{}">{}</text>')
    rows = [text.format(4, 22, 19, "bold", INK, title)]
    for (x, y), key, label in zip(((4, 56), (368, 56), (4, 90)), keys, LEGEND, strict=True):
        rows.append(
            Markup('<g transform="translate({:g} {:g})">{}</g>').format(x, y, key)
            + text.format(x + 46, y, 16, "normal", INK, label)
        )
    rows.append(text.format(414, 90, 16, "normal", INK, "R and L: the person's right and left"))
    rows.append(text.format(4, 122, 13, "normal", MUTED, PNG_FOOTNOTE))
    return Markup('<g class="export-legend" display="none" transform="translate(0 {:g})">{}</g>').format(
        top, Markup("").join(rows)
    )


def body_figure_svg(dataset: Dataset, point_id: str, side: str, figure_id: str) -> Markup:
    """Front and back side by side, close up on the point's X and its zones, as a self-contained inline SVG."""
    zone = selection_zone(dataset, [(point_id, side)])
    essential, spillover = list(zone.essential), list(zone.spillover)
    markers = list(zip(zone.marker_x, zone.marker_y, strict=True))
    crop = figure_crop([p for outline in essential + spillover for p in outline] + markers)
    zoom = PANEL_WIDTH / (2 * crop.half_width)
    panel_height = round(crop.height * zoom, 1)
    height = PANEL_TOP + panel_height + 2
    title = f"{dataset.points[point_id].muscle}, {side} side: the trigger point and where its pain is felt"
    panels = []
    for index, (view, center) in enumerate((("front", FRONT_CENTER_X), ("back", BACK_CENTER_X))):
        x = 1 + index * (PANEL_WIDTH + PANEL_GAP)
        # The front view shows the person's right on the viewer's left; the back view on the viewer's right.
        left, right = ("R", "L") if view == "front" else ("L", "R")
        panels.append(
            Markup(
                '<svg x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}" viewBox="{vx:g} {vy:g} {vw:g} {vh:g}">'
                '<use href="#{fid}-scene"/></svg>'
                '<rect x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}" rx="8" fill="none" stroke="{frame}" '
                'stroke-width="1.2"/>'
            ).format(
                x=x,
                y=PANEL_TOP,
                w=PANEL_WIDTH,
                h=panel_height,
                vx=round(center - crop.half_width, 2),
                vy=round(crop.top, 2),
                vw=round(2 * crop.half_width, 2),
                vh=round(crop.height, 2),
                fid=figure_id,
                frame=FRAME,
            )
            + _text(x + PANEL_WIDTH / 2, PANEL_TOP - 9, view.capitalize(), "view-title", 18)
            + _text(x + 16, PANEL_TOP + 26, left, "side-letter", 17, "start")
            + _text(x + PANEL_WIDTH - 16, PANEL_TOP + 26, right, "side-letter", 17, "end")
        )
    return Markup(
        '<svg xmlns="http://www.w3.org/2000/svg" id="{fid}" class="body-svg" viewBox="0 0 {width:g} {height:g}" '
        'width="100%" role="img" aria-labelledby="{fid}-title" font-family="{font}" '
        'data-export-height="{export_height:g}" data-point="{point_id}" data-side="{side}">'
        '<title id="{fid}-title">{title}</title>'
        "<defs>{hatch}"
        '<g id="{fid}-body">{silhouette}</g>'
        '<g id="{fid}-scene">'
        # The body twice: a wide dark stroke beneath, then the skin on top, leaves a clean outer outline.
        '<use href="#{fid}-body" fill="{outline}" stroke="{outline}" stroke-width="3" stroke-linejoin="round"/>'
        '<use href="#{fid}-body" fill="{skin}" stroke="{border}" stroke-width="0.8" stroke-linejoin="round"/>'
        '<g class="zone-spillover" fill="url(#{fid}-hatch)" stroke="{spill_line}" stroke-width="1.3" '
        'stroke-dasharray="5 3" stroke-linejoin="round">{spillover}</g>'
        '<g class="zone-essential" fill="{essential}" stroke="{essential_line}" stroke-width="1.3" '
        'stroke-linejoin="round">{essential_zone}</g>'
        "{markers}</g>"
        "</defs>"
        '<rect width="{width:g}" height="{export_height:g}" fill="#ffffff"/>'
        "{panels}{legend}"
        "</svg>"
    ).format(
        fid=figure_id,
        width=FIGURE_WIDTH,
        height=height,
        export_height=height + EXPORT_LEGEND_HEIGHT,
        font=FONT,
        point_id=point_id,
        side=side,
        title=title,
        hatch=_hatch(f"{figure_id}-hatch"),
        silhouette=_polygons(region.points for region in dataset.regions.values()),
        outline=OUTLINE,
        skin=SKIN,
        border=REGION_BORDER,
        spill_line=SPILLOVER_LINE,
        spillover=_polygons(spillover),
        essential=ESSENTIAL,
        essential_line=ESSENTIAL_LINE,
        essential_zone=_polygons(essential),
        markers=Markup("").join(_marker(x, y, 1 / zoom) for x, y in markers),
        panels=Markup("").join(panels),
        legend=_export_legend(figure_id, height + 8, f"{dataset.points[point_id].muscle}, {side} side"),
    )
