"""The Flask side of serving the app: security headers, request limits, callback request checks, caching, routes
and errors, each in its own module. No user data is ever stored on the server: per-user state lives in the URL and
the browser."""

from __future__ import annotations

from dash import Dash

from server import caching, callback_requests, errors, limits, routes, security


def register_serving(app: Dash) -> None:
    """Adds everything the app needs to be served safely to its Flask server."""
    limits.register(app)
    callback_requests.register(app)
    routes.register(app)
    caching.register(app)
    errors.register(app)
    security.register(app)
