"""The benchmark tools themselves: the synthetic dataset is valid, and the attack and second-visit scripts read the
README, /proc and DevTools events as they should. (The baseline app: tests/callbacks/test_baseline_app.py.)"""

from __future__ import annotations

import os

import pytest

from benchmarks.attack import callback_body, oversized_search, url_callback
from benchmarks.second_visit import Visit, describe, largest
from benchmarks.served_app import (
    CommandNotFound,
    count_log_events,
    describe_memory,
    parent_of,
    process_tree,
    resident_kib,
    serving_command,
    with_bind,
)
from benchmarks.synthetic_data import write_synthetic_dataset
from tests.paths import ROOT
from triggerpoints.data import load_dataset


def test_the_synthetic_dataset_has_the_asked_size_and_passes_validation(tmp_path):
    write_synthetic_dataset(tmp_path, points=300, regions=901)
    dataset = load_dataset(tmp_path)  # raises DataError on any bad row
    assert len(dataset.points) == 300
    assert len(dataset.regions) == 901
    assert all(point.referral_primary for point in dataset.points.values())
    assert set(dataset.groups) == set(load_dataset().groups), "each part keeps its area's group"
    assert {view for region in dataset.regions.values() for view in region.views} == {"front", "back", "side"}
    assert all(dataset.positions[p] for p in dataset.points), "every X placed from the positions file"


README_SERVING = """# App

### Serving it for a clinic or a class

```bash
pip install -r requirements.txt && {command}
```

More text.

## Test it

```bash
gunicorn wrong:section
```
"""


@pytest.mark.parametrize(
    ("command", "env", "arguments"),
    [
        (
            "gunicorn wsgi:server --workers 4 --bind 0.0.0.0:8050",
            {},
            ["wsgi:server", "--workers", "4", "--bind", "0.0.0.0:8050"],
        ),
        ("gunicorn -c gunicorn.conf.py wsgi:server", {}, ["-c", "gunicorn.conf.py", "wsgi:server"]),
        ("WEB_CONCURRENCY=4 python -m gunicorn wsgi:server  # serves", {"WEB_CONCURRENCY": "4"}, ["wsgi:server"]),
    ],
)
def test_the_attack_benchmark_reads_the_serving_command_from_the_readme(command, env, arguments):
    assert serving_command(README_SERVING.format(command=command)) == (env, arguments)


def test_the_attack_benchmark_refuses_a_readme_without_a_serving_command():
    with pytest.raises(CommandNotFound, match="no gunicorn command"):
        serving_command(README_SERVING.format(command="python app.py"))
    with pytest.raises(CommandNotFound, match="no code block"):
        serving_command("# App\n\nNothing to serve.\n")


def test_the_real_readme_has_a_serving_command():
    _, arguments = serving_command((ROOT / "README.md").read_text(encoding="utf-8"))
    assert arguments


@pytest.mark.parametrize(
    "arguments",
    [
        ["wsgi:server", "--bind", "0.0.0.0:8050"],
        ["wsgi:server", "-b", "0.0.0.0:8050", "--bind=[::]:8050"],
        ["wsgi:server", "-b0.0.0.0:8050"],
        ["wsgi:server"],
    ],
)
def test_the_attack_benchmark_binds_only_to_loopback(arguments):
    assert with_bind(arguments, "127.0.0.1:9") == ["wsgi:server", "--bind", "127.0.0.1:9"]


def test_the_attack_benchmark_reads_pids_and_memory_from_proc_text():
    assert parent_of("123 (python -m (odd) name) S 45 123 123 0") == 45
    assert resident_kib("Name:\tpython\nVmRSS:\t  131072 kB\nThreads:\t1\n") == 131072
    assert resident_kib("Name:\tpython\nVmHWM:\t  262144 kB\nVmRSS:\t  131072 kB\n", "VmHWM") == 262144
    assert resident_kib("Name:\tzombie\nState:\tZ (zombie)\n") == 0
    sizes = {1: (20480, 20480), 2: (102400, 389120), 3: (104448, 104448)}
    assert describe_memory(sizes) == "master 20 MB, 2 workers 100+102 MB (total 222 MB; workers' peaks 380+102 MB)"
    assert process_tree(os.getpid())[0] == os.getpid()


def test_the_attack_benchmark_counts_worker_timeouts_in_the_log():
    log = "[CRITICAL] WORKER TIMEOUT (pid:7)\n[ERROR] Worker (pid:7) was sent SIGKILL!\n[INFO] Booting worker with pid: 9\n"
    assert count_log_events(log) == {"worker timeouts": 1, "workers killed": 1, "workers booted": 1, "tracebacks": 0}


def test_the_attack_benchmark_builds_update_views_request_as_the_renderer_does():
    dependencies = [
        {"output": "note.children", "inputs": [{"id": "url", "property": "search"}], "state": []},
        {
            "output": "..map.figure...url.search..",
            "inputs": [
                {"id": "view-request", "property": "data"},
                {"id": '{"point":["ALL"],"type":"search-result"}', "property": "n_clicks"},
                {"id": "url", "property": "search"},
            ],
            "state": [{"id": "side", "property": "value"}],
        },
    ]
    body = callback_body(url_callback(dependencies), {"url.search": "?pain=zz0", "side.value": "left"})
    assert body == {
        "output": "..map.figure...url.search..",
        "outputs": [{"id": "map", "property": "figure"}, {"id": "url", "property": "search"}],
        "inputs": [
            {"id": "view-request", "property": "data"},
            [],
            {"id": "url", "property": "search", "value": "?pain=zz0"},
        ],
        "changedPropIds": ["url.search"],
        "parsedChangedPropsIds": ["url.search"],
        "state": [{"id": "side", "property": "value", "value": "left"}],
    }
    assert callback_body(dependencies[0], {"url.search": ""})["outputs"] == {"id": "note", "property": "children"}


def test_the_oversized_search_is_the_one_the_issue_describes():
    search = oversized_search()
    assert search.startswith("?pain=zz0,zz1,") and search.endswith(",zz99999")
    assert 780_000 < len(search) < 800_000


def test_the_second_visit_benchmark_sums_what_went_over_the_wire():
    visit = Visit()
    for n, url in enumerate(["http://h/", "http://h/assets/big.js", "http://h/_dash-layout", "data:image/png,x"]):
        visit.on_request({"requestId": str(n), "request": {"url": url}})
    visit.on_response({"requestId": "0", "response": {"url": "http://h/", "status": 200}})
    visit.on_cached({"requestId": "1"})
    visit.on_response(
        {"requestId": "1", "response": {"url": "http://h/assets/big.js", "status": 200, "fromDiskCache": True}}
    )
    visit.on_finished({"requestId": "1", "encodedDataLength": 0})
    visit.on_finished({"requestId": "0", "encodedDataLength": 5000})
    visit.on_response({"requestId": "2", "response": {"url": "http://h/_dash-layout", "status": 304}})
    visit.on_finished({"requestId": "2", "encodedDataLength": 300})
    visit.on_finished({"requestId": "3", "encodedDataLength": 99})
    assert visit.transferred == 5300
    assert describe(visit) == "5,300 bytes in 3 requests (1 from the cache; 200 x2, 304 x1)"
    assert largest(visit, 1) == ["     5,000  200  net    /"]
