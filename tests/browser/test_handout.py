"""The patient handout in a real browser: its sections and figures, the therapist's form and the link it writes, the
print (controls hidden, QR code shown, three points on three pages of A4 and of Letter, counted from the PDF), and
the PNG download."""

from __future__ import annotations

import io
import re
import struct
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

TWO_POINTS = "/handout?points=upper-trapezius-1,infraspinatus-1:left"
POINTS = [("Trapezius (upper fibres)", "Right side"), ("Infraspinatus", "Left side")]
THREE_POINTS = "/handout?points=upper-trapezius-1,infraspinatus-1:left,temporalis-1"
SECTIONS = ["Where to press", "How long and how often", "Stretch", "Take care"]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# The width inside the 12 mm side margins, in CSS pixels (96 per inch).
PRINTABLE_WIDTH = {"A4": (210 - 24) / 25.4 * 96, "Letter": (215.9 - 24) / 25.4 * 96}


def test_a_two_point_handout_shows_every_section_and_figure(page, app_url, console_errors):
    page.goto(app_url + TWO_POINTS)
    expect(page.get_by_role("heading", level=1)).to_have_text("Your self-care handout")
    expect(page.locator(".date")).to_contain_text(re.compile(r"\d{1,2} [A-Z][a-z]+ \d{4}"))
    expect(page.locator(".education-note")).to_contain_text("For education only, not a diagnosis.")
    points = page.locator("article.point")
    expect(points).to_have_count(2)
    for index, (muscle, side) in enumerate(POINTS):
        point = points.nth(index)
        expect(point.get_by_role("heading", level=2)).to_contain_text(muscle)
        expect(point.get_by_role("heading", level=2)).to_contain_text(side)
        for section in SECTIONS:
            expect(point.get_by_role("heading", level=3, name=section)).to_be_visible()
        figure = point.locator("svg.body-svg")
        expect(figure).to_be_visible()
        assert figure.bounding_box()["height"] > 250
        # The views that show the pattern best: trapezius on the right side alone, infraspinatus front and back.
        expect(figure.locator(".view-title")).to_have_text((["Right side"], ["Front", "Back"])[index])
        assert figure.locator(".zone-essential path").count() > 0
        assert figure.locator("defs .trigger-point").count() == 1
    expect(points.nth(1).locator("svg.body-svg")).to_have_attribute("data-side", "left")
    # The warning signs once, after the points; no practitioner method unless the therapist asks.
    expect(page.get_by_role("heading", level=2, name="When to stop and get help")).to_have_count(1)
    expect(points.get_by_text(re.compile("needling", re.I))).to_have_count(0)
    expect(page.get_by_role("button", name="Print or save as PDF")).to_be_visible()
    expect(page.get_by_role("button", name="Download figure as PNG")).to_have_count(2)
    assert console_errors == []


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_print_hides_the_controls_and_shows_the_qr_code(page, app_url, console_errors, paper):
    width = PRINTABLE_WIDTH[paper]
    page.set_viewport_size({"width": int(width), "height": 1000})
    page.goto(app_url + TWO_POINTS)
    expect(page.get_by_role("button", name="Print or save as PDF")).to_be_visible()
    page.emulate_media(media="print")
    buttons = page.locator("button")
    assert buttons.count() == 5, "print, copy link, update, two downloads"
    for index in range(buttons.count()):
        expect(buttons.nth(index)).to_be_hidden()
    for hidden in (".toolbar", ".plan-form", ".contents"):
        expect(page.locator(hidden)).to_be_hidden()
    qr = page.locator(".qr svg.qr-svg")
    expect(qr).to_be_visible()
    box = qr.bounding_box()
    assert box["width"] == pytest.approx(box["height"]) and box["width"] > 90, "about 26 mm or more across"
    assert page.locator(".qr").get_attribute("data-qr-link") == page.url
    figures = page.locator("svg.body-svg")
    expect(figures).to_have_count(2)
    for index in range(2):
        figure = figures.nth(index).bounding_box()
        steps = page.locator("article.point").nth(index).locator(".step").first.bounding_box()
        assert figure["x"] >= 0 and figure["x"] + figure["width"] < steps["x"], "the steps beside the figure"
        assert steps["x"] + steps["width"] <= width + 1
    assert page.evaluate("document.documentElement.scrollWidth") <= int(width)
    assert console_errors == []


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_three_points_print_on_at_most_three_pages(page, app_url, paper):
    page.goto(app_url + THREE_POINTS + "&note=After+a+warm+shower.&often1=3+times+a+day&duration1=30+seconds")
    pdf = page.pdf(format=paper)
    assert pdf.startswith(b"%PDF")
    assert _pages(pdf) <= 3, f"{_pages(pdf)} pages of {paper} for three points"
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert text.count("When to stop and get help") == 1 and "3 times a day" in text


def test_the_form_writes_the_note_and_plan_into_the_link_and_the_print(page, app_url, console_errors):
    page.goto(app_url + TWO_POINTS)
    form = page.locator("details.plan-form")
    form.locator("summary").click()
    link = page.get_by_label("Link to this handout")
    before = link.input_value()
    page.get_by_label("Note for your patient").fill("Warm up first.\nSee you on Friday.")
    first = page.locator("fieldset.plan-point").nth(0)
    first.get_by_label("How often").fill("3 times a day")
    first.get_by_label("How long").fill("30 seconds")
    second = page.locator("fieldset.plan-point").nth(1)
    second.get_by_label("Side").select_option("right")
    page.get_by_label("Also name the methods only a practitioner uses").check()
    written = link.input_value()
    assert written != before
    expect(page.locator("[data-form-status]")).to_contain_text("Update handout")
    query = parse_qs(urlsplit(written).query)
    assert query == {
        "points": ["upper-trapezius-1,infraspinatus-1"],
        "note": ["Warm up first.\nSee you on Friday."],
        "often1": ["3 times a day"],
        "duration1": ["30 seconds"],
        "methods": ["1"],
    }
    page.get_by_role("button", name="Update handout").click()
    page.wait_for_url(written)
    expect(page.locator("[data-form-status]")).to_contain_text("now shows your note and plan")
    expect(page.locator("details.plan-form")).to_have_attribute("open", "")
    page.emulate_media(media="print")
    expect(page.locator(".note-text")).to_have_text("Warm up first.\nSee you on Friday.")
    plan = page.locator("article.point").nth(0).locator(".plan-values")
    expect(plan).to_contain_text("How often3 times a day")
    expect(plan).to_contain_text("How long30 seconds")
    expect(page.locator("article.point").nth(1).locator(".side-tag")).to_have_text("Right side")
    expect(page.locator(".methods-line").first).to_contain_text("Your therapist may also use:")
    expect(page.locator("details.plan-form")).to_be_hidden()
    expect(page.locator(".qr svg")).to_be_visible()
    assert page.locator(".qr").get_attribute("data-qr-link") == written == page.url
    assert console_errors == []


def test_download_figure_as_png(page, app_url, console_errors, tmp_path):
    page.goto(app_url + TWO_POINTS)
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download figure as PNG").nth(1).click()
    download = download_info.value
    assert download.suggested_filename == "infraspinatus-1-left.png"
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    data = path.read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    width, height = struct.unpack(">II", data[16:24])
    assert width == 1440 and height > 800, "twice the figure's size, legend included"
    assert len(data) > 30_000, "a drawn figure, not a blank canvas"
    expect(page.locator(".figure-status").nth(1)).to_have_text("")
    assert console_errors == []


def test_a_bad_link_names_what_was_left_out_and_keeps_the_rest(page, app_url, console_errors):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(
        f"{app_url}/handout?points=%3Cscript%3Ealert(1)%3C/script%3E,soleus-1:left,m%C3%BAsculo&side=" + "x" * 10_000
    )
    note = page.locator(".link-note")
    expect(note).to_contain_text("“<script>alert(1)</script>” and “músculo”")
    expect(note).to_contain_text("x" * 60 + "…")
    assert len(note.inner_text()) < 400
    expect(page.locator("article.point")).to_have_count(1)
    expect(page.locator("article.point h2")).to_contain_text("Soleus")
    expect(page.locator("article.point h2")).to_contain_text("Left side")
    assert dialogs == []
    assert console_errors == []


def test_no_valid_point_gives_a_friendly_page_that_links_back(page, app_url, console_errors):
    response = page.goto(f"{app_url}/handout?points=nothing-here")
    assert response.status == 200
    expect(page.get_by_role("heading", level=2)).to_have_text("No trigger point to show")
    expect(page.get_by_role("link", name="Go to Trigger Point Explorer")).to_have_attribute("href", "/")
    expect(page.locator("svg.body-svg")).to_have_count(0)
    expect(page.get_by_role("button", name="Print or save as PDF")).to_have_count(0)
    assert console_errors == []
