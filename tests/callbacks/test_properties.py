"""Property-based tests: generated inputs thrown at every callback and every URL parser never raise."""

from __future__ import annotations

import datetime
import inspect
import json
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from components import (
    guided_ending,
    guided_history,
    guided_self_care,
    ids,
    navigation,
    page_note,
    search,
    study_panel,
    study_quiz,
    technique_dialog,
    theme,
    toolbar,
)
from server.view_route import VIEW_PATH
from tests.callback_context import call_in_context, callback_request
from triggerpoints.handout import render_handout
from triggerpoints.search import search_points
from triggerpoints.untrusted import MAX_ITEMS, MAX_QUERY, MAX_SEARCH
from triggerpoints.view_state import parse_view, view_query

PROFILE = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
# Values that look like the real thing, so that the deeper code paths are reached too.
plausible = st.sampled_from(
    ["upper-trapezius-1", "soleus-1", "temple-right", "heel-left", "pain", "study", "explore", "self-care", "right",
     "left", "?pain=temple-right", "?point=soleus-1&side=left", "tennis-elbow", "quiz", "flashcards", "all", 1, 0, True]
)  # fmt: skip
values = json_values | plausible
query_text = st.text(max_size=200) | st.lists(
    st.sampled_from(["point=", "pain=", "side=", "mode=", "view=", "points=", "soleus-1", "heel-left", "<script>",
                     ",", "&", "left", "patient", "%00", "ü", ":left", "zoom=", "head-neck|front",
                     "area=", "condition=", "tennis-elbow", "selfcare=1"]), max_size=12).map("".join)  # fmt: skip

VIEW_INPUTS = list(inspect.signature(navigation.update_view).parameters)


def update_view(*args):
    """navigation.update_view, which takes its inputs by name, called with generated values in their order."""
    return navigation.update_view(**dict(zip(VIEW_INPUTS, args, strict=True)))


CALLBACKS = [
    (update_view, len(VIEW_INPUTS), [f"{ids.VIEW_REQUEST}.data", f"{ids.URL}.search", f"{ids.MODE}.value",
                                  f"{ids.ZOOM}.value", f"{ids.FILTER_CONDITION}.value", f"{ids.HANDOUT_LIST}.data",
                                  f"{ids.ADD_REGION}.value", f"{ids.CONDITION_START}.value", f"{ids.GUIDED_POINT}.value",
                                  json.dumps({"point": "soleus-1", "type": ids.SEARCH_RESULT}) + ".n_clicks",
                                  json.dumps({"region": "heel-left", "type": ids.MARKED_CHIP}) + ".n_clicks"]),
    (search.show_results, 1, [f"{ids.SEARCH}.value"]),
    (search.show_browse_list, 1, [f"{ids.BROWSE_LIST}.value"]),
    (page_note.show_page_note, 1, [f"{ids.URL}.pathname"]),
    (theme.apply_theme, 3, [f"{ids.THEME_SWITCH}.checked", f"{ids.SYSTEM_THEME}.data"]),
    (toolbar.update_handout_list, 4, [f"{ids.HANDOUT_ADD}.n_clicks", f"{ids.HANDOUT_CLEAR}.n_clicks"]),
    (study_quiz.ask, 7, [f"{ids.STUDY_NEXT}.n_clicks", f"{ids.MODE}.value", f"{ids.STUDY_TABS}.value"]),
    (study_quiz.answer, 5, [f"{ids.STUDY_CLICK}.data", json.dumps({"index": 1, "type": ids.STUDY_OPTION}) + ".n_clicks"]),
    (study_quiz.show_question, 1, [f"{ids.STUDY_QUESTION}.data"]),
    (study_panel.turn_card, 9, [f"{ids.FLASH_NEXT}.n_clicks", f"{ids.FLASH_FLIP}.n_clicks", f"{ids.FLASH_AREA}.value",
                                f"{ids.FLASH_DECK}.value"]),
    (study_panel.show_progress, 1, [f"{ids.STUDY_PROGRESS}.data"]),
    (guided_self_care.prepare_session, 2, [f"{ids.GUIDED_SELECTION}.data", f"{ids.GUIDED_RESTART}.n_clicks"]),
    (guided_self_care.move_step, 8, [f"{ids.GUIDED_NEXT}.n_clicks", f"{ids.GUIDED_BACK}.n_clicks"]),
    (guided_ending.stop_for_nerve_signs, 1, [f"{ids.GUIDED_NERVE_STOP}.n_clicks"]),
    (guided_ending.save_session, 6, [f"{ids.GUIDED_SAVE}.n_clicks"]),
    (guided_history.show_history, 1, [f"{ids.GUIDED_HISTORY_SENT}.data"]),
    (technique_dialog.open_technique, 1, [f"{ids.TECHNIQUE_REQUEST}.data"]),
]  # fmt: skip


@pytest.fixture(scope="module")
def app(real_app):
    return real_app


@pytest.mark.parametrize(("function", "arity", "triggers"), CALLBACKS, ids=[c[0].__name__ for c in CALLBACKS])
@PROFILE
@given(data=st.data())
def test_callbacks_never_raise_on_generated_input(app, function, arity, triggers, data):
    args = data.draw(st.lists(values, min_size=arity, max_size=arity))
    trigger = data.draw(st.sampled_from(triggers))
    value = data.draw(values)

    with callback_request(app):
        call_in_context(function, *args, triggered=(trigger, value))


@PROFILE
@given(
    body=json_values
    | st.fixed_dictionaries({"view": query_text | values}, optional={"click": values, "filters": json_values})
)
def test_view_answers_never_raise_and_carry_no_markup_from_the_request(app, body):
    """/_view answers any JSON body with its panels or a 400 message; request text is never written as HTML."""
    with app.server.test_client() as client:
        response = client.post(VIEW_PATH, json=body)
    assert response.status_code in (200, 400)
    answer = response.get_json()
    assert "<script" not in str(answer.get("details", "")) + str(answer.get("candidates", ""))


@PROFILE
@given(query=query_text)
def test_url_parser_never_raises_and_notes_stay_short(dataset, query):
    parsed = parse_view(query, dataset)
    assert all(len(note) < 400 for note in parsed.notes)
    assert parse_view(view_query(parsed.state), dataset).state == parsed.state


@PROFILE
@given(query=query_text)
def test_handout_never_raises_and_never_echoes_markup(dataset, query):
    page = render_handout(dataset, query, datetime.date(2026, 11, 21))
    assert "<script>" not in page.split("</head>", 1)[1].replace('<script src="/static/handout.js"', "")


@PROFILE
@given(query=st.text(max_size=300))
def test_search_never_raises(dataset, query):
    assert len(search_points(dataset, query)) <= 8


# Long queries built cheaply: a generated run of pain items (known, unknown, empty, repeated, odd characters)
# repeated up to 5,000 times, so that many cases go far past MAX_QUERY, MAX_QUERY_FIELDS and MAX_ITEMS.
pain_item = st.sampled_from(["temple-right", "heel-left", "temple-right", "", " ", "zz", "x" * 300, "%2C", "\u202e"])
flood = st.builds(
    lambda prefix, items, repeats, joiner, tail: prefix + joiner.join(items * repeats) + tail,
    st.sampled_from(["?pain=", "pain=", "?mode=study&pain=", "?point=soleus-1&pain=", "?"]),
    st.lists(pain_item, min_size=1, max_size=6),
    st.integers(min_value=1, max_value=5_000),
    st.sampled_from([",", ",,", "&pain=", "&", ", "]),
    st.sampled_from(["", "&point=upper-trapezius-1&side=left", "&side=\u2066up", "&view=patient"]),
)


@PROFILE
@given(query=flood)
def test_long_queries_are_read_within_their_bounds(dataset, query):
    """Whatever its length, a query gives a bounded view and a few short notes, and nothing past MAX_QUERY counts."""
    parsed = parse_view(query, dataset)
    marked = parsed.state.marked
    assert len(marked) <= len(dataset.regions) and len(set(marked)) == len(marked)
    assert len(parsed.notes) <= 4 and all(len(note) < 400 and note.isprintable() for note in parsed.notes)
    more = [int(word) for note in parsed.notes for word in note.split() if word.isdigit()]
    assert all(n <= MAX_ITEMS for n in more), "at most MAX_ITEMS ids are read"
    if len(query) > MAX_QUERY:
        assert parse_view(query[:MAX_QUERY] + "&pain=heel-left&point=soleus-1" * 100, dataset) == parsed
    assert parse_view(view_query(parsed.state), dataset).state == parsed.state


@PROFILE
@given(value=st.text(st.characters(codec="utf-8"), max_size=80), field=st.sampled_from(["point", "pain", "side"]))
def test_notes_are_always_printable(dataset, value, field):
    """Every character a note names from the link is printable: no control or bidirectional-override character."""
    assert all(note.isprintable() for note in parse_view(f"?{field}={quote(value)}", dataset).notes)


@PROFILE
@given(query=st.text(max_size=MAX_SEARCH), tail=st.text(min_size=1, max_size=50))
def test_search_reads_only_the_first_max_search_characters(dataset, query, tail):
    """Whatever follows the first MAX_SEARCH characters of the search box changes nothing (it is never read)."""
    padded = query.ljust(MAX_SEARCH, " ")
    assert search_points(dataset, padded + tail) == search_points(dataset, padded)
