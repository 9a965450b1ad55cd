"""Which Xs a click may have meant (`points_near`, `xs_meant`), and what a click among them does to the view, on the
fixture data: SCM's Xs stand at (153, 125) right and (187, 125) left on the front view (34 units apart), upper
trapezius' at (548, 158) right."""

from __future__ import annotations

import pytest

from triggerpoints.nearby_points import points_near, xs_meant
from triggerpoints.point_filters import PointFilters
from triggerpoints.view_actions import ClickMap, apply
from triggerpoints.view_state import PAIN, ViewState, view_query

SCM, UT = "sternocleidomastoid-1", "upper-trapezius-1"
SCM_R, SCM_L, UT_R = (SCM, "right"), (SCM, "left"), (UT, "right")
NONE = PointFilters()
TENNIS = PointFilters(condition="tennis-elbow")


@pytest.mark.parametrize(
    ("name", "x", "y", "radius", "filters", "found"),
    [
        ("an exact hit on an isolated X", 548, 158, 5, NONE, (UT_R,)),
        ("a near miss still within reach", 551, 161, 5, NONE, (UT_R,)),
        ("nothing within reach", 548, 170, 5, NONE, ()),
        ("a crowded spot lists both, nearest first", 172, 125, 20, NONE, (SCM_L, SCM_R)),
        ("ties are listed in a fixed order", 170, 125, 20, NONE, (SCM_L, SCM_R)),
        ("a filter hides its points", 170, 125, 20, TENNIS, ()),
        ("a filter keeps the points it lets through", 170, 125, 20, PointFilters(nav_area="head-neck"),
         (SCM_L, SCM_R)),
    ],
)  # fmt: skip
def test_points_near(fixture_dataset, name, x, y, radius, filters, found):
    assert tuple(key for key, _ in points_near(fixture_dataset, filters, x, y, radius)) == found, name


# Scale 2: a mouse reaches 24 units with a slack of 8 (SCM's Xs are 17 px apart).
# Scale 4: a mouse reaches 48 units with a slack of 16, a finger 88 with a slack of 40 (the Xs are 8.5 px apart).
@pytest.mark.parametrize(
    ("name", "x", "y", "scale", "coarse", "filters", "meant"),
    [
        ("the centre of an isolated X", 548, 158, 2, False, NONE, (UT_R,)),
        ("the centre of an X with a neighbour beyond the slack", 153, 125, 2, False, NONE, (SCM_R,)),
        ("a finger on the same X, the neighbour within its slack", 153, 125, 4, True, NONE, (SCM_R, SCM_L)),
        ("midway between two Xs", 170, 126, 2, False, NONE, (SCM_L, SCM_R)),
        ("off centre on a smaller figure", 165, 125, 4, False, NONE, (SCM_R, SCM_L)),
        ("the same spot on a larger figure", 165, 125, 2, False, NONE, (SCM_R,)),
        ("a hidden X is never meant", 170, 126, 2, False, TENNIS, ()),
        ("a hidden neighbour leaves the X alone", 185, 125, 4, False, PointFilters(nav_area="head-neck"),
         (SCM_L,)),
        ("nothing within reach", 548, 190, 2, False, NONE, ()),
    ],
)  # fmt: skip
def test_xs_meant(fixture_dataset, name, x, y, scale, coarse, filters, meant):
    assert xs_meant(fixture_dataset, filters, x, y, scale, coarse) == meant, name


@pytest.mark.parametrize(
    ("name", "before", "click", "after"),
    [
        ("a click on an isolated X selects it, whatever Plotly reported", ViewState(),
         ClickMap([SCM, "left"], 548, 158, 2.0), ViewState(point=UT)),
        ("a click between two Xs offers both and keeps the point shown", ViewState(point=UT),
         ClickMap([SCM, "right"], 170, 126, 2.0), ViewState(point=UT, choices=(SCM_L, SCM_R))),
        ("a finger near two Xs", ViewState(), ClickMap([SCM, "right"], 157, 125, 4.0, coarse=True),
         ViewState(choices=(SCM_R, SCM_L))),
        ("the same click with a mouse is one X", ViewState(), ClickMap([SCM, "left"], 157, 125, 2.0),
         ViewState(point=SCM)),
        ("a hidden X is never offered", ViewState(filters=TENNIS), ClickMap(None, 170, 126, 2.0),
         ViewState(filters=TENNIS)),
        ("nothing within reach keeps Plotly's pick", ViewState(), ClickMap([UT, "left"], 472, 190, 1.0),
         ViewState(point=UT, side="left")),
        ("no scale: Plotly's pick", ViewState(), ClickMap([SCM, "left"], 170, 126), ViewState(point=SCM, side="left")),
        ("an absurd scale is ignored", ViewState(), ClickMap([SCM, "left"], 170, 126, 1e9),
         ViewState(point=SCM, side="left")),
        ("a scale that is not a number is ignored", ViewState(), ClickMap([SCM, "left"], 170, 126, "2"),
         ViewState(point=SCM, side="left")),
    ],
)  # fmt: skip
def test_a_click_among_xs(fixture_dataset, name, before, click, after):
    assert apply(before, click, fixture_dataset) == after, name


def test_choices_never_reach_the_url(fixture_dataset):
    crowded = apply(ViewState(point=UT), ClickMap([SCM, "right"], 170, 126, 2.0), fixture_dataset)
    assert crowded.choices and view_query(crowded) == view_query(ViewState(point=UT))


def test_the_pain_finder_ignores_the_xs(fixture_dataset):
    state = ViewState(PAIN)
    assert apply(state, ClickMap([SCM, "right"], 170, 126, 2.0), fixture_dataset) is state
