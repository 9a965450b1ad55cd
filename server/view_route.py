"""The /_view route: answers the page's POST with the view after a click and its panels (`answer_view`)."""

from __future__ import annotations

from dash import Dash
from flask import Response, jsonify, request

from components.context import current_dataset, current_pain_index
from components.view_panels import BadViewRequest, answer_view

VIEW_PATH = "/_view"


def view_answer() -> Response | tuple[Response, int]:
    """The view and panels for the posted body; a 400 for a body the app's own page would never send."""
    try:
        return jsonify(answer_view(current_dataset(), current_pain_index(), request.get_json(silent=True)))
    except BadViewRequest as error:
        return jsonify(error=str(error), status=400), 400


def register(app: Dash) -> None:
    """Adds /_view (POST only; reading it gets a 405, see server/routes.py) to the app's Flask server."""
    app.server.add_url_rule(VIEW_PATH, endpoint="view_answer", view_func=view_answer, methods=["POST"])
