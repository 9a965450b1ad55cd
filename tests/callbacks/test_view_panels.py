"""The panels the browser draws (details, candidates, the figure's zone) as /_view answers them, on the fixture data;
and the HTML writer they go through."""

from __future__ import annotations

import html as html_text

import pytest
from dash import dcc, html

from components.html_fragment import FragmentError, to_html
from server.view_route import VIEW_PATH
from tests.paths import ASSETS, FIXTURE_DATA
from triggerpoints.figure import POINTS_TRACE
from triggerpoints.figure_shapes import ESSENTIAL_SHAPE, MARKED_FILL_SHAPE, SELECTED_SHAPE, shape_outlines
from triggerpoints.untrusted import MAX_ITEMS, MAX_QUERY

NO_CLICK = object()


@pytest.fixture(scope="module")
def client():
    from app import create_app

    with create_app(str(FIXTURE_DATA)).server.test_client() as client:
        yield client


def _answer(client, view: str = "", click=NO_CLICK) -> dict:
    body = {"view": view} | ({} if click is NO_CLICK else {"click": click})
    response = client.post(VIEW_PATH, json=body)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def _read(fragment: str) -> str:
    """The text a reader sees in a fragment (entities decoded; tags left in, which is harmless for `in`)."""
    return html_text.unescape(fragment)


def _click_x(point_id, side):
    return {"points": [{"curveNumber": POINTS_TRACE, "customdata": [point_id, side]}]}


def test_a_click_on_an_x_answers_its_view_details_and_zone(client):
    answer = _answer(client, "", _click_x("sternocleidomastoid-1", "left"))
    assert answer["query"] == "?point=sternocleidomastoid-1&side=left"
    assert '<div class="detail-head" data-point-id="sternocleidomastoid-1" data-side="left">' in answer["details"]
    assert "Sternocleidomastoid" in answer["details"] and "left side" in answer["details"]
    shapes = answer["shapes"]
    assert shapes[str(SELECTED_SHAPE)]["xanchor"] > 170, "the left X on the front view"
    # On the person's left: right of the front view's centre (170), left of the back view's centre (510).
    xs = [x for outline in shape_outlines(shapes[str(ESSENTIAL_SHAPE)]["path"]) for x, _ in outline]
    assert xs and all(x >= 169.8 if x < 340 else x <= 510.2 for x in xs)
    assert answer["candidates"] == "", "no candidate list outside the pain finder"


@pytest.mark.parametrize(
    "click",
    [None, {}, {"points": []}, {"points": [{"customdata": None}]}, {"points": [{"customdata": ["nope", "right"]}]},
     {"points": [{"customdata": ["sternocleidomastoid-1", "up"]}]}, {"points": ["x"]}, {"points": "x"}, [1, 2],
     {"points": [{"customdata": [["x"], "left"]}]}],
)  # fmt: skip
def test_a_click_off_an_x_asks_for_nothing(client, click):
    assert _answer(client, "", click) == {"query": None}


def test_the_details_show_every_section(client):
    text = _read(_answer(client, "?point=upper-trapezius-1")["details"])
    for expected in ["Where to find it", "Where it sends pain", "Right side of the neck", "Right temple",
                     "Right back of the neck", "How it can feel", "Tension-type headache", "Pincer grip",
                     "Self-care", "Professional only", "Dry needling", "Stretch", "Take care",
                     "See a clinician first", "worst ever", "Travell & Simons vol. 1 (2nd ed., 1999) ch. 6",
                     "Also called: trapezius, traps"]:  # fmt: skip
        assert expected in text, expected
    assert 'data-technique="pincer-grip"' in text, "each technique button names what it opens"
    assert '<a class="condition-link" data-query="?pain=' in text and 'href="/?pain=' in text


def test_an_unknown_point_in_a_link_gets_a_note_written_as_text(client):
    details = _answer(client, "?point=<script>alert(1)</script>")["details"]
    assert "We could not find a trigger point called" in details and "Find the source of a pain" in details
    assert "<script>" not in details and "&lt;script&gt;" in details


def test_the_pain_finder_ranks_candidates_that_select_themselves(client):
    answer = _answer(client, "?pain=temple-right,jaw-right")
    candidates = _read(answer["candidates"])
    assert 'data-point-id="upper-trapezius-1"' in candidates
    assert "Covers your temple (its main zone), and your jaw (where its pain sometimes spreads)." in candidates
    assert 'data-query="?pain=temple-right,jaw-right&point=upper-trapezius-1"' in candidates
    assert "Choose a candidate" in answer["details"]
    assert len(shape_outlines(answer["shapes"][str(MARKED_FILL_SHAPE)]["path"])) == 2


def test_a_chosen_candidate_is_marked_as_selected(client):
    answer = _answer(client, "?pain=temple-right&point=upper-trapezius-1")
    assert "Trapezius (upper fibres)" in answer["details"]
    assert '<button aria-pressed="true" class="candidate is-selected"' in answer["candidates"]


def test_clicking_the_body_in_the_pain_finder_toggles_the_region(client):
    click = {"points": [], "xvals": [145.0], "yvals": [60.0]}  # the right temple, front view
    assert _answer(client, "?pain=jaw-right", click)["query"] == "?pain=jaw-right,temple-right"
    assert _answer(client, "?pain=jaw-right,temple-right", click)["query"] == "?pain=jaw-right"


@pytest.mark.parametrize(
    "click", [{"points": [], "xvals": [5.0], "yvals": [5.0]}, {"xvals": ["a"], "yvals": [1]}, {"xvals": []}, {}]
)
def test_clicking_outside_the_body_or_forged_clicks_ask_for_nothing(client, click):
    assert _answer(client, "?pain=jaw-right", click) == {"query": None}


def test_clicks_in_study_or_self_care_are_left_to_their_own_callbacks(client):
    click = _click_x("sternocleidomastoid-1", "left")
    assert _answer(client, "?mode=study", click) == {"query": None}
    assert _answer(client, "?mode=self-care", click) == {"query": None}
    assert _answer(client, "?mode=study&point=upper-trapezius-1")["shapes"] is None, "the quiz owns the zones"


def test_the_views_filters_narrow_the_candidates(client):
    answer = _answer(client, "?pain=temple-right&area=elbow-forearm-hand")
    assert "No trigger point in the current filters" in answer["candidates"]
    assert "upper-trapezius-1" in _answer(client, "?pain=temple-right&area=head-neck")["candidates"]


def test_the_patient_view_shows_plain_words(client):
    text = _read(_answer(client, "?point=upper-trapezius-1&view=patient")["details"])
    assert "What you can do at home" in text and "Where you may feel it" in text
    assert "Clinical terms and sources (for your therapist)" in text


@pytest.mark.parametrize("body", [None, "text", [1], {"view": 5}, {"view": ["?pain=jaw-right"]}])
def test_requests_the_page_never_sends_get_a_400_with_a_message(client, body):
    response = client.post(VIEW_PATH, json=body) if body is not None else client.post(VIEW_PATH, data="{oops")
    assert response.status_code == 400
    assert response.get_json()["error"] and "Traceback" not in response.get_data(as_text=True)


def test_a_view_is_read_only_as_far_as_a_url_is(client):
    """/_view and the URL share one bound (MAX_QUERY): an over-long view, which the page sends when the address holds
    one, is answered with what its first part asks for and a note, like the callbacks read it."""
    flood = "?pain=temple-right," + ",".join(f"zz{i}" for i in range(100_000)) + "&point=upper-trapezius-1"
    answer = _answer(client, flood)
    assert answer["query"] == "?pain=temple-right"
    details = _read(answer["details"])
    assert "This link is longer than any the app makes, so only its first part was read." in details
    # MAX_ITEMS ids read: one known region, three unknown ones named, the rest counted.
    assert f"We could not find the body area “zz0”, “zz1”, “zz2” and {MAX_ITEMS - 4} more" in details
    assert _answer(client, flood[:MAX_QUERY] + "&point=soleus-1") == answer, "nothing past the bound is read"


@pytest.mark.parametrize(
    "click",
    [{"xvals": [True], "yvals": [60.0]}, {"xvals": ["145"], "yvals": ["60"]}, {"xvals": [10**400], "yvals": [60]},
     {"xvals": [145.0], "yvals": [None]}, {"xvals": 145.0, "yvals": 60.0}, {"xvals": [1e300], "yvals": [-1e300]}],
)  # fmt: skip
def test_a_click_is_read_only_from_plotlys_numbers(client, click):
    assert _answer(client, "?pain=jaw-right", click) == {"query": None}


@pytest.mark.parametrize(
    "mark", ["\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u202a", "\u202b", "\u202c", "\u202d",
             "\u200e", "\u200f", "\u061c", "\x00", "\x1b", "\x7f", "\x85", "\x9b"],
)  # fmt: skip
def test_control_and_bidi_characters_in_a_view_never_reach_the_panel(client, mark):
    details = _answer(client, f"?point=ab{mark}cd&side=le{mark}ft")["details"]
    assert mark not in details and mark not in _read(details)
    assert "ab\ufffdcd" in _read(details) and "le\ufffdft" in _read(details)


def test_html_is_written_escaped_with_attributes():
    tree = html.Div(
        [html.P('Travell & "Simons" <b>', className="aside"), html.Span(style={"--score": "40%", "fontSize": 2}),
         html.Button("Go", type="button", n_clicks=0, **{"data-query": '?a=1&b="2"', "aria-pressed": "false"}),
         html.Br(), None, 7],
        id="box",
    )  # fmt: skip
    assert to_html(tree) == (
        '<div id="box"><p class="aside">Travell &amp; &#34;Simons&#34; &lt;b&gt;</p>'
        '<span style="--score: 40%; font-size: 2"></span>'
        '<button aria-pressed="false" data-query="?a=1&amp;b=&#34;2&#34;" type="button">Go</button><br>7</div>'
    )


@pytest.mark.parametrize(
    "tree",
    [dcc.Link("x", href="/"), html.A("x", href="javascript:alert(1)"), html.Button("x", id={"type": "t"}),
     html.Img(src=" data:text/html,x"), object()],
)  # fmt: skip
def test_what_could_carry_a_script_is_refused(tree):
    with pytest.raises(FragmentError):
        to_html(tree)


def test_the_browser_script_posts_to_the_apps_route():
    script = (ASSETS / "view_panels.js").read_text()
    assert f"'{VIEW_PATH}'" in script


def test_a_click_among_xs_offers_them_to_choose_from(client):
    crowded = {**_click_x("sternocleidomastoid-1", "right"), "xvals": [170], "yvals": [126], "scale": 2.0}
    answer = _answer(client, "?point=upper-trapezius-1", crowded)
    assert answer["query"] == "?point=upper-trapezius-1"  # the view itself is unchanged: nothing was picked
    details = _read(answer["details"])
    assert "Several trigger points lie here:" in details
    for side in ("left", "right"):
        assert f'data-query="?point=sternocleidomastoid-1&side={side}"' in details or (
            side == "right" and 'data-query="?point=sternocleidomastoid-1"' in details
        )
    assert details.count("<button") == 2


def test_a_click_on_an_isolated_x_selects_it(client):
    exact = {**_click_x("sternocleidomastoid-1", "left"), "xvals": [548], "yvals": [158], "scale": 2.0}
    assert _answer(client, "", exact)["query"] == "?point=upper-trapezius-1"
