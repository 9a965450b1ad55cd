"""The quiz: a question generated from the data, answered with a button, a click on the map or the keyboard's
cursor on the map (`assets/study_keys.js`), with feedback in words that shows the right answer on the map, a score,
and progress per card scheduled by FSRS and kept in the browser."""

from __future__ import annotations

import json
import math
import random
from datetime import UTC, datetime
from functools import partial

import dash_mantine_components as dmc
from dash import ALL, Input, Output, State, ctx, html, no_update

from components import ids
from components.body_map import study_patch
from components.callbacks import Callbacks
from components.context import current_dataset, current_pain_index
from triggerpoints.data import Dataset
from triggerpoints.figure import REGIONS_TRACE
from triggerpoints.figure_frame import VIEW_BOUNDS, VIEW_CENTERS, VIEWS
from triggerpoints.study import MAP_KINDS, Question, grade_choice, grade_click, question_from_store, study_cards
from triggerpoints.study_feedback import FINGER, HAND, choice_feedback, locate_feedback, muscle_click_feedback
from triggerpoints.study_questions import make_question
from triggerpoints.study_schedule import card_family, clean_progress, keep_unread, pick_card, record_answer
from triggerpoints.untrusted import bounded_text
from triggerpoints.view_state import STUDY

callbacks = Callbacks()
register = callbacks.register  # binds this module's callbacks to the app being built

QUIZ_TAB = "quiz"
KIND_OPTIONS = [
    {"value": "mixed", "label": "All kinds"},
    {"value": "which-muscle", "label": "Which muscle refers here?"},
    {"value": "locate", "label": "Where does it lie?"},
    {"value": "facts", "label": "Conditions and techniques"},
    {"value": "muscle-shown", "label": "Which muscle is this?"},
    {"value": "muscle-click", "label": "Find the muscle"},
    {"value": "anatomy", "label": "Muscle anatomy"},
]
# Each view's extent and centre on the canvas, for the keyboard's cursor: [name, left, right, centre].
VIEWS_JSON = json.dumps([[view, *VIEW_BOUNDS[view], VIEW_CENTERS[view]] for view in VIEWS])
MAX_FEEDBACK = 4_000  # characters: the longest feedback the quiz writes is about 900


def create_quiz(area_options: list[dict]) -> html.Div:
    """The quiz tab: area filter, score, question, answers and feedback."""
    return html.Div(
        [
            dmc.Group(
                [
                    dmc.Select(id=ids.STUDY_AREA, label="Body area", data=area_options, value="all",
                               allowDeselect=False, size="sm", className="study-area"),
                    dmc.Select(id=ids.STUDY_KIND, label="Questions", value="mixed", allowDeselect=False, size="sm",
                               data=KIND_OPTIONS, className="study-kind"),
                    html.Div(id=ids.STUDY_SCORE, className="study-score", role="status"),
                ],
                justify="space-between",
                align="flex-end",
            ),
            dmc.Text(id=ids.STUDY_PROMPT, className="study-prompt", fw=600, mt="md", mb="xs"),
            html.Div(id=ids.STUDY_OPTIONS, className="study-options"),
            html.Div(id=ids.STUDY_FEEDBACK, className="study-feedback", **{"aria-live": "polite"}),
            dmc.Button("Next question", id=ids.STUDY_NEXT, n_clicks=0, mt="md"),
        ]
    )  # fmt: skip


def _area(value: object) -> str | None:
    return value if isinstance(value, str) and value != "all" else None


def _score(quiz: dict) -> list[int]:
    """The session's [right, asked] kept with the question, or [0, 0] when it is not two counts."""
    score = quiz.get("score")
    if not (isinstance(score, list) and len(score) == 2):
        return [0, 0]
    counts = all(isinstance(n, int) and not isinstance(n, bool) and 0 <= n < 10**9 for n in score)
    return score if counts else [0, 0]


def _now() -> datetime:
    return datetime.now(UTC)


@callbacks.callback(
    Output(ids.STUDY_QUESTION, "data"),
    Output(ids.BODY_MAP, "figure", allow_duplicate=True),
    Input(ids.STUDY_NEXT, "n_clicks"),
    Input(ids.STUDY_AREA, "value"),
    Input(ids.STUDY_KIND, "value"),
    Input(ids.MODE, "value"),
    Input(ids.STUDY_TABS, "value"),
    State(ids.STUDY_QUESTION, "data"),
    State(ids.STUDY_PROGRESS, "data"),
    prevent_initial_call=True,
)
def ask(_next: int, area: object, kind: object, mode: object, tab: object, current: object, progress: object):
    """Asks the next card's question (or shows the current one again when study mode or the quiz tab is
    reopened)."""
    if mode != STUDY or tab != QUIZ_TAB:
        return no_update, no_update
    dataset = current_dataset()
    quiz = current if isinstance(current, dict) else {}
    question = question_from_store(quiz.get("question"), dataset)
    if ctx.triggered_id in (ids.MODE, ids.STUDY_TABS) and question is not None:
        return no_update, _question_figure(dataset, question, bool(quiz.get("answered")))
    rng, now = random.Random(), _now()
    choice = kind if isinstance(kind, str) else "mixed"
    cards = study_cards(dataset, choice, _area(area))
    card = pick_card(cards, clean_progress(progress, dataset, now), now, rng, partial(card_family, dataset))
    question = make_question(dataset, card, rng, choice)
    fresh = {"question": question.to_store(), "answered": False, "chosen": None, "correct": None,
             "score": _score(quiz)}  # fmt: skip
    return fresh, _question_figure(dataset, question, answered=False)


def _question_figure(dataset: Dataset, question: Question, answered: bool):
    """The map for a question: what it asks about and no more while asking, the full answer once answered."""
    muscle = question.muscle
    if muscle is not None:
        shown = None if question.kind == "muscle-click" and not answered else muscle
        return study_patch(dataset, None, question.side, show_zone=False, show_x=False, muscle=shown)
    if answered:
        point_muscle = dataset.points[question.card].muscle
        return study_patch(dataset, question.card, question.side, show_zone=True, show_x=True, muscle=point_muscle)
    if question.kind == "which-muscle":
        return study_patch(dataset, question.card, question.side, show_zone=True, show_x=False)
    if question.kind == "locate":
        return study_patch(dataset, None, question.side, show_zone=False, show_x=False)
    return study_patch(dataset, question.card, question.side, show_zone=True, show_x=True)


def _clicked(click: object) -> tuple[float, float] | None:
    """The place of a click on the map (or of the keyboard's cursor when Enter was pressed), if it is one."""
    try:
        x, y = float(click["xvals"][0]), float(click["yvals"][0])
    except (TypeError, KeyError, IndexError, ValueError):
        return None
    return (x, y) if math.isfinite(x) and math.isfinite(y) else None


@callbacks.callback(
    Output(ids.STUDY_QUESTION, "data", allow_duplicate=True),
    Output(ids.STUDY_PROGRESS, "data"),
    Output(ids.BODY_MAP, "figure", allow_duplicate=True),
    Input({"type": ids.STUDY_OPTION, "index": ALL}, "n_clicks"),
    Input(ids.STUDY_CLICK, "data"),
    State(ids.MODE, "value"),
    State(ids.STUDY_QUESTION, "data"),
    State(ids.STUDY_PROGRESS, "data"),
    prevent_initial_call=True,
)
def answer(_options: list, click: object, mode: object, current: object, progress: object):
    """Grades an answer (a button, or a place on the map for the map's questions), says why in words and reveals
    the right answer on the map."""
    dataset = current_dataset()
    quiz = current if isinstance(current, dict) else {}
    question = question_from_store(quiz.get("question"), dataset)
    if mode != STUDY or question is None or quiz.get("answered"):
        return no_update, no_update, no_update
    trigger = ctx.triggered_id
    if isinstance(trigger, dict) and trigger.get("type") == ids.STUDY_OPTION:
        clicked = ctx.triggered[0].get("value")
        if question.answer is None or not (isinstance(clicked, int) and clicked > 0):
            return no_update, no_update, no_update
        chosen = trigger.get("index")
        correct = grade_choice(question, chosen)
        feedback = choice_feedback(dataset, question, correct)
    elif trigger == ids.STUDY_CLICK and question.kind in MAP_KINDS and (place := _clicked(click)) is not None:
        chosen, correct = None, grade_click(dataset, question, *place)
        words = locate_feedback if question.kind == "locate" else muscle_click_feedback
        feedback = words(dataset, current_pain_index().region_at, question, *place, correct)
    else:
        return no_update, no_update, no_update
    right, asked = _score(quiz)
    answered = {**quiz, "answered": True, "chosen": chosen, "correct": correct, "score": [right + correct, asked + 1],
                "feedback": feedback}  # fmt: skip
    now = _now()
    updated = keep_unread(progress, record_answer(clean_progress(progress, dataset, now), question.card, correct, now))
    return answered, updated, _question_figure(dataset, question, answered=True)


def _keyboard() -> html.Div:
    """How to answer a map question without a pointer: a place to focus, where the arrow keys move a cursor on the
    map and Enter answers (`assets/study_keys.js`); where the cursor is, said aloud."""
    how = "Arrow keys move the cursor (Shift: a hand-width at a time), V moves it to the next view, Enter answers."
    return html.Div(
        [
            dmc.Text("Answer by clicking on the body map, or with the keyboard:", size="sm", c="dimmed"),
            html.Div(
                [html.Span("Map cursor", className="study-keys-title"), html.Span(how, className="study-keys-how")],
                id=ids.STUDY_KEYS, tabIndex=0, role="application", className="study-keys",
                **{"aria-roledescription": "map cursor", "aria-label": f"Map cursor. {how}",
                   "aria-describedby": ids.STUDY_CURSOR_NOTE, "data-regions-trace": str(REGIONS_TRACE),
                   "data-step": str(FINGER), "data-big-step": str(HAND), "data-views": VIEWS_JSON},
            ),
            html.Div(id=ids.STUDY_CURSOR_NOTE, className="study-cursor-note", **{"aria-live": "polite"}),
        ]
    )  # fmt: skip


@callbacks.callback(
    Output(ids.STUDY_PROMPT, "children"),
    Output(ids.STUDY_OPTIONS, "children"),
    Output(ids.STUDY_FEEDBACK, "children"),
    Output(ids.STUDY_SCORE, "children"),
    Input(ids.STUDY_QUESTION, "data"),
)
def show_question(current: object):
    """Draws the question, its answer buttons (marked once answered) or the keyboard's way to answer on the map,
    the feedback and the score."""
    dataset = current_dataset()
    quiz = current if isinstance(current, dict) else {}
    question = question_from_store(quiz.get("question"), dataset)
    if question is None:
        return "Switch to Study to get your first question.", [], None, None
    answered = bool(quiz.get("answered"))
    buttons = []
    for index, option in enumerate(question.options):
        state = ""
        if answered and index == question.answer:
            state = " is-right"
        elif answered and index == quiz.get("chosen"):
            state = " is-wrong"
        buttons.append(html.Button(option, id={"type": ids.STUDY_OPTION, "index": index}, n_clicks=0,
                                   className="study-option" + state, disabled=answered))  # fmt: skip
    if question.kind in MAP_KINDS and not answered:
        buttons = [_keyboard()]
    score = _score(quiz)
    score_text = f"Score this session: {score[0]} of {score[1]}" if score[1] else "No answers yet"
    feedback = bounded_text(quiz.get("feedback"), MAX_FEEDBACK) if answered else None
    color = "teal" if quiz.get("correct") is True else "orange"
    return question.prompt, buttons, dmc.Alert(feedback, color=color, mt="sm") if feedback else None, score_text
