"""Where a guided session stood, read back after a reload: taken up only for the point and side shown, with every
part of the right kind; never past the first rating without one."""

from __future__ import annotations

import pytest

from triggerpoints.guided import NERVE_SIGNS
from triggerpoints.guided_resume import Resume, read_resume

ENDED, BEFORE = 7, 1
SELECTION = {"point": "upper-trapezius-1", "side": "left"}
KEPT = {"point": "upper-trapezius-1", "side": "left", "session": "0123abcd", "saved": False, "step": 4,
        "before": "6", "after": None, "nerve": []}  # fmt: skip


def test_a_session_kept_for_the_point_shown_is_taken_up_where_it_stood():
    assert read_resume(KEPT, SELECTION, ENDED, BEFORE) == Resume(4, 6, None, (), "0123abcd", False)


def test_a_saved_session_that_ended_comes_back_ended_with_its_ratings_and_signs():
    kept = {**KEPT, "step": ENDED, "saved": True, "after": "8", "nerve": [NERVE_SIGNS[0], NERVE_SIGNS[0]]}
    assert read_resume(kept, SELECTION, ENDED, BEFORE) == Resume(ENDED, 6, 8, (NERVE_SIGNS[0],), "0123abcd", True)


def test_past_the_first_rating_without_one_it_goes_back_to_that_step():
    assert read_resume({**KEPT, "before": None}, SELECTION, ENDED, BEFORE).step == BEFORE


@pytest.mark.parametrize(
    ("kept", "selection"),
    [
        (KEPT, {"point": "upper-trapezius-1", "side": "right"}),
        (KEPT, {"point": "sternocleidomastoid-1", "side": "left"}),
        (KEPT, None),
        ("junk", SELECTION),
        ({**KEPT, "session": "<script>"}, SELECTION),
        ({**KEPT, "session": "x" * 65}, SELECTION),
        ({**KEPT, "step": ENDED + 1}, SELECTION),
        ({**KEPT, "step": True}, SELECTION),
        ({**KEPT, "step": "4"}, SELECTION),
        ({**KEPT, "saved": "yes"}, SELECTION),
        ({**KEPT, "saved": True}, SELECTION),  # saved needs both ratings
        ({**KEPT, "saved": True, "after": "2", "step": ENDED - 1}, SELECTION),  # saved and done: the next one starts
        ({**KEPT, "nerve": ["Itching"]}, SELECTION),
        ({**KEPT, "nerve": "Numbness"}, SELECTION),
        ({**KEPT, "point": None}, {"point": None, "side": "left"}),
    ],
)
def test_anything_that_does_not_fit_is_not_taken_up(kept, selection):
    assert read_resume(kept, selection, ENDED, BEFORE) is None
