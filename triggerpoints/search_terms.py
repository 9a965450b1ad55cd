"""What a search query names. `build_term_index` gathers, once per dataset, every word and phrase search knows (the
names and synonyms of muscles and points, the plain and clinical names of areas and conditions, and the vocabulary
of data/vocabulary.csv) with what each stands for; `read_query` finds them in what was typed: whole phrases first,
then words that start a known name, correcting misspelt words with rapidfuzz on the way. No Dash imports.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import accumulate
from types import MappingProxyType

from rapidfuzz import fuzz, process

from triggerpoints.areas import AREAS
from triggerpoints.dataset import Dataset
from triggerpoints.search_vocabulary import normal_words, search_key
from triggerpoints.untrusted import MAX_SEARCH

NAME, SYNONYM, GROUP, PLACE = "name", "synonym", "group", "place"
# Words that say nothing about where or what ("pain in my neck"): never corrected, never looked for in the text.
FILLER = frozenset({
    "a", "an", "and", "at", "i", "im", "in", "is", "it", "my", "of", "on", "or", "the", "to", "with", "when", "where",
    "after", "have", "has", "got", "pain", "pains", "painful", "ache", "aches", "aching", "achy", "sore", "soreness",
    "hurt", "hurts", "hurting", "left", "right", "both", "side", "sides", "feel", "feels", "trigger", "point", "tp",
    "trp"
})  # fmt: skip
SIDE_WORDS = ("left", "right")
# Words that say which kind of part a point lies in, not which one ("upper fibres" is the upper trapezius).
PART_WORDS = frozenset({"fibres", "fibers", "head", "belly", "section", "part", "portion", "layer", "division"})
LONGEST_PHRASE = 6  # words in the longest name looked for inside a query
QUERY_LENGTH = 80  # characters of the normalised query read (names are far shorter)
# How alike a misspelt word must be to a known word to be read as it (rapidfuzz's ratio, 0-100): one wrong, missing
# or swapped letter in a word of six letters or more ("piriformus", "trapezious", "sternocleidomastiod").
WORD_CUTOFF = 85
QUERY_CUTOFF = 88  # the same, for a whole query read as one name ("plantarfasciitis")
SHORTEST_CORRECTED = 5  # shorter words are too easily another word ("hip", "lip")


@dataclass(frozen=True)
class Meaning:
    """What a name stands for: muscles or points (a NAME, a SYNONYM, or a GROUP of muscles a vocabulary word names)
    or a PLACE (areas or groups where it is felt, and conditions). `said` is the name as the data writes it;
    `vocabulary` the kind of the vocabulary row it comes from ("lay", "misspelling"...), empty for the other files."""

    kind: str
    said: str
    muscles: tuple[str, ...] = ()
    points: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    vocabulary: str = ""


@dataclass(frozen=True)
class TermIndex:
    """Every name search knows, by its normal words and by its singular key, with the words of point texts."""

    names: Mapping[str, tuple[Meaning, ...]]
    singular: Mapping[str, tuple[Meaning, ...]]
    name_list: tuple[str, ...]  # the names' normal words
    spelt_names: tuple[str, ...]  # those that are no misspelling, to read a whole query as one name
    name_text: str  # every name after a space, one a line: a word start is a find of " " and what was typed
    name_starts: tuple[int, ...]  # where each name of name_list starts in name_text
    name_words: tuple[str, ...]  # every word of a name, to correct a misspelt word to
    known_words: frozenset[str]  # every word of a name (and its singular) or of a point's text: never corrected
    texts: Mapping[str, str]  # each point's text as " word word … ", to find a word start in


@dataclass(frozen=True)
class Reading:
    """A query as search reads it: the meanings named in full (`found`) or only begun (`begun`), the words no name
    explains (looked for in the points' text), the words as corrected (None when nothing was corrected) and the side
    the query names, if any."""

    found: tuple[Meaning, ...] = ()
    begun: tuple[Meaning, ...] = ()
    loose_words: tuple[str, ...] = ()
    corrected: str | None = None
    side: str | None = None


def _forms(text: str, inner: bool = False) -> list[str]:
    """A name and its shorter forms: without what it has in brackets, before its first comma, and (inner) what it
    has in brackets ("Stiff neck (wry neck)" is also "stiff neck" and "wry neck")."""
    forms = [text, re.sub(r"\s*\([^)]*\)", "", text), text.split(",", 1)[0]]
    if inner:
        forms += re.findall(r"\(([^)]*)\)", text)
    return forms


def _part_names(part: str, muscle_name: str) -> list[str]:
    """Names of a point's part with its muscle: "upper trapezius" and "trapezius upper fibres" for the upper fibres."""
    core = " ".join(word for word in part.split() if word not in PART_WORDS)
    return [f"{muscle_name} {part}"] + ([f"{core} {muscle_name}"] if core else [])


def _meanings(dataset: Dataset) -> Iterable[tuple[str, Meaning]]:
    """(name, meaning) for everything in the data a query may name."""
    for key, muscle in dataset.muscles.items():
        for said in (*_forms(muscle.name), key.replace("-", " ")):
            yield said, Meaning(NAME, muscle.name, muscles=(key,))
        for synonym in muscle.synonyms:
            for said in _forms(synonym):
                yield said, Meaning(SYNONYM, synonym, muscles=(key,))
    for key, group in dataset.muscle_groups.items():
        members = dataset.members(key)
        for said in (*_forms(group.name), key.replace("-", " ")):
            yield said, Meaning(GROUP, group.name, muscles=members)
        for synonym in group.synonyms:
            for said in _forms(synonym):
                yield said, Meaning(GROUP, synonym, muscles=members)
    for point_id, point in dataset.points.items():
        name = dataset.point_name(point_id)
        muscle_name = dataset.muscles[point.muscle].name
        extra = _part_names(point.muscle_part, muscle_name) if point.muscle_part else []
        for said in (name, point_id.replace("-", " "), *extra):
            yield said, Meaning(NAME, name, points=(point_id,))
        for synonym in point.synonyms:
            for said in _forms(synonym):
                yield said, Meaning(SYNONYM, synonym, points=(point_id,))
    for region in {region.area: region for region in dataset.regions.values()}.values():  # one side says it all
        for label in (region.label, region.clinical_label, region.area.replace("-", " ")):
            for said in _forms(label):
                yield said, Meaning(PLACE, region.label, areas=(region.area,))
    for group in dataset.groups:
        labels = [dataset.group_label(group), group.replace("-", " ")]
        labels += [AREAS[group].clinical_label] if group in AREAS else []
        for label in labels:
            for said in _forms(label):
                yield said, Meaning(PLACE, dataset.group_label(group), areas=(group,))
    for key, condition in dataset.conditions.items():
        for said in (*_forms(condition.name, inner=True), key.replace("-", " ")):
            yield said, Meaning(PLACE, condition.name, conditions=(key,))
    for row in dataset.vocabulary:
        if row.areas or row.conditions:
            yield row.term, Meaning(PLACE, row.term, areas=row.areas, conditions=row.conditions, vocabulary=row.kind)
        if row.muscles:
            muscles = tuple(dict.fromkeys(m for key in row.muscles for m in dataset.members(key)))
            yield row.term, Meaning(GROUP, row.term, muscles=muscles, vocabulary=row.kind)


def _keep_widest_places(dataset: Dataset, found: dict[Meaning, None]) -> None:
    """Drops the places a name's other meanings make redundant: what the vocabulary says a phrase means is what people
    mean by it ("low back pain" is the low back, though the condition of that name is felt in the sacrum as well), a
    muscle's name is the muscle (not the region a clinical label names after it: "upper trapezius"), and a fine area
    of a group the name also names goes ("heel" is the whole heel, not also its pad)."""
    places = [m for m in found if m.kind == PLACE]
    if any(m.vocabulary for m in places) or any(m.kind != PLACE for m in found):
        redundant = [m for m in places if not m.vocabulary]
    else:
        groups = {area for m in places for area in m.areas if area in dataset.groups}
        redundant = [m for m in places if m.areas and all(
            area not in dataset.groups and dataset.group_of(area) in groups for area in m.areas)]  # fmt: skip
    for meaning in redundant:
        del found[meaning]


def _point_text(dataset: Dataset, point_id: str) -> str:
    point = dataset.points[point_id]
    fields = (point.location, point.clinical_location, point.referred_pain, point.symptoms, point.notes)
    return f" {normal_words(' '.join(fields))} "


def build_term_index(dataset: Dataset) -> TermIndex:
    """The names search knows in a dataset, and the words of its points' texts."""
    names: dict[str, dict[Meaning, None]] = {}
    singular: dict[str, dict[Meaning, None]] = {}
    keys: dict[str, tuple[str, str]] = {}  # many names are said more than once (a synonym shared by a muscle's points)
    for said, meaning in _meanings(dataset):
        if said not in keys:
            keys[said] = (normal_words(said), search_key(said))
        words, key = keys[said]
        if words:
            names.setdefault(words, {})[meaning] = None
            singular.setdefault(key, {})[meaning] = None
    for found in (*names.values(), *singular.values()):
        _keep_widest_places(dataset, found)
    texts = {point_id: _point_text(dataset, point_id) for point_id in dataset.points}
    # A word is corrected to a real name's word, never to a misspelling the vocabulary lists.
    spelt = [words for words, found in names.items() if any(m.vocabulary != "misspelling" for m in found)]
    name_words = {word for words in spelt for word in words.split()}
    text_words = {word for text in texts.values() for word in text.split()}
    singular_words = {search_key(word) for word in name_words}
    starts = list(accumulate((len(name) + 2 for name in names), initial=0))[:-1]
    return TermIndex(
        names=MappingProxyType({words: tuple(found) for words, found in names.items()}),
        singular=MappingProxyType({words: tuple(found) for words, found in singular.items()}),
        name_list=tuple(names),
        spelt_names=tuple(spelt),
        name_text="".join(f" {name}\n" for name in names),
        name_starts=tuple(starts),
        name_words=tuple(sorted(w for w in name_words if len(w) >= 3)),
        known_words=frozenset(name_words | singular_words | text_words | FILLER),
        texts=MappingProxyType(texts),
    )


def _named(index: TermIndex, words: list[str]) -> tuple[Meaning, ...]:
    """What a phrase names: by its own words, else by its singular key."""
    phrase = " ".join(words)
    return index.names.get(phrase) or index.singular.get(search_key(phrase), ())


def _phrases(index: TermIndex, words: list[str]) -> tuple[list[Meaning], set[int]]:
    """The names found in a query's words, longest first from each word on, and the words they cover."""
    found: dict[Meaning, None] = {}
    covered: set[int] = set()
    start = 0
    while start < len(words):
        for length in range(min(LONGEST_PHRASE, len(words) - start), 0, -1):
            meanings = _named(index, words[start : start + length])
            if meanings and not (length == 1 and words[start] in FILLER):
                found.update(dict.fromkeys(meanings))
                covered.update(range(start, start + length))
                start += length
                break
        else:
            start += 1
    return list(found), covered


def _corrected(index: TermIndex, words: list[str]) -> list[str]:
    """The words with each unknown one read as the known name word most like it, when one is alike enough."""
    fixed = []
    for word in words:
        if len(word) >= SHORTEST_CORRECTED and search_key(word) not in index.known_words:
            match = process.extractOne(word, index.name_words, scorer=fuzz.ratio, score_cutoff=WORD_CUTOFF)
            word = match[0] if match else word
        fixed.append(word)
    return fixed


def _begun(index: TermIndex, typed: str, found: list[Meaning]) -> tuple[Meaning, ...]:
    """The meanings of every name one of whose words starts with what was typed (while it is being typed)."""
    if len(typed) < 3:
        return ()
    begun: dict[Meaning, None] = {}
    at = index.name_text.find(f" {typed}")
    while at >= 0:
        name = index.name_list[bisect_right(index.name_starts, at) - 1]
        begun.update(dict.fromkeys(index.names[name]))
        at = index.name_text.find(f" {typed}", at + 1)
    return tuple(m for m in begun if m not in found)


def read_query(index: TermIndex, query: str | None) -> Reading:
    """What a query names. Only its first MAX_SEARCH characters are read (it is typed in the browser, so it may be of
    any length); a query under two letters names nothing."""
    typed = normal_words((query or "")[:MAX_SEARCH])[:QUERY_LENGTH].strip()
    if len(typed) < 2:
        return Reading()
    words = typed.split()
    found, covered = _phrases(index, words)
    fixed, corrected = _corrected(index, words), None
    if fixed != words:  # read as corrected when that names more of it (a misspelling the vocabulary lists is a name)
        found_fixed, covered_fixed = _phrases(index, fixed)
        if len(covered_fixed) > len(covered):
            found, covered, corrected = found_fixed, covered_fixed, " ".join(fixed)
    if not found and len(typed) >= 6:
        match = process.extractOne(typed, index.spelt_names, scorer=fuzz.ratio, score_cutoff=QUERY_CUTOFF)
        if match:
            found, covered, corrected = list(index.names[match[0]]), set(range(len(words))), match[0]
    read = fixed if corrected else words
    loose = tuple(w for n, w in enumerate(read) if n not in covered and w not in FILLER and len(w) >= 3)
    side = next((w for w in SIDE_WORDS if w in words), None)
    return Reading(tuple(found), _begun(index, " ".join(read), found), loose, corrected, side)
