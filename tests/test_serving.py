"""The HTTP layer: security headers, /health, malformed or forged requests, and URL input never echoed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


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
    assert response.get_json() == {"status": "ok", "version": "0.1.0", "points": 128}


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
def test_malformed_callback_requests_get_a_4xx_without_a_traceback(client, body):
    response = client.post("/_dash-update-component", data=body, content_type="application/json")
    assert 400 <= response.status_code < 500
    assert b"Traceback" not in response.data and b'File "' not in response.data
    assert client.get("/health").status_code == 200, "the server keeps serving"


def test_a_real_callback_with_wrong_types_is_answered_without_a_traceback(client):
    body = {
        "output": "search-results.children",
        "outputs": {"id": "search-results", "property": "children"},
        "inputs": [{"id": "search", "property": "value", "value": {"$where": [1, 2]}}],
        "changedPropIds": ["search.value"],
        "state": [],
    }
    response = client.post("/_dash-update-component", json=body)
    # Alone this answers 200 with no results; after other test modules have built apps in the same process
    # Dash may reject it as not matching the callback (400). Either way: no server error, no traceback.
    assert response.status_code < 500
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
