"""Writes data/muscle_outlines.csv from the muscle shapes (triggerpoints/atlas/muscle_outlines.py).

Run it after changing a muscle_shapes_*.py module: `python scripts/build_muscle_outlines.py`.
`--check` writes nothing and fails when the committed file differs from what the shapes make (a test checks
the same).
"""

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from triggerpoints.atlas.muscle_outlines import outline_rows, write_outline_csv  # noqa: E402

TARGET = Path(__file__).resolve().parent.parent / "data" / "muscle_outlines.csv"


def is_current(path: Path) -> bool:
    """Whether the file at path holds exactly the rows the shapes make."""
    if not path.exists():
        return False
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle)) == outline_rows()


def main() -> None:
    """Parses the arguments, then writes or checks the file."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if the committed file is out of date")
    args = parser.parse_args()
    if args.check:
        if not is_current(TARGET):
            sys.exit(f"{TARGET} is out of date: run python scripts/build_muscle_outlines.py")
        print(f"{TARGET} is up to date")
        return
    count = write_outline_csv(TARGET)
    print(f"wrote {count} muscle outlines to {TARGET}")


if __name__ == "__main__":
    main()
