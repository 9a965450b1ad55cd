"""Runs every benchmark in one go, on this machine, and prints medians, 95th percentiles and ratios.

It serves five apps side by side (the minimal baseline Dash app; the explorer on the bundled data and on a synthetic
dataset of 2,000 points and 500 regions written to a temporary folder, each with the app's click path and with the
idiomatic Dash click path of `dash_click_app.py`) and drives them in
headless Chromium, taking turns sample by sample so that both sides of every ratio share the machine's noise.
Then it times the server side of the callbacks in this process.

Usage: python benchmarks/run_benchmarks.py [--clicks 30] [--loads 7] [--explore-view layers=muscles]
(prints figures; it is not a test)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

import numpy
from playwright.sync_api import sync_playwright
from shapely.geometry import Polygon

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.browser_timings import click_baseline_marker, click_region, click_x, first_load  # noqa: E402
from benchmarks.server_callbacks import measure  # noqa: E402
from benchmarks.summary import median_p95  # noqa: E402
from benchmarks.synthetic_data import write_synthetic_dataset  # noqa: E402
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402
from triggerpoints.data import Dataset, load_dataset  # noqa: E402

TARGETS = {"panel": 1.3, "zone": 1.5, "candidates": 1.5, "bytes": 1.2}


class Explorer:
    """One served copy of the explorer, with a page in the explorer and a page in the pain finder."""

    def __init__(self, browser, url: str, dataset: Dataset, explore_view: str = ""):
        self.dataset = dataset
        self.explore = _open(browser, f"{url}/?{explore_view}" if explore_view else url)
        self.pain = _open(browser, f"{url}/?pain=")
        # Two Xs a click alternates between (so every click changes the view), and two regions to mark.
        self.xs = [(p, "right") for p in lonely_points(dataset, 2)]
        self.spots = region_spots(dataset, 2)

    def click_x(self, n: int) -> dict[str, float]:
        """Selects one of the two Xs."""
        self.explore.bring_to_front()
        return click_x(self.explore, *self.xs[n % 2])

    def click_region(self, n: int) -> dict[str, float]:
        """Marks a region (even n) or unmarks it again (odd n)."""
        self.pain.bring_to_front()
        return click_region(self.pain, *self.spots[(n // 2) % 2], marks=n % 2 == 0)


def region_spots(dataset: Dataset, count: int) -> list[tuple[tuple[float, float], str]]:
    """Spots inside right-side regions that are essential zones of some point (marking one lists candidates),
    each with the name the page shows for its region."""
    areas = list(dict.fromkeys(point.referral_primary[0] for point in dataset.points.values()))[:count]
    regions = [dataset.regions[dataset.region_id(area, "right")] for area in areas]
    return [
        (
            Polygon(region.outline(region.views[0])).representative_point().coords[0],
            dataset.area_label(region.area, "right"),
        )
        for region in regions
    ]


def lonely_points(dataset: Dataset, count: int) -> list[str]:
    """The points whose right-side X stands farthest from any other X (a click there can only mean that X)."""
    ids = [p for p in dataset.points if "right" in dataset.point_sides(p)]
    # The right-side Xs first (row i is ids[i]), then every left-side X drawn (a point may be charted on one side).
    lefts = [p for p in dataset.points if "left" in dataset.point_sides(p)]
    spots = numpy.array([dataset.position(p, "right") for p in ids] + [dataset.position(p, "left") for p in lefts])
    gaps = numpy.hypot(*(spots[: len(ids), None, :] - spots[None, :, :]).transpose(2, 0, 1))
    gaps[numpy.arange(len(ids)), numpy.arange(len(ids))] = numpy.inf
    return [ids[i] for i in numpy.argsort(-gaps.min(axis=1))[:count]]


def _open(browser, url: str):
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.goto(url)
    page.wait_for_selector(".js-plotly-plot .scatterlayer .trace")
    return page


def browser_figures(
    urls: dict[str, str], datasets: dict[str, Dataset], clicks: int, loads: int, explore_view: str = ""
) -> dict:
    """Samples of every browser measure, per app, taken in turns (the explorer's clicks on the view `explore_view`,
    a URL query such as "layers=muscles")."""
    samples: dict[str, dict[str, list[float]]] = {name: {} for name in urls}

    def add(name: str, measures: dict[str, float]) -> None:
        for key, value in measures.items():
            samples[name].setdefault(key, []).append(value)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for _ in range(loads):
            for name, url in urls.items():
                interactive, size = first_load(browser, url)
                add(name, {"load": interactive, "bytes": size})
        baseline = _open(browser, urls["baseline"])
        explorers = {name: Explorer(browser, urls[name], datasets[name], explore_view) for name in datasets}
        for _ in range(2):  # warm-up: the first clicks load the figure code paths and fill caches
            click_baseline_marker(baseline)
        for explorer in explorers.values():
            for n in range(4):
                explorer.click_x(n)
                explorer.click_region(n)
        for n in range(clicks):
            baseline.bring_to_front()
            add("baseline", click_baseline_marker(baseline))
            for name, explorer in explorers.items():
                add(name, explorer.click_x(n))
                add(name, explorer.click_region(n))
        browser.close()
    return samples


# The apps measured against the baseline: each dataset served with the app's click path and with the idiomatic
# Dash path (`benchmarks/dash_click_app.py`), so both paths are measured side by side in the same run.
APPS = {"real": "bundled, app", "real-dash": "bundled, Dash path", "synthetic": "2,000, app",
        "synthetic-dash": "2,000, Dash path"}  # fmt: skip


def report(samples: dict, server: dict) -> None:
    """Prints the tables."""
    base = samples["baseline"]
    rows = [
        ("click on an X -> details panel shown", "panel", "baseline"),
        ("click on an X -> zone drawn", "zone", "baseline"),
        ("pain finder: region click -> candidates shown", "candidates", "baseline"),
        ("first load: figure interactive", "load", "load"),
    ]
    print("\nBrowser, milliseconds: median / p95 (ratio of medians to the same run's baseline click or load)")
    print(f"{'measure':46} {'baseline':>15} " + " ".join(f"{label:>24}" for label in APPS.values()))
    for label, key, base_key in rows:
        b = median_p95(base[base_key])
        cells = []
        for name in APPS:
            median, p95 = median_p95(samples[name][key])
            cells.append(f"{median:7.1f} / {p95:6.1f} ({median / b[0]:4.2f}x)")
        target = f"  target {TARGETS[key]}x" if key in TARGETS else ""
        print(f"{label:46} {b[0]:7.1f} / {b[1]:5.1f} " + " ".join(f"{c:>24}" for c in cells) + target)
    sizes = {name: statistics.median(s["bytes"]) for name, s in samples.items()}
    cells = [f"{sizes[name]:13,.0f} ({sizes[name] / sizes['baseline']:4.2f}x)" for name in APPS]
    print(f"{'first load: bytes transferred (compressed)':46} {sizes['baseline']:15,.0f} "
          + " ".join(f"{c:>24}" for c in cells) + "  target 1.2x")  # fmt: skip
    print("\nServer side of the callbacks, in this process, milliseconds: median / p95")
    for name, (about, results) in server.items():
        print(f"  {name}: {about}")
        for case, (median, p95) in results.items():
            print(f"    {case:50} {median:7.3f} / {p95:7.3f}")


def main() -> None:
    """Serves the three apps, measures, prints."""
    parser = argparse.ArgumentParser(description="Benchmarks against a minimal Dash app.")
    parser.add_argument("--clicks", type=int, default=30, help="clicks sampled per measure and app")
    parser.add_argument("--loads", type=int, default=7, help="first loads sampled per app")
    parser.add_argument("--explore-view", default="", help="URL query of the view the X clicks are made on")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tpx-synthetic-") as synthetic_dir:
        write_synthetic_dataset(Path(synthetic_dir))
        real, synthetic = load_dataset(), load_dataset(synthetic_dir)
        datasets = {"real": real, "real-dash": real, "synthetic": synthetic, "synthetic-dash": synthetic}
        on_synthetic = {"TRIGGER_POINT_DATA": synthetic_dir}
        servers = {
            "baseline": serve(["benchmarks/baseline_app.py"]),
            "real": serve(["app.py"]),
            "real-dash": serve(["benchmarks/dash_click_app.py"]),
            "synthetic": serve(["app.py"], env=on_synthetic),
            "synthetic-dash": serve(["benchmarks/dash_click_app.py"], env=on_synthetic),
        }
        try:
            urls = {name: url for name, (_, url) in servers.items()}
            samples = browser_figures(urls, datasets, args.clicks, args.loads, args.explore_view)
        finally:
            for process, _ in servers.values():
                process.terminate()
                process.wait(timeout=10)
        server = {"real data": measure(None), "2,000 points": measure(synthetic_dir)}
    print(f"\n{args.clicks} clicks and {args.loads} first loads per app, taken in turns")
    report(samples, server)


if __name__ == "__main__":
    main()
