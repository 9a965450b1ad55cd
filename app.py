"""Trigger Point Explorer: builds the Dash app from the validated data (`create_app`) and runs the dev server.

gunicorn serves the app built once by `wsgi.py`; every call of `create_app` builds a complete, separate app."""

from __future__ import annotations

import argparse
import os
import sys

from dash import Dash

from components.context import DATASET_KEY, PAIN_INDEX_KEY
from components.layout import create_layout, register_callbacks, with_browser_ids
from server import register_serving
from server.devserver import QuietRequestHandler
from triggerpoints.data import DataError, load_dataset
from triggerpoints.pain_finder import build_pain_index
from triggerpoints.search import search_index


def create_app(data_dir: str | None = None) -> Dash:
    """The app for the data in data_dir (default: the bundled data/ folder)."""
    dataset = load_dataset(data_dir)
    app = Dash(__name__, title="Trigger Point Explorer", update_title=None, compress=True)
    app.server.config[DATASET_KEY] = dataset
    app.server.config[PAIN_INDEX_KEY] = build_pain_index(dataset)
    search_index(dataset)  # built with the app, so the first search answers as fast as the rest
    app.layout = create_layout(dataset)
    app.index_string = with_browser_ids(app.index_string.replace("<html>", '<html lang="en">', 1))
    register_callbacks(app)
    register_serving(app)
    return app


def main() -> None:
    """Runs the development server: `python app.py [--host H] [--port P] [--debug]`."""
    parser = argparse.ArgumentParser(description="Run Trigger Point Explorer.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8050")))
    parser.add_argument("--debug", action="store_true")
    args = parser.parse_args()
    try:
        app = create_app(os.environ.get("TRIGGER_POINT_DATA"))
    except DataError as error:
        sys.exit(str(error))
    app.run(host=args.host, port=args.port, debug=args.debug, request_handler=QuietRequestHandler)


if __name__ == "__main__":
    main()
