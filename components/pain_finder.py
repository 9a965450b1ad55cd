"""The pain finder panel: marked regions as chips, adding regions from a list, starting from a condition, and
the ranked candidates."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import html

from components import ids
from triggerpoints.areas import NAV_AREAS
from triggerpoints.data import Dataset
from triggerpoints.figure_frame import SIDES
from triggerpoints.pain_finder import Candidate
from triggerpoints.view_actions import candidate_query
from triggerpoints.view_state import ViewState


def create_pain_finder(dataset: Dataset) -> html.Section:
    """The pain finder's controls and its (initially empty) candidate list; hidden in the explorer."""
    return html.Section(
        [
            dmc.Text(
                "Click the body where it hurts, on any view and either side. Click again to unmark. "
                "The trigger points whose pain patterns best match are listed below.",
                size="sm",
                mb="xs",
            ),
            html.Div(
                [
                    html.Div(id=ids.MARKED_CHIPS, className="marked-chips", **{"aria-live": "polite"}),
                    dmc.Button("Clear", id=ids.CLEAR_MARKS, variant="default", size="xs", n_clicks=0),
                ],
                className="marked-row",
            ),
            dmc.Select(
                id=ids.ADD_REGION,
                label="Add a painful area from the list",
                placeholder="Type to search, e.g. right temple",
                data=region_options(dataset),
                searchable=True,
                clearable=True,
                value=None,
                size="sm",
                comboboxProps={"zIndex": 400},
            ),
            dmc.Group(
                [
                    dmc.Select(
                        id=ids.CONDITION_START,
                        label="Or start from a condition",
                        placeholder="e.g. tennis elbow",
                        data=[
                            {"value": c.key, "label": c.name}
                            for c in sorted(dataset.conditions.values(), key=lambda c: c.name)
                            if c.felt_in
                        ],
                        searchable=True,
                        clearable=True,
                        value=None,
                        size="sm",
                        className="condition-start",
                        comboboxProps={"zIndex": 400},
                    ),
                    dmc.SegmentedControl(
                        id=ids.CONDITION_SIDE,
                        value="right",
                        data=[{"value": "right", "label": "Right"}, {"value": "left", "label": "Left"}],
                        size="sm",
                        className="condition-side",
                    ),
                ],
                align="flex-end",
                gap="xs",
                mt="xs",
            ),
            html.Div(id=ids.CANDIDATES, className="candidates"),
        ],
        id=ids.PAIN_PANEL,
        className="pain-panel",
        **{"aria-label": "Where does it hurt?"},
    )


def region_options(dataset: Dataset) -> list[dict]:
    """Every fine region ("Right front of the temple") and every group of several areas on each side ("Right
    temple, all of it", which marks all its fine regions) as select options, by navigation area, groups first."""
    groups = []
    for nav, label in NAV_AREAS.items():
        whole = [
            {"value": dataset.region_id(group, side), "label": f"{dataset.group_label(group, side)}, all of it"}
            for group, areas in dataset.groups.items()
            if len(areas) > 1 and dataset.nav_area_of(group) == nav
            for side in SIDES
        ]
        fine = [
            {"value": region_id, "label": dataset.area_label(region.area, region.side)}
            for region_id, region in dataset.regions.items()
            if region.nav_area == nav
        ]
        by_label = sorted(whole, key=lambda i: i["label"]) + sorted(fine, key=lambda i: i["label"])
        groups.append({"group": label, "items": by_label})
    return groups


def marked_chips(dataset: Dataset, marked: tuple[str, ...]) -> list:
    """A removable chip per marked region, or per group whose regions on a side are all marked ("Right temple"),
    in the order they were marked."""
    if not marked:
        return [dmc.Text("No areas marked yet.", size="sm", c="dimmed")]
    chips = []
    for region_id in dataset.folded(marked):
        label = dataset.name_label(region_id)
        chips.append(
            html.Span(
                [
                    html.Span(label),
                    html.Button(
                        "×",
                        id={"type": ids.MARKED_CHIP, "region": region_id},
                        className="chip-remove",
                        n_clicks=0,
                        title=f"Unmark {label.lower()}",
                        **{"aria-label": f"Unmark {label.lower()}"},
                    ),
                ],
                className="marked-chip",
            )
        )
    return chips


def _why(dataset: Dataset, candidate: Candidate) -> str:
    def labels(region_ids: tuple[str, ...]) -> str:
        return ", ".join(dataset.name_label(name).lower() for name in dataset.folded(region_ids))

    parts = []
    if candidate.essential:
        parts.append(f"essential: {labels(candidate.essential)}")
    if candidate.spillover:
        parts.append(f"spillover: {labels(candidate.spillover)}")
    return "; ".join(parts)


def candidates_section(dataset: Dataset, candidates: list[Candidate], state: ViewState) -> list:
    """The heading, a note when there is nothing to rank, and the ranked list (one child per candidate).

    Each candidate is a button carrying the view it selects (`data-query`), which the browser draws at once."""
    if not state.marked:
        note = "Mark where it hurts to see the trigger points that may cause it."
    elif not candidates:
        note = "No trigger point in the current filters refers pain to these areas."
    else:
        note = "Best match first. A match is a possibility to explore, not a diagnosis."
    items = []
    for candidate in candidates:
        percent = round(candidate.score * 100)
        is_selected = (candidate.point_id, candidate.side) == (state.point, state.side)
        items.append(
            html.Li(
                html.Button(
                    [
                        dataset.point_name(candidate.point_id),
                        html.Span(f"{candidate.side} side", className="candidate-side"),
                        # One element per bar: the fill is its background, sized by --score.
                        html.Span(className="score-bar", role="meter", style={"--score": f"{percent}%"},
                                  **{"aria-valuenow": str(percent), "aria-valuemin": "0", "aria-valuemax": "100",
                                     "aria-label": f"Match {percent}%"}),
                        html.Span(_why(dataset, candidate), className="candidate-why"),
                    ],
                    type="button",
                    className="candidate" + (" is-selected" if is_selected else ""),
                    **{"aria-pressed": "true" if is_selected else "false",
                       "data-query": candidate_query(state, candidate.point_id, candidate.side, dataset)},
                ),
                **{"data-point-id": candidate.point_id, "data-side": candidate.side},
            )
        )  # fmt: skip
    return [
        html.H4("Trigger points that may cause it", className="section-title candidates-title"),
        html.P(note, className="candidates-note"),
        html.Ol(items, id=ids.CANDIDATE_LIST, className="candidate-list"),
    ]
