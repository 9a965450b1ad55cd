"""Muscle outlines drawn on the atlas: the face muscles, the platysma, the breathing muscles, the deep abdominal
wall and the rotatores of the neck, chest and low back (contract: muscle_outlines.py).

Each outline is written in body units (see `triggerpoints.atlas.frame`: u outwards from the midline on the front
and back views, forwards from the plumb line through the ear on the side view; v down from the top of the head)
and placed into figure coordinates here. Deep muscles are drawn where they lie as seen through the body: the
diaphragm's dome under the ribs, the abdominal layers under the external oblique, the rotatores beside the spinous
processes under multifidus. On the side view the right arm hangs in front of the flank, so the intercostals show
in front of the arm (below pectoralis major, above the rib margin) and behind it (the lower lateral rib spaces).
"""

from __future__ import annotations

from triggerpoints.atlas.frame import to_figure

BodyPoints = tuple[tuple[float, float], ...]


def _placed(view: str, points: BodyPoints) -> tuple[tuple[float, float], ...]:
    """Body points of the person's right side moved into figure coordinates, to 0.1."""
    return tuple((round(x, 1), round(y, 1)) for x, y in (to_figure(view, u, v) for u, v in points))


# fmt: off
# Face.
ORBICULARIS_OCULI_FRONT: BodyPoints = (
    (4.0, 50.0), (5.0, 45.0), (9.0, 41.5), (15.0, 40.0), (22.0, 40.5), (28.0, 43.0), (31.5, 48.0),
    (32.5, 54.0), (31.0, 60.0), (27.0, 64.5), (20.0, 66.5), (13.0, 66.0), (7.5, 63.0), (4.5, 57.5),
)
ORBICULARIS_OCULI_SIDE: BodyPoints = (
    (26.0, 52.0), (27.0, 46.0), (30.0, 42.0), (35.0, 40.0), (40.0, 40.5), (43.0, 43.5), (42.0, 48.0),
    (41.5, 53.0), (43.5, 58.0), (43.0, 62.0), (39.0, 65.5), (33.0, 66.0), (28.5, 63.5), (26.5, 58.0),
)
# Superior oblique of the eye, seen through the front of the orbit: from the orbital roof above the eye forwards to
# the trochlea in the upper inner corner, its tendon turning back and out over the top of the eyeball.
SUPERIOR_OBLIQUE_FRONT: BodyPoints = (
    (7.5, 47.5), (8.5, 45.0), (11.0, 44.0), (14.5, 45.0), (18.0, 47.0), (21.0, 49.5), (21.5, 52.0),
    (19.5, 53.0), (16.5, 51.5), (13.5, 50.5), (10.5, 50.5), (8.5, 49.5),
)
ZYGOMATICUS_MAJOR_FRONT: BodyPoints = (
    (26.0, 61.5), (30.0, 60.5), (33.0, 62.5), (32.5, 66.5), (28.5, 72.0), (24.5, 77.5), (20.0, 83.0),
    (16.5, 88.5), (13.5, 89.5), (12.0, 87.0), (13.5, 82.5), (16.5, 77.0), (20.0, 71.0), (23.5, 65.0),
)
ZYGOMATICUS_MAJOR_SIDE: BodyPoints = (
    (22.5, 64.0), (26.0, 62.5), (29.5, 64.0), (33.5, 70.0), (37.5, 77.0), (41.0, 83.0), (42.5, 87.5),
    (40.5, 90.0), (38.0, 88.5), (34.0, 83.0), (30.0, 77.0), (26.0, 71.0), (22.5, 67.0),
)
BUCCINATOR_FRONT: BodyPoints = (
    (12.5, 87.5), (15.0, 83.5), (19.0, 80.0), (23.5, 77.5), (27.5, 76.5), (29.0, 80.0), (29.5, 87.0),
    (29.0, 94.0), (27.0, 98.5), (22.5, 97.5), (18.0, 94.5), (14.5, 91.5),
)
BUCCINATOR_SIDE: BodyPoints = (
    (18.0, 78.0), (23.0, 76.5), (29.0, 76.0), (35.0, 78.5), (39.5, 83.0), (42.0, 88.0), (39.5, 92.0),
    (33.0, 96.0), (25.0, 98.5), (19.0, 97.5), (16.5, 91.0), (16.5, 84.0),
)
# Neck and upper chest: the platysma from the lower face over the clavicle, the pair parting below the chin.
PLATYSMA_FRONT: BodyPoints = (
    (1.5, 105.0), (5.0, 100.5), (10.0, 95.5), (16.0, 92.5), (22.0, 93.5), (26.5, 96.5), (27.5, 101.0),
    (25.5, 107.0), (24.5, 116.0), (25.0, 124.0), (28.5, 130.5), (37.0, 136.0), (48.0, 140.0),
    (58.0, 145.0), (63.0, 151.0), (60.0, 160.0), (48.0, 166.0), (34.0, 169.0), (22.0, 168.0),
    (15.0, 162.0), (13.0, 150.0), (11.0, 138.0), (7.5, 124.0), (4.0, 113.0),
)
PLATYSMA_SIDE: BodyPoints = (
    (1.0, 97.0), (12.0, 96.5), (25.0, 96.0), (35.0, 93.5), (40.0, 91.0), (42.5, 97.0), (41.5, 104.0),
    (37.0, 108.5), (27.0, 111.5), (19.0, 113.5), (14.5, 117.0), (12.5, 121.0), (14.0, 130.0), (18.0, 140.0),
    (22.0, 150.0), (26.0, 160.0), (28.5, 166.5), (24.0, 171.0), (12.0, 172.0), (0.0, 170.0),
    (-8.0, 165.0), (-8.0, 157.0), (-5.0, 146.0), (-2.0, 134.0), (0.0, 120.0), (1.0, 108.0),
)
# Breathing muscles.
DIAPHRAGM_FRONT: BodyPoints = (
    (0.0, 248.0), (8.0, 241.0), (16.0, 232.0), (26.0, 224.5), (37.0, 221.0), (48.0, 222.5), (56.0, 228.0),
    (62.0, 237.0), (66.0, 249.0), (67.0, 263.0), (65.5, 278.0), (62.5, 293.0), (59.5, 306.0),
    (57.0, 314.0), (48.0, 310.0), (36.0, 304.0), (24.0, 301.0), (15.0, 302.0), (11.0, 309.0), (8.0, 318.0),
    (4.5, 324.0), (0.0, 323.0), (0.0, 285.0),
)
INTERCOSTALS_FRONT: BodyPoints = (
    (38.0, 226.0), (48.0, 218.0), (58.0, 215.0), (66.0, 217.0), (70.5, 224.0), (71.0, 234.0), (70.5, 250.0),
    (69.0, 268.0), (66.5, 286.0), (63.0, 303.0), (60.5, 316.0), (55.0, 311.0), (46.0, 297.0),
    (38.0, 286.0), (36.0, 270.0), (35.5, 250.0), (36.0, 235.0),
)
INTERCOSTALS_SIDE_FRONT: BodyPoints = (
    (27.0, 236.0), (32.0, 234.0), (38.0, 233.5), (41.5, 236.0), (41.0, 245.0), (40.0, 254.0), (38.5, 261.0),
    (35.5, 268.0), (32.0, 275.0), (29.5, 276.0), (28.5, 266.0), (27.5, 252.0), (26.5, 242.0),
)
INTERCOSTALS_SIDE_BACK: BodyPoints = (
    (-40.0, 222.0), (-32.0, 218.0), (-24.0, 218.0), (-19.0, 224.0), (-15.0, 242.0), (-10.5, 262.0),
    (-6.0, 282.0), (-2.0, 300.0), (1.0, 312.0), (-6.0, 317.0), (-16.0, 322.0), (-26.0, 323.0),
    (-36.0, 320.0), (-43.0, 314.0), (-45.0, 295.0), (-45.5, 270.0), (-45.0, 245.0), (-43.0, 230.0),
)
# Deep abdominal wall and pyramidalis.
INTERNAL_OBLIQUE_FRONT: BodyPoints = (
    (31.0, 296.0), (40.0, 292.0), (47.0, 299.0), (54.0, 309.0), (60.0, 318.0), (64.5, 324.0),
    (65.5, 336.0), (64.5, 348.0), (61.5, 358.0), (57.5, 366.0), (53.0, 374.0), (46.0, 383.0),
    (38.0, 392.0), (30.0, 400.0), (22.0, 408.0), (15.0, 414.0), (10.0, 417.0), (9.0, 412.0),
    (12.0, 402.0), (16.0, 390.0), (21.0, 376.0), (26.0, 358.0), (29.0, 340.0), (30.0, 320.0),
)
TRANSVERSUS_ABDOMINIS_FRONT: BodyPoints = (
    (6.0, 254.0), (12.0, 257.0), (22.0, 264.0), (34.0, 277.0), (45.0, 291.0), (54.0, 304.0), (61.0, 314.0),
    (65.0, 322.0), (66.0, 334.0), (65.0, 346.0), (62.0, 357.0), (58.0, 366.0), (52.0, 375.0), (45.0, 384.0),
    (40.0, 380.0), (36.0, 365.0), (34.0, 345.0), (33.0, 325.0), (31.0, 310.0), (25.0, 296.0), (16.0, 282.0),
    (9.0, 270.0), (5.0, 262.0),
)
PYRAMIDALIS_FRONT: BodyPoints = (
    (1.5, 378.0), (3.0, 381.0), (5.0, 388.0), (7.0, 395.0), (9.0, 403.0), (11.0, 411.0), (12.0, 417.0),
    (10.5, 421.0), (6.0, 421.5), (1.5, 421.0), (1.5, 405.0), (1.5, 390.0),
)
# Rotatores: the deepest layer in the groove beside the spinous processes: neck, thoracic and lumbar.
ROTATORES_CERVICAL_BACK: BodyPoints = (
    (1.5, 92.0), (3.5, 91.0), (5.5, 93.0), (6.0, 100.0), (6.0, 110.0), (6.0, 120.0), (5.5, 130.0),
    (3.5, 134.0), (1.5, 133.0), (1.5, 120.0), (1.5, 105.0),
)
ROTATORES_THORACIC_BACK: BodyPoints = (
    (1.5, 139.0), (3.5, 138.0), (6.0, 141.0), (6.5, 160.0), (6.5, 200.0), (6.5, 240.0), (6.5, 280.0),
    (6.5, 300.0), (6.0, 308.0), (3.5, 311.0), (1.5, 310.0), (1.5, 280.0), (1.5, 220.0), (1.5, 160.0),
)
ROTATORES_LUMBAR_BACK: BodyPoints = (
    (1.5, 314.0), (3.5, 313.0), (6.0, 316.0), (6.0, 340.0), (6.0, 360.0), (5.0, 385.0), (3.0, 392.0),
    (1.5, 390.0), (1.5, 360.0), (1.5, 335.0),
)
# fmt: on

SHAPES: dict[tuple, tuple[tuple[float, float], ...]] = {
    ("orbicularis-oculi", "front"): _placed("front", ORBICULARIS_OCULI_FRONT),
    ("orbicularis-oculi", "side"): _placed("side", ORBICULARIS_OCULI_SIDE),
    ("superior-oblique", "front"): _placed("front", SUPERIOR_OBLIQUE_FRONT),
    ("zygomaticus-major", "front"): _placed("front", ZYGOMATICUS_MAJOR_FRONT),
    ("zygomaticus-major", "side"): _placed("side", ZYGOMATICUS_MAJOR_SIDE),
    ("buccinator", "front"): _placed("front", BUCCINATOR_FRONT),
    ("buccinator", "side"): _placed("side", BUCCINATOR_SIDE),
    ("platysma", "front"): _placed("front", PLATYSMA_FRONT),
    ("platysma", "side"): _placed("side", PLATYSMA_SIDE),
    ("diaphragm", "front"): _placed("front", DIAPHRAGM_FRONT),
    ("intercostals", "front"): _placed("front", INTERCOSTALS_FRONT),
    ("intercostals", "side"): _placed("side", INTERCOSTALS_SIDE_FRONT),
    ("intercostals", "side", 1): _placed("side", INTERCOSTALS_SIDE_BACK),
    ("internal-oblique", "front"): _placed("front", INTERNAL_OBLIQUE_FRONT),
    ("transversus-abdominis", "front"): _placed("front", TRANSVERSUS_ABDOMINIS_FRONT),
    ("pyramidalis", "front"): _placed("front", PYRAMIDALIS_FRONT),
    ("rotatores-cervicis", "back"): _placed("back", ROTATORES_CERVICAL_BACK),
    ("rotatores-thoracis", "back"): _placed("back", ROTATORES_THORACIC_BACK),
    ("rotatores-lumborum", "back"): _placed("back", ROTATORES_LUMBAR_BACK),
}

# What an anatomy plate shows of each muscle, that its picture in docs/screenshots/muscles/ was checked against.
PLATE_NOTES: dict[str, str] = {
    "orbicularis-oculi": "A flat oval ring round the eye: the orbital part over the bony rim from the brow to the "
    "top of the cheek, from the inner corner of the eye (medial palpebral ligament) out past the outer corner; the "
    "eyelid part inside it.",
    "superior-oblique": "Deep in the orbit under orbicularis oculi: a slender muscle along the upper inner wall of the "
    "orbit from the sphenoid above the optic canal forwards to the trochlea, a cartilage pulley in the upper inner "
    "corner of the orbital rim; its tendon turns there and runs back and out under superior rectus to the top of "
    "the eyeball behind its equator. Drawn as seen through the front: the trochlea and the turned tendon.",
    "zygomaticus-major": "A narrow strap from the outer surface of the cheekbone (zygomatic bone) down and forwards "
    "to the corner of the mouth (modiolus).",
    "buccinator": "Deep in the cheek under masseter and zygomaticus: a quadrilateral sheet from the pterygomandibular "
    "raphe behind the last molars and the tooth-bearing ridges of both jaws forwards to the corner of the mouth.",
    "platysma": "A thin sheet in the skin of the neck: from the lower face (the jaw's lower border and the corner of "
    "the mouth) down over the front and side of the neck and the clavicle to the skin of the upper chest; the pair "
    "meet under the chin and part lower down, leaving the middle of the lower neck bare.",
    "diaphragm": "Seen through the front of the chest: a dome under the ribs, its right cupola up to about the "
    "nipple line, from the inside of the lower six ribs, the xiphoid and (behind) the arcuate ligaments, with the "
    "crura running down beside the spine to the upper lumbar vertebrae.",
    "intercostals": "Deep sheets filling the spaces between the ribs, under pectoralis major, serratus anterior, "
    "latissimus and the external oblique. Drawn here as the lower lateral chest wall between the costochondral "
    "junctions and the rib margin; on the side view in front of the hanging arm below pectoralis major and behind "
    "it down to the lowest ribs.",
    "internal-oblique": "Under the external oblique: a fan from the iliac crest and the outer inguinal ligament, its "
    "fibres running up and in to the lower ribs and into the rectus sheath at the semilunar line, the lowest fibres "
    "arching over the groin to the pubic crest.",
    "transversus-abdominis": "The deepest abdominal layer: horizontal fibres from the inside of the lower six costal "
    "cartilages, the thoracolumbar fascia, iliac crest and outer inguinal ligament to an aponeurosis lateral to the "
    "rectus, its upper fibres reaching in behind the rectus under the rib margin.",
    "pyramidalis": "A small triangle in front of the lower rectus: from the pubic crest up to a point on the linea "
    "alba, about a third of the way to the navel.",
    "rotatores-cervicis": "The deepest layer of the transversospinal group under multifidus in the neck: small, "
    "inconstant slips in the groove beside the spinous processes from C3 to C7, each to the lamina one or two "
    "levels above, up to C2.",
    "rotatores-thoracis": "The deepest layer under multifidus in the thoracic spine, where the rotatores are best "
    "developed: short slips from each transverse process to the lamina and spine one (brevis) or two (longus) "
    "levels above, T1 to T12.",
    "rotatores-lumborum": "The deepest layer under multifidus in the lumbar spine: small, irregular slips from the "
    "mammillary and transverse processes to the lamina one or two levels above, L1 to L5.",
}
