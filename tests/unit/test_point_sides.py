"""A point charted on one side only (`side` in trigger_points.csv): the loader checks the column, and every place that
offers a point on a side offers it there only (map, clicks, links, pain finder, search, study, guided self-care,
handout). On a copy of the fixture data where the SCM point is right-only and the ECRB point left-only."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from tests.broken_data import add_column, problems_named, rewrite
from tests.paths import FIXTURE_DATA
from triggerpoints.data import DEFAULT_DATA_DIR, Dataset, load_dataset
from triggerpoints.figure import point_markers, selection_zone
from triggerpoints.figure_frame import SIDES, mirror_x
from triggerpoints.guided import guided_plan
from triggerpoints.handout_query import handout_link_query, parse_handout_query
from triggerpoints.muscle_map import first_point, selected_muscle
from triggerpoints.nearby_points import points_near
from triggerpoints.pain_finder import build_pain_index, rank_candidates
from triggerpoints.point_filters import PointFilters
from triggerpoints.search import search_points
from triggerpoints.study import Question, pick_side, question_from_store
from triggerpoints.study_questions import make_question
from triggerpoints.view_actions import ClickMap, SelectPoint, apply, candidate_query
from triggerpoints.view_state import ViewState, parse_view, view_query
from triggerpoints.zoom import pattern_layout

UT, SCM, ECRB = "upper-trapezius-1", "sternocleidomastoid-1", "extensor-carpi-radialis-brevis-1"
ONE_SIDED = {SCM: "right", ECRB: "left"}


def with_side_column(data_dir: Path, sides: dict[str, str]) -> None:
    """Adds the `side` column at the end of a data folder's trigger_points.csv, filled for the points given."""
    add_column(data_dir / "trigger_points.csv", "side", sides)


@pytest.fixture(scope="module")
def sided(tmp_path_factory) -> Dataset:
    """The fixture data with SCM charted on the right only and ECRB on the left only."""
    target = tmp_path_factory.mktemp("sided") / "data"
    shutil.copytree(FIXTURE_DATA, target)
    with_side_column(target, ONE_SIDED)
    return load_dataset(target)


# --- the column ---------------------------------------------------------------------------------------------------


def test_the_column_is_read_and_each_point_has_its_sides(sided):
    assert {p: sided.point_sides(p) for p in sided.points} == {UT: SIDES, SCM: ("right",), ECRB: ("left",)}
    assert sided.points[UT].side is None, "an empty cell means both sides"


def test_without_the_column_every_point_is_on_both_sides(fixture_dataset):
    assert all(fixture_dataset.point_sides(p) == ("right", "left") for p in fixture_dataset.points)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("both", "Input should be 'left' or 'right' (got 'both')"),
        ("Right", "Input should be 'left' or 'right' (got 'Right')"),
        ("r", "Input should be 'left' or 'right' (got 'r')"),
    ],
)
def test_a_bad_side_is_named_with_its_file_line_and_column(data_dir, value, expected):
    with_side_column(data_dir, {SCM: value})
    assert problems_named(data_dir) == [f"data/trigger_points.csv, line 3, column 'side': {expected}"]


def test_a_side_with_spaces_around_it_is_read(data_dir):
    with_side_column(data_dir, {SCM: " right "})
    assert load_dataset(data_dir).point_sides(SCM) == ("right",)


@pytest.mark.parametrize(("asked", "shown"), [("left", "right"), ("right", "right"), (None, "right"), ("up", "right")])
def test_side_for_never_gives_the_missing_side(sided, asked, shown):
    assert sided.side_for(SCM, asked) == shown
    assert sided.side_for(ECRB, asked) == "left"
    assert sided.side_for(UT, asked) == (asked if asked in SIDES else "right")


# --- the map --------------------------------------------------------------------------------------------------------


def test_the_map_draws_a_one_sided_x_on_its_side_only(sided):
    drawn = {tuple(c) for c in point_markers(sided, sided.points)["customdata"]}
    assert drawn == {(UT, "right"), (UT, "left"), (SCM, "right"), (ECRB, "left")}
    assert sided.point_views(SCM, "left") == () and sided.point_views(ECRB, "right") == ()
    with pytest.raises(KeyError):
        sided.position(SCM, "left")
    x, y = sided.points[ECRB].x, sided.points[ECRB].y
    assert sided.position(ECRB, "left") == (mirror_x(x, "back"), y), "a left-only X is the mirror of the data's X"


def test_no_zone_x_or_muscle_is_drawn_on_the_missing_side(sided):
    assert selection_zone(sided, [(SCM, "left")]).markers == ()
    assert selection_zone(sided, [(SCM, "left")]).views == ()
    assert selection_zone(sided, [(SCM, "right")]).markers
    assert selected_muscle(sided, SCM, "left") == ((), False)


@pytest.mark.parametrize("asked", ["left", "right"])
def test_the_pattern_zoom_frames_the_point_on_its_own_side(sided, asked):
    x_range, y_range, _ = pattern_layout(sided, ECRB, asked)
    x, y = sided.position(ECRB, "left")
    assert min(x_range) <= x <= max(x_range) and min(y_range) <= y <= max(y_range)
    assert pattern_layout(sided, ECRB, asked) == pattern_layout(sided, ECRB, "left")


def test_a_click_where_the_missing_x_would_stand_finds_nothing_of_it(sided):
    x, y = sided.points[SCM].x, sided.points[SCM].y
    mirrored = mirror_x(x, sided.points[SCM].view)
    assert [key for key, _ in points_near(sided, PointFilters(), mirrored, y, 5)] == []
    assert [key for key, _ in points_near(sided, PointFilters(), x, y, 5)] == [(SCM, "right")]


def test_a_muscle_click_picks_a_point_charted_on_the_side_clicked(sided):
    assert first_point(sided, "sternocleidomastoid", side="left") is None
    assert first_point(sided, "sternocleidomastoid", side="right") == SCM
    assert first_point(sided, "sternocleidomastoid") == SCM


# --- the view: links and actions -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "side", "note"),
    [
        ("?point=sternocleidomastoid-1&side=left", "right", "charted on the right side only"),
        ("?point=sternocleidomastoid-1", "right", None),
        ("?point=extensor-carpi-radialis-brevis-1", "left", None),
        ("?point=extensor-carpi-radialis-brevis-1&side=right", "left", "charted on the left side only"),
        ("?point=extensor-carpi-radialis-brevis-1&side=up", "left", "“up” is not a side; showing the left side."),
        ("?point=upper-trapezius-1&side=left", "left", None),
    ],
)
def test_a_link_opens_a_point_on_its_own_side(sided, query, side, note):
    parsed = parse_view(query, sided)
    assert parsed.state.side == side
    assert (note is None) == (not parsed.notes)
    assert note is None or note in parsed.notes[0]


def test_a_link_to_a_left_only_point_says_so_and_reads_back_the_same(sided):
    state = parse_view("?point=extensor-carpi-radialis-brevis-1", sided).state
    assert view_query(state, sided) == "?point=extensor-carpi-radialis-brevis-1&side=left"
    assert parse_view(view_query(state, sided), sided).state == state


@pytest.mark.parametrize(
    ("before", "action", "side"),
    [
        (ViewState(), SelectPoint(SCM, "left"), "right"),
        (ViewState(), SelectPoint(ECRB, "right"), "left"),
        (ViewState(side="right"), SelectPoint(ECRB), "left"),  # the guided picker keeps the side, where it can
        (ViewState(point=UT, side="left"), SelectPoint(SCM), "right"),
        (ViewState(point=UT, side="left"), SelectPoint(UT), "left"),
    ],
)
def test_selecting_a_point_puts_it_on_a_side_it_is_charted_on(sided, before, action, side):
    assert apply(before, action, sided).side == side


def test_plotly_reporting_a_missing_x_selects_nothing(sided):
    assert apply(ViewState(), ClickMap([SCM, "left"]), sided) == ViewState()
    assert apply(ViewState(), ClickMap([SCM, "right"]), sided) == ViewState(point=SCM)


def test_a_candidate_or_choice_link_opens_on_the_points_side(sided):
    state = ViewState(point=UT, side="left")
    assert candidate_query(state, SCM, "left", sided) == "?point=sternocleidomastoid-1"
    assert candidate_query(state, UT, "left", sided) == "?point=upper-trapezius-1&side=left"


# --- the pain finder and search -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("side", "found"), [("right", True), ("left", False)])
def test_the_pain_finder_counts_a_one_sided_zone_on_its_side_only(sided, side, found):
    index = build_pain_index(sided)
    candidates = rank_candidates(sided, index, [f"forehead-{side}", f"eye-{side}"])
    assert any(c.point_id == SCM for c in candidates) == found
    assert all(c.side in sided.point_sides(c.point_id) for c in candidates)


def test_both_sides_marked_list_a_one_sided_point_for_its_side(sided):
    index = build_pain_index(sided)
    marks = ["back-of-wrist-right", "back-of-wrist-left", "back-of-hand-right", "back-of-hand-left"]
    (ecrb,) = [c for c in rank_candidates(sided, index, marks) if c.point_id == ECRB]
    assert (ecrb.side, ecrb.sides) == ("left", ("left",))
    assert ecrb.score == 0.5, "it explains the two left marks of four"


def test_a_place_searched_with_a_side_leaves_out_points_of_the_other_side(sided):
    assert [h.point_id for h in search_points(sided, "forehead")] == [SCM]
    assert [h.point_id for h in search_points(sided, "right forehead")] == [SCM]
    assert [h.point_id for h in search_points(sided, "left forehead")] == []


# --- study --------------------------------------------------------------------------------------------------------


def test_study_asks_about_a_point_on_its_side_only(sided):
    rng = random.Random(3)
    for _ in range(40):
        assert pick_side(sided, SCM, "locate", rng) == "right"
        assert pick_side(sided, ECRB, "which-muscle", rng) == "left"
        for card in (SCM, ECRB):
            assert make_question(sided, card, rng).side == ONE_SIDED[card]
    assert {pick_side(sided, UT, "locate", rng) for _ in range(40)} == set(SIDES)


def test_a_stored_question_on_the_missing_side_is_dropped(sided):
    asked = Question("locate", SCM, "left", "Click where…", (), None)
    assert question_from_store(asked.to_store(), sided) is None
    assert question_from_store(Question("locate", SCM, "right", "Click where…", (), None).to_store(), sided)


# --- guided self-care and the handout ------------------------------------------------------------------------------


def test_guided_self_care_finds_the_point_on_its_side(sided):
    assert guided_plan(sided, SCM, "left").side == "right"
    assert guided_plan(sided, UT, "left").side == "left"


@pytest.mark.parametrize(
    ("query", "items", "noted"),
    [
        ("points=sternocleidomastoid-1:left", [(SCM, "right")], True),
        ("points=sternocleidomastoid-1&side=left", [(SCM, "right")], True),
        ("points=extensor-carpi-radialis-brevis-1", [(ECRB, "left")], False),
        ("points=sternocleidomastoid-1,upper-trapezius-1:left", [(SCM, "right"), (UT, "left")], False),
        ("points=sternocleidomastoid-1:left,sternocleidomastoid-1", [(SCM, "right")], True),
    ],
)
def test_a_handout_link_shows_a_one_sided_point_on_its_side(sided, query, items, noted):
    request = parse_handout_query(query, sided)
    assert list(request.selections) == items
    assert any("charted on one side only" in note for note in request.notes) == noted
    assert parse_handout_query(handout_link_query(request), sided).selections == request.selections


# --- the bundled data, with the two one-sided points of the charts filled in ----------------------------------------

BUNDLED_ONE_SIDED = {"pectoralis-major-5": "right", "rectus-abdominis-4": "right"}


@pytest.fixture(scope="module")
def bundled_sided(tmp_path_factory) -> Dataset:
    """A copy of the bundled data with `side` filled for the charts' right-only points (the column added if the
    file has none yet)."""
    target = tmp_path_factory.mktemp("bundled-sided") / "data"
    shutil.copytree(DEFAULT_DATA_DIR, target)
    path = target / "trigger_points.csv"

    def fill(rows: list[list[str]]) -> None:
        column = rows[0].index("side")
        for row in rows[1:]:
            if row and row[0] in BUNDLED_ONE_SIDED:
                row[column] = BUNDLED_ONE_SIDED[row[0]]

    if "side" not in path.read_text(encoding="utf-8").split("\n", 1)[0].split(","):
        add_column(path, "side", {})
    rewrite(path, fill)
    return load_dataset(target)


@pytest.mark.parametrize("point_id", sorted(BUNDLED_ONE_SIDED))
def test_the_charts_right_only_points_are_never_offered_on_the_left(bundled_sided, point_id):
    dataset = bundled_sided
    assert dataset.point_sides(point_id) == ("right",)
    assert [point_id, "left"] not in point_markers(dataset, [point_id])["customdata"]
    assert parse_view(f"?point={point_id}&side=left", dataset).state.side == "right"
    assert parse_handout_query(f"points={point_id}:left", dataset).selections == ((point_id, "right"),)
    marks = dataset.zone_regions(dataset.points[point_id].referral_primary, "left")
    assert point_id not in {c.point_id for c in rank_candidates(dataset, build_pain_index(dataset), marks)}


@pytest.mark.parametrize("point_id", ["pectoralis-major-5", "rectus-abdominis-4"])
def test_the_bundled_right_sided_points_are_drawn_on_the_right_only(dataset, point_id):
    """Travell & Simons' arrhythmia point and the point at McBurney's point are charted on the right only."""
    assert dataset.point_sides(point_id) == ("right",)
