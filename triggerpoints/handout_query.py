"""The handout's link: what `/handout?…` asks for, read within bounds, and the link that opens the same handout.

    points=<id>,<id>:left   the trigger points in order; `:left` or `:right` sets one point's side
    side=left               the side of every point without its own (right by default)
                            (a point charted on one side only is shown on that side, with a note if another was asked)
    note=…                  the therapist's note for the patient (up to MAX_NOTE characters, a few lines)
    often<k>=…, duration<k>=…  how often and how long for the k-th item of `points=` as written (1-based), so
                            a point left out of the link keeps no one else's plan
    methods=1               also name the methods only a practitioner uses (off by default)

Everything the therapist adds lives in the link and nowhere else: the server stores nothing. Nothing in the link is
trusted: each value is cut to its bound before any work is done on it, made printable, and whatever cannot be used
is named in a gentle note while the rest is kept. No Dash or Flask imports.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode

from triggerpoints.data import Dataset
from triggerpoints.figure_frame import SIDES
from triggerpoints.handout_links import MAX_POINTS
from triggerpoints.untrusted import MAX_ITEMS, MAX_QUERY, printable, shown

MAX_NAMED = 3
# The note and each plan value, in characters. They keep the longest link (twelve points, every field full) near
# 1.5 kB: well inside a request line (gunicorn refuses past 4 kB) and a QR code a phone reads off paper.
MAX_NOTE = 400
MAX_NOTE_LINES = 8
MAX_PLAN = 40
# key=value fields a handout link uses: points, side, note, methods, and two plan values per point, with room to spare.
MAX_FIELDS = 8 + 2 * MAX_POINTS
YES = frozenset({"1", "yes", "true", "on"})
PLAN_NAMES = {"often": "How often", "duration": "How long"}


@dataclass(frozen=True)
class HandoutItem:
    """One point on one side, with the therapist's plan for it (empty where none was given)."""

    point_id: str
    side: str
    often: str = ""
    duration: str = ""


@dataclass(frozen=True)
class HandoutRequest:
    """What a handout link asks for: the items in order, the note, whether to name practitioner-only methods, and
    notes about what was cut or left out."""

    items: tuple[HandoutItem, ...]
    note: str = ""
    methods: bool = False
    notes: tuple[str, ...] = ()

    @property
    def selections(self) -> tuple[tuple[str, str], ...]:
        """The (point id, side) pairs, in order."""
        return tuple((item.point_id, item.side) for item in self.items)


def _named(values: Sequence[str]) -> str:
    """“a”, “b” and “c”, or “a”, “b”, “c” and 4 more: the first few values, quoted and shortened."""
    quoted = [f"“{shown(v)}”" for v in values[:MAX_NAMED]]
    if len(values) > MAX_NAMED:
        return ", ".join(quoted) + f" and {len(values) - MAX_NAMED} more"
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _plural(values: Sequence[str], one: str, many: str) -> str:
    """The wording for one value or for several."""
    return one if len(values) == 1 else many


def one_line(value: str) -> str:
    """Text on one line: every run of white space (line breaks too) one space, anything else unprintable U+FFFD."""
    return printable(" ".join(value.split()))


def note_text(value: str) -> str:
    """A note's text: its lines kept (at most MAX_NOTE_LINES, no two blank ones in a row), each made one line."""
    lines: list[str] = []
    for line in map(one_line, value.splitlines()):
        if line or (lines and lines[-1]):
            lines.append(line)
    if len(lines) > MAX_NOTE_LINES:  # the lines past the last one allowed run on in it
        lines[MAX_NOTE_LINES - 1 :] = [" ".join(filter(None, lines[MAX_NOTE_LINES - 1 :]))]
    return "\n".join(lines).strip()


def bounded(value: str, limit: int, clean: Callable[[str], str] = one_line) -> tuple[str, bool]:
    """A value cleaned and cut to `limit` characters (ending "…", at a word where one is near), and whether it was
    cut. Only a few times the limit is ever read, so the work stays bounded."""
    text = clean(value[: 4 * limit])
    if len(text) <= limit and len(value) <= 4 * limit:
        return text, False
    cut = text[: limit - 1]
    word = cut.rsplit(None, 1)[0] if " " in cut[-20:] else cut
    return word.rstrip() + "…", True


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


def _fields(query_string: str, notes: list[str]) -> dict[str, list[str]]:
    """The link's fields, read only as far as the bounds (MAX_QUERY characters, MAX_FIELDS fields)."""
    fields = query_string.lstrip("?")[:MAX_QUERY].split("&")
    if len(fields) > MAX_FIELDS:
        notes.append("The link holds more than a handout uses, so the end of it was left out.")
    return parse_qs("&".join(fields[:MAX_FIELDS]), keep_blank_values=True)


def _plan(query: dict[str, list[str]], number: int, name: str, point: str, notes: list[str]) -> str:
    """The plan value `name` of the item written `number`th (`often3`), cut to MAX_PLAN with a note."""
    text, cut = bounded(query.get(f"{name}{number}", [""])[0], MAX_PLAN)
    if cut:
        notes.append(f"“{PLAN_NAMES[name]}” for {point} was longer than {MAX_PLAN} characters, so it was cut.")
    return text


def _chosen_points(
    written: list[str], dataset: Dataset, default: str, notes: list[str], default_given: bool = False
) -> dict[tuple[str, str], int]:
    """The known (point id, side) pairs among the written items, each once, with the number of the item that first
    named it (its plan's number); a point charted on one side only is on that side whatever was asked
    (`Dataset.side_for`). What was left out or moved, and why, goes into the notes (`default_given`: the link's
    `side=` asked for the default side, so a point moved from it is named)."""
    chosen: dict[tuple[str, str], int] = {}
    unknown: list[str] = []
    bad_sides: list[str] = []
    one_sided: list[str] = []
    repeated: list[str] = []
    for number, item in enumerate(written, start=1):
        point_id, has_side, suffix = item.partition(":")
        point_id, suffix = point_id.strip().lower(), suffix.strip().lower()
        if point_id not in dataset.points:
            unknown.append(item)
            continue
        side = suffix if suffix in SIDES else default
        if has_side and suffix and suffix not in SIDES:
            bad_sides.append(suffix)
        own = dataset.side_for(point_id, side)
        if own != side and (suffix in SIDES or default_given):
            one_sided.append(f"{point_id} ({own} side)")
        side = own
        if (point_id, side) in chosen:
            repeated.append(f"{point_id} ({side} side)")
        else:
            chosen[(point_id, side)] = number
    unknown, bad_sides = list(dict.fromkeys(unknown)), list(dict.fromkeys(bad_sides))
    if unknown:
        what = _plural(unknown, "trigger point", "trigger points")
        notes.append(
            f"We could not find the {what} {_named(unknown)}, so {_plural(unknown, 'it was', 'they were')} left out."
        )
    if bad_sides:
        are = _plural(bad_sides, "is not a side", "are not sides")
        notes.append(f"{_named(bad_sides)} {are} (left or right), so the {default} side is shown.")
    if one_sided:
        one_sided = list(dict.fromkeys(one_sided))
        is_, it = _plural(one_sided, "is", "are"), _plural(one_sided, "it is shown on that side", "each is shown there")
        notes.append(f"{_named(one_sided)} {is_} charted on one side only, so {it}.")
    if repeated:
        were = _plural(repeated, "was listed more than once and is", "were listed more than once and are")
        notes.append(f"{_named(repeated)} {were} shown once.")
    if len(chosen) > MAX_POINTS:
        extra = [f"{p} ({s} side)" for p, s in list(chosen)[MAX_POINTS:]]
        notes.append(
            f"A handout holds up to {MAX_POINTS} points, so {_named(extra)} {_plural(extra, 'was', 'were')} left out."
        )
    return dict(list(chosen.items())[:MAX_POINTS])


def parse_handout_query(query_string: str, dataset: Dataset) -> HandoutRequest:
    """The items, note and options a handout link asks for; anything unusable becomes a note, never an error."""
    notes: list[str] = []
    query = _fields(query_string, notes)
    default = _default_side(query.get("side", []), notes)
    default_given = any(value.strip() for value in query.get("side", []))
    # Repeated `points=` keys are read one after the other; `point=` (the explorer's key) is accepted too.
    written = [item.strip() for key in ("points", "point") for value in query.get(key, []) for item in value.split(",")]
    chosen = _chosen_points([item for item in written[:MAX_ITEMS] if item], dataset, default, notes, default_given)
    items = tuple(
        HandoutItem(point_id, side, *(_plan(query, number, name, dataset.point_name(point_id), notes)
                                      for name in PLAN_NAMES))
        for (point_id, side), number in chosen.items()
    )  # fmt: skip
    note, cut = bounded(query.get("note", [""])[0], MAX_NOTE, note_text)
    if cut:
        notes.append(f"The note was longer than {MAX_NOTE} characters, so it was cut.")
    methods = query.get("methods", [""])[0].strip().lower() in YES
    return HandoutRequest(items, note, methods, tuple(notes))


def handout_link_query(request: HandoutRequest) -> str:
    """The query that opens the same handout: its points and sides, note, plans and options (empty ones left out),
    numbered as the page numbers the points; reading it back gives the same request."""
    points = ",".join(item.point_id + (":left" if item.side == "left" else "") for item in request.items)
    fields = [("points", points)] if points else []
    if request.note:
        fields.append(("note", request.note))
    for number, item in enumerate(request.items, start=1):
        fields += [(f"{name}{number}", getattr(item, name)) for name in PLAN_NAMES if getattr(item, name)]
    if request.methods:
        fields.append(("methods", "1"))
    return urlencode(fields, safe=",:")
