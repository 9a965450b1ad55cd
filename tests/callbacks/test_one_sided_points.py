"""A point charted on one side only, through the app: the view callback, the /_view answers and the handout route
open it on its own side and never on the missing one. On a copy of the fixture data where the SCM point is
right-only and the ECRB point left-only (`tests/unit/test_point_sides.py` checks the pure functions)."""

from __future__ import annotations

import json
import shutil
from html import unescape

import pytest

from components import ids
from server.view_route import VIEW_PATH
from tests.broken_data import add_column
from tests.callback_context import call_update_view, callback_request
from tests.paths import FIXTURE_DATA
from triggerpoints.figure import POINTS_TRACE
from triggerpoints.figure_shapes import SELECTED_SHAPE

SCM, ECRB = "sternocleidomastoid-1", "extensor-carpi-radialis-brevis-1"


@pytest.fixture(scope="module")
def sided_app(tmp_path_factory):
    """An app on the fixture data with one right-only and one left-only point."""
    from app import create_app

    target = tmp_path_factory.mktemp("sided-app") / "data"
    shutil.copytree(FIXTURE_DATA, target)
    add_column(target / "trigger_points.csv", "side", {SCM: "right", ECRB: "left"})
    return create_app(str(target))


@pytest.fixture
def in_request(sided_app):
    with callback_request(sided_app):
        yield sided_app


def _operations(patch) -> dict:
    return {tuple(op["location"]): op["params"]["value"] for op in patch.to_plotly_json()["operations"]}


def _pattern(**id_) -> str:
    return json.dumps(id_, sort_keys=True, separators=(",", ":")) + ".n_clicks"


def test_a_link_to_the_missing_side_opens_the_point_on_its_own(in_request):
    query = "?point=sternocleidomastoid-1&side=left"
    out = call_update_view(f"{ids.URL}.search", query, search=query)
    assert out["search"] == "?point=sternocleidomastoid-1", "the address says the side shown"
    assert _operations(out["figure"])[("layout", "shapes", SELECTED_SHAPE, "xanchor")] < 170, "right, front view"
    assert ":left" not in out["handout_href"]


def test_a_search_result_or_browse_item_opens_a_left_only_point_on_the_left(in_request):
    for kind in (ids.SEARCH_RESULT, ids.BROWSE_ITEM):
        out = call_update_view(_pattern(type=kind, point=ECRB), 1)
        assert out["search"] == f"?point={ECRB}&side=left"
        assert _operations(out["figure"])[("layout", "shapes", SELECTED_SHAPE, "xanchor")] < 510, "left, back view"


def test_guided_self_care_gets_the_point_on_its_own_side(in_request):
    query = "?mode=self-care&point=sternocleidomastoid-1&side=left"
    out = call_update_view(f"{ids.URL}.search", query, search=query, mode="self-care")
    assert out["guided_selection"] == {"point": SCM, "side": "right"}
    out = call_update_view(f"{ids.GUIDED_POINT}.value", ECRB, search="?mode=self-care", mode="self-care", guided=ECRB)
    assert out["guided_selection"] == {"point": ECRB, "side": "left"}


@pytest.fixture(scope="module")
def client(sided_app):
    with sided_app.server.test_client() as client:
        yield client


def _answer(client, view: str, click=None) -> dict:
    response = client.post(VIEW_PATH, json={"view": view} | ({"click": click} if click else {}))
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def test_the_details_show_the_point_on_its_side_with_a_note(client):
    answer = _answer(client, "?point=sternocleidomastoid-1&side=left")
    details = unescape(answer["details"])
    assert f'data-point-id="{SCM}" data-side="right"' in details
    assert "charted on the right side only, so it is shown there" in details
    assert "right side only" in details
    assert answer["shapes"][str(SELECTED_SHAPE)]["xanchor"] < 170


def test_a_forged_click_on_the_missing_x_selects_nothing(client):
    click = {"points": [{"curveNumber": POINTS_TRACE, "customdata": [SCM, "left"]}]}
    assert _answer(client, "", click) == {"query": None}, "as for a click off every X"


def test_the_pain_finder_lists_a_one_sided_point_only_for_marks_on_its_side(client):
    assert f'data-point-id="{SCM}"' in _answer(client, "?pain=forehead-right,eye-right")["candidates"]
    assert f'data-point-id="{SCM}"' not in _answer(client, "?pain=forehead-left,eye-left")["candidates"]


@pytest.mark.parametrize("query", ["points=sternocleidomastoid-1:left", "point=sternocleidomastoid-1&side=left"])
def test_the_handout_shows_a_one_sided_point_on_its_side_with_a_note(client, query):
    response = client.get(f"/handout?{query}")
    assert response.status_code == 200
    page = unescape(response.get_data(as_text=True))
    assert "Sternocleidomastoid" in page and "charted on one side only" in page
    assert 'data-side="right"' in page and 'data-side="left"' not in page
