"""The printable patient handout at /handout: a plain Flask page beside the Dash app, so it prints cleanly.

The page itself is written by `triggerpoints.handout`; this module only serves it, with its own strict policy.
Everything the therapist adds (a note, how often and how long) comes in the link and is never stored here.

The QR code on the page opens the handout's absolute address as this request saw it (`request.host_url`). Behind a
reverse proxy, pass the address the patient's phone can reach: forward the original Host (nginx:
`proxy_set_header Host $host;`), or the code points at the proxy's upstream address, such as 127.0.0.1:8050."""

from __future__ import annotations

import datetime

from dash import Dash
from flask import Response, request

from components.context import current_dataset
from triggerpoints.handout import render_handout

HANDOUT_PATH = "/handout"
# The page has no inline script or style, so it can forbid them; data: images let the browser turn a figure into
# a PNG (the SVG is drawn into a canvas through a data: URL). The therapist's form never submits: its script writes
# the new link and opens it.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)


def handout() -> Response:
    """The handout for the points, note and plan in the query string, for the dataset the app was built with."""
    query = request.query_string.decode("utf-8", errors="replace")
    page_url = request.host_url.rstrip("/") + HANDOUT_PATH
    page = render_handout(current_dataset(), query, datetime.date.today(), page_url)
    response = Response(page, mimetype="text/html")  # Flask adds "; charset=utf-8"
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    # A note for one patient: no shared cache keeps it, and the browser asks again rather than reuse it.
    response.headers["Cache-Control"] = "private, no-store"
    return response


def register(app: Dash) -> None:
    """Adds the /handout route to the app's Flask server (its CSS and JS are served from static/)."""
    app.server.add_url_rule(HANDOUT_PATH, endpoint="handout", view_func=handout, methods=["GET"])
