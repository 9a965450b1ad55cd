"""Merges a drafts folder into data/ (lead's tool, not committed with the app): appends new muscles, points and
positions; adds parts to existing muscles; sets parts on points. Reads and writes each file at once."""

import csv
import io
import sys
from pathlib import Path

DATA = Path("/work/main/data")


def read(path):
    text = path.read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text))
    return reader.fieldnames, list(reader)


def write(path, fields, rows):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def append(name, draft, key_fields):
    fields, rows = read(DATA / name)
    dfields, drows = read(draft / name)
    assert set(dfields) <= set(fields), (name, set(dfields) - set(fields))
    have = {tuple(r[k] for k in key_fields) for r in rows}
    added = 0
    for row in drows:
        key = tuple(row[k] for k in key_fields)
        if key in have:
            print("skip existing", name, key)
            continue
        rows.append({f: row.get(f, "") for f in fields})
        have.add(key)
        added += 1
    write(DATA / name, fields, rows)
    print(name, "added", added)


def add_parts(parts):
    fields, rows = read(DATA / "muscles.csv")
    for row in rows:
        for part in parts.get(row["key"], ()):
            have = [p for p in row["parts"].split(";") if p]
            if part not in have:
                row["parts"] = ";".join([*have, part])
                print("part", row["key"], part)
    write(DATA / "muscles.csv", fields, rows)


def set_point_parts(parts):
    fields, rows = read(DATA / "trigger_points.csv")
    for row in rows:
        if row["id"] in parts:
            row["muscle_part"] = parts[row["id"]]
            print("point part", row["id"], parts[row["id"]])
    write(DATA / "trigger_points.csv", fields, rows)


if __name__ == "__main__":
    draft = Path(sys.argv[1])
    append("muscles.csv", draft, ["key"])
    append("trigger_points.csv", draft, ["id"])
    append("point_positions.csv", draft, ["id", "view"])
