"""The quiz: a question generated from the data, answered with a button or on the map, with immediate feedback
that shows the right answer on the map, a score, and progress kept per point in the browser."""

from __future__ import annotations

import math
import random

import dash_mantine_components as dmc
from dash import ALL, Input, Output, State, ctx, html, no_update

from components import ids
from components.body_map import study_patch
from components.callbacks import Callbacks
from components.context import current_dataset
from triggerpoints.study import (
    LOCATE_TOLERANCE,
    clean_progress,
    grade_choice,
    keep_unread,
    locate_distance,
    make_question,
    pick_point,
    question_from_store,
    record_answer,
)
from triggerpoints.view_state import STUDY

callbacks = Callbacks()
register = callbacks.register  # binds this module's callbacks to the app being built

QUIZ_TAB = "quiz"


def create_quiz(area_options: list[dict]) -> html.Div:
    """The quiz tab: area filter, score, question, answers and feedback."""
    return html.Div(
        [
            dmc.Group(
                [
                    dmc.Select(id=ids.STUDY_AREA, label="Body area", data=area_options, value="all",
                               allowDeselect=False, size="sm", className="study-area"),
                    dmc.Select(id=ids.STUDY_KIND, label="Questions", value="mixed", allowDeselect=False, size="sm",
                               data=[{"value": "mixed", "label": "All kinds"},
                                     {"value": "which-muscle", "label": "Which muscle refers here?"},
                                     {"value": "locate", "label": "Where does it lie?"},
                                     {"value": "facts", "label": "Conditions and techniques"}],
                               className="study-kind"),
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
    """Asks the next question (or shows the current one again when study mode or the quiz tab is reopened)."""
    if mode != STUDY or tab != QUIZ_TAB:
        return no_update, no_update
    dataset = current_dataset()
    quiz = current if isinstance(current, dict) else {}
    question = question_from_store(quiz.get("question"), dataset)
    if ctx.triggered_id in (ids.MODE, ids.STUDY_TABS) and question is not None:
        return no_update, _question_figure(dataset, question, bool(quiz.get("answered")))
    rng = random.Random()
    point_id = pick_point(dataset, clean_progress(progress, dataset), rng, _area(area))
    question = make_question(dataset, point_id, rng, kind if isinstance(kind, str) else "mixed")
    score = _score(quiz)
    fresh = {"question": question.to_store(), "answered": False, "chosen": None, "correct": None, "score": score}
    return fresh, _question_figure(dataset, question, answered=False)


def _question_figure(dataset, question, answered: bool):
    """The map for a question: the zone alone while asking "which muscle?", the full answer once answered."""
    if answered:
        return study_patch(dataset, question.point_id, question.side, show_zone=True, show_x=True)
    if question.kind == "which-muscle":
        return study_patch(dataset, question.point_id, question.side, show_zone=True, show_x=False)
    if question.kind == "locate":
        return study_patch(dataset, None, question.side, show_zone=False, show_x=False)
    return study_patch(dataset, question.point_id, question.side, show_zone=True, show_x=True)


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
    """Grades an answer (a button, or a click on the map for "where does it lie?") and reveals the right one."""
    dataset = current_dataset()
    quiz = current if isinstance(current, dict) else {}
    question = question_from_store(quiz.get("question"), dataset)
    if mode != STUDY or question is None or quiz.get("answered"):
        return no_update, no_update, no_update
    trigger = ctx.triggered_id
    distance = None
    if isinstance(trigger, dict) and trigger.get("type") == ids.STUDY_OPTION:
        clicked = ctx.triggered[0].get("value")
        if question.answer is None or not (isinstance(clicked, int) and clicked > 0):
            return no_update, no_update, no_update
        chosen = trigger.get("index")
        correct = grade_choice(question, chosen)
    elif trigger == ids.STUDY_CLICK and question.kind == "locate":
        try:
            x, y = float(click["xvals"][0]), float(click["yvals"][0])
        except (TypeError, KeyError, IndexError, ValueError):
            return no_update, no_update, no_update
        if not (math.isfinite(x) and math.isfinite(y)):
            return no_update, no_update, no_update
        distance = locate_distance(dataset, question, x, y)
        chosen, correct = None, distance <= LOCATE_TOLERANCE
    else:
        return no_update, no_update, no_update
    right, asked = _score(quiz)
    score = [right + int(correct), asked + 1]
    answered = {**quiz, "answered": True, "chosen": chosen, "correct": correct, "score": score,
                "distance": round(distance, 1) if distance is not None else None}  # fmt: skip
    updated = keep_unread(progress, record_answer(clean_progress(progress, dataset), question.point_id, correct))
    return answered, updated, _question_figure(dataset, question, answered=True)


@callbacks.callback(
    Output(ids.STUDY_PROMPT, "children"),
    Output(ids.STUDY_OPTIONS, "children"),
    Output(ids.STUDY_FEEDBACK, "children"),
    Output(ids.STUDY_SCORE, "children"),
    Input(ids.STUDY_QUESTION, "data"),
)
def show_question(current: object):
    """Draws the question, its answer buttons (marked once answered), the feedback and the score."""
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
    if question.kind == "locate" and not answered:
        buttons = [dmc.Text("Answer by clicking on the body map.", size="sm", c="dimmed")]
    score = _score(quiz)
    score_text = f"Score this session: {score[0]} of {score[1]}" if score[1] else "No answers yet"
    return question.prompt, buttons, _feedback(dataset, question, quiz) if answered else None, score_text


def _feedback(dataset, question, quiz: dict):
    point = dataset.points[question.point_id]
    name = dataset.point_name(question.point_id).lower()
    if question.kind == "locate":
        where = f"The X on the map shows where it lies ({point.location})"
        distance = quiz.get("distance")
        known = isinstance(distance, (int, float)) and not isinstance(distance, bool)
        missed = f" Your click was {distance} units away." if known else ""
        text = ("Right! " if quiz.get("correct") else "Not quite. ") + where + ("" if quiz.get("correct") else missed)
    elif quiz.get("correct"):
        text = f"Right! It is {name}: the map now shows its X and pain zone."
    else:
        text = f"Not quite: the answer is “{question.options[question.answer]}”. The map shows {name}."
    return dmc.Alert(text, color="teal" if quiz.get("correct") else "orange", mt="sm")
