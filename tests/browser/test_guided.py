"""Guided self-care in a real browser: the check reads from the point, a warning sign stops it, a session runs and
is saved once, and a rise in pain or a nerve sign ends it with advice."""

from __future__ import annotations

import json
import re

from playwright.sync_api import expect

from tests.browser.helpers import AFTER, BEFORE, callbacks_settled, guided_next, open_app, rate_pain

PANEL = "#guided-panel"


def _history(page) -> list:
    return json.loads(page.evaluate("() => localStorage.getItem('guided-history') || '[]'"))


def test_the_check_shows_the_points_precautions_and_the_techniques_do_not_use_it(page, app_url, console_errors):
    open_app(page, f"{app_url}/?mode=self-care&point=sternocleidomastoid-sternal-1&side=left")
    panel = page.locator(PANEL)
    expect(panel).to_contain_text("This point's precautions")
    expect(panel).to_contain_text("never press into the front of the neck")
    expect(panel).to_contain_text("Do not use pincer grip massage if")
    page.get_by_label("Over varicose veins").check()
    page.locator("#guided-next").click()  # stops at the check: the step does not change
    expect(page.locator(".guided-stop")).to_contain_text("Not this technique today")
    expect(page.locator("#guided-stepper")).to_contain_text("Safety check")
    assert console_errors == []


def test_a_red_flag_stops_the_session_in_the_same_words_as_the_check(page, app_url, console_errors):
    open_app(page, f"{app_url}/?mode=self-care&point=quadratus-lumborum-1")
    flag = page.get_by_label(re.compile(r"^A new change in bladder or bowel control")).first
    words = flag.locator("xpath=ancestor::div[contains(@class,'mantine-Checkbox-root')]").inner_text()
    flag.check()
    page.locator("#guided-next").click()  # stops at the check: the step does not change
    stop = page.locator(".guided-stop")
    expect(stop).to_contain_text("Call emergency services now")
    expect(stop).to_contain_text(words.strip())
    expect(page.locator("#guided-timer")).to_be_hidden()
    assert console_errors == []


def test_a_session_holds_for_the_points_own_time_and_is_saved_once(page, app_url, console_errors):
    open_app(page, f"{app_url}/?mode=self-care&point=sternocleidomastoid-sternal-1")
    guided_next(page)
    page.locator("#guided-next").click()  # no rating yet: the session waits for one
    expect(page.locator("#guided-stop")).to_contain_text("Rate the pain from 0 to 10")
    rate_pain(page, BEFORE, 6)
    guided_next(page, 2)
    expect(page.locator("#guided-pressure")).to_contain_text("Pressure: 5-7 out of 10")
    expect(page.locator("#guided-timer")).to_have_text("0:30")
    expect(page.locator("#guided-hold")).not_to_contain_text("45 s")
    page.locator("#guided-start").click()
    expect(page.locator("#guided-timer")).to_have_text(re.compile(r"0:2\d"))
    page.locator("#guided-start").click()  # pause
    guided_next(page, 3)
    save = page.locator("#guided-save")
    save.click()
    expect(page.locator("#guided-summary")).to_contain_text("Choose a point and rate the pain")
    rate_pain(page, AFTER, 2)
    save.click()
    expect(page.locator("#guided-summary")).to_contain_text("Pain before 6, after 2: eased by 4")
    save.click()
    expect(page.locator("#guided-summary")).to_contain_text("saved already")
    callbacks_settled(page)
    assert len(_history(page)) == 1 and _history(page)[0]["before"] == 6
    page.reload()
    expect(page.locator(".history-table tbody tr")).to_have_count(1)
    assert console_errors == []


def test_a_rise_in_pain_ends_the_session_with_advice(page, app_url, console_errors):
    open_app(page, f"{app_url}/?mode=self-care&point=quadratus-lumborum-1&side=right")
    guided_next(page)
    rate_pain(page, BEFORE, 2)
    guided_next(page, 5)
    rate_pain(page, AFTER, 9)
    page.locator("#guided-save").click()
    end = page.locator("#guided-end")
    expect(end).to_contain_text("Your pain went up: stop for today")
    expect(end).to_contain_text("Pain before 2, after 9: higher by 7")
    expect(end).not_to_contain_text("repeat later today")
    expect(page.locator("#guided-next")).to_be_disabled()
    expect(page.locator("#guided-summary")).to_be_hidden()
    callbacks_settled(page)
    assert [(e["before"], e["after"]) for e in _history(page)] == [(2, 9)]
    page.get_by_role("button", name="Start a new session").click()
    expect(page.locator("#guided-panel")).to_contain_text("Warning signs")
    expect(page.locator("#guided-next")).to_be_enabled()
    assert console_errors == []


def test_tingling_during_the_hold_stops_the_session(page, app_url, console_errors):
    open_app(page, f"{app_url}/?mode=self-care&point=pectoralis-minor-1&side=left")
    guided_next(page)
    rate_pain(page, BEFORE, 5)
    guided_next(page, 2)
    page.locator("#guided-start").click()
    page.get_by_role("button", name="Stop: it tingles, goes numb or shoots").click()
    end = page.locator("#guided-end")
    expect(end).to_contain_text("Stop: ease off now")
    expect(end).to_contain_text("do not press it again today")
    expect(page.locator("#guided-back")).to_be_disabled()
    expect(page.locator("#guided-stepper .mantine-Stepper-steps")).to_be_hidden()  # no row of ticked steps
    callbacks_settled(page)
    assert _history(page) == []
    assert console_errors == []
