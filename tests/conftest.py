"""Shared fixtures: isolated copies of the tiny fixture data, the real dataset, and apps built on either."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from triggerpoints.data import Dataset, load_dataset

FIXTURE_DATA = Path(__file__).parent / "fixtures" / "data"


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
