"""Wording shown in several places (the app and the printed handout), defined once."""

EDUCATION_NOTE = (
    "For education only, not a diagnosis. Trigger points are debated in research, and where their pain is felt varies "
    "from person to person. Pain can have many causes: see a clinician for pain that is severe, new, getting worse or "
    "unexplained."
)
# What the 2018 international expert consensus agreed (Fernández-de-las-Peñas C, Dommerholt J. International
# consensus on diagnostic criteria and clinical considerations of myofascial trigger points: a Delphi study. Pain
# Medicine 2018;19(1):142-150).
EVIDENCE_NOTE = (
    "Trigger points are debated in research. In 2018, 60 experts from 12 countries agreed (a Delphi study, "
    "Fernández-de-las-Peñas & Dommerholt, Pain Medicine) that a trigger point is recognised by a taut band in the "
    "muscle, a hypersensitive spot in it, and referred sensation: pain, or an ache, tingling or burning, felt away "
    "from the spot. They also agreed that no fixed referral area should be expected: where the pain is felt varies "
    "from person to person, so the charts show where it is commonly felt, not where it must be."
)
