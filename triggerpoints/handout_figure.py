"""The handout's body figure: an inline SVG of the views that show the pattern, framed on the point and its zones,
with a legend.

The body is the app's (the atlas's silhouettes, outline and landmarks), the zones are the app's smooth zones
(`triggerpoints.figure.selection_zone`), and the point's muscle lies softly under them (`triggerpoints.muscle_map`):
a pale fill under the zones, its thin outline over them (dashed when the muscle lies deep), so the zone leads. The
views are the ones the explorer frames a pattern on (`triggerpoints.zoom.framed_views`: the X's view that shows
most of the zone, and the one that shows most of the essential zone when that is elsewhere), so temporalis shows
the right side alone, never an empty back. Every panel has the same scale and height, so the views read as one
body. Every value is inserted with `Markup.format`, which escapes it; colours are solid so screen, print and PNG
match.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from markupsafe import Markup

from triggerpoints.atlas.views import build_views
from triggerpoints.data import Dataset
from triggerpoints.figure import (
    ESSENTIAL_LINE,
    LANDMARK,
    OUTLINE,
    SKIN,
    SPILLOVER_LINE,
    VIEW_TITLES,
    selection_zone,
)
from triggerpoints.figure_frame import CANVAS_BOTTOM, VIEW_BOUNDS, VIEW_CENTERS, VIEWS
from triggerpoints.muscle_map import selected_muscle
from triggerpoints.zoom import framed_views

FIGURE_WIDTH = 720.0
PANEL_GAP = 22.0
PANEL_TOP = 34.0
MAX_PANEL_HEIGHT = 640.0  # figure units: one narrow view alone is shown no taller than this
EXPORT_LEGEND_HEIGHT = 174.0
# The close-up, in canvas units: the body runs from y 20 (crown) to about 877 (the toes on the back view).
BODY_TOP = 8.0
BODY_BOTTOM = CANVAS_BOTTOM
VIEW_HALF_WIDTH = 170.0  # from a front or back view's midline to the edge of its part of the canvas
CROP_MARGIN = 26.0
MIN_CROP_HEIGHT = 220.0
MIN_CROP_ASPECT = 0.9  # width / height of a view's close-up, so a small zone still shows its surroundings
LEGEND = (
    "Where the pain is usually felt",
    "Where it is sometimes felt",
    "The trigger point (press here)",
    "The muscle it lies in",
)
PNG_FOOTNOTE = "For education only, not a diagnosis · Trigger Point Explorer"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', Arial, sans-serif"
INK = "#1f2a37"
MUTED = "#5b6675"
FRAME = "#d5dae1"
# Solid zone colours (the explorer's are translucent), so the screen, the print and the PNG look alike.
ESSENTIAL = "#b22222"
SPILLOVER = "#f6b8b3"
# The muscle, pale green-grey apart from the red zones, solid like them.
MUSCLE_FILL = "#dcebe4"
MUSCLE_LINE = "#3f8a78"


def svg_points(points: Iterable[tuple[float, float]]) -> str:
    """An outline in SVG `points` form ("x,y x,y …"), as compact as the numbers allow."""
    return " ".join(f"{x:g},{y:g}" for x, y in points)


def _path(rings: Iterable[Iterable[tuple[float, float]]], closed: bool = True) -> str:
    """SVG path data with one subpath per ring (closed) or stroke (open)."""
    end = "Z" if closed else ""
    return "".join("M" + "L".join(f"{x:g},{y:g}" for x, y in ring) + end for ring in rings)


def _paths(rings: Iterable[Iterable[tuple[float, float]]]) -> Markup:
    """One SVG path of closed rings (read even-odd, so a zone's holes stay holes)."""
    data = _path(rings)
    return Markup('<path d="{}" fill-rule="evenodd"/>').format(data) if data else Markup("")


@dataclass(frozen=True)
class Crop:
    """The part of one view a panel shows, in canvas units."""

    view: str
    left: float
    right: float
    top: float
    bottom: float

    @property
    def width(self) -> float:
        """The box's width in canvas units."""
        return self.right - self.left

    @property
    def height(self) -> float:
        """The box's height in canvas units."""
        return self.bottom - self.top


def figure_crops(spots: Mapping[str, Iterable[tuple[float, float]]]) -> list[Crop]:
    """Close-ups of each view that hold its spots (zone corners and Xs), all of the same height and vertical
    place, never smaller than head and shoulders; front and back centred on the midline, so R and L both show."""
    spots = {view: list(points) for view, points in spots.items() if points}
    ys = [y for points in spots.values() for _, y in points] or [CANVAS_BOTTOM / 2]
    height = min(max(max(ys) - min(ys) + 2 * CROP_MARGIN, MIN_CROP_HEIGHT), BODY_BOTTOM - BODY_TOP)
    top = min(max((max(ys) + min(ys) - height) / 2, BODY_TOP), BODY_BOTTOM - height)
    crops = []
    for view in (v for v in VIEWS if v in spots):
        xs = [x for x, _ in spots[view]]
        center = VIEW_CENTERS[view]
        if view == "side":
            low, high = VIEW_BOUNDS[view]
            width = min(max(max(xs) - min(xs) + 2 * CROP_MARGIN, height * MIN_CROP_ASPECT), high - low)
            left = min(max((max(xs) + min(xs) - width) / 2, low), high - width)
            crops.append(Crop(view, left, left + width, top, top + height))
        else:
            reach = max(abs(x - center) for x in xs) + CROP_MARGIN
            half = min(max(reach, height * MIN_CROP_ASPECT / 2), VIEW_HALF_WIDTH)
            crops.append(Crop(view, center - half, center + half, top, top + height))
    return crops


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


def _hatch(pattern_id: str, scale: float = 1.0) -> Markup:
    """The spillover zone's fill: light red with diagonal lines, so it differs from the essential zone in grey too
    (scale: the pattern's size in the units of what it fills, per unit of the figure)."""
    return Markup(
        '<pattern id="{}" patternUnits="userSpaceOnUse" width="8" height="8" '
        'patternTransform="rotate(45) scale({:g})">'
        '<rect width="8" height="8" fill="{}"/><line x1="0" y1="0" x2="0" y2="8" stroke="{}" stroke-width="2.6"/>'
        "</pattern>"
    ).format(pattern_id, round(scale, 4), SPILLOVER, SPILLOVER_LINE)


def _muscle_key(width: float, height: float, y: float = 1) -> Markup:
    """The muscle's key: its pale fill and thin outline."""
    return Markup(
        '<rect x="1" y="{:g}" width="{:g}" height="{:g}" rx="3" fill="{}" stroke="{}" stroke-width="1.3"/>'
    ).format(y, width, height, MUSCLE_FILL, MUSCLE_LINE)


def legend_keys(key_id: str) -> tuple[Markup, Markup, Markup, Markup]:
    """Small SVG keys for the essential zone, the spillover zone, the X and the muscle, for a legend beside the
    figure."""
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
        box.format(_muscle_key(28, 18)),
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
        _muscle_key(32, 22, -17),
    ]
    text = Markup('<text x="{:g}" y="{:g}" font-size="{}" font-weight="{}" fill="{}">{}</text>')
    rows = [text.format(4, 22, 19, "bold", INK, title)]
    for (x, y), key, label in zip(((4, 56), (368, 56), (4, 90), (368, 90)), keys, LEGEND, strict=True):
        rows.append(
            Markup('<g transform="translate({:g} {:g})">{}</g>').format(x, y, key)
            + text.format(x + 46, y, 16, "normal", INK, label)
        )
    rows.append(text.format(4, 122, 16, "normal", INK, "R and L: the person's right and left"))
    rows.append(text.format(4, 150, 13, "normal", MUTED, PNG_FOOTNOTE))
    return Markup('<g class="export-legend" display="none" transform="translate(0 {:g})">{}</g>').format(
        top, Markup("").join(rows)
    )


def _body(scale: float) -> tuple[Markup, Markup]:
    """The drawn body: the skin of every view, and its lines (outline, contours, landmarks) to lay over the zones,
    with line widths in figure units whatever the scale."""
    views = build_views().values()
    skin = _path(view.silhouette for view in views)
    outline = _path([*(view.silhouette for view in views)], closed=True) + _path(
        (line for view in views for line in view.contours), closed=False
    )
    landmarks = _path((s for view in views for mark in view.landmarks for s in mark.strokes), closed=False)
    lines = Markup(
        '<g fill="none" stroke-linecap="round" stroke-linejoin="round">'
        '<path d="{}" stroke="{}" stroke-width="{:g}"/><path d="{}" stroke="{}" stroke-width="{:g}"/></g>'
    ).format(landmarks, LANDMARK, round(1.0 / scale, 3), outline, OUTLINE, round(1.6 / scale, 3))
    return Markup('<path d="{}" fill="{}"/>').format(skin, SKIN), lines


def body_figure_svg(dataset: Dataset, point_id: str, side: str, figure_id: str) -> Markup:
    """The views that show the point's pattern side by side, close up on its X and zones, as a self-contained inline
    SVG."""
    zone = selection_zone(dataset, [(point_id, side)])
    views = framed_views(dataset, (point_id, side))
    spots = {
        view: [p for ring in sum(zone.rings([view]), ()) for p in ring]
        + [(x, y) for v, x, y in zone.markers if v == view]
        for view in views
    }
    crops = figure_crops(spots)
    gaps = PANEL_GAP * (len(crops) - 1)
    scale = min((FIGURE_WIDTH - 2 - gaps) / sum(c.width for c in crops), MAX_PANEL_HEIGHT / crops[0].height)
    panel_height = round(crops[0].height * scale, 1)
    height = PANEL_TOP + panel_height + 2
    used = sum(round(c.width * scale, 1) for c in crops) + gaps
    title = f"{dataset.point_name(point_id)}, {side} side: the trigger point and where its pain is felt"
    panels = []
    x = 1 + (FIGURE_WIDTH - 2 - used) / 2
    for crop in crops:
        width = round(crop.width * scale, 1)
        letters = Markup("")
        if crop.view != "side":
            # The front view shows the person's right on the viewer's left; the back view on the viewer's right.
            left, right = ("R", "L") if crop.view == "front" else ("L", "R")
            letters = _text(x + 16, PANEL_TOP + 26, left, "side-letter", 17, "start") + _text(
                x + width - 16, PANEL_TOP + 26, right, "side-letter", 17, "end"
            )
        panels.append(
            Markup(
                '<svg x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}" viewBox="{vx:g} {vy:g} {vw:g} {vh:g}">'
                '<use href="#{fid}-scene"/></svg>'
                '<rect x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}" rx="8" fill="none" stroke="{frame}" '
                'stroke-width="1.2"/>'
            ).format(
                x=round(x, 1),
                y=PANEL_TOP,
                w=width,
                h=panel_height,
                vx=round(crop.left, 2),
                vy=round(crop.top, 2),
                vw=round(crop.width, 2),
                vh=round(crop.height, 2),
                fid=figure_id,
                frame=FRAME,
            )
            + _text(x + width / 2, PANEL_TOP - 9, VIEW_TITLES[crop.view], "view-title", 18)
            + letters
        )
        x += width + PANEL_GAP
    essential, spillover = zone.rings(views)
    muscle, deep = selected_muscle(dataset, point_id, side)
    skin, lines = _body(scale)
    return Markup(
        '<svg xmlns="http://www.w3.org/2000/svg" id="{fid}" class="body-svg" viewBox="0 0 {width:g} {height:g}" '
        'width="100%" role="img" aria-labelledby="{fid}-title" font-family="{font}" '
        'data-export-height="{export_height:g}" data-point="{point_id}" data-side="{side}">'
        '<title id="{fid}-title">{title}</title>'
        "<defs>{hatch}{scene_hatch}"
        '<g id="{fid}-scene">{skin}'
        '<g class="muscle-fill" fill="{muscle_fill}">{muscle}</g>'
        '<g class="zone-spillover" fill="url(#{fid}-scene-hatch)" stroke="{spill_line}" stroke-width="{zone_line:g}" '
        'stroke-dasharray="{dash}" stroke-linejoin="round">{spillover}</g>'
        '<g class="zone-essential" fill="{essential}" stroke="{essential_line}" stroke-width="{zone_line:g}" '
        'stroke-linejoin="round">{essential_zone}</g>'
        '<g class="muscle-outline" fill="none" stroke="{muscle_line}" stroke-width="{muscle_width:g}" '
        'stroke-dasharray="{muscle_dash}" stroke-linejoin="round">{muscle}</g>'
        "{lines}{markers}</g>"
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
        scene_hatch=_hatch(f"{figure_id}-scene-hatch", 1 / scale),
        skin=skin,
        spill_line=SPILLOVER_LINE,
        zone_line=round(1.3 / scale, 3),
        dash=f"{5 / scale:.2f} {3 / scale:.2f}",
        spillover=_paths(spillover),
        essential=ESSENTIAL,
        essential_line=ESSENTIAL_LINE,
        essential_zone=_paths(essential),
        muscle=_paths(muscle),
        muscle_fill=MUSCLE_FILL,
        muscle_line=MUSCLE_LINE,
        muscle_width=round(1.1 / scale, 3),
        muscle_dash=f"{4 / scale:.2f} {3 / scale:.2f}" if deep else "none",
        lines=lines,
        markers=Markup("").join(_marker(x, y, 1 / scale) for view, x, y in zone.markers if view in views),
        panels=Markup("").join(panels),
        legend=_export_legend(figure_id, height + 8, f"{dataset.point_name(point_id)}, {side} side"),
    )
