"""Saving a guided self-care session (the callback, in a request to the fixture app): it appends one entry and never
touches what the browser already keeps."""

from __future__ import annotations

import json

import pytest
from dash import Patch

from components import guided_self_care, ids
from tests.callback_context import call_in_context
from tests.unit.test_guided import GOOD


def _save(search: str, before: object = 7, after: object = 2):
    return call_in_context(guided_self_care.save_session, 1, search, before, after,
                           triggered=(f"{ids.GUIDED_SAVE}.n_clicks", 1))  # fmt: skip


def _apply(patch: Patch, history: list) -> list:
    """The history after the browser applies the patch (Dash's Append, the only operation allowed here)."""
    result = list(history)
    for operation in patch.to_plotly_json()["operations"]:
        assert operation["operation"] == "Append" and operation["location"] == []
        result.append(operation["params"]["value"])
    return result


def test_saving_appends_and_keeps_every_entry_already_saved_byte_for_byte(fixture_app):
    """Old forms, unknown points, extra fields and any number of entries: nothing saved before is touched."""
    history = [
        {**GOOD, "point": "soleus-1"},  # a point the fixture data does not have
        {"when": "2025-01-02 08:00", "point": "upper-trapezius-1", "before": 5.5, "after": 2, "note": "morning"},
        ["2025-01-01", "upper-trapezius-1", 6, 3],
        {**GOOD, "point": "upper-trapezius-1", "side": "right", "extra": {"nested": [1, {"deeper": True}]}},
        *({**GOOD, "point": "upper-trapezius-1", "n": n} for n in range(120)),
    ]
    before = json.dumps(history)
    patch, summary = _save("?point=upper-trapezius-1&side=left")
    assert isinstance(patch, Patch)
    saved = _apply(patch, json.loads(before))
    assert len(saved) == len(history) + 1
    assert json.dumps(saved[:-1]) == before
    assert saved[-1]["point"] == "upper-trapezius-1" and saved[-1]["side"] == "left"
    assert (saved[-1]["before"], saved[-1]["after"]) == (7, 2)
    assert "Pain before 7, after 2: eased by 5" in json.dumps(summary.to_plotly_json(), default=str)


@pytest.mark.parametrize(
    ("search", "before", "after"),
    [("", 5, 5), ("?point=upper-trapezius-1", 11, 2), ("?point=upper-trapezius-1", "5", 2)],
)
def test_nothing_is_saved_without_a_point_and_ratings(fixture_app, search, before, after):
    history, summary = _save(search, before, after)
    assert not isinstance(history, Patch)
    assert "Choose a point and rate the pain" in json.dumps(summary.to_plotly_json(), default=str)
