"""Writes a synthetic dataset (2,000 trigger points, 500 regions by default) that passes the app's validation.

Regions: each of the figure's areas is cut into strips, so the body is covered as before but by more, smaller
regions. Points: copies of real rows (their text, conditions, techniques and sources) at jittered positions,
each referring pain to random areas. It only exists to show how cost grows with the data: it is generated, never
committed, and means nothing clinically.

Usage: python benchmarks/synthetic_data.py OUT_DIR [--points 2000] [--regions 500]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
from pathlib import Path

import pandas as pd
from shapely.geometry import Point, Polygon, box

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from triggerpoints.data import DEFAULT_DATA_DIR, FILES, load_dataset  # noqa: E402


def _strips(outline: Polygon, count: int) -> list[Polygon]:
    """The outline cut into `count` strips across its longer side (the largest piece of each strip)."""
    x0, y0, x1, y1 = outline.bounds
    tall = (y1 - y0) >= (x1 - x0)
    pieces = []
    for i in range(count):
        a, b = i / count, (i + 1) / count
        cut = (
            box(x0, y0 + a * (y1 - y0), x1, y0 + b * (y1 - y0))
            if tall
            else box(x0 + a * (x1 - x0), y0, x0 + b * (x1 - x0), y1)
        )
        part = outline.intersection(cut)
        parts = getattr(part, "geoms", [part])
        largest = max((p for p in parts if isinstance(p, Polygon)), key=lambda p: p.area)
        pieces.append(Polygon([(round(x, 2), round(y, 2)) for x, y in largest.exterior.coords[:-1]]).buffer(0))
    return pieces


def _points_text(polygon: Polygon) -> str:
    return " ".join(f"{x:.2f},{y:.2f}" for x, y in polygon.exterior.coords[:-1])


def synthetic_regions(regions: pd.DataFrame, target: int) -> tuple[pd.DataFrame, dict[str, list[str]]]:
    """About `target` regions cut from the real ones, and which new areas each real area became."""
    areas = list(dict.fromkeys(regions["area"]))
    per_area, extra = divmod(target // 2, len(areas))
    rows, parts_of = [], {}
    for index, area in enumerate(areas):
        count = per_area + (1 if index < extra else 0)
        parts_of[area] = [f"{area}-part{n + 1}" for n in range(count)]
        for _, row in regions[regions["area"] == area].iterrows():
            outline = Polygon([tuple(map(float, pair.split(","))) for pair in row["points"].split()])
            for n, piece in enumerate(_strips(outline, count)):
                rows.append(
                    {
                        **row.to_dict(),
                        "region_id": f"{parts_of[area][n]}-{row['side']}",
                        "area": parts_of[area][n],
                        "label": f"{row['label']} (part {n + 1})",
                        "points": _points_text(piece),
                    }
                )
    return pd.DataFrame(rows, columns=regions.columns), parts_of


def synthetic_points(points: pd.DataFrame, areas: list[str], regions: pd.DataFrame, target: int, rng) -> pd.DataFrame:
    """`target` points copied from real rows, moved a little and referring pain to random areas."""
    right = {
        # Shrunk a little, so that rounding a position to 0.1 cannot move it out of the body.
        view: [Polygon([tuple(map(float, p.split(","))) for p in r.split()]).buffer(-0.5) for r in group["points"]]
        for view, group in regions[regions["side"] == "right"].groupby("view")
    }
    rows = []
    for n in range(target):
        row = points.iloc[n % len(points)].to_dict()
        x, y = float(row["x"]), float(row["y"])
        # A jittered spot inside the body; failing that, the middle of a random region of the same view.
        spots = [(round(x + rng.uniform(-12, 12), 1), round(y + rng.uniform(-12, 12), 1)) for _ in range(20)]
        fallback = rng.choice(right[row["view"]]).representative_point()
        x, y = next(
            (s for s in spots if any(shape.contains(Point(s)) for shape in right[row["view"]])),
            (round(fallback.x, 1), round(fallback.y, 1)),
        )
        chosen = rng.sample(areas, rng.randint(2, 6))
        split = rng.randint(1, len(chosen) - 1)
        rows.append(
            {
                **row,
                "id": f"{row['id']}-s{n}",
                "muscle": f"{row['muscle']} {n}",
                "x": f"{x:.1f}",
                "y": f"{y:.1f}",
                "referral_primary": ";".join(chosen[:split]),
                "referral_spillover": ";".join(chosen[split:]),
            }
        )
    return pd.DataFrame(rows, columns=points.columns)


def write_synthetic_dataset(out_dir: Path, points: int = 2000, regions: int = 500, seed: int = 6) -> None:
    """Writes the four CSV files to out_dir and checks that the app accepts them."""
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    read = {key: pd.read_csv(DEFAULT_DATA_DIR / name, dtype=str, keep_default_na=False) for key, name in FILES.items()}
    new_regions, parts_of = synthetic_regions(read["regions"], regions)
    conditions = read["conditions"].copy()
    conditions["felt_in"] = [
        ";".join(part for area in felt.split(";") if area for part in parts_of[area]) for felt in conditions["felt_in"]
    ]
    new_points = synthetic_points(read["points"], list(dict.fromkeys(new_regions["area"])), new_regions, points, rng)
    new_regions.to_csv(out_dir / FILES["regions"], index=False)
    new_points.to_csv(out_dir / FILES["points"], index=False)
    conditions.to_csv(out_dir / FILES["conditions"], index=False)
    shutil.copy(DEFAULT_DATA_DIR / FILES["techniques"], out_dir / FILES["techniques"])
    load_dataset(out_dir)  # raises DataError, naming file, line and column, if the generator made a bad row


def main() -> None:
    """Command line: writes the dataset and prints its size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--points", type=int, default=2000)
    parser.add_argument("--regions", type=int, default=500)
    args = parser.parse_args()
    write_synthetic_dataset(args.out_dir, args.points, args.regions)
    dataset = load_dataset(args.out_dir)
    print(f"{len(dataset.points)} points, {len(dataset.regions)} regions written to {args.out_dir}")


if __name__ == "__main__":
    main()
