"""Gives callbacks what the running app was built with: the dataset and its pain index (no module-level state)."""

from flask import current_app

from triggerpoints.data import Dataset
from triggerpoints.pain_finder import PainIndex

DATASET_KEY = "TRIGGER_POINT_DATASET"
PAIN_INDEX_KEY = "TRIGGER_POINT_PAIN_INDEX"


def current_dataset() -> Dataset:
    """The validated dataset the running app was created with."""
    return current_app.config[DATASET_KEY]


def current_pain_index() -> PainIndex:
    """The pain finder's start-up index for the running app."""
    return current_app.config[PAIN_INDEX_KEY]
