"""Muscles on the map: the outlines file loaded and checked, the selected point's muscle slot, the muscles layer,
the muscle under a click, and the layer in the view and its link."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

import pytest
from shapely.geometry import Point, Polygon

from tests.broken_data import problems_named, rewrite
from triggerpoints.data import load_dataset
from triggerpoints.figure import DEEP_MUSCLES_TRACE, MUSCLE_TRACES, MUSCLES_TRACE, POINTS_TRACE, build_body_figure
from triggerpoints.figure_shapes import DEEP_MUSCLE_SHAPE, HIDDEN_PATH, MUSCLE_SHAPE, shape_outlines
from triggerpoints.handout_figure import body_figure_svg
from triggerpoints.map_changes import view_changes, view_geometry
from triggerpoints.muscle_map import first_point, muscle_at, muscle_outlines, selected_muscle
from triggerpoints.point_filters import PointFilters
from triggerpoints.view_actions import ClickMap, SetLayer, apply
from triggerpoints.view_state import EXPLORE, MUSCLES_LAYER, PAIN, STUDY, ViewState, parse_view, view_query

UT, SCM, ECRB = "upper-trapezius-1", "sternocleidomastoid-1", "extensor-carpi-radialis-brevis-1"
HEADER = "muscle,view,side,piece,points"
# The fixture's muscles, roughly where their Xs stand (upper trapezius at 548,158 on the back; the SCM at 153,125
# on the front), with the left side mirrored about each view's centre line (front 170, back 510). The SCM is also
# drawn, made up, as a small patch inside the trapezius on the back, to try the pick order.
OUTLINES = [
    "trapezius,back,right,0,520,130 580,130 580,190 520,190",
    "trapezius,back,left,0,440,130 500,130 500,190 440,190",
    "trapezius,side,right,0,830,130 850,130 850,170 830,170",
    "sternocleidomastoid,front,right,0,140,110 166,110 166,140 140,140",
    "sternocleidomastoid,front,left,0,174,110 200,110 200,140 174,140",
    "sternocleidomastoid,back,right,0,560,140 570,140 570,150 560,150",
]
LAYERS_ON = ViewState(layers=(MUSCLES_LAYER,))


def _write(data_dir: Path, rows: list[str]) -> None:
    """Writes the outlines file, each row given as "muscle,view,side,piece,x,y x,y ..." (the points quoted here)."""
    lines = [",".join(row.split(",", 4)[:4]) + f',"{row.split(",", 4)[4]}"' for row in rows]
    (data_dir / "muscle_outlines.csv").write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")


@pytest.fixture
def outlined(data_dir):
    """The fixture data with the outlines above."""
    _write(data_dir, OUTLINES)
    return load_dataset(data_dir)


def test_the_outlines_load_smoothed_by_muscle_view_and_side(outlined):
    (square,) = outlined.muscle_outline("trapezius", "back", "right")
    assert len(square) > 4, "corners rounded into a curve"
    assert Polygon(square).contains(Point(548, 158)) and not Polygon(square).contains(Point(521, 131))
    assert outlined.muscle_outline("trapezius", "side", "left") == ()
    assert outlined.muscle_outline("extensor-carpi-radialis-brevis", "back", "right") == ()


def test_without_the_file_no_muscle_is_drawn(fixture_dataset):
    assert fixture_dataset.muscle_outlines == {}
    assert selected_muscle(fixture_dataset, UT, "right") == ((), False)
    assert view_geometry(fixture_dataset, ViewState(point=UT))[MUSCLE_SHAPE]["path"] == HIDDEN_PATH


BROKEN = [
    ("deltoid,back,right,0,1,1 2,1 2,2", "line 2, column 'muscle': 'deltoid' is not a key of data/muscles.csv"),
    ("trapezius,top,right,0,1,1 2,1 2,2", "line 2, column 'view': Input should be 'front', 'back' or 'side' (got 'top')"),
    ("trapezius,side,left,0,1,1 2,1 2,2", "line 2, column 'side': the side view shows the person's right side only"),
    ("trapezius,back,right,-1,1,1 2,1 2,2", "line 2, column 'piece': Input should be greater than or equal to 0 (got '-1')"),
    ("trapezius,back,right,0,1,1 2,x 3,3", "line 2, column 'points': '2,x' is not a point written as x,y (got '1,1 2,x"
     " 3,3')"),
    ("trapezius,back,right,0,1,1 2,2", "line 2, column 'points': needs at least 3 points, written as 'x,y x,y x,y' (got"
     " '1,1 2,2')"),
    ("trapezius,back,right,0,0,0 10,10 10,0 0,10", "line 2, column 'points': the outline crosses itself"),
    ("trapezius,back,right,0," + " ".join(f"{x},{x % 2}" for x in range(41)),
     "line 2, column 'points': has 41 control points; an outline has at most 40"),
]  # fmt: skip


@pytest.mark.parametrize(("row", "problem"), BROKEN, ids=[p.split(": ", 1)[1][:40] for _, p in BROKEN])
def test_a_broken_outline_row_is_named_by_line_and_column(data_dir, row, problem):
    _write(data_dir, [row])
    assert problems_named(data_dir) == [f"data/muscle_outlines.csv, {problem}"]


def test_a_piece_given_twice_is_named_with_its_first_line(data_dir):
    _write(data_dir, [OUTLINES[0], OUTLINES[1], OUTLINES[0]])
    assert problems_named(data_dir) == [
        "data/muscle_outlines.csv, line 4, column 'piece': piece 0 of 'trapezius' on the back view, right side, is "
        "given again (first on line 2)"
    ]


def test_the_selected_muscle_lies_under_the_zone_on_every_view_of_its_side(outlined):
    geometry = view_geometry(outlined, ViewState(point=UT))
    outlines = shape_outlines(geometry[MUSCLE_SHAPE]["path"])
    assert len(outlines) == 2, "the back and the side view"
    assert any(Polygon(o).contains(Point(548, 158)) for o in outlines), "around its X"
    assert geometry[DEEP_MUSCLE_SHAPE]["path"] == HIDDEN_PATH
    left = shape_outlines(view_geometry(outlined, ViewState(point=UT, side="left"))[MUSCLE_SHAPE]["path"])
    assert len(left) == 1 and all(x < 510 for x, _ in left[0]), "the left side has no side view"
    assert view_geometry(outlined, ViewState())[MUSCLE_SHAPE]["path"] == HIDDEN_PATH


def test_a_deep_muscle_is_drawn_dashed(outlined):
    deep = _with_depth(outlined, "trapezius", "deep")
    geometry = view_geometry(deep, ViewState(point=UT))
    assert geometry[MUSCLE_SHAPE]["path"] == HIDDEN_PATH and geometry[DEEP_MUSCLE_SHAPE]["path"] != HIDDEN_PATH
    slots = build_body_figure(deep).layout.shapes
    assert slots[DEEP_MUSCLE_SHAPE].line.dash and not slots[MUSCLE_SHAPE].line.dash


def _with_depth(dataset, muscle: str, depth: str):
    muscles = dict(dataset.muscles)
    muscles[muscle] = muscles[muscle].model_copy(update={"depth": depth})
    return replace(dataset, muscles=MappingProxyType(muscles))


@pytest.mark.parametrize(
    ("x", "y", "expected"),
    [
        (548, 158, ("trapezius", "right")),
        (565, 145, ("sternocleidomastoid", "right")),  # the small patch over the big muscle
        (470, 160, ("trapezius", "left")),
        (187, 125, ("sternocleidomastoid", "left")),
        (840, 150, ("trapezius", "right")),
        (300, 600, None),
    ],
)
def test_the_muscle_under_a_click_is_the_smallest_there(outlined, x, y, expected):
    assert muscle_at(outlined, x, y) == expected


@pytest.mark.parametrize(("deep", "over"), [("trapezius", "sternocleidomastoid"), ("sternocleidomastoid", "trapezius")])
def test_of_two_muscles_alike_the_deeper_comes_last(data_dir, deep, over):
    _write(data_dir, [OUTLINES[0], "sternocleidomastoid,back,right,0,520,130 580,130 580,190 520,190"])

    def lay_deep(rows: list[list[str]]) -> None:
        row = next(row for row in rows if row[0] == deep)
        row[rows[0].index("depth")], row[rows[0].index("covered_by")] = "deep", over

    rewrite(data_dir / "muscles.csv", lay_deep)
    assert muscle_at(load_dataset(data_dir), 548, 158)[0] == over


def test_the_layer_names_each_outline_with_its_rank_in_the_pick_order(outlined):
    figure = build_body_figure(_with_depth(outlined, "sternocleidomastoid", "deep"))
    superficial, deep = figure.data[MUSCLES_TRACE], figure.data[DEEP_MUSCLES_TRACE]
    assert not superficial.visible and not deep.visible and deep.line.dash != superficial.line.dash
    assert [name for name, _ in superficial.meta] == ["Trapezius"] * 3
    assert [name for name, _ in deep.meta] == ["Sternocleidomastoid (deep)"] * 3
    assert list(superficial.x).count(None) == 3 and list(deep.x).count(None) == 3, "one outline per label"
    ranks = {rank for _, rank in (*superficial.meta, *deep.meta)}
    assert ranks == {m.rank for m in muscle_outlines(outlined)} == set(range(6))


@pytest.mark.parametrize(
    ("state", "shown"),
    [(LAYERS_ON, True), (ViewState(), False), (replace(LAYERS_ON, mode=PAIN), False),
     (replace(LAYERS_ON, mode=STUDY), False)],
)  # fmt: skip
def test_the_layer_is_drawn_in_the_explorer_with_hover_and_clicks_anywhere(outlined, state, shown):
    changes = view_changes(outlined, state)
    assert all(changes[("data", trace, "visible")] is shown for trace in MUSCLE_TRACES)
    if state.mode == EXPLORE:
        assert changes[("layout", "hoveranywhere")] is shown and changes[("layout", "clickanywhere")] is shown


TENNIS = PointFilters(condition="tennis-elbow")


@pytest.mark.parametrize(
    ("state", "click", "expected"),
    [
        # Half a figure unit per pixel: a mouse reaches 6 units from an X.
        (LAYERS_ON, ClickMap(None, 195, 125, 0.5), replace(LAYERS_ON, point=SCM, side="left")),
        (replace(LAYERS_ON, point=UT), ClickMap(None, 565, 145, 0.5), replace(LAYERS_ON, point=SCM)),
        (LAYERS_ON, ClickMap(None, 840, 150, 0.5), replace(LAYERS_ON, point=UT)),
        # The filters show no point of the trapezius: a click on it selects its first point all the same.
        (replace(LAYERS_ON, filters=TENNIS), ClickMap(None, 530, 180, 0.5), replace(LAYERS_ON, point=UT,
                                                                                   filters=TENNIS)),
    ],
)  # fmt: skip
def test_a_click_on_a_muscle_selects_its_first_point_on_that_side(outlined, state, click, expected):
    assert apply(state, click, outlined) == expected


def test_the_x_wins_over_the_muscle_it_stands_on(data_dir):
    _write(data_dir, ["trapezius,back,right,0,590,300 650,300 650,360 590,360"])
    dataset = load_dataset(data_dir)
    assert apply(LAYERS_ON, ClickMap(None, 620, 331, 0.5), dataset).point == ECRB, "on the X"
    assert apply(LAYERS_ON, ClickMap(None, 630, 345, 0.5), dataset).point == UT, "beside it, on the muscle"
    # Plotly's own pick of a far X counts only off the muscles, or when the click came without the figure's scale.
    assert apply(LAYERS_ON, ClickMap([ECRB, "right"], 630, 345, 0.5), dataset).point == UT
    assert apply(LAYERS_ON, ClickMap([ECRB, "right"], 630, 345), dataset).point == ECRB


@pytest.mark.parametrize(
    ("state", "click"),
    [
        (ViewState(), ClickMap(None, 565, 145, 1.0)),  # the layer is off
        (LAYERS_ON, ClickMap(None, 300, 600, 1.0)),  # off every muscle
        (LAYERS_ON, ClickMap(None, "565", None, 1.0)),  # no place
        (replace(LAYERS_ON, mode=PAIN), ClickMap(None, 1, 1, 1.0)),
    ],
)
def test_a_click_off_the_muscles_or_with_the_layer_off_changes_nothing(outlined, state, click):
    assert apply(state, click, outlined) is state


def test_a_muscle_without_points_is_named_but_selects_nothing(outlined):
    assert first_point(outlined, "no-such-muscle") is None
    assert first_point(outlined, "trapezius", allowed=[]) == UT, "its first point when the filters show none"


@pytest.mark.parametrize(
    ("before", "action", "layers"),
    [
        (ViewState(), SetLayer(MUSCLES_LAYER, True), (MUSCLES_LAYER,)),
        (LAYERS_ON, SetLayer(MUSCLES_LAYER, False), ()),
        (LAYERS_ON, SetLayer(MUSCLES_LAYER, True), (MUSCLES_LAYER,)),
        (ViewState(), SetLayer("bones", True), ()),
        (ViewState(), SetLayer(MUSCLES_LAYER, "yes"), ()),
    ],
)
def test_the_layer_switch(fixture_dataset, before, action, layers):
    after = apply(before, action, fixture_dataset)
    assert after.layers == layers and (after is before) == (layers == before.layers)


@pytest.mark.parametrize(
    ("query", "layers", "notes"),
    [
        ("?point=upper-trapezius-1&layers=muscles", (MUSCLES_LAYER,), ()),
        ("?point=upper-trapezius-1", (), ()),
        ("?layers=muscles,muscles", (MUSCLES_LAYER,), ()),
        ("?layers=bones,muscles", (MUSCLES_LAYER,), ("“bones” is not a layer of the map, so it is not drawn.",)),
        ("?layers=", (), ()),
    ],
)
def test_the_layer_is_in_the_link(fixture_dataset, query, layers, notes):
    parsed = parse_view(query, fixture_dataset)
    assert parsed.state.layers == layers and parsed.notes == notes
    assert parse_view(view_query(parsed.state), fixture_dataset).state == parsed.state


def test_a_shared_link_keeps_the_layer_and_old_links_are_unchanged():
    assert view_query(replace(LAYERS_ON, point=UT, side="left")) == f"?point={UT}&side=left&layers=muscles"
    assert view_query(ViewState(point=UT, side="left")) == f"?point={UT}&side=left"


def test_the_handout_draws_the_muscle_softly_under_the_x(outlined):
    svg = str(body_figure_svg(outlined, UT, "right", "figure-1"))
    fill, outline = svg.index('class="muscle-fill"'), svg.index('class="muscle-outline"')
    assert fill < svg.index('class="zone-essential"') < outline < svg.index('class="trigger-point"')
    assert 'stroke-dasharray="none"' in svg[outline : outline + 300]
    assert "<path" in svg[fill : fill + 200]


REAL_POINTS = ["upper-trapezius-1", "infraspinatus-1", "extensor-carpi-radialis-longus-1", "gluteus-medius-1",
               "tibialis-anterior-1"]  # fmt: skip


@pytest.mark.parametrize("point_id", REAL_POINTS)
def test_real_points_draw_their_muscle_around_the_x_in_a_small_path(dataset, point_id):
    geometry = view_geometry(dataset, ViewState(point=point_id))
    muscle = dataset.points[point_id].muscle
    slot = DEEP_MUSCLE_SHAPE if dataset.muscles[muscle].depth == "deep" else MUSCLE_SHAPE
    outlines = [Polygon(o) for o in shape_outlines(geometry[slot]["path"])]
    for view in dataset.point_views(point_id, "right"):
        x, y = dataset.position(point_id, "right", view)
        assert any(o.buffer(0.5).contains(Point(x, y)) for o in outlines), f"{point_id} on the {view} view"
    # The slot goes with every click: a few hundred points at most.
    assert sum(len(o.exterior.coords) for o in outlines) < 400


def test_the_real_layer_hides_no_point(dataset):
    figure = build_body_figure(dataset)
    assert figure.data[POINTS_TRACE].name == "trigger points"
    assert len(figure.data[MUSCLES_TRACE].meta) + len(figure.data[DEEP_MUSCLES_TRACE].meta) == sum(
        len(pieces) for pieces in dataset.muscle_outlines.values()
    )
