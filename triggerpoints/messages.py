"""Wording shown in several places (the app and the printed handout), defined once."""

EDUCATION_NOTE = (
    "For education only, not a diagnosis. Trigger point theory is debated in research, and pain can have "
    "many causes. See a clinician for pain that is severe, new, getting worse or unexplained."
)
