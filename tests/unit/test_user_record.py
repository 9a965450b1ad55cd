"""The user's own record: a file is checked before anything is merged (every way it can be wrong gets a message that
names it), and a record merges into what a browser holds without losing anything: counted, an export merged into a
cleared browser gives back exactly what was there, and merged into a browser with other data keeps both."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import pytest

from triggerpoints.handout_links import MAX_POINTS
from triggerpoints.study_schedule import clean_progress, empty_progress, migrated, record_answer
from triggerpoints.user_record import (
    MAX_RECORD_BYTES,
    MergeReport,
    RecordError,
    adopted_theme,
    merge_handout_list,
    merge_progress,
    merge_summary,
    read_record,
)

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
UT, SCM, ECRB = "upper-trapezius-1", "sternocleidomastoid-1", "extensor-carpi-radialis-brevis-1"
SESSION = {"when": "2026-11-30 18:30", "point": UT, "side": "left", "before": 6, "after": 2, "session": "a1b2"}


def _answered(*answers: tuple[str, bool], start: datetime = NOW, progress: dict | None = None) -> dict:
    progress = progress or empty_progress()
    for n, (card, correct) in enumerate(answers):
        progress = record_answer(progress, card, correct, start + timedelta(minutes=n))
    return progress


def _record(**parts) -> dict:
    return {"app": "Trigger Point Explorer", "format": 1, "exported": "2026-12-01T09:00:00.000Z",
            "study_progress": None, "self_care_history": [], "theme": None, "handout_list": [], **parts}  # fmt: skip


def _upload(content: bytes | str | object) -> str:
    """A file as dcc.Upload hands it over: a base64 data URL."""
    if not isinstance(content, (bytes, str)):
        content = json.dumps(content, indent=2)
    data = content.encode() if isinstance(content, str) else content
    return "data:application/json;base64," + base64.b64encode(data).decode()


def test_a_record_as_the_app_writes_it_is_read_whole():
    progress = _answered((UT, True), ("muscle:trapezius", False))
    record = read_record(_upload(_record(study_progress=progress, self_care_history=[SESSION, "odd", [1]],
                                         theme="dark", handout_list=[f"{UT}:left"])))  # fmt: skip
    assert record.study_progress == progress
    assert record.self_care_history == [SESSION, "odd", [1]]  # what this version cannot read comes along as it was
    assert (record.theme, record.handout_list) == ("dark", [f"{UT}:left"])
    assert record.exported == datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def test_a_byte_order_mark_and_fields_of_a_later_minor_change_are_no_problem():
    text = json.dumps(_record(comment="saved on my phone"))
    assert read_record(_upload(b"\xef\xbb\xbf" + text.encode())).theme is None


BAD = [
    ("not a data URL", "hello", "could not be read"),
    ("broken base64", "data:application/json;base64,@@@@", "could not be read"),
    ("empty", _upload(b"  \n"), "This file is empty"),
    ("a picture", _upload(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe"), "This file is not text"),
    ("broken JSON", _upload('{"app": "Trigger Point Explorer",\n "format": 1,,}'),
     "This file is not valid JSON (line 2, column 14: expecting property name enclosed in double quotes)"),
    ("cut short", _upload(json.dumps(_record(), indent=2)[:-20]), "It may be damaged or cut short"),
    ("nested past any parser", _upload("[" * 100_000), "nests lists deeper than any record"),
    ("JSON but a list", _upload([1, 2]), "holds JSON, but not a record of Trigger Point Explorer"),
    ("another app's", _upload({"app": "Pain Diary", "entries": []}), "a record of “Pain Diary”, not of Trigger Point Explorer"),
    ("a newer format", _upload(_record(format=2)), "saved by a newer version of Trigger Point Explorer (format 2)"),
    ("an older, unknown format", _upload(_record(format=0)), "“format”: input should be 1"),
    ("no time of saving", _upload({k: v for k, v in _record().items() if k != "exported"}), "“exported”: field required"),
    ("sessions not a list", _upload(_record(self_care_history={"a": 1})), "“self_care_history”: input should be a valid list"),
    ("progress not an object", _upload(_record(study_progress=[1])), "“study_progress”: input should be a valid dictionary"),
    ("an unknown theme", _upload(_record(theme="sepia")), "“theme”: input should be 'dark' or 'light'"),
    ("a handout item too long", _upload(_record(handout_list=["x" * 500])), "“handout_list” → item 1: string should have at most 120 characters"),
    ("progress nested too deep", _upload(_record(study_progress={"items": json.loads("[" * 20 + "]" * 20)})),
     "study progress is larger or deeper than any this app keeps"),
    ("sessions nested too deep", _upload(_record(self_care_history=json.loads("[" * 20 + "]" * 20))),
     "self-care sessions nest deeper than any this app keeps"),
    ("too large", "data:application/json;base64," + "A" * (MAX_RECORD_BYTES * 4 // 3 + 8), "a record can be at most 640 kB"),
]  # fmt: skip


@pytest.mark.parametrize(("contents", "message"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_a_file_that_is_not_a_record_this_version_can_merge_says_what_is_wrong(contents, message):
    with pytest.raises(RecordError) as raised:
        read_record(contents)
    assert message in str(raised.value)


def test_several_problems_are_named_up_to_three():
    with pytest.raises(RecordError) as raised:
        read_record(_upload(_record(format="1", exported="yesterday", theme=5, handout_list=7)))
    assert str(raised.value).count("“") == 3 and "and 1 more" in str(raised.value)


def _cards(progress: dict, dataset) -> dict:
    return clean_progress(progress, dataset, NOW)["items"]


def test_an_export_merged_into_a_cleared_browser_gives_back_exactly_what_was_there(fixture_dataset):
    """Counted: every card and every entry this version cannot read, exactly as it was."""
    progress = _answered((UT, True), (SCM, False), ("muscle:trapezius", True), (UT, True))
    progress["items"]["muscle:gone-in-this-version"] = {"seen": 3, "right": 1, "last": 2, "card": {"state": 9}}
    progress["items"][ECRB] = {"box": 2, "due": 3, "seen": 2, "right": 2}  # the first version's form
    exported = read_record(_upload(_record(study_progress=progress))).study_progress
    merged, counts = merge_progress(None, exported, fixture_dataset, NOW)
    assert merged == progress
    assert len(merged["items"]) == len(progress["items"]) == 5
    assert (counts.added, counts.updated, counts.unread) == (4, 0, 1)


def test_merging_into_a_browser_with_other_progress_keeps_both(fixture_dataset):
    here = _answered((UT, True), ("muscle:trapezius", False))
    here["items"]["muscle:from-a-newer-version"] = {"v": 3}
    there = _answered((SCM, True), (ECRB, False), (SCM, True), start=NOW + timedelta(days=1))
    there["items"]["muscle:from-another-version"] = {"v": 4}
    merged, counts = merge_progress(here, there, fixture_dataset, NOW)
    assert set(merged["items"]) == set(here["items"]) | set(there["items"])
    assert len(merged["items"]) == 6
    for key in here["items"]:
        assert merged["items"][key] == here["items"][key]
    for key in there["items"]:
        assert key in here["items"] or merged["items"][key] == there["items"][key]
    assert merged["turn"] == 3 and (counts.added, counts.updated, counts.unread) == (2, 0, 1)


def test_a_card_both_have_keeps_the_one_answered_more_and_no_count_goes_down(fixture_dataset):
    here = _answered((UT, False), (SCM, True), (UT, False), (UT, False))  # UT: 3 answers, none right
    there = _answered((UT, True), (UT, True), start=NOW + timedelta(days=3))  # UT: 2 answers, both right, later
    merged, counts = merge_progress(here, there, fixture_dataset, NOW)
    card = merged["items"][UT]
    assert card["card"] == here["items"][UT]["card"]  # the one answered more often
    assert (card["seen"], card["right"]) == (3, 2)  # its answers, and the right answers of the other
    assert merged["turn"] == 4 and counts.updated == 1
    assert _cards(merged, fixture_dataset)[UT]["right"] == 2  # still a card this version reads


def test_on_a_tie_the_later_review_wins_then_this_browsers(fixture_dataset):
    here = _answered((UT, True))
    there = _answered((UT, False), start=NOW + timedelta(hours=2))
    assert merge_progress(here, there, fixture_dataset, NOW)[0]["items"][UT]["card"] == there["items"][UT]["card"]
    assert merge_progress(there, here, fixture_dataset, NOW)[0]["items"][UT]["card"] == there["items"][UT]["card"]
    same_time = _answered((UT, False))
    merged = merge_progress(here, same_time, fixture_dataset, NOW)[0]["items"][UT]
    assert merged["card"] == here["items"][UT]["card"] and merged["right"] == 1


def test_the_same_record_merged_twice_changes_nothing_more(fixture_dataset):
    here = _answered((UT, True), (SCM, False))
    there = _answered((ECRB, True), start=NOW + timedelta(days=1))
    once, _ = merge_progress(here, there, fixture_dataset, NOW)
    twice, counts = merge_progress(once, there, fixture_dataset, NOW)
    assert twice == once and (counts.added, counts.updated, counts.unread) == (0, 0, 0)


def test_a_first_version_card_is_compared_by_its_answers(fixture_dataset):
    first_version = {"turn": 9, "items": {UT: {"box": 3, "due": 12, "seen": 9, "right": 8}}}
    newer = _answered((UT, True), (UT, True))
    merged, _ = merge_progress(newer, first_version, fixture_dataset, NOW)
    assert merged["items"][UT] == first_version["items"][UT]  # 9 answers against 2: kept as it was
    assert merged["turn"] == 9
    assert migrated(first_version["items"][UT], NOW) is not None


def test_junk_on_either_side_is_kept_or_ignored_never_an_error(fixture_dataset):
    merged, counts = merge_progress("junk", {"turn": "x", "items": [1]}, fixture_dataset, NOW)
    assert merged == {"turn": 0, "new_turn": 0, "items": {}} and counts.added == 0


def test_progress_too_large_together_is_refused(fixture_dataset):
    here = {"turn": 1, "items": {f"x-{n}": "y" * 1000 for n in range(300)}}
    there = {"turn": 1, "items": {f"z-{n}": "y" * 1000 for n in range(300)}}
    with pytest.raises(RecordError, match="larger than this browser can keep"):
        merge_progress(here, there, fixture_dataset, NOW)


@pytest.mark.parametrize(
    ("current", "imported", "expected"),
    [
        ([], [f"{UT}:left"], ([f"{UT}:left"], 1, 0)),
        ([f"{UT}:left", "odd"], [f"{UT}:left", f"{SCM}:right", f"{SCM}:right", "no-side"], ([f"{UT}:left", "odd", f"{SCM}:right"], 1, 0)),
        ([f"p{n}:right" for n in range(MAX_POINTS - 1)], [f"{UT}:left", f"{SCM}:right"],
         ([f"p{n}:right" for n in range(MAX_POINTS - 1)] + [f"{UT}:left"], 1, 1)),
        (None, [], ([], 0, 0)),
    ],
)  # fmt: skip
def test_the_handout_list_keeps_this_browsers_and_adds_what_fits(current, imported, expected):
    assert merge_handout_list(current, imported) == expected


@pytest.mark.parametrize(
    ("current", "imported", "adopted"),
    [
        (None, "dark", "dark"),
        ("light", "dark", None),
        ("dark", None, None),
        ("junk", "light", "light"),
        (None, None, None),
    ],
)
def test_dark_mode_is_the_browsers_choice_where_it_made_one(current, imported, adopted):
    assert adopted_theme(current, imported) == adopted


@pytest.mark.parametrize(
    ("report", "expected"),
    [
        (MergeReport(name="mine.json", sessions_added=3, sessions_present=2, has_progress=True, cards_added=4,
                     cards_updated=1, unread=1, handout_added=1, handout_dropped=2, theme="dark",
                     exported=datetime(2026, 12, 1, 9, tzinfo=UTC)),
         ["Merged “mine.json”, saved 1 December 2026. Nothing in this browser was removed.",
          "Self-care: 3 sessions added; 2 were here already.", "Study: 4 cards added, 1 brought up to date.",
          "1 study entry this version can't read was kept as saved.",
          "Handout list: 1 point added. 2 did not fit: a handout holds at most 12 points.",
          "Dark mode is on, as in the record."]),
        (MergeReport(sessions_present=4),
         ["Merged the record. Nothing in this browser was removed.",
          "Self-care: no new sessions (all 4 in the record were here already).",
          "Study: the record has no study progress."]),
        (MergeReport(has_progress=True),
         ["Merged the record. Nothing in this browser was removed.", "Self-care: the record has no sessions.",
          "Study: 0 cards added, 0 brought up to date."]),
    ],
)  # fmt: skip
def test_the_summary_says_what_each_part_added(report, expected):
    assert merge_summary(report) == expected
