"""The record's two pieces of browser code, run in Node: the file "Download my record" writes reads back as the
very record, and self-care sessions merge without loss (counted): each session of both once, by session id, or by
time and point for entries from before ids, two sessions of the same minute kept two, sorted lists merged sorted,
and a history merged into an empty one the same list."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from components.user_record import MERGE_SESSIONS, RECORD_TEXT

NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="Node.js runs the browser code outside a browser")


def _run(function: str, *args: object) -> object:
    script = f"process.stdout.write(JSON.stringify(({function})(...{json.dumps(args)})));"
    return json.loads(subprocess.run([NODE, "-e", script], capture_output=True, text=True, check=True).stdout)


def _text(record: dict) -> str:
    script = f"process.stdout.write(({RECORD_TEXT})({json.dumps(record)}));"
    return subprocess.run([NODE, "-e", script], capture_output=True, text=True, check=True).stdout


def _session(when: str, point: str = "soleus-1", session: str | None = None, **more) -> dict:
    entry = {"when": when, "point": point, "side": "right", "before": 6, "after": 3, **more}
    return {**entry, "session": session} if session else entry


A = _session("2026-11-01 09:00", session="a")
B = _session("2026-11-02 09:00", session="b")
C = _session("2026-11-03 09:00", session="c")
OLD = _session("2026-10-01 08:00")  # saved before sessions had ids
ODD = ["not", {"a": "session"}]


def test_the_downloaded_file_reads_back_as_the_very_record_one_session_a_line():
    record = {"app": "Trigger Point Explorer", "format": 1, "exported": "2026-12-01T09:00:00.000Z",
              "study_progress": {"turn": 2, "new_turn": 1, "items": {"soleus-1": {"seen": 1, "note": "a\nb {"}}},
              "self_care_history": [A, "odd\u2028text", [1, [2]]], "theme": "dark", "handout_list": []}  # fmt: skip
    text = _text(record)
    assert json.loads(text) == record
    lines = text.splitlines()
    assert lines[0] == "{" and lines[1] == '  "app": "Trigger Point Explorer",'
    assert sum('"when": "2026-11-01 09:00"' in line for line in lines) == 1  # the session on a line of its own
    assert any(line.startswith('      "soleus-1": {') for line in lines)  # and each study card
    assert _text({**record, "study_progress": None, "self_care_history": []}).count("\n") == 9


MERGES = [
    ("into an empty history: the same list, in its own order", [], [C, OLD, "odd", A], [C, OLD, "odd", A], 4),
    ("the same sessions again: nothing added", [A, B], [A, B], [A, B], 0),
    ("new sessions join by time", [A, C], [B, _session("2026-11-04 09:00", session="d")],
     [A, B, C, _session("2026-11-04 09:00", session="d")], 2),
    ("a session known by its id, whatever else changed", [A], [{**A, "after": 1}], [A], 0),
    ("an old entry known by its time and point", [OLD], [{**OLD, "before": 2}], [OLD], 0),
    ("two old entries of the same minute stay two", [OLD], [OLD, OLD], [OLD, OLD], 1),
    ("same time and point but another id: another session", [A], [{**A, "session": "z"}], [A, {**A, "session": "z"}], 1),
    ("entries this version cannot read are kept, once each", ["odd", ODD], [ODD, 5, "odd"], ["odd", ODD, 5], 1),
    ("an entry without a time stays after the one before it", [A, C], [B, "odd"], [A, B, "odd", C], 2),
    ("this browser's own order is kept among its sessions", [C, A], [B], [B, C, A], 1),
]  # fmt: skip


@pytest.mark.parametrize(
    ("current", "incoming", "merged", "added"), [m[1:] for m in MERGES], ids=[m[0] for m in MERGES]
)
def test_sessions_merge_without_loss(current, incoming, merged, added):
    result = _run(MERGE_SESSIONS, current, incoming)
    assert result == {"history": merged, "added": added}
    assert len(result["history"]) == len(current) + added  # nothing of this browser's is lost


def test_a_long_history_merges_both_ways_to_the_same_sorted_list():
    ours = [_session(f"2026-{m:02d}-{d:02d} 09:00", session=f"o{m}-{d}") for m in range(1, 13) for d in (3, 17)]
    theirs = [_session(f"2026-{m:02d}-{d:02d} 19:00", session=f"t{m}-{d}") for m in range(1, 13) for d in (3, 9)]
    one = _run(MERGE_SESSIONS, ours, theirs + ours[:5])
    other = _run(MERGE_SESSIONS, theirs, ours)
    assert one["added"] == len(theirs) and other["added"] == len(ours)
    assert one["history"] == other["history"] == sorted(ours + theirs, key=lambda s: s["when"])
