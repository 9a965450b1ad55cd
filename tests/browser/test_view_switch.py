"""The view switch: on a phone, one whole view fills the map's width, and the link keeps it."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.helpers import FIGURE, callbacks_settled, figure_ready, open_app
from triggerpoints.figure import POINTS_TRACE

BODY_HEIGHT = f"""() => {{
  const gd = {FIGURE};
  const ya = gd._fullLayout.yaxis;
  return Math.abs(ya.l2p(830) - ya.l2p(20));
}}"""
# Where a point's X on the side view is on the page (the side view starts at x = 672 on the canvas).
SIDE_X = f"""(pointId) => {{
  const gd = {FIGURE};
  const trace = gd.data[{POINTS_TRACE}];
  const i = trace.customdata.findIndex((c, j) => c[0] === pointId && c[1] === "right" && trace.x[j] > 672);
  const box = gd.getBoundingClientRect();
  const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
  return [box.left + xa._offset + xa.l2p(trace.x[i]), box.top + ya._offset + ya.l2p(trace.y[i])];
}}"""


def test_on_a_phone_one_view_is_drawn_far_larger_and_its_xs_still_answer(browser, app_url, console_errors):
    page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    open_app(page, app_url)
    all_views = page.evaluate(BODY_HEIGHT)
    page.locator(".view-switch").get_by_text("Right side", exact=True).click()
    page.wait_for_function("() => location.search.includes('zoom=whole-body|side')")
    callbacks_settled(page)
    figure_ready(page)
    page.wait_for_function(f"() => {FIGURE}._fullLayout.xaxis.range[0] > 640")
    one_view = page.evaluate(BODY_HEIGHT)
    assert one_view > 1.5 * all_views, f"the body is {one_view:.0f} px tall alone, {all_views:.0f} px with all views"
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, "nothing runs off the side"

    page.reload()
    page.wait_for_selector("#body-map .js-plotly-plot .scatterlayer")
    expect(page.get_by_role("radio", name="Right side")).to_be_checked()
    # Temporalis' two Xs stand too close to tell apart at whole-body size on a phone; one view large picks it.
    x, y = page.evaluate(SIDE_X, "temporalis-1")
    page.mouse.move(x, y)
    page.wait_for_function(f"() => ({FIGURE}._hoverdata || []).length > 0", timeout=5000)
    page.mouse.click(x, y)
    # Alone, or offered among its neighbours when several still stand under a finger: never another point.
    page.wait_for_function(
        "() => location.search.includes('point=temporalis-1') || "
        "document.querySelector('#point-details [data-point-id=\"temporalis-1\"]') !== null"
    )
    if "point=temporalis-1" not in page.url:
        page.locator('#point-details [data-point-id="temporalis-1"]').first.click()
        page.wait_for_function("() => location.search.includes('point=temporalis-1')")
    expect(page.locator("#point-details")).to_contain_text("Temporalis")
    page.locator(".view-switch").get_by_text("All views", exact=True).click()
    page.wait_for_function(f"() => {FIGURE}._fullLayout.xaxis.range[0] < 10")
    assert "zoom=" not in page.url
    page.close()
