"""What the user is looking at, kept in the URL: the mode, the marked pain regions and the selected point.

`?point=<id>&side=left` is the explorer; `?pain=<region>,<region>` (optionally with a point) is the pain finder;
`mode=explore|study|self-care` keeps marks while in another mode, and `view=patient` is the patient view.
Nothing in a URL is trusted: unknown ids are named in a gentle note (made printable, `triggerpoints.untrusted`) and
left out, the rest kept; a URL is read no further than the longest the app writes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import islice
from urllib.parse import parse_qs, urlencode

from triggerpoints.data import Dataset
from triggerpoints.untrusted import MAX_ITEMS, MAX_QUERY, MAX_QUERY_FIELDS, shown

EXPLORE, PAIN, STUDY, SELF_CARE = "explore", "pain", "study", "self-care"
MODES = (EXPLORE, PAIN, STUDY, SELF_CARE)
PATIENT = "patient"
SIDES = ("right", "left")
MAX_NAMED = 3


@dataclass(frozen=True)
class ViewState:
    """The mode, the marked regions (in the order they were marked), the selected point and side, and whether
    the view is the plain-language patient view."""

    mode: str = EXPLORE
    marked: tuple[str, ...] = ()
    point: str | None = None
    side: str = "right"
    patient: bool = False


@dataclass(frozen=True)
class ParsedView:
    """A view state read from a URL, with notes about anything that had to be left out."""

    state: ViewState
    notes: tuple[str, ...] = ()


def _read_query(search: object) -> tuple[dict[str, list[str]], bool]:
    """The query's fields, read no further than MAX_QUERY characters and MAX_QUERY_FIELDS fields, and whether the
    query went beyond them (then it is read up to its last whole item before the cap, so no id is cut in two)."""
    text = search if isinstance(search, str) else ""
    too_long = len(text) > MAX_QUERY
    if too_long:
        text = text[:MAX_QUERY]
        text = text[: max(text.rfind(","), text.rfind("&"), 0)]
    fields = text.lstrip("?").split("&", MAX_QUERY_FIELDS)
    too_long |= len(fields) > MAX_QUERY_FIELDS
    query = parse_qs("&".join(fields[:MAX_QUERY_FIELDS]), keep_blank_values=True, max_num_fields=MAX_QUERY_FIELDS)
    return query, too_long


def _first(query: dict[str, list[str]], key: str) -> str:
    return (query.get(key) or [""])[0].strip()


def _regions(query: dict[str, list[str]], dataset: Dataset) -> tuple[list[str], list[str], bool]:
    """The known regions of `pain=` in the order first written, the unknown ids, and whether there were more than
    MAX_ITEMS to read. Dicts keep the order and answer "seen already?" at once, so this is linear in the query."""
    items = (part.strip() for value in query.get("pain", []) for part in value.split(","))
    marked: dict[str, None] = {}
    unknown: dict[str, None] = {}
    for region_id in islice(items, MAX_ITEMS):
        if region_id in dataset.regions:
            marked.setdefault(region_id)
        elif region_id:
            unknown.setdefault(region_id)
    return list(marked), list(unknown), next(items, None) is not None


def parse_view(search: object, dataset: Dataset) -> ParsedView:
    """The view a URL query asks for; unknown points, sides and regions become notes, never errors.

    The query comes from the browser, so anything that is not a string reads as an empty query, and a query longer
    than any the app writes is read only as far as the app would write (with a note), in time linear in that part."""
    query, too_long = _read_query(search)
    notes: list[str] = []
    requested = _first(query, "mode")
    mode = (
        requested
        if requested in MODES and requested != PAIN
        else PAIN
        if "pain" in query or requested == PAIN
        else EXPLORE
    )
    marked, unknown, more_regions = _regions(query, dataset)
    if too_long or more_regions:
        notes.append("This link is longer than any the app makes, so only its first part was read.")
    if unknown:
        named = ", ".join(f"“{shown(r)}”" for r in unknown[:MAX_NAMED])
        more = f" and {len(unknown) - MAX_NAMED} more" if len(unknown) > MAX_NAMED else ""
        notes.append(f"We could not find the body area {named}{more}, so it was left out.")
    point = _first(query, "point") or None
    side = _first(query, "side").lower() or "right"
    if point and point not in dataset.points:
        notes.append(f"We could not find a trigger point called “{shown(point)}”. Try the search box, or click an X.")
        point = None
    if side not in SIDES:
        notes.append(f"“{shown(side)}” is not a side; showing the right side.")
        side = "right"
    patient = _first(query, "view") == PATIENT
    return ParsedView(ViewState(mode, tuple(marked), point, side, patient), tuple(notes))


def view_query(state: ViewState) -> str:
    """The URL query for a view state (the right side, the default, is left out)."""
    params: dict[str, str] = {}
    if state.mode == PAIN:
        params["pain"] = ",".join(state.marked)
    elif state.mode != EXPLORE or state.marked:
        params["mode"] = state.mode
        if state.marked:
            # Other modes keep the marks in the link, so switching back to the pain finder finds them again.
            params["pain"] = ",".join(state.marked)
    if state.point:
        params["point"] = state.point
        if state.side != "right":
            params["side"] = state.side
    if state.patient:
        params["view"] = PATIENT
    return "?" + urlencode(params, safe=",") if params else ""


def select_point(state: ViewState, point: str, side: str) -> ViewState:
    """Selects a point (an X, a search result or a candidate) on a side."""
    return replace(state, point=point, side=side)


def toggle_region(state: ViewState, region_id: str) -> ViewState:
    """Marks a region as painful, or unmarks it if it was marked; marking switches to the pain finder."""
    marked = tuple(r for r in state.marked if r != region_id)
    if len(marked) == len(state.marked):
        marked = (*state.marked, region_id)
    return replace(state, mode=PAIN, marked=marked)


def add_region(state: ViewState, region_id: str) -> ViewState:
    """Marks a region (from the list), keeping it marked if it already was."""
    marked = state.marked if region_id in state.marked else (*state.marked, region_id)
    return replace(state, mode=PAIN, marked=marked)


def remove_region(state: ViewState, region_id: str) -> ViewState:
    """Unmarks one region."""
    return replace(state, marked=tuple(r for r in state.marked if r != region_id))


def clear_marks(state: ViewState) -> ViewState:
    """Unmarks every region and drops the selected candidate: the pain finder starts afresh."""
    return ViewState(mode=state.mode)


def set_mode(state: ViewState, mode: str) -> ViewState:
    """Switches mode (explorer, pain finder, study, guided self-care), keeping marks and selection."""
    return replace(state, mode=mode if mode in MODES else EXPLORE)


def set_patient_view(state: ViewState, patient: bool) -> ViewState:
    """Turns the plain-language patient view on or off."""
    return replace(state, patient=patient)


def start_from_condition(state: ViewState, dataset: Dataset, condition: str, side: str) -> ViewState:
    """Marks the regions where a condition is felt, on one side, in the pain finder."""
    areas = dataset.conditions[condition].felt_in
    return ViewState(PAIN, tuple(dataset.region_id(a, side) for a in areas), None, side, state.patient)


def condition_query(dataset: Dataset, condition: str, side: str) -> str | None:
    """The pain-finder link that starts from a condition on a side (None when it is not felt in one place)."""
    if not dataset.conditions[condition].felt_in:
        return None
    return view_query(start_from_condition(ViewState(), dataset, condition, side))
