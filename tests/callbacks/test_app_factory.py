"""The app factory isolates: every `create_app()` builds a complete app with all its callbacks, nothing is registered
at import time, and every piece of the page that declares callbacks is bound by the factory."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import components
from components.callbacks import Callbacks
from components.layout import PIECES_WITH_CALLBACKS
from tests.paths import FIXTURE_DATA, ROOT

SEARCH_REQUEST = {
    "output": "search-results.children",
    "outputs": {"id": "search-results", "property": "children"},
    "inputs": [{"id": "search", "property": "value", "value": "zzzz"}],
    "changedPropIds": ["search.value"],
    "state": [],
}


def test_two_apps_in_one_process_each_have_every_callback():
    from app import create_app

    first, second = create_app(str(FIXTURE_DATA)), create_app(str(FIXTURE_DATA))
    assert first.callback_map and set(first.callback_map) == set(second.callback_map)
    for app in (first, second, first):  # the first again: serving the second took nothing from it
        client = app.server.test_client()
        assert client.get("/").status_code == 200
        response = client.post("/_dash-update-component", json=SEARCH_REQUEST)
        assert response.status_code == 200
        assert "No trigger point matches" in response.get_data(as_text=True)
    assert set(first.callback_map) == set(second.callback_map)


def test_importing_any_module_registers_no_callback():
    # In a fresh interpreter: in this one, an app serving a request empties Dash's global registry.
    packages = ("components", "server", "triggerpoints")
    script = f"""
import importlib, pkgutil
from dash import _callback
for package in {packages!r}:
    for module in pkgutil.walk_packages(importlib.import_module(package).__path__, package + "."):
        importlib.import_module(module.name)
import app, wsgi
print(len(_callback.GLOBAL_CALLBACK_LIST), len(_callback.GLOBAL_CALLBACK_MAP), len(_callback.GLOBAL_INLINE_SCRIPTS))
"""
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["0", "0", "0"]


def test_every_piece_that_declares_callbacks_is_bound_by_the_factory():
    declaring = set()
    for module in pkgutil.iter_modules(components.__path__, "components."):
        piece = importlib.import_module(module.name)
        if isinstance(getattr(piece, "callbacks", None), Callbacks):
            declaring.add(piece)
            assert piece.register == piece.callbacks.register, module.name
    assert declaring == set(PIECES_WITH_CALLBACKS)
