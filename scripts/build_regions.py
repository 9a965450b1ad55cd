"""Writes data/body_regions.csv from the figure generator in triggerpoints/region_builder.py.

Run it after changing the generator: `python scripts/build_regions.py`. A test checks that the committed
CSV is exactly what the generator makes.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from triggerpoints.region_builder import region_rows, write_region_csv  # noqa: E402

if __name__ == "__main__":
    target = Path(__file__).resolve().parent.parent / "data" / "body_regions.csv"
    write_region_csv(target)
    print(f"wrote {len(region_rows())} regions to {target}")
