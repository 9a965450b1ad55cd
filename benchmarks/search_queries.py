"""Times search on the bundled data: every distinct query of the search table (tests/unit/test_search_queries.py,
over a hundred: names, synonyms, places, complaints, misspellings), each run several times; prints the median and
p95 of a query, for the ranking alone (`search`) and for the whole callback that draws the first page
(`show_results`), and how long the search index takes to build (once per dataset, on the first query).

Usage: python benchmarks/search_queries.py [repeats]   (a script that prints figures, not a test)
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app import create_app  # noqa: E402
from benchmarks.summary import median_p95  # noqa: E402
from components.context import DATASET_KEY  # noqa: E402
from components.search import show_results  # noqa: E402
from tests.callback_context import call_in_context, callback_request  # noqa: E402
from tests.unit.test_search_queries import TABLE  # noqa: E402
from triggerpoints.search import build_search_index, search, search_index  # noqa: E402


def _per_query(queries: list[str], run, repeats: int) -> list[float]:
    """Each query's median time over the repeats, in milliseconds."""
    medians = []
    for query in queries:
        samples = []
        for _ in range(repeats):
            start = time.perf_counter()
            run(query)
            samples.append((time.perf_counter() - start) * 1000)
        medians.append(statistics.median(samples))
    return medians


def main() -> None:
    """Prints the figures."""
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    app = create_app()
    dataset = app.server.config[DATASET_KEY]
    queries = list(dict.fromkeys(query for query, _, _ in TABLE))
    start = time.perf_counter()
    build_search_index(dataset)
    built = (time.perf_counter() - start) * 1000
    search_index(dataset)  # the app's own, built once

    def callback(query: str) -> list:
        with callback_request(app):
            return call_in_context(show_results, query)

    print(f"{len(dataset.points)} points, {len(dataset.vocabulary)} vocabulary words, {len(queries)} queries, "
          f"{repeats} runs each")  # fmt: skip
    print(f"search index built in {built:.1f} ms (once per dataset)")
    for name, run in (("search (ranking alone)", lambda q: search(dataset, q)), ("show_results (callback)", callback)):
        median, p95 = median_p95(_per_query(queries, run, repeats))
        print(f"{name:28s} median {median:.2f} ms, p95 {p95:.2f} ms per query")


if __name__ == "__main__":
    main()
