"""data/vocabulary.csv, the words people search with: the bundled file loads and covers what issue 16 asked for, the
loader names each broken row by line and column, and the file is optional."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.broken_data import problems_and_consequences, problems_named
from triggerpoints.data import load_dataset
from triggerpoints.search_vocabulary import normal_words, search_key

HEADER = "term,kind,areas,conditions,muscles\n"
ISSUE_WORDS = ["migraine", "whiplash", "neck pain", "lower back", "eye pain", "abdominal pain", "IT band",
               "runner's knee", "bursitis", "SI joint", "sacroiliac", "tinnitus", "sinus", "de Quervain",
               "trigger finger", "tech neck", "plantar fasciitis", "golfer's elbow", "frozen shoulder", "rotator cuff",
               "TMJ", "jaw clenching", "sciatica", "shin splints", "carpal tunnel", "sternocleidomastiod"]  # fmt: skip


def _write(data_dir, *rows: str) -> None:
    (data_dir / "vocabulary.csv").write_text(HEADER + "".join(f"{row}\n" for row in rows))


def test_the_fixture_data_loads_without_the_file(fixture_dataset):
    assert fixture_dataset.vocabulary == ()


def test_a_row_loads_with_what_it_stands_for(data_dir):
    _write(data_dir, "Stiff neck from the phone,lay,back-of-neck;temple,stiff-neck,trapezius")
    [row] = load_dataset(data_dir).vocabulary
    assert (row.term, row.kind, row.areas, row.conditions, row.muscles) == (
        "Stiff neck from the phone", "lay", ("back-of-neck", "temple"), ("stiff-neck",), ("trapezius",))  # fmt: skip


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (["neck,lay,nek,,"], "line 2, column 'areas': 'nek' is not an area or group of data/body_regions.csv"),
        (["neck,lay,,stiffneck,"], "line 2, column 'conditions': 'stiffneck' is not a key of data/conditions.csv"),
        (["traps,lay,,,trapezoid"], "line 2, column 'muscles': 'trapezoid' is not a key of data/muscles.csv"),
        (["neck,slang,back-of-neck,,"], "line 2, column 'kind': Input should be 'lay', 'clinical', 'abbreviation' or "
                                        "'misspelling' (got 'slang')"),
        (["neck,lay,,,"], "line 2, column 'areas': stands for nothing: name areas, conditions or muscles"),
        ([",lay,temple,,"], "line 2, column 'term': is empty but must be filled in"),
        (["?!,lay,temple,,"], "line 2, column 'term': has no letters or digits to search by (got '?!')"),
        (["Runner's knee,lay,front-of-knee,,", "runners knee,lay,front-of-knee,,"],
         "line 3, column 'term': 'runners knee' is listed again (first on line 2)"),
    ],
    ids=["unknown area", "unknown condition", "unknown muscle", "unknown kind", "stands for nothing", "empty term",
         "no letters", "listed twice"],
)  # fmt: skip
def test_a_broken_row_is_named_by_line_and_column(data_dir, rows, expected):
    _write(data_dir, *rows)
    [problem] = problems_named(data_dir)
    assert problem == f"data/vocabulary.csv, {expected}"


def test_a_link_into_a_broken_row_is_a_consequence(data_dir):
    muscles = data_dir / "muscles.csv"
    lines = muscles.read_text().split("\n")
    lines[1] = lines[1].replace("trapezius,Trapezius", "trapezius,", 1)  # its name emptied: the row is broken
    muscles.write_text("\n".join(lines))
    _write(data_dir, "traps,lay,,,trapezius")
    problems, consequences = problems_and_consequences(data_dir)
    assert not any("vocabulary" in p for p in problems)
    assert any(p.startswith("data/vocabulary.csv, line 2, column 'muscles'") for p in consequences)


def test_the_bundled_vocabulary_has_every_kind_of_word(dataset):
    kinds = Counter(row.kind for row in dataset.vocabulary)
    assert set(kinds) == {"lay", "clinical", "abbreviation", "misspelling"}
    assert len(dataset.vocabulary) >= 300 and min(kinds.values()) >= 20


@pytest.mark.parametrize("word", ISSUE_WORDS)
def test_the_words_issue_16_found_nothing_for_are_in_the_vocabulary_or_the_names(dataset, word):
    """Every one of them now stands for something a search can find (most are vocabulary rows; a few are names of
    conditions, which search knows without a row)."""
    known = {normal_words(row.term) for row in dataset.vocabulary}
    known |= {normal_words(c.name.split(" (")[0]) for c in dataset.conditions.values()}
    assert normal_words(word) in known


def test_a_vocabulary_word_names_its_complaint_where_it_is_felt(dataset):
    """A word standing for a condition and areas names areas where the condition is felt, or next to them: the
    vocabulary and conditions.csv tell the same story."""
    for row in dataset.vocabulary:
        for key in row.conditions:
            felt = {dataset.group_of(a) for a in dataset.conditions[key].felt_in}
            named = {dataset.group_of(a) for a in dataset.expand_areas(row.areas)}
            assert not row.areas or not felt or named & felt or row.term in ("heartburn", "period pain",
                                                                              "menstrual cramps", "dysmenorrhea"), (
                row.term, key)  # fmt: skip


def test_plural_words_are_read_as_their_singular():
    assert search_key("Headaches") == "headache" and search_key("glutes") == "glute"
    assert search_key("tinnitus") == "tinnitus" and search_key("plantar fasciitis") == "plantar fasciitis"
    assert search_key("psoas") == "psoas" and search_key("abs") == "abs"
