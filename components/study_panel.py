"""Study mode: the quiz, flashcards filterable by body area, and a progress view with a reset."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import Input, Output, State, ctx, dcc, html, no_update

from components import ids
from components.body_map import study_patch
from components.callbacks import Callbacks
from components.context import current_dataset
from components.study_quiz import QUIZ_TAB, create_quiz
from triggerpoints.areas import NAV_AREAS
from triggerpoints.data import Dataset
from triggerpoints.study import MASTERED, clean_progress, mastery
from triggerpoints.view_state import STUDY

callbacks = Callbacks()
register = callbacks.register  # binds this module's callbacks to the app being built

CARDS_TAB, PROGRESS_TAB = "flashcards", "progress"


def create_study(dataset: Dataset) -> html.Section:
    """The study panel: quiz, flashcards and progress tabs, and the stores that keep their state."""
    areas = [{"value": "all", "label": "All areas"}] + [{"value": k, "label": v} for k, v in NAV_AREAS.items()]
    cards = html.Div(
        [
            dmc.Select(id=ids.FLASH_AREA, label="Body area", data=areas, value="all", allowDeselect=False, size="sm"),
            html.Div(id=ids.FLASH_CARD, className="flash-card", **{"aria-live": "polite"}),
            dmc.Group(
                [
                    dmc.Button("Previous", id=ids.FLASH_PREV, n_clicks=0, variant="default"),
                    dmc.Button("Flip card", id=ids.FLASH_FLIP, n_clicks=0),
                    dmc.Button("Next", id=ids.FLASH_NEXT, n_clicks=0, variant="default"),
                ],
                justify="space-between",
                mt="sm",
            ),
        ]
    )
    progress = html.Div(
        [
            html.Div(id=ids.STUDY_PROGRESS_VIEW),
            dcc.ConfirmDialogProvider(
                dmc.Button("Reset my progress", color="red", variant="light", mt="md"),
                id=ids.STUDY_RESET,
                message="Forget all study progress kept in this browser?",
            ),
        ]
    )
    return html.Section(
        [
            dmc.Title("Study", order=2, className="panel-title"),
            dmc.Text(
                "Questions are made from the map's data. Progress is kept only in this browser.",
                size="sm",
                c="dimmed",
                mb="sm",
            ),  # fmt: skip
            dmc.Tabs(
                [
                    dmc.TabsList(
                        [
                            dmc.TabsTab("Quiz", value=QUIZ_TAB),
                            dmc.TabsTab("Flashcards", value=CARDS_TAB),
                            dmc.TabsTab("Progress", value=PROGRESS_TAB),
                        ]
                    ),  # fmt: skip
                    dmc.TabsPanel(create_quiz(areas), value=QUIZ_TAB, pt="sm"),
                    dmc.TabsPanel(cards, value=CARDS_TAB, pt="sm"),
                    dmc.TabsPanel(progress, value=PROGRESS_TAB, pt="sm"),
                ],
                id=ids.STUDY_TABS,
                value=QUIZ_TAB,
            ),
            dcc.Store(id=ids.STUDY_QUESTION, storage_type="memory"),
            dcc.Store(id=ids.STUDY_CLICK),
            dcc.Store(id=ids.STUDY_PROGRESS, storage_type="local"),
            dcc.Store(id=ids.FLASH_STATE, storage_type="memory", data={"index": 0, "flipped": False}),
        ],
        id=ids.STUDY_PANEL,
        className="study-panel",
        **{"aria-label": "Study"},
    )


def card_points(dataset: Dataset, area: object) -> list[str]:
    """The points a flashcard deck holds, in a stable order (by muscle)."""
    wanted = area if isinstance(area, str) and area in NAV_AREAS else None
    ids_ = [p for p, point in dataset.points.items() if wanted is None or point.nav_area == wanted]
    return sorted(ids_, key=lambda p: (dataset.point_name(p), p))


@callbacks.callback(
    Output(ids.FLASH_STATE, "data"),
    Output(ids.FLASH_CARD, "children"),
    Output(ids.BODY_MAP, "figure", allow_duplicate=True),
    Input(ids.FLASH_PREV, "n_clicks"),
    Input(ids.FLASH_NEXT, "n_clicks"),
    Input(ids.FLASH_FLIP, "n_clicks"),
    Input(ids.FLASH_AREA, "value"),
    Input(ids.STUDY_TABS, "value"),
    Input(ids.MODE, "value"),
    State(ids.FLASH_STATE, "data"),
    prevent_initial_call=True,
)
def turn_card(_prev: int, _next: int, _flip: int, area: object, tab: object, mode: object, state: object):
    """Moves through the deck or flips the card; the map shows the card's point and zone."""
    if mode != STUDY or tab != CARDS_TAB:
        return no_update, no_update, no_update
    dataset = current_dataset()
    deck = card_points(dataset, area)
    state = state if isinstance(state, dict) else {}
    index = state.get("index") if isinstance(state.get("index"), int) else 0
    flipped = state.get("flipped") is True
    trigger = ctx.triggered_id
    if trigger == ids.FLASH_AREA:
        index, flipped = 0, False
    elif trigger in (ids.FLASH_NEXT, ids.FLASH_PREV):
        index, flipped = index + (1 if trigger == ids.FLASH_NEXT else -1), False
    elif trigger == ids.FLASH_FLIP:
        flipped = not flipped
    index %= len(deck)
    point_id = deck[index]
    return (
        {"index": index, "flipped": flipped},
        _card(dataset, point_id, flipped, index, len(deck)),
        study_patch(dataset, point_id, "right", show_zone=True, show_x=True),
    )


def _card(dataset: Dataset, point_id: str, flipped: bool, index: int, total: int) -> list:
    point = dataset.points[point_id]
    counter = dmc.Text(f"Card {index + 1} of {total}", size="xs", c="dimmed")
    if not flipped:
        hint = dmc.Text("Look at the X and the zone on the map, then flip the card.", size="sm", c="dimmed")
        return [counter, dmc.Text("Which muscle has this trigger point and pain pattern?", fw=600, mt=4), hint]
    conditions = ", ".join(dataset.conditions[c].name for c in point.conditions) or "none listed"
    techniques = ", ".join(dataset.techniques[t].name for t in point.techniques if dataset.techniques[t].is_self_care)
    return [
        counter,
        dmc.Title(dataset.point_name(point_id), order=3, mt=4),
        dmc.Text([html.B("Where: "), point.location], size="sm"),
        dmc.Text([html.B("Refers to: "), point.referred_pain], size="sm"),
        dmc.Text([html.B("Associated with: "), conditions], size="sm"),
        dmc.Text([html.B("Self-care: "), techniques], size="sm"),
    ]


@callbacks.callback(
    Output(ids.STUDY_PROGRESS_VIEW, "children"),
    Input(ids.STUDY_PROGRESS, "data"),
)
def show_progress(progress: object):
    """Mastered and seen points per body area, and the points missed most recently."""
    dataset = current_dataset()
    clean = clean_progress(progress, dataset)
    rows = []
    for area, counts in mastery(dataset, clean).items():
        percent = round(100 * counts["mastered"] / counts["total"]) if counts["total"] else 0
        rows.append(html.Tr([html.Td(NAV_AREAS[area]), html.Td(str(counts["seen"])),
                             html.Td(f"{counts['mastered']} of {counts['total']} ({percent}%)")]))  # fmt: skip
    table = dmc.Table(
        [html.Thead(html.Tr([html.Th("Body area"), html.Th("Seen"), html.Th("Mastered")])), html.Tbody(rows)],
        striped=True,
        className="progress-table",
    )
    to_review = [dataset.muscle_of(p).name for p, item in clean["items"].items() if item["box"] == 0]
    review = (dmc.Text(["To review: ", ", ".join(sorted(set(to_review)))], size="sm", mt="sm")
              if to_review else dmc.Text("Nothing missed yet.", size="sm", c="dimmed", mt="sm"))  # fmt: skip
    note = dmc.Text(f"A point counts as mastered after {MASTERED} right answers in a row.", size="xs", c="dimmed")
    return [table, review, note]


@callbacks.callback(
    Output(ids.STUDY_PROGRESS, "data", allow_duplicate=True),
    Input(ids.STUDY_RESET, "submit_n_clicks"),
    prevent_initial_call=True,
)
def reset_progress(_confirmed: int) -> dict:
    """Forgets all study progress in this browser (after the user confirms)."""
    return {"turn": 0, "items": {}}
