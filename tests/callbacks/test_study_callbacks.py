"""The quiz and the flashcards as Dash calls them: a question asked and answered by a button, a click on the map or
the keyboard's cursor, progress kept in today's format, and decks that open at a due or random card."""

from __future__ import annotations

import random

import pytest

from components import ids, study_panel, study_quiz
from tests.callback_context import call_in_context, callback_request
from triggerpoints.figure_shapes import DEEP_MUSCLE_SHAPE, HIDDEN_PATH, MUSCLE_SHAPE
from triggerpoints.study import Question, point_targets
from triggerpoints.study_questions import make_question
from triggerpoints.view_state import STUDY

OLD_PROGRESS = {"turn": 3, "items": {"soleus-1": {"box": 2, "due": 7, "seen": 2, "right": 2}}}


@pytest.fixture(scope="module")
def app(real_app):
    with callback_request(real_app):
        yield real_app


def _operations(patch) -> dict[tuple, object]:
    return {tuple(op["location"]): op["params"]["value"] for op in patch.to_plotly_json()["operations"]}


def _ask(kind: str, progress: object = None) -> dict:
    quiz, _ = call_in_context(study_quiz.ask, 1, "all", kind, STUDY, study_quiz.QUIZ_TAB, None, progress,
                              triggered=(f"{ids.STUDY_NEXT}.n_clicks", 1))  # fmt: skip
    return quiz


def _answer(quiz: dict, progress: object, option: int | None = None, place: tuple[float, float] | None = None):
    if option is not None:
        prop = '{"index":' + str(option) + ',"type":"' + ids.STUDY_OPTION + '"}.n_clicks'
        return call_in_context(study_quiz.answer, [1], None, STUDY, quiz, progress, triggered=(prop, 1))
    click = {"xvals": [place[0]], "yvals": [place[1]], "keys": 1}
    return call_in_context(study_quiz.answer, [], click, STUDY, quiz, progress,
                           triggered=(f"{ids.STUDY_CLICK}.data", click))  # fmt: skip


@pytest.mark.parametrize("kind", ["anatomy", "muscle-shown", "which-muscle", "facts"])
def test_a_question_answered_right_by_its_button(app, dataset, kind):
    quiz = _ask(kind, OLD_PROGRESS)
    question = quiz["question"]
    answered, progress, _ = _answer(quiz, OLD_PROGRESS, option=question["answer"])
    assert answered["correct"] is True and answered["feedback"].startswith("Right! ")
    item = progress["items"][question["card"]]
    assert item["seen"] == 1 + (question["card"] == "soleus-1") * 2 and "card" in item
    assert progress["items"]["soleus-1"]["seen"] == 2 or question["card"] == "soleus-1", "old progress migrated"
    prompt, options, feedback, score = call_in_context(study_quiz.show_question, answered)
    assert len(options) == 4 and feedback is not None and score == "Score this session: 1 of 1"


def test_a_muscle_question_draws_the_muscle_alone(app, dataset):
    quiz = _ask("muscle-shown")
    _, figure = call_in_context(study_quiz.ask, 2, "all", "muscle-shown", STUDY, study_quiz.QUIZ_TAB, quiz, None,
                                triggered=(f"{ids.STUDY_TABS}.value", study_quiz.QUIZ_TAB))  # fmt: skip
    shapes = _operations(figure)
    drawn = [shapes[("layout", "shapes", slot, "path")] for slot in (MUSCLE_SHAPE, DEEP_MUSCLE_SHAPE)]
    assert sum(path != HIDDEN_PATH for path in drawn) == 1, "the muscle, solid or dashed"


def test_a_map_question_offers_the_keyboard_and_grades_its_cursor_in_words(app, dataset):
    quiz = _ask("locate")
    prompt, options, _, _ = call_in_context(study_quiz.show_question, quiz)
    keys = options[0].children[1]
    assert keys.id == ids.STUDY_KEYS and keys.tabIndex == 0 and "Enter answers" in keys.to_plotly_json()["props"][
        "aria-label"]  # fmt: skip
    question = make_question(dataset, "infraspinatus-1", random.Random(1), "locate")
    quiz = {"question": question.to_store(), "answered": False, "score": [0, 0]}
    _, x, y = point_targets(dataset, question)[0]
    right, _, _ = _answer(quiz, None, place=(x, y))
    wrong, progress, _ = _answer(quiz, None, place=(x, y + 100))
    assert right["correct"] is True and wrong["correct"] is False
    assert "hand-width" in wrong["feedback"] and "unit" not in wrong["feedback"]
    assert progress["items"][question.card]["right"] == 0


def test_a_click_on_the_muscle_answers_find_the_muscle(app, dataset):
    quiz = _ask("muscle-click")
    question = Question(**{**quiz["question"], "options": ()})
    from shapely.geometry import Polygon

    view = next(v for v in ("front", "back", "side") if dataset.muscle_outline(question.muscle, v, question.side))
    inside = Polygon(dataset.muscle_outline(question.muscle, view, question.side)[0]).representative_point()
    answered, _, figure = _answer(quiz, None, place=(inside.x, inside.y))
    assert answered["correct"] is True and "the map now shows its outline" in answered["feedback"]


def test_flashcards_open_at_a_due_card_or_a_random_one_and_have_a_muscle_deck(app, dataset):
    due = {"turn": 1, "items": {"teres-major-1": {"box": 0, "due": 1, "seen": 1, "right": 0}}}

    def turn(deck: str, progress: object, state=None, trigger=f"{ids.FLASH_DECK}.value"):
        return call_in_context(study_panel.turn_card, 0, 0, 0, "all", deck, study_panel.CARDS_TAB, STUDY, state,
                               progress, triggered=(trigger, deck))  # fmt: skip

    state, face, _ = turn(study_panel.POINTS_DECK, due)
    deck = study_panel.deck_cards(dataset, study_panel.POINTS_DECK, "all")
    assert deck[state["index"]] == "teres-major-1", "the card due for review first"
    starts = {turn(study_panel.POINTS_DECK, None)[0]["index"] for _ in range(8)}
    assert len(starts) > 1, "without progress, a random card"
    state, face, figure = turn(study_panel.MUSCLES_DECK, None)
    flipped, back, figure = turn(study_panel.MUSCLES_DECK, None, state, f"{ids.FLASH_FLIP}.n_clicks")
    text = str(back)
    assert flipped["flipped"] and all(word in text for word in ("Origin", "Insertion", "Action", "Nerve", "trigger"))
    shapes = _operations(figure)
    assert any(shapes[("layout", "shapes", s, "path")] != HIDDEN_PATH for s in (MUSCLE_SHAPE, DEEP_MUSCLE_SHAPE))


def test_progress_view_counts_cards_and_names_those_being_learned(app, dataset):
    question = make_question(dataset, "muscle:soleus", random.Random(1), "nerve")
    quiz = {"question": question.to_store(), "answered": False, "score": [0, 0]}
    _, progress, _ = _answer(quiz, OLD_PROGRESS, option=(question.answer + 1) % 4)
    table, learning, note = call_in_context(study_panel.show_progress, progress)
    assert "Soleus" in str(learning) and "FSRS" in str(note)
    assert call_in_context(study_panel.reset_progress, 1) == {"turn": 0, "new_turn": 0, "items": {}}
