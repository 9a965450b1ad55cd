"""Study mode: the quiz, flashcards of trigger points or of muscles filterable by body area, and a progress view
with a reset."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import dash_mantine_components as dmc
from dash import Input, Output, State, ctx, dcc, html, no_update

from components import ids
from components.body_map import study_patch
from components.callbacks import Callbacks
from components.context import current_dataset
from components.study_quiz import QUIZ_TAB, create_quiz
from triggerpoints.areas import NAV_AREAS
from triggerpoints.data import Dataset
from triggerpoints.study import card_name, progress_by_area
from triggerpoints.study_distractors import muscle_areas
from triggerpoints.study_schedule import card_muscle, clean_progress, empty_progress, is_due, is_known, muscle_card
from triggerpoints.view_state import STUDY

callbacks = Callbacks()
register = callbacks.register  # binds this module's callbacks to the app being built

CARDS_TAB, PROGRESS_TAB = "flashcards", "progress"
POINTS_DECK, MUSCLES_DECK = "points", "muscles"


def create_study(dataset: Dataset) -> html.Section:
    """The study panel: quiz, flashcards and progress tabs, and the stores that keep their state."""
    areas = [{"value": "all", "label": "All areas"}] + [{"value": k, "label": v} for k, v in NAV_AREAS.items()]
    decks = [{"value": POINTS_DECK, "label": "Trigger points"}, {"value": MUSCLES_DECK, "label": "Muscles"}]
    cards = html.Div(
        [
            dmc.Group(
                [
                    dmc.Select(id=ids.FLASH_DECK, label="Cards", data=decks, value=POINTS_DECK, allowDeselect=False,
                               size="sm"),
                    dmc.Select(id=ids.FLASH_AREA, label="Body area", data=areas, value="all", allowDeselect=False,
                               size="sm"),
                ],
                align="flex-end",
            ),
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
    )  # fmt: skip
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
            dcc.Store(id=ids.FLASH_STATE, storage_type="memory", data={"index": None, "flipped": False}),
        ],
        id=ids.STUDY_PANEL,
        className="study-panel",
        **{"aria-label": "Study"},
    )


def deck_cards(dataset: Dataset, deck: object, area: object) -> list[str]:
    """The cards a flashcard deck holds, in a stable order (by name): a body area's points, or its muscles."""
    wanted = area if isinstance(area, str) and area in NAV_AREAS else None
    if deck == MUSCLES_DECK:
        keys = [k for k in dataset.muscles if wanted is None or wanted in muscle_areas(dataset, k)]
        return sorted((muscle_card(k) for k in keys), key=lambda c: (card_name(dataset, c), c))
    points = [p for p, point in dataset.points.items() if wanted is None or point.nav_area == wanted]
    return sorted(points, key=lambda p: (dataset.point_name(p), p))


def first_card(deck: list[str], progress: dict, now: datetime, rng: random.Random) -> int:
    """Where a deck opens: at the card most overdue for review, else at a random card."""
    items = progress["items"]
    due = [i for i, card in enumerate(deck) if card in items and is_due(items[card], now)]
    if due:
        return min(due, key=lambda i: (items[deck[i]]["card"]["due"], i))
    return rng.randrange(len(deck))


@callbacks.callback(
    Output(ids.FLASH_STATE, "data"),
    Output(ids.FLASH_CARD, "children"),
    Output(ids.BODY_MAP, "figure", allow_duplicate=True),
    Input(ids.FLASH_PREV, "n_clicks"),
    Input(ids.FLASH_NEXT, "n_clicks"),
    Input(ids.FLASH_FLIP, "n_clicks"),
    Input(ids.FLASH_AREA, "value"),
    Input(ids.FLASH_DECK, "value"),
    Input(ids.STUDY_TABS, "value"),
    Input(ids.MODE, "value"),
    State(ids.FLASH_STATE, "data"),
    State(ids.STUDY_PROGRESS, "data"),
    prevent_initial_call=True,
)
def turn_card(_prev: int, _next: int, _flip: int, area: object, deck: object, tab: object, mode: object,
              state: object, progress: object):  # fmt: skip
    """Moves through the deck or flips the card; a deck opens at a card due for review, or a random one. The map
    shows the card's point and zone, or the muscle once flipped."""
    if mode != STUDY or tab != CARDS_TAB:
        return no_update, no_update, no_update
    dataset = current_dataset()
    cards = deck_cards(dataset, deck, area)
    state = state if isinstance(state, dict) else {}
    index = state.get("index")
    flipped = state.get("flipped") is True
    trigger = ctx.triggered_id
    if trigger in (ids.FLASH_AREA, ids.FLASH_DECK) or not (isinstance(index, int) and not isinstance(index, bool)):
        now = datetime.now(UTC)
        index, flipped = first_card(cards, clean_progress(progress, dataset, now), now, random.Random()), False
    elif trigger in (ids.FLASH_NEXT, ids.FLASH_PREV):
        index, flipped = index + (1 if trigger == ids.FLASH_NEXT else -1), False
    elif trigger == ids.FLASH_FLIP:
        flipped = not flipped
    index %= len(cards)
    card = cards[index]
    muscle = card_muscle(card)
    if muscle is None:
        # On the right, or on the one side the point is charted on.
        figure = study_patch(dataset, card, dataset.point_sides(card)[0], show_zone=True, show_x=True)
        face = _point_card(dataset, card, flipped)
    else:
        figure = study_patch(dataset, None, "right", show_zone=False, show_x=False, muscle=muscle if flipped else None)
        face = _muscle_card(dataset, muscle, flipped)
    counter = dmc.Text(f"Card {index + 1} of {len(cards)}", size="xs", c="dimmed")
    return {"index": index, "flipped": flipped}, [counter, *face], figure


def _point_card(dataset: Dataset, point_id: str, flipped: bool) -> list:
    point = dataset.points[point_id]
    if not flipped:
        hint = dmc.Text("Look at the X and the zone on the map, then flip the card.", size="sm", c="dimmed")
        return [dmc.Text("Which muscle has this trigger point and pain pattern?", fw=600, mt=4), hint]
    conditions = ", ".join(dataset.conditions[c].name for c in point.conditions) or "none listed"
    techniques = ", ".join(dataset.techniques[t].name for t in point.techniques if dataset.techniques[t].is_self_care)
    return [
        dmc.Title(dataset.point_name(point_id), order=3, mt=4),
        dmc.Text([html.B("Where: "), point.location], size="sm"),
        dmc.Text([html.B("Refers to: "), point.referred_pain], size="sm"),
        dmc.Text([html.B("Associated with: "), conditions], size="sm"),
        dmc.Text([html.B("Self-care: "), techniques], size="sm"),
    ]


def _muscle_card(dataset: Dataset, muscle: str, flipped: bool) -> list:
    row = dataset.muscles[muscle]
    if not flipped:
        hint = dmc.Text("Recall its origin, insertion, action and nerve, and where it lies; then flip the card.",
                        size="sm", c="dimmed")  # fmt: skip
        return [dmc.Title(row.name, order=3, mt=4), hint]

    def fact(label: str, plain: str, clinical: str) -> dmc.Text:
        return dmc.Text([html.B(f"{label}: "), plain, html.Span(f" ({clinical})", className="clinical")], size="sm")

    points = [dataset.point_label(p) for p in dataset.muscle_points(muscle)]
    return [
        dmc.Title(row.name, order=3, mt=4),
        fact("Origin", row.origin, row.origin_clinical),
        fact("Insertion", row.insertion, row.insertion_clinical),
        fact("Action", row.action, row.action_clinical),
        fact("Nerve", row.nerve, row.nerve_clinical),
        dmc.Text([html.B("Its trigger points: "), "; ".join(points) or "none charted"], size="sm"),
    ]


@callbacks.callback(
    Output(ids.STUDY_PROGRESS_VIEW, "children"),
    Input(ids.STUDY_PROGRESS, "data"),
)
def show_progress(progress: object):
    """Cards seen, known and due per body area, and the cards still being learned."""
    dataset = current_dataset()
    now = datetime.now(UTC)
    clean = clean_progress(progress, dataset, now)
    rows = []
    for area, counts in progress_by_area(dataset, clean, now).items():
        percent = round(100 * counts["known"] / counts["total"]) if counts["total"] else 0
        rows.append(html.Tr([html.Td(NAV_AREAS[area]), html.Td(str(counts["seen"])),
                             html.Td(f"{counts['known']} of {counts['total']} ({percent}%)"),
                             html.Td(str(counts["due"]))]))  # fmt: skip
    head = html.Thead(html.Tr([html.Th("Body area"), html.Th("Seen"), html.Th("Known"), html.Th("Due now")]))
    table = dmc.Table([head, html.Tbody(rows)], striped=True, className="progress-table")
    learning = sorted({card_name(dataset, c) for c, item in clean["items"].items() if not is_known(item)})
    review = (dmc.Text(["Still learning: ", ", ".join(learning)], size="sm", mt="sm")
              if learning else dmc.Text("Nothing being learned yet.", size="sm", c="dimmed", mt="sm"))  # fmt: skip
    note = dmc.Text(
        "A card (a trigger point, or a muscle) is known once answered right twice, ten minutes or more apart; "
        "it then comes back for review as you would begin to forget it, days later (the FSRS scheduler).",
        size="xs",
        c="dimmed",
    )
    return [table, review, note]


@callbacks.callback(
    Output(ids.STUDY_PROGRESS, "data", allow_duplicate=True),
    Input(ids.STUDY_RESET, "submit_n_clicks"),
    prevent_initial_call=True,
)
def reset_progress(_confirmed: int) -> dict:
    """Forgets all study progress in this browser (after the user confirms)."""
    return empty_progress()
