"""A click on the centre of any X gets that X, or a choice among the Xs there that lists it: never another point
(the whole body, at desktop and phone size). On a phone the answer comes into view without scrolling by hand."""

from __future__ import annotations

import time
from urllib.parse import parse_qs

import pytest
from playwright.sync_api import expect

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


def _picked(answer: dict, point_id: str, side: str) -> str:
    """What an answer did with a click on an X: 'selected', 'offered' (a choice that lists it), or what went wrong."""
    fields = parse_qs((answer.get("query") or "").lstrip("?"))
    chooser = "Several trigger points lie here:" in answer.get("details", "")
    if chooser:
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


# A desktop with a mouse, and a phone (a coarse pointer: the server gives a finger more room and more slack).
@pytest.mark.parametrize(("width", "height", "phone"), [(1280, 800, False), (390, 844, True)], ids=["desktop", "phone"])
def test_a_click_on_an_x_never_picks_another_point(browser, app_url, width, height, phone):
    page = browser.new_page(viewport={"width": width, "height": height}, is_mobile=phone, has_touch=phone)
    errors = _errors(page)
    open_app(page, app_url)
    assert page.evaluate("matchMedia('(pointer: coarse)').matches") is phone
    if phone:  # the details panel starts below the fold, so coming into view is the script's doing
        assert page.evaluate("document.getElementById('point-details').getBoundingClientRect().top") > height - 80
    started, wrong, outcomes = time.monotonic(), [], {"selected": 0, "offered": 0}
    count = page.evaluate(f"{FIGURE}.data[{POINTS_TRACE}].x.length")
    for i in range(count):
        # A selection on a phone scrolls the details into view: back to the figure, and read where the X is now.
        page.evaluate("window.scrollTo(0, 0)")
        x, y, (point_id, side) = page.evaluate(_XS)[i]
        # Plotly reports the X its last hover found: hover here first (whichever X it finds), then click.
        page.evaluate(f"() => {{ {FIGURE}._hoverdata = undefined; }}")
        page.mouse.move(x, y)
        page.wait_for_function(f"() => ({FIGURE}._hoverdata || []).length > 0", timeout=5000)
        with page.expect_response(lambda r: r.url.endswith("/_view") and r.request.method == "POST") as response:
            page.mouse.click(x, y)
        outcome = _picked(response.value.json(), point_id, side)
        if outcome in outcomes:
            outcomes[outcome] += 1
        else:
            wrong.append(f"{point_id} {side} at ({x:.0f}, {y:.0f}): {outcome}")
    print(f"{width}x{height}: {count} Xs in {time.monotonic() - started:.0f} s, {outcomes}")
    assert not wrong, "\n".join(wrong)
    assert outcomes["offered"] > 0, "at whole-body size some Xs stand too close to pick one"
    if phone:
        # The last answer came into view by itself (the test scrolled only before each click).
        expect(page.locator("#point-details")).to_be_in_viewport()
    assert errors == []
    page.close()
