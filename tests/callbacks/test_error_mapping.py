"""Errors by whose fault they are, on a tiny app served by the same registration as the real one: a callback that
raises is our bug (500, traceback logged, never shown); a request that fits no callback is the client's (400, one
log line)."""

from __future__ import annotations

import logging

import pytest
from dash import Dash, Input, Output, dcc, html

from server import register_serving


@pytest.fixture
def client():
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="tiny-input"), html.Div(id="tiny-output")])

    @app.callback(Output("tiny-output", "children"), Input("tiny-input", "value"))
    def echo_or_fail(value: object) -> object:
        if value == "fail":
            raise KeyError("a bug in our own code")
        return value

    register_serving(app)
    client = app.server.test_client()
    client.get("/")
    return client


def request_for(value: object, **changes: object) -> dict:
    """A callback request for the tiny app's callback."""
    return {
        "output": "tiny-output.children",
        "outputs": {"id": "tiny-output", "property": "children"},
        "inputs": [{"id": "tiny-input", "property": "value", "value": value}],
        "changedPropIds": ["tiny-input.value"],
        **changes,
    }


def test_a_fitting_request_is_answered(client):
    response = client.post("/_dash-update-component", json=request_for("hello"))
    assert response.status_code == 200
    assert response.get_json()["response"] == {"tiny-output": {"children": "hello"}}


def test_an_exception_in_a_callback_is_a_500_with_a_logged_traceback_never_shown(client, caplog):
    response = client.post("/_dash-update-component", json=request_for("fail"))
    assert response.status_code == 500
    assert b"KeyError" not in response.data and b"bug" not in response.data and b"Traceback" not in response.data
    errors = [record for record in caplog.records if record.levelno == logging.ERROR]
    assert len(errors) == 1 and errors[0].exc_info is not None
    assert errors[0].exc_info[0] is KeyError


@pytest.mark.parametrize(
    "changes",
    [
        {"inputs": [{"id": "tiny-input", "property": "n_clicks", "value": 1}]},
        {"inputs": [{"id": "other", "property": "value", "value": 1}]},
        {"inputs": []},
        {"outputs": {"id": "tiny-output", "property": "style"}},
        {"output": "tiny-output.style"},
        {"state": [{"id": "tiny-input", "property": "value"}]},
        {"changedPropIds": ["other.value"]},
    ],
    ids=["wrong-property", "wrong-id", "missing-input", "wrong-output", "unknown-output", "extra-state",
         "unsent-change"],
)  # fmt: skip
def test_a_request_that_does_not_fit_is_a_400_with_one_log_line(client, caplog, changes):
    response = client.post("/_dash-update-component", json=request_for("fail", **changes))
    assert response.status_code == 400
    assert len(caplog.records) == 1
    assert caplog.records[0].levelno == logging.WARNING and caplog.records[0].exc_info is None
