"""The pain finder panel: marked regions as chips, adding regions from a list, starting from a condition, and
the ranked candidates."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import html

from components import ids
from triggerpoints.areas import NAV_AREAS
from triggerpoints.candidate_words import candidate_reason
from triggerpoints.data import Dataset
from triggerpoints.figure_frame import SIDES
from triggerpoints.pain_finder import Candidate
from triggerpoints.view_actions import candidate_query
from triggerpoints.view_state import ViewState

# How many ranked muscles show before "Show more", and at most in all (the weakest matches of a body marked all over
# add nothing but length: each carries its link, which holds every mark).
SHOWN = 12
LISTED = 40


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
                        # Every condition: one felt in no one place (dizziness) shows its points in the explorer.
                        data=[
                            {"value": c.key, "label": c.name}
                            for c in sorted(dataset.conditions.values(), key=lambda c: c.name)
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


def _candidate_item(dataset: Dataset, candidate: Candidate, state: ViewState) -> html.Li:
    """One ranked muscle: a button carrying the view it selects (`data-query`), with its side, its score as a bar
    and why it ranks there."""
    percent = round(candidate.score * 100)
    is_selected = candidate.point_id == state.point and state.side in candidate.sides
    side = "both" if candidate.both_sides else candidate.side
    return html.Li(
        html.Button(
            [
                dataset.point_name(candidate.point_id),
                html.Span("both sides" if candidate.both_sides else f"{side} side", className="candidate-side"),
                # One element per bar: the fill is its background, sized by --score.
                html.Span(className="score-bar", role="meter", style={"--score": f"{percent}%"},
                          **{"aria-valuenow": str(percent), "aria-valuemin": "0", "aria-valuemax": "100",
                             "aria-label": f"Match {percent}%"}),
                html.Span(candidate_reason(dataset, candidate), className="candidate-why"),
            ],
            type="button",
            className="candidate" + (" is-selected" if is_selected else ""),
            **{"aria-pressed": "true" if is_selected else "false",
               "data-query": candidate_query(state, candidate.point_id, candidate.side, dataset)},
        ),
        **{"data-point-id": candidate.point_id, "data-side": side},
    )  # fmt: skip


def candidates_section(dataset: Dataset, candidates: list[Candidate], state: ViewState) -> list:
    """The heading, a note when there is nothing to rank, and the ranked list: the first SHOWN muscles, and the
    rest up to LISTED behind "Show more" (open when the chosen one is among them, so a choice stays in sight)."""
    if not state.marked:
        note = "Mark where it hurts to see the trigger points that may cause it."
    elif not candidates:
        note = "No trigger point in the current filters refers pain to these areas."
    else:
        note = "Best match first. A match is a possibility to explore, not a diagnosis."
    candidates = candidates[:LISTED]
    items = [_candidate_item(dataset, candidate, state) for candidate in candidates]
    section = [
        html.H4("Trigger points that may cause it", className="section-title candidates-title"),
        html.P(note, className="candidates-note"),
        html.Ol(items[:SHOWN], id=ids.CANDIDATE_LIST, className="candidate-list"),
    ]
    if len(items) > SHOWN:
        chosen_below = any(c.point_id == state.point and state.side in c.sides for c in candidates[SHOWN:])
        section.append(_show_more(items[SHOWN:], chosen_below))
    return section


def _show_more(items: list[html.Li], is_open: bool) -> html.Details:
    """The ranked muscles after the first SHOWN, behind a "Show N more" toggle (no request: the browser opens it)."""
    toggle = html.Summary(
        [html.Span(f"Show {len(items)} more", className="when-closed"), html.Span("Show fewer", className="when-open")],
        className="more-candidates-toggle",
    )
    more = html.Ol(items, start=SHOWN + 1, className="candidate-list")
    return html.Details([toggle, more], className="more-candidates", open=is_open)
