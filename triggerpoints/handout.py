"""The printable patient handout: what a therapist hands over, written as one HTML page from a `/handout?…` link.

The link (read by `triggerpoints.handout_query`) names the points and carries the therapist's note and plan; the
page shows for each point only what the patient may do themselves (where to press, how often and how long, the
stretch, what to take care of), its figure on the views that show the pattern best, then the warning signs of all
the points once, merged and grouped by how soon they need care, and a QR code that opens the same handout on the
patient's phone. Methods only a practitioner uses are named in one line per point, and only when the link asks.

Every text from the CSV files or the link is escaped: the page is a Jinja2 template (templates/handout.html) with
autoescape on, and the inline SVG figure and QR code escape or hold no text of their own. The page has no inline
script or style (its CSS and JS are /static/handout.css and /static/handout.js), so a strict content security
policy can forbid them. No Dash or Flask imports.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from triggerpoints import __version__
from triggerpoints.areas import NAV_AREAS
from triggerpoints.data import Dataset
from triggerpoints.guided import urgency
from triggerpoints.handout_figure import LEGEND, body_figure_svg, legend_keys
from triggerpoints.handout_qr import qr_code
from triggerpoints.handout_query import (
    MAX_NOTE,
    MAX_PLAN,
    HandoutItem,
    HandoutRequest,
    handout_link_query,
    parse_handout_query,
)
from triggerpoints.messages import EDUCATION_NOTE, EVIDENCE_NOTE
from triggerpoints.zoom import framed_views

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# The warning signs by how soon they need care (triggerpoints.guided.urgency), most urgent first.
URGENCY_GROUPS = (
    (2, "emergency", "Emergency: call emergency services now"),
    (1, "same-day", "Same day: see a doctor today"),
    (0, "see-a-doctor", "See a doctor before you go on with self-care"),
)
QR_TOO_LONG = "This link is too long for a QR code, so none is printed: a shorter note makes one."
FALLBACK_FLAG = (
    "The pain is severe, new, getting worse or unexplained, or comes with numbness, weakness, fever or feeling unwell."
)


@dataclass(frozen=True)
class FlagGroup:
    """Warning signs that need care equally soon: the group's key (for its colour), its heading and its signs."""

    key: str
    title: str
    flags: tuple[str, ...]


@dataclass(frozen=True)
class PointSection:
    """Everything the handout says about one point on one side, ready for the template."""

    number: int
    point_id: str
    side: str
    muscle: str
    body_area: str
    figure_id: str
    figure: Markup
    wide_figure: bool  # several views side by side: drawn above the steps, not beside them
    legend: tuple[tuple[Markup, str], ...]
    png_name: str
    explorer_link: str
    location: str
    self_care: str
    self_care_friendly: bool
    technique: str | None
    dose: str | None
    often: str
    duration: str
    stretch: str
    precautions: str
    practitioner_methods: tuple[str, ...]


def format_date(day: datetime.date) -> str:
    """A date as patients read it, the same in every locale: "21 November 2026"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _flag_key(flag: str) -> str:
    """What makes two warning signs the same sentence: the words, whatever the case, spacing or final full stop."""
    return re.sub(r"\s+", " ", flag).strip().rstrip(".").strip().casefold()


def merged_red_flags(dataset: Dataset, point_ids: Iterable[str]) -> tuple[FlagGroup, ...]:
    """The warning signs of all the points, each sentence once (in the order first met), grouped by how soon they
    need care, most urgent first; empty groups left out."""
    flags: dict[str, str] = {}
    for point_id in point_ids:
        for flag in dataset.red_flags(point_id):
            text = re.sub(r"\s+", " ", flag).strip()
            flags.setdefault(_flag_key(text), text if text.endswith(".") else text + ".")
    groups = (
        FlagGroup(key, title, tuple(f for f in flags.values() if urgency(f) == level))
        for level, key, title in URGENCY_GROUPS
    )
    return tuple(group for group in groups if group.flags)


def point_section(dataset: Dataset, number: int, item: HandoutItem, methods: bool = False) -> PointSection:
    """The handout's content for one point on one side: self-care only, with the therapist's plan; practitioner
    methods named only when `methods` is set."""
    point_id, side = item.point_id, item.side
    point = dataset.points[point_id]
    techniques = [dataset.techniques[k] for k in point.techniques]
    first_self_care = next((t for t in techniques if t.is_self_care), None)
    figure_id = f"figure-{number}"
    query = {"point": point_id, **({"side": side} if side != "right" else {})}
    return PointSection(
        number=number,
        point_id=point_id,
        side=side,
        muscle=dataset.point_name(point_id),
        body_area=NAV_AREAS.get(point.nav_area, ""),
        figure_id=figure_id,
        figure=body_figure_svg(dataset, point_id, side, figure_id),
        wide_figure=len(framed_views(dataset, (point_id, side))) > 1,
        legend=tuple(zip(legend_keys(f"{figure_id}-key-hatch"), LEGEND, strict=True)),
        png_name=f"{point_id}-{side}.png",
        explorer_link="/?" + urlencode(query),
        location=point.location,
        self_care=point.self_care,
        self_care_friendly=point.self_care_friendly,
        technique=first_self_care.name if first_self_care else None,
        dose=first_self_care.dose if first_self_care else None,
        often=item.often,
        duration=item.duration,
        stretch=point.stretch,
        precautions=point.precautions,
        practitioner_methods=tuple(t.name for t in techniques if not t.is_self_care) if methods else (),
    )


def render_handout(dataset: Dataset, query_string: str, today: datetime.date, page_url: str = "/handout") -> str:
    """The whole handout page (HTML) for a query string such as "points=infraspinatus-1,soleus-1:left&note=…";
    page_url is the handout's absolute address, which the QR code and the link to copy point to."""
    request: HandoutRequest = parse_handout_query(query_string, dataset)
    sections = [point_section(dataset, n, item, request.methods) for n, item in enumerate(request.items, start=1)]
    names = list(dict.fromkeys(s.muscle for s in sections))
    query = handout_link_query(request)
    link = f"{page_url}?{query}" if query else page_url
    qr = qr_code(link) if sections else None
    notes = request.notes + ((QR_TOO_LONG,) if sections and qr is None else ())
    return _TEMPLATE.render(
        title="Your self-care handout" + (": " + ", ".join(names) if names else ""),
        date=format_date(today),
        iso_date=today.isoformat(),
        education_note=EDUCATION_NOTE,
        evidence_note=EVIDENCE_NOTE,
        notes=notes,
        asked=bool(query_string.strip("?&")),
        sections=sections,
        note=request.note,
        methods=request.methods,
        flag_groups=merged_red_flags(dataset, dict.fromkeys(s.point_id for s in sections)),
        fallback_flag=FALLBACK_FLAG,
        sources=list(dict.fromkeys(source for s in sections for source in dataset.points[s.point_id].sources)),
        link=link,
        qr=qr,
        legend=tuple(zip(legend_keys("print-key-hatch"), LEGEND, strict=True)),
        max_note=MAX_NOTE,
        max_plan=MAX_PLAN,
        version=__version__,
    )


_TEMPLATE = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
).get_template("handout.html")
