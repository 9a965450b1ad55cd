"""Study in a real browser: a muscle question drawn on the map, "where does it lie?" answered with the keyboard's
cursor, and progress of the first version carried over."""

from __future__ import annotations

import json
import re

from playwright.sync_api import expect

from tests.browser.helpers import FIGURE, HIDDEN_PATH, choose_question_kind, figure_ready, new_question, open_app
from triggerpoints.figure_shapes import DEEP_MUSCLE_SHAPE, MUSCLE_SHAPE

MUSCLE_DRAWN = (f"() => [{MUSCLE_SHAPE}, {DEEP_MUSCLE_SHAPE}].some((slot) => "
                f"{FIGURE}.layout.shapes[slot].path !== '{HIDDEN_PATH}')")  # fmt: skip


def test_a_muscle_question_draws_the_muscle_and_answers_in_words(page, app_url, console_errors):
    open_app(page, f"{app_url}/?mode=study")
    choose_question_kind(page, "Which muscle is this?")
    expect(page.locator("#study-prompt")).to_contain_text("Which muscle is outlined on the map")
    page.wait_for_function(MUSCLE_DRAWN)
    options = page.locator(".study-option")
    expect(options).to_have_count(4)
    options.first.click()
    expect(page.locator("#study-feedback")).to_contain_text(re.compile(r"(Right! The outline is the|Not quite: the "
                                                                       r"outline is the)"))  # fmt: skip
    choose_question_kind(page, "Muscle anatomy")
    expect(page.locator("#study-prompt")).to_contain_text(re.compile(r"origin|insertion|does the|nerve supplies"))
    page.locator(".study-option").first.click()
    expect(page.locator("#study-feedback")).to_contain_text("In clinical terms:")
    assert console_errors == []


def _cursor_box(page):
    return page.evaluate("() => { const c = document.querySelector('.study-cursor');"
                         " if (!c || c.hidden) return null; const b = c.getBoundingClientRect();"
                         " return [b.left + b.width / 2, b.top + b.height / 2]; }")  # fmt: skip


def test_where_does_it_lie_is_answered_with_the_keyboard(page, app_url, console_errors):
    open_app(page, f"{app_url}/?mode=study")
    choose_question_kind(page, "Where does it lie?")
    figure_ready(page)
    keys = page.locator("#study-keys")
    expect(keys).to_have_attribute("role", "application")
    keys.focus()
    start = _cursor_box(page)
    assert start is not None, "a cursor is drawn on the map while the map cursor has the focus"
    note = page.locator("#study-cursor-note")
    expect(note).to_contain_text(re.compile(r"^(Front|Back|Right side) view: "))
    page.keyboard.press("Shift+ArrowDown")
    page.keyboard.press("ArrowRight")
    moved = _cursor_box(page)
    assert moved[1] > start[1] and moved[0] > start[0]
    page.keyboard.press("v")
    assert abs(_cursor_box(page)[0] - moved[0]) > 50, "V moves to the next view"
    page.keyboard.press("Enter")
    feedback = page.locator("#study-feedback")
    expect(feedback).to_contain_text(re.compile(r"^(Right!|Not quite\.)"))
    assert "unit" not in feedback.inner_text()
    expect(page.locator("#study-score")).to_contain_text("of 1")
    expect(page.locator("#study-next")).to_be_focused()
    new_question(page, lambda: page.keyboard.press("Enter"))  # the next question
    expect(page.locator("#study-feedback")).to_be_empty()
    assert _cursor_box(page) is None, "no cursor without the focus"
    assert console_errors == []


def test_progress_of_the_first_version_is_carried_over(page, app_url, console_errors):
    old = {"turn": 5, "items": {"soleus-1": {"box": 2, "due": 9, "seen": 3, "right": 2},
                                "retired-point-9": {"box": 1, "due": 3, "seen": 1, "right": 1}}}  # fmt: skip
    open_app(page, app_url)  # the app's origin, to keep a value there as the first version did
    page.evaluate("(value) => localStorage.setItem('study-progress', value)", json.dumps(old))
    open_app(page, f"{app_url}/?mode=study")
    page.get_by_role("tab", name="Progress").click()
    seen = page.locator(".progress-table tbody tr", has_text="Lower leg")
    expect(seen.locator("td").nth(1)).to_have_text("1")
    page.get_by_role("tab", name="Quiz").click()
    # The new kind's question must be the one answered (on a busy machine the old one can still be showing).
    choose_question_kind(page, "Conditions and techniques")
    expect(page.locator(".study-option")).to_have_count(4)
    page.locator(".study-option").first.click()
    page.wait_for_function("() => JSON.parse(localStorage.getItem('study-progress')).turn === 6")
    stored = json.loads(page.evaluate("() => localStorage.getItem('study-progress')"))
    assert stored["items"]["retired-point-9"] == old["items"]["retired-point-9"], "kept as it was"
    soleus = stored["items"]["soleus-1"]
    assert soleus["seen"] >= 3 and "card" in soleus and soleus["card"]["state"] == 2
    assert console_errors == []
