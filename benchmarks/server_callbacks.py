"""Times the server side of a selection and of the ranking on the bundled data; prints median and p95.

A click is answered twice: first /_view draws the panels and the zone (`answer_view`), then Dash's `update_view`
takes the drawn view into the URL and the rest of the page. Also timed: the idiomatic Dash path's one callback
(`dash_click_app.on_click`), and writing the answers as JSON with orjson and with the standard library.

Usage: python benchmarks/server_callbacks.py [repeats]   (a script that prints figures, not a test)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


import plotly.io.json  # noqa: E402
from dash._utils import to_json  # noqa: E402

from app import create_app  # noqa: E402
from benchmarks.dash_click_app import on_click  # noqa: E402
from benchmarks.summary import median_p95  # noqa: E402
from components import ids  # noqa: E402
from components.context import DATASET_KEY, PAIN_INDEX_KEY  # noqa: E402
from components.navigation import update_view  # noqa: E402
from components.view_panels import answer_view  # noqa: E402
from tests.callback_context import call_in_context, callback_request  # noqa: E402
from triggerpoints.pain_finder import rank_candidates  # noqa: E402


def _view_args(drawn, search, mode="explore") -> dict:
    return dict(drawn=drawn, results=[], browse=[], guided=None, chips=[], clear=0, added=None, condition=None,
                mode=mode, patient=False, nav=None, cond=None, tech=None, self_care=False, zoom="whole-body",
                view_switch="whole-body", muscles=False, search=search, handout=[], condition_side="right")  # fmt: skip


def _as_json(value, engine: str) -> str:
    """A callback's answer written as Dash writes it, with plotly's JSON engine set to "orjson" or "json"."""
    before = plotly.io.json.config.default_engine
    plotly.io.json.config.default_engine = engine
    try:
        return to_json({"multi": True, "response": value})
    finally:
        plotly.io.json.config.default_engine = before


def _timed(function, repeats: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return median_p95(samples)


def measure(data_dir: str | None = None, repeats: int = 300) -> tuple[str, dict[str, tuple[float, float]]]:
    """Times the callbacks on a dataset (default: the bundled one): a description, and (median, p95) per case."""
    app = create_app(data_dir)
    dataset, index = app.server.config[DATASET_KEY], app.server.config[PAIN_INDEX_KEY]

    def callback(prop: str, value, args):
        with callback_request(app):
            return call_in_context(update_view, triggered=(prop, value), **args)

    def dash_path(click: dict, search: str):
        with callback_request(app):
            return call_in_context(on_click, click, search, triggered=(f"{ids.BODY_MAP}.clickData", click))

    def panels(body: dict) -> dict:
        with app.server.test_request_context("/_view", method="POST"):
            return answer_view(dataset, index, body)

    point = "infraspinatus-1" if "infraspinatus-1" in dataset.points else next(iter(dataset.points))
    x_click = {"points": [{"customdata": [point, "right"]}]}

    # The same areas on either dataset (the synthetic one cuts each area into parts named after it).
    def right(area: str) -> str:
        return next(
            r
            for r, region in dataset.regions.items()
            if region.side == "right" and (region.group == area or r.startswith(area))
        )

    # A click on the front of the head, with the jaw and the back of the head already marked.
    region_click = {"points": [], "xvals": [145.0], "yvals": [60.0]}
    marked = f"{right('jaw')},{right('occiput')}"
    three = [right("buttock"), right("back-of-thigh"), right("calf")]
    x_drawn = {"query": f"?point={point}", "at": 1}
    region_drawn = {"query": f"?pain={marked},{right('temple')}", "at": 1}
    cases = {
        "click on an X: panels and zone (answer_view)": lambda: panels({"view": "", "click": x_click}),
        "click on an X: URL and page (update_view)": lambda: callback(
            f"{ids.VIEW_REQUEST}.data", x_drawn, _view_args(x_drawn, "")
        ),
        "click on a region: ranking, list, marks (answer_view)": lambda: panels(
            {"view": f"?pain={marked}", "click": region_click}
        ),
        "click on a region: URL and page (update_view)": lambda: callback(
            f"{ids.VIEW_REQUEST}.data", region_drawn, _view_args(region_drawn, f"?pain={marked}", "pain")
        ),
        "ranking alone, 3 regions (rank_candidates)": lambda: rank_candidates(dataset, index, three),
        "click on an X, the Dash path (one callback)": lambda: dash_path(x_click, ""),
    }
    # Dash writes each answer with plotly's JSON engine, which is orjson when it is installed ("auto").
    answer = callback(f"{ids.VIEW_REQUEST}.data", x_drawn, _view_args(x_drawn, ""))
    panel = dash_path(x_click, "")
    for engine in ("orjson", "json"):
        cases[f"writing update_view's answer as JSON ({engine})"] = lambda e=engine: _as_json(answer, e)
        cases[f"writing the Dash path's answer as JSON ({engine})"] = lambda e=engine: _as_json(panel, e)
    about = f"{len(dataset.points)} points, {len(dataset.regions)} regions, {repeats} runs each"
    return about, {name: _timed(case, repeats) for name, case in cases.items()}


def main() -> None:
    """Prints the timings on the bundled data."""
    about, results = measure(None, int(sys.argv[1]) if len(sys.argv) > 1 else 300)
    print(about)
    for name, (median, p95) in results.items():
        print(f"{name:56} median {median:7.3f} ms   p95 {p95:7.3f} ms")


if __name__ == "__main__":
    main()
