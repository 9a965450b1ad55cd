"""The pain finder's area list: every fine region and every whole group on each side, and what choosing one marks."""

from __future__ import annotations

from components.pain_finder import region_options
from triggerpoints.areas import NAV_AREAS
from triggerpoints.view_actions import AddRegion, RemoveMark, apply
from triggerpoints.view_state import PAIN, ViewState


def _options(dataset) -> dict[str, str]:
    return {item["value"]: item["label"] for group in region_options(dataset) for item in group["items"]}


def test_the_list_offers_every_fine_region_and_every_group_of_several_areas(dataset):
    options = _options(dataset)
    assert set(dataset.regions) <= set(options)
    groups = {f"{g}-{side}" for g, areas in dataset.groups.items() if len(areas) > 1 for side in ("right", "left")}
    assert set(options) == set(dataset.regions) | groups
    assert options["temple-right"] == "Right temple, all of it"
    assert options["temple-front-right"] == "Right front of the temple"
    assert [group["group"] for group in region_options(dataset)] == list(NAV_AREAS.values())


def test_choosing_a_group_marks_all_its_fine_regions_once(dataset):
    state = apply(ViewState(PAIN, ("temple-middle-right",)), AddRegion("temple-right"), dataset)
    assert state.marked == ("temple-middle-right", "temple-front-right", "temple-back-right")
    assert apply(ViewState(), AddRegion("temple-left"), dataset).marked == ("temple-front-left",)
    assert apply(ViewState(), AddRegion("x" * 300), dataset) == ViewState()


def test_old_data_lists_each_area_once(fixture_dataset):
    """Data without groups (each area its own group) offers each region once, as before."""
    assert set(_options(fixture_dataset)) == set(fixture_dataset.regions)


def test_a_whole_group_marked_reads_as_one_chip_and_goes_with_one_click(dataset):
    marked = (*dataset.regions_named("temple-right"), "jaw-angle-right", *dataset.regions_named("heel-left"))
    assert dataset.folded(marked) == ("temple-right", "jaw-angle-right", "heel-left")
    assert [dataset.name_label(n) for n in dataset.folded(marked)] == ["Right temple", "Right angle of the jaw",
                                                                       "Left heel"]  # fmt: skip
    state = apply(ViewState(PAIN, marked), RemoveMark("temple-right"), dataset)
    assert state.marked == ("jaw-angle-right", *dataset.regions_named("heel-left"))
    assert apply(state, RemoveMark("jaw-angle-right"), dataset).marked == dataset.regions_named("heel-left")
    assert dataset.folded(dataset.regions_named("temple-right")[:2]) == dataset.regions_named("temple-right")[:2]
