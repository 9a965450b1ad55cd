"""The handout list: which points (with sides) a handout is for, and the link that opens it."""

from __future__ import annotations

from urllib.parse import urlencode

from triggerpoints.data import Dataset
from triggerpoints.untrusted import bounded_items
from triggerpoints.view_state import parse_view

MAX_POINTS = 12  # points on one handout: the list collects no more, and a link naming more is cut


def parse_handout_list(items: object) -> list[str]:
    """The collected "<id>:<side>" items, ignoring anything malformed (the list lives in the browser, so only its
    first MAX_ITEMS entries are looked at)."""
    return [i for i in bounded_items(items) if isinstance(i, str) and len(i) < 120 and i.count(":") == 1][:MAX_POINTS]


def add_selection(dataset: Dataset, items: list[str], search: object) -> list[str]:
    """The list with the view's selected point added (once, at most MAX_POINTS)."""
    state = parse_view(search, dataset).state
    if not state.point:
        return items
    item = f"{state.point}:{state.side}"
    return items if item in items else [*items, item][-MAX_POINTS:]


def handout_query(dataset: Dataset, items: list[str], search: object) -> str:
    """The handout's query for the collected points, or for the selected point when none are collected."""
    if not items:
        state = parse_view(search, dataset).state
        if not state.point:
            return ""
        items = [f"{state.point}:{state.side}"]
    points = [i.removesuffix(":right") for i in items]
    return "?" + urlencode({"points": ",".join(points)}, safe=",:")
