"""The handout's link: points, sides, the therapist's note and plan read within bounds, and the link written back
(reading it again gives the same handout). The page: tests/unit/test_handout.py."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triggerpoints.data import Dataset
from triggerpoints.handout_query import (
    MAX_FIELDS,
    MAX_NOTE,
    MAX_NOTE_LINES,
    MAX_PLAN,
    MAX_POINTS,
    HandoutItem,
    HandoutRequest,
    handout_link_query,
    parse_handout_query,
)
from triggerpoints.untrusted import MAX_SHOWN

TRAP, SCM, ECRB = "upper-trapezius-1", "sternocleidomastoid-1", "extensor-carpi-radialis-brevis-1"


@pytest.mark.parametrize(
    ("query", "selections"),
    [
        (f"points={TRAP}", [(TRAP, "right")]),
        (f"?points={TRAP},{SCM}", [(TRAP, "right"), (SCM, "right")]),
        (f"points={TRAP},{SCM}&side=left", [(TRAP, "left"), (SCM, "left")]),
        (f"points={TRAP}:left,{SCM}", [(TRAP, "left"), (SCM, "right")]),
        (f"points={TRAP}:right,{SCM}&side=left", [(TRAP, "right"), (SCM, "left")]),
        (f"points={TRAP}:LEFT,%20{SCM.upper()}%20", [(TRAP, "left"), (SCM, "right")]),
        (f"points={TRAP}:left,{TRAP}:right", [(TRAP, "left"), (TRAP, "right")]),
        (f"points={TRAP}&points={SCM}", [(TRAP, "right"), (SCM, "right")]),
        (f"point={ECRB}&side=left", [(ECRB, "left")]),
        (f"points={TRAP},,{SCM},", [(TRAP, "right"), (SCM, "right")]),
        (f"points={TRAP}:&side=left", [(TRAP, "left")]),
        (f"points={TRAP}&colour=blue", [(TRAP, "right")]),
        ("", []),
        ("points=", []),
    ],
)
def test_reads_points_and_sides_without_notes(fixture_dataset: Dataset, query: str, selections: list):
    request = parse_handout_query(query, fixture_dataset)
    assert list(request.selections) == selections
    assert request.notes == ()


@pytest.mark.parametrize(
    ("query", "selections", "note"),
    [
        (f"points=nope,{TRAP}", [(TRAP, "right")], "We could not find the trigger point “nope”, so it was left out."),
        ("points=a,b,a", [], "We could not find the trigger points “a” and “b”, so they were left out."),
        (
            f"points={TRAP}:up,{SCM}:down",
            [(TRAP, "right"), (SCM, "right")],
            "“up” and “down” are not sides (left or right)",
        ),
        (
            "points=a,b,c,d,e",
            [],
            "We could not find the trigger points “a”, “b”, “c” and 2 more, so they were left out.",
        ),
        ("points=%3Cscript%3Ealert(1)%3C/script%3E", [], "“<script>alert(1)</script>”"),
        ("points=m%C3%BAsculo-%E2%9D%A4", [], "“músculo-❤”"),
        ("points=bad%00id%0A", [], "“bad\ufffdid”"),  # control characters replaced, ends trimmed
        (
            f"points={TRAP}&side=up",
            [(TRAP, "right")],
            "“up” is not a side (left or right), so the right side is shown.",
        ),
        (
            f"points={TRAP}:up&side=left",
            [(TRAP, "left")],
            "“up” is not a side (left or right), so the left side is shown.",
        ),
        (f"points={TRAP}&side=left&side=right", [(TRAP, "left")], "the first was used and “right” left out"),
        (f"points={TRAP},{TRAP}:right", [(TRAP, "right")], f"“{TRAP} (right side)” was listed more than once"),
    ],
)
def test_notes_name_what_was_left_out_and_keep_the_rest(fixture_dataset: Dataset, query, selections, note):
    request = parse_handout_query(query, fixture_dataset)
    assert list(request.selections) == selections
    assert any(note in n for n in request.notes), request.notes


def test_a_10_kb_value_is_named_shortened(fixture_dataset: Dataset):
    request = parse_handout_query("points=" + "x" * 10_000 + f",{SCM}&side=" + "y" * 10_000, fixture_dataset)
    assert request.selections == ((SCM, "right"),)
    assert len(request.notes) == 2
    assert all(len(note) < MAX_SHOWN + 120 for note in request.notes)
    assert all("x" * MAX_SHOWN + "…" in n or "y" * MAX_SHOWN + "…" in n for n in request.notes)


def test_a_790_kb_link_of_repeats_is_read_only_as_far_as_the_cap(fixture_dataset: Dataset):
    point = next(iter(fixture_dataset.points))
    # 100,000 repeats: each is compared against what was kept with a dict, and only the capped part is read.
    request = parse_handout_query("points=" + ",".join([point] * 100_000), fixture_dataset)
    assert request.selections == ((point, "right"),)
    assert any("more than once" in note for note in request.notes)


def test_a_handout_holds_at_most_max_points(dataset: Dataset):
    ids = list(dataset.points)[: MAX_POINTS + 2]
    request = parse_handout_query("points=" + ",".join(ids), dataset)
    assert [p for p, _ in request.selections] == ids[:MAX_POINTS]
    assert request.notes == (
        f"A handout holds up to {MAX_POINTS} points, so “{ids[-2]} (right side)” and “{ids[-1]} (right side)” "
        "were left out.",
    )


def test_the_note_and_the_plan_are_read_for_each_point_as_written(fixture_dataset: Dataset):
    query = urlencode(
        {"points": f"{TRAP},{SCM}:left", "note": "After a warm shower.\nSee you Friday.", "often1": "3 times a day",
         "duration1": "30 seconds", "duration2": "1 minute", "methods": "1"}
    )  # fmt: skip
    request = parse_handout_query(query, fixture_dataset)
    assert request == HandoutRequest(
        (HandoutItem(TRAP, "right", "3 times a day", "30 seconds"), HandoutItem(SCM, "left", "", "1 minute")),
        note="After a warm shower.\nSee you Friday.",
        methods=True,
    )


def test_a_plan_stays_with_its_point_when_an_earlier_one_is_left_out(fixture_dataset: Dataset):
    request = parse_handout_query(f"points=nope,{SCM}&often1=for+nope&often2=twice+a+day", fixture_dataset)
    assert request.items == (HandoutItem(SCM, "right", "twice a day"),)
    assert handout_link_query(request) == f"points={SCM}&often1=twice+a+day", "numbered as the page numbers it"


@pytest.mark.parametrize("methods", ["", "0", "no", "maybe"])
def test_practitioner_methods_are_off_unless_the_link_asks(fixture_dataset: Dataset, methods: str):
    assert not parse_handout_query(f"points={TRAP}&methods={methods}", fixture_dataset).methods


@pytest.mark.parametrize(
    ("raw", "note"),
    [
        ("  Gentle  only.  ", "Gentle only."),
        ("Line one\r\nLine two\n\n\n\nLine three", "Line one\nLine two\n\nLine three"),
        ("tab\there", "tab here"),
        ("evil\u202egnirts", "evil\ufffdgnirts"),
        ("bell\x07", "bell\ufffd"),
        ("\n".join("abcdefghij"), "\n".join("abcdefg") + "\nh i j"),  # at most MAX_NOTE_LINES lines
    ],
)
def test_the_note_is_made_printable_and_keeps_a_few_lines(fixture_dataset: Dataset, raw: str, note: str):
    assert MAX_NOTE_LINES == 8
    request = parse_handout_query(urlencode({"points": TRAP, "note": raw}), fixture_dataset)
    assert request.note == note and request.notes == ()


@pytest.mark.parametrize("raw", ["3 times\na day", "3\u2028times a day", "3 times a day\u202e"])
def test_plan_values_are_one_printable_line(fixture_dataset: Dataset, raw: str):
    often = parse_handout_query(urlencode({"points": TRAP, "often1": raw}), fixture_dataset).items[0].often
    assert "\n" not in often and "\u2028" not in often and "\u202e" not in often and often.startswith("3")


def test_over_long_text_is_cut_with_a_note(fixture_dataset: Dataset):
    words = "stretch gently every morning " * 40
    query = urlencode({"points": f"{TRAP},{SCM}", "note": words, "often2": "x" * 10_000})
    request = parse_handout_query(query, fixture_dataset)
    assert len(request.note) <= MAX_NOTE
    assert request.note.endswith("…") and not request.note.endswith(" …"), "cut at a word, marked"
    assert request.items[1].often == "x" * (MAX_PLAN - 1) + "…"
    assert request.notes == (
        "“How often” for Sternocleidomastoid was longer than 40 characters, so it was cut.",
        f"The note was longer than {MAX_NOTE} characters, so it was cut.",
    )


def test_a_link_of_too_many_fields_is_read_only_as_far_as_the_bound(fixture_dataset: Dataset):
    query = f"points={TRAP}&" + "&".join(f"often{n}=x" for n in range(100_000))
    request = parse_handout_query(query, fixture_dataset)
    assert request.selections == ((TRAP, "right"),)
    assert request.notes == ("The link holds more than a handout uses, so the end of it was left out.",)
    assert MAX_FIELDS >= 4 + 2 * MAX_POINTS, "a link the app writes always fits"


@pytest.mark.parametrize(
    "request_",
    [
        HandoutRequest(()),
        HandoutRequest((HandoutItem(TRAP, "right"),)),
        HandoutRequest((HandoutItem(TRAP, "left", "3 times a day", "30 s"), HandoutItem(SCM, "right", "", "1 min"))),
        HandoutRequest((HandoutItem(ECRB, "right"),), note="Ça va?\n\n50% & more: <b>“yes”</b> #1", methods=True),
        HandoutRequest((HandoutItem(TRAP, "right"), HandoutItem(TRAP, "left", "a,b:c&d=e")), note="x" * MAX_NOTE),
    ],
)
def test_the_link_reads_back_as_the_same_handout(fixture_dataset: Dataset, request_: HandoutRequest):
    assert parse_handout_query(handout_link_query(request_), fixture_dataset) == request_


def test_the_link_is_short_and_readable(fixture_dataset: Dataset):
    request = HandoutRequest((HandoutItem(TRAP, "right", "3 times a day"), HandoutItem(SCM, "left")), note="Hi")
    assert handout_link_query(request) == f"points={TRAP},{SCM}:left&note=Hi&often1=3+times+a+day"


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(note=st.text(max_size=600), often=st.text(max_size=80), duration=st.text(max_size=80), left=st.booleans())
def test_any_link_once_read_reads_back_the_same(fixture_dataset: Dataset, note, often, duration, left):
    query = urlencode(
        {"points": TRAP + (":left" if left else ""), "note": note, "often1": often, "duration1": duration}
    )
    first = parse_handout_query(query, fixture_dataset)
    assert len(first.note) <= MAX_NOTE and len(first.note.splitlines()) <= MAX_NOTE_LINES
    assert all(len(v) <= MAX_PLAN for v in (first.items[0].often, first.items[0].duration))
    assert all(ch.isprintable() or ch == "\n" for ch in first.note + first.items[0].often + first.items[0].duration)
    again = parse_handout_query(handout_link_query(first), fixture_dataset)
    assert again == HandoutRequest(first.items, first.note, first.methods)
