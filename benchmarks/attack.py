"""Tries to knock the served app over, as an attacker on the network would, and prints what users saw meanwhile.

The server is the README's own serving command (the gunicorn line of "Serving it for a clinic or a class", read
from README.md at run time so the two never diverge), bound to a free loopback port instead of its address;
`benchmarks/served_app.py` starts it and reads its memory and log.
Scenarios, each bounded in time and count:

(a) four oversized callback requests at once: `update_view`'s request with the URL's search set to
    `?pain=zz0,zz1,...,zz99999` (about 790 kB), its shape built from the server's /_dash-dependencies;
(b) six slow clients for 20 s: three send a POST body one byte every 2 s, three send their headers that slowly;
(c) the 50-user load test of `benchmarks/load_test.py` (one recorded Chromium session, replayed);
(d) one 100 MB body, and JSON bodies nested 990 and 5,000 deep (to `/_dash-update-component` and `/_view`).

Through (a)-(c) a probe loads the page as a new visitor would (`/`, then `/_dash-layout`) once a second, each
probe on its own connection, so a stuck probe does not hold back the next. For each scenario it prints the
probe's median and worst latency and its errors, the attack's responses by status, what the server logged
(worker timeouts, new workers, tracebacks), and the memory (RSS) of gunicorn's master and workers before and after.

Usage: python benchmarks/attack.py [--scenarios abcd] [--seconds 60] [--users 50] [--slow-clients 6]
(prints figures; not a test)
"""

from __future__ import annotations

import argparse
import http.client
import json
import shlex
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.load_test import record_session, run_load  # noqa: E402
from benchmarks.served_app import ServerLog, count_log_events, describe_memory, memory, start_server  # noqa: E402
from benchmarks.summary import median_p95  # noqa: E402
from server.view_route import VIEW_PATH  # noqa: E402

CALLBACK_PATH = "/_dash-update-component"
PROBE_PATHS = ("/", "/_dash-layout")
PROBE_TIMEOUT = 30.0  # seconds a probe request may wait before it counts as an error
OVERSIZED_IDS = 100_000  # ?pain=zz0,...,zz99999: about 790 kB
DEEP_JSON = (990, 5000)  # nesting depths of (d)


# --- Requests -------------------------------------------------------------------------------------------------


def _status(error: BaseException) -> str:
    return "timeout" if isinstance(error, TimeoutError) else type(error).__name__


def request(url: str, method: str, path: str, body: bytes | None = None, timeout: float = PROBE_TIMEOUT) -> str:
    """Sends one request and reads the whole answer: its status, or the kind of failure."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        headers = {"Accept-Encoding": "gzip, deflate, br", "Content-Type": "application/json"}
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        return str(response.status)
    except (OSError, http.client.HTTPException) as error:
        return _status(error)
    finally:
        connection.close()


@dataclass
class Probe:
    """A new visitor loading the page once a second, each load on its own thread: latencies and failures."""

    url: str
    latencies: list[float] = field(default_factory=list)
    errors: Counter = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def visit(self) -> None:
        """Loads the page and its layout; notes the time for both and any answer but 200."""
        start = time.perf_counter()
        failures = [f"{s} GET {p}" for p in PROBE_PATHS if (s := request(self.url, "GET", p)) != "200"]
        with self.lock:
            self.latencies.append(time.perf_counter() - start)
            self.errors.update(failures)

    def run_while(self, busy: Callable[[], bool], min_seconds: float, max_seconds: float) -> None:
        """Probes once a second for at least min_seconds, then while busy() holds, for at most max_seconds."""
        visits: list[threading.Thread] = []
        start = time.monotonic()
        for tick in range(int(max_seconds)):
            if tick >= min_seconds and not busy():
                break
            visit = threading.Thread(target=self.visit, daemon=True)
            visit.start()
            visits.append(visit)
            time.sleep(max(0.0, start + tick + 1 - time.monotonic()))
        for visit in visits:
            visit.join(timeout=2 * PROBE_TIMEOUT + 5)

    def summary(self) -> str:
        """'n probes, median ..., worst ..., errors ...'."""
        if not self.latencies:
            return "no probes"
        median, _ = median_p95(self.latencies)
        errors = ", ".join(f"{e} x{n}" for e, n in self.errors.most_common()) or "none"
        return (
            f"{len(self.latencies)} page loads, median {median * 1000:.0f} ms, "
            f"worst {max(self.latencies) * 1000:.0f} ms; errors: {errors}"
        )


def callback_body(dependency: dict, values: dict[str, object]) -> dict:
    """A callback request as Dash's renderer sends it, for one entry of /_dash-dependencies.

    values maps "id.property" to a value; the first is the input that changed. Pattern-matching (ALL) inputs
    match no component, and inputs without a value are sent without one, as the renderer does.
    """
    output = dependency["output"]
    parts = output[2:-2].split("...") if output.startswith("..") else [output]
    outputs = [dict(zip(("id", "property"), part.split("@")[0].rsplit(".", 1), strict=True)) for part in parts]

    def item(spec: dict) -> dict | list:
        if spec["id"].startswith("{"):
            return []
        key = f"{spec['id']}.{spec['property']}"
        return {**spec, "value": values[key]} if key in values else dict(spec)

    changed = [next(iter(values))]
    return {
        "output": output,
        "outputs": outputs if output.startswith("..") else outputs[0],
        "inputs": [item(spec) for spec in dependency["inputs"]],
        "changedPropIds": changed,
        "parsedChangedPropsIds": changed,
        "state": [item(spec) for spec in dependency.get("state", [])],
    }


def url_callback(dependencies: list[dict]) -> dict:
    """The callback that writes the URL's search and reads it (`update_view`)."""
    for dependency in dependencies:
        reads = any(f"{s['id']}.{s['property']}" == "url.search" for s in dependency["inputs"])
        if reads and "url.search" in dependency["output"]:
            return dependency
    raise SystemExit("/_dash-dependencies lists no callback that reads and writes url.search")


def oversized_search(count: int = OVERSIZED_IDS) -> str:
    """?pain=zz0,zz1,... with count unknown region ids."""
    return "?pain=" + ",".join(f"zz{n}" for n in range(count))


# --- Slow clients ---------------------------------------------------------------------------------------------


def slow_client(url: str, slow_part: str, seconds: float, outcomes: Counter, lock: threading.Lock) -> None:
    """Sends a POST's body (or its headers) one byte every 2 s for `seconds`; notes how the server took it."""
    parts = urlsplit(url)
    head = f"POST {CALLBACK_PATH} HTTP/1.1\r\nHost: {parts.netloc}\r\nContent-Type: application/json\r\n"
    first, trickle = (
        (head + "Content-Length: 1000\r\n\r\n", "[" * 1000) if slow_part == "body" else (head, "X-Slow: " + "a" * 990)
    )
    start = time.monotonic()
    outcome = f"slow {slow_part}: still open after {seconds:.0f} s"
    try:
        with socket.create_connection((parts.hostname, parts.port), timeout=5) as sock:
            sock.sendall(first.encode())
            for byte in trickle:
                if time.monotonic() - start >= seconds:
                    break
                sock.sendall(byte.encode())
                time.sleep(2)
            sock.settimeout(1)
            try:
                answer = sock.recv(200)
                if answer:
                    status = answer.split(b"\r\n", 1)[0].decode(errors="replace")
                    outcome = f"slow {slow_part}: answered '{status}' by {time.monotonic() - start:.0f} s"
            except TimeoutError:
                pass
    except OSError as error:
        outcome = f"slow {slow_part}: {type(error).__name__} after {time.monotonic() - start:.0f} s"
    with lock:
        outcomes[outcome] += 1


# --- Scenarios ------------------------------------------------------------------------------------------------


@dataclass
class Outcome:
    """What one scenario did to the server and to the probe."""

    name: str
    probe: Probe | None
    attack: Counter
    memory_before: dict[int, int]
    memory_after: dict[int, int]
    log: dict[str, int]
    notes: list[str] = field(default_factory=list)

    def print(self) -> None:
        """Prints the scenario's figures."""
        print(f"\n{self.name}")
        if self.probe is not None:
            print(f"  probe: {self.probe.summary()}")
        for what, count in self.attack.items():
            print(f"  attack: {what} x{count}")
        for note in self.notes:
            print(f"  {note}")
        print(f"  server log: {', '.join(f'{name} {n}' for name, n in self.log.items())}")
        print(f"  memory before: {describe_memory(self.memory_before)}")
        print(f"  memory after:  {describe_memory(self.memory_after)}")


def _threads(targets: list[Callable[[], None]]) -> list[threading.Thread]:
    threads = [threading.Thread(target=target, daemon=True) for target in targets]
    for thread in threads:
        thread.start()
    return threads


def oversized_callbacks(url: str, count: int = 4, max_seconds: float = 60) -> tuple[Probe, Counter, list[str]]:
    """(a) count oversized update_view requests at once, while the probe runs."""
    with urllib.request.urlopen(f"{url}/_dash-dependencies", timeout=30) as response:
        dependency = url_callback(json.load(response))
    body = json.dumps(callback_body(dependency, {"url.search": oversized_search()})).encode()
    outcomes: Counter = Counter()
    times: list[float] = []
    lock = threading.Lock()

    def attack() -> None:
        start = time.perf_counter()
        status = request(url, "POST", CALLBACK_PATH, body, timeout=max_seconds + 30)
        with lock:
            outcomes[status] += 1
            times.append(time.perf_counter() - start)

    attackers = _threads([attack] * count)
    probe = Probe(url)
    probe.run_while(lambda: any(a.is_alive() for a in attackers), min_seconds=10, max_seconds=max_seconds)
    for attacker in attackers:
        attacker.join(timeout=40)
    still = sum(a.is_alive() for a in attackers)
    outcomes.update({f"no answer after {max_seconds:.0f} s": still} if still else {})
    notes = [f"{count} requests of {len(body) / 1000:.0f} kB each to {CALLBACK_PATH} (update_view, url.search)"]
    if times:
        notes.append(f"attack answered after {min(times):.2f}-{max(times):.2f} s")
    return probe, outcomes, notes


def slow_clients(url: str, count: int = 6, seconds: float = 20) -> tuple[Probe, Counter, list[str]]:
    """(b) count slow clients for `seconds` (half trickle a body, half their headers), while the probe runs."""
    outcomes: Counter = Counter()
    lock = threading.Lock()
    kinds = ["body" if n % 2 == 0 else "headers" for n in range(count)]
    clients = _threads([lambda kind=kind: slow_client(url, kind, seconds, outcomes, lock) for kind in kinds])
    probe = Probe(url)
    probe.run_while(lambda: any(c.is_alive() for c in clients), min_seconds=seconds + 3, max_seconds=seconds + 10)
    for client in clients:
        client.join(timeout=10)
    return probe, outcomes, [f"{count} clients, one byte every 2 s for {seconds:.0f} s"]


def load_with_probe(url: str, users: int, seconds: float) -> tuple[Probe, Counter, list[str]]:
    """(c) the load test's recorded session replayed by `users` threads for `seconds`, while the probe runs."""
    session = record_session(url)
    result: list = []
    runner = _threads([lambda: result.extend(run_load(url, session, users, seconds))])[0]
    probe = Probe(url)
    probe.run_while(runner.is_alive, min_seconds=seconds, max_seconds=seconds + 30)
    runner.join(timeout=120)
    tally, elapsed = result
    every = [v for values in tally.latencies.values() for v in values]
    median, p95 = median_p95(every)
    notes = [
        f"{users} users for {seconds:.0f} s, session of {len(session)} requests: {tally.sessions} sessions, "
        f"{len(every)} requests ({len(every) / elapsed:.0f}/s), median {median:.1f} ms, p95 {p95:.1f} ms, "
        f"worst {max(every):.0f} ms, errors {sum(tally.errors.values())}"
    ]
    notes += [f"load error x{n}: {error}" for error, n in tally.errors.most_common(5)]
    return probe, Counter(), notes


def _send_large(url: str, path: str, megabytes: int) -> str:
    """POSTs a valid JSON body of about `megabytes` MB, streamed; returns the status or the kind of failure."""
    parts = urlsplit(url)
    prefix, suffix = b'{"padding": "', b'"}'
    chunk = b"a" * (1 << 20)
    length = len(prefix) + megabytes * len(chunk) + len(suffix)
    head = f"POST {path} HTTP/1.1\r\nHost: {parts.netloc}\r\nContent-Type: application/json\r\n"
    try:
        with socket.create_connection((parts.hostname, parts.port), timeout=60) as sock:
            sock.sendall(f"{head}Content-Length: {length}\r\nConnection: close\r\n\r\n".encode() + prefix)
            try:
                for _ in range(megabytes):
                    sock.sendall(chunk)
                sock.sendall(suffix)
            except OSError:
                pass  # the server may answer and close before the body is all sent
            status_line = sock.recv(200).split(b"\r\n", 1)[0].split()
            return status_line[1].decode() if len(status_line) > 1 else "closed without an answer"
    except OSError as error:
        return _status(error)


def big_and_deep(url: str) -> tuple[None, Counter, list[str]]:
    """(d) one 100 MB body, then JSON bodies nested deep to the callback route and to /_view.

    990 is the issue's depth; Dash raises Python's recursion limit to 3,000, so 5,000 (10 kB) is also sent.
    """
    outcomes: Counter = Counter()
    start = time.perf_counter()
    outcomes[f"100 MB body to {CALLBACK_PATH}: {_send_large(url, CALLBACK_PATH, 100)}"] += 1
    notes = [f"100 MB body answered in {time.perf_counter() - start:.1f} s"]
    for depth in DEEP_JSON:
        for path in (CALLBACK_PATH, VIEW_PATH):
            body = b"[" * depth + b"]" * depth
            outcomes[f"{depth}-deep JSON to {path}: {request(url, 'POST', path, body)}"] += 1
    return None, outcomes, notes


def wait_until_healthy(url: str, limit: float = 60) -> float:
    """Seconds until /health answers 200 (at most limit), so one scenario does not spill into the next."""
    start = time.monotonic()
    while time.monotonic() - start < limit and request(url, "GET", "/health", timeout=5) != "200":
        time.sleep(0.5)
    return time.monotonic() - start


def main() -> None:
    """Serves the app with the README's command, runs the scenarios, prints the figures, stops the server."""
    parser = argparse.ArgumentParser(description="Attacks on the served app, with a probe of what users see.")
    parser.add_argument("--scenarios", default="abcd", help="which of a (oversized), b (slow), c (load), d (big)")
    parser.add_argument("--seconds", type=float, default=60, help="length of the load test (c)")
    parser.add_argument("--users", type=int, default=50, help="users of the load test (c)")
    parser.add_argument("--slow-clients", type=int, default=6, help="slow clients in (b)")
    args = parser.parse_args()
    scenarios = {
        "a": ("(a) four oversized callback requests at once", lambda url: oversized_callbacks(url)),
        "b": (f"(b) {args.slow_clients} slow clients for 20 s", lambda url: slow_clients(url, args.slow_clients)),
        "c": (f"(c) {args.users}-user load test", lambda url: load_with_probe(url, args.users, args.seconds)),
        "d": ("(d) one 100 MB body, JSON bodies nested 990 and 5,000 deep", big_and_deep),
    }
    # A benchmark stopped with SIGTERM still stops its server (the finally below).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("stopped"))
    process, url, command = start_server()
    print(f"Serving with the README's command: {shlex.join(command)}")
    try:
        log = ServerLog(process.pid)
        wait_until_healthy(url)
        log.since_last()  # start-up is not part of any scenario
        for key in args.scenarios:
            name, run = scenarios[key]
            before = memory(process.pid)
            probe, attack, notes = run(url)
            recovered = wait_until_healthy(url)
            time.sleep(1)  # workers replaced after a kill get a moment to boot
            after = memory(process.pid)
            notes.append(f"healthy again {recovered:.1f} s after the scenario ended")
            Outcome(name, probe, attack, before, after, count_log_events(log.since_last()), notes).print()
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


if __name__ == "__main__":
    main()
