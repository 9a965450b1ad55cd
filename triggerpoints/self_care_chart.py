"""The self-care history as a chart: pain before and after each session for one point and side, over time, so a
learner sees whether the sessions help. Read from what the browser sends for the history (its newest
`SESSIONS_SENT` sessions, `triggerpoints.guided`); the Plotly figure is built in the app's colours, light or dark.
No Dash imports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from statistics import mean

import plotly.graph_objects as go

from triggerpoints.data import Dataset
from triggerpoints.guided import SESSIONS_SENT, read_session

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
# Before is the app's pain red, after the teal its "eased" advice uses; each paler in dark mode, where it reads on
# the dark page at 4.5:1 or more. Markers differ in shape and lines in dash too, so colour is never the only sign.
COLORS = {
    False: {"before": "#b22222", "after": "#0b7285", "link": "#9aa5b1", "ink": "#1f2a37", "grid": "#e4ded7"},
    True: {"before": "#ff8787", "after": "#63e6be", "link": "#6b7480", "ink": "#e6e8eb", "grid": "#353a40"},
}
HEIGHT = 280
DAY = timedelta(days=1)
# Dates on the time axis: a day and month while ticks are days or weeks apart, the month and year beyond.
TICK_FORMATS = [{"dtickrange": [None, "M1"], "value": "%-d %b"}, {"dtickrange": ["M1", None], "value": "%b %Y"}]


@dataclass(frozen=True)
class ChartedSession:
    """A saved session the chart can show: a known point, when it was, and both pain ratings."""

    when: datetime
    point_id: str
    side: str | None
    before: int
    after: int

    @property
    def choice(self) -> str:
        """The value of the chart's point picker that shows this session ("<point>:<side>")."""
        return f"{self.point_id}:{self.side or ''}"


def charted_sessions(sent: object, dataset: Dataset) -> list[ChartedSession]:
    """The sessions the browser sent ({"total", "recent"}) that can be charted, oldest first; any other is left out
    of the chart (the list above it names what it cannot show, and every session stays kept)."""
    recent = sent.get("recent") if isinstance(sent, dict) else None
    charted = []
    for entry in recent[-SESSIONS_SENT:] if isinstance(recent, list) else []:
        session = read_session(entry, dataset)
        if session is None or session.when is None or session.before is None or session.after is None:
            continue
        try:
            when = datetime.fromisoformat(session.when)
        except ValueError:
            continue
        charted.append(ChartedSession(when.replace(tzinfo=None), session.point_id, session.side, session.before,
                                      session.after))  # fmt: skip
    return sorted(charted, key=lambda s: s.when)


def chart_choices(dataset: Dataset, sessions: Sequence[ChartedSession]) -> list[dict[str, str]]:
    """The picker's options: each point and side with sessions, the most recently used first."""
    counts: dict[str, int] = {}
    for session in reversed(sessions):
        counts[session.choice] = counts.get(session.choice, 0) + 1
    options = []
    for choice, count in counts.items():
        point_id, side = choice.split(":", 1)
        where = f", {side} side" if side else ""
        options.append({"value": choice, "label": f"{dataset.point_name(point_id)}{where}: {_sessions(count)}"})
    return options


def _sessions(count: int) -> str:
    return "1 session" if count == 1 else f"{count} sessions"


def chosen(sessions: Sequence[ChartedSession], choice: object) -> list[ChartedSession]:
    """The sessions of one picker option, oldest first."""
    return [s for s in sessions if s.choice == choice]


def chart_summary(sessions: Sequence[ChartedSession]) -> str:
    """The chart in words: how many sessions, how much a session eased the pain on average, and how the pain before
    a session changed from the first to the latest."""
    first, last = sessions[0], sessions[-1]
    span = f"on {_day(first.when)}" if first.when.date() == last.when.date() else (
        f"from {_day(first.when)} to {_day(last.when)}")  # fmt: skip
    eased = mean(s.before - s.after for s in sessions)
    change = (f"pain was {eased:.1f} lower after a session on average" if eased > 0
              else f"pain was {-eased:.1f} higher after a session on average" if eased < 0
              else "pain was the same after a session on average")  # fmt: skip
    words = f"{_sessions(len(sessions))} {span}: {change}"
    if len(sessions) > 1:
        words += f"; before a session it went from {first.before} (first) to {last.before} (latest)"
    return words + "."


def _day(moment: datetime) -> str:
    return f"{moment.day} {moment:%b %Y}"


def history_figure(sessions: Sequence[ChartedSession], dark: bool) -> go.Figure:
    """Pain before and after each session over time, each session's two ratings joined by a thin line."""
    colors = COLORS[dark]
    times = [s.when for s in sessions]
    links_x = [t for s in sessions for t in (s.when, s.when, None)]
    links_y = [v for s in sessions for v in (s.before, s.after, None)]
    hover = "%{x|%-d %b %Y, %H:%M}<br>"
    drawn = dict(mode="lines+markers", cliponaxis=False)
    figure = go.Figure(
        [
            go.Scatter(x=links_x, y=links_y, mode="lines", line=dict(color=colors["link"], width=1.5),
                       hoverinfo="skip", showlegend=False, cliponaxis=False),
            go.Scatter(x=times, y=[s.before for s in sessions], name="Before the session", **drawn,
                       line=dict(color=colors["before"], width=2), marker=dict(size=9, symbol="circle"),
                       hovertemplate=hover + "Pain before: %{y}<extra></extra>"),
            go.Scatter(x=times, y=[s.after for s in sessions], name="After", **drawn,
                       line=dict(color=colors["after"], width=2, dash="dot"), marker=dict(size=10, symbol="diamond"),
                       hovertemplate=hover + "Pain after: %{y}<extra></extra>"),
        ]
    )  # fmt: skip
    axis = dict(gridcolor=colors["grid"], linecolor=colors["grid"], zeroline=False, fixedrange=True)
    figure.update_layout(
        height=HEIGHT,
        margin=dict(l=48, r=12, t=36, b=36),
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        font=dict(family=FONT, size=13, color=colors["ink"]),
        legend=dict(orientation="h", x=0, y=1.02, yanchor="bottom"),
        hoverlabel=dict(font=dict(family=FONT, size=13)),
        xaxis=dict(axis, type="date", **_time_axis(times)),
        yaxis=dict(axis, range=[-0.5, 10.5], tickvals=list(range(0, 11, 2)), title=dict(text="Pain (0–10)")),
    )
    return figure


def _time_axis(times: Sequence[datetime]) -> dict:
    """The time axis: within a week, whole days, each with its date at noon (Plotly alone would tick every twelve
    hours and write each date twice); over longer spans Plotly's own ticks, with a little room at either end."""
    first, last = times[0].replace(hour=0, minute=0), times[-1].replace(hour=0, minute=0)
    if last - first > 7 * DAY:
        room = (times[-1] - times[0]) / 25  # so that the first and latest sessions stand clear of the frame
        return {"tickformatstops": TICK_FORMATS, "range": [times[0] - room, times[-1] + room]}
    return {"tickformat": "%-d %b", "dtick": DAY.total_seconds() * 1000, "tick0": first + DAY / 2,
            "range": [first, last + DAY]}  # fmt: skip
