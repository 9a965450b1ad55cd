"""Zoom boxes: a navigation area on each of the three views, and a point's pattern framed on the view(s) it lies on."""

from __future__ import annotations

import pytest

from triggerpoints.figure_frame import CANVAS_WIDTH, VIEW_BOUNDS, VIEWS
from triggerpoints.zoom import (
    PATTERN,
    WHOLE_BODY,
    best_view,
    fit_layout,
    framed_views,
    nav_area_box,
    pattern_box,
    pattern_layout,
    pattern_regions,
    pattern_views,
    shown_view,
    whole_view,
    zoom_choices,
    zoom_layout,
    zoom_options,
)


def _inside(x_range, y_range, x: float, y: float) -> bool:
    return x_range[0] <= x <= x_range[1] and y_range[1] <= y <= y_range[0]


@pytest.mark.parametrize("view", VIEWS)
def test_every_navigation_area_drawn_on_a_view_has_a_box_there(dataset, view):
    present = {region.nav_area for region in dataset.regions.values() if view in region.views}
    assert len(present) >= 6, "the chest and abdomen have no regions on the back view"
    assert {choice for choice in zoom_choices(dataset) if choice.endswith(f"|{view}")} == {
        f"{nav}|{view}" for nav in present | {WHOLE_BODY}
    }
    for nav in present:
        x_range, y_range, labels = zoom_layout(dataset, f"{nav}|{view}")
        left, right = VIEW_BOUNDS[view]
        assert left - 20 <= x_range[0] < x_range[1] <= right + 20, "the box stays on its own view"
        assert y_range[0] > y_range[1], "y runs downwards"
        assert labels


def test_the_select_offers_each_view_in_order(dataset):
    groups = zoom_options(dataset)
    assert groups[0]["items"] == [{"value": WHOLE_BODY, "label": "Whole body"}]
    assert [g["group"] for g in groups[1:]] == ["Front view", "Back view", "Right side view"]
    assert {"value": "head-neck|side", "label": "Head & neck (right side)"} in groups[3]["items"]


def test_unknown_zooms_show_the_whole_body(dataset):
    whole = zoom_layout(dataset, WHOLE_BODY)
    assert whole[0] == [0.0, CANVAS_WIDTH]
    for choice in (None, "", "head-neck|top", "belly|front", PATTERN):
        assert zoom_layout(dataset, choice) == whole, choice
    assert zoom_layout(dataset, PATTERN, "no-such-point") == whole
    assert nav_area_box(dataset, "head-neck", "top") is None


def test_a_pattern_round_the_ear_is_framed_on_the_side_view(dataset):
    """Temporalis's middle point refers to the middle of the temple and the upper teeth: the side view shows most."""
    regions = pattern_regions(dataset, "temporalis-2", "right")
    assert regions and all(dataset.regions[r].side == "right" for r in regions)
    assert set(pattern_views(dataset, regions, ("temporalis-2", "right"))) >= {"front", "side"}
    assert best_view(dataset, regions, ("temporalis-2", "right")) == "side"
    x_range, y_range, labels = pattern_layout(dataset, "temporalis-2", "right")
    assert VIEW_BOUNDS["side"][0] <= x_range[0] and x_range[1] <= VIEW_BOUNDS["side"][1] + 20
    assert _inside(x_range, y_range, *dataset.position("temporalis-2", "right", "side")), "the X is in the frame"
    assert y_range[0] - y_range[1] < 300, "cropped to the head, not the whole body"
    assert labels


@pytest.mark.parametrize(
    ("point_id", "views"),
    [("temporalis-1", ("side",)), ("masseter-1", ("side",)), ("vastus-lateralis-1", ("side",)),
     ("tensor-fasciae-latae-1", ("side",)), ("soleus-1", ("back",)), ("pectoralis-minor-1", ("front",)),
     ("infraspinatus-1", ("front", "back")), ("rectus-abdominis-1", ("front", "back"))],
)  # fmt: skip
def test_a_pattern_is_framed_on_its_xs_view_that_shows_most_and_where_its_essential_zone_lies(dataset, point_id, views):
    """By area, not by how many fine areas a view holds: temporalis's front view names more small areas (brow,
    teeth), the side view shows the temple and teeth larger. Infraspinatus's X is on the back and its pain on the
    front of the shoulder; upper rectus abdominis refers across the back: both views are framed."""
    assert framed_views(dataset, (point_id, "right")) == views
    x_range, y_range, _ = pattern_layout(dataset, point_id, "right")
    for view in set(views) & set(dataset.point_views(point_id, "right")):
        assert _inside(x_range, y_range, *dataset.position(point_id, "right", view)), "the X is in the frame"


def test_on_the_left_a_pattern_is_framed_where_the_left_side_shows(dataset):
    """The side view shows the right side only, so the left temporalis is framed on the front view."""
    x_range, y_range, _ = pattern_layout(dataset, "temporalis-1", "left")
    assert VIEW_BOUNDS["front"][0] <= x_range[0] and x_range[1] <= VIEW_BOUNDS["front"][1] + 20
    assert _inside(x_range, y_range, *dataset.position("temporalis-1", "left"))


def test_a_pattern_box_covers_every_region_and_the_x(dataset):
    point = ("upper-trapezius-1", "right")
    regions = pattern_regions(dataset, *point)
    views = pattern_views(dataset, regions, point)
    x_range, y_range = pattern_box(dataset, regions, point)
    for region_id in regions:
        for view in dataset.regions[region_id].views:
            assert all(_inside(x_range, y_range, x, y) for x, y in dataset.regions[region_id].outline(view))
    for view in dataset.point_views(*point):
        assert _inside(x_range, y_range, *dataset.position(*point, view))
    assert views == tuple(v for v in VIEWS if v in views)
    assert pattern_box(dataset, [], None) is None


@pytest.mark.parametrize("point", ["temporalis-1", "upper-trapezius-1", "gluteus-minimus-1"])
def test_a_pattern_leaves_room_above_it_for_the_view_title(dataset, point):
    """The title hangs 3% down the frame: the pattern starts below the band kept for it."""
    regions = pattern_regions(dataset, point, "right")
    (x0, x1), (bottom, top), labels = pattern_layout(dataset, point, "right")
    title_y = top + (bottom - top) * 0.03
    ys = [
        y for r in regions for v in dataset.regions[r].views for x, y in dataset.regions[r].outline(v) if x0 <= x <= x1
    ]
    assert min(ys) > title_y + (bottom - top) * 0.04


def test_a_small_pattern_is_shown_with_some_body_around_it(dataset):
    x_range, y_range = pattern_box(dataset, ["little-toe-right"], views=["front"])
    assert x_range[1] - x_range[0] >= 170 and y_range[0] - y_range[1] >= 170


def test_fit_layout_frames_shapes_on_one_view_only(dataset):
    assert fit_layout([850, 860, None, 855], [100, 120, None, 110])[0][0] > VIEW_BOUNDS["back"][1] - 100
    assert fit_layout([100, 850], [100, 100])[0] == [0.0, CANVAS_WIDTH], "two views: the whole body"


@pytest.mark.parametrize("view", VIEWS)
def test_a_whole_view_frames_all_of_that_view_and_nothing_of_the_others(dataset, view):
    x_range, y_range, labels = zoom_layout(dataset, whole_view(view))
    left, right = VIEW_BOUNDS[view]
    assert left - 20 <= x_range[0] < x_range[1] <= right + 20
    outlines = [region.outline(view) for region in dataset.regions.values() if view in region.views]
    assert all(_inside(x_range, y_range, x, y) for outline in outlines for x, y in outline)
    assert x_range[1] - x_range[0] < CANVAS_WIDTH / 2.5, "one view is shown, not the canvas"
    assert any(view.replace("side", "Right side").capitalize() in note["text"] for note in labels)


def test_the_view_a_zoom_shows():
    assert shown_view(whole_view("side")) == "side"
    assert shown_view("head-neck|front") == "front"
    assert shown_view(WHOLE_BODY) is None
    assert shown_view(PATTERN) is None


def test_the_select_offers_each_whole_view_first_under_its_view(dataset):
    groups = {group["group"]: [item["value"] for item in group["items"]] for group in zoom_options(dataset)}
    assert groups["Front view"][0] == whole_view("front")
    assert groups["Right side view"][0] == whole_view("side")
