"""The muscles on the map through the app, without a browser: the layer's switch in `update_view` (URL, figure,
switch) and a click on a muscle answered by /_view, on the fixture data with a few muscle outlines."""

from __future__ import annotations

import shutil

import pytest
from dash import no_update

from components import ids
from components.navigation import OUTPUTS, update_view
from server.view_route import VIEW_PATH
from tests.callback_context import call_in_context, callback_request
from tests.paths import FIXTURE_DATA
from triggerpoints.figure import MUSCLE_TRACES
from triggerpoints.figure_shapes import DEEP_MUSCLE_SHAPE, HIDDEN_PATH, MUSCLE_SHAPE

UT, SCM = "upper-trapezius-1", "sternocleidomastoid-1"
OUTLINES = """muscle,view,side,piece,points
trapezius,back,right,0,"520,130 580,130 580,190 520,190"
trapezius,back,left,0,"440,130 500,130 500,190 440,190"
sternocleidomastoid,front,right,0,"140,110 166,110 166,140 140,140"
sternocleidomastoid,front,left,0,"174,110 200,110 200,140 174,140"
"""


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    """The app on the fixture data with the outlines above."""
    from app import create_app

    data_dir = tmp_path_factory.mktemp("muscles") / "data"
    shutil.copytree(FIXTURE_DATA, data_dir)
    (data_dir / "muscle_outlines.csv").write_text(OUTLINES, encoding="utf-8")
    return create_app(str(data_dir))


def _view(app, prop: str, value, search: str = "", muscles: bool = False) -> dict:
    """update_view as if `prop` fired, with the page showing `search` and the switch at `muscles`."""
    args = dict(drawn=None, results=[], browse=[], guided=None, chips=[], clear=0, added=None, condition=None,
                mode="explore", patient=False, nav=None, cond=None, tech=None, self_care=False, zoom="whole-body",
                view_switch="whole-body", muscles=muscles, search=search, handout=[], condition_side="right")  # fmt: skip
    with callback_request(app):
        out = call_in_context(update_view, triggered=(prop, value), **args)
    assert set(out) == set(OUTPUTS)
    return out


def _operations(patch) -> dict:
    return {tuple(op["location"]): op["params"]["value"] for op in patch.to_plotly_json()["operations"]}


def test_the_switch_draws_every_muscle_and_goes_into_the_url(app):
    out = _view(app, f"{ids.MUSCLES_SWITCH}.checked", True, f"?point={UT}", muscles=True)
    assert out["search"] == f"?point={UT}&layers=muscles" and out["muscles"] is no_update
    operations = _operations(out["figure"])
    assert all(operations[("data", trace, "visible")] is True for trace in MUSCLE_TRACES)
    assert operations[("layout", "hoveranywhere")] is True and operations[("layout", "clickanywhere")] is True
    assert operations[("layout", "shapes", MUSCLE_SHAPE, "path")] != HIDDEN_PATH, "the point's muscle"
    off = _view(app, f"{ids.MUSCLES_SWITCH}.checked", False, f"?point={UT}&layers=muscles")
    assert off["search"] == f"?point={UT}"
    assert all(_operations(off["figure"])[("data", trace, "visible")] is False for trace in MUSCLE_TRACES)


def test_a_link_with_the_layer_sets_the_switch(app):
    out = _view(app, f"{ids.URL}.search", f"?layers=muscles&point={SCM}", f"?layers=muscles&point={SCM}")
    assert out["muscles"] is True
    assert _view(app, f"{ids.URL}.search", f"?point={SCM}", f"?point={SCM}")["muscles"] is no_update


def test_switching_the_layer_in_study_mode_changes_the_link_only(app):
    out = _view(app, f"{ids.MUSCLES_SWITCH}.checked", True, "?mode=study", muscles=True)
    assert out["search"] == "?mode=study&layers=muscles"
    assert all(_operations(out["figure"])[("data", trace, "visible")] is False for trace in MUSCLE_TRACES)


@pytest.fixture
def client(app):
    with app.server.test_client() as client:
        yield client


def _click(client, view: str, x: float, y: float, scale: float = 0.5) -> dict:
    response = client.post(VIEW_PATH, json={"view": view, "click": {"points": [], "xvals": [x], "yvals": [y],
                                                                   "scale": scale, "coarse": False}})  # fmt: skip
    assert response.status_code == 200
    return response.get_json()


def test_a_click_on_a_muscle_answers_its_first_point_with_its_muscle_drawn(client):
    answer = _click(client, "?layers=muscles", 195, 125)
    assert answer["query"] == f"?point={SCM}&side=left&layers=muscles"
    assert "Sternocleidomastoid" in answer["details"]
    shapes = answer["shapes"]
    assert shapes[str(MUSCLE_SHAPE)]["path"] != HIDDEN_PATH and shapes[str(DEEP_MUSCLE_SHAPE)]["path"] == HIDDEN_PATH


@pytest.mark.parametrize("view", ["", "?pain=temple-right"])
def test_a_click_on_a_muscle_without_the_layer_is_no_muscle_click(client, view):
    answer = _click(client, view, 195, 125)
    assert "point=sternocleidomastoid-1" not in (answer["query"] or "")
