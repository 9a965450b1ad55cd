"""What the browser keeps: assets/stored_data.js checks every value the app keeps in the browser, under the key
and in the storage Dash uses for it (a dcc.Store's id, in localStorage or sessionStorage)."""

from __future__ import annotations

import re

from dash import dcc

from components import ids
from components.layout import create_layout
from tests.paths import ASSETS

SCRIPT = ASSETS / "stored_data.js"
STORAGE = {"local": "localStorage", "session": "sessionStorage"}


def _components(component):
    yield component
    children = getattr(component, "children", None)
    for child in children if isinstance(children, (list, tuple)) else [children]:
        if hasattr(child, "to_plotly_json"):
            yield from _components(child)


def _kept_in_the_browser(layout) -> dict[str, str]:
    stores = [c for c in _components(layout) if isinstance(c, dcc.Store)]
    found = {}
    for store in stores:
        storage = getattr(store, "storage_type", "memory")
        if storage in STORAGE:
            found[store.id] = STORAGE[storage]
    return found


def _stores_checked() -> dict[str, str]:
    found = re.findall(r"\{key: IDS\.([A-Z_]+), storage: '(\w+)'", SCRIPT.read_text())
    return {getattr(ids, name): storage for name, storage in found}


def test_the_script_checks_every_value_the_app_keeps_in_the_browser(fixture_dataset):
    kept = _kept_in_the_browser(create_layout(fixture_dataset))
    assert kept == {
        ids.STUDY_PROGRESS: "localStorage",
        ids.GUIDED_HISTORY: "localStorage",
        ids.THEME_STORE: "localStorage",
        ids.HANDOUT_LIST: "sessionStorage",
        ids.GUIDED_RESUME: "sessionStorage",
    }
    assert _stores_checked() == kept


def test_the_page_has_a_place_for_the_note(fixture_dataset):
    notes = [c for c in _components(create_layout(fixture_dataset)) if getattr(c, "id", None) == ids.STORED_DATA_NOTE]
    assert len(notes) == 1 and notes[0].role == "status"
