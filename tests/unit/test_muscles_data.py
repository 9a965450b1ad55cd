"""data/muscles.csv and its ties to the points: both-way references (each point names a muscle and one of its parts;
each muscle has a point or says why not), the muscle's own cells, the names and labels points are shown by."""

from __future__ import annotations

import pytest

from tests.broken_data import problems_and_consequences, rewrite, set_cell
from triggerpoints.data import load_dataset
from triggerpoints.muscles import point_labels

MUSCLES = "data/muscles.csv"
POINTS = "data/trigger_points.csv"


def _apply(data_dir, *changes) -> None:
    for file, change in changes:
        rewrite(data_dir / file, change)


def _copy_row(file: str, line: int, **cells: str):
    """A change that appends a copy of one row (addressed like the messages) with some cells changed."""

    def change(rows: list[list[str]]) -> None:
        row = dict(zip(rows[0], rows[line - 1], strict=True)) | cells
        rows.append([row[column] for column in rows[0]])

    return file, change


BROKEN = [
    (
        "a point names a muscle that is not in muscles.csv",
        [set_cell("trigger_points.csv", 4, "muscle", "extensor-carpi-radialis-brevs")],
        [
            f"{POINTS}, line 4, column 'muscle': 'extensor-carpi-radialis-brevs' is not a key of {MUSCLES}",
            f"{MUSCLES}, line 4, column 'no_point_reason': 'extensor-carpi-radialis-brevis' has no point in {POINTS}:"
            " add one there, or say here why not",
        ],
        [],
    ),
    (
        "a part the muscle does not list",
        [set_cell("trigger_points.csv", 2, "muscle_part", "upper fibers")],
        [
            f"{POINTS}, line 2, column 'muscle_part': 'upper fibers' is not a part of 'trapezius' in {MUSCLES}"
            " (its parts are 'upper fibres', 'middle fibres', 'lower fibres')"
        ],
        [],
    ),
    (
        "a part on a muscle without parts",
        [set_cell("trigger_points.csv", 4, "muscle_part", "belly")],
        [
            f"{POINTS}, line 4, column 'muscle_part': 'belly' is not a part of 'extensor-carpi-radialis-brevis' in"
            f" {MUSCLES} (it lists no parts)"
        ],
        [],
    ),
    (
        "a muscle with no point and no reason",
        [_copy_row("muscles.csv", 2, key="levator-scapulae", name="Levator scapulae", parts="")],
        [
            f"{MUSCLES}, line 5, column 'no_point_reason': 'levator-scapulae' has no point in {POINTS}: add one"
            " there, or say here why not"
        ],
        [],
    ),
    (
        "a reason on a muscle that has points",
        [set_cell("muscles.csv", 3, "no_point_reason", "Not charted.")],
        [
            f"{MUSCLES}, line 3, column 'no_point_reason': 'sternocleidomastoid' has trigger points in {POINTS}:"
            " leave this empty"
        ],  # fmt: skip
        [],
    ),
    (
        "a muscle listed twice",
        [_copy_row("muscles.csv", 2)],
        [f"{MUSCLES}, line 5, column 'key': 'trapezius' is used again (first on line 2)"],
        [],
    ),
    (
        "a deep muscle that names nothing over it",
        [set_cell("muscles.csv", 4, "depth", "deep")],
        [f"{MUSCLES}, line 4, column 'covered_by': a deep muscle must name the muscle(s) over it"],
        [],
    ),
    (
        "a superficial muscle said to lie under another",
        [set_cell("muscles.csv", 3, "covered_by", "trapezius")],
        [f"{MUSCLES}, line 3, column 'covered_by': must be empty for a superficial muscle (or set depth to 'deep')"],
        [],
    ),
    (
        "a deep muscle under an unknown muscle and under itself",
        [
            set_cell("muscles.csv", 4, "depth", "deep"),
            set_cell("muscles.csv", 4, "covered_by", "brachioradialis;extensor-carpi-radialis-brevis"),
        ],
        [
            f"{MUSCLES}, line 4, column 'covered_by': 'brachioradialis' is not a key of {MUSCLES}",
            f"{MUSCLES}, line 4, column 'covered_by': 'extensor-carpi-radialis-brevis' cannot lie over itself",
        ],
        [],
    ),  # fmt: skip
    (
        "a part listed twice",
        [set_cell("muscles.csv", 2, "parts", "upper fibres;middle fibres;upper fibres;lower fibres")],
        [f"{MUSCLES}, line 2, column 'parts': 'upper fibres' is listed more than once"],
        [],
    ),
    (
        "a broken muscle row: its points' links follow from it",
        [set_cell("muscles.csv", 2, "depth", "middle")],
        [f"{MUSCLES}, line 2, column 'depth': Input should be 'superficial' or 'deep' (got 'middle')"],
        [f"{POINTS}, line 2, column 'muscle': 'trapezius' is not a key of {MUSCLES}"],
    ),
    (
        "a broken point row: its muscle's missing point follows from it",
        [set_cell("trigger_points.csv", 3, "symptoms", "")],
        [f"{POINTS}, line 3, column 'symptoms': is empty but must be filled in"],
        [
            f"{MUSCLES}, line 3, column 'no_point_reason': 'sternocleidomastoid' has no point in {POINTS}: add one"
            " there, or say here why not"
        ],  # fmt: skip
    ),
]


@pytest.mark.parametrize(("changes", "roots", "consequences"), [c[1:] for c in BROKEN], ids=[c[0] for c in BROKEN])
def test_each_broken_reference_is_named_with_file_line_and_column(data_dir, changes, roots, consequences):
    _apply(data_dir, *changes)
    assert problems_and_consequences(data_dir) == (roots, consequences)


def test_a_muscle_without_a_point_loads_when_it_says_why(data_dir):
    reason = "Rarely charted; no common trigger point."
    _apply(data_dir, _copy_row("muscles.csv", 2, key="levator-scapulae", name="Levator scapulae", parts="",
                               no_point_reason=reason))  # fmt: skip
    dataset = load_dataset(data_dir)
    assert dataset.muscles["levator-scapulae"].no_point_reason == reason
    assert dataset.muscle_points("levator-scapulae") == ()


def test_muscles_csv_is_required(data_dir):
    (data_dir / "muscles.csv").unlink()
    roots, consequences = problems_and_consequences(data_dir)
    assert roots == [f"{MUSCLES}: the file is missing"]
    assert f"{POINTS}, line 2, column 'muscle': 'trapezius' is not a key of {MUSCLES}" in consequences


def test_every_bundled_point_names_a_muscle_and_one_of_its_parts(dataset):
    for point in dataset.points.values():
        muscle = dataset.muscles[point.muscle]
        assert not point.muscle_part or point.muscle_part in muscle.parts, point.id


def test_every_bundled_muscle_has_a_point_or_says_why(dataset):
    for key, muscle in dataset.muscles.items():
        assert bool(dataset.muscle_points(key)) != bool(muscle.no_point_reason), key


def test_each_deep_muscle_lies_under_other_muscles(dataset):
    for key, muscle in dataset.muscles.items():
        assert (muscle.depth == "deep") == bool(muscle.covered_by), key
        assert key not in muscle.covered_by and set(muscle.covered_by) <= set(dataset.muscles), key


@pytest.mark.parametrize(
    ("point_id", "name"),
    [
        ("deltoid-1", "Deltoid (anterior fibres)"),
        ("upper-trapezius-1", "Trapezius (upper fibres)"),
        ("masseter-2", "Masseter"),
        ("sternocleidomastoid-clavicular-1", "Sternocleidomastoid (clavicular head)"),
        ("rhomboids-1", "Rhomboid major"),
    ],
)
def test_a_point_is_called_by_its_muscle_and_part(dataset, point_id, name):
    assert dataset.point_name(point_id) == name


def test_the_fixture_points_have_their_muscles(fixture_dataset):
    assert fixture_dataset.point_name("upper-trapezius-1") == "Trapezius (upper fibres)"
    assert fixture_dataset.point_name("sternocleidomastoid-1") == "Sternocleidomastoid"
    assert fixture_dataset.muscle_of("extensor-carpi-radialis-brevis-1").key == "extensor-carpi-radialis-brevis"


@pytest.mark.parametrize(
    ("parts", "locations", "labels"),
    [
        (["anterior fibres", "posterior fibres"], ["On the front.", "On the back."],
         ("Anterior fibres", "Posterior fibres")),
        (["", "", ""], ["On the cheek, below the bone.", "Low on the jaw; press.", "Just in front of the ear."],
         ("On the cheek", "Low on the jaw", "Just in front of the ear")),
        (["medial head", "lateral head", "medial head"],
         ["On the inner calf: sit down.", "On the outer calf.", "High on the inner calf, below the knee."],
         ("Medial head: on the inner calf", "Lateral head", "Medial head: high on the inner calf")),
        (["", ""], ["Low on the calf, a little inward.", "Low on the calf, a little outward."],
         ("Low on the calf, a little inward", "Low on the calf, a little outward")),
        ([""], ["On the outer side of the forearm about a hand's width below the elbow, in the thick part."],
         ("On the outer side of the forearm about…",)),
    ],
)  # fmt: skip
def test_point_labels_tell_the_points_of_a_muscle_apart(parts, locations, labels):
    assert point_labels(parts, locations) == labels


def test_every_bundled_point_has_a_label_of_its_own_within_its_muscle(dataset):
    for key in dataset.muscles:
        labels = [dataset.point_label(p) for p in dataset.muscle_points(key)]
        assert len(set(labels)) == len(labels), (key, labels)
