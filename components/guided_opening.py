"""How guided self-care opens: from a link, with the same note the explorer shows when the link names a point that
does not exist; and after a reload, at the step where the session stood (triggerpoints/guided_resume.py).

Where a session stands (its step, ratings, nerve signs, id and whether it is saved) is kept in this tab's
sessionStorage as it changes, in the browser. Once per page, when the first session is prepared for a point, the
kept one is sent to be checked and taken up if it is for that point and side and went past the start; after that,
the page keeps what it shows."""

from __future__ import annotations

from dash import Input, Output, State, dcc, html, no_update

from components import ids
from components.callbacks import Callbacks
from components.context import current_dataset
from components.guided_self_care import BEFORE_STEP, ENDED, STEPPER, STEPPER_ENDED, advice_box
from components.point_details import link_notes
from triggerpoints.guided import NERVE_STOP, session_outcome
from triggerpoints.guided_resume import read_resume
from triggerpoints.view_state import parse_view

callbacks = Callbacks()
register = callbacks.register  # binds this module's callbacks to the app being built

RESUMED = "done"  # the page has taken up the kept session, or found none to take up


def create_guided_link_note() -> html.Div:
    """An empty slot for the note on a self-care link, above the guided panel."""
    return html.Div(id=ids.GUIDED_LINK_NOTE, className="guided-link-note", role="status")


def create_guided_resume_stores() -> list[dcc.Store]:
    """The kept session (this tab's sessionStorage), whether this page took it up yet, and the one request for it."""
    return [
        dcc.Store(id=ids.GUIDED_RESUME, storage_type="session"),
        dcc.Store(id=ids.GUIDED_RESUME_STATE),
        dcc.Store(id=ids.GUIDED_RESUME_REQUEST),
    ]


@callbacks.callback(
    Output(ids.GUIDED_LINK_NOTE, "children"),
    Input(ids.GUIDED_SELECTION, "data"),
    State(ids.VIEW, "data"),
    prevent_initial_call=True,
)
def show_link_note(_selection: object, view: object) -> list:
    """The notes on the link the page was opened with, when it could not be followed as written (set with each
    guided selection, so only in guided self-care; the link is the view's query as it was written)."""
    query = view.get("query") if isinstance(view, dict) else None
    return link_notes(parse_view(query, current_dataset()).notes)


# Where the session stands, kept as it changes, once the page has taken up (or passed over) the kept one.
callbacks.clientside_callback(
    f"""
    function (step, before, after, nerve, session, state, selection) {{
        const ready = state === {RESUMED!r} && selection && typeof selection.point === 'string';
        if (!ready || !session || typeof session.id !== 'string') {{ return window.dash_clientside.no_update; }}
        return {{point: selection.point, side: selection.side, session: session.id, saved: session.saved === true,
                 step: step, before: before, after: after, nerve: Array.isArray(nerve) ? nerve : []}};
    }}
    """,
    Output(ids.GUIDED_RESUME, "data"),
    Input(ids.GUIDED_STEPPER, "active"),
    Input(ids.GUIDED_BEFORE, "value"),
    Input(ids.GUIDED_AFTER, "value"),
    Input(ids.GUIDED_NERVE_SIGNS, "value"),
    Input(ids.GUIDED_SESSION, "data"),
    Input(ids.GUIDED_RESUME_STATE, "data"),
    State(ids.GUIDED_SELECTION, "data"),
    prevent_initial_call=True,
)

# Once per page, at the first session prepared for a point: the kept session is sent to be taken up when it is for
# that point and side and went past the start; otherwise there is nothing to take up and keeping starts now.
callbacks.clientside_callback(
    f"""
    function (session, kept, state, selection) {{
        const none = window.dash_clientside.no_update;
        if (state || !session || !selection || typeof selection.point !== 'string') {{ return [none, none]; }}
        const same = kept && kept.point === selection.point && kept.side === selection.side;
        const begun = same && (kept.step > 0 || kept.before != null);
        return begun ? [kept, 'asked'] : [none, {RESUMED!r}];
    }}
    """,
    Output(ids.GUIDED_RESUME_REQUEST, "data"),
    Output(ids.GUIDED_RESUME_STATE, "data", allow_duplicate=True),
    Input(ids.GUIDED_SESSION, "data"),
    State(ids.GUIDED_RESUME, "data"),
    State(ids.GUIDED_RESUME_STATE, "data"),
    State(ids.GUIDED_SELECTION, "data"),
    prevent_initial_call=True,
)

RESUME_OUTPUTS = dict(
    active=Output(ids.GUIDED_STEPPER, "active", allow_duplicate=True),
    stepper=Output(ids.GUIDED_STEPPER, "className", allow_duplicate=True),
    before=Output(ids.GUIDED_BEFORE, "value", allow_duplicate=True),
    after=Output(ids.GUIDED_AFTER, "value", allow_duplicate=True),
    nerve=Output(ids.GUIDED_NERVE_SIGNS, "value", allow_duplicate=True),
    session=Output(ids.GUIDED_SESSION, "data", allow_duplicate=True),
    end=Output(ids.GUIDED_END, "children", allow_duplicate=True),
    back_off=Output(ids.GUIDED_BACK, "disabled", allow_duplicate=True),
    next_off=Output(ids.GUIDED_NEXT, "disabled", allow_duplicate=True),
)


@callbacks.callback(
    output={**RESUME_OUTPUTS, "state": Output(ids.GUIDED_RESUME_STATE, "data")},
    inputs=dict(kept=Input(ids.GUIDED_RESUME_REQUEST, "data"), selection=State(ids.GUIDED_SELECTION, "data")),
    prevent_initial_call=True,
)
def resume_session(kept: object, selection: object) -> dict:
    """Takes up the kept session where it stood (its step, ratings, nerve signs and id, and what its early end said),
    when it is for the point and side shown and every part of it fits; otherwise leaves the new session."""
    resume = read_resume(kept, selection, ENDED, BEFORE_STEP)
    if resume is None:
        return {**dict.fromkeys(RESUME_OUTPUTS, no_update), "state": RESUMED}
    ended = resume.step == ENDED
    end = None
    if ended:  # a rise in pain or a nerve sign at the save, or the stop during the hold
        end = advice_box(session_outcome(resume.before, resume.after, list(resume.nerve)) if resume.saved
                         else NERVE_STOP)  # fmt: skip
    shown = {"before": resume.before, "after": resume.after}
    return {
        "active": resume.step,
        "stepper": STEPPER_ENDED if ended else STEPPER,
        **{key: None if value is None else str(value) for key, value in shown.items()},
        "nerve": list(resume.nerve),
        "session": {"id": resume.session, "saved": resume.saved},
        "end": end,
        "back_off": ended,
        "next_off": ended,
        "state": RESUMED,
    }
