"""Where the tests find the project and its files, whichever tier folder a test lives in."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_DATA = ROOT / "tests" / "fixtures" / "data"
REGIONS_CSV = ROOT / "data" / "body_regions.csv"
ASSETS = ROOT / "assets"
