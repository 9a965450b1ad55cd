"""The view state in the URL: parsing trusts nothing, writing round-trips, transitions are plain functions."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from triggerpoints import view_actions as actions
from triggerpoints import view_state as views
from triggerpoints.areas import NAV_AREAS
from triggerpoints.point_filters import PointFilters
from triggerpoints.untrusted import MAX_ITEMS, MAX_QUERY, MAX_QUERY_FIELDS
from triggerpoints.view_state import EXPLORE, PAIN, SELF_CARE, STUDY, ViewState, parse_view, view_query
from triggerpoints.zoom import PATTERN, zoom_choices


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ViewState()),
        (None, ViewState()),
        ("?point=upper-trapezius-1", ViewState(point="upper-trapezius-1")),
        ("?point=upper-trapezius-1&side=left", ViewState(point="upper-trapezius-1", side="left")),
        ("?point=upper-trapezius-1&side=LEFT", ViewState(point="upper-trapezius-1", side="left")),
        ("?point=upper-trapezius-1&point=sternocleidomastoid-1", ViewState(point="upper-trapezius-1")),
        ("?pain=temple-right,jaw-right", ViewState(PAIN, ("temple-right", "jaw-right"))),
        ("?pain=temple-right&pain=jaw-left", ViewState(PAIN, ("temple-right", "jaw-left"))),
        ("?pain=temple-right,temple-right", ViewState(PAIN, ("temple-right",))),
        ("?pain=", ViewState(PAIN)),
        ("?mode=pain", ViewState(PAIN)),
        ("?mode=explore&pain=temple-right", ViewState(EXPLORE, ("temple-right",))),
        ("?pain=heel-left&point=sternocleidomastoid-1&side=left",
         ViewState(PAIN, ("heel-left",), "sternocleidomastoid-1", "left")),
    ],
)  # fmt: skip
def test_view_from_url(fixture_dataset, query, expected):
    parsed = parse_view(query, fixture_dataset)
    assert parsed.state == expected
    assert parsed.notes == ()


def test_unknown_regions_are_named_and_the_rest_kept(fixture_dataset):
    parsed = parse_view("?pain=temple-right,elbow-middle,<b>x</b>,jaw-right", fixture_dataset)
    assert parsed.state.marked == ("temple-right", "jaw-right")
    assert parsed.notes == ("We could not find the body area “elbow-middle”, “<b>x</b>”, so it was left out.",)


def test_many_unknown_regions_are_summarised(fixture_dataset):
    parsed = parse_view("?pain=" + ",".join(f"r{i}" for i in range(500)), fixture_dataset)
    assert parsed.notes[0].endswith("and 497 more, so it was left out.")
    assert len(parsed.notes[0]) < 200


@pytest.mark.parametrize(
    "bad", ["nope", "<script>alert(1)</script>", "%3Cb%3E", "ü-ñ-漢字", "x" * 10_000, "../../etc/passwd"]
)
def test_unknown_point_gives_a_friendly_note(fixture_dataset, bad):
    parsed = parse_view(f"?point={bad}", fixture_dataset)
    assert parsed.state.point is None
    assert parsed.notes[0].startswith("We could not find a trigger point called")
    assert len(parsed.notes[0]) < 200


def test_unknown_side_falls_back_to_right_with_a_note(fixture_dataset):
    parsed = parse_view("?point=upper-trapezius-1&side=middle", fixture_dataset)
    assert (parsed.state.point, parsed.state.side) == ("upper-trapezius-1", "right")
    assert "is not a side" in parsed.notes[0]


@pytest.mark.parametrize(
    "state",
    [
        ViewState(),
        ViewState(point="sternocleidomastoid-1"),
        ViewState(point="sternocleidomastoid-1", side="left"),
        ViewState(PAIN),
        ViewState(PAIN, ("temple-right", "heel-left")),
        ViewState(PAIN, ("temple-right",), "upper-trapezius-1", "left"),
        ViewState(EXPLORE, ("temple-right",), "upper-trapezius-1"),
    ],
)
def test_view_query_round_trips(fixture_dataset, state):
    assert parse_view(view_query(state), fixture_dataset).state == state


def test_deep_link_form_of_the_contract():
    assert view_query(ViewState(PAIN, ("temple-right", "jaw-right"))) == "?pain=temple-right,jaw-right"
    assert view_query(ViewState(point="upper-trapezius-1")) == "?point=upper-trapezius-1"
    assert view_query(ViewState(point="upper-trapezius-1", side="left")) == "?point=upper-trapezius-1&side=left"


def test_toggling_marks_and_unmarks_in_order():
    state = actions.toggle_region(ViewState(), "temple-right")
    assert state == ViewState(PAIN, ("temple-right",))
    state = actions.toggle_region(state, "jaw-right")
    assert state.marked == ("temple-right", "jaw-right")
    assert actions.toggle_region(state, "temple-right").marked == ("jaw-right",)


def test_adding_removing_and_clearing(dataset):
    state = actions.add_region(actions.add_region(ViewState(), "heel-left"), "heel-left")
    assert state.marked == ("heel-left",)
    state = actions.select_point(actions.add_region(state, "calf-left"), "soleus-1", "left", dataset)
    assert actions.remove_region(state, "heel-left").marked == ("calf-left",)
    assert actions.clear_marks(state) == ViewState(PAIN)


def test_switching_mode_keeps_marks_and_selection(dataset):
    state = ViewState(PAIN, ("temple-right",), "upper-trapezius-1")
    assert actions.apply(state, actions.SetMode(EXPLORE), dataset) == ViewState(
        EXPLORE, ("temple-right",), "upper-trapezius-1"
    )
    assert (
        actions.apply(actions.apply(state, actions.SetMode(EXPLORE), dataset), actions.SetMode(PAIN), dataset) == state
    )


def test_starting_from_a_condition_marks_where_it_is_felt(dataset):
    """Tennis elbow is felt in the outer elbow and the back of the forearm: every fine region of both, on a side."""
    state = actions.start_from_condition(ViewState(point="masseter-1"), dataset, "tennis-elbow", "left")
    left = (*dataset.regions_named("outer-elbow-left"), *dataset.regions_named("back-of-forearm-left"))
    assert len(left) > 2 and state == ViewState(PAIN, left, None, "left")
    assert actions.condition_query(dataset, "tennis-elbow", "right") == "?pain=outer-elbow-right,back-of-forearm-right"
    assert actions.condition_query(dataset, "dizziness", "right") is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?mode=study", ViewState(STUDY)),
        ("?mode=self-care&point=soleus-1&side=left", ViewState(SELF_CARE, (), "soleus-1", "left")),
        ("?point=soleus-1&view=patient", ViewState(point="soleus-1", patient=True, zoom=PATTERN)),
        ("?point=soleus-1&view=patient&zoom=whole-body", ViewState(point="soleus-1", patient=True)),
        ("?pain=heel-pad-left&view=patient", ViewState(PAIN, ("heel-pad-left",), patient=True)),
        ("?mode=nonsense", ViewState()),
    ],
)
def test_other_modes_and_the_patient_view_from_url(dataset, query, expected):
    assert parse_view(query, dataset).state == expected
    assert parse_view(view_query(expected), dataset).state == expected


def test_share_link_carries_patient_view_points_side_and_marks():
    state = ViewState(PAIN, ("heel-left", "sole-left"), "soleus-1", "left", patient=True, zoom=PATTERN)
    assert view_query(state) == "?pain=heel-left,sole-left&point=soleus-1&side=left&view=patient&zoom=pattern"
    # The patient view's links without a zoom frame the pattern, so the whole body is written out there.
    whole = ViewState(point="soleus-1", patient=True)
    assert view_query(whole) == "?point=soleus-1&view=patient&zoom=whole-body"


@pytest.mark.parametrize("junk", [5, ["?point=soleus-1"], {"point": "soleus-1"}, b"?point=soleus-1"])
def test_anything_that_is_not_text_reads_as_an_empty_query(fixture_dataset, junk):
    assert parse_view(junk, fixture_dataset) == parse_view("", fixture_dataset)


# A query as long as the one that took 36 s to read when unknown ids were collected in a list (issue 11, item 1).
FLOOD = "?pain=" + ",".join(f"zz{i}" for i in range(100_000))
TOO_LONG = "This link is longer than any the app makes, so only its first part was read."


def test_a_790_kB_pain_query_is_read_only_as_far_as_the_cap(fixture_dataset):
    assert len(FLOOD) > 780_000
    parsed = parse_view(FLOOD, fixture_dataset)
    assert parsed.state == ViewState(PAIN)
    # Read no further than MAX_ITEMS ids (well inside MAX_QUERY), named three at a time: the notes stay short.
    assert parsed.notes == (
        TOO_LONG,
        f"We could not find the body area “zz0”, “zz1”, “zz2” and {MAX_ITEMS - 3} more, so it was left out.",
    )
    # What comes after the cap is never looked at: the answer depends only on the first MAX_QUERY characters.
    assert parse_view(FLOOD[:MAX_QUERY] + "&point=upper-trapezius-1", fixture_dataset) == parsed


def test_a_flood_of_one_known_region_marks_it_once(fixture_dataset):
    parsed = parse_view("?pain=" + "temple-right," * 60_000 + "&point=upper-trapezius-1", fixture_dataset)
    assert parsed.state == ViewState(PAIN, ("temple-right",))
    assert parsed.notes == (TOO_LONG,)


def test_a_query_cut_at_the_cap_loses_no_half_id(fixture_dataset):
    """The cap falls inside an id: the query is read up to the last whole item, so no half-id is named."""
    query = "?pain=jaw-right," + "heel-left," * ((MAX_QUERY - 16) // 10) + "temple-right"
    assert len(query) > MAX_QUERY > len(query) - len("temple-right")
    parsed = parse_view(query, fixture_dataset)
    assert parsed.state.marked == ("jaw-right", "heel-left")
    assert parsed.notes == (TOO_LONG,)


def test_only_the_first_fields_of_a_query_are_read(fixture_dataset):
    query = "?" + "&".join(f"x{i}=1" for i in range(MAX_QUERY_FIELDS)) + "&pain=temple-right"
    assert len(query) < MAX_QUERY
    assert parse_view(query, fixture_dataset) == views.ParsedView(ViewState(), (TOO_LONG,))
    assert parse_view(query.replace("x0=1&", ""), fixture_dataset).state == ViewState(PAIN, ("temple-right",))


def test_the_longest_link_the_app_writes_is_read_whole(dataset):
    """Every region marked, the longest point id, zoom and filters, the left side and the patient view: read in full, no note; and an
    atlas of 400 regions with ids of 25 characters would still fit."""
    filters = PointFilters(max(NAV_AREAS, key=len), max(dataset.conditions, key=len),
                           max(dataset.techniques, key=len), True)  # fmt: skip
    longest = ViewState(PAIN, tuple(dataset.regions), max(dataset.points, key=len), "left", True,
                        max(zoom_choices(dataset), key=len), filters)  # fmt: skip
    assert parse_view(view_query(longest), dataset) == views.ParsedView(longest)
    atlas = ViewState(PAIN, tuple(f"{i:0>18}-middle" for i in range(400)), "x" * 40, "left", patient=True)
    assert len(view_query(atlas)) < MAX_QUERY * 0.7 and MAX_ITEMS >= 2 * 400


BIDI_AND_CONTROLS = [
    *"\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c",
    *"\x00\x01\x07\x08\t\n\r\x1b\x1f\x7f\x80\x85\x9b\x9f",
]


@pytest.mark.parametrize("mark", BIDI_AND_CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
@pytest.mark.parametrize("encode", [quote, str], ids=["percent-encoded", "raw"])
@pytest.mark.parametrize("field", ["point", "pain", "side"])
def test_notes_never_echo_bidi_or_control_characters(fixture_dataset, field, encode, mark):
    value = f"evil{mark}txt.exe"
    parsed = parse_view(f"?{field}={encode(value)}", fixture_dataset)
    assert len(parsed.notes) == 1, "the value is named in a note"
    assert mark not in parsed.notes[0]
    assert "evil\ufffdtxt.exe" in parsed.notes[0], "replaced in place, so the reader sees something was there"


HEAD_ZOOM = "head-neck|front"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?zoom=head-neck|front", ViewState(zoom=HEAD_ZOOM)),
        ("?zoom=head-neck%7Cfront&point=upper-trapezius-1", ViewState(point="upper-trapezius-1", zoom=HEAD_ZOOM)),
        ("?zoom=whole-body", ViewState()),
        ("?area=head-neck&condition=tennis-elbow&technique=pincer-grip&selfcare=1",
         ViewState(filters=PointFilters("head-neck", "tennis-elbow", "pincer-grip", True))),
        ("?mode=study&zoom=hip-thigh-knee|front&selfcare=1",
         ViewState(STUDY, zoom="hip-thigh-knee|front", filters=PointFilters(self_care_only=True))),
        ("?selfcare=yes", ViewState()),
    ],
)  # fmt: skip
def test_zoom_and_filters_from_url(fixture_dataset, query, expected):
    parsed = parse_view(query, fixture_dataset)
    assert parsed == views.ParsedView(expected)
    assert parse_view(view_query(expected), fixture_dataset).state == expected


def test_a_shared_link_carries_zoom_and_filters():
    state = ViewState(point="upper-trapezius-1", zoom=HEAD_ZOOM, filters=PointFilters("head-neck", None, None, True))
    assert view_query(state) == "?point=upper-trapezius-1&zoom=head-neck|front&area=head-neck&selfcare=1"


@pytest.mark.parametrize(
    ("query", "note"),
    [
        ("?zoom=belly|side", "“belly|side” is not a part of the map to zoom to; showing the whole body."),
        ("?zoom=" + "x" * 500, "is not a part of the map to zoom to"),
        ("?area=elbows", "We could not find the body area “elbows”, so the map is not narrowed by it."),
        ("?condition=<b>gout</b>", "We could not find the condition “<b>gout</b>”, so the map is not narrowed by it."),
        ("?technique=cupping", "We could not find the technique “cupping”, so the map is not narrowed by it."),
    ],
)
def test_unknown_zoom_and_filters_become_gentle_notes(fixture_dataset, query, note):
    parsed = parse_view(query + "&point=upper-trapezius-1", fixture_dataset)
    assert parsed.state == ViewState(point="upper-trapezius-1"), "the rest of the link is kept"
    assert len(parsed.notes) == 1 and note in parsed.notes[0] and len(parsed.notes[0]) < 200


def test_old_links_open_as_before(fixture_dataset):
    """Links written before zoom and filters were in the URL open the same view, unfiltered; the patient view with a
    point now frames that point's pattern (issue 13), as the same view chosen today does."""
    old = parse_view("?pain=temple-right&point=upper-trapezius-1&side=left&view=patient", fixture_dataset)
    assert old == views.ParsedView(
        ViewState(PAIN, ("temple-right",), "upper-trapezius-1", "left", patient=True, zoom=PATTERN)
    )


@pytest.mark.parametrize(
    "link",
    ["?pain=temple-right", "?pain=temple-right,jaw-left", "?pain=temple-front-right,temple-middle-right"],
)
def test_a_link_that_names_a_group_keeps_naming_it(dataset, link):
    state = parse_view(link, dataset).state
    assert len(state.marked) > link.count(","), "a group stands for its fine areas"
    query = view_query(state, dataset)
    assert query == link, "written as the link wrote it: a whole group as the group, part of one as its areas"
    assert parse_view(query, dataset).state == state
