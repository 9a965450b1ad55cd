"""Checks that a callback request fits one of the app's callbacks before Dash dispatches it.

A request that does not fit (not JSON, an unknown output, inputs that are not the callback's) is the client's fault
and gets a 400 with one log line; whatever a callback then raises is ours (a 500 with a logged traceback). Values are
not checked here: callbacks accept any JSON value the browser may send.
"""

from __future__ import annotations

import json
from functools import lru_cache

from dash import Dash
from dash._utils import split_callback_id
from flask import abort, request

CALLBACK_PATH = "_dash-update-component"
_SCALARS = (str, int, float, bool)


@lru_cache(maxsize=256)
def _id_pattern(declared_id: str) -> dict | None:
    """The dictionary id of a pattern-matching dependency ('{"type":...}'), or None for a plain string id."""
    return json.loads(declared_id) if declared_id.startswith("{") else None


def _same_property(sent: object, declared: str) -> bool:
    """Whether a sent property names the declared one (outputs may carry an '@<hash>' suffix on either side)."""
    return isinstance(sent, str) and sent.split("@", 1)[0] == declared.split("@", 1)[0]


def _fits_id(sent: object, declared_id: str) -> bool:
    """Whether a sent component id matches a declared one, wildcards (ALL, MATCH, ALLSMALLER) included."""
    pattern = _id_pattern(declared_id)
    if pattern is None:
        return sent == declared_id
    if not isinstance(sent, dict) or sent.keys() != pattern.keys():
        return False
    return all(
        isinstance(sent[key], _SCALARS) if isinstance(wanted, list) else sent[key] == wanted
        for key, wanted in pattern.items()
    )


def _fits(sent: object, declared: dict) -> bool:
    """Whether a sent dependency (an object, or a list of them for a wildcard) matches a declared one."""
    many = isinstance(sent, list) and _id_pattern(declared["id"]) is not None
    return all(
        isinstance(item, dict)
        and _fits_id(item.get("id"), declared["id"])
        and _same_property(item.get("property"), declared["property"])
        for item in (sent if many else [sent])
    )


def _fits_all(sent: object, declared: list[dict]) -> bool:
    """Whether a sent list of dependencies matches the declared list one for one."""
    return isinstance(sent, list) and len(sent) == len(declared) and all(map(_fits, sent, declared))


def _prop_key(prop_id: str) -> tuple[str, str]:
    """A canonical (id, property) for an 'id.property' string, whatever the spacing of a dictionary id."""
    component, _, prop = prop_id.rpartition(".")
    if component.startswith("{"):
        component = json.dumps(json.loads(component), sort_keys=True)
    return component, prop


def _input_keys(inputs: list) -> set[tuple[str, str]]:
    """The canonical (id, property) of every input a (shape-checked) request sends."""
    items = [item for sent in inputs for item in (sent if isinstance(sent, list) else [sent])]
    return {
        (json.dumps(item["id"], sort_keys=True) if isinstance(item["id"], dict) else item["id"], item["property"])
        for item in items
    }


def _fits_changed(changed: object, inputs: list) -> bool:
    """Whether changedPropIds is a list of 'id.property' strings, each naming one of the sent inputs."""
    if not isinstance(changed, list) or not all(isinstance(prop_id, str) for prop_id in changed):
        return False
    try:
        keys = {_prop_key(prop_id) for prop_id in changed}
    except ValueError:  # a dictionary id that is not JSON
        return False
    return keys <= _input_keys(inputs)


def callback_request_problem(body: object, callback_map: dict[str, dict]) -> str | None:
    """What makes a callback request's body unfit for the app's callbacks, or None when it fits one."""
    if not isinstance(body, dict):
        return "the body must be a JSON object"
    output = body.get("output")
    # Clientside callbacks are listed too, without a function: the browser runs them and never sends them here.
    if not isinstance(output, str) or "callback" not in callback_map.get(output, {}):
        return "output must name one of the app's server callbacks"
    callback = callback_map[output]
    if not callback.get("no_output"):
        declared = split_callback_id(output)
        outputs = body.get("outputs")
        if not (_fits_all(outputs, declared) if isinstance(declared, list) else _fits(outputs, declared)):
            return "outputs do not match the callback's outputs"
    inputs = body.get("inputs")
    if not _fits_all(inputs, callback["inputs"]):
        return "inputs do not match the callback's inputs"
    if not _fits_all(body.get("state", []), callback.get("state", [])):
        return "state does not match the callback's state"
    if not _fits_changed(body.get("changedPropIds", []), inputs):
        return "changedPropIds must name the request's inputs"
    return None


def register(app: Dash) -> None:
    """Answers a callback request that fits none of the app's callbacks with a 400, before Dash dispatches it."""
    server = app.server
    path = app.config.routes_pathname_prefix + CALLBACK_PATH

    @server.before_request
    def check_callback_request() -> None:
        if request.path != path or request.method != "POST":
            return
        problem = callback_request_problem(request.get_json(silent=True), app.callback_map)
        if problem:
            abort(400, description=f"Malformed callback request: {problem}.")
