"""The trigger points' Xs on the new body atlas: data/point_positions.csv and its validator."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from shapely.geometry import Point, Polygon

from tests.paths import ROOT
from triggerpoints.atlas.views import build_views
from triggerpoints.point_positions import PointPosition, check_positions, crowded_pairs, load_positions

DATA = ROOT / "data"

# Points on the lateral surface, seen in profile from the person's right side (Travell & Simons' drawings show
# each from the side): the head round the ear, the side of the neck and shoulder, and the outer hip and leg.
SEEN_FROM_THE_SIDE = (
    "temporalis-1",
    "temporalis-2",
    "temporalis-3",
    "masseter-1",
    "masseter-2",
    "masseter-3",
    "lateral-pterygoid-1",
    "sternocleidomastoid-sternal-1",
    "sternocleidomastoid-clavicular-1",
    "scalenes-1",
    "scalenes-2",
    "splenius-capitis-1",
    "levator-scapulae-1",
    "upper-trapezius-1",
    "upper-trapezius-2",
    "deltoid-3",
    "latissimus-dorsi-1",
    "external-oblique-2",
    "quadratus-lumborum-1",
    "gluteus-medius-2",
    "gluteus-minimus-1",
    "tensor-fasciae-latae-1",
    "vastus-lateralis-1",
    "vastus-lateralis-2",
    "biceps-femoris-1",
    "peroneus-longus-1",
    "peroneus-brevis-1",
    "extensor-digitorum-longus-1",
    "tibialis-anterior-1",
    "gastrocnemius-2",
    "soleus-2",
)


@pytest.fixture(scope="module")
def check():
    """The bundled positions file, read and checked once."""
    return check_positions(DATA)


@pytest.fixture(scope="module")
def main_views() -> dict[str, str]:
    """Each point's main view, from trigger_points.csv."""
    with (DATA / "trigger_points.csv").open(encoding="utf-8", newline="") as handle:
        return {row["id"]: row["view"] for row in csv.DictReader(handle)}


def test_the_bundled_file_has_no_problems(check) -> None:
    """The validator finds nothing wrong with data/point_positions.csv."""
    assert [str(problem) for problem in check.problems] == []
    assert load_positions(DATA)


def test_no_two_muscles_crowd_one_spot(check) -> None:
    """No Xs of different muscles stand closer than 4 units on any view (none is listed as overlapping)."""
    assert [str(pair) for pair in check.crowded] == []


def test_every_point_is_placed_on_its_main_view(check, main_views) -> None:
    """Every point of trigger_points.csv has an X on the view it belongs to."""
    placed = {(p.point_id, p.view) for p in check.positions}
    assert [point for point, view in main_views.items() if (point, view) not in placed] == []


def test_every_x_lies_inside_its_views_silhouette(check) -> None:
    """Every X stands on the body of its view, on the person's right half of front and back."""
    views = build_views()
    outside = [
        (p.point_id, p.view)
        for p in check.positions
        if not Polygon(views[p.view].silhouette).contains(Point(p.x, p.y))
        or (p.view == "front" and p.x > 170)
        or (p.view == "back" and p.x < 510)
    ]
    assert outside == []


@pytest.mark.parametrize("point_id", SEEN_FROM_THE_SIDE)
def test_points_on_the_lateral_surface_are_drawn_on_the_side_view(check, point_id: str) -> None:
    """A point seen in profile has an X on the side view."""
    assert any(p.point_id == point_id and p.view == "side" for p in check.positions)


def _write(folder: Path, positions: str) -> Path:
    """A data folder with a two-point trigger_points.csv and the given positions file."""
    (folder / "trigger_points.csv").write_text(
        "id,muscle,view\ntemporalis-1,Temporalis,front\ninfraspinatus-1,Infraspinatus,back\n", encoding="utf-8"
    )
    (folder / "point_positions.csv").write_text(positions, encoding="utf-8")
    return folder


GOOD = "id,view,x,y\ntemporalis-1,front,137.5,71.0\ntemporalis-1,side,860.0,71.0\ninfraspinatus-1,back,565.0,210.0\n"


@pytest.mark.parametrize(
    ("positions", "expected"),
    [
        (GOOD, []),
        (
            GOOD + "masseter-9,front,140.0,92.0\n",
            ["data/point_positions.csv, line 5, column 'id': 'masseter-9' is not a point of data/trigger_points.csv"],
        ),
        (
            GOOD + "temporalis-1,top,140.0,92.0\n",
            ["data/point_positions.csv, line 5, column 'view': should be one of front, back, side (got 'top')"],
        ),
        (
            GOOD.replace("565.0,210.0", "700.0,210.0"),
            ["data/point_positions.csv, line 4, column 'x': (700.0, 210.0) lies outside the body on the back view"],
        ),
        (
            GOOD.replace("137.5,71.0", "202.5,71.0"),
            ["data/point_positions.csv, line 2, column 'x': 202.5 is not on the person's right half of the front view"],
        ),
        (
            GOOD.replace("137.5,71.0", "left,71.0"),
            ["data/point_positions.csv, line 2, column 'x': should be a number (got 'left')"],
        ),
        (
            "id,view,x,y\ntemporalis-1,side,860.0,71.0\ninfraspinatus-1,back,565.0,210.0\n",
            ["data/point_positions.csv: temporalis-1 has no row for its main view, front"],
        ),
        (
            GOOD + "temporalis-1,side,861.0,72.0\n",
            ["data/point_positions.csv, line 5, column 'view': temporalis-1 already has a side row (line 3)"],
        ),
        (
            "id,view,x\n",
            ["data/point_positions.csv, line 1: the header should be id,view,x,y (got ['id', 'view', 'x'])"],
        ),
    ],
)
def test_problems_are_named_by_file_line_and_column(tmp_path: Path, positions: str, expected: list[str]) -> None:
    """Each kind of mistake is reported with its file, line and column."""
    check = check_positions(_write(tmp_path, positions))
    assert [str(problem) for problem in check.problems] == expected


def test_a_broken_file_stops_loading_with_every_problem(tmp_path: Path) -> None:
    """load_positions refuses a file with problems and lists them."""
    with pytest.raises(ValueError, match="masseter-9"):
        load_positions(_write(tmp_path, GOOD + "masseter-9,front,140.0,92.0\n"))


def test_crowded_pairs_are_reported_only_between_different_muscles() -> None:
    """Two Xs of one muscle may stand close; of two muscles closer than the limit, they are reported."""
    spots = [
        PointPosition("masseter-1", "front", 140.0, 90.0, 2),
        PointPosition("masseter-2", "front", 141.0, 91.0, 3),
        PointPosition("lateral-pterygoid-1", "front", 142.0, 90.0, 4),
    ]
    muscles = {"masseter-1": "Masseter", "masseter-2": "Masseter", "lateral-pterygoid-1": "Lateral pterygoid"}
    pairs = crowded_pairs(spots, muscles)
    assert [(p.first, p.second) for p in pairs] == [
        ("masseter-2", "lateral-pterygoid-1"),
        ("masseter-1", "lateral-pterygoid-1"),
    ]
