"""Writes data/body_regions.csv from the fine body atlas (triggerpoints/atlas, via triggerpoints/region_csv.py).

Run it after changing the atlas: `python scripts/build_regions.py`. A test checks that the committed CSV is
exactly what the atlas makes.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from triggerpoints.region_csv import write_region_csv  # noqa: E402

if __name__ == "__main__":
    target = Path(__file__).resolve().parent.parent / "data" / "body_regions.csv"
    count = write_region_csv(target)
    print(f"wrote {count} region outlines to {target}")
