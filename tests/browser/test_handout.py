"""The patient handout in a real browser: its sections and figures, print layout, PDF on A4 and Letter, PNG download."""

from __future__ import annotations

import re
import struct

import pytest
from playwright.sync_api import expect

TWO_POINTS = "/handout?points=upper-trapezius-1,infraspinatus-1:left"
POINTS = [("Trapezius (upper fibres)", "Right side"), ("Infraspinatus", "Left side")]
SECTIONS = ["Where to press", "How long and how often", "Stretch", "Take care", "See a clinician first if…", "Sources"]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# The width inside 14 mm margins, in CSS pixels (96 per inch).
PRINTABLE_WIDTH = {"A4": (210 - 28) / 25.4 * 96, "Letter": (215.9 - 28) / 25.4 * 96}


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
        # Only the views that show the pattern: trapezius on the back and the side, infraspinatus front and back.
        expect(figure.locator(".side-letter")).to_have_text((["L", "R"], ["R", "L", "L", "R"])[index])
        assert figure.locator(".zone-essential path").count() > 0
        # An X on each view that shows it: trapezius on the back and the right side; the left side is not on the side view.
        assert figure.locator("defs .trigger-point").count() == (2, 1)[index]
    expect(points.nth(1).locator("svg.body-svg")).to_have_attribute("data-side", "left")
    expect(page.get_by_role("button", name="Print or save as PDF")).to_be_visible()
    expect(page.get_by_role("button", name="Download figure as PNG")).to_have_count(2)
    assert console_errors == []


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_print_hides_the_controls_and_each_figure_fits_the_printable_width(page, app_url, console_errors, paper):
    width = PRINTABLE_WIDTH[paper]
    page.set_viewport_size({"width": int(width), "height": 1000})
    page.goto(app_url + TWO_POINTS)
    expect(page.get_by_role("button", name="Print or save as PDF")).to_be_visible()
    page.emulate_media(media="print")
    buttons = page.locator("button")
    assert buttons.count() == 3
    for index in range(buttons.count()):
        expect(buttons.nth(index)).to_be_hidden()
    expect(page.locator(".toolbar")).to_be_hidden()
    figures = page.locator("svg.body-svg")
    expect(figures).to_have_count(2)
    for index in range(2):
        box = figures.nth(index).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, box
        assert box["width"] > 0.7 * width, "the figure uses the page's width"
    assert page.evaluate("document.documentElement.scrollWidth") <= int(width)
    assert console_errors == []


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_the_handout_prints_to_pdf(page, app_url, paper):
    page.goto(app_url + TWO_POINTS)
    pdf = page.pdf(format=paper)
    assert pdf.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page\b", pdf))
    assert 2 <= pages <= 6, f"{pages} pages for two points"


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
