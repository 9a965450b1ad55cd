"""Muscle outlines drawn on the atlas: the muscles of the hip, thigh, leg and foot.

Each outline is written in body units (see `triggerpoints.atlas.frame`: u outwards from the midline on the front
and back views, forwards from the plumb line through the ear on the side view; v down from the top of the head)
and placed into figure coordinates here; `muscle_outlines` gathers `SHAPES` and mirrors them to the left side.
Each runs from origin to insertion as an anatomy plate draws it, drawn from anatomical knowledge.

The feet are drawn as `front_back` draws them: the front view shows the top of the foot and the toes seen from
in front (so the extensor tendons fan out to the toes there), the back view shows the sole of a foot pointed down,
heel at the top and toes at the bottom (so the muscles of the sole lie there), and the side view shows the outer
side of the right foot (the little toe's abductor along its lower edge, the peroneal tendons behind the outer
ankle bone). The sole's muscles are written in the foot's own frame (a along the foot from the ankle, b across
it, towards the little toe), as `extremities` builds the sole, and placed the same way. On the side view the
forearm hangs in front of the hip bone, so tensor fasciae latae shows from behind it.
"""

from __future__ import annotations

from triggerpoints.atlas.extremities import place
from triggerpoints.atlas.frame import to_figure
from triggerpoints.atlas.front_back import ANKLE, FOOT_ANGLE

BodyPoints = tuple[tuple[float, float], ...]

# fmt: off
FRONT: dict[str, BodyPoints] = {
    # Psoas major from the sides of the lumbar spine (T12-L5) along the pelvic brim, under the groin to the lesser
    # trochanter; iliacus fans over the inner bowl of the hip bone and joins it under the inguinal ligament.
    "psoas-major": (
        (10.0, 272.0), (16.0, 270.0), (22.0, 288.0), (28.0, 305.0), (34.0, 320.0), (38.0, 335.0), (42.0, 352.0),
        (46.0, 370.0), (50.0, 388.0), (53.0, 405.0), (54.0, 420.0), (53.0, 434.0), (48.0, 438.0), (43.0, 430.0),
        (37.0, 414.0), (31.0, 400.0), (24.0, 384.0), (17.0, 362.0), (13.0, 336.0), (11.5, 305.0),
    ),
    "iliacus": (
        (35.0, 330.0), (41.0, 327.0), (49.0, 326.0), (57.0, 327.0), (63.0, 331.0), (65.5, 339.0), (64.0, 350.0),
        (60.0, 362.0), (55.0, 372.0), (53.0, 384.0), (56.0, 398.0), (56.0, 418.0), (53.0, 434.0), (48.0, 438.0),
        (44.0, 430.0), (43.0, 416.0), (43.0, 400.0), (40.0, 382.0), (37.0, 362.0), (34.0, 345.0),
    ),
    "pectineus": (
        (13.0, 421.0), (20.0, 415.0), (28.0, 409.0), (35.0, 405.0), (41.0, 414.0), (47.0, 428.0), (51.0, 444.0),
        (49.0, 457.0), (43.0, 455.0), (34.0, 446.0), (24.0, 437.0), (16.0, 429.0),
    ),
    # Adductor longus, superficial, from the pubic body beside the symphysis to the middle of the linea aspera;
    # adductor brevis under it and under pectineus, shorter and higher, to the pectineal line and upper linea aspera.
    "adductor-longus": (
        (4.0, 430.0), (7.0, 421.0), (12.0, 416.0), (22.0, 430.0), (34.0, 450.0), (46.0, 478.0), (47.0, 500.0),
        (44.0, 520.0), (39.0, 534.0), (35.0, 531.0), (24.0, 505.0), (14.0, 477.0), (8.0, 455.0), (5.0, 442.0),
    ),
    "adductor-brevis": (
        (5.0, 420.0), (9.0, 413.0), (16.0, 414.0), (26.0, 422.0), (36.0, 432.0), (45.0, 444.0), (49.0, 460.0),
        (48.0, 478.0), (43.0, 484.0), (36.0, 474.0), (27.0, 462.0), (18.0, 450.0), (11.0, 438.0), (6.0, 428.0),
    ),
    "adductor-magnus": (
        (3.0, 436.0), (10.0, 430.0), (20.0, 436.0), (32.0, 452.0), (42.0, 472.0), (48.0, 500.0), (46.0, 530.0),
        (38.0, 552.0), (28.0, 568.0), (21.0, 580.0), (16.0, 584.0), (12.0, 578.0), (9.0, 560.0), (7.5, 540.0),
        (6.0, 515.0), (5.5, 490.0), (4.5, 465.0),
    ),
    "gracilis": (
        (2.5, 440.0), (9.0, 433.0), (15.0, 445.0), (18.0, 475.0), (18.5, 510.0), (17.0, 545.0), (15.5, 575.0),
        (16.0, 598.0), (22.0, 612.0), (24.0, 620.0), (19.0, 622.0), (13.0, 614.0), (10.3, 600.0), (9.3, 580.0),
        (8.3, 560.0), (7.2, 540.0), (6.2, 515.0), (5.3, 490.0), (4.4, 465.0), (3.5, 450.0),
    ),
    "sartorius": (
        (56.0, 365.0), (61.0, 370.0), (56.0, 395.0), (48.0, 425.0), (38.0, 455.0), (28.0, 485.0), (21.0, 515.0),
        (17.0, 545.0), (17.5, 575.0), (20.0, 598.0), (25.0, 612.0), (26.0, 620.0), (24.0, 624.0), (18.0, 620.0),
        (11.5, 605.0), (9.5, 585.0), (8.5, 560.0), (9.5, 535.0), (13.0, 505.0), (19.0, 475.0), (28.0, 445.0),
        (38.0, 415.0), (47.0, 390.0), (53.0, 372.0),
    ),
    "tensor-fasciae-latae": (
        (56.0, 370.0), (60.0, 356.0), (66.0, 348.0), (71.0, 358.0), (74.5, 378.0), (76.5, 400.0), (76.5, 425.0),
        (75.0, 445.0), (71.0, 452.0), (67.0, 440.0), (63.0, 418.0), (59.0, 395.0), (56.5, 380.0),
    ),
    "rectus-femoris": (
        (49.0, 378.0), (55.0, 379.0), (59.0, 396.0), (61.0, 425.0), (59.0, 460.0), (55.0, 495.0), (49.0, 528.0),
        (43.0, 552.0), (39.0, 566.0), (32.0, 569.0), (26.0, 566.0), (24.0, 548.0), (25.0, 515.0), (29.0, 480.0),
        (35.0, 445.0), (41.0, 415.0), (46.0, 392.0),
    ),
    "vastus-intermedius": (
        (48.0, 440.0), (60.0, 432.0), (66.0, 445.0), (67.0, 475.0), (64.0, 505.0), (58.0, 535.0), (50.0, 556.0),
        (42.0, 565.0), (30.0, 565.0), (26.0, 552.0), (27.0, 525.0), (29.0, 495.0), (33.0, 468.0), (40.0, 450.0),
    ),
    "vastus-lateralis": (
        (60.0, 420.0), (67.0, 411.0), (74.0, 412.0), (76.8, 425.0), (75.3, 445.0), (73.2, 465.0), (70.7, 485.0),
        (67.8, 505.0), (64.5, 525.0), (61.2, 545.0), (58.0, 565.0), (55.6, 582.0), (50.0, 588.0), (44.0, 584.0),
        (41.5, 574.0), (43.0, 562.0), (48.0, 540.0), (53.0, 510.0), (57.0, 475.0), (59.0, 445.0),
    ),
    "vastus-medialis": (
        (40.0, 448.0), (44.0, 452.0), (42.0, 475.0), (38.0, 505.0), (34.0, 535.0), (31.0, 552.0), (27.5, 565.0),
        (23.0, 576.0), (21.0, 586.0), (17.0, 592.0), (13.0, 591.0), (9.5, 578.0), (9.3, 562.0), (11.5, 542.0),
        (16.5, 520.0), (23.0, 497.0), (30.0, 475.0), (36.0, 456.0),
    ),
    # The medial head of gastrocnemius and soleus show along the inner border of the calf.
    "gastrocnemius": (
        (11.0, 604.0), (14.0, 606.0), (14.8, 630.0), (15.5, 655.0), (17.6, 678.0), (19.0, 694.0), (17.4, 699.0),
        (15.6, 688.0), (12.2, 668.0), (9.4, 650.0), (8.9, 630.0), (9.8, 612.0),
    ),
    "soleus": (
        (12.8, 672.0), (16.5, 672.0), (19.5, 690.0), (21.5, 710.0), (22.5, 730.0), (21.5, 745.0), (18.5, 748.0),
        (18.9, 735.0), (18.7, 720.0), (17.8, 705.0), (16.0, 692.0), (14.0, 680.0),
    ),
    "tibialis-anterior": (
        (33.0, 603.0), (42.0, 600.0), (46.0, 610.0), (45.0, 630.0), (43.5, 660.0), (40.5, 690.0), (37.0, 715.0),
        (32.0, 740.0), (27.5, 760.0), (22.5, 777.0), (19.5, 786.0), (17.0, 784.0), (18.5, 775.0), (22.5, 760.0),
        (26.5, 740.0), (29.0, 715.0), (30.5, 690.0), (31.5, 660.0), (32.0, 630.0),
    ),
    "extensor-digitorum-longus": (
        (44.0, 604.0), (51.0, 604.0), (53.0, 618.0), (53.0, 645.0), (51.0, 675.0), (48.0, 705.0), (45.0, 730.0),
        (42.5, 752.0), (41.0, 764.0), (46.0, 778.0), (52.5, 790.0), (50.0, 798.0), (44.0, 801.5), (37.0, 803.5),
        (31.0, 803.0), (30.5, 795.0), (32.0, 782.0), (34.5, 768.0), (36.0, 750.0), (38.0, 725.0), (39.5, 695.0),
        (40.0, 665.0), (40.5, 640.0), (42.0, 612.0),
    ),
    "extensor-hallucis-longus": (
        (37.0, 652.0), (42.0, 650.0), (43.0, 680.0), (41.0, 710.0), (38.0, 735.0), (34.0, 755.0), (30.5, 772.0),
        (27.0, 790.0), (25.5, 803.0), (25.5, 812.0), (21.5, 813.0), (21.0, 803.0), (23.0, 788.0), (26.5, 770.0),
        (29.5, 750.0), (29.5, 730.0), (29.5, 705.0), (32.0, 680.0),
    ),
    "peroneus-longus": (
        (49.0, 604.0), (55.0, 606.0), (56.5, 620.0), (57.5, 640.0), (56.3, 665.0), (52.8, 690.0), (49.3, 712.0),
        (46.3, 730.0), (44.0, 748.0), (43.0, 760.0), (41.0, 760.0), (41.5, 745.0), (43.0, 725.0), (45.5, 705.0),
        (47.5, 680.0), (48.0, 650.0), (47.5, 625.0),
    ),
    # Its tendon passes behind the outer ankle bone and along the outer edge of the foot to the fifth metatarsal.
    "peroneus-brevis": (
        (48.0, 668.0), (54.0, 668.0), (54.3, 680.0), (51.3, 700.0), (48.5, 720.0), (45.8, 740.0), (44.0, 755.0),
        (44.2, 767.0), (45.5, 776.0), (50.0, 783.0), (54.0, 790.0), (52.5, 793.0), (48.0, 788.0), (43.5, 781.0),
        (41.0, 772.0), (40.0, 760.0), (40.0, 745.0), (41.5, 728.0), (44.0, 705.0), (47.0, 685.0),
    ),
}

BACK: dict[str, BodyPoints] = {
    "adductor-magnus": (
        (6.0, 437.0), (20.0, 440.0), (30.0, 452.0), (40.0, 472.0), (45.0, 500.0), (43.0, 530.0), (36.0, 552.0),
        (26.0, 570.0), (19.0, 582.0), (14.0, 584.0), (11.5, 575.0), (10.0, 555.0), (8.5, 530.0), (6.8, 505.0),
        (5.3, 480.0), (4.5, 458.0),
    ),
    "gracilis": (
        (2.8, 445.0), (8.0, 442.0), (10.5, 470.0), (11.0, 510.0), (11.5, 550.0), (12.5, 585.0), (14.0, 605.0),
        (13.0, 620.0), (10.0, 617.0), (9.6, 600.0), (8.9, 580.0), (8.0, 560.0), (7.1, 540.0), (6.2, 515.0),
        (5.2, 490.0), (4.3, 465.0), (3.4, 452.0),
    ),
    # Semitendinosus over semimembranosus from the ischial tuberosity; semimembranosus broad and fleshy in the lower
    # half, bulging either side of the semitendinosus tendon, to the back of the medial tibial condyle.
    "semitendinosus": (
        (14.0, 444.0), (22.0, 438.0), (29.0, 452.0), (31.0, 485.0), (29.0, 520.0), (25.0, 548.0), (20.0, 572.0),
        (16.0, 595.0), (14.0, 612.0), (12.0, 612.0), (11.5, 595.0), (12.5, 572.0), (13.5, 548.0), (14.0, 520.0),
        (13.0, 485.0), (12.0, 460.0),
    ),
    "semimembranosus": (
        (8.0, 448.0), (14.0, 444.0), (17.0, 465.0), (17.0, 495.0), (20.0, 515.0), (26.0, 532.0), (28.5, 552.0),
        (26.0, 575.0), (21.0, 598.0), (17.0, 614.0), (12.5, 612.0), (10.3, 598.0), (9.0, 580.0), (8.0, 560.0),
        (7.1, 540.0), (6.3, 515.0), (5.3, 490.0), (4.5, 468.0),
    ),
    "biceps-femoris": (
        (17.0, 442.0), (25.0, 437.0), (33.0, 452.0), (44.0, 485.0), (52.0, 515.0), (56.0, 545.0), (56.3, 575.0),
        (55.0, 598.0), (53.0, 612.0), (48.5, 613.0), (46.0, 600.0), (41.0, 580.0), (36.0, 555.0), (31.0, 525.0),
        (24.0, 490.0), (18.0, 462.0),
    ),
    "popliteus": (
        (44.0, 596.0), (48.0, 601.0), (42.0, 612.0), (32.0, 622.0), (22.0, 632.0), (15.0, 637.0), (11.0, 632.0),
        (10.0, 620.0), (11.5, 609.0), (18.0, 603.0), (30.0, 599.0),
    ),
    # Both heads from the femoral condyles, joined in the Achilles tendon to the heel.
    "gastrocnemius": (
        (11.0, 590.0), (20.0, 580.0), (27.0, 583.0), (30.0, 592.0), (33.0, 583.0), (41.0, 579.0), (49.0, 585.0),
        (54.0, 600.0), (56.0, 625.0), (56.0, 648.0), (53.0, 668.0), (48.0, 680.0), (42.0, 688.0), (37.5, 697.0),
        (36.0, 715.0), (35.5, 740.0), (35.0, 770.0), (34.0, 784.0), (28.5, 784.0), (28.0, 770.0), (27.5, 745.0),
        (26.5, 726.0), (21.5, 721.0), (18.8, 707.0), (15.5, 688.0), (11.3, 662.0), (8.7, 640.0), (8.7, 620.0),
        (10.2, 605.0),
    ),
    "soleus": (
        (44.0, 612.0), (51.0, 611.0), (55.0, 622.0), (56.5, 645.0), (55.0, 670.0), (51.0, 693.0), (45.0, 715.0),
        (39.0, 738.0), (36.5, 760.0), (35.5, 778.0), (28.0, 778.0), (27.0, 760.0), (23.0, 742.0), (19.5, 725.0),
        (18.5, 708.0), (16.2, 690.0), (13.3, 672.0), (10.5, 655.0), (11.0, 640.0), (17.0, 634.0), (27.0, 626.0),
        (36.0, 618.0),
    ),
    "tibialis-posterior": (
        (21.0, 626.0), (33.0, 620.0), (44.0, 624.0), (45.0, 645.0), (41.0, 675.0), (35.0, 705.0), (29.0, 730.0),
        (25.0, 750.0), (22.5, 766.0), (23.5, 780.0), (23.5, 795.0), (22.5, 804.0), (21.0, 806.0), (20.6, 798.0),
        (19.6, 786.0), (19.0, 774.0), (18.8, 764.0), (19.5, 748.0), (20.5, 725.0), (20.5, 700.0), (20.0, 675.0),
        (19.5, 650.0),
    ),
    "flexor-digitorum-longus": (
        (9.5, 645.0), (18.0, 636.0), (27.0, 640.0), (29.0, 665.0), (28.0, 695.0), (26.0, 722.0), (24.5, 748.0),
        (24.0, 766.0), (25.5, 780.0), (26.5, 796.0), (30.3, 808.0), (35.1, 819.8), (43.8, 829.2), (48.9, 836.9),
        (46.1, 840.1), (39.8, 843.5), (32.9, 845.0), (26.3, 844.5), (26.1, 834.5), (27.4, 824.4), (26.7, 814.4),
        (23.4, 802.6), (20.7, 792.7), (19.8, 778.0), (19.2, 762.0), (19.2, 745.0), (19.2, 730.0), (18.3, 712.0),
        (16.2, 692.0), (13.8, 677.0), (11.2, 662.0),
    ),
    "flexor-hallucis-longus": (
        (40.0, 655.0), (49.0, 660.0), (52.0, 680.0), (50.0, 700.0), (46.5, 722.0), (42.0, 745.0), (36.0, 760.0),
        (30.0, 770.0), (26.0, 780.0), (25.0, 792.0), (25.0, 805.0), (25.0, 818.5), (23.5, 831.0), (23.0, 843.0),
        (23.0, 853.0), (18.9, 853.0), (18.7, 843.0), (19.6, 831.0), (20.5, 818.5), (20.5, 804.0), (20.5, 792.0),
        (21.5, 778.0), (25.5, 768.0), (29.0, 757.0), (32.5, 740.0), (34.0, 715.0), (35.0, 690.0), (37.0, 668.0),
    ),
}

# The sole's muscles in the foot's frame (a from the ankle towards the toes, b across, + towards the little toe).
SOLE: dict[str, BodyPoints] = {
    "quadratus-plantae": (
        (22.0, -9.0), (24.0, 4.0), (28.0, 11.0), (34.0, 12.0), (42.0, 6.0), (48.0, 0.0), (48.0, -5.0),
        (42.0, -8.0), (32.0, -10.0),
    ),
    "flexor-digitorum-brevis": (
        (30.0, -7.0), (32.0, 5.0), (40.0, 8.5), (52.0, 11.0), (62.0, 12.5), (68.0, 12.0), (72.0, 8.0), (74.5, 2.0),
        (75.0, -5.0), (72.0, -10.0), (60.0, -8.5), (48.0, -6.5), (38.0, -8.0),
    ),
    "abductor-hallucis": (
        (18.0, -14.3), (30.0, -12.8), (40.0, -13.3), (48.0, -14.8), (58.0, -20.8), (66.0, -20.6), (73.0, -19.5),
        (74.0, -15.5), (67.0, -14.5), (58.0, -13.5), (48.0, -9.5), (38.0, -7.0), (28.0, -7.0), (20.0, -9.0),
    ),
    "abductor-digiti-minimi-foot": (
        (20.0, 10.0), (22.0, 15.0), (34.0, 14.3), (46.0, 14.8), (56.0, 16.3), (64.0, 16.5), (70.0, 15.0),
        (69.0, 11.0), (60.0, 10.5), (50.0, 10.0), (40.0, 9.5), (30.0, 9.0),
    ),
}

SIDE: dict[str, BodyPoints] = {
    # From the front of the iliac crest (the ASIS itself is behind the forearm) to the iliotibial band.
    "tensor-fasciae-latae": (
        (6.0, 346.0), (18.0, 343.0), (23.0, 350.0), (28.0, 360.0), (32.0, 370.0), (35.5, 382.0), (37.5, 396.0),
        (34.5, 418.0), (30.0, 440.0), (24.0, 458.0), (16.0, 462.0), (10.0, 450.0), (9.0, 425.0), (9.0, 400.0),
        (8.0, 372.0),
    ),
    "rectus-femoris": (
        (25.0, 400.0), (33.0, 398.0), (35.5, 410.0), (34.0, 422.0), (33.5, 432.0), (36.0, 442.0), (39.5, 455.0),
        (42.5, 472.0), (43.5, 490.0), (43.5, 510.0), (42.5, 528.0), (40.5, 545.0), (37.5, 560.0), (35.0, 570.0),
        (31.0, 573.0), (27.0, 567.0), (25.5, 545.0), (25.0, 515.0), (24.5, 480.0), (24.0, 450.0), (23.5, 425.0),
    ),
    "vastus-lateralis": (
        (-12.0, 420.0), (0.0, 417.0), (10.0, 425.0), (18.0, 440.0), (24.0, 465.0), (27.0, 495.0), (28.5, 525.0),
        (28.5, 550.0), (27.5, 568.0), (22.0, 580.0), (12.0, 584.0), (0.0, 582.0), (-12.0, 578.0), (-20.0, 570.0),
        (-25.0, 552.0), (-26.0, 520.0), (-24.0, 485.0), (-20.0, 455.0), (-16.0, 432.0),
    ),
    "biceps-femoris": (
        (-50.0, 458.0), (-42.0, 455.0), (-35.0, 475.0), (-27.0, 510.0), (-21.0, 545.0), (-16.0, 575.0),
        (-11.0, 600.0), (-9.5, 612.0), (-14.0, 618.0), (-19.0, 612.0), (-24.0, 595.0), (-28.5, 580.0),
        (-32.0, 560.0), (-37.0, 530.0), (-42.5, 500.0), (-47.0, 475.0),
    ),
    "gastrocnemius": (
        (-29.5, 582.0), (-21.0, 578.0), (-17.5, 592.0), (-19.0, 612.0), (-20.5, 635.0), (-20.5, 660.0), (-19.0, 685.0),
        (-17.0, 705.0), (-15.0, 725.0), (-14.5, 745.0), (-14.8, 760.0), (-16.0, 772.0), (-19.0, 781.0), (-22.0, 783.0),
        (-19.0, 770.0), (-17.2, 758.0), (-17.0, 745.0), (-19.0, 725.0), (-24.0, 705.0), (-29.2, 688.0), (-34.0, 670.0),
        (-37.2, 650.0), (-37.0, 630.0), (-34.0, 612.0), (-31.2, 598.0),
    ),
    "soleus": (
        (-24.0, 607.0), (-17.0, 610.0), (-13.5, 624.0), (-14.0, 650.0), (-13.5, 680.0), (-12.0, 710.0),
        (-12.0, 735.0), (-13.0, 755.0), (-14.5, 772.0), (-18.0, 772.0), (-17.3, 755.0), (-17.5, 740.0),
        (-19.3, 725.0), (-22.5, 710.0), (-26.0, 695.0), (-29.5, 675.0), (-32.5, 655.0), (-33.0, 635.0),
        (-30.5, 618.0),
    ),
    # Both peroneal tendons run behind the outer ankle bone, then forwards along the outer side of the foot.
    "peroneus-longus": (
        (-22.0, 607.0), (-17.0, 603.0), (-10.0, 605.0), (-5.0, 618.0), (-2.5, 640.0), (-2.5, 665.0),
        (-4.5, 695.0), (-8.0, 722.0), (-10.5, 745.0), (-12.0, 762.0), (-13.0, 774.0), (-9.0, 786.0),
        (0.0, 792.0), (12.0, 797.0), (22.0, 801.0), (23.0, 805.0), (10.0, 803.0), (-2.0, 798.0), (-11.0, 793.0),
        (-16.5, 784.0), (-17.5, 770.0), (-16.5, 752.0), (-16.0, 735.0), (-17.0, 715.0), (-19.0, 690.0),
        (-21.0, 662.0), (-21.0, 640.0), (-21.5, 620.0),
    ),
    "peroneus-brevis": (
        (-8.0, 660.0), (-3.0, 662.0), (0.0, 685.0), (1.0, 712.0), (-0.5, 738.0), (-4.0, 752.0), (-10.0, 760.0),
        (-12.5, 770.0), (-11.0, 781.0), (-5.0, 788.0), (3.0, 791.5), (15.0, 795.0), (25.0, 798.0), (26.5, 801.5),
        (24.0, 803.0), (12.0, 800.0), (0.0, 797.0), (-10.0, 792.0), (-16.0, 784.0), (-17.0, 770.0), (-15.5, 755.0),
        (-14.5, 735.0), (-14.5, 712.0), (-13.5, 688.0), (-11.0, 670.0),
    ),
    "tibialis-anterior": (
        (12.0, 612.0), (22.0, 608.0), (31.0, 612.0), (32.0, 620.0), (30.5, 650.0), (29.0, 675.0), (27.5, 700.0),
        (26.0, 722.0), (24.5, 745.0), (23.5, 762.0), (25.5, 775.0), (30.0, 781.0), (29.0, 785.0), (24.0, 782.0),
        (20.5, 772.0), (20.5, 755.0), (19.5, 735.0), (17.5, 705.0), (15.0, 675.0), (13.0, 645.0), (12.0, 625.0),
    ),
    "extensor-digitorum-longus": (
        (-6.0, 610.0), (8.0, 610.0), (11.0, 625.0), (12.5, 655.0), (14.0, 690.0), (16.0, 720.0), (18.5, 745.0),
        (20.5, 765.0), (30.0, 779.0), (45.0, 785.5), (60.0, 791.3), (74.0, 796.8), (84.0, 800.2), (90.0, 803.0),
        (88.0, 806.0), (80.0, 805.0), (68.0, 801.0), (54.0, 796.0), (40.0, 790.0), (28.0, 784.0), (16.0, 773.0),
        (10.0, 755.0), (4.0, 730.0), (-2.0, 700.0), (-6.0, 670.0), (-9.0, 640.0), (-10.0, 620.0),
    ),
    "extensor-hallucis-longus": (
        (6.0, 665.0), (13.0, 660.0), (17.0, 680.0), (19.5, 705.0), (21.5, 730.0), (23.0, 752.0), (23.5, 766.0),
        (27.0, 775.5), (32.0, 779.5), (48.0, 787.0), (64.0, 792.5), (80.0, 797.8), (92.0, 802.2), (96.5, 805.5),
        (93.5, 808.0), (82.0, 801.5), (66.0, 796.5), (50.0, 790.5), (34.0, 783.5), (22.0, 776.0), (16.0, 760.0),
        (11.0, 735.0), (7.5, 705.0), (5.5, 685.0),
    ),
    "abductor-digiti-minimi-foot": (
        (-20.0, 800.0), (-12.0, 797.5), (0.0, 798.0), (15.0, 799.0), (30.0, 800.0), (45.0, 802.0), (58.0, 804.5),
        (66.0, 807.0), (66.0, 809.5), (52.0, 809.0), (34.0, 806.8), (14.0, 808.8), (-6.0, 809.7), (-16.0, 807.5),
    ),
}
# fmt: on


def _placed(view: str, points: BodyPoints) -> tuple[tuple[float, float], ...]:
    """Body points of the person's right side moved into figure coordinates, to 0.1."""
    return tuple((round(x, 1), round(y, 1)) for x, y in (to_figure(view, u, v) for u, v in points))


def _on_sole(points: BodyPoints) -> BodyPoints:
    """Points in the foot's frame placed on the back view's sole, in body units."""
    return tuple(place(list(points), ANKLE, FOOT_ANGLE))


def _shapes() -> dict[tuple[str, str], tuple[tuple[float, float], ...]]:
    """Every outline of this module, keyed by (muscle key, view), in figure coordinates."""
    back = {**BACK, **{key: _on_sole(points) for key, points in SOLE.items()}}
    return {
        (key, view): _placed(view, points)
        for view, table in (("front", FRONT), ("back", back), ("side", SIDE))
        for key, points in table.items()
    }


SHAPES: dict[tuple[str, str], tuple[tuple[float, float], ...]] = _shapes()

# What an anatomy plate shows of each muscle on the views drawn here; the gallery's index quotes it.
PLATE_NOTES: dict[str, str] = {
    "psoas-major": "Front, deep: from the sides of the bodies and transverse processes of T12-L5 beside the spine, "
    "down along the pelvic brim and under the inguinal ligament, joining iliacus to the lesser trochanter.",
    "iliacus": "Front, deep: a fan over the iliac fossa from the inner lip of the iliac crest, converging on the "
    "lateral side of the psoas tendon under the inguinal ligament to the lesser trochanter.",
    "pectineus": "Front: from the pecten pubis just below the groin to the pectineal line below the lesser "
    "trochanter, between iliopsoas and adductor longus.",
    "adductor-longus": "Front: from the pubic body beside the symphysis, fanning down and out to the middle third "
    "of the linea aspera; the inner border of the femoral triangle.",
    "adductor-brevis": "Front, deep to adductor longus and pectineus: from the body and inferior ramus of the pubis "
    "to the pectineal line and the upper linea aspera, higher and shorter than longus.",
    "adductor-magnus": "Front, deep to longus and gracilis: from the ischiopubic ramus to the linea aspera and the "
    "adductor tubercle above the inner knee. Back: from the ischial tuberosity, the broad inner thigh between "
    "gracilis and the hamstrings, to the adductor tubercle.",
    "gracilis": "Front and back: the thin strap along the inner thigh, from the inferior pubic ramus beside the "
    "symphysis to the pes anserinus on the medial tibia below the knee.",
    "sartorius": "Front: from the ASIS obliquely across the thigh to its inner side, then behind the inner knee to "
    "the pes anserinus on the medial tibia.",
    "tensor-fasciae-latae": "Front: from the ASIS and the front of the iliac crest down the outer hip to the "
    "iliotibial band below the greater trochanter. Side: in front of the greater trochanter; its origin lies "
    "behind the hanging forearm.",
    "rectus-femoris": "Front: from the AIIS below the ASIS straight down the middle of the thigh to the top of the "
    "kneecap. Side: the front strip of the thigh.",
    "vastus-intermedius": "Front, deep to rectus femoris: the front and outer femoral shaft (upper two thirds) to "
    "the quadriceps tendon above the kneecap.",
    "vastus-lateralis": "Front: the outer thigh from the greater trochanter to the outer border of the kneecap. "
    "Side: the large middle of the outer thigh between rectus femoris and biceps femoris, from below the greater "
    "trochanter to the kneecap.",
    "vastus-medialis": "Front: from the intertrochanteric line and the linea aspera, thin above and bulging (the "
    "teardrop) above the inner knee, to the inner border of the kneecap.",
    "biceps-femoris": "Back: from the ischial tuberosity (the short head from the linea aspera) down the outer back "
    "of the thigh to the head of the fibula. Side: the back strip of the thigh to the fibular head.",
    "semitendinosus": "Back: from the ischial tuberosity (with the long head of biceps) down the inner back of the "
    "thigh, fleshy above and a long cord-like tendon below, to the pes anserinus on the medial tibia.",
    "semimembranosus": "Back, under semitendinosus: from the ischial tuberosity by a flat tendon, fleshy and broad in "
    "the lower half of the inner back thigh, to the back of the medial tibial condyle.",
    "popliteus": "Back, deep: below the knee crease, from the lateral femoral condyle obliquely down and in to the "
    "back of the tibia above the soleal line.",
    "gastrocnemius": "Back: two heads from the femoral condyles above the knee crease, the inner one longer, joined "
    "in the Achilles tendon to the heel. Side: the back of the calf. Front: the inner head along the calf's border.",
    "soleus": "Back: under gastrocnemius, from the fibular head, upper fibula and soleal line of the tibia, showing "
    "on both sides of it, to the Achilles tendon. Side: between gastrocnemius and the peroneals. Front: along the "
    "inner border of the lower leg.",
    "tibialis-anterior": "Front and side: from the lateral tibial condyle and upper outer tibia beside the shin's "
    "crest; its tendon crosses the front of the ankle to the medial cuneiform and first metatarsal.",
    "extensor-digitorum-longus": "Front and side: outside tibialis anterior, from the lateral tibial condyle and "
    "the fibula; its tendons cross the front of the ankle and fan over the top of the foot to the four lesser toes.",
    "extensor-hallucis-longus": "Front and side: deep between tibialis anterior and extensor digitorum longus, from "
    "the middle fibula; its tendon crosses the ankle and the top of the foot to the big toe.",
    "peroneus-longus": "Front and side: the outer leg from the fibular head and upper fibula; its tendon runs behind "
    "the outer ankle bone and along the outer foot to the cuboid, then under the sole.",
    "peroneus-brevis": "Front and side: under peroneus longus on the lower fibula; its tendon runs behind the outer "
    "ankle bone to the base of the fifth metatarsal.",
    "tibialis-posterior": "Back, deepest: between tibia and fibula on the interosseous membrane; its tendon runs "
    "behind the inner ankle bone to the navicular tuberosity.",
    "flexor-digitorum-longus": "Back, deep: on the back of the tibia near its inner border; its tendon runs behind "
    "the inner ankle bone and across the sole, dividing to the four lesser toes.",
    "flexor-hallucis-longus": "Back, deep: on the lower back of the fibula (outer calf); its tendon crosses in "
    "behind the ankle and runs along the inner sole to the big toe.",
    "quadratus-plantae": "Sole (back view), deep: from the underside of the calcaneus to the flexor digitorum "
    "longus tendon in the middle of the sole.",
    "flexor-digitorum-brevis": "Sole (back view): the middle of the sole, from the calcaneal tuberosity to the four "
    "lesser toes.",
    "abductor-hallucis": "Sole (back view): along the inner border of the sole, from the calcaneal tuberosity to "
    "the base of the big toe.",
    "abductor-digiti-minimi-foot": "Sole (back view) and side: along the outer border of the foot, from the "
    "calcaneal tuberosity to the base of the little toe.",
}
