"""The explorer in a real browser: click an X, search, deep links, back button, no console errors."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.browser.helpers import ESSENTIAL_SHAPE, click_x, open_app, shape_shown, shape_xs, zone_sides, zoom_to

BACK_CENTER = 510


def test_clicking_an_x_shows_details_and_lights_the_zone_on_that_side(page, app_url, console_errors):
    open_app(page, app_url)
    expect(page.locator("#point-details")).to_contain_text("Find the source of a pain")
    assert shape_xs(page, ESSENTIAL_SHAPE) == []
    zoom_to(page, "Head & neck (front)")
    click_x(page, "sternocleidomastoid-sternal-1", "right")
    panel = page.locator("#point-details")
    expect(panel).to_contain_text("Sternocleidomastoid")
    expect(panel).to_contain_text("right side")
    expect(panel).to_contain_text("Where it sends pain")
    expect(panel).to_contain_text("Take care")
    expect(page).to_have_url(re.compile(r"\?point=sternocleidomastoid-sternal-1&zoom=head-neck(\||%7C)front$"))
    assert zone_sides(page) == {"right"}, "the person's right: viewer's left on the front, viewer's right on the back"
    essential_fills = page.locator("#body-map .shapelayer path[style*='fill: rgb(178, 34, 34)']")
    expect(essential_fills).to_have_count(1)
    assert console_errors == []


def test_clicking_a_left_x_lights_the_left_side(page, app_url, console_errors):
    open_app(page, app_url)
    click_x(page, "infraspinatus-1", "left")
    expect(page.locator("#point-details")).to_contain_text("left side")
    expect(page).to_have_url(re.compile(r"point=infraspinatus-1&side=left"))
    assert zone_sides(page) == {"left"}
    assert console_errors == []


def test_search_and_select(page, app_url, console_errors):
    open_app(page, app_url)
    page.locator("#search").fill("tennis elbow")
    entries = page.locator(".result-group")
    expect(entries.first).to_be_visible()
    expect(entries.first).to_contain_text("tennis elbow")
    chosen = entries.first.locator(".result-muscle").inner_text()
    entries.first.locator(".search-result").first.click()
    expect(page.locator("#point-details h2")).to_contain_text(chosen)
    assert shape_xs(page, ESSENTIAL_SHAPE), "choosing a result draws its zone like a click"
    page.locator("#search").fill("SCM")
    expect(entries.first).to_contain_text("Also called SCM")
    assert console_errors == []


def test_a_muscle_is_one_result_and_its_panel_links_its_other_points(page, app_url, dataset, console_errors):
    open_app(page, app_url)
    page.locator("#search").fill("masseter")
    entries = page.locator(".result-group")
    expect(entries.first).to_contain_text("Masseter")
    expect(entries.filter(has_text="Masseter")).to_have_count(1)
    points = dataset.muscle_points("masseter")
    buttons = entries.first.locator(".search-result")
    expect(buttons).to_have_count(len(points))
    buttons.nth(1).click()
    expect(page).to_have_url(re.compile(rf"point={points[1]}"))
    section = page.locator(".muscle-section")
    expect(section).to_contain_text(dataset.muscles["masseter"].origin)
    links = section.locator(".muscle-point-link")
    expect(links).to_have_count(len(points) - 1)
    links.first.click()
    expect(page).to_have_url(re.compile(rf"point={points[0]}"))
    expect(page.locator("#point-details .detail-head")).to_have_attribute("data-point-id", points[0])
    assert console_errors == []


def test_deep_link_selects_the_point_on_the_left(page, app_url, console_errors):
    open_app(page, f"{app_url}/?point=upper-trapezius-1&side=left")
    panel = page.locator("#point-details")
    expect(panel).to_contain_text("Trapezius (upper fibres)")
    expect(panel).to_contain_text("left side")
    expect(panel).to_contain_text("Left middle of the temple")
    shape_shown(page, ESSENTIAL_SHAPE)
    assert zone_sides(page) == {"left"}
    assert console_errors == []


def test_a_technique_opens_its_steps_in_a_dialog_and_closes_again(page, app_url, console_errors):
    open_app(page, f"{app_url}/?point=upper-trapezius-1")
    techniques = page.locator("#point-details .technique-open")
    expect(techniques.filter(has_text="Dry needling")).to_contain_text("Professional only")
    techniques.filter(has_text="Pincer grip").click()
    dialog = page.get_by_role("dialog", name="Pincer grip massage")
    expect(dialog).to_contain_text("Self-care")
    expect(dialog.locator(".steps li").first).to_be_visible()
    expect(dialog).to_contain_text("Do not use it")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    techniques.filter(has_text="Dry needling").click()
    expect(page.get_by_role("dialog", name="Dry needling")).to_contain_text("not for self-treatment")
    assert console_errors == []


def test_unknown_id_shows_a_friendly_note(page, app_url, console_errors):
    open_app(page, f"{app_url}/?point=%3Cscript%3Ealert(1)%3C/script%3E")
    note = page.locator(".link-note")
    expect(note).to_contain_text("We could not find a trigger point called")
    expect(note).to_contain_text("<script>alert(1)</script>")
    assert page.locator("#point-details script").count() == 0
    assert console_errors == []


def test_back_button_steps_through_selections(page, app_url, console_errors):
    open_app(page, app_url)
    click_x(page, "vastus-lateralis-1", "right")
    expect(page.locator("#point-details")).to_contain_text("Vastus lateralis")
    # The panel is drawn before the URL changes (one round trip later); the back button steps through the URLs.
    expect(page).to_have_url(re.compile(r"point=vastus-lateralis-1$"))
    click_x(page, "gluteus-medius-1", "left")
    expect(page.locator("#point-details")).to_contain_text("Gluteus medius")
    expect(page).to_have_url(re.compile(r"point=gluteus-medius-1&side=left$"))
    page.go_back()
    expect(page).to_have_url(re.compile(r"point=vastus-lateralis-1$"))
    expect(page.locator("#point-details h2")).to_contain_text("Vastus lateralis")
    page.go_back()
    expect(page.locator("#point-details")).to_contain_text("Find the source of a pain")
    assert console_errors == []


def test_hovering_an_x_names_the_muscle(page, app_url):
    open_app(page, app_url)
    from tests.browser.helpers import _X_POSITION

    x, y = page.evaluate(_X_POSITION, ["temporalis-1", "right"])
    page.mouse.move(x, y)
    expect(page.locator("#body-map .hoverlayer")).to_contain_text("Temporalis")


def test_zoom_shows_an_area_large_with_its_side_labels(page, app_url, console_errors):
    open_app(page, app_url)
    zoom_to(page, "Head & neck (back)")
    x_range = page.evaluate("document.querySelector('#body-map .js-plotly-plot')._fullLayout.xaxis.range")
    assert BACK_CENTER - 150 < x_range[0] < BACK_CENTER < x_range[1] < BACK_CENTER + 150
    labels = page.locator("#body-map .annotation-text")
    expect(labels).to_have_text(["Back view", "L", "R"])
    zoom_to(page, "Whole body")
    expect(labels).to_have_count(7)  # three view titles, R and L on front and back
    assert console_errors == []


def test_unknown_page_shows_a_friendly_note_and_the_explorer(page, app_url, console_errors):
    open_app(page, f"{app_url}/no/such/page")
    expect(page.locator("#page-note")).to_contain_text("There is no page at “/no/such/page”")
    expect(page.locator("#point-details")).to_contain_text("Find the source of a pain")
    assert console_errors == []
