"""Ids are typed once, in components/ids.py: the browser scripts read the ones they need from the page."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from components import ids
from tests.paths import ASSETS

SCRIPTS = sorted(ASSETS.glob("*.js"))  # the app's own scripts (vendor/ holds Plotly's bundle)
ID_VALUES = {value for name, value in vars(ids).items() if name.isupper() and isinstance(value, str)}
# A string literal in JavaScript: '...', "..." or `...` (no escaped quotes in our scripts).
LITERAL = re.compile(r"'([^'\n]*)'|\"([^\"\n]*)\"|`([^`]*)`")
COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)


def _ids_typed(script: Path) -> set[str]:
    """Ids written in the script's string literals, as a whole literal, a #selector or a word of a selector."""
    code = COMMENT.sub("", script.read_text())
    found = set()
    for match in LITERAL.finditer(code):
        literal = next(group for group in match.groups() if group is not None)
        words = set(re.findall(r"[A-Za-z0-9_-]+", literal))
        found |= ID_VALUES & ({literal} | {w for w in words if f"#{w}" in literal or w == literal.strip()})
    return found


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_no_script_types_an_id(script):
    assert _ids_typed(script) == set()


def test_the_check_catches_an_id_typed_in_a_script(tmp_path):
    typed = tmp_path / "typed.js"
    typed.write_text(
        "const a = 'point-details';\n"
        'document.querySelector("#body-map .js-plotly-plot");\n'
        "set(`view-request`);  // 'study-click' in a comment is fine\n"
    )
    assert _ids_typed(typed) == {ids.POINT_DETAILS, ids.BODY_MAP, ids.VIEW_REQUEST}


def test_the_page_carries_the_ids_the_scripts_read(real_app):
    page = real_app.server.test_client().get("/").get_data(as_text=True)
    block = re.search(r"<script type=\"application/json\" data-app-ids>(.*?)</script>", page, re.S)
    assert block, "the ids are written into the page, before the scripts that read them"
    assert json.loads(block.group(1)) == ids.browser_ids()
    assert page.index("data-app-ids") < page.index("stored_data.js")
    used = {name for script in SCRIPTS for name in re.findall(r"\bIDS\.([A-Z_]+)", script.read_text())}
    assert used and used <= set(ids.browser_ids()), "every id a script reads is in the page"
