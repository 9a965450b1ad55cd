"""Guided self-care for one trigger point: the safety check, the steps, the hold time and the session history."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from triggerpoints.data import Dataset

# The warning signs that stop any self-care session, whatever the point (docs/content-review.md).
GENERAL_RED_FLAGS = (
    "Chest pain, or pain in the left arm, jaw or between the shoulder blades with breathlessness, sweating or nausea",
    "A swollen, warm, red or tender calf (a possible blood clot)",
    "Numbness, tingling or weakness that is getting worse",
    "A new change in bladder or bowel control, or numbness in the saddle area",
    "Fever with a stiff neck or headache",
    "A sudden, severe “worst ever” headache",
    "Pain at night or at rest with unexplained weight loss or a history of cancer",
    "Pain after a recent fall, accident or injury",
)
PRESSING = ("ischemic-compression", "pincer-grip", "ball-self-massage", "trigger-point-massage", "pin-and-stretch")
HOLD_CHOICES = (30, 60, 90)
MAX_HISTORY = 50


@dataclass(frozen=True)
class GuidedPlan:
    """What a guided session for a point shows at each step."""

    point_id: str
    side: str
    muscle: str
    find: str
    press: str
    press_steps: tuple[str, ...]
    hold_seconds: int
    stretch: str
    professional_only_note: bool


def safety_questions(dataset: Dataset, point_id: str) -> tuple[str, ...]:
    """The general red flags, then the point's own (from its conditions), without repeats."""
    flags = dict.fromkeys(GENERAL_RED_FLAGS)
    flags.update(dict.fromkeys(f.rstrip(".") for f in dataset.red_flags(point_id)))
    return tuple(flags)


def hold_seconds(dose: str) -> int:
    """The suggested hold for a technique's dose text ("Hold 30-90 seconds…" -> 60), within 30 to 90 s."""
    match = re.search(r"(\d+)\s*(?:-|–|to)\s*(\d+)\s*seconds", dose)
    if not match:
        return 60
    low, high = int(match[1]), int(match[2])
    middle = (low + high) // 2
    return min(HOLD_CHOICES, key=lambda choice: abs(choice - middle))


def guided_plan(dataset: Dataset, point_id: str, side: str) -> GuidedPlan:
    """The steps for a point: find it, press it (self-care technique only), ease off, stretch."""
    point = dataset.points[point_id]
    pressing = [dataset.techniques[k] for k in point.techniques if k in PRESSING and dataset.techniques[k].is_self_care]
    technique = pressing[0] if pressing else None
    return GuidedPlan(
        point_id=point_id,
        side=side,
        muscle=point.muscle,
        find=point.location,
        press=point.self_care,
        press_steps=technique.steps if technique else (),
        hold_seconds=hold_seconds(technique.dose) if technique else 30,
        stretch=point.stretch,
        professional_only_note=not point.self_care_friendly,
    )


def session_entry(point_id: str, side: str, before: object, after: object, when: datetime) -> dict | None:
    """A history entry for a finished session, or None when the ratings are not whole numbers from 0 to 10."""
    ratings = []
    for value in (before, after):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 10:
            return None
        ratings.append(int(value))
    return {"when": when.strftime("%Y-%m-%d %H:%M"), "point": point_id, "side": side,
            "before": ratings[0], "after": ratings[1]}  # fmt: skip


def clean_history(history: object, dataset: Dataset) -> list[dict]:
    """The stored history, keeping only well-formed entries for known points (it lives in the browser)."""
    if not isinstance(history, list):
        return []
    keep = []
    for entry in history[-MAX_HISTORY:]:
        if (
            isinstance(entry, dict)
            and entry.get("point") in dataset.points
            and entry.get("side") in ("right", "left")
            and all(isinstance(entry.get(k), int) and 0 <= entry[k] <= 10 for k in ("before", "after"))
            and isinstance(entry.get("when"), str)
        ):
            keep.append({k: entry[k] for k in ("when", "point", "side", "before", "after")})
    return keep


def add_to_history(history: list[dict], entry: dict) -> list[dict]:
    """The history with a new entry last (the oldest dropped past MAX_HISTORY)."""
    return [*history, entry][-MAX_HISTORY:]
