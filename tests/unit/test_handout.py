"""The patient handout as a pure function: every section, self-care only, the warning signs once, the therapist's
note and plan, the QR code, escaping, the figure's views and sides. (The link: tests/unit/test_handout_query.py; the
route: tests/callbacks/test_handout_route.py.)"""

from __future__ import annotations

import csv
import datetime
import re
from dataclasses import replace
from html import unescape
from pathlib import Path
from types import MappingProxyType

import pytest
from markupsafe import escape

from components.page_frame import EDUCATION_NOTE
from tests.broken_data import rewrite
from triggerpoints.data import Dataset, load_dataset
from triggerpoints.figure_frame import VIEW_CENTERS
from triggerpoints.guided import urgency
from triggerpoints.handout import (
    FALLBACK_FLAG,
    QR_TOO_LONG,
    FlagGroup,
    format_date,
    merged_red_flags,
    render_handout,
)
from triggerpoints.handout_figure import body_figure_svg, figure_crops
from triggerpoints.handout_qr import qr_code

TODAY = datetime.date(2026, 11, 21)
TRAP, SCM, ECRB = "upper-trapezius-1", "sternocleidomastoid-1", "extensor-carpi-radialis-brevis-1"
SECTIONS = (
    "Your self-care handout",
    "Where to press",
    "How long and how often",
    "Stretch",
    "Take care",
    "When to stop and get help",
    "Sources:",
)


def test_dates_read_the_same_in_every_locale():
    assert format_date(TODAY) == "21 November 2026"
    assert format_date(datetime.date(2027, 1, 5)) == "5 January 2027"


def test_every_section_is_there_for_each_point(fixture_dataset: Dataset):
    page = render_handout(fixture_dataset, f"points={TRAP},{ECRB}:left", TODAY)
    for heading in SECTIONS:
        assert heading in page
    assert page.count('<article class="point') == 2
    assert page.count('class="body-svg"') == 2
    assert "21 November 2026" in page
    assert str(escape(EDUCATION_NOTE)) in page
    trap = fixture_dataset.points[TRAP]
    for text in (trap.location, trap.self_care, trap.stretch, trap.precautions, *trap.sources):
        assert str(escape(text)) in page
    for flag in fixture_dataset.red_flags(TRAP):
        assert page.count(str(escape(flag))) == 1, "each warning sign once"
    assert "Hold 30-60 seconds" in page, "the dose of the point's first self-care technique (pincer grip)"
    assert "Trapezius (upper fibres)" in page and "Right side" in page and "Left side" in page


def test_practitioner_methods_are_left_out_unless_the_link_asks(fixture_dataset: Dataset):
    needling = fixture_dataset.techniques["dry-needling"]
    plain = render_handout(fixture_dataset, f"points={TRAP}", TODAY)
    assert needling.name not in plain and "Your therapist may also use" not in plain
    asked = render_handout(fixture_dataset, f"points={TRAP}&methods=1", TODAY)
    assert f'<p class="methods-line">Your therapist may also use: {needling.name}.</p>' in asked
    assert all(step not in asked for step in needling.steps), "named, never taught"


class _Flags:
    """A stand-in dataset that only knows each point's warning signs."""

    def __init__(self, flags: dict[str, tuple[str, ...]]):
        self.flags = flags

    def red_flags(self, point_id: str) -> tuple[str, ...]:
        return self.flags[point_id]


@pytest.mark.parametrize(
    ("flags", "groups"),
    [
        (  # the same sentence once, whatever its case, spacing or final full stop; in the order first met
            {"a": ("Pain after a fall.", "Numbness that is getting worse"),
             "b": ("pain  after a FALL", "Numbness that is getting worse.", "A lump in the neck")},
            [FlagGroup("see-a-doctor", "See a doctor before you go on with self-care",
                       ("Pain after a fall.", "Numbness that is getting worse.", "A lump in the neck."))],
        ),
        (  # grouped by how soon, most urgent first; empty groups left out
            {"a": ("A hot swollen joint: same-day care.", "Night pain."),
             "b": ("Chest pain with sweating: call emergency services.", "A hot swollen joint: same-day care")},
            [FlagGroup("emergency", "Emergency: call emergency services now",
                       ("Chest pain with sweating: call emergency services.",)),
             FlagGroup("same-day", "Same day: see a doctor today", ("A hot swollen joint: same-day care.",)),
             FlagGroup("see-a-doctor", "See a doctor before you go on with self-care", ("Night pain.",))],
        ),
        ({"a": ()}, []),
    ],
)  # fmt: skip
def test_warning_signs_are_merged_once_and_grouped_by_urgency(flags, groups):
    assert list(merged_red_flags(_Flags(flags), flags)) == groups


def test_the_warning_signs_of_all_points_come_once_at_the_end(dataset: Dataset):
    points = ["upper-trapezius-1", "infraspinatus-1", "temporalis-1"]
    page = render_handout(dataset, "points=" + ",".join(points), TODAY)
    assert page.count('id="warning-signs-title"') == 1 and "See a clinician first" not in page
    merged = [flag for group in merged_red_flags(dataset, points) for flag in group.flags]
    repeated = sum(len(dataset.red_flags(p)) for p in points)
    assert len(merged) < repeated, "the points share warning signs"
    for flag in merged:
        assert page.count(f"<li>{escape(flag)}</li>") == 1, flag
    headings = re.findall(r'<div class="flag-group flag-([\w-]+)">', page)
    assert headings == ["emergency", "same-day", "see-a-doctor"]


def test_a_point_without_warning_signs_gets_the_general_advice(fixture_dataset: Dataset):
    points = {**fixture_dataset.points, ECRB: fixture_dataset.points[ECRB].model_copy(update={"conditions": ()})}
    page = render_handout(replace(fixture_dataset, points=MappingProxyType(points)), f"points={ECRB}", TODAY)
    assert f"<p>{escape(FALLBACK_FLAG)}</p>" in page and "flag-list" not in page


def test_the_therapists_note_and_plan_are_printed(fixture_dataset: Dataset):
    query = f"points={TRAP},{SCM}:left&note=Warm+up+first.%0ASee+you+Friday.&often1=3+times+a+day&duration2=1+minute"
    page = render_handout(fixture_dataset, query, TODAY)
    assert '<p class="note-text">Warm up first.\nSee you Friday.</p>' in page
    assert "<dt>How often</dt><dd>3 times a day</dd>" in page and "<dt>How long</dt><dd>1 minute</dd>" in page
    assert '<span class="muted">Usually:</span> Hold 30-60 seconds' in page, "the usual dose beside a partial plan"
    assert 'name="often1" maxlength="40" value="3 times a day"' in page, "the form starts from the link"
    assert '<option value="left" selected>Left</option>' in page


def test_the_qr_code_opens_the_same_handout(fixture_dataset: Dataset):
    query = f"points={TRAP}:left,nope&note=Hi%00there&often1=twice"
    page = render_handout(fixture_dataset, query, TODAY, "http://clinic.example:8050/handout")
    link = f"http://clinic.example:8050/handout?points={TRAP}:left&amp;note=Hi%EF%BF%BDthere&amp;often1=twice"
    assert f'data-qr-link="{link}"' in page and f'value="{link}"' in page
    expected = qr_code(unescape(link))
    assert expected is not None and str(expected.svg) in page
    assert re.search(r'<svg viewBox="0 0 (\d+) \1" class="qr-svg">', page)


def test_a_link_too_long_for_a_qr_code_still_gives_the_page(fixture_dataset: Dataset):
    assert qr_code("http://x/" + "€" * 3_000) is None
    page = render_handout(fixture_dataset, f"points={TRAP}", TODAY, "http://x/" + "y" * 3_000)
    assert "qr-svg" not in page and "Trapezius" in page and QR_TOO_LONG in page


def test_text_from_the_csv_files_is_escaped(data_dir: Path):
    path = data_dir / "trigger_points.csv"
    with path.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    rewrite(data_dir / "muscles.csv", lambda muscles: muscles[1].__setitem__(1, "<script>alert('muscle')</script>"))
    rows[0]["stretch"] = 'Stretch "gently" & <b>slowly</b>'
    rows[0]["sources"] = "<img src=x onerror=alert(1)>"
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    page = render_handout(load_dataset(data_dir), f"points={rows[0]['id']}", TODAY)
    assert "<script>alert" not in page and "<img src=x" not in page and "<b>slowly" not in page
    assert "&lt;script&gt;alert(&#39;muscle&#39;)&lt;/script&gt;" in page, "in the heading, the title and the figure"
    assert "Stretch &#34;gently&#34; &amp; &lt;b&gt;slowly&lt;/b&gt;" in page
    assert len(re.findall(r"<script\b", page)) == 1, "only the handout's own script file"


def test_the_page_has_no_inline_script_or_style(fixture_dataset: Dataset):
    page = render_handout(fixture_dataset, f"points={TRAP},{SCM}:left,nope", TODAY)
    assert re.findall(r"<script[^>]*>", page) == ['<script src="/static/handout.js?v=0.1.0" defer>']
    assert "<style" not in page and "style=" not in page
    assert not re.search(r"<[^>]*\son\w+=", page), "no event handler attributes"
    assert '<link rel="stylesheet" href="/static/handout.css?v=0.1.0">' in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page, "nothing from a CDN"


def _marker(svg: str) -> tuple[float, float]:
    x, y = re.search(r'class="trigger-point" transform="translate\(([\d.]+) ([\d.]+)\)', svg).groups()
    return float(x), float(y)


def _zone_points(svg: str, zone: str) -> list[tuple[float, float]]:
    group = re.search(rf'<g class="zone-{zone}"[^>]*>(.*?)</g>', svg).group(1)
    return [tuple(map(float, pair.split(","))) for pair in re.findall(r"[\d.]+,[\d.]+", group)]


@pytest.mark.parametrize("side", ["right", "left"])
def test_the_figure_draws_the_point_and_its_zones_on_its_side(fixture_dataset: Dataset, side: str):
    svg = str(body_figure_svg(fixture_dataset, TRAP, side, "figure-1"))
    assert _marker(svg) == pytest.approx(fixture_dataset.position(TRAP, side))
    essential, spillover = _zone_points(svg, "essential"), _zone_points(svg, "spillover")
    assert essential and spillover
    for x, _ in essential + spillover:
        view = min(VIEW_CENTERS, key=lambda v: abs(VIEW_CENTERS[v] - x))
        # The front view shows the person's right on the viewer's left, the back view on the viewer's right.
        offset = (VIEW_CENTERS[view] - x) * (1 if view == "front" else -1) * (1 if side == "right" else -1)
        assert view == "side" or offset >= 0, (x, view)
    assert 'viewBox="0 0 720 ' in svg and 'width="100%"' in svg
    assert svg.count('fill-rule="evenodd"') == 2, "one smooth path per zone"


def test_the_left_side_mirrors_the_right(fixture_dataset: Dataset):
    right = _marker(str(body_figure_svg(fixture_dataset, SCM, "right", "f")))
    left = _marker(str(body_figure_svg(fixture_dataset, SCM, "left", "f")))
    assert right[1] == left[1]
    assert right[0] + left[0] == pytest.approx(2 * 170), "mirrored about the front view's midline"


def test_front_and_back_have_r_and_l_on_the_correct_edges(fixture_dataset: Dataset):
    svg = str(body_figure_svg(fixture_dataset, TRAP, "right", "f"))
    letters = re.findall(r'class="side-letter"[^>]*>([RL])<', svg)
    assert letters == ["R", "L", "L", "R"], "front: the person's right on the viewer's left; back: on the right"


@pytest.mark.parametrize(
    ("point_id", "side", "views"),
    [("temporalis-1", "right", ["Right side"]), ("temporalis-1", "left", ["Front"]),
     ("infraspinatus-1", "right", ["Front", "Back"])],
)  # fmt: skip
def test_the_figure_shows_the_views_that_show_the_pattern_best(dataset: Dataset, point_id, side, views):
    svg = str(body_figure_svg(dataset, point_id, side, "f"))
    assert re.findall(r'class="view-title"[^>]*>([^<]+)<', svg) == views


def test_figure_ids_are_unique_per_figure(fixture_dataset: Dataset):
    page = render_handout(fixture_dataset, f"points={TRAP},{TRAP}:left", TODAY)
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids))
    assert 'data-download-figure="figure-1"' in page and 'data-download-figure="figure-2"' in page
    assert f'data-filename="{TRAP}-left.png"' in page


@pytest.mark.parametrize(
    ("spots", "expected"),
    [
        # head only: never smaller than head and neck, centred on the midline so R and L both show
        ({"front": [(150, 60), (190, 80)]}, [("front", 71.0, 269.0, 8.0, 228.0)]),
        # foot: kept inside the canvas
        ({"back": [(600, 700), (640, 820)]}, [("back", 354.0, 666.0, 650.0, 870.0)]),
        # head to foot: the whole view
        ({"front": [(170, 100), (170, 800)]}, [("front", 0.0, 340.0, 74.0, 826.0)]),
        # two views: the same height and place; the side view framed on its spots, inside its part of the canvas
        ({"front": [(150, 60)], "side": [(860, 70), (900, 90)]},
         [("front", 71.0, 269.0, 8.0, 228.0), ("side", 781.0, 979.0, 8.0, 228.0)]),
    ],
)  # fmt: skip
def test_the_close_ups_hold_every_spot(spots, expected):
    crops = figure_crops(spots)
    assert [(c.view, c.left, c.right, c.top, c.bottom) for c in crops] == [pytest.approx(e) for e in expected]


@pytest.mark.parametrize("side", ["right", "left"])
def test_every_real_point_renders_self_care_only_and_its_zones_fit_the_close_up(dataset: Dataset, side: str):
    professional = [t for t in dataset.techniques.values() if not t.is_self_care]
    for point_id in dataset.points:
        page = render_handout(dataset, f"points={point_id}&side={side}", TODAY)
        assert page.count('class="body-svg"') == 1, point_id
        svg = re.search(r"<svg [^>]*class=\"body-svg\".*?</svg>\s*<figcaption", page, re.S).group(0)
        boxes = [tuple(map(float, v.split())) for v in re.findall(r'<svg x="[^>]* viewBox="([^"]+)"', svg)]
        spots = _zone_points(svg, "spillover") + _zone_points(svg, "essential")
        for x, y in spots:
            assert any(bx <= x <= bx + bw and by <= y <= by + bh for bx, by, bw, bh in boxes), point_id
        markers = [
            tuple(map(float, m))
            for m in re.findall(r'class="trigger-point" transform="translate\(([\d.]+) ([\d.]+)', svg)
        ]
        for bx, by, bw, bh in boxes:  # never an empty view
            assert any(bx <= x <= bx + bw and by <= y <= by + bh for x, y in spots + markers), (point_id, bx)
        # Only what the patient may do: no practitioner method is named or taught unless the link asks.
        assert "Your therapist may also use" not in page, point_id
        for technique in professional:
            assert technique.name not in page and not any(step in page for step in technique.steps), point_id


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ("", "This handout link does not name a trigger point yet."),
        ("points=nope,%3Cb%3E", "does not name any trigger point we know"),
    ],
)
def test_no_valid_point_gives_a_friendly_page_with_a_way_back(fixture_dataset: Dataset, query: str, says: str):
    page = render_handout(fixture_dataset, query, TODAY)
    assert says in page
    assert '<a class="button button-primary" href="/">Go to Trigger Point Explorer</a>' in page
    assert "body-svg" not in page and "data-print" not in page
    assert "“&lt;b&gt;”" in page or not query


def test_notes_are_shown_escaped_on_the_page(fixture_dataset: Dataset):
    page = render_handout(fixture_dataset, f"points=%3Cscript%3Ex%3C/script%3E,{SCM}", TODAY)
    assert "About this link" in page
    assert "We could not find the trigger point “&lt;script&gt;x&lt;/script&gt;”, so it was left out." in page
    assert "Sternocleidomastoid" in page


# Warning signs a clinician would see the same day, by the words that say so; the two left are not urgent today.
_TODAY = re.compile(r"fever|after a (recent )?fall|fall or|fainting|yellowing|blood in|black, tarry|cannot bear weight|"
                    r"sudden|blood clot|snap", re.I)  # fmt: skip
_NOT_TODAY = {"Pain after a fall on the hand or a thumb sprain.",
              "Tailbone pain after a fall or childbirth that does not ease within a few weeks."}  # fmt: skip


def test_warning_signs_of_fever_injury_or_sudden_change_are_grouped_for_care_today_or_sooner(dataset):
    flags = {flag for condition in dataset.conditions.values() for flag in condition.red_flags}
    mild = sorted(flag for flag in flags if _TODAY.search(flag) and urgency(flag) == 0 and flag not in _NOT_TODAY)
    assert mild == []
    assert urgency("Shoulder-tip pain with sudden breathlessness or pain on breathing in: emergency.") == 2
