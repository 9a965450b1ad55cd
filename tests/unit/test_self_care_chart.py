"""The self-care history as a chart: which sessions it can show, the picker's points, the chart in words, and the
figure (before and after per session, over time, in the app's light and dark colours)."""

from __future__ import annotations

from datetime import datetime

import pytest

from triggerpoints.guided import SESSIONS_SENT
from triggerpoints.self_care_chart import (
    COLORS,
    chart_choices,
    chart_summary,
    charted_sessions,
    chosen,
    history_figure,
)

UT, SCM = "upper-trapezius-1", "sternocleidomastoid-1"


def _entry(when: str, point: str = UT, side: str = "left", before: object = 6, after: object = 2) -> dict:
    return {"when": when, "point": point, "side": side, "before": before, "after": after}


def _sent(*entries: object) -> dict:
    return {"total": len(entries), "recent": list(entries)}


def test_only_sessions_with_a_known_point_a_time_and_both_ratings_are_charted_oldest_first(fixture_dataset):
    sent = _sent(_entry("2026-11-30 18:30"), _entry("2026-11-28 09:00", before=7, after=4), "odd",
                 _entry("2026-11-29 10:00", point="gone"), _entry("yesterday"), _entry("2026-11-29 11:00", after=None),
                 {"point": UT, "before": 3, "after": 1})  # fmt: skip
    sessions = charted_sessions(sent, fixture_dataset)
    assert [(s.when, s.before, s.after) for s in sessions] == [
        (datetime(2026, 11, 28, 9, 0), 7, 4), (datetime(2026, 11, 30, 18, 30), 6, 2)]  # fmt: skip


@pytest.mark.parametrize("sent", [None, [], {"recent": "x"}, {"recent": [None, 5]}])
def test_anything_odd_reads_as_nothing_to_chart(fixture_dataset, sent):
    assert charted_sessions(sent, fixture_dataset) == []


def test_no_more_than_the_sessions_the_list_is_sent_are_read(fixture_dataset):
    entries = [_entry(f"2026-01-01 {n // 60:02d}:{n % 60:02d}") for n in range(SESSIONS_SENT + 40)]
    assert len(charted_sessions(_sent(*entries), fixture_dataset)) == SESSIONS_SENT


def test_the_picker_offers_each_point_and_side_most_recent_first_and_shows_its_sessions(fixture_dataset):
    sessions = charted_sessions(_sent(_entry("2026-11-01 09:00"), _entry("2026-11-02 09:00", SCM, "right"),
                                      _entry("2026-11-03 09:00"), _entry("2026-11-04 09:00", side="bad")),
                                fixture_dataset)  # fmt: skip
    options = chart_choices(fixture_dataset, sessions)
    assert [o["value"] for o in options] == [f"{UT}:", f"{UT}:left", f"{SCM}:right"]
    assert options[1]["label"] == "Trapezius (upper fibres), left side: 2 sessions"
    assert options[0]["label"] == "Trapezius (upper fibres): 1 session"
    assert [s.when.day for s in chosen(sessions, f"{UT}:left")] == [1, 3]


@pytest.mark.parametrize(
    ("entries", "words"),
    [
        ([_entry("2026-11-28 09:00", before=7, after=4), _entry("2026-11-30 18:30", before=5, after=2)],
         "2 sessions from 28 Nov 2026 to 30 Nov 2026: pain was 3.0 lower after a session on average; before a "
         "session it went from 7 (first) to 5 (latest)."),
        ([_entry("2026-11-28 09:00", before=3, after=5)],
         "1 session on 28 Nov 2026: pain was 2.0 higher after a session on average."),
        ([_entry("2026-11-28 09:00", before=3, after=3), _entry("2026-11-28 19:00", before=4, after=4)],
         "2 sessions on 28 Nov 2026: pain was the same after a session on average; before a session it went from "
         "3 (first) to 4 (latest)."),
    ],
)  # fmt: skip
def test_the_chart_in_words(fixture_dataset, entries, words):
    assert chart_summary(charted_sessions(_sent(*entries), fixture_dataset)) == words


@pytest.mark.parametrize("dark", [False, True])
def test_the_figure_shows_before_and_after_for_each_session_in_the_apps_colours(fixture_dataset, dark):
    sessions = charted_sessions(_sent(_entry("2026-11-28 09:00", before=7, after=4),
                                      _entry("2026-11-30 18:30", before=6, after=2)), fixture_dataset)  # fmt: skip
    figure = history_figure(sessions, dark)
    links, before, after = figure.data
    assert (list(before.y), list(after.y)) == ([7, 6], [4, 2])
    assert [before.name, after.name] == ["Before the session", "After"]
    assert list(links.y) == [7, 4, None, 6, 2, None]  # each session's two ratings joined
    assert before.line.color == COLORS[dark]["before"] and figure.layout.font.color == COLORS[dark]["ink"]
    assert before.marker.symbol != after.marker.symbol and after.line.dash == "dot"  # not told by colour alone
    assert figure.layout.paper_bgcolor == "rgba(0,0,0,0)"
    assert tuple(figure.layout.yaxis.range) == (-0.5, 10.5)
    assert figure.layout.xaxis.dtick == 86_400_000  # within a week: one tick a day, each date once


def test_over_a_longer_span_the_axis_ticks_itself(fixture_dataset):
    sessions = charted_sessions(_sent(_entry("2026-09-01 09:00"), _entry("2026-11-30 18:30")), fixture_dataset)
    axis = history_figure(sessions, False).layout.xaxis
    assert axis.dtick is None and axis.tickformatstops
