"""The view lives in the URL, zoom and filters included: Study and Back bring back the zoom the view says, a shared
link opens exactly as it was, and a click costs at most two requests."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import (
    FIGURE,
    callbacks_settled,
    choose_question_kind,
    click_region,
    click_x,
    figure_ready,
    new_question,
    open_app,
    zoom_to,
)
from triggerpoints.figure import POINTS_TRACE
from triggerpoints.point_filters import PointFilters, allowed_points
from triggerpoints.zoom import zoom_layout

HEAD_BACK = "head-neck|back"
ZOOM_INPUT = "#zoom"


def _framed_at(page, dataset, zoom: str) -> None:
    """Waits until the figure shows the frame of a zoom: its y range, and its x range about the same centre (Plotly
    widens the x range to keep the figure's proportions)."""
    x_range, y_range, _ = zoom_layout(dataset, zoom)
    page.wait_for_function(
        f"""([xr, yr]) => {{
          const layout = {FIGURE}.layout, near = (a, b) => Math.abs(a - b) < 0.01;
          const [x0, x1] = layout.xaxis.range, [y0, y1] = layout.yaxis.range;
          return near(y0, yr[0]) && near(y1, yr[1]) && near(x0 + x1, xr[0] + xr[1]) && x0 <= xr[0] + 0.01;
        }}""",
        arg=[x_range, y_range],
    )


def _answer_a_question(page) -> None:
    """Asks "which muscle refers here?" and answers it, so the quiz frames the map on the question's point."""
    kind = "Which muscle refers here?"
    if page.locator("#study-kind").input_value() != kind:
        choose_question_kind(page, kind)
    else:  # after Back, Study shows the last question again, answered: the next one may read the same
        new_question(page, lambda: page.locator("#study-next").click())
    page.locator(".study-option").first.click()
    expect(page.locator(".study-feedback")).not_to_be_empty()
    figure_ready(page)


def test_study_then_explore_or_back_restores_the_zoom_the_view_says(page, app_url, dataset, console_errors):
    open_app(page, f"{app_url}/?point=upper-trapezius-1")
    zoom_to(page, "Head & neck (back)")
    expect(page).to_have_url(re.compile(r"zoom=head-neck(\||%7C)back"))
    page.locator("#mode").get_by_text("Study", exact=True).click()
    _answer_a_question(page)
    page.locator("#mode").get_by_text("Explore", exact=True).click()
    expect(page.locator("#point-details h2")).to_contain_text("Trapezius (upper fibres)")
    _framed_at(page, dataset, HEAD_BACK)
    expect(page.locator(ZOOM_INPUT)).to_have_value("Head & neck (back)")
    # Study again, then Back: the address of the explorer view, and with it the zoom, comes back.
    page.locator("#mode").get_by_text("Study", exact=True).click()
    _answer_a_question(page)
    page.go_back()
    expect(page).not_to_have_url(re.compile(r"mode=study"))
    _framed_at(page, dataset, HEAD_BACK)
    expect(page.locator(ZOOM_INPUT)).to_have_value("Head & neck (back)")
    # And a view without a zoom is the whole body after Study, whatever the quiz framed.
    page.locator(ZOOM_INPUT).click()
    page.get_by_role("option", name="Whole body", exact=True).click()
    _framed_at(page, dataset, "whole-body")
    page.locator("#mode").get_by_text("Study", exact=True).click()
    _answer_a_question(page)
    page.locator("#mode").get_by_text("Explore", exact=True).click()
    _framed_at(page, dataset, "whole-body")
    expect(page.locator(ZOOM_INPUT)).to_have_value("Whole body")
    assert console_errors == []


def test_a_shared_link_with_zoom_and_filters_opens_as_it_was(page, app_url, dataset, console_errors):
    link = "/?point=upper-trapezius-1&side=left&zoom=head-neck%7Cfront&condition=tension-headache&selfcare=1"
    open_app(page, app_url + link)
    expect(page.locator("#point-details h2")).to_contain_text("Trapezius (upper fibres)")
    expect(page.locator(ZOOM_INPUT)).to_have_value("Head & neck (front)")
    _framed_at(page, dataset, "head-neck|front")
    expect(page.locator("#filter-condition")).to_have_value("Tension-type headache")
    expect(page.locator("#filter-self-care")).to_be_checked()
    expect(page.locator("#filter-nav")).to_have_value("")
    allowed = allowed_points(dataset, PointFilters(condition="tension-headache", self_care_only=True))
    page.wait_for_function(
        f"(count) => {FIGURE}.data[{POINTS_TRACE}].customdata.length === count",
        arg=sum(len(dataset.point_views(p, side)) for p in allowed for side in ("right", "left")),  # an X per view
    )
    shown = page.evaluate(f"{FIGURE}.data[{POINTS_TRACE}].customdata.map((c) => c[0])")
    assert set(shown) == set(allowed)
    # The link the page shares is the same view.
    expect(page).to_have_url(re.compile(r"condition=tension-headache"))
    assert console_errors == []


def test_changing_a_filter_puts_it_in_the_address(page, app_url, console_errors):
    open_app(page, app_url)
    page.get_by_text("Filter the map").click()
    page.locator(".filters .mantine-Switch-track").click()
    expect(page).to_have_url(re.compile(r"\?selfcare=1$"))
    page.go_back()
    expect(page.locator("#filter-self-care")).not_to_be_checked()
    assert console_errors == []


def _requests_during(page, action) -> list[str]:
    """The requests the page makes for one action, once everything it set off has settled."""
    callbacks_settled(page)
    made: list[str] = []
    page.on("request", lambda request: made.append(request.url))
    action()
    callbacks_settled(page)
    page.wait_for_load_state("networkidle")
    callbacks_settled(page)
    # The browser's own request for the icon is not the app's.
    return [path for url in made if not (path := re.sub(r"^https?://[^/]+", "", url)).startswith("/_favicon")]


@pytest.mark.parametrize("where", ["explorer", "pain finder"])
def test_a_click_costs_at_most_two_requests(page, app_url, dataset, where, console_errors):
    open_app(page, app_url + ("/?pain=" if where == "pain finder" else "/"))
    page.wait_for_load_state("networkidle")
    for n in range(2):
        if where == "explorer":
            point = ("infraspinatus-1", "vastus-lateralis-1")[n]
            made = _requests_during(page, lambda point=point: click_x(page, point, "right"))
            expect(page.locator("#point-details h2")).to_contain_text(dataset.point_name(point))
        else:
            made = _requests_during(page, lambda: click_region(page, dataset, "temple-front-right"))
            expect(page.locator(".marked-chip")).to_have_count(0 if n else 1)
        assert 1 <= len(made) <= 2, made
    assert console_errors == []


def test_the_patient_view_opens_on_the_pattern_and_reload_keeps_it(page, app_url, dataset, console_errors):
    """A patient-view link with a point frames the point's X and zone large, says so in the address, and a reload
    (or a shared copy of that address) opens the same frame."""
    open_app(page, f"{app_url}/?point=temporalis-1&view=patient")
    expect(page).to_have_url(re.compile(r"zoom=pattern"))
    x_range, y_range, _ = zoom_layout(dataset, "pattern", "temporalis-1", "right")
    assert y_range[0] - y_range[1] < 300, "the frame is about the head, not the body (890 tall)"
    for opened in ("link", "reload"):
        page.wait_for_function(
            f"""([xr, yr]) => {{
              const [x0, x1] = {FIGURE}.layout.xaxis.range, [y0, y1] = {FIGURE}.layout.yaxis.range;
              const near = (a, b) => Math.abs(a - b) < 0.01;
              return near(y0, yr[0]) && near(y1, yr[1]) && near(x0 + x1, xr[0] + xr[1]);
            }}""",
            arg=[x_range, y_range],
        )
        if opened == "link":
            page.reload()
            page.wait_for_selector("#body-map .js-plotly-plot .scatterlayer")
    expect(page).to_have_url(re.compile(r"zoom=pattern"))
    expect(page.locator("#patient-switch")).to_be_checked()
    assert console_errors == []
