"""The benchmark tools themselves: the synthetic dataset is valid and the baseline app answers a click."""

from __future__ import annotations

from contextvars import copy_context

from dash._callback_context import context_value
from dash._utils import AttributeDict

from benchmarks.baseline_app import create_baseline_app
from benchmarks.synthetic_data import write_synthetic_dataset
from triggerpoints.data import load_dataset


def test_the_synthetic_dataset_has_the_asked_size_and_passes_validation(tmp_path):
    write_synthetic_dataset(tmp_path, points=300, regions=200)
    dataset = load_dataset(tmp_path)  # raises DataError on any bad row
    assert len(dataset.points) == 300
    assert len(dataset.regions) == 200
    assert all(point.referral_primary for point in dataset.points.values())


def test_the_baseline_app_writes_a_line_for_a_click():
    app = create_baseline_app()
    callback = app.callback_map["line.children"]["callback"]
    click = {"points": [{"x": 1, "y": 1}]}

    def call():
        context_value.set(AttributeDict(triggered_inputs=[{"prop_id": "graph.clickData", "value": click}]))
        return callback(click, outputs_list={"id": "line", "property": "children"})

    with app.server.test_request_context("/_dash-update-component", method="POST"):
        response = copy_context().run(call)
    assert "Clicked 1 at" in str(response)
