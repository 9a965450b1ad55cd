"""The figure's regions: the contract's areas on both sides, tiling each silhouette, made by the generator."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from shapely.geometry import Polygon
from shapely.ops import unary_union

from triggerpoints.areas import NAV_AREAS
from triggerpoints.figure_frame import VIEW_CENTERS, mirror_x
from triggerpoints.region_builder import build_silhouettes, region_rows

REGIONS_CSV = Path(__file__).parent.parent / "data" / "body_regions.csv"
REQUIRED_AREAS = {
    "head-neck": "crown forehead temple eye cheek jaw teeth ear occiput back-of-neck side-of-neck throat",
    "shoulder-upper-arm": "top-of-shoulder front-of-shoulder outer-shoulder back-of-shoulder front-of-upper-arm "
    "back-of-upper-arm outer-upper-arm inner-upper-arm",
    "elbow-forearm-hand": "outer-elbow inner-elbow front-of-elbow back-of-elbow front-of-forearm back-of-forearm "
    "front-of-wrist back-of-wrist palm back-of-hand thumb index-middle-fingers ring-little-fingers",
    "chest-abdomen": "upper-chest breastbone side-of-chest upper-abdomen lower-abdomen groin",
    "back-buttocks": "shoulder-blade between-shoulder-blades mid-back low-back sacrum tailbone buttock",
    "hip-thigh-knee": "outer-hip front-of-thigh inner-thigh outer-thigh back-of-thigh front-of-knee inner-knee "
    "outer-knee back-of-knee",
    "lower-leg-foot": "shin outer-lower-leg calf front-of-ankle inner-ankle outer-ankle top-of-foot big-toe heel "
    "sole ball-of-foot",
}


def _polygons(dataset, view: str) -> list[Polygon]:
    return [Polygon(r.points) for r in dataset.regions.values() if r.view == view]


def test_every_required_area_exists_on_both_sides_in_its_nav_area(dataset):
    assert sum(len(v.split()) for v in REQUIRED_AREAS.values()) == 66
    for nav_area, areas in REQUIRED_AREAS.items():
        for area in areas.split():
            for side in ("right", "left"):
                region = dataset.regions[f"{area}-{side}"]
                assert (region.area, region.side, region.nav_area) == (area, side, nav_area)
    assert set(NAV_AREAS) == set(REQUIRED_AREAS)


@pytest.mark.parametrize("view", ["front", "back"])
def test_regions_tile_the_silhouette(dataset, view):
    silhouette = build_silhouettes()[view]
    polygons = _polygons(dataset, view)
    union = unary_union(polygons)
    overlap = sum(p.area for p in polygons) - union.area
    gap = silhouette.difference(union).area
    outside = union.difference(silhouette).area
    assert overlap / silhouette.area < 0.005
    assert gap / silhouette.area < 0.005
    assert outside / silhouette.area < 0.005


@pytest.mark.parametrize("view", ["front", "back"])
def test_each_region_is_one_valid_outline_of_useful_size(dataset, view):
    for polygon in _polygons(dataset, view):
        assert polygon.is_valid
        assert polygon.area > 60  # big enough to click on a phone


def test_left_regions_mirror_the_right(dataset):
    for region in dataset.regions.values():
        if region.side != "right":
            continue
        left = dataset.regions[f"{region.area}-left"]
        mirrored = Polygon([(mirror_x(x, region.view), y) for x, y in region.points])
        assert mirrored.symmetric_difference(Polygon(left.points)).area < 0.01 * mirrored.area


def test_person_right_is_viewer_left_on_front_and_viewer_right_on_back(dataset):
    front = Polygon(dataset.regions["temple-right"].points).centroid
    back = Polygon(dataset.regions["occiput-right"].points).centroid
    assert front.x < VIEW_CENTERS["front"]
    assert back.x > VIEW_CENTERS["back"]


def test_committed_regions_are_what_the_generator_builds():
    with open(REGIONS_CSV, encoding="utf-8", newline="") as handle:
        committed = list(csv.DictReader(handle))
    assert committed == region_rows(), "run: python scripts/build_regions.py"


def test_figure_has_human_proportions():
    for view, silhouette in build_silhouettes().items():
        minx, miny, maxx, maxy = silhouette.bounds
        chin = 122
        assert 7.5 <= (maxy - miny) / (chin - miny) <= 8.2, f"{view}: 7.5 to 8 heads tall"
        assert abs((minx + maxx) / 2 - VIEW_CENTERS[view]) < 0.5, f"{view}: symmetric about its centre"
