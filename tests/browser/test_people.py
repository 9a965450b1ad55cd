"""Issue 5 in a real browser: the patient view, sharing, the handout list and study mode (guided self-care:
test_guided.py)."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.browser.helpers import (
    ESSENTIAL_SHAPE,
    FIGURE,
    HIDDEN_PATH,
    SELECTED_SHAPE,
    choose_question_kind,
    figure_ready,
    hover_at,
    new_question,
    open_app,
    shape_shown,
    shape_xs,
)
from triggerpoints.figure import POINTS_TRACE


def _switch(page, switch_id: str) -> None:
    page.locator(f"#{switch_id} + .mantine-Switch-track").click()


def test_patient_view_is_plain_and_shows_only_the_chosen_point(page, app_url, console_errors):
    open_app(page, f"{app_url}/?point=upper-trapezius-1")
    _switch(page, "patient-switch")
    expect(page).to_have_url(re.compile(r"view=patient"))
    panel = page.locator("#point-details")
    expect(panel).to_contain_text("What you can do at home")
    expect(panel).to_contain_text("Stop and see a clinician first if")
    expect(panel.get_by_text("Anatomy:")).to_be_hidden()
    assert "(mastoid)" not in panel.inner_text(), "clinical terms in brackets are left out"
    page.wait_for_function(f"() => {FIGURE}.data[{POINTS_TRACE}].visible === false")
    assert len(shape_xs(page, SELECTED_SHAPE)) == 1
    panel.get_by_text("Clinical terms and sources (for your therapist)").click()
    expect(panel.get_by_text("Anatomy:")).to_be_visible()
    assert console_errors == []


def test_share_copies_a_link_that_opens_exactly_this_view(page, app_url, context, console_errors):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_app(page, f"{app_url}/?pain=heel-pad-left,arch-left&point=soleus-1&side=left&view=patient")
    page.locator("#share").click()
    expect(page.locator("#share-note")).to_contain_text("Link copied")
    copied = page.evaluate("navigator.clipboard.readText()")
    # The patient view opens on the point's pattern, and the link keeps that zoom.
    assert copied.endswith("/?pain=heel-pad-left,arch-left&point=soleus-1&side=left&view=patient&zoom=pattern")
    other = context.new_page()
    open_app(other, copied)
    expect(other.locator(".marked-chip")).to_have_count(2)
    expect(other.locator("#point-details")).to_contain_text("What you can do at home")
    assert console_errors == []


def test_handout_list_collects_points_and_links_to_the_handout(page, app_url, console_errors):
    open_app(page, f"{app_url}/?point=soleus-1&side=left")
    link = page.locator("#handout-link")
    expect(link).to_have_attribute("href", "/handout?points=soleus-1:left")
    page.locator("#handout-add").click()
    # The list is kept in this browser once the click's callback has answered; leaving earlier would lose it.
    page.wait_for_function("() => (sessionStorage.getItem('handout-list') || '').includes('soleus-1:left')")
    open_app(page, f"{app_url}/?point=masseter-1")
    page.locator("#handout-add").click()
    expect(link).to_have_attribute("href", "/handout?points=soleus-1:left,masseter-1")
    expect(link).to_have_text("Open handout (2 points)")
    page.locator("#handout-clear").click()
    expect(link).to_have_attribute("href", "/handout?points=masseter-1")
    assert console_errors == []


def _answer_locate(page, dataset, right: bool) -> None:
    prompt = page.locator("#study-prompt").inner_text()
    match = re.match(r"Click where the trigger point of (.+) lies, on the (right|left) side\.", prompt)
    assert match, prompt
    muscle, side = match.groups()
    point = next(p for k, p in dataset.points.items() if dataset.point_name(k).lower() == muscle)
    x = point.x if side == "right" else (340 if point.view == "front" else 1020) - point.x
    if not right:
        x = 660 if x < 340 else 20  # the far edge of the canvas, nowhere near the point
    position = page.evaluate(
        f"""([x, y]) => {{ const gd = {FIGURE}; const box = gd.getBoundingClientRect();
            const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
            return [box.left + xa._offset + xa.l2p(x), box.top + ya._offset + ya.l2p(y)]; }}""",
        [x, point.y],
    )
    page.mouse.move(position[0] - 2, position[1])
    hover_at(page, *position)
    page.mouse.click(*position)


def _wait_for_whole_body(page) -> None:
    """Waits until a "where does it lie?" question has reset the map to the whole body."""
    page.wait_for_function(
        f"() => {FIGURE}._fullLayout.xaxis.range[0] <= 0 && {FIGURE}._fullLayout.xaxis.range[1] >= 680"
    )
    figure_ready(page)


def test_study_answers_right_and_wrong_with_feedback_on_the_map(page, app_url, dataset, console_errors):
    open_app(page, f"{app_url}/?mode=study")
    choose_question_kind(page, "Where does it lie?")
    expect(page.locator("#study-prompt")).to_contain_text("Click where the trigger point of")
    _wait_for_whole_body(page)
    _answer_locate(page, dataset, right=True)
    expect(page.locator("#study-feedback")).to_contain_text("Right!")
    shape_shown(page, SELECTED_SHAPE)
    expect(page.locator("#study-score")).to_have_text("Score this session: 1 of 1")
    new_question(page, lambda: page.locator("#study-next").click())
    expect(page.locator("#study-feedback")).to_be_empty()
    _wait_for_whole_body(page)
    _answer_locate(page, dataset, right=False)
    expect(page.locator("#study-feedback")).to_contain_text("Not quite")
    expect(page.locator("#study-score")).to_have_text("Score this session: 1 of 2")
    choose_question_kind(page, "Which muscle refers here?")
    page.wait_for_function(
        f"() => {FIGURE}.layout.shapes[{ESSENTIAL_SHAPE}].path !== '{HIDDEN_PATH}' && {FIGURE}.layout.shapes[{SELECTED_SHAPE}].path === '{HIDDEN_PATH}'"
    )
    options = page.locator(".study-option")
    expect(options).to_have_count(4)
    options.first.click()
    expect(page.locator(".study-option.is-right")).to_have_count(1)
    assert console_errors == []


def test_study_progress_survives_a_reload_and_can_be_reset(page, app_url, console_errors):
    open_app(page, f"{app_url}/?mode=study")
    choose_question_kind(page, "Conditions and techniques")
    page.locator(".study-option").first.click()
    expect(page.locator("#study-feedback")).not_to_be_empty()
    page.reload()
    page.wait_for_selector("#body-map .js-plotly-plot .scatterlayer")
    page.get_by_role("tab", name="Progress").click()
    seen = page.locator(".progress-table tbody td:nth-child(2)")
    expect(seen.filter(has_text="1")).to_have_count(1)
    page.on("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Reset my progress").click()
    expect(seen.filter(has_text="1")).to_have_count(0)
    assert console_errors == []


def test_flashcards_show_the_point_then_its_facts_by_area(page, app_url, dataset, console_errors):
    open_app(page, f"{app_url}/?mode=study")
    page.get_by_role("tab", name="Flashcards").click()
    page.locator("#flash-area").click()
    page.get_by_role("option", name="Lower leg, ankle & foot").click()
    card = page.locator("#flash-card")
    total = sum(point.nav_area == "lower-leg-foot" for point in dataset.points.values())
    expect(card).to_contain_text(re.compile(rf"Card \d+ of {total}"))  # a random card, with nothing due for review
    first = int(re.search(r"Card (\d+) of", card.inner_text()).group(1))
    expect(card).to_contain_text("Which muscle has this trigger point")
    shape_shown(page, SELECTED_SHAPE)
    page.locator("#flash-flip").click()
    expect(card).to_contain_text("Refers to:")
    page.locator("#flash-next").click()
    expect(card).to_contain_text(f"Card {first % total + 1} of {total}")
    assert console_errors == []
