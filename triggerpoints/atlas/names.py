"""Plain names of the landmarks, as a therapist would say them, with the clinical term where it helps."""

from __future__ import annotations

LANDMARK_NAMES: dict[str, str] = {
    "brow": "eyebrow",
    "eye": "eye",
    "nose": "nose",
    "lips": "lips",
    "ear": "ear",
    "chin": "chin",
    "jaw-angle": "angle of the jaw",
    "jawline": "jawline (mandible)",
    "tmj": "jaw joint (TMJ)",
    "mastoid": "bony bump behind the ear (mastoid process)",
    "cheekbone": "cheekbone (zygomatic arch)",
    "base-of-skull": "base of the skull (occipital ridge)",
    "scm": "neck muscle from behind the ear to the breastbone (sternocleidomastoid)",
    "clavicle": "collarbone (clavicle)",
    "acromion": "point of the shoulder (acromion)",
    "sternum": "breastbone (sternum)",
    "nipple": "nipple",
    "ribcage": "lower edge of the ribcage",
    "navel": "navel",
    "iliac-crest": "top of the hip bone (iliac crest)",
    "asis": "front point of the hip bone (ASIS)",
    "psis": "dimple at the back of the hip bone (PSIS)",
    "groin": "groin crease",
    "c7": "bony bump at the base of the neck (C7)",
    "spine": "line of the spine",
    "scapula": "shoulder blade (scapula)",
    "scapular-spine": "ridge of the shoulder blade (spine of the scapula)",
    "sacrum": "sacrum",
    "tailbone": "tailbone (coccyx)",
    "gluteal-fold": "fold below the buttock (gluteal fold)",
    "olecranon": "point of the elbow (olecranon)",
    "lateral-epicondyle": "outer bony point of the elbow (lateral epicondyle)",
    "medial-epicondyle": "inner bony point of the elbow (medial epicondyle)",
    "elbow-crease": "elbow crease",
    "greater-trochanter": "bony point of the hip (greater trochanter)",
    "kneecap": "kneecap (patella)",
    "knee-crease": "crease behind the knee",
    "fibular-head": "bony bump below the outer knee (head of the fibula)",
    "tibia": "shin bone (tibia)",
    "achilles": "Achilles tendon",
    "medial-malleolus": "inner ankle bone (medial malleolus)",
    "lateral-malleolus": "outer ankle bone (lateral malleolus)",
    "heel": "heel",
    "arch": "arch of the foot",
}


def landmark_label(name: str, side: str) -> str:
    """The hover label of a landmark on one side ("Right collarbone (clavicle)"), or unsided for the midline."""
    plain = LANDMARK_NAMES[name]
    if side == "center":
        return plain[0].upper() + plain[1:]
    return f"{side.capitalize()} {plain}"
