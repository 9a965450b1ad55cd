"""The Flask side of serving the app: security headers, request limits, callback request checks, caching, errors,
and the routes beside Dash's (/health, /handout, /_view), each in its own module. No user data is ever stored on
the server: per-user state lives in the URL and the browser."""

from __future__ import annotations

from dash import Dash

from server import caching, callback_requests, errors, handout, limits, routes, security, view_route


def register_serving(app: Dash) -> None:
    """Adds everything the app needs to be served safely to its Flask server."""
    limits.register(app)
    callback_requests.register(app)
    routes.register(app)
    handout.register(app)
    view_route.register(app)
    caching.register(app)
    errors.register(app)
    security.register(app)
