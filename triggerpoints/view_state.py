"""What the user is looking at, kept in the URL: the mode, the marked pain regions and the selected point.

`?point=<id>&side=left` is the explorer; `?pain=<region>,<region>` (optionally with a point) is the pain finder;
`mode=explore|study|self-care` keeps marks while in another mode, and `view=patient` is the patient view.
Nothing in a URL is trusted: unknown ids are named in a gentle note and left out, the rest kept.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import parse_qs, urlencode

from triggerpoints.data import Dataset

EXPLORE, PAIN, STUDY, SELF_CARE = "explore", "pain", "study", "self-care"
MODES = (EXPLORE, PAIN, STUDY, SELF_CARE)
PATIENT = "patient"
SIDES = ("right", "left")
MAX_SHOWN = 60
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


def _shown(value: str) -> str:
    """A user-supplied value shortened for display (always rendered as text, never as HTML)."""
    return value if len(value) <= MAX_SHOWN else value[:MAX_SHOWN] + "…"


def _first(query: dict[str, list[str]], key: str) -> str:
    return (query.get(key) or [""])[0].strip()


def parse_view(search: object, dataset: Dataset) -> ParsedView:
    """The view a URL query asks for; unknown points, sides and regions become notes, never errors.

    The query comes from the browser, so anything that is not a string reads as an empty query."""
    text = search if isinstance(search, str) else ""
    query = parse_qs(text.lstrip("?"), keep_blank_values=True)
    notes: list[str] = []
    requested = _first(query, "mode")
    mode = (
        requested
        if requested in MODES and requested != PAIN
        else PAIN
        if "pain" in query or requested == PAIN
        else EXPLORE
    )
    marked: list[str] = []
    unknown: list[str] = []
    for value in query.get("pain", []):
        for region_id in (part.strip() for part in value.split(",")):
            if region_id in dataset.regions:
                if region_id not in marked:
                    marked.append(region_id)
            elif region_id and region_id not in unknown:
                unknown.append(region_id)
    if unknown:
        named = ", ".join(f"“{_shown(r)}”" for r in unknown[:MAX_NAMED])
        more = f" and {len(unknown) - MAX_NAMED} more" if len(unknown) > MAX_NAMED else ""
        notes.append(f"We could not find the body area {named}{more}, so it was left out.")
    point = _first(query, "point") or None
    side = _first(query, "side").lower() or "right"
    if point and point not in dataset.points:
        notes.append(f"We could not find a trigger point called “{_shown(point)}”. Try the search box, or click an X.")
        point = None
    if side not in SIDES:
        notes.append(f"“{_shown(side)}” is not a side; showing the right side.")
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
