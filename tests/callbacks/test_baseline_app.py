"""The benchmarks' baseline app answers a click like the app it stands beside."""

from __future__ import annotations

from benchmarks.baseline_app import create_baseline_app
from tests.callback_context import call_in_context, callback_request


def test_the_baseline_app_writes_a_line_for_a_click():
    app = create_baseline_app()
    callback = app.callback_map["line.children"]["callback"]
    click = {"points": [{"x": 1, "y": 1}]}
    with callback_request(app):
        response = call_in_context(callback, click, outputs_list={"id": "line", "property": "children"},
                                   triggered=("graph.clickData", click))  # fmt: skip
    assert "Clicked 1 at" in str(response)
