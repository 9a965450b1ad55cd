"""Search in a real browser: a complaint leads with the muscles that cause it, "Show more" reaches every result, a
misspelling is read as meant, and "Show where it hurts" opens the pain finder with the place marked."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.browser.helpers import open_app
from triggerpoints.search import search

PAGE = 8


def _muscle_names(page) -> list[str]:
    return page.locator(".search-list > .result-group .result-muscle").all_inner_texts()


def test_show_more_lists_every_muscle_a_complaint_finds(page, app_url, dataset, console_errors):
    found = search(dataset, "headache").muscles
    open_app(page, app_url)
    page.locator("#search").fill("headache")
    entries = page.locator(".search-list > .result-group")
    expect(entries).to_have_count(PAGE)
    expect(entries.first).to_contain_text("Linked with tension-type headache")
    more = page.locator(".search-more")
    expect(more).to_have_text(f"Show more ({len(found) - PAGE} more muscles)")
    while more.is_visible():
        shown = entries.count()
        more.click()
        expect(entries).to_have_count(min(shown + PAGE, len(found)))
    expect(entries).to_have_count(len(found))
    assert len(set(_muscle_names(page))) == len(found), "each muscle once"
    expect(more).to_be_hidden()
    page.locator("#search").fill("temple")
    expect(entries.first).to_contain_text("Sends pain to the temple")
    assert entries.count() <= PAGE, "a new query starts with one page again"
    assert console_errors == []


def test_show_where_it_hurts_opens_the_pain_finder_with_the_place_marked(page, app_url, console_errors):
    open_app(page, app_url)
    page.locator("#search").fill("IT band")
    offer = page.locator(".search-offer")
    expect(offer).to_have_text("Show where it hurts: IT band")
    offer.click()
    expect(page).to_have_url(re.compile(r"\?pain=outer-thigh-right$"))
    expect(page.locator("#pain-panel")).to_be_visible()
    expect(page.locator(".marked-chip")).to_have_text(["Right outer thigh×"])
    expect(page.locator("#candidate-list > li").first).to_contain_text("Gluteus minimus")
    assert console_errors == []


def test_a_complaint_starts_the_pain_finder_from_it_and_a_misspelling_is_read_as_meant(page, app_url, console_errors):
    open_app(page, app_url)
    page.locator("#search").fill("tenis elbow")
    offer = page.locator(".search-offer")
    expect(offer).to_contain_text("tennis elbow")
    offer.click()
    expect(page).to_have_url(re.compile(r"\?pain=outer-elbow-right,back-of-forearm-right$"))
    expect(page.locator(".marked-chip")).to_have_count(2)
    page.locator("#search").fill("sternocleidomastiod")
    expect(page.locator(".search-list > .result-group").first).to_contain_text("Sternocleidomastoid")
    assert console_errors == []
