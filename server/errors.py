"""Errors by whose fault they are: a request that does not fit is the client's (4xx, a JSON body and one log line);
an exception in our code is ours (500, logged with its traceback, never shown)."""

from __future__ import annotations

from dash import Dash
from flask import Response, jsonify, request
from werkzeug.exceptions import HTTPException

SHOWN_PATH = 200  # characters of a path written to the log, so that a long one cannot flood it
OUR_FAULT = "Something went wrong on our side. Please try again."


def register(app: Dash) -> None:
    """Answers HTTP errors with JSON (keeping headers such as Allow) and any other exception with a generic 500."""
    server = app.server

    @server.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> tuple[Response, int]:
        code = error.code or 500
        if code < 500:
            server.logger.warning("%s %s %r: %s", code, request.method, request.path[:SHOWN_PATH], error.description)
        response = jsonify(error=error.name, status=code, detail=error.description if code < 500 else OUR_FAULT)
        for name, value in error.get_headers():
            if name.lower() != "content-type":
                response.headers[name] = value
        return response, code

    @server.errorhandler(Exception)
    def unexpected_error(_error: Exception) -> tuple[Response, int]:
        server.logger.exception("%s %r failed", request.method, request.path[:SHOWN_PATH])
        return jsonify(error=OUR_FAULT, status=500), 500
