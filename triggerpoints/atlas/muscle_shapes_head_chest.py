"""Muscle outlines drawn on the atlas: the muscles of the head, neck, chest and abdomen.

Each outline is written in body units (see `triggerpoints.atlas.frame`: u outwards from the midline on the front
and back views, forwards from the plumb line through the ear on the side view; v down from the top of the head)
and placed into figure coordinates here; `muscle_outlines` gathers `SHAPES` and mirrors them to the left side.
Each runs from origin to insertion as an anatomy plate draws it, drawn from anatomical knowledge. On the side
view the right arm hangs in front of the chest and flank, so a muscle there is drawn where it shows around the
arm (pectoralis major in front of it, serratus anterior and external oblique behind it).
"""

from __future__ import annotations

from triggerpoints.atlas.frame import to_figure

BodyPoints = tuple[tuple[float, float], ...]


def _placed(view: str, points: BodyPoints) -> tuple[tuple[float, float], ...]:
    """Body points of the person's right side moved into figure coordinates, to 0.1."""
    return tuple((round(x, 1), round(y, 1)) for x, y in (to_figure(view, u, v) for u, v in points))


# fmt: off
# Head: the chewing muscles and the scalp.
TEMPORALIS_FRONT: BodyPoints = (
    (31.0, 18.0), (34.5, 21.0), (37.2, 28.0), (38.0, 38.0), (38.2, 47.0), (37.8, 55.0), (36.5, 61.0),
    (33.0, 62.0), (30.0, 58.0), (29.2, 50.0), (29.0, 40.0), (29.0, 30.0), (29.5, 22.0),
)
TEMPORALIS_SIDE: BodyPoints = (
    (28.0, 47.0), (28.5, 40.0), (24.0, 30.0), (15.0, 21.0), (4.0, 16.0), (-8.0, 15.0), (-19.0, 18.5),
    (-27.0, 27.0), (-30.5, 37.0), (-29.0, 46.0), (-21.0, 46.5), (-12.0, 43.5), (-3.0, 42.0), (3.0, 45.0),
    (7.0, 52.0), (9.0, 58.5), (16.0, 58.0), (24.0, 57.5), (28.5, 54.0),
)
MASSETER_FRONT: BodyPoints = (
    (27.0, 62.0), (33.0, 61.0), (38.0, 62.5), (38.5, 70.0), (37.8, 80.0), (35.0, 88.0), (32.0, 95.0),
    (28.5, 100.0), (25.5, 100.5), (24.8, 92.0), (25.0, 80.0), (25.5, 70.0),
)
MASSETER_SIDE: BodyPoints = (
    (6.0, 64.5), (14.0, 63.5), (22.0, 63.5), (30.0, 64.0), (33.0, 67.0), (31.0, 78.0), (28.0, 92.0),
    (25.0, 103.0), (22.0, 107.5), (15.0, 105.5), (8.0, 102.5), (3.5, 99.0), (1.8, 94.0), (2.0, 86.0),
    (3.0, 77.0), (4.5, 69.0),
)
LATERAL_PTERYGOID_FRONT: BodyPoints = (
    (12.0, 63.0), (18.0, 61.5), (25.0, 60.5), (31.0, 59.5), (34.5, 61.0), (35.0, 65.0), (32.0, 68.0),
    (25.0, 70.5), (18.0, 74.0), (12.5, 76.0), (10.5, 70.0),
)
LATERAL_PTERYGOID_SIDE: BodyPoints = (
    (5.0, 62.0), (9.0, 60.5), (16.0, 60.5), (23.0, 61.0), (28.5, 62.5), (29.5, 68.0), (28.5, 76.0),
    (24.0, 77.0), (17.0, 73.0), (10.0, 69.0), (5.5, 66.5),
)
MEDIAL_PTERYGOID_FRONT: BodyPoints = (
    (10.5, 66.0), (15.5, 67.0), (20.0, 74.0), (25.0, 83.0), (29.0, 92.0), (29.5, 97.5), (27.0, 102.5),
    (25.0, 104.0), (21.5, 99.0), (16.0, 89.0), (11.5, 79.0), (9.5, 71.0),
)
MEDIAL_PTERYGOID_SIDE: BodyPoints = (
    (22.0, 66.0), (27.0, 66.5), (28.5, 72.0), (25.0, 82.0), (18.0, 93.0), (12.0, 102.0), (7.0, 107.0),
    (2.5, 106.0), (1.5, 101.0), (5.0, 95.0), (11.0, 86.0), (16.0, 76.0), (19.5, 69.0),
)
FRONTAL_BELLY_FRONT: BodyPoints = (
    (1.0, 44.0), (6.0, 42.5), (13.0, 40.0), (20.0, 39.5), (26.0, 40.5), (29.5, 43.5), (30.0, 35.0),
    (29.5, 27.0), (27.0, 20.0), (21.0, 14.5), (14.0, 12.0), (7.0, 12.5), (4.5, 16.0), (2.5, 28.0),
)
FRONTAL_BELLY_SIDE: BodyPoints = (
    (30.0, 44.0), (36.0, 40.5), (42.5, 41.5), (43.8, 36.0), (42.0, 27.0), (37.0, 18.0), (29.0, 10.5),
    (20.0, 6.0), (12.0, 6.5), (11.0, 12.0), (16.0, 20.0), (21.0, 29.0), (25.5, 37.0), (28.0, 42.0),
)
OCCIPITAL_BELLY_BACK: BodyPoints = (
    (9.0, 62.0), (14.0, 56.5), (22.0, 53.5), (30.0, 54.5), (36.0, 58.5), (38.0, 66.0), (37.0, 74.0),
    (33.5, 81.0), (28.0, 78.0), (20.0, 75.0), (12.0, 72.0), (8.0, 68.5),
)
OCCIPITAL_BELLY_SIDE: BodyPoints = (
    (-29.0, 53.0), (-35.0, 48.5), (-40.5, 50.0), (-43.0, 57.0), (-42.5, 66.0), (-40.5, 74.0),
    (-37.5, 79.0), (-30.0, 78.0), (-24.5, 75.0), (-25.0, 66.0), (-27.0, 58.0),
)
# Neck.
DIGASTRIC_FRONT: BodyPoints = (
    (1.5, 107.5), (5.0, 108.0), (9.0, 110.5), (13.0, 112.5), (17.0, 109.5), (23.0, 104.0), (28.0, 99.5),
    (30.0, 96.0), (28.0, 101.0), (26.0, 106.5), (22.0, 113.0), (17.0, 118.0), (12.0, 119.5), (7.0, 116.0),
    (1.5, 111.5),
)
DIGASTRIC_SIDE: BodyPoints = (
    (-12.0, 84.0), (-7.0, 86.5), (0.0, 95.0), (6.0, 103.0), (11.0, 108.5), (19.0, 109.8), (26.0, 108.8),
    (34.0, 108.6), (33.5, 110.6), (26.0, 112.4), (19.0, 114.6), (13.0, 116.8), (7.0, 111.5), (1.0, 104.0),
    (-5.0, 97.5), (-11.0, 90.0),
)
STERNOCLEIDOMASTOID_FRONT: BodyPoints = (
    (27.0, 93.0), (31.0, 95.0), (27.3, 102.0), (25.4, 108.0), (24.6, 115.0), (24.0, 122.0), (23.0, 130.0),
    (22.5, 137.0), (22.5, 143.0), (17.0, 142.5), (13.0, 142.0), (11.5, 137.0), (9.5, 142.0), (7.5, 147.5),
    (3.5, 148.0), (5.5, 139.0), (9.5, 129.0), (14.5, 119.0), (20.0, 108.0), (24.0, 99.0),
)
STERNOCLEIDOMASTOID_SIDE: BodyPoints = (
    (-16.0, 80.0), (-11.0, 79.5), (-5.0, 84.0), (0.0, 92.0), (5.0, 101.0), (9.0, 109.0), (12.5, 117.0),
    (15.0, 125.0), (17.8, 134.0), (20.5, 142.0), (21.5, 146.0), (14.0, 149.0), (8.0, 150.0), (6.0, 146.0),
    (3.0, 135.0), (-1.0, 122.0), (-5.0, 108.0), (-9.0, 97.0), (-14.0, 88.0),
)
# The scalenes, each from the side knobs of the neck vertebrae down and outwards to the top ribs: the front one
# most medial (to the first rib behind the clavicle), the middle one behind it, the back one outermost (to the
# second rib), and scalenus minimus, small and deep, between the front and middle ones above the first rib.
SCALENUS_ANTERIOR_FRONT: BodyPoints = (
    (14.0, 104.0), (17.5, 104.5), (20.5, 112.0), (23.5, 120.0), (28.0, 128.0), (30.5, 135.0), (29.5, 142.0),
    (24.0, 143.5), (20.0, 141.0), (17.5, 133.0), (15.0, 124.0), (13.5, 114.0),
)
SCALENUS_ANTERIOR_SIDE: BodyPoints = (
    (-3.0, 104.0), (0.0, 104.5), (4.0, 113.0), (8.5, 123.0), (13.0, 133.0), (16.5, 142.0), (14.0, 147.0),
    (7.5, 147.5), (3.5, 140.0), (0.0, 130.0), (-2.5, 120.0), (-3.5, 111.0),
)
SCALENUS_MEDIUS_FRONT: BodyPoints = (
    (17.0, 97.0), (20.0, 97.5), (22.5, 107.0), (24.0, 117.0), (25.5, 124.0), (28.0, 129.0), (33.0, 133.0),
    (38.0, 139.5), (35.5, 144.0), (29.0, 143.5), (25.5, 137.0), (22.0, 127.0), (19.0, 116.0), (17.0, 105.0),
)
SCALENUS_MEDIUS_SIDE: BodyPoints = (
    (-8.5, 97.0), (-5.0, 97.5), (-3.0, 107.0), (-0.5, 119.0), (2.5, 131.0), (5.0, 141.0), (4.0, 147.5),
    (-3.5, 147.5), (-7.5, 141.0), (-9.5, 130.0), (-10.0, 118.0), (-9.5, 105.0),
)
SCALENUS_POSTERIOR_FRONT: BodyPoints = (
    (20.0, 112.0), (22.5, 112.5), (23.5, 120.5), (27.0, 128.0), (33.0, 133.0), (42.0, 138.5), (43.0, 144.5),
    (38.5, 146.5), (33.0, 145.0), (29.5, 139.5), (25.0, 130.5), (21.5, 121.0),
)
SCALENUS_POSTERIOR_SIDE: BodyPoints = (
    (-11.5, 110.0), (-8.5, 111.0), (-7.0, 121.0), (-6.5, 132.0), (-7.0, 142.0), (-8.5, 149.0), (-14.0, 149.5),
    (-15.5, 143.0), (-14.5, 132.0), (-13.5, 121.0), (-12.5, 114.0),
)
SCALENUS_MINIMUS_FRONT: BodyPoints = (
    (21.0, 130.5), (24.0, 131.0), (27.5, 134.0), (30.5, 138.5), (31.5, 143.5), (27.5, 145.5), (23.5, 143.5),
    (21.5, 138.5), (20.5, 134.0),
)
SCALENUS_MINIMUS_SIDE: BodyPoints = (
    (-0.5, 130.5), (3.0, 130.5), (6.0, 135.0), (8.5, 141.0), (8.5, 147.0), (4.0, 148.0), (0.5, 143.5),
    (-1.0, 137.0),
)
# Deep in the front of the neck, on the front of the spine behind the throat, from the atlas down to T3.
LONGUS_COLLI_FRONT: BodyPoints = (
    (1.5, 94.0), (4.0, 94.0), (5.5, 100.0), (7.0, 107.0), (8.5, 115.0), (10.0, 125.0), (9.5, 135.0),
    (7.5, 147.0), (4.5, 159.0), (2.0, 162.0), (1.5, 150.0), (1.5, 120.0),
)
# A bent strap: the upper belly from the hyoid down to the tendon under SCM, the lower belly from there out and
# down across the hollow above the clavicle to the upper border of the shoulder blade behind the clavicle.
OMOHYOID_FRONT: BodyPoints = (
    (5.0, 110.5), (9.0, 110.0), (12.0, 117.0), (16.0, 124.0), (22.0, 128.5), (30.0, 133.0), (38.0, 137.0),
    (46.0, 141.0), (54.0, 145.0), (57.0, 149.0), (52.0, 150.5), (44.0, 146.0), (36.0, 142.0), (28.0, 138.0),
    (20.0, 134.0), (13.0, 129.5), (8.5, 121.0), (5.5, 115.0),
)
LEVATOR_SCAPULAE_BACK: BodyPoints = (
    (13.0, 88.0), (21.5, 86.0), (24.0, 96.0), (24.2, 106.0), (24.0, 116.0), (24.5, 124.0), (28.0, 131.0),
    (34.0, 136.0), (39.5, 141.0), (38.5, 150.0), (35.5, 160.0), (33.0, 168.0), (29.0, 169.0),
    (27.0, 158.0), (23.0, 144.0), (19.0, 132.0), (16.0, 118.0), (14.0, 104.0),
)
LEVATOR_SCAPULAE_SIDE: BodyPoints = (
    (-8.0, 90.0), (-12.0, 89.0), (-14.0, 96.0), (-16.0, 110.0), (-21.0, 125.0), (-28.0, 140.0),
    (-34.0, 155.0), (-36.0, 163.0), (-30.0, 165.0), (-24.0, 155.0), (-16.0, 142.0), (-10.0, 128.0),
    (-7.0, 115.0), (-6.0, 100.0),
)
SPLENIUS_CAPITIS_BACK: BodyPoints = (
    (3.0, 102.0), (8.0, 92.0), (14.0, 82.0), (22.0, 79.5), (30.0, 82.0), (34.0, 86.0), (32.0, 92.0),
    (29.0, 98.0), (24.5, 105.0), (23.5, 112.0), (20.0, 124.0), (13.0, 140.0), (7.0, 158.0), (3.0, 176.0),
    (1.5, 170.0), (1.5, 140.0), (1.5, 115.0),
)
SPLENIUS_CAPITIS_SIDE: BodyPoints = (
    (-10.0, 80.0), (-18.0, 78.0), (-27.0, 79.5), (-31.0, 84.0), (-30.0, 95.0), (-29.0, 108.0),
    (-31.0, 125.0), (-36.0, 142.0), (-40.0, 155.0), (-35.0, 152.0), (-28.0, 138.0), (-22.0, 122.0),
    (-16.0, 108.0), (-11.0, 96.0), (-9.0, 88.0),
)
SPLENIUS_CERVICIS_BACK: BodyPoints = (
    (16.0, 90.0), (21.0, 88.0), (24.0, 94.0), (24.0, 104.0), (23.5, 118.0), (20.0, 140.0), (14.0, 165.0),
    (8.0, 195.0), (3.0, 228.0), (1.5, 228.0), (2.0, 195.0), (3.5, 165.0), (5.0, 140.0), (6.5, 125.0),
    (9.0, 110.0), (13.0, 98.0),
)
# Semispinalis capitis: the broad rope beside the midline from the occiput (between the nuchal lines) down the
# neck to the side knobs of C7-T6; semispinalis cervicis under it, from the spines of C2-C5 to the side knobs of
# T1-T6.
SEMISPINALIS_CAPITIS_BACK: BodyPoints = (
    (1.5, 75.0), (8.0, 74.5), (14.0, 76.0), (19.0, 78.5), (21.0, 85.0), (20.0, 100.0), (18.0, 120.0),
    (16.0, 140.0), (15.0, 165.0), (14.0, 190.0), (13.0, 215.0), (10.0, 220.0), (9.0, 195.0), (7.0, 165.0),
    (4.0, 145.0), (1.5, 130.0), (1.5, 100.0),
)
SEMISPINALIS_CERVICIS_BACK: BodyPoints = (
    (1.5, 96.0), (4.0, 95.0), (9.0, 98.0), (12.0, 106.0), (13.5, 120.0), (14.0, 140.0), (14.5, 165.0),
    (14.5, 190.0), (13.5, 215.0), (10.5, 220.0), (9.5, 195.0), (8.0, 165.0), (6.0, 140.0), (3.5, 125.0),
    (1.5, 115.0),
)
# The suboccipital triangle muscles between the occiput, the atlas (C1) and the axis (C2).
RECTUS_CAPITIS_POSTERIOR_MINOR_BACK: BodyPoints = (
    (1.5, 79.0), (6.0, 78.5), (10.0, 79.5), (10.5, 83.0), (8.0, 88.0), (5.0, 92.5), (2.5, 94.0), (1.5, 90.0),
)
RECTUS_CAPITIS_POSTERIOR_MAJOR_BACK: BodyPoints = (
    (2.0, 97.0), (4.0, 93.5), (8.0, 88.0), (12.0, 82.0), (16.0, 79.5), (21.0, 80.0), (23.0, 83.0),
    (19.5, 87.5), (12.5, 92.5), (6.0, 97.0), (3.0, 99.0),
)
OBLIQUUS_CAPITIS_SUPERIOR_BACK: BodyPoints = (
    (16.0, 77.5), (20.0, 76.0), (25.0, 76.5), (27.5, 79.0), (27.0, 84.0), (25.5, 90.0), (23.0, 92.0),
    (21.5, 88.0), (19.5, 83.5), (16.5, 80.5),
)
OBLIQUUS_CAPITIS_INFERIOR_BACK: BodyPoints = (
    (2.0, 95.0), (6.0, 93.5), (12.0, 90.5), (18.0, 88.0), (23.0, 86.5), (26.5, 88.0), (25.5, 92.0),
    (19.0, 94.5), (12.0, 97.0), (6.0, 99.5), (2.0, 100.5),
)
MULTIFIDUS_BACK: BodyPoints = (
    (1.5, 92.0), (5.0, 91.0), (8.0, 96.0), (9.0, 110.0), (8.5, 130.0), (8.0, 160.0), (8.0, 200.0),
    (8.5, 240.0), (9.5, 280.0), (11.0, 320.0), (13.0, 350.0), (15.0, 375.0), (15.0, 395.0), (11.0, 408.0),
    (5.0, 414.0), (1.5, 412.0), (1.5, 300.0), (1.5, 200.0), (1.5, 130.0),
)
# Chest and abdomen.
# A fan from the clavicle, sternum and costal cartilages: its upper border follows the deltoid's inner border
# (deltopectoral groove), then the fibres converge into the tendon that crosses the front of the armpit, under
# the front of the deltoid, to the lateral lip of the bicipital groove.
PECTORALIS_MAJOR_FRONT: BodyPoints = (
    (5.0, 147.0), (12.0, 144.5), (22.0, 146.0), (32.0, 147.5), (44.0, 148.5), (54.0, 150.0), (58.0, 156.0),
    (62.0, 166.0), (66.0, 177.0), (71.0, 187.5), (80.0, 189.5), (88.0, 189.5), (94.0, 189.5), (96.5, 193.0),
    (95.5, 198.5), (88.0, 202.5), (81.0, 207.5), (75.0, 216.0), (69.0, 226.0), (63.0, 236.0), (55.0, 245.0),
    (46.0, 251.5), (35.0, 256.0), (20.0, 256.0), (5.0, 252.0), (5.0, 230.0), (5.0, 200.0), (5.0, 170.0),
)
PECTORALIS_MAJOR_SIDE: BodyPoints = (
    (16.0, 152.0), (25.0, 150.5), (29.0, 158.0), (35.0, 170.0), (40.5, 184.0), (44.0, 198.0),
    (44.5, 212.0), (42.0, 224.0), (36.0, 233.0), (28.5, 233.0), (26.0, 222.0), (26.0, 205.0),
    (26.0, 190.0), (24.5, 172.0), (20.0, 160.0),
)
PECTORALIS_MINOR_FRONT: BodyPoints = (
    (71.0, 154.0), (77.0, 154.0), (80.0, 159.0), (72.0, 172.0), (63.0, 190.0), (54.0, 208.0),
    (48.0, 222.0), (43.0, 224.0), (40.0, 212.0), (40.0, 196.0), (42.0, 182.0), (50.0, 170.0),
    (62.0, 160.0),
)
SUBCLAVIUS_FRONT: BodyPoints = (
    (9.0, 147.0), (14.0, 145.5), (25.0, 147.0), (38.0, 148.0), (50.0, 148.0), (58.0, 148.5), (60.0, 151.0),
    (55.0, 153.0), (44.0, 153.5), (30.0, 152.0), (18.0, 151.0), (11.0, 150.0),
)
STERNALIS_FRONT: BodyPoints = (
    (2.0, 151.0), (5.0, 149.0), (7.5, 156.0), (8.5, 180.0), (8.5, 215.0), (8.0, 240.0), (6.0, 252.0),
    (3.0, 252.0), (1.5, 235.0), (1.2, 200.0), (1.2, 165.0),
)
SERRATUS_ANTERIOR_FRONT: BodyPoints = (
    (63.0, 214.0), (70.0, 218.0), (72.0, 228.0), (72.2, 245.0), (71.0, 262.0), (68.0, 282.0),
    (64.0, 293.0), (58.0, 291.0), (61.0, 282.0), (55.0, 277.0), (60.0, 268.0), (54.0, 261.0),
    (59.0, 252.0), (55.0, 244.0), (61.0, 235.0), (58.0, 226.0),
)
SERRATUS_ANTERIOR_SIDE: BodyPoints = (
    (-24.0, 200.0), (-19.0, 205.0), (-13.0, 232.0), (-5.5, 262.0), (-0.5, 285.0), (-6.0, 292.0),
    (-12.0, 288.0), (-17.0, 280.0), (-22.0, 270.0), (-26.0, 255.0), (-29.0, 238.0), (-29.0, 220.0),
    (-27.0, 207.0),
)
EXTERNAL_OBLIQUE_FRONT: BodyPoints = (
    (38.0, 262.0), (43.0, 251.0), (47.0, 255.0), (52.0, 244.0), (56.0, 249.0), (61.0, 238.0),
    (65.0, 243.0), (70.0, 235.0), (71.0, 250.0),
    (69.5, 268.0), (66.5, 285.0), (63.5, 300.0), (64.0, 315.0), (65.5, 328.0), (64.5, 342.0),
    (61.5, 354.0), (57.0, 364.0), (51.0, 356.0), (45.0, 340.0), (41.0, 320.0), (39.0, 300.0),
    (37.0, 280.0),
)
EXTERNAL_OBLIQUE_SIDE: BodyPoints = (
    (-26.0, 277.0), (-22.0, 267.0), (-18.0, 273.0), (-13.0, 263.0), (-9.0, 270.0), (-4.0, 263.0), (2.0, 284.0),
    (6.0, 300.0), (11.0, 318.0), (16.0, 332.0), (20.0, 341.0), (14.0, 342.5), (4.0, 339.0), (-8.0, 337.5),
    (-14.0, 339.0), (-20.0, 320.0), (-24.0, 300.0),
)
RECTUS_ABDOMINIS_FRONT: BodyPoints = (
    (2.0, 233.0), (10.0, 228.0), (20.0, 229.0), (27.0, 234.0), (30.5, 245.0), (32.0, 262.0), (31.5, 280.0),
    (30.0, 300.0), (27.5, 320.0), (24.0, 340.0), (20.0, 360.0), (16.0, 380.0), (12.5, 400.0),
    (10.5, 413.0), (6.0, 418.0), (2.0, 417.0), (2.0, 390.0), (3.5, 326.0), (3.5, 310.0), (2.0, 290.0),
    (2.0, 250.0),
)
# fmt: on

SHAPES: dict[tuple, tuple[tuple[float, float], ...]] = {
    ("temporalis", "front"): _placed("front", TEMPORALIS_FRONT),
    ("temporalis", "side"): _placed("side", TEMPORALIS_SIDE),
    ("masseter", "front"): _placed("front", MASSETER_FRONT),
    ("masseter", "side"): _placed("side", MASSETER_SIDE),
    ("lateral-pterygoid", "front"): _placed("front", LATERAL_PTERYGOID_FRONT),
    ("lateral-pterygoid", "side"): _placed("side", LATERAL_PTERYGOID_SIDE),
    ("medial-pterygoid", "front"): _placed("front", MEDIAL_PTERYGOID_FRONT),
    ("medial-pterygoid", "side"): _placed("side", MEDIAL_PTERYGOID_SIDE),
    ("occipitofrontalis", "front"): _placed("front", FRONTAL_BELLY_FRONT),
    ("occipitofrontalis", "back"): _placed("back", OCCIPITAL_BELLY_BACK),
    ("occipitofrontalis", "side"): _placed("side", OCCIPITAL_BELLY_SIDE),
    ("occipitofrontalis", "side", 1): _placed("side", FRONTAL_BELLY_SIDE),
    ("digastric", "front"): _placed("front", DIGASTRIC_FRONT),
    ("digastric", "side"): _placed("side", DIGASTRIC_SIDE),
    ("sternocleidomastoid", "front"): _placed("front", STERNOCLEIDOMASTOID_FRONT),
    ("sternocleidomastoid", "side"): _placed("side", STERNOCLEIDOMASTOID_SIDE),
    ("scalenus-anterior", "front"): _placed("front", SCALENUS_ANTERIOR_FRONT),
    ("scalenus-anterior", "side"): _placed("side", SCALENUS_ANTERIOR_SIDE),
    ("scalenus-medius", "front"): _placed("front", SCALENUS_MEDIUS_FRONT),
    ("scalenus-medius", "side"): _placed("side", SCALENUS_MEDIUS_SIDE),
    ("scalenus-posterior", "front"): _placed("front", SCALENUS_POSTERIOR_FRONT),
    ("scalenus-posterior", "side"): _placed("side", SCALENUS_POSTERIOR_SIDE),
    ("scalenus-minimus", "front"): _placed("front", SCALENUS_MINIMUS_FRONT),
    ("scalenus-minimus", "side"): _placed("side", SCALENUS_MINIMUS_SIDE),
    ("longus-colli", "front"): _placed("front", LONGUS_COLLI_FRONT),
    ("omohyoid", "front"): _placed("front", OMOHYOID_FRONT),
    ("levator-scapulae", "back"): _placed("back", LEVATOR_SCAPULAE_BACK),
    ("levator-scapulae", "side"): _placed("side", LEVATOR_SCAPULAE_SIDE),
    ("splenius-capitis", "back"): _placed("back", SPLENIUS_CAPITIS_BACK),
    ("splenius-capitis", "side"): _placed("side", SPLENIUS_CAPITIS_SIDE),
    ("splenius-cervicis", "back"): _placed("back", SPLENIUS_CERVICIS_BACK),
    ("semispinalis-capitis", "back"): _placed("back", SEMISPINALIS_CAPITIS_BACK),
    ("semispinalis-cervicis", "back"): _placed("back", SEMISPINALIS_CERVICIS_BACK),
    ("rectus-capitis-posterior-major", "back"): _placed("back", RECTUS_CAPITIS_POSTERIOR_MAJOR_BACK),
    ("rectus-capitis-posterior-minor", "back"): _placed("back", RECTUS_CAPITIS_POSTERIOR_MINOR_BACK),
    ("obliquus-capitis-superior", "back"): _placed("back", OBLIQUUS_CAPITIS_SUPERIOR_BACK),
    ("obliquus-capitis-inferior", "back"): _placed("back", OBLIQUUS_CAPITIS_INFERIOR_BACK),
    ("multifidus", "back"): _placed("back", MULTIFIDUS_BACK),
    ("pectoralis-major", "front"): _placed("front", PECTORALIS_MAJOR_FRONT),
    ("pectoralis-major", "side"): _placed("side", PECTORALIS_MAJOR_SIDE),
    ("pectoralis-minor", "front"): _placed("front", PECTORALIS_MINOR_FRONT),
    ("subclavius", "front"): _placed("front", SUBCLAVIUS_FRONT),
    ("sternalis", "front"): _placed("front", STERNALIS_FRONT),
    ("serratus-anterior", "front"): _placed("front", SERRATUS_ANTERIOR_FRONT),
    ("serratus-anterior", "side"): _placed("side", SERRATUS_ANTERIOR_SIDE),
    ("external-oblique", "front"): _placed("front", EXTERNAL_OBLIQUE_FRONT),
    ("external-oblique", "side"): _placed("side", EXTERNAL_OBLIQUE_SIDE),
    ("rectus-abdominis", "front"): _placed("front", RECTUS_ABDOMINIS_FRONT),
}

# What an anatomy plate shows of each muscle, that its picture in docs/screenshots/muscles/ was checked against.
PLATE_NOTES: dict[str, str] = {
    "temporalis": "A fan over the side of the skull from the temporal lines (above and behind the ear, forwards to "
    "the outer brow) converging under the zygomatic arch to the coronoid process; in front view a strip at the "
    "temple.",
    "masseter": "A thick quadrilateral from the zygomatic arch down to the angle and outer ramus of the jaw, in front "
    "of the ear; in front view the band along the side of the lower face.",
    "lateral-pterygoid": "Deep to the ramus and arch: short and roughly horizontal, from the pterygoid plate forwards "
    "back to the neck of the jaw's condyle just in front of the ear (TMJ).",
    "medial-pterygoid": "Deep to the ramus, parallel to the masseter: from the pterygoid plate behind the upper "
    "teeth down, back and outwards to the inner surface of the angle of the jaw.",
    "occipitofrontalis": "Two bellies joined by the galea (not muscle, not drawn): the frontal belly over the "
    "forehead from the brows to the hairline; the occipital belly above the superior nuchal line, either side of "
    "the midline.",
    "digastric": "Posterior belly from the mastoid notch down and forwards behind the angle of the jaw to the "
    "hyoid, then the anterior belly from the hyoid up to the inside of the chin.",
    "sternocleidomastoid": "A strap from the mastoid behind the ear, down and forwards across the side of the neck "
    "to the sternum (narrow sternal head) and the inner third of the clavicle (broad clavicular head), a small gap "
    "between the heads.",
    "scalenus-anterior": "Deep to SCM in the side-front of the neck: from the anterior tubercles of C3-C6 down and "
    "slightly outwards to the scalene tubercle of the first rib behind the clavicle; the most medial scalene, the "
    "phrenic nerve on its front, the subclavian artery and brachial plexus passing behind it.",
    "scalenus-medius": "The longest scalene: from the posterior tubercles of C2-C7 down and outwards, behind the "
    "brachial plexus, to the upper surface of the first rib behind the subclavian groove; in the floor of the "
    "posterior triangle.",
    "scalenus-posterior": "The smallest of the three and the outermost: from the posterior tubercles of C4-C6 down "
    "behind the middle scalene to the outer surface of the second rib.",
    "scalenus-minimus": "An inconstant slip deep between the anterior and middle scalenes: from the transverse "
    "process of C7 (sometimes C6) to the inner border of the first rib and the dome of the pleura.",
    "longus-colli": "Prevertebral, on the front of the vertebral bodies behind the pharynx and oesophagus: from the "
    "anterior tubercle of the atlas and the bodies and transverse processes of C3-C7 down to the bodies of T1-T3, "
    "widest in the mid-neck; in front view a narrow band beside the midline behind the throat.",
    "omohyoid": "Two bellies and a tendon: the superior belly from the lower border of the hyoid down beside the "
    "larynx to the intermediate tendon under SCM, the inferior belly from there out and down across the posterior "
    "triangle above the clavicle to the upper border of the scapula near its notch.",
    "levator-scapulae": "From the transverse processes of C1-C4 (behind the ear lobe) down the side of the neck, "
    "under SCM and trapezius, to the superior angle of the scapula.",
    "splenius-capitis": "With its partner a V: from the midline (ligamentum nuchae, C7-T3) up and outwards to the "
    "mastoid and the outer third of the superior nuchal line.",
    "splenius-cervicis": "Beside and below splenius capitis: from the spines of T3-T6 up and outwards to the "
    "transverse processes of C1-C3.",
    "semispinalis-capitis": "A broad band beside the midline from the occiput (between the superior and inferior "
    "nuchal lines) down the neck, under splenius capitis and trapezius, to the transverse processes of C7-T6 and "
    "the articular processes of C4-C6.",
    "semispinalis-cervicis": "Under semispinalis capitis: from the transverse processes of T1-T6 up and inwards to "
    "the spinous processes of C2-C5, largest at the spine of the axis.",
    "rectus-capitis-posterior-major": "In the suboccipital triangle: from the spine of the axis (C2) up and "
    "outwards to the lateral part of the inferior nuchal line.",
    "rectus-capitis-posterior-minor": "Beside the midline: from the posterior tubercle of the atlas (C1) up to the "
    "medial part of the inferior nuchal line, medial to and partly under rectus major.",
    "obliquus-capitis-superior": "From the transverse process of the atlas up and back to the occiput between the "
    "nuchal lines, lateral to rectus major.",
    "obliquus-capitis-inferior": "The largest suboccipital: from the spine of the axis outwards and slightly up to "
    "the transverse process of the atlas, the lower side of the suboccipital triangle.",
    "multifidus": "A column in the groove beside the spinous processes from C2 to the sacrum, thin in the thoracic "
    "spine and thickest over the lumbar spine and the back of the sacrum.",
    "pectoralis-major": "A fan from the inner half of the clavicle, the sternum and the upper costal cartilages "
    "converging to the front of the upper arm, its lower border forming the front fold of the armpit.",
    "pectoralis-minor": "Under pectoralis major: a triangle from ribs 3-5 near their cartilages up and outwards to "
    "the coracoid process below the outer clavicle.",
    "subclavius": "A thin spindle under the clavicle, from the first rib's cartilage out to the middle third of the "
    "clavicle.",
    "sternalis": "A variable strap over the sternum, beside the midline over the sternal origin of pectoralis "
    "major, running down to the lower costal cartilages.",
    "serratus-anterior": "Saw-toothed slips on the side of the chest from ribs 1-8, under the arm, running back "
    "around the chest wall to the scapula; below the pectoral fold in front view, behind the hanging arm from the "
    "side.",
    "external-oblique": "Fleshy slips from ribs 5-12 interlocking with serratus and latissimus, fibres running "
    "down and forwards to the iliac crest and into the aponeurosis that covers the front of the abdomen.",
    "rectus-abdominis": "Two vertical straps either side of the linea alba from the 5th-7th costal cartilages and "
    "the xiphoid down to the pubic crest, widest above and narrowing to the pubis.",
}
