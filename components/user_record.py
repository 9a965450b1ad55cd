"""The user's own record: "Download my record" writes everything this browser keeps for them into one readable JSON
file, and "Upload a record" checks such a file and merges it in without losing anything (triggerpoints/user_record.py
holds the format and the rules).

The download is written in the browser: the self-care history is never sent to the server whole, however long it
grows. An upload goes in four short steps: the browser reads the file and refuses one too large to send
(`READ_FILE`); the server checks it and merges the study progress, handout list and dark mode (`import_record`);
the browser merges the sessions into its history (`MERGE_SESSIONS`); the server says what was merged
(`show_merged`). A file that cannot be merged changes nothing and gets a message naming what is wrong.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from string import Template

import dash_mantine_components as dmc
from dash import Input, Output, State, dcc, html, no_update
from pydantic import ValidationError

from components import ids
from components.callbacks import Callbacks
from components.context import current_dataset
from triggerpoints.user_record import (
    APP,
    FORMAT,
    MAX_RECORD_BYTES,
    MAX_REQUEST_BYTES,
    MergeReport,
    RecordError,
    adopted_theme,
    check_size,
    merge_handout_list,
    merge_progress,
    merge_summary,
    read_record,
)

callbacks = Callbacks()
register = callbacks.register  # binds this module's callbacks to the app being built

EXPLANATION = "Your progress lives only in this browser: download it to keep it or move it to another device."
FILE_PREFIX = "trigger-point-record-"


def create_user_record() -> html.Section:
    """The "Your record" section: what it is for in one line, a download and an upload button, and the message."""
    return html.Section(
        [
            dmc.Title("Your record", order=4, className="section-title"),
            dmc.Text(EXPLANATION, size="sm", c="dimmed", mb="xs"),
            dmc.Group(
                [
                    dmc.Button("Download my record", id=ids.RECORD_EXPORT, n_clicks=0, variant="light", size="sm"),
                    dcc.Upload(
                        dmc.Button("Upload a record", variant="default", size="sm", className="record-upload-button"),
                        id=ids.RECORD_UPLOAD,
                        className="record-upload",
                    ),
                ],
                gap="sm",
            ),
            html.Div(id=ids.RECORD_NOTE, role="status", className="record-note"),
            dcc.Download(id=ids.RECORD_DOWNLOAD),
            dcc.Store(id=ids.RECORD_FILE),
            dcc.Store(id=ids.RECORD_SESSIONS_IN),
            dcc.Store(id=ids.RECORD_MERGED),
        ],
        className="user-record",
        **{"aria-label": "Your record"},
    )


# The record as a file people can read: its fields one a line, and each study card and each session on a line of
# its own (a session is about 125 bytes so). Only the line breaks JSON.stringify puts between values are replaced:
# a text's own line breaks are written "\n", so no value changes.
RECORD_TEXT = """
    function (record) {
        const line = (value) => JSON.stringify(value, null, 1).replace(/\\n */g, ' ');
        const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
        const block = (lines, open, close, indent) => lines.length
            ? open + '\\n' + lines.map((l) => indent + '  ' + l).join(',\\n') + '\\n' + indent + close
            : open + close;
        const fields = (object, indent, write) =>
            block(Object.keys(object).map((key) => JSON.stringify(key) + ': ' + write(key, object[key])), '{', '}',
                  indent);
        const card = (key, value) => line(value);
        const progress = (value) => isObject(value)
            ? fields(value, '  ', (key, part) => (key === 'items' && isObject(part) ? fields(part, '    ', card)
                                                                                     : line(part)))
            : line(value);
        return fields(record, '', (key, value) => key === 'study_progress' ? progress(value)
            : key === 'self_care_history' ? block(value.map(line), '[', ']', '  ') : line(value)) + '\\n';
    }
"""

EXPORT = Template(
    """
    function (clicks, progress, history, theme, handout) {
        if (!clicks) { return window.dash_clientside.no_update; }
        const now = new Date();
        const record = {
            app: $app, format: $format, exported: now.toISOString(),
            study_progress: progress !== null && typeof progress === 'object' && !Array.isArray(progress)
                ? progress : null,
            self_care_history: Array.isArray(history) ? history : (history == null ? [] : [history]),
            theme: theme === 'dark' || theme === 'light' ? theme : null,
            handout_list: Array.isArray(handout) ? handout.filter((i) => typeof i === 'string' && i.length <= 120) : [],
        };
        const two = (n) => String(n).padStart(2, '0');
        const day = now.getFullYear() + '-' + two(now.getMonth() + 1) + '-' + two(now.getDate());
        return {content: ($text)(record), filename: $prefix + day + '.json', type: 'application/json', base64: false};
    }
    """
).substitute(app=json.dumps(APP), format=FORMAT, text=RECORD_TEXT, prefix=json.dumps(FILE_PREFIX))
callbacks.clientside_callback(
    EXPORT,
    Output(ids.RECORD_DOWNLOAD, "data"),
    Input(ids.RECORD_EXPORT, "n_clicks"),
    State(ids.STUDY_PROGRESS, "data"),
    State(ids.GUIDED_HISTORY, "data"),
    State(ids.THEME_STORE, "data"),
    State(ids.HANDOUT_LIST, "data"),
    prevent_initial_call=True,
)

# The chosen file is passed on whole only when it is small enough to send beside this browser's study progress; of
# any other, only its size goes, for the message. The upload and its file picker are emptied and each reading is
# stamped, so choosing the same file again merges it again (a store set to the value it holds sets nothing off).
READ_FILE = Template(
    """
    function (contents, name, progress) {
        const none = window.dash_clientside.no_update;
        if (typeof contents !== 'string') { return [none, none]; }
        const size = Math.floor((contents.length - contents.indexOf(',') - 1) * 3 / 4);
        const file = {name: typeof name === 'string' ? name.slice(0, 200) : '', size: size, at: Date.now()};
        // The request carries this browser's study progress too; a few kB more for the rest of it.
        const sent = contents.length + JSON.stringify(progress === undefined ? null : progress).length + 16384;
        if (size <= $max && sent > $request) { file.crowded = true; }
        if (size <= $max && !file.crowded) { file.contents = contents; }
        // The browser tells of a file chosen again only once its picker is emptied.
        const picker = document.querySelector('#' + $upload + ' input[type=file]');
        if (picker) { picker.value = ''; }
        return [file, null];
    }
    """
).substitute(max=MAX_RECORD_BYTES, request=MAX_REQUEST_BYTES, upload=json.dumps(ids.RECORD_UPLOAD))
callbacks.clientside_callback(
    READ_FILE,
    Output(ids.RECORD_FILE, "data"),
    Output(ids.RECORD_UPLOAD, "contents"),
    Input(ids.RECORD_UPLOAD, "contents"),
    State(ids.RECORD_UPLOAD, "filename"),
    State(ids.STUDY_PROGRESS, "data"),
    prevent_initial_call=True,
)


def problem_note(name: str, error: RecordError) -> dmc.Alert:
    """Why a file was not merged, and that nothing changed."""
    title = f"“{name}” was not merged" if name else "The file was not merged"
    return dmc.Alert([dmc.Text(str(error), size="sm"), dmc.Text("Nothing in this browser was changed.", size="sm")],
                     title=title, color="orange", mt="sm")  # fmt: skip


@callbacks.callback(
    output=dict(
        progress=Output(ids.STUDY_PROGRESS, "data", allow_duplicate=True),
        handout=Output(ids.HANDOUT_LIST, "data", allow_duplicate=True),
        theme=Output(ids.THEME_STORE, "data", allow_duplicate=True),
        theme_switch=Output(ids.THEME_SWITCH, "checked", allow_duplicate=True),
        sessions=Output(ids.RECORD_SESSIONS_IN, "data"),
        note=Output(ids.RECORD_NOTE, "children"),
    ),
    inputs=dict(
        file=Input(ids.RECORD_FILE, "data"),
        progress=State(ids.STUDY_PROGRESS, "data"),
        handout=State(ids.HANDOUT_LIST, "data"),
        theme=State(ids.THEME_STORE, "data"),
    ),
    prevent_initial_call=True,
)
def import_record(file: object, progress: object, handout: object, theme: object) -> dict:
    """Checks an uploaded record and merges its study progress, handout list and dark mode into this browser's; its
    sessions go on to the browser to be merged (`MERGE_SESSIONS`). A file that cannot be merged changes nothing."""
    unchanged = dict.fromkeys(("progress", "handout", "theme", "theme_switch", "sessions"), no_update)
    file = file if isinstance(file, dict) else {}
    name = file.get("name") if isinstance(file.get("name"), str) else ""
    try:
        size = file.get("size")
        if "contents" not in file and isinstance(size, int):
            check_size(size, file.get("crowded") is True)
        record = read_record(file.get("contents"))
        merged, study = (
            merge_progress(progress, record.study_progress, current_dataset(), datetime.now(UTC))
            if record.study_progress is not None
            else (no_update, None)
        )
    except RecordError as error:
        return {**unchanged, "note": problem_note(name, error)}
    handout_list, handout_added, handout_dropped = merge_handout_list(handout, record.handout_list)
    theme_now = adopted_theme(theme, record.theme)
    report = MergeReport(
        name=name[:200],
        exported=record.exported,
        has_progress=study is not None,
        cards_added=study.added if study else 0,
        cards_updated=study.updated if study else 0,
        unread=study.unread if study else 0,
        handout_added=handout_added,
        handout_dropped=handout_dropped,
        theme=theme_now,
    )
    return {
        "progress": merged,
        "handout": handout_list if handout_added else no_update,
        "theme": theme_now or no_update,
        "theme_switch": theme_now == "dark" if theme_now else no_update,
        "sessions": {
            "sessions": record.self_care_history,
            "report": report.model_dump(mode="json"),
            "at": file.get("at"),
        },
        "note": dmc.Text("Merging your sessions…", size="sm", c="dimmed", mt="sm"),
    }


# Every session of both, once: a session of the record is here already when one with its id is (or, for entries
# from before ids, one with its time and point; for anything else, one just like it), counted, so that two sessions
# of the same minute stay two. The new ones join by time, as two sorted lists merge: each list keeps its own order
# (an entry without a time stays after the one before it), so a history merged into an empty one is the same list.
MERGE_SESSIONS = """
    function (current, incoming) {
        const isObject = (e) => e !== null && typeof e === 'object' && !Array.isArray(e);
        const key = (e) => {
            if (isObject(e) && typeof e.session === 'string' && e.session) { return 'id ' + e.session; }
            if (isObject(e) && typeof e.when === 'string' && typeof e.point === 'string') {
                return 'at ' + JSON.stringify([e.when, e.point]);
            }
            return 'as ' + JSON.stringify(e);
        };
        const here = new Map();
        current.forEach((e) => { const k = key(e); here.set(k, (here.get(k) || 0) + 1); });
        const added = incoming.filter((e) => {
            const k = key(e), left = here.get(k) || 0;
            if (left > 0) { here.set(k, left - 1); return false; }
            return true;
        });
        const times = (list) => {
            let last = '';
            return list.map((e) => (last = isObject(e) && typeof e.when === 'string' ? e.when : last));
        };
        const ours = times(current), theirs = times(added), history = [];
        let i = 0, j = 0;
        while (i < current.length || j < added.length) {
            const theirsFirst = j < added.length && (i >= current.length || theirs[j] < ours[i]);
            history.push(theirsFirst ? added[j++] : current[i++]);
        }
        return {history: history, added: added.length};
    }
"""
callbacks.clientside_callback(
    Template(
        """
        function (incoming, history) {
            const none = window.dash_clientside.no_update;
            if (incoming === null || typeof incoming !== 'object' || !Array.isArray(incoming.sessions)) {
                return [none, none];
            }
            const current = Array.isArray(history) ? history : (history == null ? [] : [history]);
            const merged = ($merge)(current, incoming.sessions);
            const present = incoming.sessions.length - merged.added;
            const report = Object.assign({}, incoming.report,
                                         {at: incoming.at, sessions_added: merged.added, sessions_present: present});
            return [merged.added ? merged.history : none, report];
        }
        """
    ).substitute(merge=MERGE_SESSIONS),
    Output(ids.GUIDED_HISTORY, "data", allow_duplicate=True),
    Output(ids.RECORD_MERGED, "data"),
    Input(ids.RECORD_SESSIONS_IN, "data"),
    State(ids.GUIDED_HISTORY, "data"),
    prevent_initial_call=True,
)


@callbacks.callback(
    Output(ids.RECORD_NOTE, "children", allow_duplicate=True),
    Input(ids.RECORD_MERGED, "data"),
    prevent_initial_call=True,
)
def show_merged(merged: object) -> dmc.Alert:
    """Says what the upload merged, part by part."""
    try:
        report = MergeReport.model_validate(merged if isinstance(merged, dict) else {})
    except ValidationError:
        report = MergeReport()
    first, *parts = merge_summary(report)
    return dmc.Alert([dmc.Text(first, size="sm"), html.Ul([html.Li(p) for p in parts], className="record-parts")],
                     title="Your record is merged", color="teal", mt="sm")  # fmt: skip
