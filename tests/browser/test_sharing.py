"""Sharing and the handout list answer what they did, Share is one real button reached by Tab, and the page starts
in the computer's own dark or light setting until the switch says otherwise."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.helpers import open_app

FIGURE_TOP = "document.querySelector('#body-map').getBoundingClientRect().top"


def test_the_whole_share_button_copies_and_the_map_stays_put(page, app_url, context, console_errors):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_app(page, f"{app_url}/?point=soleus-1&side=left")
    top = page.evaluate(FIGURE_TOP)
    page.locator("#share").get_by_text("Share").click()  # the word, not only an icon
    expect(page.locator("#share-note")).to_contain_text("Link copied")
    assert page.evaluate("navigator.clipboard.readText()").endswith("/?point=soleus-1&side=left")
    assert page.evaluate(FIGURE_TOP) == top, "the note floats: the toolbar does not wrap and the map does not move"
    assert console_errors == []


def test_share_is_reached_with_tab_and_copies_with_enter(page, app_url, context, console_errors):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_app(page, f"{app_url}/?point=masseter-1")
    page.locator("#theme-switch").focus()
    for _ in range(6):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "share":
            break
    assert page.evaluate("document.activeElement.id") == "share"
    page.keyboard.press("Enter")
    expect(page.locator("#share-note")).to_contain_text("Link copied")
    assert page.evaluate("navigator.clipboard.readText()").endswith("/?point=masseter-1")
    assert console_errors == []


def test_adding_to_the_handout_says_so_from_the_first_point_and_clearing_says_what_is_left(
    page, app_url, console_errors
):
    open_app(page, f"{app_url}/?point=soleus-1&side=left")
    link, note = page.locator("#handout-link"), page.locator("#handout-note")
    expect(link).to_have_text("Handout for this point")
    page.locator("#handout-add").click()
    expect(note).to_contain_text("Added Soleus (left side): 1 point on the handout.")
    expect(link).to_have_text("Open handout (1 point)")
    page.locator("#handout-add").click()
    expect(note).to_have_text("Already on the handout.")
    page.locator("#handout-clear").click()
    expect(note).to_have_text("The handout list is empty.")
    expect(link).to_have_text("Handout for this point")
    assert console_errors == []


def test_the_page_starts_dark_when_the_computer_is_dark_and_the_switch_wins(browser, app_url):
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    open_app(page, app_url)
    expect(page.locator("html")).to_have_attribute("data-mantine-color-scheme", "dark")
    expect(page.locator("#theme-switch")).to_be_checked()
    assert page.evaluate("localStorage.getItem('theme-store')") in (None, "null"), "the system's choice is not kept"
    page.locator("#theme-switch + .mantine-Switch-track").click()
    expect(page.locator("html")).to_have_attribute("data-mantine-color-scheme", "light")
    page.reload()
    page.wait_for_selector("#body-map .js-plotly-plot")
    expect(page.locator("html")).to_have_attribute("data-mantine-color-scheme", "light")
    context.close()
