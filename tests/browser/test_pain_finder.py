"""The pain finder in a real browser: mark fine regions on the figure (any view), chips, the list (fine areas and
whole groups), deep links (old ones too), conditions, filters; the ranking's cases (a temple headache, tension-type
headache, low back pain on both sides), its reasons and "Show more"."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.browser.helpers import (
    ESSENTIAL_SHAPE,
    MARKED_FILL_SHAPE,
    click_region,
    figure_ready,
    hover_region,
    open_app,
    shape_shown,
    shape_xs,
    zone_sides,
    zoom_to,
)
from triggerpoints.figure import POINTS_TRACE


def _candidate_ids(page) -> list[str]:
    """The ranked points, once the list is drawn (it may arrive a round trip after the chips)."""
    expect(page.locator("#candidate-list > li").first).to_be_attached()
    return page.locator("#candidate-list > li").evaluate_all("items => items.map(i => i.dataset.pointId)")


def _switch_to_pain_finder(page) -> None:
    page.locator("#mode").get_by_text("Where it hurts", exact=True).click()
    expect(page.locator("#pain-panel")).to_be_visible()
    page.wait_for_function(
        "() => document.querySelector('#body-map .js-plotly-plot')._fullLayout.clickanywhere === true"
    )
    figure_ready(page)


CLICKS = [("outer-buttock-right", "back"), ("outer-thigh-middle-right", "side"), ("temple-middle-right", "side"),
          ("ball-of-thumb-left", "front")]  # fmt: skip


def test_clicking_fine_regions_on_every_view_and_both_sides_marks_them(page, app_url, dataset, console_errors):
    open_app(page, app_url)
    _switch_to_pain_finder(page)
    chips = page.locator(".marked-chip")
    for count, (region, view) in enumerate(CLICKS, start=1):
        click_region(page, dataset, region, view)
        expect(chips).to_have_count(count)
        figure_ready(page)
    expect(chips).to_have_text(["Right outer buttock×", "Right outer thigh, middle third×",
                                "Right middle of the temple×", "Left ball of the thumb×"])  # fmt: skip
    expect(page).to_have_url(re.compile(r"\?pain=" + ",".join(region for region, _ in CLICKS) + "$"))
    assert "gluteus-minimus-1" in _candidate_ids(page)
    assert len(shape_xs(page, MARKED_FILL_SHAPE)) > 0
    click_region(page, dataset, "ball-of-thumb-left")
    expect(chips).to_have_count(3)
    assert console_errors == []


def test_hovering_a_region_names_it(page, app_url, dataset, console_errors):
    open_app(page, f"{app_url}/?pain=")
    figure_ready(page)
    hover_region(page, dataset, "outer-epicondyle-right", "side")
    expect(page.locator(".region-tooltip")).to_contain_text("Right outer bony point of the elbow")
    hover_region(page, dataset, "heel-pad-left")
    expect(page.locator(".region-tooltip")).to_contain_text("Left heel")
    assert console_errors == []


def test_an_old_deep_link_marks_whole_areas_names_unknown_ones_and_ranks(page, app_url, console_errors):
    """Links from before the fine atlas name wider areas: each marks all its fine regions, one chip each."""
    open_app(page, f"{app_url}/?pain=temple-right,jaw-right,elbow-middle")
    expect(page.locator(".marked-chip")).to_have_text(["Right temple×", "Right jaw×"])
    expect(page.locator(".link-note")).to_contain_text("We could not find the body area “elbow-middle”")
    items = page.locator("#candidate-list > li")
    expect(items.first).to_be_visible()
    ids = _candidate_ids(page)
    assert "upper-trapezius-1" in ids[:8]
    expect(items.filter(has_text="Trapezius (upper fibres)")).to_contain_text("Covers your temple (its main zone)")
    assert console_errors == []


def test_a_temple_headache_ranks_upper_trapezius_first_and_says_why(page, app_url, console_errors):
    open_app(page, f"{app_url}/?pain=temple-right,back-of-neck-right,side-of-neck-right")
    assert _candidate_ids(page)[0] == "upper-trapezius-1"
    first = page.locator("#candidate-list > li").first
    expect(first.locator(".candidate-why")).to_have_text(
        "Covers your temple, the back of your neck and the side of your neck (its main zone)."
    )
    expect(first.locator(".score-bar")).to_have_attribute("aria-valuenow", "100")
    expect(page.locator("#candidate-list > li[data-point-id='temporalis-3'] .candidate-why")).to_have_text(
        "Covers your temple (its main zone); not the back of your neck or the side of your neck."
    )
    assert console_errors == []


def test_low_back_on_both_sides_lists_each_muscle_once_for_both_sides(page, app_url, console_errors):
    open_app(page, f"{app_url}/?pain=low-back-right,low-back-left")
    ids = _candidate_ids(page)
    assert ids[0] == "quadratus-lumborum-1" and len(ids) == len(set(ids))
    names = page.locator("#candidate-list > li").all_inner_texts()
    first = [name.split("\n")[0] for name in names[:8]]
    assert {"Quadratus lumborum", "Gluteus medius"} <= set(first)
    assert any(name.startswith("Multifidus") for name in first)
    assert any(name.startswith(("Iliocostalis", "Longissimus")) for name in first)
    sides = page.locator("#candidate-list .candidate-side")
    expect(sides.first).to_have_text("both sides")
    assert set(sides.all_inner_texts()) == {"both sides"}
    assert console_errors == []


def test_show_more_lists_the_rest_and_keeps_a_choice_in_sight(page, app_url, console_errors):
    open_app(page, f"{app_url}/?pain=front-of-shoulder-right,back-of-shoulder-right")
    expect(page.locator("#candidate-list > li")).to_have_count(12)
    more = page.locator(".more-candidates li")
    count = more.count()
    assert count > 0
    expect(more.first).to_be_hidden()
    toggle = page.locator(".more-candidates-toggle")
    expect(toggle.locator(".when-closed")).to_have_text(f"Show {count} more")
    toggle.click()
    expect(more.first).to_be_visible()
    expect(toggle.locator(".when-open")).to_be_visible()
    expect(toggle.locator(".when-closed")).to_be_hidden()
    point_id = more.first.get_attribute("data-point-id")
    more.first.locator("button").click()
    expect(page).to_have_url(re.compile(rf"point={point_id}"))
    chosen = page.locator(f".more-candidates li[data-point-id='{point_id}'] button")
    expect(chosen).to_have_class(re.compile("is-selected"))
    expect(chosen).to_be_visible()
    assert console_errors == []


def test_chips_remove_and_clear_empties(page, app_url, console_errors):
    open_app(page, f"{app_url}/?pain=temple-right,jaw-right,heel-left")
    chips = page.locator(".marked-chip")
    expect(chips).to_have_count(3)
    page.get_by_role("button", name="Unmark right jaw").click()
    expect(chips).to_have_count(2)
    # A whole group a link names stays one name in the link.
    expect(page).to_have_url(re.compile(r"\?pain=temple-right,heel-left$"))
    page.locator("#clear-marks").click()
    expect(chips).to_have_count(0)
    expect(page.locator("#candidate-list > li")).to_have_count(0)
    expect(page.locator(".candidates-note")).to_contain_text("Mark where it hurts")
    assert console_errors == []


def test_adding_a_region_from_the_searchable_list(page, app_url, console_errors):
    open_app(page, f"{app_url}/?pain=")
    page.locator("#add-region").fill("left heel")
    page.get_by_role("option", name="Left heel, all of it", exact=True).click()
    expect(page.locator(".marked-chip")).to_have_text(["Left heel×"])
    expect(page).to_have_url(re.compile(r"\?pain=heel-left$"))
    ids = _candidate_ids(page)
    assert "soleus-1" in ids[:8]
    page.locator("#add-region").fill("right middle of the temple")
    page.get_by_role("option", name="Right middle of the temple", exact=True).click()
    expect(page.locator(".marked-chip")).to_have_text(["Left heel×", "Right middle of the temple×"])
    assert console_errors == []


def test_choosing_a_candidate_draws_its_zone_over_the_marks(page, app_url, console_errors):
    open_app(page, f"{app_url}/?pain=buttock-right,back-of-thigh-right,calf-right")
    first = page.locator("#candidate-list > li").first
    expect(first).to_have_attribute("data-point-id", "gluteus-minimus-2")
    first.locator("button").click()
    expect(page.locator("#point-details h2")).to_have_text("Gluteus minimus (posterior portion)")
    expect(page.locator("#candidate-list > li").first.locator("button")).to_have_class(re.compile("is-selected"))
    shape_shown(page, ESSENTIAL_SHAPE)
    assert zone_sides(page) == {"right"}
    assert len(shape_xs(page, MARKED_FILL_SHAPE)) > 0, "the marks stay drawn under the zone"
    assert console_errors == []


def test_a_candidate_chosen_from_the_keyboard_keeps_the_focus(page, app_url, console_errors):
    open_app(page, f"{app_url}/?pain=buttock-right,back-of-thigh-right,calf-right")
    second = page.locator("#candidate-list > li").nth(1)
    point_id = second.get_attribute("data-point-id")
    second.locator("button").focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"point={point_id}"))
    # The list is drawn again with the choice marked; the new button for the same candidate has the focus.
    chosen = page.locator(f"#candidate-list > li[data-point-id='{point_id}'] button")
    expect(chosen).to_have_class(re.compile("is-selected"))
    expect(chosen).to_be_focused()
    assert console_errors == []


def test_starting_from_a_condition(page, app_url, console_errors):
    open_app(page, app_url)
    _switch_to_pain_finder(page)
    page.locator("#condition-side").get_by_text("Left").click()
    page.locator("#condition-start").fill("tennis")
    page.get_by_role("option", name="Tennis elbow (outer elbow pain)").click()
    expect(page.locator(".marked-chip")).to_have_text(["Left outer elbow×", "Left back of the forearm×"])
    ids = _candidate_ids(page)
    assert "supinator-1" in ids[:8]
    assert console_errors == []


def test_starting_from_tension_type_headache_lists_upper_trapezius(page, app_url, console_errors):
    open_app(page, app_url)
    _switch_to_pain_finder(page)
    page.locator("#condition-start").fill("tension")
    page.get_by_role("option", name="Tension-type headache").click()
    expect(page.locator(".marked-chip")).to_have_count(5)  # temple, forehead, crown, back of the head and neck
    assert "upper-trapezius-1" in _candidate_ids(page)[:3]
    assert console_errors == []


def test_condition_links_in_the_details_start_the_pain_finder(page, app_url, console_errors):
    open_app(page, f"{app_url}/?point=supinator-1&side=left")
    page.get_by_role("link", name="Tennis elbow (outer elbow pain)").click()
    expect(page).to_have_url(re.compile(r"\?pain=outer-elbow-left,back-of-forearm-left"))
    expect(page.locator(".marked-chip")).to_have_count(2)
    expect(page.locator("#mode label[data-active]")).to_have_text("Where it hurts")
    assert console_errors == []


def test_filters_narrow_the_map_and_the_candidates(page, app_url, dataset, console_errors):
    open_app(page, f"{app_url}/?pain=groin-right,inner-thigh-right")
    assert "pectineus-1" in _candidate_ids(page)
    page.get_by_text("Filter the map").click()
    page.locator(".filters .mantine-Switch-track").click()
    expect(page.locator("#filter-self-care")).to_be_checked()
    expect(page.locator("#candidate-list > li[data-point-id='pectineus-1']")).to_have_count(0)
    page.locator("#mode").get_by_text("Explore", exact=True).click()
    page.locator("#filter-nav").click()
    page.get_by_role("option", name="Lower leg, ankle & foot").click()
    lower_leg = [p.id for p in dataset.points.values() if p.nav_area == "lower-leg-foot"]
    page.wait_for_function(
        f"(ids) => document.querySelector('#body-map .js-plotly-plot').data[{POINTS_TRACE}].customdata.every("
        "c => ids.includes(c[0]))",
        arg=lower_leg,
    )
    assert console_errors == []


def test_marking_works_when_zoomed(page, app_url, dataset, console_errors):
    open_app(page, f"{app_url}/?pain=")
    zoom_to(page, "Head & neck (front)")
    figure_ready(page)
    click_region(page, dataset, "upper-front-teeth-left")
    expect(page.locator(".marked-chip")).to_have_text(["Left upper front teeth and lip×"])
    assert console_errors == []
