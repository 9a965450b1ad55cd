"""A bounded load test: the app under `gunicorn wsgi:server` with several workers, and 50 users for 60 seconds.

First one real session is recorded in headless Chromium against the gunicorn server: open the app, select two
points, switch to the pain finder, mark two regions, open a handout. Every request the browser made (pages,
scripts, the Dash layout, each callback with its exact body) is kept. Then 50 threads replay that session over
and over on loopback, each as one user: a pause of 0.5-1.5 s between actions, and the scripts and styles fetched
only on a user's first visit (browsers keep them). Any response other than 200 or 204, or a failed connection,
counts as an error. Callbacks carry no session: any worker can answer any request.

Usage: python benchmarks/load_test.py [--users 50] [--seconds 60] [--workers 4]   (prints figures; not a test)
"""

from __future__ import annotations

import argparse
import http.client
import random
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.browser_timings import click_region, click_x  # noqa: E402
from benchmarks.run_benchmarks import lonely_points, region_spots  # noqa: E402
from benchmarks.summary import median_p95  # noqa: E402
from server.view_route import VIEW_PATH  # noqa: E402
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402
from triggerpoints.data import load_dataset  # noqa: E402

CACHED = ("/_dash-component-suites/", "/assets/", "/_favicon.ico", "/static/")


@dataclass(frozen=True)
class Recorded:
    """One request of the recorded session."""

    action: str
    method: str
    target: str
    body: bytes | None
    content_type: str | None

    @property
    def kind(self) -> str:
        """What the request is for, to report latencies by kind."""
        path = urlsplit(self.target).path
        if path.endswith("_dash-update-component"):
            return "callback"
        if path == VIEW_PATH:
            return "panels (/_view)"
        if path.startswith(CACHED):
            return "script or style"
        return "page, layout or handout"


def record_session(url: str) -> list[Recorded]:
    """Does what a user does, in Chromium, and returns every request it made, labelled with the action."""
    dataset = load_dataset()
    requests: list[Recorded] = []
    action = ["open the app"]

    def keep(request) -> None:
        parts = urlsplit(request.url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        body, content_type = request.post_data_buffer, request.headers.get("content-type")
        requests.append(Recorded(action[0], request.method, target, body, content_type))

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        page.on("request", keep)
        page.goto(url)
        page.wait_for_selector(".js-plotly-plot .scatterlayer .trace")
        page.wait_for_load_state("networkidle")
        points = lonely_points(dataset, 2)
        for point in points:
            action[0] = "select a point"
            click_x(page, point, "right")
            page.wait_for_load_state("networkidle")
        action[0] = "open the pain finder"
        page.get_by_text("Where it hurts", exact=True).click()
        page.wait_for_selector(".page.mode-pain")
        page.wait_for_load_state("networkidle")
        for spot, label in region_spots(dataset, 2):
            action[0] = "mark where it hurts"
            click_region(page, spot, label, marks=True)
            page.wait_for_load_state("networkidle")
        action[0] = "open a handout"
        page.goto(f"{url}/handout?points={','.join(points)}")
        page.wait_for_load_state("networkidle")
        browser.close()
    return requests


@dataclass
class Tally:
    """What the users saw: latency per kind of request, and errors."""

    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: Counter = field(default_factory=Counter)
    sessions: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, kind: str, seconds: float, error: str | None) -> None:
        """Counts one response."""
        with self.lock:
            self.latencies.setdefault(kind, []).append(seconds * 1000)
            if error:
                self.errors[error] += 1


def _send(host: str, port: int, request: Recorded) -> str | None:
    """Sends one request as the browser did; returns an error description, or None."""
    connection = http.client.HTTPConnection(host, port, timeout=30)
    try:
        headers = {"Accept-Encoding": "gzip, deflate, br, zstd"}
        if request.content_type:
            headers["Content-Type"] = request.content_type
        connection.request(request.method, request.target, body=request.body, headers=headers)
        response = connection.getresponse()
        response.read()
        return None if response.status in (200, 204) else f"{response.status} {request.method} {request.target[:60]}"
    except OSError as error:
        return f"{type(error).__name__} {request.target[:60]}"
    finally:
        connection.close()


def _user(host: str, port: int, session: list[Recorded], deadline: float, tally: Tally, seed: int) -> None:
    rng = random.Random(seed)
    time.sleep(rng.uniform(0, 2))  # users arrive over the first two seconds
    first_visit = True
    while time.monotonic() < deadline:
        action = None
        for request in session:
            if time.monotonic() >= deadline:
                return
            if request.action != action:
                action = request.action
                if action != "open the app":
                    time.sleep(rng.uniform(0.5, 1.5))  # reading, then the next click
            if not first_visit and request.target.startswith(CACHED):
                continue
            start = time.perf_counter()
            error = _send(host, port, request)
            tally.add(request.kind, time.perf_counter() - start, error)
        first_visit = False
        with tally.lock:
            tally.sessions += 1


def run_load(url: str, session: list[Recorded], users: int, seconds: float) -> tuple[Tally, float]:
    """Replays the session with `users` threads for `seconds`; returns the tally and the time it took."""
    parts = urlsplit(url)
    tally = Tally()
    deadline = time.monotonic() + seconds
    threads = [
        threading.Thread(target=_user, args=(parts.hostname, parts.port, session, deadline, tally, n))
        for n in range(users)
    ]
    start = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tally, time.monotonic() - start


def main() -> None:
    """Serves the app with gunicorn, records a session, replays it, prints the figures."""
    parser = argparse.ArgumentParser(description="Load test under gunicorn.")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    command = [sys.executable, "-m", "gunicorn", "wsgi:server", "--workers", str(args.workers)]
    process, url = serve([*command, "--bind", "127.0.0.1:{port}", "--access-logfile", "-"])
    try:
        session = record_session(url)
        tally, elapsed = run_load(url, session, args.users, args.seconds)
    finally:
        process.terminate()
        process.wait(timeout=30)
    actions = Counter(r.action for r in session)
    print(f"Recorded session: {len(session)} requests ({', '.join(f'{a}: {n}' for a, n in actions.items())})")
    print(f"{args.users} users for {args.seconds:.0f} s against gunicorn with {args.workers} workers")
    total = sum(len(v) for v in tally.latencies.values())
    errors = sum(tally.errors.values())
    print(f"  sessions completed {tally.sessions}, requests {total}, errors {errors}")
    print(f"  throughput {total / elapsed:.1f} requests/s ({tally.sessions / elapsed * 60:.1f} sessions per minute)")
    every = [v for values in tally.latencies.values() for v in values]
    median, p95 = median_p95(every)
    print(f"  all requests: median {median:.1f} ms, p95 {p95:.1f} ms")
    for kind, values in sorted(tally.latencies.items()):
        median, p95 = median_p95(values)
        print(f"  {kind:24} n={len(values):6}  median {median:7.1f} ms  p95 {p95:7.1f} ms")
    for error, count in tally.errors.most_common(10):
        print(f"  error x{count}: {error}")


if __name__ == "__main__":
    main()
