"""Reads and writes the selection in the URL query (`?point=<id>&side=left`), trusting nothing in it."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode

from triggerpoints.data import Dataset

SIDES = ("right", "left")
MAX_SHOWN = 60


@dataclass(frozen=True)
class Selection:
    """The selected point and side, or a note explaining why nothing could be selected."""

    point_id: str | None = None
    side: str = "right"
    note: str | None = None


def _shown(value: str) -> str:
    """A user-supplied value shortened for display (it is always rendered as text, never as HTML)."""
    return value if len(value) <= MAX_SHOWN else value[:MAX_SHOWN] + "…"


def parse_selection(search: str | None, dataset: Dataset) -> Selection:
    """The selection a URL query asks for; unknown ids or sides give a friendly note, never an error."""
    query = parse_qs((search or "").lstrip("?"), keep_blank_values=True)
    point_id = (query.get("point") or [""])[0].strip()
    side = (query.get("side") or ["right"])[0].strip().lower() or "right"
    if not point_id:
        return Selection()
    if point_id not in dataset.points:
        return Selection(
            note=f"We could not find a trigger point called “{_shown(point_id)}”. "
            "Try the search box, or click an X on the body."
        )
    if side not in SIDES:
        return Selection(point_id, "right", note=f"“{_shown(side)}” is not a side; showing the right side.")
    return Selection(point_id, side)


def selection_query(point_id: str, side: str) -> str:
    """The URL query for a selection (the right side is the default and is left out)."""
    params = {"point": point_id}
    if side != "right":
        params["side"] = side
    return "?" + urlencode(params)
