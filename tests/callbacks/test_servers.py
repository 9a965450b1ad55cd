"""The real servers on a free loopback port: gunicorn as the README runs it (with ./gunicorn.conf.py), and the
development server. Each check is bounded by socket timeouts; none measures time."""

from __future__ import annotations

import runpy
import socket
import sys
import urllib.request
from urllib.parse import urlsplit

import pytest

from server.limits import MAX_BODY_BYTES
from tests.browser.conftest import serve
from tests.paths import ROOT

SECURITY_HEADERS = ("x-content-type-options: nosniff", "x-frame-options: deny", "content-security-policy: ")


@pytest.fixture(scope="module")
def gunicorn_url():
    """The README's serving command with one worker, so that one stalled thread would block a sync worker."""
    process, url = serve(
        [sys.executable, "-m", "gunicorn", "wsgi:server", "--workers", "1", "--bind", "127.0.0.1:{port}"]
    )
    yield url
    process.terminate()
    process.wait(timeout=30)


def connect(url: str) -> socket.socket:
    """A raw connection to the server at url."""
    parts = urlsplit(url)
    return socket.create_connection((parts.hostname, parts.port), timeout=10)


def read_head(sock: socket.socket) -> str:
    """The status line and headers of the response arriving on sock, lower-cased."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    return data.split(b"\r\n\r\n", 1)[0].decode("latin-1").lower()


def test_gunicorn_reads_the_config_file():
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert config["worker_class"] == "server.gunicorn_worker.SecureThreadWorker"
    assert config["threads"] >= 4
    assert 0 < config["keepalive"] < config["graceful_timeout"] <= config["timeout"]


def test_a_slow_client_does_not_block_other_requests(gunicorn_url):
    with connect(gunicorn_url) as slow:
        # Headers, then the first byte of a 1,000-byte body: the worker thread reading it waits for the rest.
        slow.sendall(b"POST /_view HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 1000\r\n\r\n{")  # fmt: skip
        for _ in range(3):
            with urllib.request.urlopen(gunicorn_url + "/health", timeout=10) as response:
                assert response.status == 200
        slow.settimeout(0.5)
        with pytest.raises(TimeoutError):
            slow.recv(1)  # still connected and still unanswered while the others were served


def test_gunicorns_own_error_pages_carry_the_security_headers(gunicorn_url):
    with connect(gunicorn_url) as sock:
        sock.sendall(b"GET /?point=" + b"a" * 5000 + b" HTTP/1.1\r\nHost: localhost\r\n\r\n")
        head = read_head(sock)
    assert head.startswith("http/1.1 414")
    for header in SECURITY_HEADERS:
        assert f"\r\n{header}" in head


def test_gunicorn_refuses_a_chunked_body_over_the_limit(gunicorn_url):
    chunk = b"x" * 65536
    with connect(gunicorn_url) as sock:
        sock.sendall(b"POST /_view HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                     b"Transfer-Encoding: chunked\r\n\r\n")  # fmt: skip
        for _ in range(MAX_BODY_BYTES // len(chunk) + 1):
            sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        sock.sendall(b"0\r\n\r\n")
        head = read_head(sock)
    assert head.startswith("http/1.1 413")
    assert "\r\nx-frame-options: deny" in head


def test_the_development_server_does_not_announce_its_versions():
    process, url = serve(["app.py"])
    try:
        with urllib.request.urlopen(url + "/health", timeout=10) as response:
            server = response.headers["Server"]
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert server == "TriggerPointExplorer"
