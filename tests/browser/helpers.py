"""Browser helpers: find where an X is drawn, click it, read what the figure shows."""

from __future__ import annotations

from playwright.sync_api import expect
from shapely.geometry import Polygon

from triggerpoints.figure import POINTS_TRACE
from triggerpoints.figure_shapes import (
    ESSENTIAL_SHAPE,
    HIDDEN_PATH,
    MARKED_FILL_SHAPE,
    SELECTED_SHAPE,
    SKIN_SHAPE,
    SPILLOVER_SHAPE,
    shape_outlines,
)

__all__ = ["ESSENTIAL_SHAPE", "HIDDEN_PATH", "MARKED_FILL_SHAPE", "SELECTED_SHAPE", "SKIN_SHAPE", "SPILLOVER_SHAPE"]
FIGURE = "document.querySelector('#body-map .js-plotly-plot')"

_X_POSITION = f"""([pointId, side]) => {{
  const gd = {FIGURE};
  const trace = gd.data[{POINTS_TRACE}];
  const i = trace.customdata.findIndex(c => c[0] === pointId && c[1] === side);
  const box = gd.getBoundingClientRect();
  const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
  return [box.left + xa._offset + xa.l2p(trace.x[i]), box.top + ya._offset + ya.l2p(trace.y[i])];
}}"""

_DATA_TO_PAGE = f"""([x, y]) => {{
  const gd = {FIGURE};
  const box = gd.getBoundingClientRect();
  const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
  return [box.left + xa._offset + xa.l2p(x), box.top + ya._offset + ya.l2p(y)];
}}"""


def open_app(page, url: str) -> None:
    """Opens a page of the app and waits until the figure is drawn."""
    page.goto(url)
    page.wait_for_selector("#body-map .js-plotly-plot .scatterlayer")
    page.wait_for_function(f"() => {FIGURE}._fullLayout !== undefined")


def click_x(page, point_id: str, side: str) -> None:
    """Hovers and clicks the X of a point as a user would."""
    x, y = page.evaluate(_X_POSITION, [point_id, side])
    page.mouse.move(x, y - 6)
    page.mouse.move(x, y)
    # Plotly must be hovering this very X (not a neighbour, not mid-redraw) before the click counts.
    page.wait_for_function(
        f"""([pointId, side]) => {{
          const hover = {FIGURE}._hoverdata || [];
          return hover.length > 0 && hover[0].customdata && hover[0].customdata[0] === pointId
                 && hover[0].customdata[1] === side;
        }}""",
        arg=[point_id, side],
        timeout=5000,
    )
    page.mouse.click(x, y)


def shape_xs(page, slot: int) -> list[float]:
    """The x values a shape slot draws now (none when hidden; the selected X's position for the ring)."""
    shape = page.evaluate(f"{FIGURE}.layout.shapes[{slot}]")
    if shape["path"] == HIDDEN_PATH:
        return []
    if slot == SELECTED_SHAPE:
        return [shape["xanchor"]]
    return [x for outline in shape_outlines(shape["path"]) for x, _ in outline]


def shape_shown(page, slot: int) -> None:
    """Waits until a shape slot is drawn."""
    page.wait_for_function(f"() => {FIGURE}.layout.shapes[{slot}].path !== '{HIDDEN_PATH}'")


def zone_sides(page, slot: int = ESSENTIAL_SHAPE) -> set[str]:
    """The person's sides a zone is drawn on (front view centre 170, back view centre 510)."""
    xs = [x for x in shape_xs(page, slot) if abs(x - 170) > 0.2 and abs(x - 510) > 0.2]  # midline is shared
    return {"right" if x < 170 or x > 510 else "left" for x in xs}


def zoom_to(page, option: str) -> None:
    """Chooses an area in the zoom control and waits for the figure to move there."""
    before = page.evaluate("document.querySelector('#body-map .js-plotly-plot')._fullLayout.xaxis.range.join()")
    page.locator("#zoom").click()
    page.get_by_role("option", name=option, exact=True).click()
    page.wait_for_function(f"() => {FIGURE}._fullLayout.xaxis.range.join() !== '{before}'")


def region_spot(dataset, region_id: str, view: str | None = None) -> tuple[float, float]:
    """A point well inside a region on a view (by default the first it is drawn on), in figure coordinates."""
    region = dataset.regions[region_id]
    return Polygon(region.outline(view or region.views[0])).representative_point().coords[0]


def hover_region(page, dataset, region_id: str, view: str | None = None) -> tuple[float, float]:
    """Moves the pointer over a region of the figure (on a view it is drawn on); returns the page position."""
    x, y = page.evaluate(_DATA_TO_PAGE, list(region_spot(dataset, region_id, view)))
    page.mouse.move(x - 3, y)
    page.mouse.move(x, y)
    return x, y


def click_region(page, dataset, region_id: str, view: str | None = None) -> None:
    """Points at a region until its name shows, then clicks it, as a user would (in the pain finder this toggles it)."""
    region = dataset.regions[region_id]
    x, y = hover_region(page, dataset, region_id, view)
    expect(page.locator(".region-tooltip")).to_contain_text(dataset.area_label(region.area, region.side))
    page.mouse.click(x, y)


def figure_ready(page) -> None:
    """Waits until Plotly has finished drawing the latest figure update."""
    page.wait_for_function(f"() => !{FIGURE}.classList.contains('dash-graph--pending')")


def callbacks_settled(page) -> None:
    """Waits until Dash has no callback requested, running or waiting to apply (as dash.testing checks)."""
    page.wait_for_function(
        """() => {
          const callbacks = Object.assign({}, window.store.getState().callbacks);
          delete callbacks.stored;
          delete callbacks.completed;
          return Object.values(callbacks).every((list) => list.length === 0);
        }"""
    )


def page_settled(page) -> None:
    """Waits until the page is still: no callback pending, the figure drawn, and no transition or animation running
    (a colour half-way through a fade would be scanned as it looks at that moment)."""
    callbacks_settled(page)
    figure_ready(page)
    page.wait_for_function("() => document.getAnimations().every((a) => a.playState !== 'running')")


def hover_at(page, x: float, y: float) -> None:
    """Moves the pointer to (x, y) and waits until Plotly has handled the hover there: with clickanywhere, a click
    reports the figure coordinates the last hover found (`_hoverXVals`), so it must be this one."""
    page.evaluate(f"() => {{ {FIGURE}._hoverXVals = undefined; }}")
    page.mouse.move(x, y)
    page.wait_for_function(f"() => {FIGURE}._hoverXVals !== undefined")
