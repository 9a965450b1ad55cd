"""The words people search with, kept as data: data/vocabulary.csv, one row per word or phrase (a lay word, a clinical
word, an abbreviation or a common misspelling) with the body areas, conditions and muscles it stands for.

`check_vocabulary` checks the rows when the data is loaded, like every other file of `triggerpoints.data` (which
calls it): every area is an area or group of body_regions.csv, every condition a key of conditions.csv, every muscle
a key of muscles.csv, each row stands for something, and no word is listed twice (compared as search reads words,
so "Runner's knee" and "runners knee" are one word). It also holds how search reads words (`normal_words`,
`search_key`). No Dash imports.
"""

from __future__ import annotations

import re
from collections.abc import Set
from typing import TYPE_CHECKING, Literal

from triggerpoints.csv_text import Findings, Problem
from triggerpoints.schema import Row, Text, TextList

if TYPE_CHECKING:
    from triggerpoints.data import Table

Kind = Literal["lay", "clinical", "abbreviation", "misspelling"]


class VocabularyRow(Row):
    """A word or phrase people search with, and what it stands for: fine areas or groups where it is felt, keys of
    conditions, and keys of the muscles it names (a group such as the rotator cuff)."""

    term: Text
    kind: Kind
    areas: TextList = ()
    conditions: TextList = ()
    muscles: TextList = ()


def normal_words(text: str) -> str:
    """Text as written words: lower case, apostrophes dropped ("runner's" reads "runners"), every other mark a space,
    spaces single."""
    text = re.sub(r"['’`]", "", text.lower())
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def _singular(word: str) -> str:
    # A plain plural "s" goes ("headaches", "glutes"), never the ending of tinnitus, fasciitis, psoas or a double s.
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "as")) else word


def search_key(text: str) -> str:
    """Text's normal words, each without a plain plural "s": the second key search looks a phrase up by, when its
    own words are not known ("headaches" finds "headache")."""
    return " ".join(_singular(word) for word in normal_words(text).split())


def check_vocabulary(
    table: Table,
    tables: dict[str, Table],
    area_names: Set[str],
    conditions: Set[str],
    muscles: Set[str],
    findings: Findings,
) -> tuple[VocabularyRow, ...]:
    """Checks the rows and returns the sound ones, in the order of the file."""
    name = table.name
    first_line: dict[str, int] = {}
    rows = []
    for line, row in table.rows:
        sound = True
        links = (("areas", area_names, "regions", "area", "an area or group of"),
                 ("conditions", conditions, "conditions", "key", "a key of"),
                 ("muscles", muscles, "muscles", "key", "a key of"))  # fmt: skip
        for column, known, target, target_column, says in links:
            for value in getattr(row, column):
                if value not in known:
                    message = f"'{value}' is not {says} {tables[target].name}"
                    consequence = tables[target].follows_from_broken_row(target_column, value)
                    findings.add(Problem(name, line, column, message), consequence=consequence)
                    sound = False
        if not (row.areas or row.conditions or row.muscles):
            findings.add(Problem(name, line, "areas", "stands for nothing: name areas, conditions or muscles"))
            sound = False
        words = normal_words(row.term)
        if not words:
            findings.add(Problem(name, line, "term", f"has no letters or digits to search by (got '{row.term}')"))
            sound = False
        elif words in first_line:
            message = f"'{row.term}' is listed again (first on line {first_line[words]})"
            findings.add(Problem(name, line, "term", message))
            sound = False
        else:
            first_line[words] = line
        if sound:
            rows.append(row)
    return tuple(rows)
