"""Dash `html` components written out as an HTML string, for panels the browser draws without Dash's renderer.

Every text and attribute value is escaped, so text from the CSVs is always shown as text. Only `dash.html`
elements are accepted (they have no event-handler props) and script URLs are refused, so nothing written here
can carry a script.
"""

from __future__ import annotations

import re

from dash.development.base_component import Component
from markupsafe import escape

VOID = frozenset({"br", "hr", "img", "input", "wbr"})
# Dash props that are React bookkeeping, not attributes.
SKIPPED = frozenset({"children", "n_clicks", "n_clicks_timestamp", "disable_n_clicks", "key", "loading_state"})
RENAMED = {"className": "class", "htmlFor": "for"}
UNSAFE_URL = re.compile(r"^\s*(javascript|vbscript|data):", re.IGNORECASE)


class FragmentError(ValueError):
    """A component that cannot be written as plain HTML (a bug in a render function, never user input)."""


def to_html(children: object) -> str:
    """The HTML for a component tree: components, strings, numbers and lists of them (None is nothing)."""
    if children is None or children is False:
        return ""
    if isinstance(children, (list, tuple)):
        return "".join(to_html(child) for child in children)
    if isinstance(children, (str, int, float)):
        return str(escape(children))
    if not isinstance(children, Component) or children._namespace != "dash_html_components":
        raise FragmentError(f"only dash.html components can be written as HTML, not {type(children).__name__}")
    tag = children._type.lower()
    # Sorted: Dash keeps data- and aria- props in no fixed order, and the same panel should be the same text.
    attributes = "".join(_attribute(name, value) for name, value in sorted(children.to_plotly_json()["props"].items()))
    if tag in VOID:
        return f"<{tag}{attributes}>"
    return f"<{tag}{attributes}>{to_html(getattr(children, 'children', None))}</{tag}>"


def _attribute(name: str, value: object) -> str:
    """One attribute, escaped; empty for props that are not attributes."""
    if name in SKIPPED or value is None or value is False:
        return ""
    if name == "id" and not isinstance(value, str):
        raise FragmentError("pattern-matching ids belong to Dash; use a data- attribute in a fragment")
    if name == "style":
        value = "; ".join(f"{_kebab(key)}: {item}" for key, item in value.items())
    if name in ("href", "src") and UNSAFE_URL.match(str(value)):
        raise FragmentError(f"unsafe URL in {name}")
    name = RENAMED.get(name, name)
    return f" {name}" if value is True else f' {name}="{escape(value)}"'


def _kebab(name: str) -> str:
    """`fontSize` -> `font-size`; custom properties (`--score`) stay as they are."""
    return name if name.startswith("--") else re.sub(r"[A-Z]", lambda m: "-" + m.group(0).lower(), name)
