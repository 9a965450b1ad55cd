"""The development server's request handler, which does not announce the Werkzeug and Python versions."""

from __future__ import annotations

from werkzeug.serving import WSGIRequestHandler

SERVER_NAME = "TriggerPointExplorer"


class QuietRequestHandler(WSGIRequestHandler):
    """Werkzeug's handler with a plain Server header."""

    def version_string(self) -> str:
        """The Server header: the app's name, no versions."""
        return SERVER_NAME
