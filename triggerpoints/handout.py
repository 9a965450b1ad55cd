"""The printable patient handout: reads a `/handout?points=…` query and writes the whole page as HTML.

`points=<id>,<id>` lists the trigger points; `side=left` applies to all of them and a suffix (`<id>:left`)
overrides it for one point; the right side is the default. Nothing in the link is trusted: what cannot be used is
named in a gentle note and left out, the rest kept.

Every text from the CSV files or the link is escaped: the page is a Jinja2 template with autoescape on, and the
inline SVG figure (triggerpoints/handout_figure.py) escapes each value it inserts. The page has no inline script
or style (its CSS and JS are /static/handout.css and /static/handout.js), so a strict content security policy
can forbid them. No Dash or Flask imports.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode

from jinja2 import Environment, StrictUndefined
from markupsafe import Markup

from triggerpoints import __version__
from triggerpoints.areas import NAV_AREAS
from triggerpoints.data import Dataset
from triggerpoints.figure_frame import SIDES
from triggerpoints.handout_figure import LEGEND, body_figure_svg, legend_keys
from triggerpoints.handout_links import MAX_POINTS
from triggerpoints.messages import EDUCATION_NOTE, EVIDENCE_NOTE
from triggerpoints.untrusted import MAX_ITEMS, MAX_QUERY, MAX_QUERY_FIELDS, MAX_SHOWN, shown  # noqa: F401 (the tests read MAX_SHOWN here)

MAX_NAMED = 3
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


# The figure, in its own units (about screen pixels at full width): two panels side by side, each a close-up of
# one view of the 680 x 840 body canvas (triggerpoints/figure_frame.py), under a band for the view titles.
@dataclass(frozen=True)
class HandoutRequest:
    """The (point id, side) pairs a handout link asks for, in order, and notes about what was left out."""

    selections: tuple[tuple[str, str], ...]
    notes: tuple[str, ...] = ()


def _named(values: Sequence[str]) -> str:
    """“a”, “b” and “c”, or “a”, “b”, “c” and 4 more: the first few values, quoted and shortened."""
    quoted = [f"“{shown(v)}”" for v in values[:MAX_NAMED]]
    if len(values) > MAX_NAMED:
        return ", ".join(quoted) + f" and {len(values) - MAX_NAMED} more"
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _plural(values: Sequence[str], one: str, many: str) -> str:
    """The wording for one value or for several."""
    return one if len(values) == 1 else many


def _default_side(values: list[str], notes: list[str]) -> str:
    """The side that `side=` gives every point (the first one written), noting values that were not used."""
    cleaned = [v.strip().lower() for v in values if v.strip()]
    if not cleaned:
        return "right"
    side = cleaned[0] if cleaned[0] in SIDES else "right"
    if side != cleaned[0]:
        notes.append(f"{_named(cleaned[:1])} is not a side (left or right), so the right side is shown.")
    ignored = list(dict.fromkeys(v for v in cleaned[1:] if v != cleaned[0]))
    if ignored:
        notes.append(f"The link gives the side more than once; the first was used and {_named(ignored)} left out.")
    return side


def parse_handout_query(query_string: str, dataset: Dataset) -> HandoutRequest:
    """The points and sides a handout link asks for; anything unusable becomes a note, never an error."""
    # Bounded like the explorer's view: the work never grows with what a forged link adds past the cap.
    query = parse_qs(query_string.lstrip("?")[:MAX_QUERY], keep_blank_values=True, max_num_fields=MAX_QUERY_FIELDS)
    notes: list[str] = []
    default = _default_side(query.get("side", []), notes)
    # Repeated `points=` keys are read one after the other; `point=` (the explorer's key) is accepted too.
    items = [item.strip() for key in ("points", "point") for value in query.get(key, []) for item in value.split(",")]
    items = items[:MAX_ITEMS]
    selections: dict[tuple[str, str], None] = {}
    unknown: list[str] = []
    bad_sides: list[str] = []
    repeated: list[str] = []
    for item in filter(None, items):
        point_id, has_side, suffix = item.partition(":")
        point_id, suffix = point_id.strip().lower(), suffix.strip().lower()
        if point_id not in dataset.points:
            unknown.append(item)
            continue
        side = suffix if suffix in SIDES else default
        if has_side and suffix and suffix not in SIDES:
            bad_sides.append(suffix)
        if (point_id, side) in selections:
            repeated.append(f"{point_id} ({side} side)")
        else:
            selections[(point_id, side)] = None
    unknown, bad_sides = list(dict.fromkeys(unknown)), list(dict.fromkeys(bad_sides))
    if unknown:
        what = _plural(unknown, "trigger point", "trigger points")
        notes.append(
            f"We could not find the {what} {_named(unknown)}, so {_plural(unknown, 'it was', 'they were')} left out."
        )
    if bad_sides:
        are = _plural(bad_sides, "is not a side", "are not sides")
        notes.append(f"{_named(bad_sides)} {are} (left or right), so the {default} side is shown.")
    if repeated:
        were = _plural(repeated, "was listed more than once and is", "were listed more than once and are")
        notes.append(f"{_named(repeated)} {were} shown once.")
    chosen = list(selections)
    if len(chosen) > MAX_POINTS:
        extra = [f"{p} ({s} side)" for p, s in chosen[MAX_POINTS:]]
        notes.append(
            f"A handout holds up to {MAX_POINTS} points, so {_named(extra)} {_plural(extra, 'was', 'were')} left out."
        )
        chosen = chosen[:MAX_POINTS]
    return HandoutRequest(tuple(chosen), tuple(notes))


def format_date(day: datetime.date) -> str:
    """A date as patients read it, the same in every locale: "21 November 2026"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


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
    legend: tuple[tuple[Markup, str], ...]
    png_name: str
    explorer_link: str
    location: str
    self_care: str
    self_care_friendly: bool
    technique: str | None
    dose: str | None
    stretch: str
    precautions: str
    red_flags: tuple[str, ...]
    professional: tuple[str, ...]
    sources: tuple[str, ...]


def point_section(dataset: Dataset, number: int, point_id: str, side: str) -> PointSection:
    """The handout's content for one point on one side (its figure numbered to be unique on the page)."""
    point = dataset.points[point_id]
    techniques = [dataset.techniques[k] for k in point.techniques]
    first_self_care = next((t for t in techniques if t.kind == "self_care"), None)
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
        legend=tuple(zip(legend_keys(f"{figure_id}-key-hatch"), LEGEND, strict=True)),
        png_name=f"{point_id}-{side}.png",
        explorer_link="/?" + urlencode(query),
        location=point.location,
        self_care=point.self_care,
        self_care_friendly=point.self_care_friendly,
        technique=first_self_care.name if first_self_care else None,
        dose=first_self_care.dose if first_self_care else None,
        stretch=point.stretch,
        precautions=point.precautions,
        red_flags=dataset.red_flags(point_id),
        professional=tuple(t.name for t in techniques if t.kind == "professional"),
        sources=point.sources,
    )


def render_handout(dataset: Dataset, query_string: str, today: datetime.date) -> str:
    """The whole handout page (HTML) for a query string such as "points=infraspinatus-1,soleus-1:left"."""
    request = parse_handout_query(query_string, dataset)
    sections = [point_section(dataset, n, p, s) for n, (p, s) in enumerate(request.selections, start=1)]
    names = list(dict.fromkeys(s.muscle for s in sections))
    return _TEMPLATE.render(
        title="Your self-care handout" + (": " + ", ".join(names) if names else ""),
        date=format_date(today),
        iso_date=today.isoformat(),
        education_note=EDUCATION_NOTE,
        evidence_note=EVIDENCE_NOTE,
        notes=request.notes,
        asked=bool(query_string.strip("?&")),
        sections=sections,
        version=__version__,
    )


_TEMPLATE = Environment(autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True).from_string(
    """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{{ title }}</title>
<link rel="stylesheet" href="/static/handout.css?v={{ version }}">
<script src="/static/handout.js?v={{ version }}" defer></script>
</head>
<body>
<div class="toolbar no-print">
  <a class="back-link" href="/">&larr; Trigger Point Explorer</a>
  {% if sections %}
  <button type="button" class="button button-primary" data-print hidden>Print or save as PDF</button>
  {% endif %}
</div>
<main class="handout">
  <header class="handout-header">
    <p class="brand">Trigger Point Explorer &middot; Patient information</p>
    <h1>Your self-care handout</h1>
    <p class="date">Prepared on <time datetime="{{ iso_date }}">{{ date }}</time></p>
    {% if sections %}
    <dl class="fill-in print-only">
      <div><dt>For</dt><dd></dd></div>
      <div><dt>From your therapist</dt><dd></dd></div>
    </dl>
    {% endif %}
    <p class="education-note" role="note"><strong>Please note:</strong> {{ education_note }}</p>
  </header>
  {% if notes %}
  <aside class="link-note" role="status">
    <p class="link-note-title">About this link</p>
    <ul>
    {% for note in notes %}
      <li>{{ note }}</li>
    {% endfor %}
    </ul>
  </aside>
  {% endif %}
  {% if not sections %}
  <section class="empty">
    <h2>No trigger point to show</h2>
    {% if asked %}
    <p>This handout link does not name any trigger point we know, so there is nothing to print yet.</p>
    {% else %}
    <p>This handout link does not name a trigger point yet.</p>
    {% endif %}
    <p>Open the explorer, choose a trigger point on the body map or search for a muscle, and make the handout
      from there.</p>
    <p><a class="button button-primary" href="/">Go to Trigger Point Explorer</a></p>
  </section>
  {% else %}
  {% if sections|length > 1 %}
  <nav class="contents" aria-label="In this handout">
    <p class="contents-title">In this handout</p>
    <ol>
    {% for s in sections %}
      <li><a href="#point-{{ s.number }}">{{ s.muscle }}</a> <span class="muted">({{ s.side }} side)</span></li>
    {% endfor %}
    </ol>
  </nav>
  {% endif %}
  {% for s in sections %}
  <article class="point" id="point-{{ s.number }}" aria-labelledby="point-{{ s.number }}-title">
    <header class="point-header">
      <span class="point-number" aria-hidden="true">{{ s.number }}</span>
      <div>
        <p class="eyebrow">{{ s.body_area }}</p>
        <h2 id="point-{{ s.number }}-title">{{ s.muscle }}
          <span class="side-tag">{{ s.side|capitalize }} side</span></h2>
      </div>
    </header>
    {% if not s.self_care_friendly %}
    <p class="practitioner-note"><strong>Best released by a trained practitioner.</strong> This spot lies close to
      nerves and blood vessels, or is hard to reach safely. At home, use only gentle pressure as your therapist
      showed you, or the stretch.</p>
    {% endif %}
    <figure class="body-figure">
      {{ s.figure }}
      <figcaption>
        <ul class="legend">
        {% for key, label in s.legend %}
          <li>{{ key }} {{ label }}</li>
        {% endfor %}
        </ul>
        <p class="figure-hint">R and L are your right and left.</p>
      </figcaption>
      <p class="figure-actions no-print">
        <button type="button" class="button button-quiet" data-download-figure="{{ s.figure_id }}"
          data-filename="{{ s.png_name }}" hidden>Download figure as PNG</button>
        <span class="figure-status" role="status"></span>
      </p>
    </figure>
    <div class="point-steps">
      <section class="step step-press">
        <h3>Where to press</h3>
        <p>{{ s.location }}</p>
        <p>{{ s.self_care }}</p>
      </section>
      <div class="step-column">
        <section class="step">
          <h3>How long and how often</h3>
          {% if s.dose %}
          <p>{{ s.dose }}</p>
          <p class="muted small">Method: {{ s.technique }}</p>
          {% else %}
          <p>Ask your therapist how long and how often to work on this spot.</p>
          {% endif %}
        </section>
        <section class="step">
          <h3>Stretch</h3>
          <p>{{ s.stretch }}</p>
        </section>
      </div>
    </div>
    <section class="care-box take-care">
      <h3>Take care</h3>
      <p>{{ s.precautions }}</p>
    </section>
    <section class="care-box red-flags">
      <h3>See a clinician first if&hellip;</h3>
      {% if s.red_flags %}
      <ul class="flag-list">
      {% for flag in s.red_flags %}
        <li>{{ flag }}</li>
      {% endfor %}
      </ul>
      {% else %}
      <p>the pain is severe, new, getting worse or unexplained, or comes with numbness, weakness, fever or feeling
        unwell.</p>
      {% endif %}
    </section>
    <div class="point-extras">
      {% if s.professional %}
      <section class="therapist">
        <h3>Your therapist may also use</h3>
        <ul>
        {% for name in s.professional %}
          <li>{{ name }} <span class="muted">&ndash; done by a trained practitioner</span></li>
        {% endfor %}
        </ul>
      </section>
      {% endif %}
      <section class="sources">
        <h3>Sources</h3>
        <ul>
        {% for source in s.sources %}
          <li>{{ source }}</li>
        {% endfor %}
        </ul>
        <p class="no-print"><a href="{{ s.explorer_link }}">See this point in the explorer</a></p>
      </section>
    </div>
  </article>
  {% endfor %}
  <section class="therapist-notes print-only" aria-hidden="true">
    <h3>Notes</h3>
    <div class="lines"></div>
  </section>
  {% endif %}
  <footer class="handout-footer">
    <p>Referral patterns follow Travell &amp; Simons' <em>Myofascial Pain and Dysfunction: The Trigger Point
      Manual</em> and Davies' <em>The Trigger Point Therapy Workbook</em>.</p>
    <p>{{ evidence_note }}</p>
    <p>Trigger Point Explorer {{ version }} &middot; {{ date }}</p>
  </footer>
</main>
</body>
</html>
"""
)
