"""What a returning visitor downloads: the page opened twice in one Chromium profile, bytes counted by the network.

The app is served as `python app.py` serves it. One persistent Chromium profile (a temporary user-data-dir, so
the HTTP cache lives on disk as a real browser's does) opens the page and waits until the figure takes clicks and
the network is quiet. The tab is closed, and a new tab opens the page again: the second visit.

Bytes come from Chromium's DevTools protocol: `Network.loadingFinished`'s encodedDataLength, which is what went
over the wire (headers and compressed body) and 0 for a file the cache answered without asking the server.
`Network.requestServedFromCache` and the response's `fromDiskCache` say which requests the cache answered.

Usage: python benchmarks/second_visit.py [--visits 2]   (prints figures; not a test)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.browser_timings import INTERACTIVE  # noqa: E402
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402

TARGET_BYTES = 50_000
LARGEST_SHOWN = 8


@dataclass
class Transfer:
    """One request of a visit, as the network saw it."""

    url: str
    status: int | None = None
    transferred: int = 0
    from_cache: bool = False
    failed: str | None = None


@dataclass
class Visit:
    """Every request of one visit, by DevTools request id."""

    requests: dict[str, Transfer] = field(default_factory=dict)

    def on_request(self, event: dict) -> None:
        """Network.requestWillBeSent: a request starts (a redirect reuses the id and keeps the first url)."""
        self.requests.setdefault(event["requestId"], Transfer(event["request"]["url"]))

    def on_response(self, event: dict) -> None:
        """Network.responseReceived: the status, and whether the disk cache or a prefetch answered."""
        transfer = self.requests.setdefault(event["requestId"], Transfer(event["response"]["url"]))
        response = event["response"]
        transfer.status = response.get("status")
        transfer.from_cache |= bool(response.get("fromDiskCache") or response.get("fromPrefetchCache"))

    def on_cached(self, event: dict) -> None:
        """Network.requestServedFromCache: the memory or disk cache answered."""
        self.requests.setdefault(event["requestId"], Transfer("?")).from_cache = True

    def on_finished(self, event: dict) -> None:
        """Network.loadingFinished: the bytes that went over the wire."""
        self.requests.setdefault(event["requestId"], Transfer("?")).transferred = int(event["encodedDataLength"])

    def on_failed(self, event: dict) -> None:
        """Network.loadingFailed: no bytes, and why."""
        self.requests.setdefault(event["requestId"], Transfer("?")).failed = event.get("errorText", "failed")

    @property
    def network(self) -> list[Transfer]:
        """The requests that could reach the network (not data: or blob: URLs)."""
        return [t for t in self.requests.values() if not t.url.startswith(("data:", "blob:"))]

    @property
    def transferred(self) -> int:
        """Bytes over the wire, headers and (compressed) bodies."""
        return sum(t.transferred for t in self.network)


def listen(cdp, visit: Visit) -> None:
    """Feeds a page's DevTools network events into visit."""
    cdp.send("Network.enable")
    cdp.on("Network.requestWillBeSent", visit.on_request)
    cdp.on("Network.responseReceived", visit.on_response)
    cdp.on("Network.requestServedFromCache", visit.on_cached)
    cdp.on("Network.loadingFinished", visit.on_finished)
    cdp.on("Network.loadingFailed", visit.on_failed)


def open_page(context, url: str) -> Visit:
    """Opens url in a new tab of context until the figure takes clicks and the network is quiet; closes the tab."""
    page = context.new_page()
    visit = Visit()
    listen(context.new_cdp_session(page), visit)
    page.goto(url)
    page.wait_for_function("() => window.__interactive !== undefined", timeout=60000)
    page.wait_for_load_state("networkidle")
    page.close()
    return visit


def describe(visit: Visit) -> str:
    """'N requests, M from the cache, statuses ..., X bytes'."""
    requests = visit.network
    cached = sum(t.from_cache for t in requests)
    statuses: dict[str, int] = {}
    for transfer in requests:
        key = transfer.failed or str(transfer.status)
        statuses[key] = statuses.get(key, 0) + 1
    by_status = ", ".join(f"{status} x{n}" for status, n in sorted(statuses.items()))
    return f"{visit.transferred:,} bytes in {len(requests)} requests ({cached} from the cache; {by_status})"


def largest(visit: Visit, count: int = LARGEST_SHOWN) -> list[str]:
    """The count largest transfers: bytes, status, whether cached, and the path."""
    rows = sorted(visit.network, key=lambda t: -t.transferred)[:count]
    return [
        f"{t.transferred:>10,}  {t.failed or t.status}  {'cache' if t.from_cache else 'net  '}  "
        f"{urlsplit(t.url).path[:90]}"
        for t in rows
    ]


def measure(url: str, visits: int) -> list[Visit]:
    """Opens url `visits` times, one tab after another, in one persistent Chromium profile."""
    with tempfile.TemporaryDirectory(prefix="tpx-profile-") as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=CHROMIUM,
            args=CHROMIUM_ARGS,
            headless=True,
            viewport={"width": 1366, "height": 900},
        )
        try:
            context.add_init_script(INTERACTIVE)
            # The profile's first tab stays open on about:blank, so closing a visit's tab never ends the browser.
            return [open_page(context, url) for _ in range(visits)]
        finally:
            context.close()


def main() -> None:
    """Serves the app, opens it twice in one profile, prints the bytes of each visit."""
    parser = argparse.ArgumentParser(description="Bytes transferred by a returning visitor.")
    parser.add_argument("--visits", type=int, default=2, help="visits in the same profile (at least 2)")
    args = parser.parse_args()
    process, url = serve(["app.py"])
    try:
        visits = measure(url, max(2, args.visits))
    finally:
        process.terminate()
        process.wait(timeout=10)
    print(f"The page {url}/ opened {len(visits)} times in one Chromium profile (python app.py)")
    for number, visit in enumerate(visits, 1):
        print(f"  visit {number}: {describe(visit)}")
    second = visits[1]
    verdict = "under" if second.transferred < TARGET_BYTES else "over"
    print(f"  second visit: {second.transferred:,} bytes, {verdict} the {TARGET_BYTES:,}-byte target")
    print("  largest transfers of the second visit (bytes, status, cache or network, path):")
    for row in largest(second):
        print(f"    {row}")


if __name__ == "__main__":
    main()
