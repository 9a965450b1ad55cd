"""Issue 17's record, chart and small things, callback by callback in a request to an app on the fixture data: an
upload merges or changes nothing and says why; the merge's words; the chart drawn or the friendly line; a reloaded
self-care session taken up where it stood; a self-care link's note; dizziness chosen as a condition; and where each
piece sits on the page."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime

import pytest
from dash import no_update

from components import ids, self_care_chart, user_record
from components.guided_opening import RESUMED, resume_session, show_link_note
from components.guided_self_care import ENDED, STEPPER_ENDED
from components.layout import create_layout
from components.navigation import OUTPUTS as VIEW_OUTPUTS
from components.navigation import update_view
from server.limits import MAX_BODY_BYTES
from tests.callback_context import call_in_context
from triggerpoints.study_schedule import empty_progress, record_answer

UT = "upper-trapezius-1"
SESSION = {"when": "2026-11-30 18:30", "point": UT, "side": "left", "before": 6, "after": 2, "session": "s1"}
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _text(component) -> str:
    return json.dumps(
        component, default=lambda c: c.to_plotly_json() if hasattr(c, "to_plotly_json") else str(c), ensure_ascii=False
    )


def _file(record: object, name: str = "trigger-point-record-2026-12-01.json") -> dict:
    data = json.dumps(record, indent=2).encode() if not isinstance(record, bytes) else record
    contents = "data:application/json;base64," + base64.b64encode(data).decode()
    return {"name": name, "size": len(data), "at": 1, "contents": contents}


def _record(**parts) -> dict:
    return {"app": "Trigger Point Explorer", "format": 1, "exported": "2026-12-01T09:00:00Z", "study_progress": None,
            "self_care_history": [], "theme": None, "handout_list": [], **parts}  # fmt: skip


def _import(file: object, progress: object = None, handout: object = None, theme: object = None) -> dict:
    return call_in_context(user_record.import_record, file, progress, handout or [], theme,
                           triggered=(f"{ids.RECORD_FILE}.data", file))  # fmt: skip


def test_an_upload_merges_progress_handout_and_dark_mode_and_passes_the_sessions_on(fixture_app):
    progress = record_answer(empty_progress(), UT, True, NOW)
    out = _import(_file(_record(study_progress=progress, self_care_history=[SESSION, "odd"], theme="dark",
                                handout_list=[f"{UT}:left"])))  # fmt: skip
    assert out["progress"] == progress
    assert (out["handout"], out["theme"], out["theme_switch"]) == ([f"{UT}:left"], "dark", True)
    assert out["sessions"]["sessions"] == [SESSION, "odd"] and out["sessions"]["at"] == 1
    report = out["sessions"]["report"]
    assert (report["cards_added"], report["has_progress"], report["theme"]) == (1, True, "dark")
    assert report["name"] == "trigger-point-record-2026-12-01.json"


def test_an_upload_leaves_this_browsers_choices_and_adds_only_what_is_new(fixture_app):
    out = _import(_file(_record(theme="dark", handout_list=[f"{UT}:left"])), handout=[f"{UT}:left"], theme="light")
    assert (out["progress"], out["handout"], out["theme"], out["theme_switch"]) == (no_update,) * 4


@pytest.mark.parametrize(
    ("file", "message"),
    [
        ({"name": "huge.json", "size": 5 * 1024 * 1024, "at": 2}, "This file is 5.0 MB; a record can be at most 640 kB."),
        ({"name": "big.json", "size": 600_000, "at": 3, "crowded": True}, "together too large to merge at once"),
        (_file(b"\x00\x01\x02 binary", "photo.jpg"), "This file is not text"),
        (_file(b'{"app": "Trigger Point Explorer", "format": 1,', "cut.json"), "This file is not valid JSON"),
        (_file({"app": "Other"}, "other.json"), "a record of “Other”, not of Trigger Point Explorer"),
        (None, "The file could not be read"),
    ],
)  # fmt: skip
def test_a_file_that_cannot_be_merged_changes_nothing_and_says_why(fixture_app, file, message):
    out = _import(file, progress={"turn": 3, "items": {}}, handout=["x:right"], theme="dark")
    assert all(out[key] is no_update for key in ("progress", "handout", "theme", "theme_switch", "sessions"))
    assert message in _text(out["note"]) and "Nothing in this browser was changed." in _text(out["note"])
    name = (file or {}).get("name")
    assert (f"“{name}” was not merged" if name else "The file was not merged") in _text(out["note"])


def test_the_merged_message_names_each_part(fixture_app):
    note = call_in_context(user_record.show_merged, {"name": "mine.json", "sessions_added": 2, "sessions_present": 1,
                                                     "has_progress": True, "cards_added": 3, "at": 5})  # fmt: skip
    text = _text(note)
    assert "Your record is merged" in text and "Self-care: 2 sessions added; 1 was here already." in text
    assert "Study: 3 cards added, 0 brought up to date." in text
    assert "Merged the record" in _text(call_in_context(user_record.show_merged, {"sessions_added": -4}))


def test_the_export_is_written_in_the_browser_with_the_apps_name_and_format():
    assert '"Trigger Point Explorer"' in user_record.EXPORT and "format: 1," in user_record.EXPORT
    assert "'trigger-point-record-'" in user_record.EXPORT.replace('"', "'")
    assert str(user_record.MAX_RECORD_BYTES) in user_record.READ_FILE


def test_a_file_is_sent_only_within_the_servers_limit_on_a_request():
    assert user_record.MAX_REQUEST_BYTES == MAX_BODY_BYTES and str(MAX_BODY_BYTES) in user_record.READ_FILE
    assert user_record.MAX_RECORD_BYTES * 4 // 3 + 64 * 1024 < MAX_BODY_BYTES  # today's progress (~80 kB) fits beside


def _chart(sent: object, choice: object = None, trigger: str = ids.SELF_CARE_CHART_SENT) -> dict:
    return call_in_context(self_care_chart.draw_chart, sent, choice, triggered=(f"{trigger}.data", sent))


def test_no_session_shows_the_friendly_line_and_no_chart(fixture_app):
    out = _chart({"history": {"total": 0, "recent": []}, "dark": False, "follow": True})
    assert out["hidden"] is True and out["empty"] == {} and out["options"] == []


def test_sessions_draw_the_chart_of_the_newest_point_with_a_picker_when_there_are_several(fixture_app):
    older = {**SESSION, "when": "2026-11-01 09:00", "point": "sternocleidomastoid-1", "side": "right"}
    sent = {"history": {"total": 2, "recent": [older, SESSION]}, "dark": True, "follow": True}
    out = _chart(sent, choice="sternocleidomastoid-1:right")
    assert out["choice"] == f"{UT}:left" and out["hidden"] is False and out["empty"] == {"display": "none"}
    assert out["picker"] == {} and len(out["options"]) == 2
    assert list(out["figure"].data[1].y) == [6] and out["figure"].layout.font.color == "#e6e8eb"
    chosen = _chart(sent, choice="sternocleidomastoid-1:right", trigger=ids.SELF_CARE_CHART_POINT)
    assert chosen["choice"] == "sternocleidomastoid-1:right"
    one = _chart({"history": {"total": 1, "recent": [SESSION]}, "dark": False, "follow": False})
    assert one["picker"] == {"display": "none"} and "1 session on 30 Nov 2026" in one["summary"]


def test_a_kept_session_is_taken_up_where_it_stood(fixture_app):
    selection = {"point": UT, "side": "left"}
    kept = {**selection, "session": "abc", "saved": False, "step": 4, "before": "6", "after": None, "nerve": []}
    out = call_in_context(resume_session, kept, selection, triggered=(f"{ids.GUIDED_RESUME_REQUEST}.data", kept))
    assert (out["active"], out["before"], out["after"], out["session"]) == (4, "6", None, {"id": "abc", "saved": False})
    assert out["end"] is None and out["state"] == RESUMED and out["next_off"] is False
    ended = {**kept, "step": ENDED, "saved": True, "after": "9"}
    out = call_in_context(resume_session, ended, selection, triggered=(f"{ids.GUIDED_RESUME_REQUEST}.data", ended))
    assert out["stepper"] == STEPPER_ENDED and "Your pain went up" in _text(out["end"]) and out["back_off"] is True


def test_a_kept_session_for_another_point_is_left(fixture_app):
    kept = {"point": UT, "side": "right", "session": "abc", "saved": False, "step": 4, "before": "6", "nerve": []}
    out = call_in_context(resume_session, kept, {"point": UT, "side": "left"})
    assert out["state"] == RESUMED and all(v is no_update for k, v in out.items() if k != "state")


@pytest.mark.parametrize(
    ("query", "note"),
    [("?mode=self-care&point=bogus", "We could not find a trigger point called “bogus”. Choose one from the list below."),
     (f"?mode=self-care&point={UT}", None)],
)  # fmt: skip
def test_a_self_care_link_to_an_unknown_point_gets_the_explorers_note(fixture_app, query, note):
    out = call_in_context(show_link_note, {"point": None, "side": "right"}, {"query": query, "clicks": "none"})
    assert (note in _text(out) and "About this link" in _text(out) and "link-note" in _text(out)) if note else out == []


def test_a_condition_felt_in_no_one_place_shows_its_points_in_the_explorer(fixture_app):
    inputs = dict(drawn=None, results=[], browse=[], guided=None, chips=[], clear=0, added=None,
                  condition="stiff-neck", mode="pain", patient=False, nav=None, cond=None, tech=None, self_care=False,
                  zoom="whole-body", view_switch="whole-body", muscles=False, search="?pain=jaw-right", handout=[],
                  condition_side="right")  # fmt: skip
    out = call_in_context(update_view, triggered=(f"{ids.CONDITION_START}.value", "stiff-neck"), **inputs)
    assert set(out) == set(VIEW_OUTPUTS)
    assert (out["mode"], out["cond"], out["search"]) == (
        "explore",
        "stiff-neck",
        "?mode=explore&pain=jaw-right&condition=stiff-neck",
    )


def _find(component, wanted: str):
    if getattr(component, "id", None) == wanted:
        return component
    children = getattr(component, "children", None)
    for child in children if isinstance(children, (list, tuple)) else [children]:
        if hasattr(child, "to_plotly_json") and (found := _find(child, wanted)) is not None:
            return found
    return None


def _panel_order(layout) -> list[str]:
    column = next(c for c in _walk(layout) if getattr(c, "className", None) == "panel-column")
    return [getattr(child, "className", "") or "" for child in column.children]


def _walk(component):
    yield component
    children = getattr(component, "children", None)
    for child in children if isinstance(children, (list, tuple)) else [children]:
        if hasattr(child, "to_plotly_json"):
            yield from _walk(child)


def test_the_record_chart_and_note_sit_where_a_user_finds_them(fixture_dataset):
    layout = create_layout(fixture_dataset)
    order = _panel_order(layout)
    assert order.index("guided-link-note") + 1 == order.index("guided-panel")
    assert order.index("guided-panel") + 1 == order.index("self-care-chart")  # under the list of sessions
    assert order[-2:] == ["user-record", "point-details"]
    section = next(c for c in _walk(layout) if getattr(c, "className", None) == "user-record")
    assert user_record.EXPLANATION in _text(section)
    assert _find(layout, ids.RECORD_UPLOAD) is not None and _find(layout, ids.RECORD_DOWNLOAD) is not None
