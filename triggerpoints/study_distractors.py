"""Wrong answers that are surely wrong, for the questions on a muscle's origin, insertion, action and nerve.

A wrong option is another muscle's fact, drawn from muscles of the same body area first; but a muscle whose fact
could also answer the question is never offered. Two facts clash (`clash`) when their plain words are the same, or:
- nerve: they name a nerve of the same family (the tibial nerve and the medial plantar nerve, its branch, clash;
  so do any two supplies by spinal rami), read from the clinical text by `NERVES`;
- action: they share a movement and a body part it moves ("flexion of the hip" and "flexion and abduction of the
  hip"), read by `MOVEMENTS` and `PARTS`;
- origin and insertion: they share a named landmark ("calcaneus", "ischial") or the same feature of a bone
  ("medial epicondyle", "greater trochanter"); "medial epicondyle" and "lateral epicondyle" do not clash.
A muscle whose nerve or action this vocabulary cannot read gets no question on it (`readable`); a test keeps the
vocabulary covering every muscle of the data. No Dash imports.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from functools import lru_cache

from triggerpoints.data import Dataset
from triggerpoints.schema import MuscleRow

FIELDS = ("origin", "insertion", "action", "nerve")

# Nerve families: a muscle's nerves are every family one of whose names its clinical text contains.
NERVES = {
    "accessory": ("spinal accessory", "cn xi"),
    "trigeminal": ("trigeminal", "cn v3", "masseteric", "pterygoid", "deep temporal", "mylohyoid", "buccal nerve"),
    "facial": ("facial", "cn vii"),
    "trochlear": ("trochlear nerve", "cn iv"),
    "dorsal scapular": ("dorsal scapular",),
    "suprascapular": ("suprascapular",),
    "subscapular": ("subscapular",),
    "axillary": ("axillary",),
    "thoracodorsal": ("thoracodorsal",),
    "pectoral": ("pectoral nerve",),
    "long thoracic": ("long thoracic",),
    "nerve to subclavius": ("subclavius",),
    "musculocutaneous": ("musculocutaneous",),
    "radial": ("radial", "posterior interosseous"),
    "median": ("median", "anterior interosseous", "thenar"),
    "ulnar": ("ulnar",),
    "spinal rami": ("rami", "spinal nerve", "intercostal", "subcostal", "thoracoabdominal", "suboccipital",
                    "occipital nerve", "iliohypogastric", "ilioinguinal", "lumbar nerve"),
    "phrenic": ("phrenic",),
    "femoral": ("femoral nerve",),
    "obturator": ("obturator nerve",),
    "tibial": ("tibial", "sciatic", "plantar"),
    "fibular": ("fibular", "peroneal", "sciatic"),
    "superior gluteal": ("superior gluteal",),
    "inferior gluteal": ("inferior gluteal",),
    "sacral plexus branch": ("nerve to piriformis", "nerve to obturator internus", "nerve to quadratus femoris",
                             "nerve to levator ani"),
    "pudendal": ("pudendal", "inferior rectal", "perineal"),
}  # fmt: skip

# Movements and the parts they move, by the start of the words that name them in the clinical text.
MOVEMENTS = {
    "flexion": ("flex", "bend"), "extension": ("extens", "extend"), "abduction": ("abduct",),
    "adduction": ("adduct",), "rotation": ("rotat", "turn"), "elevation": ("elevat", "lift", "raise"),
    "depression": ("depress",), "protraction": ("protract", "protru"), "retraction": ("retract", "retru"),
    "dorsiflexion": ("dorsiflex",), "plantarflexion": ("plantar flex", "plantarflex"), "inversion": ("invers",),
    "eversion": ("evers",), "supination": ("supinat",), "pronation": ("pronat",), "opposition": ("opposi",),
    "deviation": ("deviat",), "tilt": ("tilt",), "stabilisation": ("stabil", "steady", "fixes", "holds"),
    "closure": ("clos",), "compression": ("compress",), "tension": ("tens",), "breathing": ("inspirat", "expirat",
                                                                                             "breath"),
    "wrinkling": ("wrinkl", "draws the scalp"), "dilation": ("dilat",), "support": ("support", "resist"),
}  # fmt: skip
PARTS = {
    "scapula": ("scapul", "shoulder blade", "clavic", "sternoclavicular"),
    "arm": ("humer", "arm at the shoulder", "the arm", "glenoid"),
    "elbow": ("elbow",), "forearm": ("forearm", "radio-ulnar"), "wrist": ("wrist", "carp"),
    "finger": ("digit", "finger", "phalang", "metacarpophalangeal"), "thumb": ("thumb", "pollic", "first metacarpal"),
    "hip": ("hip", "thigh", "femur", "femoral head"), "knee": ("knee",), "ankle": ("ankle",),
    "foot": ("foot", "arch", "sole"), "toe": ("toe", "hallu", "metatarsophalangeal"),
    "spine": ("spine", "vertebra", "trunk", "lumbar", "cervical", "thoracic spine", "sacroiliac", "segment"),
    "head": ("head and neck", "head", "neck", "atlanto"), "jaw": ("mandible", "jaw"), "hyoid": ("hyoid",),
    "rib": ("rib", "thora", "inspirat", "expirat", "intercostal"), "pelvis": ("pelvi",),
    "abdomen": ("abdom", "linea alba"),
    "eye": ("lid", "eye", "palpebr", "lacrimal"),
    "face": ("mouth", "lip", "cheek", "brow", "scalp", "skin of the neck"),
    "pelvic floor": ("anal", "anus", "anorectal", "perine", "urethr", "penis", "clitoris", "crus", "erection", "bulb",
                     "pelvic floor", "pelvic viscera", "coccyx"),
    "fascia": ("fascia", "aponeurosis", "iliotibial"),
}  # fmt: skip

VOCABULARIES = {"nerves": NERVES, "movements": MOVEMENTS, "parts": PARTS}

# Words that say where on a bone rather than which landmark: alone they never make two facts clash.
STOP = frozenset({
    "a", "an", "and", "the", "of", "to", "from", "through", "via", "by", "in", "on", "at", "its", "their", "with",
    "into", "or", "as", "both", "each", "also", "just", "about", "when", "which", "up", "down", "over", "under",
    "between", "above", "below", "along", "near", "beside", "behind", "around", "where", "while", "this", "that",
    "there", "it", "is", "are", "may", "can", "often", "usually", "sometimes", "variable", "some", "most", "part",
    "parts"
})  # fmt: skip
POSITIONS = frozenset({
    "lateral", "medial", "anterior", "posterior", "superior", "inferior", "upper", "lower", "proximal", "distal",
    "deep", "superficial", "outer", "inner", "third", "thirds", "half", "two", "one", "three", "four", "five",
    "middle", "central", "dorsal", "ventral", "palmar", "plantar", "internal", "external", "greater", "lesser",
    "long", "short", "common", "first", "second", "fifth", "left", "right", "adjacent"
})  # fmt: skip
FEATURES = frozenset({
    "surface", "border", "margin", "lip", "head", "heads", "belly", "fibre", "fibres", "fiber", "side", "sides",
    "tip", "base", "body", "shaft", "angle", "notch", "line", "ridge", "crest", "process", "spine", "fossa",
    "tubercle", "tuberosity", "condyle", "epicondyle", "trochanter", "facet", "groove", "sulcus", "tendon",
    "ligament", "fascia", "aponeurosis", "membrane", "capsule", "sheath", "raphe", "layer", "segment", "segments",
    "cartilage", "tract"
})  # fmt: skip
BONES = frozenset({
    "bone", "scapula", "humerus", "radius", "ulna", "femur", "tibia", "fibula", "rib", "vertebra", "vertebrae",
    "sacrum", "skull", "clavicle", "sternum", "metacarpal", "metatarsal", "phalanx", "phalange", "pelvis", "ilium"
})  # fmt: skip


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("es") and word[:-2].endswith(("ss", "x", "ch", "sh")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _words(text: str) -> list[str]:
    """The words of a text, stemmed, without numbers and vertebra names ("C7" reads as no word)."""
    return [_stem(w) for w in re.findall(r"[a-z]{3,}", text.lower())]


@lru_cache(maxsize=4096)
def _named(text: str, vocabulary: str) -> frozenset[str]:
    """The names of a vocabulary one of whose word starts begins a word of the text ("tens" in "tenses", not in
    "extension")."""
    low = text.lower()
    return frozenset(name for name, starts in VOCABULARIES[vocabulary].items()
                     if any(re.search(r"\b" + re.escape(s), low) for s in starts))  # fmt: skip


@lru_cache(maxsize=4096)
def landmarks(text: str) -> frozenset[str]:
    """The landmarks an origin or insertion names: its specific words, and each bone or feature of a bone with the
    word before it ("medial epicondyle", "fifth metatarsal")."""
    words = _words(text)
    found = {w for w in words if w not in STOP | POSITIONS | FEATURES | BONES}
    found |= {f"{a} {b}" for a, b in zip(words, words[1:], strict=False) if b in FEATURES | BONES and a not in STOP}
    return frozenset(found)


def nerves(muscle: MuscleRow) -> frozenset[str]:
    """The nerve families that supply a muscle."""
    return _named(muscle.nerve_clinical, "nerves")


def motions(muscle: MuscleRow) -> tuple[frozenset[str], frozenset[str]]:
    """The movements a muscle's action names, and the parts moved."""
    return _named(muscle.action_clinical, "movements"), _named(muscle.action_clinical, "parts")


def fact(muscle: MuscleRow, field: str) -> str:
    """A muscle's fact in plain words (the option shown)."""
    return getattr(muscle, field)


def readable(muscle: MuscleRow, field: str) -> bool:
    """Whether the vocabulary reads the muscle's fact well enough to tell which others clash with it."""
    if field == "nerve":
        return bool(nerves(muscle))
    if field == "action":
        return all(motions(muscle))
    return bool(landmarks(getattr(muscle, field + "_clinical")))


def clash(a: MuscleRow, b: MuscleRow, field: str) -> bool:
    """Whether b's fact could also answer the question on a's (or a's on b's)."""
    if a.key == b.key or fact(a, field).strip().lower() == fact(b, field).strip().lower():
        return True
    if field == "nerve":
        return bool(nerves(a) & nerves(b))
    if field == "action":
        (moves_a, parts_a), (moves_b, parts_b) = motions(a), motions(b)
        return bool(moves_a & moves_b) and bool(parts_a & parts_b)
    clinical = field + "_clinical"
    return bool(landmarks(getattr(a, clinical)) & landmarks(getattr(b, clinical)))


def muscle_areas(dataset: Dataset, muscle: str) -> frozenset[str]:
    """The navigation areas of a muscle's points."""
    return frozenset(dataset.points[p].nav_area for p in dataset.muscle_points(muscle))


def wrong_muscles(dataset: Dataset, muscle: str, field: str, rng: random.Random, count: int) -> Sequence[str]:
    """Up to `count` muscles whose fact is surely a wrong answer on this muscle's, those of the same body area
    first, each with its own wording."""
    right = dataset.muscles[muscle]
    if not readable(right, field):
        return []
    areas = muscle_areas(dataset, muscle)
    # A wording shared by several muscles is offered only when none of them could be right.
    clashing = {fact(m, field).strip().lower() for m in dataset.muscles.values() if clash(right, m, field)}
    others = sorted(k for k, m in dataset.muscles.items() if readable(m, field) and
                    fact(m, field).strip().lower() not in clashing)  # fmt: skip
    rng.shuffle(others)
    others.sort(key=lambda k: not (muscle_areas(dataset, k) & areas))
    chosen: list[str] = []
    texts = {fact(right, field).strip().lower()}
    for key in others:
        text = fact(dataset.muscles[key], field).strip().lower()
        if text not in texts:
            chosen.append(key)
            texts.add(text)
        if len(chosen) == count:
            break
    return chosen
