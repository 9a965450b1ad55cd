"""Values from a link or the browser: the bounds on their size, and how they are named back to the user.

Nothing the browser sends is trusted. Each value is cut to a bound before any work is done on it, so a request
costs time in proportion to the most the app itself would send, never to what was sent; and a value named back in a
note has its control and bidirectional-override characters replaced, so it cannot disguise itself or the text
around it. Used by the explorer (the view in the URL, callbacks, `/_view`) and the printed handout alike.
No Dash or Flask imports.
"""

from __future__ import annotations

# A view's URL query. The longest the app writes is every region marked plus a point, its side, the patient
# view, a zoom and the filters: 2.4 kB on today's 132 regions, about 10.6 kB on an atlas of 400 regions with ids
# of 25 characters.
MAX_QUERY = 16_384
# key=value fields in a query: the app writes at most ten (mode, pain, point, side, view, zoom and four filters).
MAX_QUERY_FIELDS = 20
# Items in a list from the browser (comma-separated regions, repeated values): far more than the atlas has regions.
MAX_ITEMS = 1_000
# An id the browser sends back (point, region, condition, technique, mode, side): the longest today is 32 characters.
MAX_KEY = 200
# What the search box reads: no muscle, synonym, area or condition is anywhere near this long.
MAX_SEARCH = 200
# A value named in a note.
MAX_SHOWN = 60

REPLACEMENT = "\ufffd"


def printable(value: str) -> str:
    """The text with every character that is not printable replaced by U+FFFD.

    Not printable (`str.isprintable`) covers the C0 and C1 controls and every format character, among them the
    bidirectional marks, embeddings, overrides and isolates (U+200E/U+200F, U+202A-U+202E, U+2066-U+2069, U+061C)
    that could make a quoted value read as something else; and line separators that could break a note apart."""
    return "".join(ch if ch.isprintable() else REPLACEMENT for ch in value)


def shown(value: str, limit: int = MAX_SHOWN) -> str:
    """A value from a link made safe to name in a note: non-printable characters replaced, long values shortened."""
    text = printable(value[: limit + 1])
    return text if len(text) <= limit else text[:limit] + "…"


def bounded_text(value: object, limit: int) -> str | None:
    """A text from the browser cut to `limit` characters, or None when it is not a text at all."""
    return value[:limit] if isinstance(value, str) else None


def is_key(value: object, known) -> bool:
    """Whether a value from the browser (of any JSON type) names one of the known keys; an over-long text never does,
    so it is not even hashed."""
    return isinstance(value, str) and len(value) <= MAX_KEY and value in known


def bounded_items(values: object, limit: int = MAX_ITEMS) -> list:
    """The first `limit` items of a list from the browser (anything that is not a list reads as an empty one)."""
    return values[:limit] if isinstance(values, list) else []
