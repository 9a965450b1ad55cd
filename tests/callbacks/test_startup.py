"""Start-up refuses broken data: `python app.py` and gunicorn's wsgi module exit with every problem listed, no
traceback. (Each starts a Python process that builds the app.)"""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.broken_data import replace_bytes, rewrite
from tests.paths import ROOT


@pytest.mark.parametrize(
    "command", [["app.py"], ["-c", "import wsgi"]], ids=["python app.py", "gunicorn's wsgi module"]
)
@pytest.mark.parametrize(
    ("break_data", "expected"),
    [
        (
            lambda data_dir: rewrite(
                data_dir / "trigger_points.csv", lambda rows: rows[1].__setitem__(rows[0].index("x"), "left")
            ),
            ["The data files have 1 problem:", "data/trigger_points.csv, line 2, column 'x'"],
        ),
        (
            lambda data_dir: (
                (data_dir / "techniques.csv").unlink(),
                replace_bytes("conditions.csv", b"Stiff neck", b"x" * 140_000)(data_dir),
                replace_bytes("body_regions.csv", b"Crown of the head", b"Crown\x00\xff")(data_dir),
            ),
            [
                "The data files have 3 problems:",
                "data/body_regions.csv, line 2, column 'label': contains the invisible control character U+0000",
                "data/conditions.csv, line 3, column 'name': this cell is longer than 128 kB",
                "data/techniques.csv: the file is missing",
                "more problems caused by the problems above",
            ],
        ),
    ],
    ids=["bad cell", "huge cell, NUL and a missing file"],
)
def test_app_refuses_to_start_on_broken_data(data_dir, command, break_data, expected):
    break_data(data_dir)
    result = subprocess.run(
        [sys.executable, *command],
        cwd=ROOT,
        env={"TRIGGER_POINT_DATA": str(data_dir), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    for text in expected:
        assert text in result.stderr
    assert "Traceback" not in result.stderr
