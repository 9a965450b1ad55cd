"""The muscles on the map, in a real browser: the selected point's muscle drawn around its X in five body areas, and
the muscles layer (switched on, kept in the link, naming the muscle under the pointer, a click on a muscle selecting
its first point)."""

from __future__ import annotations

import math
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect
from shapely.geometry import Point, Polygon
from shapely.ops import unary_union

from components import ids
from tests.browser.helpers import FIGURE, figure_ready, open_app
from triggerpoints.figure import MUSCLE_TRACES
from triggerpoints.figure_shapes import DEEP_MUSCLE_SHAPE, HIDDEN_PATH, MUSCLE_SHAPE, shape_outlines
from triggerpoints.muscle_map import muscle_at

# One point in each of five body areas: neck and shoulder, shoulder blade, forearm, hip, lower leg.
POINTS = ["upper-trapezius-1", "infraspinatus-1", "extensor-carpi-radialis-longus-1", "gluteus-medius-1",
          "tibialis-anterior-1"]  # fmt: skip
HOVERED = ("gluteus-maximus", "back")  # a broad muscle with room between its Xs at whole-body size

_TO_PAGE = f"""([x, y]) => {{
  const gd = {FIGURE};
  const box = gd.getBoundingClientRect();
  const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
  return [box.left + xa._offset + xa.l2p(x), box.top + ya._offset + ya.l2p(y)];
}}"""


def _muscle_slot(page, dataset, point_id: str) -> list[Polygon]:
    """The outlines the figure draws now in the slot of the point's muscle (dashed when deep), once drawn."""
    deep = dataset.muscles[dataset.points[point_id].muscle].depth == "deep"
    slot = DEEP_MUSCLE_SHAPE if deep else MUSCLE_SHAPE
    page.wait_for_function(f"() => {FIGURE}.layout.shapes[{slot}].path !== '{HIDDEN_PATH}'")
    return [Polygon(o) for o in shape_outlines(page.evaluate(f"{FIGURE}.layout.shapes[{slot}].path"))]


def _layer_shown(page) -> bool:
    return page.evaluate(f"[{', '.join(map(str, MUSCLE_TRACES))}].every((n) => {FIGURE}.data[n].visible === true)")


def _clear_spot(dataset, muscle: str, view: str) -> tuple[float, float]:
    """A place inside a muscle on a view (right side) that picks that muscle, as far from every X as it gets."""
    area = unary_union([Polygon(o) for o in dataset.muscle_outline(muscle, view, "right")])
    xs = [
        dataset.position(p, s, v) for s in ("right", "left") for p in dataset.points for v in dataset.point_views(p, s)
    ]
    x0, y0, x1, y1 = (int(b) for b in area.bounds)
    spots = [(x, y) for x in range(x0, x1 + 1, 2) for y in range(y0, y1 + 1, 2)
             if area.contains(Point(x, y)) and muscle_at(dataset, x, y) == (muscle, "right")]  # fmt: skip
    return max(spots, key=lambda s: min(math.hypot(s[0] - a, s[1] - b) for a, b in xs))


@pytest.mark.parametrize("point_id", POINTS)
def test_the_selected_points_muscle_is_drawn_around_its_x(page, app_url, dataset, console_errors, point_id):
    open_app(page, f"{app_url}/?point={point_id}")
    outlines = _muscle_slot(page, dataset, point_id)
    for view in dataset.point_views(point_id, "right"):
        x, y = dataset.position(point_id, "right", view)
        assert any(o.buffer(0.5).contains(Point(x, y)) for o in outlines), f"{point_id}'s muscle on the {view} view"
    assert console_errors == []


def test_the_muscles_layer_names_a_muscle_and_a_click_selects_its_first_point(page, app_url, dataset, console_errors):
    page.set_viewport_size({"width": 1280, "height": 800})
    open_app(page, app_url)
    assert not _layer_shown(page)
    page.locator(".layer-switch .mantine-Switch-track").click()
    page.wait_for_function(f"() => {FIGURE}.data[{MUSCLE_TRACES[-1]}].visible === true")
    expect(page).to_have_url(f"{app_url}/?layers=muscles")
    figure_ready(page)
    muscle, view = HOVERED
    spot = _clear_spot(dataset, muscle, view)
    x, y = page.evaluate(_TO_PAGE, list(spot))
    page.mouse.move(x - 4, y)
    page.mouse.move(x, y)
    expect(page.locator(".region-tooltip")).to_have_text(dataset.muscles[muscle].name)
    with page.expect_response(lambda r: r.url.endswith("/_view") and r.request.method == "POST") as answer:
        page.mouse.click(x, y)
    first = dataset.muscle_points(muscle)[0]
    assert parse_qs(answer.value.json()["query"].lstrip("?")) == {"point": [first], "layers": ["muscles"]}
    expect(page.locator("#point-details h2")).to_contain_text(dataset.point_name(first))
    assert any(o.contains(Point(spot)) for o in _muscle_slot(page, dataset, first)), "its muscle drawn where clicked"
    expect(page).to_have_url(f"{app_url}/?point={first}&layers=muscles")
    # A shared link, or a reload, opens with the layer on.
    page.reload()
    open_app(page, page.url)
    page.wait_for_function(f"() => {FIGURE}.data[{MUSCLE_TRACES[-1]}].visible === true")
    expect(page.locator(f"#{ids.MUSCLES_SWITCH}")).to_be_checked()
    assert parse_qs(urlparse(page.url).query)["layers"] == ["muscles"]
    assert console_errors == []


def test_the_x_still_wins_over_the_muscle_under_it(page, app_url, dataset, console_errors):
    open_app(page, f"{app_url}/?layers=muscles&zoom=shoulder-upper-arm|back")
    page.wait_for_function(f"() => {FIGURE}.data[{MUSCLE_TRACES[-1]}].visible === true")
    figure_ready(page)
    x, y = page.evaluate(_TO_PAGE, list(dataset.position("infraspinatus-1", "right", "back")))
    page.mouse.move(x, y - 5)
    page.mouse.move(x, y)
    page.wait_for_function(f"() => ({FIGURE}._hoverdata || []).length > 0")
    with page.expect_response(lambda r: r.url.endswith("/_view") and r.request.method == "POST") as answer:
        page.mouse.click(x, y)
    assert parse_qs(answer.value.json()["query"].lstrip("?"))["point"] == ["infraspinatus-1"]
    assert console_errors == []
