"""A click on the centre of any X gets that X, or a choice among the Xs there that lists it: never another point
(the whole body, at desktop and phone size). On a phone the answer comes into view without scrolling by hand.

Every X is checked in the browser in one go: it is drawn inside the screen, nothing lies over it (the figure's own
click surface is the top element there), and the server answers a click on it, sent as the page sends it, with
that X, also when the click lands a pixel towards the nearest other X. A deterministic sample (every Nth X and the most crowded ones) is then clicked for real, through Plotly's
hover and click and the page's script, so the path from the mouse to that request is proven too."""

from __future__ import annotations

import time
from collections import Counter
from urllib.parse import parse_qs

import pytest
from playwright.sync_api import expect

from components import ids
from server.view_route import VIEW_PATH
from tests.browser.helpers import FIGURE, open_app
from triggerpoints.figure import POINTS_TRACE

# Every X the figure draws, in page coordinates, with its [point, side].
_XS = f"""() => {{
  const gd = {FIGURE};
  const trace = gd.data[{POINTS_TRACE}];
  const box = gd.getBoundingClientRect();
  const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
  return trace.x.map((x, i) => [box.left + xa._offset + xa.l2p(x), box.top + ya._offset + ya.l2p(trace.y[i]),
                                trace.customdata[i]]);
}}"""

# For each of the Xs at these page positions: whether it lies inside the screen, the element on top there, and the
# server's answers to a click on its centre and a pixel off it, sent as assets/view_panels.js sends a click (the view
# the page shows, where the click fell in figure units, the figure's units per pixel, whether the pointer is a
# finger). Plotly's own pick is left out, so each answer rests on where the click fell alone (the server uses
# Plotly's pick only when no X is near).
_CHECK_EVERY_X = f"""async (positions) => {{
  const gd = {FIGURE};
  const view = window.dash_component_api.getLayout('{ids.VIEW}').props.data;
  const box = gd.getBoundingClientRect();
  const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
  const scale = Math.abs(xa.range[1] - xa.range[0]) / xa._length;
  const coarse = window.matchMedia('(pointer: coarse)').matches;
  const place = (x, y) => ({{points: [], xvals: [xa.p2l(x - box.left - xa._offset)],
                             yvals: [ya.p2l(y - box.top - ya._offset)], scale: scale, coarse: coarse}});
  const checks = positions.map(([x, y], i) => {{
    const top = document.elementFromPoint(x, y);
    // A real click lands up to about a pixel from where it was aimed: the worst pixel is the one towards the
    // nearest other X.
    let near = null, gap = Infinity;
    positions.forEach(([u, v], j) => {{
      const d = Math.hypot(u - x, v - y);
      if (j !== i && d < gap) {{ near = [u, v]; gap = d; }}
    }});
    const off = gap > 0 && gap < Infinity ? [x + (near[0] - x) / gap, y + (near[1] - y) / gap] : [x, y];
    return {{
      onScreen: x >= 0 && y >= 0 && x < window.innerWidth && y < window.innerHeight,
      onTop: top ? (top.closest('.js-plotly-plot') === gd && top.classList.contains('drag') ? 'figure'
                    : top.tagName.toLowerCase() + '.' + top.getAttribute('class')) : 'nothing',
      places: [place(x, y), place(...off)],
      answers: [],
    }};
  }});
  const requests = checks.flatMap((check) => check.places.map((click, k) => [check, k, click]));
  let next = 0;
  const ask = async () => {{
    while (next < requests.length) {{
      const [check, k, click] = requests[next++];
      const response = await fetch('{VIEW_PATH}', {{method: 'POST', headers: {{'Content-Type': 'application/json'}},
                                              body: JSON.stringify({{view: view.query, click: click}})}});
      const answer = response.ok ? await response.json() : {{query: 'HTTP ' + response.status}};
      check.answers[k] = {{query: answer.query, details: answer.details || ''}};
    }}
  }};
  await Promise.all([ask(), ask(), ask()]);  // a few at a time, as a browser sends them
  return {{clicks: view.clicks, checks: checks}};
}}"""

CLICK_EVERY = 25  # every 25th X is clicked for real (22 of about 540), and the most crowded ones
CROWDED = 12
CHOOSER = "Several trigger points lie here:"


def _picked(answer: dict, point_id: str, side: str) -> str:
    """What an answer did with a click on an X: 'selected', 'offered' (a choice that lists it), or what went wrong."""
    fields = parse_qs((answer.get("query") or "").lstrip("?"))
    if CHOOSER in answer.get("details", ""):
        listed = f'data-point-id="{point_id}" data-side="{side}"' in answer["details"]
        return "offered" if listed else "a choice without it"
    if fields.get("point") == [point_id] and fields.get("side", ["right"]) == [side]:
        return "selected"
    return f"picked {fields.get('point')} {fields.get('side', ['right'])}"


def _errors(page) -> list[str]:
    """Errors the page logs or throws (as the `console_errors` fixture collects them)."""
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


def _sample(xs: list) -> list[int]:
    """The Xs to click for real: every Nth, and the ones drawn closest to another X (where a pick can go wrong)."""

    def gap(i: int) -> float:
        x, y, _ = xs[i]
        return min(((x - u) ** 2 + (y - v) ** 2) ** 0.5 for j, (u, v, _) in enumerate(xs) if j != i)

    crowded = sorted(range(len(xs)), key=lambda i: (gap(i), i))[:CROWDED]
    return sorted(set(range(0, len(xs), CLICK_EVERY)) | set(crowded))


def _click(page, i: int) -> tuple[str, str, str]:
    """Clicks the i-th X as a user would; returns its point, side and what the answer did with it."""
    # A selection on a phone scrolls the details into view: back to the figure, and read where the X is now.
    page.evaluate("window.scrollTo(0, 0)")
    x, y, (point_id, side) = page.evaluate(_XS)[i]
    # Plotly reports the X its last hover found: hover here first (whichever X it finds), then click.
    page.evaluate(f"() => {{ {FIGURE}._hoverdata = undefined; }}")
    page.mouse.move(x, y)
    page.wait_for_function(f"() => ({FIGURE}._hoverdata || []).length > 0", timeout=5000)
    with page.expect_response(lambda r: r.url.endswith(VIEW_PATH) and r.request.method == "POST") as response:
        page.mouse.click(x, y)
    return point_id, side, _picked(response.value.json(), point_id, side)


# A desktop with a mouse, and a phone (a coarse pointer: the server gives a finger more room and more slack).
@pytest.mark.parametrize(("width", "height", "phone"), [(1280, 800, False), (390, 844, True)], ids=["desktop", "phone"])
def test_a_click_on_an_x_never_picks_another_point(browser, app_url, dataset, width, height, phone):
    page = browser.new_page(viewport={"width": width, "height": height}, is_mobile=phone, has_touch=phone)
    errors = _errors(page)
    open_app(page, app_url)
    assert page.evaluate("matchMedia('(pointer: coarse)').matches") is phone
    if phone:  # the details panel starts below the fold, so coming into view is the script's doing
        assert page.evaluate("document.getElementById('point-details').getBoundingClientRect().top") > height - 80
    started = time.monotonic()
    xs = page.evaluate(_XS)
    # Every X the data has is drawn: one per point, side and view it is drawn on.
    expected = Counter((p, s) for p in dataset.points for s in ("right", "left") for _ in dataset.point_views(p, s))
    drawn = Counter((point_id, side) for _, _, (point_id, side) in xs)
    assert drawn == expected, f"missing {expected - drawn}, extra {drawn - expected}"
    checked = page.evaluate(_CHECK_EVERY_X, [[x, y] for x, y, _ in xs])
    assert checked["clicks"] == "view", "the figure's clicks go to the view"
    wrong, outcomes = [], {"selected": 0, "offered": 0}
    for (x, y, (point_id, side)), check in zip(xs, checked["checks"], strict=True):
        where = f"{point_id} {side} at ({x:.0f}, {y:.0f})"
        if not check["onScreen"]:
            wrong.append(f"{where}: off the screen")
        if check["onTop"] != "figure":
            wrong.append(f"{where}: covered by {check['onTop']}")
        centre, off = (_picked(answer, point_id, side) for answer in check["answers"])
        if centre in outcomes:
            outcomes[centre] += 1
        else:
            wrong.append(f"{where}: {centre}")
        if off not in outcomes:
            wrong.append(f"{where}, a pixel towards the nearest X: {off}")
    assert not wrong, "\n".join(wrong)
    assert outcomes["offered"] > 0, "at whole-body size some Xs stand too close to pick one"
    # The same, through the mouse and the page's own script, for a sample.
    sample = _sample(xs)
    for i in sample:
        point_id, side, outcome = _click(page, i)
        if outcome not in outcomes:
            wrong.append(f"{point_id} {side}, clicked: {outcome}")
    print(f"{width}x{height}: {len(xs)} Xs, {len(sample)} clicked, in {time.monotonic() - started:.1f} s, {outcomes}")
    assert not wrong, "\n".join(wrong)
    if phone:
        # The last answer came into view by itself (the test scrolled only before each click).
        expect(page.locator("#point-details")).to_be_in_viewport()
    assert errors == []
    page.close()
