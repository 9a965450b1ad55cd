"""The patient handout as a pure function: reading the link, escaping, every section, mirrored sides. (The route:
tests/callbacks/test_handout_route.py.)"""

from __future__ import annotations

import csv
import datetime
import re
from pathlib import Path

import pytest
from markupsafe import escape

from components.page_frame import EDUCATION_NOTE
from tests.broken_data import rewrite
from triggerpoints.data import Dataset, load_dataset
from triggerpoints.figure_frame import VIEW_CENTERS
from triggerpoints.handout import MAX_POINTS, MAX_SHOWN, format_date, parse_handout_query, render_handout
from triggerpoints.handout_figure import body_figure_svg, figure_crops

TODAY = datetime.date(2026, 11, 21)
TRAP, SCM, ECRB = "upper-trapezius-1", "sternocleidomastoid-1", "extensor-carpi-radialis-brevis-1"
SECTIONS = (
    "Your self-care handout",
    "Where to press",
    "How long and how often",
    "Stretch",
    "Take care",
    "See a clinician first if&hellip;",
    "Sources",
)


@pytest.mark.parametrize(
    ("query", "selections"),
    [
        (f"points={TRAP}", [(TRAP, "right")]),
        (f"?points={TRAP},{SCM}", [(TRAP, "right"), (SCM, "right")]),
        (f"points={TRAP},{SCM}&side=left", [(TRAP, "left"), (SCM, "left")]),
        (f"points={TRAP}:left,{SCM}", [(TRAP, "left"), (SCM, "right")]),
        (f"points={TRAP}:right,{SCM}&side=left", [(TRAP, "right"), (SCM, "left")]),
        (f"points={TRAP}:LEFT,%20{SCM.upper()}%20", [(TRAP, "left"), (SCM, "right")]),
        (f"points={TRAP}:left,{TRAP}:right", [(TRAP, "left"), (TRAP, "right")]),
        (f"points={TRAP}&points={SCM}", [(TRAP, "right"), (SCM, "right")]),
        (f"point={ECRB}&side=left", [(ECRB, "left")]),
        (f"points={TRAP},,{SCM},", [(TRAP, "right"), (SCM, "right")]),
        (f"points={TRAP}:&side=left", [(TRAP, "left")]),
        (f"points={TRAP}&colour=blue", [(TRAP, "right")]),
        ("", []),
        ("points=", []),
    ],
)
def test_reads_points_and_sides_without_notes(fixture_dataset: Dataset, query: str, selections: list):
    request = parse_handout_query(query, fixture_dataset)
    assert list(request.selections) == selections
    assert request.notes == ()


@pytest.mark.parametrize(
    ("query", "selections", "note"),
    [
        (f"points=nope,{TRAP}", [(TRAP, "right")], "We could not find the trigger point “nope”, so it was left out."),
        ("points=a,b,a", [], "We could not find the trigger points “a” and “b”, so they were left out."),
        (
            f"points={TRAP}:up,{SCM}:down",
            [(TRAP, "right"), (SCM, "right")],
            "“up” and “down” are not sides (left or right)",
        ),
        (
            "points=a,b,c,d,e",
            [],
            "We could not find the trigger points “a”, “b”, “c” and 2 more, so they were left out.",
        ),
        ("points=%3Cscript%3Ealert(1)%3C/script%3E", [], "“<script>alert(1)</script>”"),
        ("points=m%C3%BAsculo-%E2%9D%A4", [], "“músculo-❤”"),
        ("points=bad%00id%0A", [], "“bad\ufffdid”"),  # control characters replaced, ends trimmed
        (
            f"points={TRAP}&side=up",
            [(TRAP, "right")],
            "“up” is not a side (left or right), so the right side is shown.",
        ),
        (
            f"points={TRAP}:up&side=left",
            [(TRAP, "left")],
            "“up” is not a side (left or right), so the left side is shown.",
        ),
        (f"points={TRAP}&side=left&side=right", [(TRAP, "left")], "the first was used and “right” left out"),
        (f"points={TRAP},{TRAP}:right", [(TRAP, "right")], f"“{TRAP} (right side)” was listed more than once"),
    ],
)
def test_notes_name_what_was_left_out_and_keep_the_rest(fixture_dataset: Dataset, query, selections, note):
    request = parse_handout_query(query, fixture_dataset)
    assert list(request.selections) == selections
    assert any(note in n for n in request.notes), request.notes


def test_a_10_kb_value_is_named_shortened(fixture_dataset: Dataset):
    request = parse_handout_query("points=" + "x" * 10_000 + f",{SCM}&side=" + "y" * 10_000, fixture_dataset)
    assert request.selections == ((SCM, "right"),)
    assert len(request.notes) == 2
    assert all(len(note) < MAX_SHOWN + 120 for note in request.notes)
    assert all("x" * MAX_SHOWN + "…" in n or "y" * MAX_SHOWN + "…" in n for n in request.notes)


def test_a_790_kb_link_of_repeats_is_read_only_as_far_as_the_cap(fixture_dataset: Dataset):
    point = next(iter(fixture_dataset.points))
    # 100,000 repeats: each is compared against what was kept with a dict, and only the capped part is read.
    request = parse_handout_query("points=" + ",".join([point] * 100_000), fixture_dataset)
    assert request.selections == ((point, "right"),)
    assert any("more than once" in note for note in request.notes)


def test_a_handout_holds_at_most_max_points(dataset: Dataset):
    ids = list(dataset.points)[: MAX_POINTS + 2]
    request = parse_handout_query("points=" + ",".join(ids), dataset)
    assert [p for p, _ in request.selections] == ids[:MAX_POINTS]
    assert request.notes == (
        f"A handout holds up to {MAX_POINTS} points, so “{ids[-2]} (right side)” and “{ids[-1]} (right side)” "
        "were left out.",
    )


def test_dates_read_the_same_in_every_locale():
    assert format_date(TODAY) == "21 November 2026"
    assert format_date(datetime.date(2027, 1, 5)) == "5 January 2027"


def test_every_section_is_there_for_each_point(fixture_dataset: Dataset):
    page = render_handout(fixture_dataset, f"points={TRAP},{ECRB}:left", TODAY)
    for heading in SECTIONS:
        assert heading in page
    assert page.count('<article class="point"') == 2
    assert page.count('class="body-svg"') == 2
    assert "21 November 2026" in page
    assert str(escape(EDUCATION_NOTE)) in page
    trap = fixture_dataset.points[TRAP]
    for text in (trap.location, trap.self_care, trap.stretch, trap.precautions, *trap.sources):
        assert str(escape(text)) in page
    for flag in fixture_dataset.red_flags(TRAP):
        assert str(escape(flag)) in page
    assert "Hold 30-60 seconds" in page, "the dose of the point's first self-care technique (pincer grip)"
    assert "Trapezius (upper fibres)" in page and "Right side" in page and "Left side" in page


def test_professional_techniques_are_named_but_not_taught(fixture_dataset: Dataset):
    page = render_handout(fixture_dataset, f"points={TRAP}", TODAY)
    needling = fixture_dataset.techniques["dry-needling"]
    assert "Your therapist may also use" in page
    assert f'{needling.name} <span class="muted">&ndash; done by a trained practitioner' in page
    assert all(step not in page for step in needling.steps)


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
def test_every_real_point_renders_and_its_zones_fit_the_close_up(dataset: Dataset, side: str):
    for point_id in dataset.points:
        page = render_handout(dataset, f"points={point_id}&side={side}", TODAY)
        assert page.count('class="body-svg"') == 1, point_id
        svg = re.search(r"<svg [^>]*class=\"body-svg\".*?</svg>\s*<figcaption", page, re.S).group(0)
        boxes = [tuple(map(float, v.split())) for v in re.findall(r'<svg x[^>]* viewBox="([^"]+)"', svg)]
        for x, y in _zone_points(svg, "spillover") + _zone_points(svg, "essential"):
            assert any(bx <= x <= bx + bw and by <= y <= by + bh for bx, by, bw, bh in boxes), point_id


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
