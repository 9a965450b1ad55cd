"""Writes the generated table of docs/content-review.md from the data: every muscle, its points, zones and sources.

Usage: python scripts/content_review.py   (a test checks the committed table matches the data)
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from triggerpoints.data import Dataset, load_dataset  # noqa: E402
from triggerpoints.pain_finder import build_pain_index  # noqa: E402

DOC = ROOT / "docs" / "content-review.md"
START = "<!-- generated table: python scripts/content_review.py -->"
END = "<!-- end of generated table -->"
HEADINGS = {"muscle": "Muscle", "point": "Point", "essential": "Essential zone", "spillover": "Spillover zone",
            "sources": "Sources", "checked": "Checked automatically"}  # fmt: skip


def review_table(dataset: Dataset) -> pd.DataFrame:
    """One row per trigger point, grouped by muscle, with what the automatic checks found."""
    index = build_pain_index(dataset)
    rows = []
    for point in dataset.points.values():
        region = index.region_at(*dataset.position(point.id, "right"))
        label = dataset.area_label(dataset.regions[region].area) if region else "outside the body"
        chapters = "; ".join(s.replace("Davies, Trigger Point Therapy Workbook", "Davies") for s in point.sources)
        kinds = {dataset.techniques[t].kind for t in point.techniques}
        checks = [f"X in {label.lower()} ({point.view})", "both references cited" if len(point.sources) >= 2 else "",
                  "self-care and professional options" if kinds == {"self_care", "professional"} else "",
                  "best left to a professional" if not point.self_care_friendly else ""]  # fmt: skip
        muscle = dataset.muscle_of(point.id).name
        qualifier = f"({point.muscle_part})" if point.muscle_part else ""
        rows.append(
            {
                "muscle": muscle,
                "point": f"`{point.id}` {qualifier}".strip(),
                "essential": ", ".join(dataset.zone_names(point.referral_primary)),
                "spillover": ", ".join(dataset.zone_names(point.referral_spillover)) or "none",
                "sources": chapters,
                "checked": "; ".join(c for c in checks if c),
            }
        )
    return pd.DataFrame(rows).sort_values(["muscle", "point"], kind="stable")


def table_markdown(dataset: Dataset) -> str:
    """The review table as Markdown, between its markers."""
    table = review_table(dataset)
    # A "|" inside a cell would end it: Markdown tables have no escape that every viewer reads.
    cells = table[list(HEADINGS)].apply(lambda column: column.str.replace("|", "/", regex=False))
    lines = [START, "", f"{table['muscle'].nunique()} muscles, {len(table)} trigger points.", ""]
    lines.append("| " + " | ".join(HEADINGS.values()) + " |")
    lines.append("|" + " --- |" * len(HEADINGS))
    lines += ("| " + cells.agg(" | ".join, axis=1) + " |").tolist()
    return "\n".join([*lines, "", END])


def main() -> None:
    """Replaces the generated table in docs/content-review.md."""
    text = DOC.read_text(encoding="utf-8")
    before, _, rest = text.partition(START)
    _, _, after = rest.partition(END)
    DOC.write_text(before + table_markdown(load_dataset()) + after, encoding="utf-8")
    print(f"updated {DOC.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
