"""The HTTP layer: security headers, /health, request limits, malformed or forged requests, caching, and URL input
never echoed."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from server.limits import MAX_BODY_BYTES
from server.view_route import VIEW_PATH
from tests.paths import ROOT


@pytest.fixture(scope="module")
def client(real_app):
    return real_app.server.test_client()


@pytest.mark.parametrize("path", ["/", "/health", "/_dash-layout", "/handout?points=soleus-1", "/no/such/page"])
def test_security_headers_on_every_response(client, path):
    response = client.get(path)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    policy = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
    assert "unsafe-eval" not in policy
    script_sources = next(part for part in policy.split(";") if part.strip().startswith(("script-src", "default-src")))
    assert "unsafe-inline" not in script_sources


def test_page_policy_allows_only_the_apps_own_scripts(client):
    policy = client.get("/").headers["Content-Security-Policy"]
    script_src = next(p.strip() for p in policy.split(";") if p.strip().startswith("script-src"))
    assert script_src.startswith("script-src 'self' 'sha256-")
    assert "http" not in policy, "nothing is loaded from another site"


def test_the_page_carries_the_small_plotly_bundle_of_the_same_version_as_plotly_py(client):
    # dcc.Graph uses window.Plotly when a bundle defines it, so the full bundle (three times larger) is never sent.
    import plotly

    full = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    basic = ROOT / "assets" / "vendor" / "plotly-basic.min.js"
    version = re.compile(r"plotly\.js.*? v(\d+\.\d+\.\d+)")
    assert version.search(basic.read_text()[:300]).group(1) == version.search(full.read_text()[:300]).group(1)
    page = client.get("/").get_data(as_text=True)
    assert "/assets/vendor/plotly-basic.min.js" in page
    response = client.get("/assets/vendor/plotly-basic.min.js", headers={"Accept-Encoding": "gzip, deflate, br, zstd"})
    assert response.headers["Content-Encoding"] in ("br", "zstd"), "served compressed, as Chromium asks"
    assert len(response.get_data()) < basic.stat().st_size / 2


def test_health(client):
    response = client.get("/health")
    assert response.status_code == 200
    with (ROOT / "data" / "trigger_points.csv").open(encoding="utf-8") as rows:
        points = sum(1 for _ in csv.DictReader(rows))
    assert points > 128, "the bundled data's rows, counted here without the app's loader"
    assert response.get_json() == {"status": "ok", "version": "0.1.0", "points": points}


MALFORMED = [
    b"{garbage",
    b"",
    b"[]",
    b"null",
    json.dumps({"output": "no-such.prop", "outputs": {"id": "no-such", "property": "prop"}, "inputs": []}).encode(),
    json.dumps({"output": "search-results.children"}).encode(),
    json.dumps({"output": "search-results.children", "outputs": {"id": "search-results", "property": "children"},
                "inputs": "not a list", "changedPropIds": ["search.value"]}).encode(),
    json.dumps({"output": 5, "outputs": [1, 2], "inputs": [{}], "changedPropIds": [None]}).encode(),
    b"x" * 200_000,
]  # fmt: skip


@pytest.mark.parametrize("body", MALFORMED, ids=[f"body-{i}" for i in range(len(MALFORMED))])
def test_malformed_callback_requests_get_a_400_without_a_traceback(client, body):
    response = client.post("/_dash-update-component", data=body, content_type="application/json")
    assert response.status_code == 400
    assert b"Traceback" not in response.data and b'File "' not in response.data
    assert client.get("/health").status_code == 200, "the server keeps serving"


SHAPE_MISMATCHES = {
    "unknown output": {"output": "no-such.prop", "outputs": {"id": "no-such", "property": "prop"}, "inputs": []},
    "outputs of another callback": {"output": "search-results.children",
                                    "outputs": {"id": "page-note", "property": "children"},
                                    "inputs": [{"id": "search", "property": "value", "value": "x"}]},
    "input of another component": {"output": "search-results.children",
                                   "outputs": {"id": "search-results", "property": "children"},
                                   "inputs": [{"id": "url", "property": "search", "value": "x"}]},
    "one input too many": {"output": "search-results.children",
                           "outputs": {"id": "search-results", "property": "children"},
                           "inputs": [{"id": "search", "property": "value"}, {"id": "search", "property": "value"}]},
    "state that is not a list": {"output": "search-results.children",
                                 "outputs": {"id": "search-results", "property": "children"},
                                 "inputs": [{"id": "search", "property": "value"}], "state": {}},
    "changed input that was not sent": {"output": "search-results.children",
                                        "outputs": {"id": "search-results", "property": "children"},
                                        "inputs": [{"id": "search", "property": "value"}],
                                        "changedPropIds": ["{garbage.value"]},
}  # fmt: skip


@pytest.mark.parametrize("body", SHAPE_MISMATCHES.values(), ids=SHAPE_MISMATCHES.keys())
def test_a_request_that_fits_no_callback_gets_a_400_and_one_log_line(client, caplog, body):
    response = client.post("/_dash-update-component", json=body)
    assert response.status_code == 400
    assert response.get_json()["detail"].startswith("Malformed callback request")
    assert [record.levelname for record in caplog.records] == ["WARNING"]
    assert caplog.records[0].exc_info is None


def test_a_request_for_a_clientside_callback_gets_a_400(real_app, client):
    client.get("/")
    clientside = [output for output, callback in real_app.callback_map.items() if "callback" not in callback]
    callback = real_app.callback_map[clientside[0]]
    body = {"output": clientside[0], "outputs": [], "changedPropIds": [],
            "inputs": [{"id": i["id"], "property": i["property"]} for i in callback["inputs"]]}  # fmt: skip
    assert client.post("/_dash-update-component", json=body).status_code == 400


@pytest.mark.parametrize("path", ["/_dash-update-component", "/_view"])
def test_deeply_nested_json_gets_a_400_and_one_log_line(client, caplog, path):
    response = client.post(path, data=b"[" * 990 + b"]" * 990, content_type="application/json")
    assert response.status_code == 400
    assert "nests deeper" in response.get_json()["detail"]
    assert len(caplog.records) == 1 and caplog.records[0].exc_info is None
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("path", ["/_dash-update-component", "/_view"])
def test_a_body_over_the_limit_gets_a_413_with_the_security_headers(client, path):
    response = client.post(path, data=b"[" + b"0," * (MAX_BODY_BYTES // 2) + b"0]", content_type="application/json")
    assert response.status_code == 413
    assert response.get_json()["status"] == 413
    assert response.headers["X-Frame-Options"] == "DENY" and "Content-Security-Policy" in response.headers


def test_a_chunked_body_over_the_limit_gets_a_413(client):
    # No Content-Length: the body is only found too large while it is read (gunicorn sets wsgi.input_terminated).
    body = io.BytesIO(b'{"view": "' + b"x" * MAX_BODY_BYTES + b'"}')
    response = client.post("/_view", input_stream=body, content_type="application/json",
                           headers={"Transfer-Encoding": "chunked"}, environ_overrides={"wsgi.input_terminated": True})  # fmt: skip
    assert response.status_code == 413


def test_a_chunked_body_within_the_limit_is_answered(client):
    body = io.BytesIO(json.dumps({"view": "?point=soleus-1"}).encode())
    response = client.post("/_view", input_stream=body, content_type="application/json",
                           headers={"Transfer-Encoding": "chunked"}, environ_overrides={"wsgi.input_terminated": True})  # fmt: skip
    assert response.status_code == 200


@pytest.mark.parametrize(
    "path", ["/_dash-component-suites/dash/no-such.js", "/_dash-component-suites/no_such_package/x.js",
             "/_dash-component-suites/dash/deps/react@18.v9_9_9m1.3.1.min.js.map.x"],
)  # fmt: skip
def test_unknown_component_suite_files_get_a_404_and_one_short_log_line(client, caplog, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert len(caplog.records) == 1 and caplog.records[0].exc_info is None
    assert len(caplog.records[0].getMessage()) < 300


def test_reading_view_gets_a_405_that_says_post(client):
    response = client.get(VIEW_PATH)
    assert response.status_code == 405
    assert response.headers["Allow"] == "POST"
    assert b"<html" not in response.data


def test_fingerprinted_assets_and_component_suites_are_cached_for_a_year(client):
    page = client.get("/").get_data(as_text=True)
    urls = re.findall(r'"(/(?:assets|_dash-component-suites)/[^"]+)"', page)
    assert any("/assets/vendor/plotly-basic.min.js?m=" in url for url in urls)
    assert any(url.startswith("/_dash-component-suites/") for url in urls)
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable", url


@pytest.mark.parametrize("encoding", ["br", "gzip, deflate, br, zstd", "gzip", ""])
@pytest.mark.parametrize(
    "path",
    [
        "/assets/vendor/plotly-basic.min.js",
        "/_dash-component-suites/dash/dash-renderer/build/dash_renderer.min.js",
        "/_dash-layout",
        "/_dash-dependencies",
    ],
)
def test_a_conditional_request_for_an_unchanged_file_gets_a_304_without_a_body(client, path, encoding):
    first = client.get(path, headers={"Accept-Encoding": encoding})
    assert first.status_code == 200 and "ETag" in first.headers
    validators = {"If-None-Match": first.headers["ETag"]}
    if "Last-Modified" in first.headers:
        validators["If-Modified-Since"] = first.headers["Last-Modified"]
    again = client.get(path, headers={"Accept-Encoding": encoding, **validators})
    assert again.status_code == 304
    assert again.get_data() == b""


def test_a_conditional_request_for_a_changed_file_gets_the_file(client):
    response = client.get("/assets/app.css", headers={"If-None-Match": '"not-the-tag:br"'})
    assert response.status_code == 200 and len(response.get_data()) > 100


def test_a_real_callback_with_wrong_types_is_answered_without_a_traceback(client):
    # The search callback reads any value (bounded_text): a request of the right shape carrying a dict is answered
    # like a search for nothing.
    body = {
        "output": "search-results.children",
        "outputs": {"id": "search-results", "property": "children"},
        "inputs": [{"id": "search", "property": "value", "value": {"$where": [1, 2]}}],
        "changedPropIds": ["search.value"],
        "state": [],
    }
    response = client.post("/_dash-update-component", json=body)
    assert response.status_code == 200
    assert response.get_json()["response"] == {"search-results": {"children": []}}
    assert b"Traceback" not in response.data
    assert client.get("/health").status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "?point=<script>alert(1)</script>",
        "?point=" + "x" * 10_000,
        "?pain=%E2%9C%93,%00,<b>",
        "?point=a&point=b&side=x",
    ],
)
def test_url_parameters_are_never_echoed_into_the_page(client, query):
    response = client.get("/" + query)
    assert response.status_code == 200
    assert b"<script>alert" not in response.data and b"xxxxxxxxxx" not in response.data and b"<b>" not in response.data
