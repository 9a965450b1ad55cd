"""Writes a synthetic dataset (2,000 trigger points, 2,000 regions by default) that passes the app's validation.

Regions: each fine area of the atlas is cut into parts (strips across each of its outlines, on every view it is
drawn on), so the body is covered as before but by more, smaller regions, each part keeping its area's group.
Points: copies of real rows (their text, muscle, conditions, techniques and sources) with their Xs moved a little on
every view the real point is drawn on (data/point_positions.csv), each referring pain to random parts. It only
exists to show how cost grows with the data: it is generated, never committed, and means nothing clinically.

Usage: python benchmarks/synthetic_data.py OUT_DIR [--points 2000] [--regions 2000]
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

from triggerpoints.data import DEFAULT_DATA_DIR, FILES, OPTIONAL_FILES, Dataset, load_dataset  # noqa: E402


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
        rounded = Polygon([(round(x, 2), round(y, 2)) for x, y in largest.exterior.coords[:-1]]).buffer(0)
        pieces.append(max(getattr(rounded, "geoms", [rounded]), key=lambda p: p.area))
    return pieces


def _points_text(polygon: Polygon) -> str:
    return " ".join(f"{x:.2f},{y:.2f}" for x, y in polygon.exterior.coords[:-1])


def _part_counts(sides: dict[str, int], target: int) -> dict[str, int]:
    """How many parts to cut each area into so that there are `target` regions (an area has a region per side)."""
    counts = dict.fromkeys(sides, 1)
    remaining = target - sum(sides.values())
    while remaining > 0:
        grown = False
        for area, n in sides.items():
            if n <= remaining:
                counts[area] += 1
                remaining -= n
                grown = True
        if not grown:  # only one-sided areas could make up the last region, and there are none
            break
    return counts


def synthetic_regions(regions: pd.DataFrame, target: int) -> tuple[pd.DataFrame, dict[str, list[str]]]:
    """`target` regions (at least one per real area and side) cut from the real ones, and which new areas each
    real area became."""
    if "group" not in regions.columns:
        regions = regions.assign(group=regions["area"])
    regions = regions.assign(group=[g or a for g, a in zip(regions["group"], regions["area"], strict=True)])
    sides = regions.groupby("area", sort=False)["side"].nunique().to_dict()
    counts = _part_counts(sides, target)
    parts_of = {area: [f"{area}-part{n + 1}" for n in range(count)] for area, count in counts.items()}
    rows = []
    for _, row in regions.iterrows():
        outline = Polygon([tuple(map(float, pair.split(","))) for pair in row["points"].split()])
        for n, piece in enumerate(_strips(outline, counts[row["area"]])):
            part = parts_of[row["area"]][n]
            rows.append({**row.to_dict(), "region_id": f"{part}-{row['side']}", "area": part,
                         "label": f"{row['label']} (part {n + 1})", "points": _points_text(piece)})  # fmt: skip
    return pd.DataFrame(rows, columns=regions.columns), parts_of


def _inside_spot(x: float, y: float, shapes: list[Polygon], rng: random.Random) -> tuple[float, float]:
    """A spot near (x, y) inside one of the shapes; failing that, the middle of a random one."""
    spots = [(round(x + rng.uniform(-12, 12), 1), round(y + rng.uniform(-12, 12), 1)) for _ in range(20)]
    spot = next((s for s in spots if any(shape.contains(Point(s)) for shape in shapes)), None)
    if spot is None:
        fallback = rng.choice(shapes).representative_point()
        spot = (round(fallback.x, 1), round(fallback.y, 1))
    return spot


def synthetic_points(
    real: Dataset, points: pd.DataFrame, areas: list[str], regions: pd.DataFrame, target: int, rng: random.Random
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """`target` points copied from real rows, their Xs moved a little on each view the real point is drawn on and
    referring pain to random areas; and their positions (`id,view,x,y`)."""
    right = {
        # Shrunk a little, so that rounding a position to 0.1 cannot move it out of the body.
        view: [
            shape
            for r in group["points"]
            if not (shape := Polygon([tuple(map(float, p.split(","))) for p in r.split()]).buffer(-0.5)).is_empty
        ]
        for view, group in regions[regions["side"] == "right"].groupby("view")
    }
    rows, positions = [], []
    for n in range(target):
        row = points.iloc[n % len(points)].to_dict()
        point_id = f"{row['id']}-s{n}"
        for view in real.point_views(row["id"], "right"):
            x, y = _inside_spot(*real.position(row["id"], "right", view), right[view], rng)
            positions.append({"id": point_id, "view": view, "x": f"{x:.1f}", "y": f"{y:.1f}"})
            if view == row["view"]:
                row["x"], row["y"] = f"{x:.1f}", f"{y:.1f}"
        chosen = rng.sample(areas, rng.randint(2, 6))
        split = rng.randint(1, len(chosen) - 1)
        zones = {"referral_primary": ";".join(chosen[:split]), "referral_spillover": ";".join(chosen[split:])}
        rows.append({**row, "id": point_id, **zones})
    return pd.DataFrame(rows, columns=points.columns), pd.DataFrame(positions, columns=["id", "view", "x", "y"])


def write_synthetic_dataset(out_dir: Path, points: int = 2000, regions: int = 2000, seed: int = 6) -> None:
    """Writes the data files to out_dir and checks that the app accepts them."""
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    real = load_dataset()
    read = {key: pd.read_csv(DEFAULT_DATA_DIR / name, dtype=str, keep_default_na=False) for key, name in FILES.items()}
    new_regions, parts_of = synthetic_regions(read["regions"], regions)
    conditions = read["conditions"].copy()
    # A group keeps its name (its areas' parts keep the group); an area named alone becomes its parts.
    conditions["felt_in"] = [
        ";".join(part for name in felt.split(";") if name for part in parts_of.get(name, [name]))
        for felt in conditions["felt_in"]
    ]
    new_points, positions = synthetic_points(real, read["points"], list(dict.fromkeys(new_regions["area"])),
                                             new_regions, points, rng)  # fmt: skip
    new_regions.to_csv(out_dir / FILES["regions"], index=False)
    new_points.to_csv(out_dir / FILES["points"], index=False)
    positions.to_csv(out_dir / OPTIONAL_FILES["positions"], index=False)
    conditions.to_csv(out_dir / FILES["conditions"], index=False)
    muscles = read["muscles"].copy()
    # With fewer points than the real data, some muscles have none; the loader asks them to say why.
    unused = ~muscles["key"].isin(set(new_points["muscle"]))
    muscles.loc[unused, "no_point_reason"] = "Not among the synthetic points."
    muscles.to_csv(out_dir / FILES["muscles"], index=False)
    shutil.copy(DEFAULT_DATA_DIR / FILES["techniques"], out_dir / FILES["techniques"])
    # The synthetic points keep their real muscles, so each click draws its muscle as on the real data.
    for kept in (OPTIONAL_FILES["muscle_outlines"], OPTIONAL_FILES["muscle_groups"]):
        shutil.copy(DEFAULT_DATA_DIR / kept, out_dir / kept)
    load_dataset(out_dir)  # raises DataError, naming file, line and column, if the generator made a bad row


def main() -> None:
    """Command line: writes the dataset and prints its size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--points", type=int, default=2000)
    parser.add_argument("--regions", type=int, default=2000)
    args = parser.parse_args()
    write_synthetic_dataset(args.out_dir, args.points, args.regions)
    dataset = load_dataset(args.out_dir)
    print(f"{len(dataset.points)} points, {len(dataset.regions)} regions written to {args.out_dir}")


if __name__ == "__main__":
    main()
