"""Bounds on what a request may carry: its body size and, for JSON, how deeply it nests. Both are checked before
Dash or any route parses the body, so no parser ever works on an oversized or pathologically nested body."""

from __future__ import annotations

from itertools import accumulate

from dash import Dash
from flask import abort, request
from werkzeug.exceptions import RequestEntityTooLarge

# The largest real bodies are callback requests that carry the browser's stores: the study progress (about 80 bytes
# per point, 10 kB for all 128 points) and the guided self-care history (about 150 bytes per session, which is
# never trimmed). 1 MiB holds the whole progress and some 6,000 sessions, about 100 times the largest body seen.
MAX_BODY_BYTES = 1024 * 1024
# The deepest real body is about 7 levels (a callback request carrying the study progress: request, inputs, input,
# value, items, point, field). 64 leaves ample room and stays far below Python's recursion limit (1,000), which a
# parser, Dash or our own code would otherwise hit on a body such as 2 kB of "[".
MAX_JSON_DEPTH = 64

_NOT_BRACKETS = bytes(byte for byte in range(256) if byte not in b"[]{}")
_DEPTH_STEPS = bytes.maketrans(b"[{]}", b"\x01\x01\xff\xff")  # +1 and -1 as signed bytes


def json_depth(body: bytes) -> int:
    """How deeply the JSON text in body nests arrays and objects (0 for a scalar), in time linear in its size.

    Brackets inside strings do not count. Invalid JSON gets a number too; the parser rejects it afterwards.
    """
    # Escapes first (an escaped backslash, then an escaped quote), so that every remaining quote opens or closes a
    # string; then every other piece between quotes is outside strings.
    unescaped = body.replace(b"\\\\", b"").replace(b'\\"', b"")
    outside_strings = b"".join(unescaped.split(b'"')[::2])
    steps = outside_strings.translate(_DEPTH_STEPS, _NOT_BRACKETS)
    return max(accumulate(memoryview(steps).cast("b")), default=0)


def register(app: Dash) -> None:
    """Limits every request's body to MAX_BODY_BYTES (413 beyond) and its nesting to MAX_JSON_DEPTH (400 beyond)."""
    server = app.server
    # Werkzeug applies this to a declared Content-Length and, as it is read, to a chunked body without one.
    server.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES

    @server.before_request
    def check_body() -> None:
        if request.content_length is None and "chunked" not in request.headers.get("Transfer-Encoding", "").lower():
            return
        body = request.get_data(cache=True)  # 413 past a declared MAX_BODY_BYTES; cached for the view that parses it
        # Werkzeug quietly cuts a chunked body (no Content-Length) at the limit: whatever follows makes it too large.
        if request.content_length is None and len(body) >= MAX_BODY_BYTES and request.environ["wsgi.input"].read(1):
            raise RequestEntityTooLarge()
        # Every body, whatever its declared type: a view may parse JSON it was sent as text.
        if json_depth(body) > MAX_JSON_DEPTH:
            abort(400, description=f"The body nests deeper than {MAX_JSON_DEPTH} levels.")
