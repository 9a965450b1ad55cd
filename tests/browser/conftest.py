"""Browser fixtures: the real app served on a free loopback port, and Chromium from the system."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from tests.paths import ROOT

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# No sandbox as root; no background traffic, which this machine's closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(args: list[str], env: dict | None = None):
    """Starts a script (`app.py`, ...) with `--port`, or a command with `{port}` in its arguments, on a free port.

    Returns (process, base url) once the server answers.
    """
    port = _free_port()
    # The server's log goes to a file: an unread pipe fills up and then blocks the server mid-request.
    handle, log_name = tempfile.mkstemp(prefix="tpx-server-", suffix=".log")
    with os.fdopen(handle, "w") as log:  # the server keeps its own copy of the file open
        process = subprocess.Popen(
            [sys.executable, *args, "--port", str(port)]
            if args[0].endswith(".py")
            else [a.format(port=port) for a in args],
            cwd=ROOT,
            env={**os.environ, **(env or {})},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return process, url
        except OSError:
            if process.poll() is not None:
                raise RuntimeError(Path(log_name).read_text()) from None
            time.sleep(0.3)
    process.kill()
    raise RuntimeError("the app did not start within 60 s")


@pytest.fixture(scope="session")
def app_url():
    """The app, served as `python app.py` serves it."""
    process, url = serve(["app.py"])
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium; test tools never download a browser here."""
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture
def console_errors(page):
    """Errors the page logs or throws; each browser test ends by checking there are none."""
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


@pytest.fixture(scope="session")
def dataset():
    """The bundled dataset, to find where regions lie on the figure."""
    from triggerpoints.data import load_dataset

    return load_dataset()
