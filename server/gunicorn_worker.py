"""gunicorn's threaded worker, whose own error pages (a 414 for an over-long request line, a 400 for a garbled
one, ...) carry the same security headers as the app's responses."""

from __future__ import annotations

import html
import socket

from gunicorn import util
from gunicorn.workers.gthread import ThreadWorker

from server.security import ERROR_PAGE_HEADERS


def write_error(sock: socket.socket, status_int: int, reason: str, mesg: str) -> None:
    """gunicorn's error page (the same page as `gunicorn.util.write_error`), with the security headers."""
    page = f"<html><head><title>{reason}</title></head><body><h1>{reason}</h1>{html.escape(mesg)}</body></html>"
    body = page.encode("utf-8")
    head = [
        f"HTTP/1.1 {status_int} {reason}",
        "Connection: close",
        "Content-Type: text/html; charset=utf-8",
        f"Content-Length: {len(body)}",
        *(f"{name}: {value}" for name, value in ERROR_PAGE_HEADERS.items()),
    ]
    util.write_nonblock(sock, "\r\n".join(head).encode("latin-1") + b"\r\n\r\n" + body)


class SecureThreadWorker(ThreadWorker):
    """A `gthread` worker whose error pages carry the security headers."""

    def init_process(self) -> None:
        """Starts the worker with its own error pages (gunicorn has no hook for them, so its writer is replaced)."""
        util.write_error = write_error  # in this worker process only: the arbiter writes no error pages
        super().init_process()
