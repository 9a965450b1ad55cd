"""Muscle outlines drawn on the atlas: the pelvic floor, the perineal muscles and the short hip rotators below
piriformis (contract: muscle_outlines.py).

All are drawn on the back view, in its body units (see `triggerpoints.atlas.frame`: u outwards from the midline on
the person's right half, v down from the top of the head), as seen through gluteus maximus: below piriformis the
superior gemellus, the obturator internus tendon, the inferior gemellus and quadratus femoris run from the ischium
across to the greater trochanter, with obturator externus under them; coccygeus and levator ani form the floor
from the sacrum and coccyx down to the back passage. The perineum shows at the top of the gap between the thighs,
drawn as an anatomy plate draws it from below with the back passage uppermost: the anal sphincter round the back
passage, bulbospongiosus beside the midline in front of it, ischiocavernosus along the ischiopubic ramus, and
the superficial transverse perineal muscle across from the ischial tuberosity to the perineal body between them.
"""

from __future__ import annotations

from triggerpoints.atlas.frame import to_figure

BodyPoints = tuple[tuple[float, float], ...]


def _placed(points: BodyPoints) -> tuple[tuple[float, float], ...]:
    """Body points of the person's right side moved into back-view figure coordinates, to 0.1."""
    return tuple((round(x, 1), round(y, 1)) for x, y in (to_figure("back", u, v) for u, v in points))


# fmt: off
# Pelvic floor (deep), from the sacrum and coccyx down.
COCCYGEUS: BodyPoints = (
    (4.0, 407.0), (8.0, 410.0), (13.0, 414.0), (18.0, 418.5), (18.5, 422.0), (13.0, 424.5), (7.0, 427.0),
    (2.5, 428.0), (1.5, 422.0), (2.0, 413.0),
)
LEVATOR_ANI: BodyPoints = (
    (0.3, 424.0), (5.0, 423.5), (10.0, 423.5), (14.5, 424.0), (17.0, 427.5), (17.5, 434.0), (16.0, 440.0),
    (12.5, 445.0), (8.0, 447.5), (4.5, 446.5), (2.8, 444.0), (2.0, 441.5), (1.2, 437.5), (0.5, 434.0),
    (0.3, 430.0),
)
OBTURATOR_INTERNUS: BodyPoints = (
    (11.0, 418.0), (16.0, 415.5), (21.0, 416.5), (27.0, 423.0), (40.0, 420.3), (55.0, 417.0), (67.0, 411.5),
    (70.0, 413.0), (67.0, 415.0), (55.0, 420.5), (40.0, 423.5), (30.0, 426.0), (28.0, 428.0), (26.0, 433.0),
    (23.0, 440.0), (19.0, 446.0), (14.0, 448.5), (10.0, 447.0), (8.0, 441.0), (8.0, 432.0), (9.0, 424.0),
)
# Perineum, as seen from below with the back passage uppermost.
ANAL_SPHINCTER: BodyPoints = (
    (0.3, 424.5), (3.5, 424.5), (6.5, 426.5), (8.0, 430.5), (7.5, 435.0), (5.5, 439.0), (3.2, 441.5),
    (1.9, 440.5), (1.1, 437.0), (0.5, 434.0), (0.3, 432.0), (0.3, 428.0),
)
BULBOSPONGIOSUS: BodyPoints = (
    (1.2, 437.5), (3.0, 436.0), (4.8, 436.8), (5.7, 440.0), (5.6, 445.0), (5.1, 450.0), (4.5, 454.0),
    (3.8, 456.5), (3.3, 455.0), (2.9, 451.0), (2.6, 447.0), (2.2, 443.5), (1.7, 440.5),
)
# From the inner ischial tuberosity across to the perineal body, between the back passage and the urogenital part.
TRANSVERSUS_PERINEI: BodyPoints = (
    (1.0, 437.0), (4.0, 435.8), (8.0, 435.0), (12.0, 434.8), (16.0, 435.2), (18.5, 436.8), (18.0, 439.0),
    (14.0, 439.6), (10.0, 440.0), (6.0, 440.5), (3.0, 441.0), (1.0, 440.5),
)
ISCHIOCAVERNOSUS: BodyPoints = (
    (11.0, 437.0), (16.0, 436.0), (18.0, 438.5), (16.0, 443.5), (13.0, 448.5), (10.5, 452.5), (8.5, 456.0),
    (7.0, 457.5), (6.2, 455.5), (6.0, 450.0), (6.3, 445.0), (7.5, 440.5),
)
# Short rotators below piriformis, from the ischium across to the greater trochanter.
SUPERIOR_GEMELLUS: BodyPoints = (
    (20.0, 416.0), (30.0, 414.5), (45.0, 410.8), (58.0, 408.0), (68.0, 405.5), (71.5, 407.5), (69.0, 411.0),
    (58.0, 415.5), (45.0, 419.5), (30.0, 422.5), (21.0, 423.5), (18.5, 420.0),
)
INFERIOR_GEMELLUS: BodyPoints = (
    (21.0, 425.5), (30.0, 426.5), (43.0, 423.8), (55.0, 421.0), (67.0, 415.5), (70.0, 417.0), (67.0, 420.0),
    (55.0, 426.5), (43.0, 431.0), (30.0, 432.0), (22.0, 432.0), (19.5, 429.0),
)
QUADRATUS_FEMORIS: BodyPoints = (
    (22.0, 433.5), (35.0, 433.0), (48.0, 432.0), (60.0, 428.5), (65.0, 426.0), (67.0, 432.0), (66.0, 440.0),
    (58.0, 444.0), (45.0, 447.0), (32.0, 449.0), (23.0, 449.5), (20.5, 444.0), (20.5, 437.0),
)
OBTURATOR_EXTERNUS: BodyPoints = (
    (10.5, 423.0), (16.0, 419.0), (23.0, 421.0), (29.0, 426.0), (35.0, 428.0), (50.0, 425.0), (62.0, 419.0),
    (66.0, 418.5), (67.5, 421.0), (63.0, 425.0), (50.0, 431.0), (38.0, 436.0), (28.0, 442.0), (20.0, 447.0),
    (13.0, 447.5), (9.5, 442.0), (8.5, 432.0),
)
# fmt: on

SHAPES: dict[tuple, tuple[tuple[float, float], ...]] = {
    ("coccygeus", "back"): _placed(COCCYGEUS),
    ("levator-ani", "back"): _placed(LEVATOR_ANI),
    ("obturator-internus", "back"): _placed(OBTURATOR_INTERNUS),
    ("anal-sphincter", "back"): _placed(ANAL_SPHINCTER),
    ("bulbospongiosus", "back"): _placed(BULBOSPONGIOSUS),
    ("ischiocavernosus", "back"): _placed(ISCHIOCAVERNOSUS),
    ("transversus-perinei", "back"): _placed(TRANSVERSUS_PERINEI),
    ("superior-gemellus", "back"): _placed(SUPERIOR_GEMELLUS),
    ("inferior-gemellus", "back"): _placed(INFERIOR_GEMELLUS),
    ("quadratus-femoris", "back"): _placed(QUADRATUS_FEMORIS),
    ("obturator-externus", "back"): _placed(OBTURATOR_EXTERNUS),
}

# What an anatomy plate shows of each muscle, that its picture in docs/screenshots/muscles/ was checked against.
PLATE_NOTES: dict[str, str] = {
    "coccygeus": "The back of the pelvic floor, deep to gluteus maximus and the sacrospinous ligament: a triangle "
    "from the ischial spine to the side of the lowest sacrum and the coccyx, just below piriformis.",
    "levator-ani": "The funnel of the pelvic floor: from the back of the pubis, the obturator fascia (arcus "
    "tendineus) and the ischial spine down and inwards to the coccyx, the anococcygeal body and round the back "
    "passage; seen from behind below coccygeus, its lower part in the fossa beside the back passage.",
    "obturator-internus": "A fan on the inner wall of the pelvis over the obturator foramen (behind the hip joint, "
    "beside the pelvic floor), its tendon turning round the lesser sciatic notch and running out between the two "
    "gemelli to the inner face of the greater trochanter.",
    "anal-sphincter": "The ring of the external anal sphincter round the back passage, at the back of the perineum "
    "between the buttocks, tied to the coccyx behind and the perineal body in front.",
    "bulbospongiosus": "In the front (urogenital) part of the perineum either side of the midline: from the perineal "
    "body forwards round the bulb of the penis or the vaginal opening.",
    "ischiocavernosus": "Along the ischiopubic ramus at the side of the urogenital triangle: from the inner ischial "
    "tuberosity forwards over the crus of the penis or clitoris.",
    "transversus-perinei": "Across the perineum, between its back (anal) and front (urogenital) parts: a thin "
    "band from the inner ischial tuberosity to the perineal body, along the back edge of the perineal membrane.",
    "superior-gemellus": "Deep under gluteus maximus, just below piriformis: a narrow band from the ischial spine "
    "out along the upper border of the obturator internus tendon to the greater trochanter.",
    "inferior-gemellus": "Deep under gluteus maximus: a narrow band from the top of the ischial tuberosity out along "
    "the lower border of the obturator internus tendon to the greater trochanter.",
    "quadratus-femoris": "Deep under gluteus maximus, below the inferior gemellus: a flat quadrilateral from the outer "
    "border of the ischial tuberosity across to the quadrate tubercle on the back of the femur below the "
    "trochanter.",
    "obturator-externus": "Seen from behind only when quadratus femoris is lifted: from the outer surface of the "
    "obturator membrane and the bone round it, its tendon running under the neck of the femur to the trochanteric "
    "fossa.",
}
