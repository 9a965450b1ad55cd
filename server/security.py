"""Security headers on every response: the content security policy, no framing, no MIME sniffing."""

from __future__ import annotations

from dash import Dash
from flask import Response

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
# gunicorn's own error pages (400, 414, 431, ...) are plain text in HTML: they need nothing at all.
ERROR_PAGE_HEADERS = {**HEADERS, "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'"}
CSP_KEY = "TRIGGER_POINT_CSP"


def content_security_policy(app: Dash) -> str:
    """The policy for the app's pages, with the hashes of Dash's inline scripts."""
    return CSP.format(hashes=" ".join(app.csp_hashes()))


def register(app: Dash) -> None:
    """Adds the security headers to every response of the app's server, error responses included."""
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
