"""Writes the generated parts of docs/content-review.md from the data: a summary of the counts against issue 15's
targets, and a section per muscle with its points, sources, what the automatic checks found for it and what is
still open (docs/content-review-open.csv, kept by hand). The hand-written sections around them stay as they are.

Usage: python scripts/content_review.py   (a test checks the committed document matches the data)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pandas as pd
from shapely.geometry import Point, Polygon
from shapely.ops import unary_union

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from triggerpoints.data import Dataset, load_dataset  # noqa: E402
from triggerpoints.figure_frame import VIEWS  # noqa: E402
from triggerpoints.guided import PRESSING  # noqa: E402
from triggerpoints.messages import EVIDENCE_NOTE  # noqa: E402
from triggerpoints.pain_finder import build_pain_index  # noqa: E402
from triggerpoints.schema import HOLD_MAX  # noqa: E402

DOC = ROOT / "docs" / "content-review.md"
OPEN_ITEMS = ROOT / "docs" / "content-review-open.csv"
ZONE_GALLERY = ROOT / "docs" / "screenshots" / "atlas" / "zones"
MUSCLE_GALLERY = ROOT / "docs" / "screenshots" / "muscles"
BLOCKS = ("summary", "muscles")
TARGET_POINTS, TARGET_MUSCLES = 260, 140  # issue 15: "at least 140 distinct muscles and 260 trigger points"
DAVIES = "Davies, Trigger Point Therapy Workbook"
HOLD = re.compile(r"(\d+)\s*[-–]\s*(\d+)\s*(?:s\b|seconds)")  # a hold range in the self-care text, as docs/data.md
POINT_COLUMNS = {"point": "Point", "part": "Part", "where": "Where", "x_area": "X on the figure",
                 "essential": "Essential zone", "spillover": "Spillover zone", "friendly": "Self-care friendly",
                 "picture": "Zone picture"}  # fmt: skip


def markers(block: str) -> tuple[str, str]:
    """The comments that open and close a generated block of the document."""
    return f"<!-- generated {block}: python scripts/content_review.py -->", f"<!-- end of generated {block} -->"


def read_open_items(path: Path = OPEN_ITEMS) -> pd.DataFrame:
    """What is still open, by muscle key and (where it is one point's) point id, in the file's order."""
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def open_item_problems(dataset: Dataset, open_items: pd.DataFrame) -> list[str]:
    """What is wrong in the open items: a key that is no muscle, a point not of that muscle, an empty item."""
    problems = []
    for line, (key, point, item) in enumerate(open_items[["key", "point", "open_item"]].itertuples(index=False), 2):
        if key not in dataset.muscles:
            problems.append(f"line {line}: '{key}' is not a muscle key")
        elif point and point not in dataset.muscle_points(key):
            problems.append(f"line {line}: '{point}' is not a point of '{key}'")
        if not item.strip():
            problems.append(f"line {line}: the open item is empty")
    return problems


def _gallery(folder: Path) -> set[str]:
    """The pictures a gallery's README links that exist, by name without ".png"."""
    linked = re.findall(r"\]\(([\w-]+)\.png\)", (folder / "README.md").read_text(encoding="utf-8"))
    return {name for name in linked if (folder / f"{name}.png").exists()}


def _fine_zone_ids() -> set[str]:
    """The points whose zones are redrawn at the fine level (data/fine_zones_*.csv)."""
    files = sorted((ROOT / "data").glob("fine_zones_*.csv"))
    return set(pd.concat([pd.read_csv(f, dtype=str, keep_default_na=False) for f in files])["id"])


def _link(text: str, path: Path) -> str:
    return f"[{text}]({path.relative_to(DOC.parent).as_posix()})"


def _cell(text: str) -> str:
    # A "|" inside a cell would end it: Markdown tables have no escape that every viewer reads.
    return text.replace("|", "/")


def _place(location: str, length: int = 60) -> str:
    """Where a point's text places it, short: its first sentence, cut at a word with "…" past `length` characters."""
    sentence = re.split(r"(?<=[.:;])\s", location, maxsplit=1)[0].rstrip(".:;")
    return sentence if len(sentence) <= length else sentence[:length].rsplit(" ", 1)[0].rstrip(",") + "…"


def _zone(dataset: Dataset, names: tuple[str, ...]) -> str:
    """A zone in plain words, each area (or whole group) once: "temple · behind the ear"."""
    return " · ".join(dataset.area_label(a).lower() for a in dataset.zone_names(names))


def _views_by_outline(dataset: Dataset, point_id: str) -> tuple[list[str], list[str]]:
    """The views whose X (on the right, or on the one side the point is charted on) lies inside the muscle's outline,
    and those where it lies outside (or is not drawn)."""
    muscle, side, inside, outside = dataset.points[point_id].muscle, dataset.point_sides(point_id)[0], [], []
    for view in dataset.point_views(point_id, side):
        shape = unary_union([Polygon(piece) for piece in dataset.muscle_outline(muscle, view, side)])
        (inside if shape.contains(Point(dataset.position(point_id, side, view))) else outside).append(view)
    return inside, outside


def point_table(dataset: Dataset) -> pd.DataFrame:
    """One row per point: what the review shows of it and what the automatic checks found."""
    index, fine, pictured = build_pain_index(dataset), _fine_zone_ids(), _gallery(ZONE_GALLERY)
    felt_in = {key: set(condition.felt_in) for key, condition in dataset.conditions.items()}
    rows = []
    for point_id, point in dataset.points.items():
        region = index.region_at(*dataset.position(point_id, dataset.point_sides(point_id)[0]))
        area = dataset.area_label(dataset.regions[region].area) if region else "outside the body"
        zone = {*point.referral_primary, *point.referral_spillover}
        kinds = {dataset.techniques[t].kind for t in point.techniques}
        pressed = any(k in PRESSING and dataset.techniques[k].is_self_care for k in point.techniques)
        inside, outside = _views_by_outline(dataset, point_id)
        rows.append(
            {
                "muscle": point.muscle,
                "point": f"`{point_id}`",
                "id": point_id,
                "part": point.muscle_part or "–",
                "where": _place(point.location),
                "x_area": f"{point.view}: {area[0].lower()}{area[1:]}",
                "essential": _zone(dataset, point.referral_primary),
                "spillover": _zone(dataset, point.referral_spillover) or "none",
                "friendly": "yes" if point.self_care_friendly else "no",
                "picture": _link("zone", ZONE_GALLERY / f"{point_id}.png") if point_id in pictured else "none",
                "inside": inside,
                "outside": outside,
                "drawn": point_id in fine and point_id in pictured,
                "tags": len(point.conditions),
                "tags_missing": [k for k in point.conditions if felt_in[k] and not zone & felt_in[k]],
                "pressed": pressed,
                "pressure": bool(re.search(r"\d+ out of 10", point.self_care)),
                "thinners": bool(re.search(r"blood[- ]thinn", point.precautions, re.I)),
                "precautions": len(point.precautions) > 40,
                "hold_ok": all(int(m[2]) <= HOLD_MAX for m in HOLD.finditer(point.self_care)),
                "hold_seconds": point.hold_seconds,
                "options": kinds == {"self_care", "professional"},
                "davies": any(s.startswith(DAVIES) for s in point.sources),
                "sources": point.sources,
            }
        )
    return pd.DataFrame(rows)


def _ids(ids: list[str]) -> str:
    return ", ".join(f"`{i}`" for i in ids)


def _every(points: pd.DataFrame, column: str, holds: str, fails: str) -> str:
    """The words `holds` when the column is true on every point, else `fails` and the points it fails on."""
    failing = points.loc[~points[column], "id"].tolist()
    return f"{fails}: {_ids(failing)}" if failing else holds


def muscle_checks(dataset: Dataset, key: str, points: pd.DataFrame, drawn_muscles: set[str]) -> list[str]:
    """What the automatic checks found for a muscle and its points, in words; failures named by point."""
    views = [v for v in VIEWS if dataset.muscle_outline(key, v, "right")]
    named = " and ".join([", ".join(views[:-1]), views[-1]] if len(views) > 1 else views)
    checks = [f"outline drawn on the {named} view{'s' * (len(views) > 1)}" if views else "NO outline",
              "outline picture in the muscle gallery" if key in drawn_muscles else "NO outline picture"]  # fmt: skip
    if points.empty:
        return checks
    outside = [f"`{p}` ({', '.join(v)})" for p, v in zip(points["id"], points["outside"], strict=True) if v]
    count = int(points["inside"].map(len).sum())
    inside = f"all {count} Xs inside the outline" if count > 1 else "its X inside the outline"
    checks.append(f"X OUTSIDE the outline: {', '.join(outside)}" if outside else inside)
    checks.append(_every(points, "drawn", "every zone redrawn at the fine level and pictured", "zone NOT pictured"))
    missing = [f"`{p}` ({', '.join(m)})" for p, m in zip(points["id"], points["tags_missing"], strict=True) if m]
    tags = int(points["tags"].sum())
    reach = f"all {tags} condition tags reach the zones" if tags > 1 else "its condition tag reaches the zone"
    checks.append(f"tags MISS their zones: {', '.join(missing)}" if missing else reach if tags else "no condition tags")
    checks.append(_every(points, "precautions", "precautions on every point", "precautions MISSING"))
    pressed = points[points["pressed"]]
    if not pressed.empty:
        where = f"the {len(pressed)} pressed points" if len(pressed) > 1 else "the pressed point"
        checks.append(_every(pressed, "pressure", f"pressure out of 10 on {where}", "NO pressure out of 10"))
        checks.append(_every(pressed, "thinners", "blood thinners named where pressed", "NO blood thinners"))
    checks.append(_every(points, "hold_ok", "holds a minute at most", "hold OVER a minute"))
    capped = points.dropna(subset=["hold_seconds"]).groupby("hold_seconds", sort=True)["id"]
    checks += [f"hold capped at {int(seconds)} s on {_ids(list(ids))}" for seconds, ids in capped]
    checks.append(_every(points, "options", "self-care and professional options", "options MISSING"))
    return checks


def _against(count: int, target: int) -> str:
    """How a count stands against its target: "(2 over)", "(14 short, 95% of it)"."""
    if count >= target:
        return f"({count - target} over)" if count > target else "(exactly the target)"
    return f"({target - count} short, {count / target:.0%} of it)"


def _short(source: str) -> str:
    return source.replace(DAVIES, "Davies")


def muscle_sources(dataset: Dataset, key: str, points: pd.DataFrame) -> str:
    """The muscle's sources and its points', each once, saying who cites it."""
    cited: dict[str, list[str]] = {s: ["muscle"] for s in dataset.muscles[key].sources}
    for point_id, sources in zip(points["id"], points["sources"], strict=True):
        for source in sources:
            cited.setdefault(source, []).append(point_id)
    parts = []
    for source, by in cited.items():
        ids = [b for b in by if b != "muscle"]
        others = [p for p in points["id"] if p not in ids]
        whom = ("its point" if len(ids) == 1 else "all its points") if not others else _ids(ids)
        if others and len(others) < len(ids):
            whom = f"all its points but {_ids(others)}"
        who = " and ".join(w for w in ("the muscle" if "muscle" in by else "", whom if ids else "") if w)
        parts.append(f"{_short(source)} ({who})")
    return "; ".join(parts)


def muscle_section(dataset: Dataset, key: str, points: pd.DataFrame, open_items: pd.DataFrame,
                   drawn_muscles: set[str]) -> list[str]:  # fmt: skip
    """A muscle's section: heading, depth and parts, its points' table, sources, checks and open items."""
    muscle = dataset.muscles[key]
    under = ", ".join(dataset.muscles[k].name[0].lower() + dataset.muscles[k].name[1:] for k in muscle.covered_by)
    depth = f"**Deep**, under {under}" if under else "**Superficial**"
    parts = f"parts: {'; '.join(muscle.parts)}" if muscle.parts else "no parts named"
    picture = _link("outline picture", MUSCLE_GALLERY / f"{key}.png") if key in drawn_muscles else "NO outline picture"
    lines = [f"### {muscle.name} (`{key}`)", "", f"{depth} · {parts} · {picture}", ""]
    if points.empty:
        lines += [f"**No point.** {muscle.no_point_reason}", ""]
    else:
        cells = points[list(POINT_COLUMNS)].apply(lambda column: column.map(_cell))
        lines += ["| " + " | ".join(POINT_COLUMNS.values()) + " |", "|" + " --- |" * len(POINT_COLUMNS)]
        lines += ("| " + cells.agg(" | ".join, axis=1) + " |").tolist() + [""]
        lines += [f"- **Sources:** {muscle_sources(dataset, key, points)}."]
    lines += [f"- **Checked:** {'; '.join(muscle_checks(dataset, key, points, drawn_muscles))}."]
    order = {point_id: rank for rank, point_id in enumerate(["", *points["id"]])}
    items = open_items[open_items["key"] == key].sort_values("point", key=lambda p: p.map(order), kind="stable")
    if items.empty:
        lines += ["- **Open:** nothing recorded."]
    else:
        lines += ["- **Open:**"]
        pairs = zip(items["point"], items["open_item"], strict=True)
        lines += [f"  - {f'`{point}`: ' if point else ''}{item}" for point, item in pairs]
    return [*lines, ""]


def muscles_markdown(dataset: Dataset, table: pd.DataFrame, open_items: pd.DataFrame) -> str:
    """Every muscle's section, in the alphabetical order of its name."""
    drawn_muscles = _gallery(MUSCLE_GALLERY)
    lines = []
    for key in sorted(dataset.muscles, key=lambda k: dataset.muscles[k].name.lower()):
        lines += muscle_section(dataset, key, table[table["muscle"] == key], open_items, drawn_muscles)
    return "\n".join(lines).rstrip()


def _share(count: int, total: int) -> str:
    return f"{count} of {total} ({count / total:.0%})" if total else "none"


def check_counts(dataset: Dataset, table: pd.DataFrame) -> list[tuple[str, int, int, str]]:
    """How many muscles, Xs or points each automatic check holds for: (check, holds, of, what is counted)."""
    outlined = sum(any(dataset.muscle_outline(k, v, "right") for v in VIEWS) for k in dataset.muscles)
    inside, outside = int(table["inside"].map(len).sum()), int(table["outside"].map(len).sum())
    pressed = table[table["pressed"]]
    points, muscles = len(table), len(dataset.muscles)
    return [
        ("muscle outline drawn", outlined, muscles, "muscles"),
        ("outline picture in the muscle gallery", len(_gallery(MUSCLE_GALLERY) & set(dataset.muscles)), muscles,
         "muscles"),
        ("X inside its muscle's outline", inside, inside + outside, "Xs (all views)"),
        ("zones redrawn at the fine level and pictured in the zone gallery", int(table["drawn"].sum()), points,
         "points"),
        ("every condition tag reaches the zone", int((table["tags_missing"].map(len) == 0).sum()), points, "points"),
        ("pressure out of 10 and blood thinners named", int((pressed["pressure"] & pressed["thinners"]).sum()),
         len(pressed), "pressed points"),
        ("self-care and professional options", int(table["options"].sum()), points, "points"),
        ("self-care friendly (the rest are best left to a practitioner)", int((table["friendly"] == "yes").sum()),
         points, "points"),
    ]  # fmt: skip


def summary_markdown(dataset: Dataset, table: pd.DataFrame, open_items: pd.DataFrame) -> str:
    """The counts against issue 15's targets, the sources, the evidence caveat, the checks and what is open."""
    points, muscles = len(table), len(dataset.muscles)
    pointless = [k for k in dataset.muscles if not dataset.muscle_points(k)]
    with_points = muscles - len(pointless)
    met = points >= TARGET_POINTS and with_points >= TARGET_MUSCLES
    without_davies = table.loc[~table["davies"], "id"].tolist()
    studies = [p for p, point in dataset.points.items() if not any(s.startswith("Travell") for s in point.sources)]
    sources = open_items["raised_in"].value_counts(sort=False).items()
    lines = [
        f"**{points} trigger points in {muscles} muscles**; {with_points} muscles have a point, {len(pointless)} "
        "have none and say why:",
        "",
        *[f"- {dataset.muscles[k].name} (`{k}`): {dataset.muscles[k].no_point_reason}" for k in pointless],
        "",
        f"**Against issue 15's targets** (at least {TARGET_POINTS} points and {TARGET_MUSCLES} muscles): the data "
        f"holds {points} points {_against(points, TARGET_POINTS)} and {muscles} muscles "
        f"{_against(muscles, TARGET_MUSCLES)}, {with_points} of them with a point. "
        + ("Both targets are met." if met else
           'The targets are not met: "Why the numbers fall short" below says what was left out and why.'),
        "",
        f"**Sources.** Every point cites Travell & Simons or, where the books draw no pattern, the study that mapped "
        f"it ({_ids(studies)}); {_share(points - len(without_davies), points)} also cite "
        f"Davies' workbook. The {len(without_davies)} that do not are points Davies was not confirmed to chart: "
        f"{_ids(without_davies)}.",
        "",
        f"**Evidence.** {EVIDENCE_NOTE} The patterns, point sites and chapter numbers here come from expert knowledge "
        'of the two references, not from a page-by-page comparison with them (see "How the content was made").',
        "",
        "| Automatic check | Holds for |",
        "| --- | --- |",
        *[f"| {check} | {_share(holds, total)} {counted} |" for check, holds, total, counted in
          check_counts(dataset, table)],
        "",
        f"**Still open:** {len(open_items)} items on {open_items['key'].nunique()} muscles "
        f"({(open_items['point'] != '').sum()} about one point), from "
        + ", ".join(f"{source} ({n})" for source, n in sources)
        + ". Each is listed under its muscle below; `docs/content-review-open.csv` keeps them.",
    ]  # fmt: skip
    return "\n".join(lines)


def generated_blocks(dataset: Dataset) -> dict[str, str]:
    """The text of each generated block, from the data."""
    table, open_items = point_table(dataset), read_open_items()
    return {"summary": summary_markdown(dataset, table, open_items),
            "muscles": muscles_markdown(dataset, table, open_items)}  # fmt: skip


def render(text: str, dataset: Dataset) -> str:
    """The document with each generated block between its markers replaced from the data."""
    for block, body in generated_blocks(dataset).items():
        start, end = markers(block)
        before, _, rest = text.partition(start)
        _, found, after = rest.partition(end)
        if not found:
            raise ValueError(f"{DOC.name} lacks the markers of the generated {block}")
        text = f"{before}{start}\n\n{body}\n\n{end}{after}"
    return text


def main() -> None:
    """Rewrites the generated blocks of docs/content-review.md (after checking the open items)."""
    dataset = load_dataset()
    problems = open_item_problems(dataset, read_open_items())
    if problems:
        sys.exit(f"{OPEN_ITEMS.relative_to(ROOT)}:\n" + "\n".join(problems))
    DOC.write_text(render(DOC.read_text(encoding="utf-8"), dataset), encoding="utf-8")
    print(f"updated {DOC.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
