"""Property tests of the request limits: the JSON depth scan, nesting depths and body sizes sent to the server, and
well-shaped callback requests carrying any JSON value, which callbacks must answer without a server error."""

from __future__ import annotations

import io
import json

import pytest
from dash._utils import split_callback_id
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from server.limits import MAX_BODY_BYTES, MAX_JSON_DEPTH, json_depth
from server.view_route import VIEW_PATH

PROFILE = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
ENDPOINTS = ["/_dash-update-component", VIEW_PATH]
# Text that tries to fool the scan: brackets, quotes and backslashes inside strings.
tricky_text = st.text(alphabet='[]{}"\\,:ab\u00fc', max_size=12)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | tricky_text,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(tricky_text, children, max_size=4),
    max_leaves=20,
)


def reference_depth(value: object) -> int:
    """How deeply a parsed JSON value nests arrays and objects, counted the obvious way."""
    if isinstance(value, list):
        return 1 + max(map(reference_depth, value), default=0)
    if isinstance(value, dict):
        return 1 + max(map(reference_depth, value.values()), default=0)
    return 0


def nested(depth: int, leaf: bytes = b"0") -> bytes:
    """A JSON body of arrays and objects nested depth levels deep."""
    opening = b"".join(b"[" if level % 2 else b'{"a":' for level in range(depth))
    closing = b"".join(b"]" if level % 2 else b"}" for level in reversed(range(depth)))
    return opening + leaf + closing


@pytest.fixture(scope="module")
def client(real_app):
    client = real_app.server.test_client()
    client.get("/")  # Dash binds the callbacks on the first request
    return client


@PROFILE
@given(value=json_values, ensure_ascii=st.booleans(), indent=st.sampled_from([None, 0, 2]))
def test_the_depth_scan_agrees_with_the_parsed_value(value, ensure_ascii, indent):
    body = json.dumps(value, ensure_ascii=ensure_ascii, indent=indent).encode()
    assert json_depth(body) == reference_depth(value)


@PROFILE
@given(depth=st.integers(0, 1200), path=st.sampled_from(ENDPOINTS))
@example(depth=990, path=ENDPOINTS[0])
@example(depth=990, path=ENDPOINTS[1])
@example(depth=MAX_JSON_DEPTH, path=ENDPOINTS[1])
@example(depth=MAX_JSON_DEPTH + 1, path=ENDPOINTS[1])
def test_any_nesting_depth_gets_an_answer_and_never_a_server_error(client, depth, path):
    response = client.post(path, data=nested(depth), content_type="application/json")
    assert response.status_code < 500
    if depth > MAX_JSON_DEPTH:
        assert response.status_code == 400 and "nests deeper" in response.get_json()["detail"]


@PROFILE
@given(extra=st.integers(-64, 64), path=st.sampled_from(ENDPOINTS), chunked=st.booleans())
@example(extra=0, path=ENDPOINTS[0], chunked=True)
@example(extra=1, path=ENDPOINTS[0], chunked=True)
@example(extra=1, path=ENDPOINTS[1], chunked=False)
def test_bodies_over_the_limit_and_only_those_get_a_413(client, extra, path, chunked):
    size = MAX_BODY_BYTES + extra
    body = b'{"view": "' + b"x" * (size - 12) + b'"}'
    assert len(body) == size
    options = (
        {"input_stream": io.BytesIO(body), "headers": {"Transfer-Encoding": "chunked"},
         "environ_overrides": {"wsgi.input_terminated": True}}
        if chunked else {"data": body}
    )  # fmt: skip
    response = client.post(path, content_type="application/json", **options)
    assert (response.status_code == 413) == (size > MAX_BODY_BYTES)
    assert response.status_code < 500


def well_shaped(dependency: dict, value: object) -> dict | list:
    """A request item that fits a declared input, state or output (an empty list for a wildcard)."""
    if dependency["id"].startswith("{"):
        return []
    return {"id": dependency["id"], "property": dependency["property"], "value": value}


@PROFILE
@given(data=st.data())
def test_well_shaped_callback_requests_with_any_values_never_get_a_server_error(real_app, client, data):
    server_callbacks = sorted(output for output, callback in real_app.callback_map.items() if "callback" in callback)
    output = data.draw(st.sampled_from(server_callbacks))
    callback = real_app.callback_map[output]
    declared_outputs = [] if callback.get("no_output") else split_callback_id(output)
    inputs = [well_shaped(dependency, data.draw(json_values)) for dependency in callback["inputs"]]
    body = {
        "output": output,
        "outputs": (
            [well_shaped(out, None) for out in declared_outputs]
            if isinstance(declared_outputs, list)
            else well_shaped(declared_outputs, None)
        ),
        "inputs": inputs,
        "state": [well_shaped(dependency, data.draw(json_values)) for dependency in callback.get("state", [])],
        "changedPropIds": [f"{item['id']}.{item['property']}" for item in inputs if isinstance(item, dict)][:1],
    }
    response = client.post("/_dash-update-component", json=body)
    assert response.status_code in (200, 204), (output, response.get_data(as_text=True)[:300])
