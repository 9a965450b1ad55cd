"""Routes of the server's own: /health for probes, and the right status for paths that Dash would otherwise answer
wrongly (the page for `GET /_view`, a server error for an unknown component-suite file)."""

from __future__ import annotations

from dash import Dash
from dash.fingerprint import check_fingerprint
from flask import Response, abort, jsonify, request
from werkzeug.exceptions import MethodNotAllowed

from components.context import DATASET_KEY
from server.view_route import VIEW_PATH
from triggerpoints import __version__

SUITES_PATH = "_dash-component-suites/"


def register(app: Dash) -> None:
    """Adds /health, a 405 for reading /_view, and a 404 for component-suite files Dash does not serve."""
    server = app.server
    suites_prefix = app.config.routes_pathname_prefix + SUITES_PATH

    @server.route("/health")
    def health() -> Response:
        return jsonify(status="ok", version=__version__, points=len(server.config[DATASET_KEY].points))

    @server.before_request
    def check_route() -> None:
        if request.path == VIEW_PATH and request.method in ("GET", "HEAD"):
            # Dash's catch-all page route would answer it; /_view only answers the page's POSTs.
            raise MethodNotAllowed(valid_methods=["POST"])
        if request.path.startswith(suites_prefix):
            package, _, fingerprinted = request.path[len(suites_prefix) :].partition("/")
            path_in_package, _ = check_fingerprint(fingerprinted)
            if path_in_package not in app.registered_paths.get(package, ()):
                abort(404, description="No such file.")
