"""Issue 17 in a real browser: the user's record goes out and comes back without loss (download, clear the browser,
upload: counted), merges beside other data, and a wrong file changes nothing; the self-care chart after two saved
sessions; a reload keeps the self-care step; a self-care link to an unknown point gets a note; dizziness can be
chosen as a condition; the search box's focus ring shows."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from playwright.sync_api import expect

from tests.browser.helpers import AFTER, BEFORE, FIGURE, callbacks_settled, guided_next, open_app, rate_pain
from triggerpoints.figure import POINTS_TRACE
from triggerpoints.study_schedule import empty_progress, record_answer

UT, SOLEUS = "upper-trapezius-1", "soleus-1"
DIZZINESS = "Dizziness and unsteadiness (postural)"


def _progress(*answers: tuple[str, bool]) -> dict:
    progress, now = empty_progress(), datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    for card, correct in answers:
        progress = record_answer(progress, card, correct, now)
        now += timedelta(minutes=3)
    return progress


def _session(when: str, point: str, session: str | None, before: int, after: int) -> dict:
    entry = {"when": when, "point": point, "side": "right", "before": before, "after": after}
    return {**entry, "session": session} if session else entry


PROGRESS = _progress((UT, True), (SOLEUS, False), ("muscle:trapezius", True), (UT, True), ("infraspinatus-1", True))
HISTORY = [
    _session("2026-11-18 08:10", UT, None, 7, 5),  # saved before sessions had ids
    _session("2026-11-25 19:00", UT, "3f2a", 6, 3),
    _session("2026-11-28 07:45", SOLEUS, "77c1", 5, 2),
]


def _stored(page, key: str, storage: str = "localStorage") -> object:
    raw = page.evaluate("([storage, key]) => window[storage].getItem(key)", [storage, key])
    return None if raw is None else json.loads(raw)


def _seed(page, url: str, values: dict[str, object], then: str) -> None:
    """Opens the app once (for its origin), keeps values as the app would have, then opens `then`."""
    open_app(page, url)
    page.evaluate("(values) => Object.entries(values).forEach(([k, v]) => localStorage.setItem(k, JSON.stringify(v)))",
                  values)  # fmt: skip
    open_app(page, url + then)


def _upload(page, path) -> None:
    page.locator("#record-upload input[type=file]").set_input_files(path)


def _download(page, tmp_path):
    with page.expect_download() as download:
        page.get_by_role("button", name="Download my record").click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    return download.value.suggested_filename, path


def test_a_record_downloaded_cleared_and_uploaded_gives_back_exactly_what_was_there(page, app_url, tmp_path,
                                                                                      console_errors):  # fmt: skip
    _seed(page, app_url, {"study-progress": PROGRESS, "guided-history": HISTORY, "theme-store": "dark"},
          "/?mode=study")  # fmt: skip
    record = page.locator(".user-record")
    expect(record).to_contain_text("Your progress lives only in this browser")
    before = {"sessions": len(_stored(page, "guided-history")), "cards": len(_stored(page, "study-progress")["items"])}
    assert before == {"sessions": 3, "cards": 4}

    name, path = _download(page, tmp_path)
    assert name == f"trigger-point-record-{datetime.now():%Y-%m-%d}.json"
    saved = json.loads(path.read_text())
    assert (saved["app"], saved["format"], saved["theme"]) == ("Trigger Point Explorer", 1, "dark")
    assert path.read_text().count('"when"') == path.read_text().count("\n    {") == 3  # a session a line

    page.evaluate("() => localStorage.clear()")
    open_app(page, f"{app_url}/?mode=self-care")
    expect(page.locator("#guided-history-view")).to_have_text("No sessions saved in this browser yet.")
    expect(page.locator(".self-care-chart")).to_contain_text("No sessions to chart yet")
    _upload(page, path)
    expect(page.locator("#record-note")).to_contain_text("Your record is merged")
    expect(page.locator("#record-note")).to_contain_text("Self-care: 3 sessions added.")
    expect(page.locator("#record-note")).to_contain_text("Study: 4 cards added, 0 brought up to date.")
    expect(page.locator("#record-note")).to_contain_text("Dark mode is on, as in the record.")
    callbacks_settled(page)
    assert _stored(page, "guided-history") == HISTORY
    assert _stored(page, "study-progress") == PROGRESS
    assert _stored(page, "theme-store") == "dark"
    expect(page.locator("html")).to_have_attribute("data-mantine-color-scheme", "dark")
    expect(page.locator(".history-table tbody tr")).to_have_count(3)
    assert console_errors == []


def test_an_upload_into_a_browser_with_other_data_keeps_both(page, app_url, tmp_path, console_errors):
    _seed(page, app_url, {"study-progress": PROGRESS, "guided-history": HISTORY}, "/?mode=self-care")
    _, path = _download(page, tmp_path)
    other_progress = _progress(("temporalis-1", True), (UT, False), (UT, False), (UT, False))
    other_history = [HISTORY[1], _session("2026-11-26 12:00", "temporalis-1", "aa01", 4, 1)]
    page.evaluate("([p, h]) => { localStorage.setItem('study-progress', JSON.stringify(p));"
                  " localStorage.setItem('guided-history', JSON.stringify(h)); }", [other_progress, other_history])  # fmt: skip
    open_app(page, f"{app_url}/?mode=self-care")
    _upload(page, path)
    expect(page.locator("#record-note")).to_contain_text("Self-care: 2 sessions added; 1 was here already.")
    callbacks_settled(page)
    history = _stored(page, "guided-history")
    assert history == [HISTORY[0], HISTORY[1], other_history[1], HISTORY[2]]  # both, once each, by time
    items = _stored(page, "study-progress")["items"]
    assert set(items) == set(PROGRESS["items"]) | {"temporalis-1"}
    assert items[UT]["seen"] == 3 and items[UT]["right"] == 2  # more answers here; more right in the record

    _upload(page, path)  # the same file again adds nothing
    expect(page.locator("#record-note")).to_contain_text("no new sessions (all 3 in the record were here already)")
    callbacks_settled(page)
    assert len(_stored(page, "guided-history")) == 4
    assert console_errors == []


def test_a_file_that_is_not_a_record_changes_nothing_and_says_why(page, app_url, tmp_path, console_errors):
    _seed(page, app_url, {"guided-history": HISTORY}, "/?mode=self-care")
    broken = tmp_path / "notes.json"
    broken.write_text('{"app": "Trigger Point Explorer", "format": 1, "self_care_history": [}')
    _upload(page, broken)
    note = page.locator("#record-note")
    expect(note).to_contain_text("“notes.json” was not merged")
    expect(note).to_contain_text("This file is not valid JSON (line 1, column 70: expecting value)")
    expect(note).to_contain_text("Nothing in this browser was changed.")
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    _upload(page, picture)
    expect(note).to_contain_text("This file is not text")
    callbacks_settled(page)
    assert _stored(page, "guided-history") == HISTORY and _stored(page, "study-progress") is None
    assert console_errors == []


def _session_run(page, before: int, after: int) -> None:
    """A whole guided session: the check, the first rating, the steps, the last rating, Save."""
    guided_next(page)
    rate_pain(page, BEFORE, before)
    guided_next(page, 5)
    rate_pain(page, AFTER, after)
    page.locator("#guided-save").click()
    expect(page.locator("#guided-summary")).to_contain_text(f"Pain before {before}, after {after}")


def test_the_chart_shows_after_two_saved_sessions(page, app_url, console_errors):
    open_app(page, f"{app_url}/?mode=self-care&point={UT}&side=left")
    chart = page.locator(".self-care-chart")
    expect(chart).to_contain_text("No sessions to chart yet")
    expect(page.locator("#self-care-chart-box")).to_be_hidden()
    _session_run(page, 7, 4)
    expect(page.locator("#self-care-chart-summary")).to_contain_text("1 session on")
    callbacks_settled(page)
    page.reload()  # a saved session is done: the next one starts at the check
    page.wait_for_selector("#body-map .js-plotly-plot .scatterlayer")
    _session_run(page, 6, 2)
    expect(page.locator("#self-care-chart-box")).to_be_visible()
    expect(chart.locator(".scatterlayer .trace")).to_have_count(3)
    expect(page.locator("#self-care-chart-summary")).to_contain_text("2 sessions")
    expect(page.locator("#self-care-chart-summary")).to_contain_text("pain was 3.5 lower after a session on average")
    expect(page.locator("#self-care-chart-point")).to_be_hidden()  # one point: nothing to choose
    assert console_errors == []


def test_a_reload_keeps_the_self_care_step_and_its_rating(page, app_url, console_errors):
    open_app(page, f"{app_url}/?mode=self-care&point={UT}&side=left")
    guided_next(page)
    rate_pain(page, BEFORE, 6)
    guided_next(page, 2)
    expect(page.locator("#guided-pressure")).to_be_visible()  # "Press and hold"
    callbacks_settled(page)
    page.reload()
    page.wait_for_selector("#body-map .js-plotly-plot .scatterlayer")
    expect(page.locator("#guided-pressure")).to_be_visible()
    expect(page.locator("#guided-stepper .mantine-Stepper-step[data-progress]")).to_contain_text("Press and hold")
    guided_next(page, 3)
    expect(page.get_by_role("radiogroup", name=AFTER)).to_be_visible()
    rate_pain(page, AFTER, 3)
    page.locator("#guided-save").click()
    expect(page.locator("#guided-summary")).to_contain_text("Pain before 6, after 3")  # the rating kept too
    callbacks_settled(page)
    page.reload()  # saved and done: the next session starts at the check, and this one is kept once
    page.wait_for_selector("#body-map .js-plotly-plot .scatterlayer")
    expect(page.get_by_text("Before you start, tick anything that applies to you now.")).to_be_visible()
    assert len(_stored(page, "guided-history")) == 1
    assert console_errors == []


def test_a_reload_after_a_session_ended_early_shows_what_to_do_again(page, app_url, console_errors):
    open_app(page, f"{app_url}/?mode=self-care&point={UT}&side=left")
    guided_next(page)
    rate_pain(page, BEFORE, 5)
    guided_next(page, 2)
    page.get_by_role("button", name="Stop: it tingles, goes numb or shoots").click()
    expect(page.locator("#guided-end")).to_contain_text("Stop: ease off now")
    callbacks_settled(page)
    page.reload()
    page.wait_for_selector("#body-map .js-plotly-plot .scatterlayer")
    expect(page.locator("#guided-end")).to_contain_text("Stop: ease off now")
    expect(page.locator("#guided-next")).to_be_disabled()
    page.get_by_role("button", name="Start a new session").click()
    expect(page.get_by_text("Before you start, tick anything that applies to you now.")).to_be_visible()
    assert console_errors == []


def test_a_reload_on_another_link_starts_at_the_check(page, app_url, console_errors):
    open_app(page, f"{app_url}/?mode=self-care&point={UT}&side=left")
    guided_next(page)
    rate_pain(page, BEFORE, 6)
    guided_next(page)
    callbacks_settled(page)
    open_app(page, f"{app_url}/?mode=self-care&point={UT}")  # the right side: another session
    expect(page.get_by_text("Before you start, tick anything that applies to you now.")).to_be_visible()
    assert console_errors == []


def test_a_self_care_link_to_an_unknown_point_shows_the_explorers_note(page, app_url, console_errors):
    open_app(page, f"{app_url}/?mode=self-care&point=bogus")
    note = page.locator("#guided-link-note")
    expect(note).to_contain_text("About this link")
    expect(note).to_contain_text("We could not find a trigger point called “bogus”. Choose one from the list below.")
    page.locator("#guided-point").click()
    page.get_by_role("option", name="Soleus").first.click()
    expect(note).to_be_empty()
    assert console_errors == []


def test_dizziness_can_be_chosen_and_shows_its_points(page, app_url, dataset, console_errors):
    open_app(page, f"{app_url}/?pain=")
    page.locator("#condition-start").fill("dizz")
    page.get_by_role("option", name=DIZZINESS).click()
    expect(page).to_have_url(f"{app_url}/?condition=dizziness")
    expect(page.locator("#mode label[data-active]")).to_have_text("Explore")
    expect(page.locator("#filter-condition")).to_have_value(DIZZINESS)
    linked = sorted(p for p, point in dataset.points.items() if "dizziness" in point.conditions)
    page.wait_for_function(
        f"(ids) => {{ const shown = {FIGURE}.data[{POINTS_TRACE}].customdata.map(c => c[0]);"
        " return shown.length > 0 && shown.every(id => ids.includes(id)); }",
        arg=linked,
    )
    assert console_errors == []


def test_the_search_box_focus_ring_shows(page, app_url, console_errors):
    open_app(page, app_url)
    page.locator("#search").focus()
    ring = page.locator("#search").evaluate(
        "box => getComputedStyle(box).outlineWidth + ' ' + getComputedStyle(box).outlineStyle"
    )
    assert ring == "3px solid"
    assert console_errors == []
