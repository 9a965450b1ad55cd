"""The idiomatic Dash click path, served only to be measured against the app's own (`run_benchmarks.py`).

The same app, page and callbacks, except for how a click on the map is answered: no `/_view` and no drawing in the
browser (`assets/view_panels.js` is left out). Dash's `dcc.Graph` reports the click as `clickData`, and one server
callback applies it with the same state machine and answers the details panel's and the candidate list's children
(Dash components), the figure's Patch from its owner, and the new URL. Everything else follows the URL as in the
app. docs/performance.md compares the two.

Usage: python benchmarks/dash_click_app.py [--port 8070]   (TRIGGER_POINT_DATA as for app.py)
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from dash import Dash, Input, Output, State, no_update

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from components import ids, layout  # noqa: E402
from components.body_map import view_patch  # noqa: E402
from components.context import DATASET_KEY, PAIN_INDEX_KEY, current_dataset, current_pain_index  # noqa: E402
from components.view_panels import candidates_panel, details_panel, map_click  # noqa: E402
from server import register_serving  # noqa: E402
from triggerpoints.data import load_dataset  # noqa: E402
from triggerpoints.pain_finder import build_pain_index  # noqa: E402
from triggerpoints.view_actions import apply  # noqa: E402
from triggerpoints.view_state import PAIN, parse_view, view_query  # noqa: E402


def on_click(click: object, search: object) -> tuple:
    """The click applied to the view in the URL: the panels' children, the figure's Patch and the new URL."""
    dataset = current_dataset()
    shown = parse_view(search, dataset).state
    data = click if isinstance(click, dict) else {}
    point = (data.get("points") or [{}])[0]
    forwarded = {"points": [point], "xvals": [point.get("x")], "yvals": [point.get("y")]}
    forwarded.update({key: data[key] for key in ("xvals", "yvals") if key in data})
    state = apply(shown, map_click(forwarded), dataset, current_pain_index())
    if state is shown:
        return (no_update,) * 4
    candidates = candidates_panel(dataset, current_pain_index(), state) if state.mode == PAIN else no_update
    return details_panel(dataset, state), candidates, view_patch(dataset, state, shown), view_query(state)


def create_dash_click_app(data_dir: str | None = None) -> Dash:
    """The app with the idiomatic click path in place of `/_view` and its script."""
    dataset = load_dataset(data_dir)
    app = Dash("app", title="Trigger Point Explorer", update_title=None, compress=True,
               assets_folder=str(Path(__file__).resolve().parent.parent / "assets"),
               assets_ignore="view_panels.js")  # fmt: skip
    app.server.config[DATASET_KEY] = dataset
    app.server.config[PAIN_INDEX_KEY] = build_pain_index(dataset)
    app.layout = layout.create_layout(dataset)
    app.index_string = layout.with_browser_ids(app.index_string)
    for piece in layout.PIECES_WITH_CALLBACKS:
        if piece.__name__ != "components.view_panels":
            piece.register(app)
    app.callback(
        Output(ids.POINT_DETAILS, "children"),
        Output(ids.CANDIDATES, "children"),
        Output(ids.BODY_MAP, "figure", allow_duplicate=True),
        Output(ids.URL, "search", allow_duplicate=True),
        Input(ids.BODY_MAP, "clickData"),
        State(ids.URL, "search"),
        prevent_initial_call=True,
    )(on_click)
    register_serving(app)
    return app


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Run the app with the idiomatic Dash click path.")
    parser.add_argument("--port", type=int, default=8070)
    create_dash_click_app(os.environ.get("TRIGGER_POINT_DATA")).run(host="127.0.0.1", port=parser.parse_args().port)
