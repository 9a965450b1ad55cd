"""Where a guided self-care session stood, kept for a reload: the step, the ratings, the nerve signs ticked and the
session's id, read back from the browser's sessionStorage and checked before they are used. A session in progress
comes back at its step; one that ended early comes back with what its end said (and its "Start a new session");
one saved and done does not, so a reload starts the next. No Dash imports.

It is kept in the tab (sessionStorage), never in the URL: a link someone shares always starts at the safety check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from triggerpoints.guided import NERVE_SIGNS, rating

SESSION_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


@dataclass(frozen=True)
class Resume:
    """A session to take up again: its step (`ended` past the last), ratings, nerve signs, id, and whether saved."""

    step: int
    before: int | None
    after: int | None
    nerve: tuple[str, ...]
    session: str
    saved: bool


def read_resume(stored: object, selection: object, ended: int, before_step: int) -> Resume | None:
    """The session kept for this tab when it is for the point and side now shown and every part fits; else None.

    ended: the stepper's step for a session that ended early; before_step: the step that asks for the first rating,
    which no session passes without one."""
    if not isinstance(stored, dict) or not isinstance(selection, dict):
        return None
    point, side = selection.get("point"), selection.get("side")
    if not isinstance(point, str) or stored.get("point") != point or stored.get("side") != side:
        return None
    session, step, saved, nerve = (stored.get(k) for k in ("session", "step", "saved", "nerve"))
    if not (isinstance(session, str) and SESSION_ID.fullmatch(session)) or not isinstance(saved, bool):
        return None
    if isinstance(step, bool) or not isinstance(step, int) or not 0 <= step <= ended:
        return None
    if not isinstance(nerve, list) or not all(sign in NERVE_SIGNS for sign in nerve):
        return None
    before, after = rating(stored.get("before")), rating(stored.get("after"))
    if saved and (before is None or after is None or step != ended):
        return None  # a session saved and done: a reload starts the next one
    if before is None and before_step < step < ended:
        step = before_step
    return Resume(step, before, after, tuple(dict.fromkeys(nerve)), session, saved)
