"""Shared fixtures: isolated copies of the tiny fixture data, the real dataset, and apps built on either (each a
complete app of its own: `create_app` isolates)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.callback_context import callback_request
from tests.paths import FIXTURE_DATA
from triggerpoints.data import Dataset, load_dataset


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A private copy of the fixture data that a test may break."""
    target = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, target)
    return target


@pytest.fixture(scope="session")
def fixture_dataset() -> Dataset:
    """The tiny fixture dataset (3 points)."""
    return load_dataset(FIXTURE_DATA)


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    """The real, bundled dataset."""
    return load_dataset()


@pytest.fixture(scope="session")
def real_app():
    """The app as users get it, on the bundled data."""
    from app import create_app

    return create_app()


@pytest.fixture
def fixture_app():
    """An app on the fixture data, inside a callback request to it: callbacks can be called directly
    (`tests.callback_context.call_in_context`)."""
    from app import create_app

    app = create_app(str(FIXTURE_DATA))
    with callback_request(app):
        yield app
