"""A guided self-care session, callback by callback, in a request to an app: it is drawn from its point, it stops at
the check, it goes on only with a rating, it ends on a nerve sign or a rise in pain, and it is saved once."""

from __future__ import annotations

import json

import pytest

from components import guided_ending, guided_self_care, ids
from components.context import DATASET_KEY
from components.guided_self_care import ENDED
from tests.callback_context import call_in_context
from triggerpoints.guided import GENERAL_RED_FLAGS, NERVE_STOP

UT = "?point=upper-trapezius-1&side=left"
SESSION = {"id": "session-1", "saved": False}


def _text(component: object) -> str:
    return json.dumps(component.to_plotly_json() if hasattr(component, "to_plotly_json") else component, default=str)


def _save(search: str = UT, before: object = "7", after: object = "2", nerve: object = None, session: object = None):
    return call_in_context(guided_ending.save_session, 1, search, before, after, nerve or [],
                           SESSION if session is None else session, triggered=(f"{ids.GUIDED_SAVE}.n_clicks", 1))  # fmt: skip


def _next(active: int, general=(), area=(), technique=(), before: object = None, search: str = UT):
    return call_in_context(guided_self_care.move_step, 1, 0, active, list(general), list(area), list(technique),
                           before, search, triggered=(f"{ids.GUIDED_NEXT}.n_clicks", 1))  # fmt: skip


def _prepare(point: str, side: str = "left") -> dict:
    return call_in_context(guided_self_care.prepare_session, {"point": point, "side": side}, 0,
                           triggered=(f"{ids.GUIDED_SELECTION}.data", None))  # fmt: skip


def test_a_saved_session_carries_its_id_and_says_how_it_went(fixture_app):
    result = _save()
    entry = result["saved"]
    assert (entry["point"], entry["side"], entry["before"], entry["after"]) == ("upper-trapezius-1", "left", 7, 2)
    assert entry["session"] == "session-1" and result["session"] == {"id": "session-1", "saved": True}
    assert "Pain before 7, after 2: eased by 5" in _text(result["summary"])
    assert "repeat later today" in _text(result["summary"])
    assert result["active"] is guided_ending.no_update


def test_saving_a_saved_session_again_stores_nothing_more(fixture_app):
    result = _save(session={"id": "session-1", "saved": True})
    assert result["saved"] is guided_ending.no_update
    assert "saved already" in _text(result["summary"])


@pytest.mark.parametrize(
    ("search", "before", "after"),
    [("", "5", "5"), (UT, None, "2"), (UT, "5", None), (UT, "11", "2"), (UT, 5.5, 2)],
)
def test_nothing_is_saved_without_a_point_and_both_ratings(fixture_app, search, before, after):
    result = _save(search, before, after)
    assert result["saved"] is guided_ending.no_update
    assert "Choose a point and rate the pain" in _text(result["summary"])


def test_a_rise_in_pain_is_saved_and_ends_the_session_with_advice_never_a_green_box(fixture_app):
    result = _save(before="2", after="9")
    assert result["saved"]["after"] == 9
    assert result["active"] == ENDED and result["back_off"] is result["next_off"] is True
    assert result["stepper"] == guided_self_care.STEPPER_ENDED
    end = _text(result["end"])
    assert "Your pain went up: stop for today" in end and "orange" in end and "teal" not in end
    assert "repeat later today" not in end and result["summary"] is None


def test_a_nerve_sign_after_the_release_ends_the_session(fixture_app):
    result = _save(before="6", after="3", nerve=["Numbness"])
    assert result["active"] == ENDED and NERVE_STOP.title in _text(result["end"])


def test_the_stop_button_during_the_hold_ends_the_session_at_once():
    active, stepper, end, back_off, next_off = guided_ending.stop_for_nerve_signs(1)
    assert active == ENDED and stepper == guided_self_care.STEPPER_ENDED and back_off and next_off
    assert NERVE_STOP.text in _text(end)


def test_a_ticked_bladder_sign_stops_at_the_check_with_emergency_care(fixture_app):
    bladder = next(flag for flag in GENERAL_RED_FLAGS if "bladder" in flag)
    active, stop = _next(0, general=[bladder])
    assert active == 0 and "Call emergency services now" in _text(stop) and bladder in _text(stop)


def test_a_ticked_do_not_use_it_stops_at_the_check(fixture_app):
    active, stop = _next(0, technique=["Over varicose veins"])
    assert active == 0 and "Not this technique today" in _text(stop) and "Over varicose veins" in _text(stop)


def test_the_session_goes_on_from_before_only_with_a_rating(fixture_app):
    active, note = _next(1)
    assert active == 1 and "Rate the pain from 0 to 10" in _text(note)
    assert _next(1, before="0") == (2, None)
    assert _next(0) == (1, None)


def test_a_session_is_drawn_from_its_point(real_app):
    with real_app.server.test_request_context("/_dash-update-component", method="POST"):
        scm = _prepare("sternocleidomastoid-sternal-1")
        again = _prepare("sternocleidomastoid-sternal-1")
        pelvic = _prepare("levator-ani-1")
    assert scm["hold"] == "30" and [c["value"] for c in scm["hold_data"]] == ["20", "30"]
    assert "never press into the front of the neck" in _text(scm["precautions"]).lower()
    assert scm["technique_label"] == "Do not use pincer grip massage if"
    pincer = real_app.server.config[DATASET_KEY].techniques["pincer-grip"].contraindications
    assert all(json.dumps(c.rstrip("."))[1:-1] in _text(scm["technique_flags"]) for c in pincer)
    assert scm["pressure"].startswith("Pressure: ") and scm["timer_hidden"] is False
    assert (scm["before"], scm["after"], scm["active"]) == (None, None, 0)
    assert scm["session"]["id"] != again["session"]["id"] and scm["session"]["saved"] is False
    assert pelvic["timer_hidden"] is True and pelvic["pressure"] == "Do not press this point yourself."
