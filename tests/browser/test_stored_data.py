"""Issue 11, items 4 and 8 in a real browser: what the browser keeps is checked before Dash reads it, a value the
app cannot use is set aside with a note instead of breaking the page, and saving a session keeps every older one."""

from __future__ import annotations

import json

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.helpers import callbacks_settled, choose_question_kind, open_app, page_settled
from triggerpoints.guided import SESSIONS_SENT

DEEP = "[" * 990 + "]" * 990  # about 2 kB, as in the issue
DEEP_INSIDE = '{"turn": 3, "items": {"soleus-1": ' + '{"box": ' * 990 + "1" + "}" * 990 + "}}"


def _seed(page, app_url: str, storage: str, values: dict[str, str]) -> None:
    """Opens the app once (for its origin), then stores raw values as a browser would have kept them."""
    open_app(page, app_url)
    page.evaluate(
        "([storage, values]) => Object.entries(values).forEach(([k, v]) => window[storage].setItem(k, v))",
        [storage, values],
    )


def _stored(page, storage: str, key: str) -> str | None:
    return page.evaluate("([storage, key]) => window[storage].getItem(key)", [storage, key])


@pytest.mark.parametrize("bad", [DEEP, DEEP_INSIDE, "{not json"], ids=["deep", "deep-inside", "not-json"])
def test_unreadable_study_progress_and_history_are_set_aside_with_a_note(page, app_url, console_errors, bad):
    _seed(page, app_url, "localStorage", {"study-progress": bad, "guided-history": DEEP})
    open_app(page, f"{app_url}/?mode=study")
    note = page.locator("#stored-data-note")
    expect(note).to_have_text(
        "We could not read your saved study progress and self-care sessions in this browser. "
        "We kept a copy aside and started afresh."
    )
    assert _stored(page, "localStorage", "study-progress-set-aside") == bad
    assert _stored(page, "localStorage", "guided-history-set-aside") == DEEP

    # Study mode works: a question shows and can be answered, and progress is kept afresh.
    expect(page.locator("#study-prompt")).not_to_have_text("Switch to Study to get your first question.")
    expect(page.locator("#study-prompt")).not_to_be_empty()
    choose_question_kind(page, "Conditions and techniques")  # the new question's buttons, not the old one's
    page.locator(".study-option").first.click()
    expect(page.locator("#study-feedback")).not_to_be_empty()
    page.wait_for_function("() => JSON.parse(localStorage.getItem('study-progress') || '{}').turn === 1")

    # Self-care works: the history starts empty. The note stays for this visit only.
    page.get_by_text("Self-care", exact=True).click()
    expect(page.locator("#guided-history-view")).to_have_text("No sessions saved in this browser yet.")
    callbacks_settled(page)
    assert console_errors == []
    page.reload()
    page.wait_for_selector("#body-map .js-plotly-plot .scatterlayer")
    callbacks_settled(page)
    expect(note).to_be_empty()
    expect(note).to_be_hidden()
    assert _stored(page, "localStorage", "study-progress-set-aside") == bad  # still kept
    assert console_errors == []


def test_a_second_bad_value_does_not_replace_the_first_one_set_aside(page, app_url, console_errors):
    _seed(page, app_url, "localStorage", {"study-progress-set-aside": "first", "study-progress": DEEP})
    open_app(page, f"{app_url}/?mode=study")
    expect(page.locator("#stored-data-note")).to_contain_text("your saved study progress in this browser")
    assert _stored(page, "localStorage", "study-progress-set-aside") == "first"
    assert _stored(page, "localStorage", "study-progress-set-aside-2") == DEEP
    assert console_errors == []


def test_odd_theme_and_handout_list_are_set_aside_too(page, app_url, console_errors):
    _seed(page, app_url, "localStorage", {"theme-store": DEEP})
    page.evaluate("v => sessionStorage.setItem('handout-list', v)", '{"a": 1}')
    open_app(page, f"{app_url}/?point=soleus-1")
    expect(page.locator("#stored-data-note")).to_contain_text(
        "We could not read your saved dark mode setting and handout list in this browser."
    )
    assert _stored(page, "sessionStorage", "handout-list-set-aside") == '{"a": 1}'
    page.get_by_role("button", name="Add to handout").click()
    expect(page.locator("#handout-link")).to_have_attribute("href", "/handout?points=soleus-1")
    assert console_errors == []


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_note_has_no_serious_accessibility_violations(page, app_url, dark):
    _seed(page, app_url, "localStorage", {"study-progress": DEEP, "theme-store": '"dark"' if dark else '"light"'})
    open_app(page, f"{app_url}/?mode=study")
    expect(page.locator("html")).to_have_attribute("data-mantine-color-scheme", "dark" if dark else "light")
    expect(page.locator("#stored-data-note")).not_to_be_empty()
    page_settled(page)
    violations = Axe().run(page).response["violations"]
    assert [v["id"] for v in violations if v["impact"] in ("serious", "critical")] == []


# Entries another version may have written: a point this data no longer has, a form with fields missing or
# changed, a session with fields this version does not know, something that is not a session at all.
MARKER = "kept-here-never-sent"
OLD_HISTORY = [
    {"when": "2025-03-01 08:00", "point": "retired-point-1", "side": "left", "before": 6, "after": 4},
    {"when": "2025-03-02 08:00", "point": "soleus-1", "before": 5.5, "after": 3, "notes": MARKER},
    ["2025-03-03", "soleus-1", 6, 3],
    {"when": "2025-03-04 08:00", "point": "retired-point-2", "side": "right", "before": 7, "after": 2},
    *(
        {"when": f"2025-04-{n % 28 + 1:02d} 09:00", "point": "upper-trapezius-1", "side": "right", "before": 5,
         "after": 3, "extra": {"n": n, "tag": MARKER}}
        for n in range(60)
    ),
]  # fmt: skip


def test_saving_a_session_keeps_every_older_entry_byte_for_byte(page, app_url, console_errors):
    seeded = json.dumps(OLD_HISTORY, separators=(",", ":"))
    _seed(page, app_url, "localStorage", {"guided-history": seeded})
    bodies: list[str] = []
    page.on("request", lambda request: bodies.append(request.post_data or "") if request.method == "POST" else None)
    open_app(page, f"{app_url}/?mode=self-care&point=soleus-1&side=left")
    expect(page.locator("#stored-data-note")).to_be_empty()  # odd entries are kept, not set aside

    view = page.locator("#guided-history-view")
    expect(view).to_contain_text("64 sessions are saved in this browser; the 10 newest are listed.")
    expect(view).to_contain_text(
        "2 saved sessions are for points this version doesn't have (retired-point-2, retired-point-1); "
        "they are kept in this browser."
    )
    expect(view).to_contain_text("1 saved session is in a form this version can't read; it is kept in this browser.")

    page.locator("#guided-next").click()
    page.get_by_role("radiogroup", name="How strong is the pain right now?").get_by_role("radio", name="5").check()
    for _ in range(6):
        page.locator("#guided-next").click()
    page.get_by_role("radiogroup", name="How strong is the pain now?").get_by_role("radio", name="5").check()
    page.locator("#guided-save").click()
    expect(page.locator("#guided-summary")).to_contain_text("Saved.")
    page.wait_for_function("n => JSON.parse(localStorage.getItem('guided-history')).length === n", arg=65)
    stored = _stored(page, "localStorage", "guided-history")
    assert stored.startswith(seeded[:-1] + ',{"when":')
    newest = json.loads(stored)[-1]
    assert (newest["point"], newest["side"], newest["before"], newest["after"]) == ("soleus-1", "left", 5, 5)
    expect(page.locator(".history-table tbody tr").first).to_contain_text("Soleus")
    expect(view).to_contain_text("65 sessions are saved in this browser")

    page.reload()
    expect(page.locator(".history-table tbody tr")).to_have_count(10)
    # The list kept in the browser is never sent to the server: only the fields the view lists are.
    callbacks_settled(page)
    assert bodies and not any(MARKER in body for body in bodies)
    assert console_errors == []


def test_a_long_history_is_counted_in_full_but_only_its_newest_part_is_sent(page, app_url, console_errors):
    session = {"when": "2025-05-01 09:00", "point": "soleus-1", "side": "left", "before": 6, "after": 2}
    history = [{**session, "point": "retired-point-old"}] * 50 + [session] * (SESSIONS_SENT - 1)
    history.append({**session, "point": "retired-point-new"})
    _seed(page, app_url, "localStorage", {"guided-history": json.dumps(history)})
    open_app(page, f"{app_url}/?mode=self-care")
    view = page.locator("#guided-history-view")
    expect(view).to_contain_text(f"{SESSIONS_SENT + 50} sessions are saved in this browser; the 10 newest are listed.")
    expect(view).to_contain_text(
        f"Of the newest {SESSIONS_SENT}: 1 saved session is for a point this version doesn't have "
        "(retired-point-new); it is kept in this browser."
    )
    expect(view).not_to_contain_text("retired-point-old")
    assert console_errors == []
