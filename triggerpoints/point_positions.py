"""Where each trigger point's X stands on the new body atlas, on every view where the point can be seen.

`data/point_positions.csv` holds one row per point per view (`id,view,x,y`): on the front and back views the X
on the person's right side (the app mirrors it for the left), on the side view the X as drawn (the side view
shows the right side only). This module reads that file and checks it against `data/trigger_points.csv` and the
silhouettes of `triggerpoints.atlas`; problems are named by file, line and column as `triggerpoints.data` names
them. It imports no Dash.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from shapely.geometry import Point, Polygon

from triggerpoints.atlas.frame import VIEW_CENTERS, VIEWS
from triggerpoints.atlas.views import build_views
from triggerpoints.data import Problem

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
POSITIONS_FILE = "point_positions.csv"
POINTS_FILE = "trigger_points.csv"
COLUMNS = ("id", "view", "x", "y")
MAIN_VIEWS = ("front", "back")

# Xs of different muscles closer than this (figure units) are reported as crowded.
CROWDED_DISTANCE = 4.0
# Pairs of points that lie on top of each other in the body, so their Xs may stand close: the deep muscle is
# pressed for through the superficial one, or the two are charted at the same spot.
OVERLAPPING: frozenset[frozenset[str]] = frozenset()


@dataclass(frozen=True)
class PointPosition:
    """Where one point's X stands on one view, and the line of the file that says so."""

    point_id: str
    view: str
    x: float
    y: float
    line: int


@dataclass(frozen=True)
class CrowdedPair:
    """Two Xs of different muscles that stand closer than CROWDED_DISTANCE on one view."""

    view: str
    first: str
    second: str
    distance: float

    def __str__(self) -> str:
        return f"{self.view}: {self.first} and {self.second} are {self.distance:.1f} apart"


@dataclass(frozen=True)
class PositionCheck:
    """The outcome of reading the positions file: the positions, the problems and the crowded pairs."""

    positions: tuple[PointPosition, ...]
    problems: tuple[Problem, ...]
    crowded: tuple[CrowdedPair, ...]


def _silhouettes() -> dict[str, Polygon]:
    """The closed silhouette of each atlas view as a polygon."""
    return {name: Polygon(view.silhouette) for name, view in build_views().items()}


def _point_muscles(path: Path, problems: list[Problem]) -> dict[str, tuple[str, str]]:
    """Each point id of trigger_points.csv with its muscle and main view."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return {row["id"]: (row["muscle"], row["view"]) for row in csv.DictReader(handle)}
    except (OSError, KeyError, csv.Error, UnicodeDecodeError) as error:
        problems.append(Problem(f"data/{path.name}", None, None, f"cannot be read: {error}"))
        return {}


def _number(text: str, name: str, column: str, line: int, problems: list[Problem]) -> float | None:
    """The cell as a finite number, or None with a problem recorded."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        problems.append(Problem(name, line, column, f"should be a number (got {text!r})"))
        return None
    return value


def _read_rows(path: Path, problems: list[Problem]) -> list[tuple[int, dict[str, str]]] | None:
    """The file's rows with their line numbers (blank lines skipped), or None if the file cannot be read (a wrong
    header, bytes that are not UTF-8, text that is not CSV), with the problem recorded."""
    name = f"data/{path.name}"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        problems.append(Problem(name, None, None, f"cannot be read: {error}"))
        return None
    reader = csv.reader(text.splitlines(), strict=True)
    try:
        header = next(reader, None)
        if header is None or tuple(header) != COLUMNS:
            problems.append(Problem(name, 1, None, f"the header should be {','.join(COLUMNS)} (got {header})"))
            return None
        rows = []
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) != len(COLUMNS):
                problems.append(Problem(name, reader.line_num, None, f"should have 4 cells (got {len(cells)})"))
                continue
            rows.append((reader.line_num, dict(zip(COLUMNS, cells, strict=True))))
        return rows
    except csv.Error as error:
        problems.append(Problem(name, reader.line_num, None, f"is not CSV: {error}"))
        return None


def check_positions(data_dir: Path | str | None = None) -> PositionCheck:
    """Reads data/point_positions.csv and checks it against trigger_points.csv and the atlas's silhouettes."""
    folder = Path(data_dir) if data_dir is not None else DATA_DIR
    name = f"data/{POSITIONS_FILE}"
    problems: list[Problem] = []
    points = _point_muscles(folder / POINTS_FILE, problems)
    silhouettes = _silhouettes()
    positions: list[PointPosition] = []
    seen: dict[tuple[str, str], int] = {}
    rows = _read_rows(folder / POSITIONS_FILE, problems)
    for line, row in rows or []:
        point_id, view = row["id"], row["view"]
        if point_id not in points:
            problems.append(Problem(name, line, "id", f"{point_id!r} is not a point of data/{POINTS_FILE}"))
        if view not in VIEWS:
            problems.append(Problem(name, line, "view", f"should be one of {', '.join(VIEWS)} (got {view!r})"))
            continue
        if (point_id, view) in seen:
            problems.append(
                Problem(name, line, "view", f"{point_id} already has a {view} row (line {seen[point_id, view]})")
            )
        seen.setdefault((point_id, view), line)
        x = _number(row["x"], name, "x", line, problems)
        y = _number(row["y"], name, "y", line, problems)
        if x is None or y is None:
            continue
        if not silhouettes[view].contains(Point(x, y)):
            problems.append(Problem(name, line, "x", f"({x}, {y}) lies outside the body on the {view} view"))
        elif view in MAIN_VIEWS and not _on_right_half(view, x):
            problems.append(Problem(name, line, "x", f"{x} is not on the person's right half of the {view} view"))
        positions.append(PointPosition(point_id, view, x, y, line))
    # A file that cannot be read misses every point; that follows from its one problem, so it is not listed.
    for point_id, (_, main_view) in points.items() if rows is not None else ():
        if (point_id, main_view) not in seen:
            problems.append(Problem(name, None, None, f"{point_id} has no row for its main view, {main_view}"))
    muscles = {point_id: muscle for point_id, (muscle, _) in points.items()}
    return PositionCheck(tuple(positions), tuple(problems), tuple(crowded_pairs(positions, muscles)))


def _on_right_half(view: str, x: float) -> bool:
    """Whether x lies on the person's right half of the front or back view (the midline itself counts)."""
    centre = VIEW_CENTERS[view]
    return x <= centre if view == "front" else x >= centre


def crowded_pairs(
    positions: Iterable[PointPosition], muscles: Mapping[str, str], limit: float = CROWDED_DISTANCE
) -> list[CrowdedPair]:
    """The pairs of Xs of different muscles closer than limit on the same view, unless listed as OVERLAPPING."""
    by_view: dict[str, list[PointPosition]] = {}
    for position in positions:
        by_view.setdefault(position.view, []).append(position)
    pairs = []
    for view, spots in by_view.items():
        for i, a in enumerate(spots):
            for b in spots[i + 1 :]:
                if muscles.get(a.point_id) == muscles.get(b.point_id):
                    continue
                if frozenset((a.point_id, b.point_id)) in OVERLAPPING:
                    continue
                distance = math.hypot(a.x - b.x, a.y - b.y)
                if distance < limit:
                    pairs.append(CrowdedPair(view, a.point_id, b.point_id, distance))
    return sorted(pairs, key=lambda pair: pair.distance)


def load_positions(data_dir: Path | str | None = None) -> Mapping[str, Mapping[str, tuple[float, float]]]:
    """Every point's X per view, read-only ({id: {view: (x, y)}}); raises ValueError listing every problem."""
    check = check_positions(data_dir)
    if check.problems:
        listed = "\n".join(f"  - {problem}" for problem in check.problems)
        raise ValueError(f"{POSITIONS_FILE} has {len(check.problems)} problem(s):\n{listed}")
    table: dict[str, dict[str, tuple[float, float]]] = {}
    for position in check.positions:
        table.setdefault(position.point_id, {})[position.view] = (position.x, position.y)
    return MappingProxyType({point_id: MappingProxyType(views) for point_id, views in table.items()})
