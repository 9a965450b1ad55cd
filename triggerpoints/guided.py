"""Guided self-care for one trigger point: the safety check (its warning signs, the point's precautions, the
technique's "do not use it"), the steps with the point's pressure and hold, what stops or ends a session, and the
session history."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from triggerpoints.data import Dataset
from triggerpoints.figure_frame import SIDES
from triggerpoints.untrusted import MAX_KEY, bounded_text, is_key, shown

# The warning signs that stop any self-care session, whatever the point, each in the words data/conditions.csv uses
# (so a point's own copy is not asked twice) with what to do: the check and the stop show the same words.
GENERAL_RED_FLAGS = (
    "New or unexplained chest pain, or pain in the neck, jaw, teeth, arm, upper belly or between the shoulder blades "
    "that comes with breathlessness, sweating or nausea: call emergency services, the heart comes first",
    "A swollen, warm, red or tender calf: possible blood clot, no massage, get same-day care",
    "Numbness, tingling or weakness that is getting worse",
    "A new change in bladder or bowel control, or numbness in the saddle area (between the legs): emergency, call "
    "emergency services or go to the emergency department",
    "Fever with a stiff neck or headache: emergency, especially with a rash, confusion or dislike of light",
    'A sudden, severe "worst ever" headache: call emergency services',
    "Pain at night or at rest with unexplained weight loss or a history of cancer",
    "Pain after a recent fall, accident or injury",
)
PRESSING = ("ischemic-compression", "pincer-grip", "ball-self-massage", "trigger-point-massage", "pin-and-stretch")
# Holds on one spot: no technique holds longer than about a minute (data/techniques.csv).
HOLD_CHOICES = (20, 30, 45, 60)
DEFAULT_HOLD = 30
NERVE_SIGNS = ("Tingling or pins and needles", "Numbness", "Shooting, electric or burning pain", "Weakness")
# The history lives in the browser and is never rewritten: saving appends one entry, once per session id however
# often Save is pressed (components/guided_history.py), and keeps every older entry exactly as it was, whatever its
# form. An entry is about 120 bytes, so the browser's 5 MB of localStorage holds some 40,000 sessions, and nothing
# caps it. Only the newest SESSIONS_SENT are sent to the server to be listed, each cut by the browser to FIELDS with
# texts of at most FIELD_CHARS characters: some 25 kB per request as the app writes them, and even with every text at
# its longest and escaped (6 bytes a character) at most 250 x 1.9 kB = 475 kB, inside the server's 1 MiB body limit
# however long the history grows. The total is counted in the browser, so the view still says how many are kept.
SESSIONS_SENT = 250
SESSIONS_LISTED = 10
FIELDS = ("when", "point", "side", "before", "after")
FIELD_CHARS = 100  # point ids are at most 32 characters today
NAMED_POINTS = 5


@dataclass(frozen=True)
class GuidedPlan:
    """What a guided session for a point shows at each step, all read from the point and its technique."""

    point_id: str
    side: str
    muscle: str
    find: str
    press: str
    press_steps: tuple[str, ...]
    technique: str | None  # the technique the session uses (its name), None when the point has no self-care one
    contraindications: tuple[str, ...]  # that technique's "do not use it" list
    precautions: str
    pressure: str
    hold_seconds: int
    hold_choices: tuple[int, ...]
    pressing: bool  # False: the point is not pressed at home (no timer)
    stretch: str
    professional_only_note: bool


@dataclass(frozen=True)
class Advice:
    """What the app says when a session stops or ends: a title, the words, and how loud (an alert colour)."""

    title: str
    text: str
    color: str
    items: tuple[str, ...] = ()  # the warning signs or answers that led here, word for word


def safety_questions(dataset: Dataset, point_id: str) -> tuple[str, ...]:
    """The general red flags, then the point's own (from its conditions), without repeats."""
    flags = dict.fromkeys(GENERAL_RED_FLAGS)
    flags.update(dict.fromkeys(f.rstrip(".") for f in dataset.red_flags(point_id)))
    return tuple(flags)


def technique_hold(dose: str) -> int:
    """The hold a technique's dose suggests: the longest choice not above the middle of its seconds range
    ("Hold 20-60 seconds" -> 30), DEFAULT_HOLD without one."""
    match = re.search(r"(\d+)\s*(?:-|–|to)\s*(\d+)\s*seconds", dose)
    if not match:
        return DEFAULT_HOLD
    middle = (int(match[1]) + int(match[2])) / 2
    return max((c for c in HOLD_CHOICES if c <= middle), default=HOLD_CHOICES[0])


def hold_choices(longest: int) -> tuple[int, ...]:
    """The holds the timer offers when a point allows at most `longest` seconds (always at least one)."""
    return tuple(c for c in HOLD_CHOICES if c <= longest) or (longest,)


def pressure_guidance(self_care: str) -> str:
    """How hard to press, from the point's own "N-M out of 10" (its most careful one when it gives several)."""
    found = [(int(m[2]), m[1]) for m in re.finditer(r"(?:(\d+)\s*[-–]\s*)?(\d+) out of 10", self_care)]
    if not found:
        return "Pressure: gentle only, never sharp, burning or tingling."
    top, low = min(found)
    words = f"{low}-{top} out of 10 (a 'good hurt' you can breathe through)" if low else f"no more than {top} out of 10"
    return f"Pressure: {words}, never sharp, burning or tingling."


def guided_plan(dataset: Dataset, point_id: str, side: str) -> GuidedPlan:
    """The steps for a point on a side (its own side when it is charted on one only): find it, press it (self-care
    technique only), ease off, stretch."""
    point = dataset.points[point_id]
    side = dataset.side_for(point_id, side)
    own = [dataset.techniques[k] for k in point.techniques if dataset.techniques[k].is_self_care]
    pressing = [t for t in own if t.key in PRESSING]
    technique = pressing[0] if pressing else own[0] if own else None
    longest = point.hold_seconds or max(HOLD_CHOICES)
    default = point.hold_seconds or (technique_hold(technique.dose) if pressing else DEFAULT_HOLD)
    return GuidedPlan(
        point_id=point_id,
        side=side,
        muscle=dataset.point_name(point_id),
        find=point.location,
        press=point.self_care,
        press_steps=technique.steps if pressing else (),
        technique=technique.name if technique else None,
        contraindications=tuple(c.rstrip(".") for c in technique.contraindications) if technique else (),
        precautions=point.precautions,
        pressure=pressure_guidance(point.self_care) if pressing else "Do not press this point yourself.",
        hold_seconds=min(default, longest),
        hold_choices=hold_choices(longest),
        pressing=bool(pressing),
        stretch=point.stretch,
        professional_only_note=not point.self_care_friendly,
    )


def urgency(flag: str) -> int:
    """How soon a warning sign needs care, from the first word of its advice (after the colon) that says so:
    2 emergency, 1 today, 0 before any self-care."""
    advice = flag.split(": ", 1)[-1]
    first = re.search(r"emergenc|\btoday\b|same[- ]day|urgent", advice, re.I)
    if not first:
        return 0
    return 2 if first[0].lower().startswith("emergenc") else 1


def red_flag_stop(ticked: list[str]) -> Advice:
    """What to do when warning signs are ticked at the check: as soon as the most urgent of them needs."""
    most = max(urgency(flag) for flag in ticked)
    title = ("Call emergency services now", "See a clinician today", "See a clinician first")[2 - most]
    text = "Please stop here: no self-care now. Each sign you ticked says what to do:"
    return Advice(title, text, "red", tuple(ticked))


def technique_stop(technique: str, ticked: list[str]) -> Advice:
    """What to do when the session's technique is not for this person now."""
    text = (f"Do not use {technique.lower()} on this point now. Each item below says what to do instead; the gentle "
            "stretch may still be fine if it is painless. Ask a clinician if you are unsure.")  # fmt: skip
    return Advice("Not this technique today", text, "orange", tuple(ticked))


NERVE_STOP = Advice(
    "Stop: ease off now",
    "Ease the pressure off slowly and move your fingers (or the ball) away from the spot; do not press it again "
    "today. Tingling, numbness, shooting or burning pain means the pressure is on a nerve or a blood vessel, not on "
    "the knot. It should settle within a few minutes. See a clinician if it has not settled within an hour or comes "
    "back without pressure, and get urgent care if weakness comes with it or the numbness spreads.",
    "red",
)


def session_outcome(before: int, after: int, nerve_signs: list[str]) -> Advice:
    """What the end of a session says: a nerve sign or a rise in pain stops the release for today."""
    if nerve_signs:
        return Advice(NERVE_STOP.title, NERVE_STOP.text, "red", tuple(nerve_signs))
    if after > before:
        return Advice(
            "Your pain went up: stop for today",
            f"Pain before {before}, after {after}: higher by {after - before}. Do not press this spot again today. "
            "Rest the area, use gentle warmth if it helps, and move it gently within comfort. Next time press more "
            "lightly and for a shorter time, or use only the stretch. See a clinician if the pain is still higher "
            "tomorrow, keeps rising, or comes with swelling, numbness or weakness.",
            "orange",
        )
    change = before - after
    words = f"eased by {change}" if change else "the same"
    advice = ("Rest the area now; you may repeat later today if it helped, and stop if it gets worse."
              if change else "Rest the area now. If a few sessions bring no change, ask a clinician.")  # fmt: skip
    text = f"Saved. Pain before {before}, after {after}: {words}. {advice}"
    return Advice("Saved", text, "teal" if change else "blue")


def rating(value: object) -> int | None:
    """A pain rating from the page (0 to 10), or None when it is unset or not one."""
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        return None
    return value


def session_entry(point_id: str, side: str, before: object, after: object, when: datetime, session: str) -> dict | None:
    """A history entry for a finished session, or None when a rating is unset or not a whole number from 0 to 10."""
    ratings = [rating(before), rating(after)]
    if None in ratings:
        return None
    return {"when": when.strftime("%Y-%m-%d %H:%M"), "point": point_id, "side": side,
            "before": ratings[0], "after": ratings[1], "session": session}  # fmt: skip


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
