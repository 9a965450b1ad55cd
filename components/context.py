"""Gives callbacks the dataset of the app that is serving the request (no module-level state)."""

from flask import current_app

from triggerpoints.data import Dataset

DATASET_KEY = "TRIGGER_POINT_DATASET"


def current_dataset() -> Dataset:
    """The validated dataset the running app was created with."""
    return current_app.config[DATASET_KEY]
