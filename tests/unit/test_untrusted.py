"""Values from a link or the browser: named back printable and short, and cut to their bounds, in one place."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from triggerpoints import handout_query, untrusted, view_state
from triggerpoints.handout_query import parse_handout_query
from triggerpoints.untrusted import MAX_KEY, MAX_SHOWN, bounded_items, bounded_text, is_key, printable, shown

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
C0_C1 = "".join(map(chr, [*range(0x20), *range(0x7F, 0xA0)]))


@pytest.mark.parametrize("mark", BIDI + C0_C1, ids=lambda c: f"U+{ord(c):04X}")
def test_bidi_and_control_characters_are_replaced(mark):
    assert printable(f"a{mark}b") == "a\ufffdb"


@pytest.mark.parametrize("text", ["upper-trapezius-1", "ü-ñ-漢字", "<b>x</b> & “quotes”", "🙂"])
def test_printable_text_is_left_as_it_is(text):
    assert printable(text) == text


def test_a_long_value_is_shortened_after_a_replacement_never_beyond_the_bound():
    assert shown("\u202e" * 1_000) == "\ufffd" * MAX_SHOWN + "…"
    assert shown("x" * MAX_SHOWN) == "x" * MAX_SHOWN


def test_the_handout_and_the_explorer_name_values_with_the_same_function():
    assert handout_query.shown is untrusted.shown and view_state.shown is untrusted.shown


@pytest.mark.parametrize("mark", BIDI + "\x00\x1b\x85\x9b", ids=lambda c: f"U+{ord(c):04X}")
def test_handout_notes_never_echo_bidi_or_control_characters(fixture_dataset, mark):
    request = parse_handout_query(f"points={quote(f'evil{mark}x')}&side={quote(f'u{mark}p')}", fixture_dataset)
    assert len(request.notes) == 2 and not any(mark in note for note in request.notes)
    assert all("\ufffd" in note for note in request.notes)


@pytest.mark.parametrize(
    ("value", "expected"), [("abc", "abc"), ("x" * 500, "x" * 200), (5, None), (None, None), (["abc"], None)]
)
def test_text_from_the_browser_is_cut_to_its_bound(value, expected):
    assert bounded_text(value, 200) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("soleus-1", True), ("nope", False), (5, False), (["soleus-1"], False), ("soleus-1" + " " * MAX_KEY, False)],
)
def test_only_short_texts_name_a_key(value, expected):
    assert is_key(value, {"soleus-1": 1}) is expected


def test_lists_from_the_browser_are_cut_to_their_bound():
    assert bounded_items(list(range(5_000))) == list(range(untrusted.MAX_ITEMS))
    assert bounded_items({"a": 1}) == [] and bounded_items("abc") == []
