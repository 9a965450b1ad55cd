"""The printable patient handout at /handout: a plain Flask page beside the Dash app, so it prints cleanly.

The page itself is written by `triggerpoints.handout`; this module only serves it, with its own strict policy."""

from __future__ import annotations

import datetime

from dash import Dash
from flask import Response, request

from components.context import current_dataset
from triggerpoints.handout import render_handout

HANDOUT_PATH = "/handout"
# The page has no inline script or style, so it can forbid them; data: images let the browser turn a figure into
# a PNG (the SVG is drawn into a canvas through a data: URL).
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)


def handout() -> Response:
    """The handout for the points in the query string, for the dataset the app was built with."""
    query = request.query_string.decode("utf-8", errors="replace")
    page = render_handout(current_dataset(), query, datetime.date.today())
    response = Response(page, mimetype="text/html")  # Flask adds "; charset=utf-8"
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    return response


def register(app: Dash) -> None:
    """Adds the /handout route to the app's Flask server (its CSS and JS are served from static/)."""
    app.server.add_url_rule(HANDOUT_PATH, endpoint="handout", view_func=handout, methods=["GET"])
