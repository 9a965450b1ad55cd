"""What the user is looking at, kept in the URL: mode, marked regions, point and side, filters, zoom, patient view.

`?point=<id>&side=left` is the explorer; `?pain=<region>,<region>` (optionally with a point) is the pain finder,
where a group on a side (`temple-right`) marks every fine region of the group on that side;
`mode=explore|study|self-care` keeps marks while in another mode, and `view=patient` is the patient view.
`zoom=<area>|<view>` shows one area large (`zoom=head-neck|side`), `zoom=pattern` the selected point's X and zone
(what a patient-view link with a point and no zoom shows);
`area=`, `condition=`, `technique=` and `selfcare=1` narrow the map; `layers=muscles` draws every muscle on it. A
shared link therefore opens exactly as it was.
Nothing in a URL is trusted: unknown ids are named in a gentle note (made printable, `triggerpoints.untrusted`) and
left out, the rest kept; a URL is read no further than the longest the app writes. How actions change a view is
`triggerpoints.view_actions`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice
from urllib.parse import parse_qs, urlencode

from triggerpoints.areas import NAV_AREAS
from triggerpoints.data import Dataset
from triggerpoints.figure_frame import SIDES
from triggerpoints.point_filters import PointFilters
from triggerpoints.untrusted import MAX_ITEMS, MAX_KEY, MAX_QUERY, MAX_QUERY_FIELDS, shown
from triggerpoints.zoom import PATTERN, WHOLE_BODY, zoom_choices

EXPLORE, PAIN, STUDY, SELF_CARE = "explore", "pain", "study", "self-care"
MODES = (EXPLORE, PAIN, STUDY, SELF_CARE)
PATIENT = "patient"
MUSCLES_LAYER = "muscles"
LAYERS = (MUSCLES_LAYER,)  # what the map can draw over the body besides the Xs, in the order a link writes them
MAX_NAMED = 3
# The URL's names for the filters: the key of the PointFilters field each one sets, and what a note calls it.
FILTER_FIELDS = {"area": ("nav_area", "body area"), "condition": ("condition", "condition"),
                 "technique": ("technique", "technique")}  # fmt: skip


@dataclass(frozen=True)
class ViewState:
    """The mode, the marked regions (in the order they were marked), the selected point and side, whether the view
    is the plain-language patient view, the zoom ("<area>|<view>" or whole body), the filters and the layers drawn
    (`LAYERS`, in that order)."""

    mode: str = EXPLORE
    marked: tuple[str, ...] = ()
    point: str | None = None
    side: str = "right"
    patient: bool = False
    zoom: str = WHOLE_BODY
    filters: PointFilters = field(default_factory=PointFilters)
    layers: tuple[str, ...] = ()
    # The Xs a click fell among, offered to choose from (`triggerpoints.nearby_points`): a question of the moment,
    # never written into the URL, so a link, reload or Back shows the view without it.
    choices: tuple[tuple[str, str], ...] = ()


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
    MAX_ITEMS to read. A group on a side (`temple-right`, as links before the fine atlas wrote it) stands for its
    fine regions on that side. Dicts keep the order and answer "seen already?" at once, so this is linear in the
    query (a group holds at most a few dozen areas)."""
    items = (part.strip() for value in query.get("pain", []) for part in value.split(","))
    marked: dict[str, None] = {}
    unknown: dict[str, None] = {}
    for region_id in islice(items, MAX_ITEMS):
        regions = dataset.regions_named(region_id)
        if regions:
            marked.update(dict.fromkeys(regions))
        elif region_id:
            unknown.setdefault(region_id)
    return list(marked), list(unknown), next(items, None) is not None


def filter_keys(dataset: Dataset) -> dict[str, object]:
    """What each filter may hold, by PointFilters field: the navigation areas, conditions and techniques."""
    return {"nav_area": NAV_AREAS, "condition": dataset.conditions, "technique": dataset.techniques}


def known_filters(dataset: Dataset, nav_area: object, condition: object, technique: object,
                  self_care_only: object) -> PointFilters:  # fmt: skip
    """Filters from values the browser sent (a link or the controls): anything not a known key means "any"."""
    keys = filter_keys(dataset)

    def known(value: object, name: str) -> str | None:
        return value if isinstance(value, str) and len(value) <= MAX_KEY and value in keys[name] else None

    return PointFilters(known(nav_area, "nav_area"), known(condition, "condition"), known(technique, "technique"),
                        self_care_only is True)  # fmt: skip


def known_zoom(dataset: Dataset, zoom: object) -> str:
    """A zoom the map offers (an area on a view that has regions there), or the whole body."""
    is_choice = isinstance(zoom, str) and len(zoom) <= MAX_KEY and zoom in zoom_choices(dataset)
    return zoom if is_choice else WHOLE_BODY


def default_zoom(patient: bool, point: str | None) -> str:
    """The zoom of a link that names none: the selected point's pattern in the patient view, else the whole body."""
    return PATTERN if patient and point else WHOLE_BODY


def _filters(query: dict[str, list[str]], dataset: Dataset, notes: list[str]) -> PointFilters:
    """The filters a link asks for; an unknown one is named in a note and left out."""
    keys, values = filter_keys(dataset), {}
    for param, (name, what) in FILTER_FIELDS.items():
        value = _first(query, param)
        if value and not (len(value) <= MAX_KEY and value in keys[name]):
            notes.append(f"We could not find the {what} “{shown(value)}”, so the map is not narrowed by it.")
        elif value:
            values[name] = value
    return PointFilters(**values, self_care_only=_first(query, "selfcare") == "1")


def _layers(query: dict[str, list[str]], notes: list[str]) -> tuple[str, ...]:
    """The layers a link turns on, in `LAYERS` order; an unknown one is named in a note and left out."""
    named = [part.strip() for part in _first(query, "layers").split(",") if part.strip()][:MAX_ITEMS]
    unknown = [name for name in named if name not in LAYERS]
    if unknown:
        notes.append(f"“{shown(unknown[0])}” is not a layer of the map, so it is not drawn.")
    return tuple(layer for layer in LAYERS if layer in named)


def _point_side(asked: str, point: str | None, dataset: Dataset, notes: list[str]) -> str:
    """The side a link shows its point on: the one asked for (right when none is), or the point's own side when it
    is charted on one side only (`Dataset.point_sides`), with a note when the link asked for another."""
    if asked and asked not in SIDES:
        side = dataset.side_for(point, "right") if point else "right"
        notes.append(f"“{shown(asked)}” is not a side; showing the {side} side.")
        return side
    side = asked or "right"
    if point is None or side in dataset.point_sides(point):
        return side
    own = dataset.side_for(point, side)
    if asked:
        name = dataset.point_name(point).lower()
        notes.append(f"This trigger point of the {name} is charted on the {own} side only, so it is shown there.")
    return own


def parse_view(search: object, dataset: Dataset) -> ParsedView:
    """The view a URL query asks for; unknown points, sides, regions, filters and zooms become notes, never errors.

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
    if point and point not in dataset.points:
        # Guided self-care has its own list of points, and its map does not answer clicks.
        where = "Choose one from the list below." if mode == SELF_CARE else "Try the search box, or click an X."
        notes.append(f"We could not find a trigger point called “{shown(point)}”. {where}")
        point = None
    side = _point_side(_first(query, "side").lower(), point, dataset, notes)
    patient = _first(query, "view") == PATIENT
    requested_zoom = _first(query, "zoom") or default_zoom(patient, point)
    zoom = known_zoom(dataset, requested_zoom)
    if zoom != requested_zoom:
        notes.append(f"“{shown(requested_zoom)}” is not a part of the map to zoom to; showing the whole body.")
    filters = _filters(query, dataset, notes)
    layers = _layers(query, notes)
    return ParsedView(ViewState(mode, tuple(marked), point, side, patient, zoom, filters, layers), tuple(notes))


def view_query(state: ViewState, dataset: Dataset | None = None) -> str:
    """The URL query for a view state (defaults, such as the right side or the whole body, are left out); given the
    dataset, a group whose regions on a side are all marked is written as the group (`pain=temple-right`)."""
    params: dict[str, str] = {}
    marks = ",".join(dataset.folded(state.marked) if dataset else state.marked)
    if state.mode == PAIN:
        params["pain"] = marks
    elif state.mode != EXPLORE or state.marked:
        params["mode"] = state.mode
        if state.marked:
            # Other modes keep the marks in the link, so switching back to the pain finder finds them again.
            params["pain"] = marks
    if state.point:
        params["point"] = state.point
        if state.side != "right":
            params["side"] = state.side
    if state.patient:
        params["view"] = PATIENT
    if state.zoom != WHOLE_BODY or (state.patient and state.point):
        # Written out in the patient view, whose links without a zoom frame the pattern (`default_zoom`).
        params["zoom"] = state.zoom
    for param, (name, _) in FILTER_FIELDS.items():
        if getattr(state.filters, name):
            params[param] = getattr(state.filters, name)
    if state.filters.self_care_only:
        params["selfcare"] = "1"
    if state.layers:
        params["layers"] = ",".join(state.layers)
    return "?" + urlencode(params, safe=",|") if params else ""
