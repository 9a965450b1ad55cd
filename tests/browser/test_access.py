"""Everyone: accessibility scans of every page and mode, dark mode, and the phone layout."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from components.pain_finder import region_options
from tests.browser.helpers import (
    ESSENTIAL_SHAPE,
    SKIN_SHAPE,
    SPILLOVER_SHAPE,
    figure_ready,
    open_app,
    page_settled,
    question_shown,
)

PAGES = {
    "explorer": "/?point=upper-trapezius-1",
    "pain finder": "/?pain=temple-right,jaw-right&point=upper-trapezius-1",
    "study": "/?mode=study",
    "guided self-care": "/?mode=self-care&point=soleus-1&side=left",
    "patient view": "/?point=soleus-1&view=patient",
    "not found": "/no/such/page?point=nope",
}


def _serious(page) -> list[str]:
    results = Axe().run(page)
    return [f"{v['id']}: {[n['target'] for n in v['nodes'][:3]]}" for v in results.response["violations"]
            if v["impact"] in ("serious", "critical")]  # fmt: skip


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("name", PAGES)
def test_no_serious_accessibility_violations(page, app_url, name, dark):
    open_app(page, app_url + PAGES[name])
    if name == "study":  # the quiz's question, not the moment before it comes, is what is scanned
        question_shown(page)
    if dark:
        page.locator("#theme-switch + .mantine-Switch-track").click()
        expect(page.locator("html")).to_have_attribute("data-mantine-color-scheme", "dark")
    page_settled(page)
    assert _serious(page) == []


def test_the_technique_dialog_has_no_serious_accessibility_violations(page, app_url):
    open_app(page, app_url + PAGES["explorer"])
    page.locator(".technique-open").first.click()
    expect(page.get_by_role("dialog").locator(".steps")).to_be_visible()
    page_settled(page)
    assert _serious(page) == []


def test_handout_has_no_serious_accessibility_violations(page, app_url):
    page.goto(f"{app_url}/handout?points=soleus-1:left,masseter-1")
    page.wait_for_selector("svg")
    assert _serious(page) == []


def test_dark_mode_recolours_the_figure_keeps_zones_distinct_and_is_remembered(page, app_url, console_errors):
    open_app(page, f"{app_url}/?point=infraspinatus-1")
    figure = "document.querySelector('#body-map .js-plotly-plot')"
    skin = f"{figure}.layout.shapes[{SKIN_SHAPE}].fillcolor"
    light_skin = page.evaluate(skin)
    page.locator("#theme-switch + .mantine-Switch-track").click()
    page.wait_for_function(f"() => {skin} !== '{light_skin}'")
    slots = [SKIN_SHAPE, SPILLOVER_SHAPE, ESSENTIAL_SHAPE]
    colours = page.evaluate(f"{slots}.map(i => {figure}.layout.shapes[i].fillcolor)")
    assert len(set(colours)) == 3, "skin, spillover and essential stay distinct"
    page.reload()
    expect(page.locator("html")).to_have_attribute("data-mantine-color-scheme", "dark")
    assert console_errors == []


@pytest.mark.parametrize("name", ["explorer", "pain finder", "study", "guided self-care", "patient view"])
def test_phone_layout_stacks_without_sideways_scrolling(browser, app_url, name):
    page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    open_app(page, app_url + PAGES[name])
    if name == "study":  # the question and its answers are part of the width
        question_shown(page)
    figure_ready(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    map_box = page.locator(".map-column").bounding_box()
    panel_box = page.locator(".panel-column").bounding_box()
    assert map_box["width"] > 350 and panel_box["y"] >= map_box["y"] + map_box["height"] - 1
    page.close()


def test_every_point_and_region_is_reachable_without_the_figure(page, app_url, dataset):
    open_app(page, app_url)
    page.get_by_text("Browse all trigger points").click()
    items = page.locator(".browse-item")
    expect(items).to_have_count(len(dataset.points))
    page.locator(".browse-muscle-group", has_text="Piriformis").locator(".browse-item").first.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#point-details h2")).to_contain_text("Piriformis")
    page.goto(f"{app_url}/?pain=")
    page.locator("#add-region").click()
    # Every fine region, and every group of several areas on each side ("Left heel, all of it").
    offered = sum(len(group["items"]) for group in region_options(dataset))
    expect(page.get_by_role("option")).to_have_count(offered)
