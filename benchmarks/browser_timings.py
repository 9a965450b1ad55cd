"""Measuring in the page itself: from the mouse press to the frame that shows the answer, and first loads.

Times are taken by the page's own clock (`performance.now()`), so the time Playwright takes to send commands is
not counted. A change counts as shown at the first animation frame after the DOM (or the figure) holds it.
"""

from __future__ import annotations

from triggerpoints.figure import POINTS_TRACE
from triggerpoints.figure_shapes import HIDDEN_PATH, SELECTED_SHAPE

GRAPH = ".js-plotly-plot"

# Installs the watch for one click: `start` at the mouse press, then one end time per check once it holds.
# Checks: baseline (the line of text changed), panel (details of a point and side), zone (the figure shows the
# point as selected) and candidates (the pain finder's list is filled, or emptied).
_ARM = f"""([checks]) => {{
  const gd = document.querySelector('{GRAPH}');
  const line = document.querySelector('#line');
  const before = line ? line.textContent : null;
  const tests = {{
    baseline: () => line.textContent !== before,
    panel: ([id, side]) => !!document.querySelector(
      `#point-details .detail-head[data-point-id="${{id}}"][data-side="${{side}}"]`),
    zone: ([x, y]) => {{
      const ring = (gd.layout.shapes || [])[{SELECTED_SHAPE}] || {{}};
      return ring.path !== '{HIDDEN_PATH}' && ring.xanchor === x && ring.yanchor === y;
    }},
    candidates: (filled) => (document.querySelectorAll('#candidate-list li[data-point-id]').length > 0) === filled,
  }};
  const bench = {{start: null, ends: {{}}, pending: Object.keys(checks).length}};
  window.__bench = bench;
  const look = () => {{
    if (bench.start === null) return;
    for (const [name, arg] of Object.entries(checks)) {{
      if (bench.ends[name] === undefined && tests[name](arg)) {{
        bench.ends[name] = null;
        requestAnimationFrame(() => {{
          bench.ends[name] = performance.now() - bench.start;
          bench.pending -= 1;
          if (bench.pending === 0) {{ stop(); }}
        }});
      }}
    }}
  }};
  // Each click arms a new watch; the finished one stops listening, so watches do not pile up over a run.
  const stop = () => {{
    observer.disconnect();
    gd.removeListener('plotly_afterplot', look);
    gd.removeListener('plotly_react', look);
  }};
  const observer = new MutationObserver(look);
  observer.observe(document.body, {{subtree: true, childList: true, attributes: true, characterData: true}});
  gd.on('plotly_afterplot', look);
  gd.on('plotly_react', look);
  document.addEventListener('mousedown', () => {{ bench.start = performance.now(); look(); }},
                            {{capture: true, once: true}});
}}"""

_DONE = "() => window.__bench && window.__bench.pending === 0"

_POSITION = f"""([x, y]) => {{
  const gd = document.querySelector('{GRAPH}');
  const box = gd.getBoundingClientRect(), xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
  return [box.left + xa._offset + xa.l2p(x), box.top + ya._offset + ya.l2p(y)];
}}"""

_HOVERING = f"""([trace, index]) => {{
  const hover = document.querySelector('{GRAPH}')._hoverdata || [];
  return hover.length > 0 && hover[0].curveNumber === trace && hover[0].pointNumber === index;
}}"""

_MARKER = f"""([trace, id, side]) => {{
  const data = document.querySelector('{GRAPH}').data[trace];
  const index = id === null ? 0 : data.customdata.findIndex(c => c[0] === id && c[1] === side);
  return [index, data.x[index], data.y[index]];
}}"""

# Set before the page's own scripts run: notes when the figure is first drawn and can take clicks.
INTERACTIVE = f"""(() => {{
  const look = () => {{
    const gd = document.querySelector('{GRAPH}');
    if (gd && gd._fullLayout && gd.querySelector('.scatterlayer .trace')) {{
      window.__interactive = performance.now();
    }} else {{
      requestAnimationFrame(look);
    }}
  }};
  requestAnimationFrame(look);
}})();"""


def _click(page, x: float, y: float, checks: dict) -> dict[str, float]:
    """Presses at (x, y) in the page and returns the milliseconds until each check held on screen."""
    page.evaluate(_ARM, [checks])
    page.mouse.click(x, y)
    page.wait_for_function(_DONE, timeout=20000)
    return page.evaluate("() => window.__bench.ends")


def _hover_marker(page, trace: int, point_id: str | None, side: str | None) -> tuple[float, float, float, float]:
    """Points at a marker until Plotly hovers it; returns its page position and figure coordinates."""
    index, fx, fy = page.evaluate(_MARKER, [trace, point_id, side])
    x, y = page.evaluate(_POSITION, [fx, fy])
    page.mouse.move(x, y - 8)
    page.mouse.move(x, y)
    page.wait_for_function(_HOVERING, arg=[trace, index], timeout=5000)
    return x, y, fx, fy


def click_baseline_marker(page) -> dict[str, float]:
    """The baseline's round trip: its one marker clicked, until the new line of text shows."""
    x, y, _, _ = _hover_marker(page, 0, None, None)
    return _click(page, x, y, {"baseline": True})


def click_x(page, point_id: str, side: str) -> dict[str, float]:
    """An X clicked in the explorer, until its details show (panel) and its zone is drawn (zone)."""
    x, y, fx, fy = _hover_marker(page, POINTS_TRACE, point_id, side)
    return _click(page, x, y, {"panel": [point_id, side], "zone": [fx, fy]})


def click_region(page, spot: tuple[float, float], label: str, marks: bool) -> dict[str, float]:
    """A region clicked in the pain finder, until the candidate list is filled (marks) or emptied (unmarks).

    The pointer rests until the region's name shows, so Plotly's hover (which a click uses) is on this region.
    """
    x, y = page.evaluate(_POSITION, list(spot))
    page.mouse.move(x - 4, y)
    # Plotly puts a click where its last hover was: the hover of the move just before may still be the last one
    # (Plotly defers a hover that comes too soon), 4 px away and in another fine region. So wait for this one.
    page.evaluate(f"() => {{ document.querySelector('{GRAPH}')._hoverXVals = undefined; }}")
    page.mouse.move(x, y)
    page.wait_for_function(f"() => document.querySelector('{GRAPH}')._hoverXVals !== undefined", timeout=5000)
    page.wait_for_function(
        "(label) => (document.querySelector('.region-tooltip') || {}).textContent === label",
        arg=label,
        timeout=5000,
    )
    return _click(page, x, y, {"candidates": marks})


def first_load(browser, url: str) -> tuple[float, int]:
    """Opens url in a fresh context (empty cache): ms until the figure is interactive, and bytes transferred."""
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    context.add_init_script(INTERACTIVE)
    page = context.new_page()
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(url)
    page.wait_for_function("() => window.__interactive !== undefined", timeout=60000)
    page.wait_for_load_state("networkidle")
    interactive = page.evaluate("() => window.__interactive")
    sizes = [request.sizes() for request in finished]
    context.close()
    return interactive, sum(s["responseBodySize"] + s["responseHeadersSize"] for s in sizes)
