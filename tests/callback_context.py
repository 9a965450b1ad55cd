"""Calling a callback as Dash calls it, for unit tests and benchmarks: inside a callback request to the app (so that
it finds the app's dataset) and with Dash's callback context saying which input fired.

Dash offers no public way to set that context: its testing documentation sets the private
`dash._callback_context.context_value` exactly as below, so the private import lives here, once."""

from __future__ import annotations

from collections.abc import Callable
from contextvars import copy_context
from typing import Any

from dash import Dash
from dash._callback_context import context_value
from dash._utils import AttributeDict
from flask.ctx import RequestContext


def callback_request(app: Dash) -> RequestContext:
    """A request context as for a callback request to app: `with callback_request(app): call_in_context(...)`."""
    return app.server.test_request_context("/_dash-update-component", method="POST")


def call_in_context(function: Callable[..., Any], *args: Any, triggered: tuple[str, Any] | None = None,
                    **kwargs: Any) -> Any:  # fmt: skip
    """function(*args, **kwargs) as Dash runs a callback, with triggered = (prop_id, value) as the input that fired.

    Call it inside a request to the app (`callback_request`): callbacks read the dataset from the app serving it."""
    fired = [{"prop_id": triggered[0], "value": triggered[1]}] if triggered else []

    def call() -> Any:
        context_value.set(AttributeDict(triggered_inputs=fired))
        return function(*args, **kwargs)

    return copy_context().run(call)


def call_update_view(prop: str, value: Any, search: str = "", **inputs: Any) -> dict:
    """Calls the navigation's update_view as if `prop` ("view-request.data", a pattern id json + ".n_clicks", ...)
    fired, every other input at its resting value unless given; checks it answers every output."""
    from components.navigation import OUTPUTS, update_view  # the app's modules load after the test helpers

    args = dict(drawn=None, results=[], browse=[], guided=None, chips=[], clear=0, added=None,
                condition=None, mode="explore", patient=False, nav=None, cond=None, tech=None, self_care=False,
                zoom="whole-body", view_switch="whole-body", muscles=False, search=search, handout=[],
                condition_side="right")  # fmt: skip
    args.update(inputs)
    out = call_in_context(update_view, triggered=(prop, value), **args)
    assert set(out) == set(OUTPUTS)
    return out
