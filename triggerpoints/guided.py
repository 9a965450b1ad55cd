"""Guided self-care for one trigger point: the safety check, the steps, the hold time and the session history."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from triggerpoints.data import Dataset
from triggerpoints.figure_frame import SIDES
from triggerpoints.untrusted import MAX_KEY, bounded_text, is_key, shown

# The warning signs that stop any self-care session, whatever the point (docs/content-review.md).
GENERAL_RED_FLAGS = (
    "Chest pain, or pain in the left arm, jaw or between the shoulder blades with breathlessness, sweating or nausea",
    "A swollen, warm, red or tender calf (a possible blood clot)",
    "Numbness, tingling or weakness that is getting worse",
    "A new change in bladder or bowel control, or numbness in the saddle area",
    "Fever with a stiff neck or headache",
    "A sudden, severe “worst ever” headache",
    "Pain at night or at rest with unexplained weight loss or a history of cancer",
    "Pain after a recent fall, accident or injury",
)
PRESSING = ("ischemic-compression", "pincer-grip", "ball-self-massage", "trigger-point-massage", "pin-and-stretch")
HOLD_CHOICES = (30, 60, 90)
# The history lives in the browser and is never rewritten: saving appends one entry (a Patch) and keeps every
# older entry exactly as it was, whatever its form. An entry is about 100 bytes, so the browser's 5 MB of
# localStorage holds some 50,000 sessions, and nothing caps it. Only the newest SESSIONS_SENT are sent to the server
# to be listed, each cut by the browser to FIELDS with texts of at most FIELD_CHARS characters: some 25 kB per
# request as the app writes them, and even with every text at its longest and escaped (6 bytes a character) at most
# 250 x 1.9 kB = 475 kB, inside the server's 1 MiB body limit however long the history grows. The total is counted
# in the browser, so the view still says how many sessions are kept.
SESSIONS_SENT = 250
SESSIONS_LISTED = 10
FIELDS = ("when", "point", "side", "before", "after")
FIELD_CHARS = 100  # point ids are at most 32 characters today
NAMED_POINTS = 5


@dataclass(frozen=True)
class GuidedPlan:
    """What a guided session for a point shows at each step."""

    point_id: str
    side: str
    muscle: str
    find: str
    press: str
    press_steps: tuple[str, ...]
    hold_seconds: int
    stretch: str
    professional_only_note: bool


def safety_questions(dataset: Dataset, point_id: str) -> tuple[str, ...]:
    """The general red flags, then the point's own (from its conditions), without repeats."""
    flags = dict.fromkeys(GENERAL_RED_FLAGS)
    flags.update(dict.fromkeys(f.rstrip(".") for f in dataset.red_flags(point_id)))
    return tuple(flags)


def hold_seconds(dose: str) -> int:
    """The suggested hold for a technique's dose text ("Hold 30-90 seconds…" -> 60), within 30 to 90 s."""
    match = re.search(r"(\d+)\s*(?:-|–|to)\s*(\d+)\s*seconds", dose)
    if not match:
        return 60
    low, high = int(match[1]), int(match[2])
    middle = (low + high) // 2
    return min(HOLD_CHOICES, key=lambda choice: abs(choice - middle))


def guided_plan(dataset: Dataset, point_id: str, side: str) -> GuidedPlan:
    """The steps for a point: find it, press it (self-care technique only), ease off, stretch."""
    point = dataset.points[point_id]
    pressing = [dataset.techniques[k] for k in point.techniques if k in PRESSING and dataset.techniques[k].is_self_care]
    technique = pressing[0] if pressing else None
    return GuidedPlan(
        point_id=point_id,
        side=side,
        muscle=dataset.point_name(point_id),
        find=point.location,
        press=point.self_care,
        press_steps=technique.steps if technique else (),
        hold_seconds=hold_seconds(technique.dose) if technique else 30,
        stretch=point.stretch,
        professional_only_note=not point.self_care_friendly,
    )


def session_entry(point_id: str, side: str, before: object, after: object, when: datetime) -> dict | None:
    """A history entry for a finished session, or None when the ratings are not whole numbers from 0 to 10."""
    ratings = []
    for value in (before, after):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 10:
            return None
        ratings.append(int(value))
    return {"when": when.strftime("%Y-%m-%d %H:%M"), "point": point_id, "side": side,
            "before": ratings[0], "after": ratings[1]}  # fmt: skip


@dataclass(frozen=True)
class SavedSession:
    """A saved session as the history lists it; what an entry lacks is None (listed as "–")."""

    when: str | None
    point_id: str
    side: str | None
    before: int | None
    after: int | None


@dataclass(frozen=True)
class HistoryView:
    """What the history can list of the sessions kept in the browser, and how many it cannot (they stay kept)."""

    total: int  # sessions kept in this browser
    checked: int  # the newest of them, sent to be listed (at most SESSIONS_SENT)
    listed: tuple[SavedSession, ...]  # newest first, at most SESSIONS_LISTED
    readable: int  # sessions among the checked ones that this version can list
    unknown_points: tuple[str, ...]  # the points (each once, newest first) this version does not have
    unknown: int  # sessions for those points
    unreadable: int  # sessions in a form this version cannot read (not an object, or no point named)


def _rating(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 10:
        return None
    return round(value)


def read_session(entry: object, dataset: Dataset) -> SavedSession | None:
    """A stored entry as the history lists it, or None when it names no point this version has.

    Every form the app ever wrote (only one, since guided self-care came in) is read in full; an entry another
    version wrote is listed as far as it can be: a time, side or rating that is missing or odd shows as "–"."""
    if not isinstance(entry, dict) or not is_key(entry.get("point"), dataset.points):
        return None
    when = bounded_text(entry.get("when"), 40)
    side = entry.get("side")
    return SavedSession(
        when=shown(when) if when else None,
        point_id=entry["point"],
        side=side if side in SIDES else None,
        before=_rating(entry.get("before")),
        after=_rating(entry.get("after")),
    )


def read_history(sent: object, dataset: Dataset) -> HistoryView:
    """The history to show, from what the browser sends: {"total": n, "recent": [the newest entries]}.

    Anything odd reads as no sessions (the value comes from the browser); nothing here recurses or raises."""
    if isinstance(sent, dict) and isinstance(sent.get("recent"), list):
        recent = sent["recent"][-SESSIONS_SENT:]
        total = sent.get("total")
        total = max(total, len(recent)) if isinstance(total, int) and not isinstance(total, bool) else len(recent)
    else:
        recent, total = [], 0
    listed, readable, unknown, unreadable = [], 0, {}, 0
    for entry in reversed(recent):  # newest first
        session = read_session(entry, dataset)
        if session is not None:
            readable += 1
            if len(listed) < SESSIONS_LISTED:
                listed.append(session)
        elif isinstance(entry, dict) and isinstance(entry.get("point"), str) and entry["point"]:
            point = entry["point"][:MAX_KEY]
            unknown[point] = unknown.get(point, 0) + 1
        else:
            unreadable += 1
    return HistoryView(
        total=total,
        checked=len(recent),
        listed=tuple(listed),
        readable=readable,
        unknown_points=tuple(unknown),
        unknown=sum(unknown.values()),
        unreadable=unreadable,
    )


def _are_kept(count: int, what: str) -> tuple[str, str]:
    """("2 saved sessions are", "they are") for a count: the start of a sentence and its pronoun."""
    if count == 1:
        return f"1 saved session is {what}", "it is"
    return f"{count:,} saved sessions are {what}", "they are"


def history_notes(view: HistoryView) -> list[str]:
    """Plain sentences on what the history does not list, and that it is kept all the same."""
    notes = []
    if view.listed and (view.readable > len(view.listed) or view.total > view.checked):
        newest = "the newest is" if len(view.listed) == 1 else f"the {len(view.listed)} newest are"
        notes.append(f"{view.total:,} sessions are saved in this browser; {newest} listed.")
    among = f"Of the newest {view.checked:,}: " if view.checked < view.total else ""
    if view.unknown:
        names = [shown(point) for point in view.unknown_points[:NAMED_POINTS]]
        more = len(view.unknown_points) - len(names)
        named = ", ".join(names) + (f" and {more:,} more" if more else "")
        which = "a point" if len(view.unknown_points) == 1 else "points"
        start, kept = _are_kept(view.unknown, f"for {which} this version doesn't have ({named})")
        notes.append(f"{among}{start}; {kept} kept in this browser.")
    if view.unreadable:
        start, kept = _are_kept(view.unreadable, "in a form this version can't read")
        notes.append(f"{among}{start}; {kept} kept in this browser.")
    return notes
