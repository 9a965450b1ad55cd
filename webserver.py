"""HTTP concerns of the server: security headers on every response, a health endpoint, and errors without
tracebacks. No user data is ever stored on the server: per-user state lives in the URL and the browser."""

from __future__ import annotations

from dash import Dash
from dash.exceptions import CallbackException
from flask import Response, jsonify, request
from werkzeug.exceptions import HTTPException

from components.context import DATASET_KEY
from triggerpoints import __version__

# Scripts: only the app's own files and Dash's inline bootstrap (by hash). Styles: Dash, Plotly and Mantine set
# styles from script, which needs 'unsafe-inline' for styles (not for scripts). Nothing loads from elsewhere.
CSP = (
    "default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'"
)
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}
CSP_KEY = "TRIGGER_POINT_CSP"
MALFORMED = (KeyError, TypeError, ValueError, AttributeError, IndexError, CallbackException)


def content_security_policy(app: Dash) -> str:
    """The policy for the app's pages, with the hashes of Dash's inline scripts."""
    return CSP.format(hashes=" ".join(app.csp_hashes()))


def register_serving(app: Dash) -> None:
    """Adds the security headers, /health and the generic error pages to the app's Flask server."""
    server = app.server

    @server.after_request
    def add_security_headers(response: Response) -> Response:
        if CSP_KEY not in server.config:
            # Computed on first use, once every clientside callback has been registered with the app.
            server.config[CSP_KEY] = content_security_policy(app)
        response.headers.setdefault("Content-Security-Policy", server.config[CSP_KEY])
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @server.route("/health")
    def health() -> Response:
        return jsonify(status="ok", version=__version__, points=len(server.config[DATASET_KEY].points))

    @server.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> tuple[Response, int]:
        return jsonify(error=error.name, status=error.code), error.code or 500

    @server.errorhandler(Exception)
    def unexpected_error(error: Exception) -> tuple[Response, int]:
        if request.path.endswith("/_dash-update-component") and isinstance(error, MALFORMED):
            # A callback request whose shape does not match any callback (forged or garbled): the client's fault.
            return jsonify(error="Malformed callback request", status=400), 400
        server.logger.exception("unhandled error")
        return jsonify(error="Something went wrong on our side. Please try again.", status=500), 500
