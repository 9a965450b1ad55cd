"""The user's own record: everything this browser keeps for them (study progress, self-care sessions, the dark mode
choice, the handout list) as one readable JSON file to download, keep, and upload again here or on another device.

A file is read whole and checked before anything is merged (`read_record`): too large, not text, not JSON, not a
record of this app, from a newer version, or holding a part the browser could not keep (assets/stored_data.js would
set it aside on the next visit) gets a message naming what is wrong, and nothing changes. A record is merged into
what the browser holds without losing anything on either side:

- study progress (`merge_progress`): a card only one side has is taken as it was. A card both have keeps the side
  with more answers (on a tie the later review, then this browser's), with the larger of the two right-answer counts,
  so no count ever goes down; the answer count (`turn`) is the larger. Entries this version cannot read (cards it
  does not have, formats it does not know) are kept as they were, this browser's where both have one.
- self-care sessions: merged in the browser, which alone holds the whole history (components/user_record.py): a
  session of the file is already here when one with its session id is (for entries from before ids, one with its
  time and point), counted, so two sessions of the same minute stay two; the rest join by time, as two sorted lists
  merge (each keeps its own order, so a record merged into an empty history gives back the same list).
- the handout list (`merge_handout_list`): this browser's, then the file's points it lacks, up to a handout's limit.
- dark mode (`adopted_theme`): this browser's choice where it made one, else the file's.

No Dash imports.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from triggerpoints.data import Dataset
from triggerpoints.handout_links import MAX_POINTS, parse_handout_list
from triggerpoints.study_schedule import clean_progress
from triggerpoints.untrusted import MAX_ITEMS, shown

APP = "Trigger Point Explorer"
FORMAT = 1
# A record of 640 kB holds some 5,000 sessions (about 125 bytes each, one a line) beside a full study progress. The
# browser sends it base64-encoded (a third larger) with this browser's progress, within the server's limit on a
# request (server/limits.py); when the two together would not fit, it sends neither, and says so.
MAX_RECORD_BYTES = 640 * 1024
MAX_REQUEST_BYTES = 1024 * 1024
# What assets/stored_data.js lets the browser keep: a merged value beyond these would be set aside on the next visit.
MAX_DEPTH = 16
MAX_PROGRESS_BYTES = 512 * 1024
MAX_PROBLEMS_NAMED = 3
CHOOSE_AGAIN = "Choose the .json file that “Download my record” saved."


class RecordError(ValueError):
    """Why a file is not a record this version can merge, in words for the user."""


class UserRecord(BaseModel):
    """A record file, format 1. Sessions and study entries are any JSON: what this version cannot read is kept."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    app: Literal["Trigger Point Explorer"]
    format: Literal[1]
    exported: AwareDatetime
    study_progress: dict[str, Any] | None = None
    self_care_history: list[Any] = Field(default_factory=list)
    theme: Literal["dark", "light"] | None = None
    handout_list: list[Annotated[str, Field(max_length=120)]] = Field(default_factory=list, max_length=MAX_ITEMS)


@dataclass(frozen=True)
class StudyMerge:
    """What merging study progress did, counted in cards."""

    added: int  # cards only the file had
    updated: int  # cards both had where the file's answers were further along, or its counts higher
    unread: int  # entries of the file this version cannot read, kept as they were


def size_text(size: int) -> str:
    """A file size as people read it: "640 kB", "1.4 MB"."""
    return f"{size / 1024:,.0f} kB" if size < 1024 * 1024 else f"{size / 1024 / 1024:,.1f} MB"


def _depth(value: object) -> int:
    """How deeply lists and objects nest in a JSON value (a scalar is 0, a list of scalars 1); no recursion."""
    deepest, pending = 0, [(value, 1)]
    while pending:
        node, depth = pending.pop()
        if isinstance(node, (dict, list)):
            deepest = max(deepest, depth)
            pending.extend((child, depth + 1) for child in (node.values() if isinstance(node, dict) else node))
    return deepest


def json_bytes(value: object) -> int:
    """How many bytes a value takes as the browser stores it (compact JSON in UTF-8)."""
    return len(json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8", "surrogatepass"))


def check_size(size: int, crowded: bool = False) -> None:
    """Refuses a file larger than a record can be, or one the browser could not send beside its own study progress
    (it checks both before it sends a file)."""
    if size > MAX_RECORD_BYTES:
        raise RecordError(f"This file is {size_text(size)}; a record can be at most {size_text(MAX_RECORD_BYTES)}.")
    if crowded:
        raise RecordError(f"This file ({size_text(size)}) and the study progress in this browser are together too "
                          "large to merge at once.")  # fmt: skip


def decoded_upload(contents: object) -> bytes:
    """The bytes of a file as dcc.Upload gives it (a base64 data URL), refused before decoding when too large."""
    if not isinstance(contents, str) or ";base64," not in contents[:200]:
        raise RecordError(f"The file could not be read. {CHOOSE_AGAIN}")
    payload = contents.split(";base64,", 1)[1]
    check_size(len(payload) * 3 // 4)
    try:
        return base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise RecordError(f"The file could not be read. {CHOOSE_AGAIN}") from None


def parsed_json(data: bytes) -> object:
    """The JSON value a file holds; a file that is not UTF-8 text or not JSON is named as such."""
    if not data.strip():
        raise RecordError(f"This file is empty. {CHOOSE_AGAIN}")
    not_text = RecordError(f"This file is not text, so it is not a record of {APP}. {CHOOSE_AGAIN}")
    if b"\x00" in data:  # no text file holds a NUL byte; pictures and documents do
        raise not_text
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise not_text from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}: {error.msg.lower()}"
        raise RecordError(f"This file is not valid JSON ({where}). It may be damaged or cut short.") from None
    except RecursionError:
        raise RecordError(f"This file nests lists deeper than any record of {APP}.") from None


def _problem(error: dict) -> str:
    """One pydantic error as a short phrase: the field it is about, then what is wrong."""
    where = " → ".join(f"item {part + 1}" if isinstance(part, int) else f"“{part}”" for part in error["loc"][:3])
    return f"{where}: {error['msg'][:1].lower()}{error['msg'][1:]}" if where else error["msg"]


def checked_record(value: object) -> UserRecord:
    """A parsed JSON value as a record: it must say it is this app's, in a format this version reads, with every
    part of the kind the browser keeps and within what it keeps."""
    if not isinstance(value, dict) or "app" not in value:
        raise RecordError(f"This file holds JSON, but not a record of {APP}. {CHOOSE_AGAIN}")
    if value["app"] != APP:
        named = f"“{shown(value['app'])}”" if isinstance(value["app"], str) else "something else"
        raise RecordError(f"This file is a record of {named}, not of {APP}.")
    found = value.get("format")
    if isinstance(found, int) and not isinstance(found, bool) and found > FORMAT:
        raise RecordError(f"This record was saved by a newer version of {APP} (format {found}); this version reads "
                          f"format {FORMAT}. Reload the page to get the newest version, then try again.")  # fmt: skip
    try:
        record = UserRecord.model_validate(value)
    except ValidationError as error:
        problems = [_problem(e) for e in error.errors()[:MAX_PROBLEMS_NAMED]]
        more = error.error_count() - len(problems)
        listed = "; ".join(problems) + (f"; and {more} more" if more > 0 else "")
        raise RecordError(f"This record cannot be read: {listed}.") from None
    if record.study_progress is not None and (
        _depth(record.study_progress) > MAX_DEPTH or json_bytes(record.study_progress) > MAX_PROGRESS_BYTES
    ):
        raise RecordError("This record's study progress is larger or deeper than any this app keeps.")
    if _depth(record.self_care_history) > MAX_DEPTH:
        raise RecordError("This record's self-care sessions nest deeper than any this app keeps.")
    return record


def read_record(contents: object) -> UserRecord:
    """The record in an uploaded file (a dcc.Upload data URL); RecordError says why it cannot be merged."""
    return checked_record(parsed_json(decoded_upload(contents)))


def _raw_items(progress: object) -> dict:
    items = progress.get("items") if isinstance(progress, dict) else None
    return items if isinstance(items, dict) else {}


def _progress_of(item: dict) -> tuple[int, float]:
    """How far along a clean item is: its answers, then when it was last reviewed."""
    reviewed = item["card"].get("last_review")
    return item["seen"], datetime.fromisoformat(reviewed).timestamp() if reviewed else float("-inf")


def _merged_card(mine_raw: object, mine: dict, yours_raw: object, yours: dict) -> object:
    """A card both sides have: the one further along (this browser's on a tie), as it was unless the other answered
    right more often, when its right answers are raised to the other's."""
    yours_first = _progress_of(yours) > _progress_of(mine)
    chosen_raw, chosen, other = (yours_raw, yours, mine) if yours_first else (mine_raw, mine, yours)
    if chosen["right"] >= other["right"]:
        return chosen_raw
    return {**chosen, "right": other["right"]}  # never above "seen": the chosen one has the more answers


def merge_progress(current: object, imported: object, dataset: Dataset, now: datetime) -> tuple[dict, StudyMerge]:
    """This browser's study progress with a record's merged in (see the module's docstring), and what it did."""
    ours, theirs = clean_progress(current, dataset, now), clean_progress(imported, dataset, now)
    raw_ours, raw_theirs = _raw_items(current), _raw_items(imported)
    items: dict[str, object] = {}
    added = updated = unread = 0
    for key in dict.fromkeys([*raw_ours, *raw_theirs]):
        mine, yours = ours["items"].get(key), theirs["items"].get(key)
        if mine is not None and yours is not None:
            items[key] = _merged_card(raw_ours[key], mine, raw_theirs[key], yours)
            updated += items[key] is not raw_ours[key]
        elif mine is not None or (yours is None and key in raw_ours):
            items[key] = raw_ours[key]  # this browser's card, or an entry neither side can read
        else:
            items[key] = raw_theirs[key]
            added, unread = (added + 1, unread) if yours is not None else (added, unread + 1)
    turn = max(ours["turn"], theirs["turn"])
    extras = {**(imported if isinstance(imported, dict) else {}), **(current if isinstance(current, dict) else {})}
    merged = {**extras, "turn": turn, "new_turn": max(ours["new_turn"], theirs["new_turn"]), "items": items}
    if json_bytes(merged) > MAX_PROGRESS_BYTES:
        raise RecordError("Together, the study progress in this browser and in the record is larger than this "
                          "browser can keep, so nothing was merged.")  # fmt: skip
    return merged, StudyMerge(added, updated, unread)


def merge_handout_list(current: object, imported: list[str]) -> tuple[list, int, int]:
    """This browser's handout list as it was, then the record's points it lacks while a handout has room; with how
    many were added and how many did not fit."""
    kept = list(current) if isinstance(current, list) else []
    new = [item for item in dict.fromkeys(parse_handout_list(imported)) if item not in kept]
    room = max(MAX_POINTS - len(kept), 0)
    return kept + new[:room], len(new[:room]), len(new[room:])


def adopted_theme(current: object, imported: str | None) -> str | None:
    """The record's dark mode choice when this browser has made none (None: the browser's stays)."""
    return imported if current not in ("dark", "light") else None


class MergeReport(BaseModel):
    """What an upload merged, counted (it passes through the browser, which merges the sessions, so it is checked)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    name: Annotated[str, Field(max_length=200)] = ""
    exported: AwareDatetime | None = None
    sessions_added: Annotated[int, Field(ge=0)] = 0
    sessions_present: Annotated[int, Field(ge=0)] = 0
    has_progress: bool = False
    cards_added: Annotated[int, Field(ge=0)] = 0
    cards_updated: Annotated[int, Field(ge=0)] = 0
    unread: Annotated[int, Field(ge=0)] = 0
    handout_added: Annotated[int, Field(ge=0)] = 0
    handout_dropped: Annotated[int, Field(ge=0)] = 0
    theme: Literal["dark", "light"] | None = None


def _count(count: int, one: str, many: str) -> str:
    return f"1 {one}" if count == 1 else f"{count:,} {many}"


def merge_summary(report: MergeReport) -> list[str]:
    """What an upload did, in plain sentences: where the record came from, then what each part added."""
    saved = f", saved {report.exported.day} {report.exported:%B %Y}" if report.exported else ""
    name = f"“{shown(report.name)}”" if report.name else "the record"
    lines = [f"Merged {name}{saved}. Nothing in this browser was removed."]
    sessions = report.sessions_added + report.sessions_present
    if not sessions:
        lines.append("Self-care: the record has no sessions.")
    elif not report.sessions_added:
        lines.append(f"Self-care: no new sessions ({'the one' if sessions == 1 else f'all {sessions:,}'} in the "
                     f"record {'was' if sessions == 1 else 'were'} here already).")  # fmt: skip
    else:
        were = "was" if report.sessions_present == 1 else "were"
        here = f"; {report.sessions_present:,} {were} here already" if report.sessions_present else ""
        lines.append(f"Self-care: {_count(report.sessions_added, 'session', 'sessions')} added{here}.")
    if not report.has_progress:
        lines.append("Study: the record has no study progress.")
    else:
        cards = _count(report.cards_added, "card", "cards")
        lines.append(f"Study: {cards} added, {report.cards_updated:,} brought up to date.")
    if report.unread:
        entries = _count(report.unread, "study entry", "study entries")
        lines.append(f"{entries} this version can't read {'was' if report.unread == 1 else 'were'} kept as saved.")
    if report.handout_added or report.handout_dropped:
        dropped = (f" {report.handout_dropped:,} did not fit: a handout holds at most {MAX_POINTS} points."
                   if report.handout_dropped else "")  # fmt: skip
        lines.append(f"Handout list: {_count(report.handout_added, 'point', 'points')} added.{dropped}")
    if report.theme:
        lines.append(f"Dark mode is {'on' if report.theme == 'dark' else 'off'}, as in the record.")
    return lines
