"""Muscle outlines drawn on the atlas: shoulder, upper-arm, back and buttock muscles (contract: muscle_outlines.py).

Each outline is written in the view's body units (see `frame`): "u,v" pairs, u outwards from the midline on the
person's right half (front and back) or forwards from the ear's plumb line (side), v down from the top of the
head, so each muscle can be read against the bones drawn in `front_back` and `side_view` (scapula, scapular
spine, iliac crest, sacrum, clavicle, epicondyles, greater trochanter). Each runs round the muscle from origin
to insertion, as an anatomy plate draws it.
"""

from __future__ import annotations

from triggerpoints.atlas.frame import to_figure

# (muscle key, view) -> control points in body units, "u,v u,v ...".
_BODY_UNITS: dict[tuple[str, str], str] = {
    ("trapezius", "back"): (
        "0,72.5 8,73.5 15,75.5 18,84 20.5,96 22.5,108 23.5,118 25,125 29.5,131 34,134.5 46,139.5 62,144 "
        "76,147.5 86,151.5 86,155.5 72,165 56,175 40,183 30,189 34,193 34.5,202 33,215 32.5,230 30.5,246 "
        "25,261 16,275 7,286 0,291 0,284 0,240 0,180 0,120 0,78"
    ),
    ("trapezius", "front"): (
        "23.5,113 24,121 26,127 32,133 44,138.6 56,142 62,143.4 54,143.6 42,141 32,136 26,130 22,121"
    ),
    ("trapezius", "side"): (
        "-37.5,82 -33,80.5 -28,82 -23,94 -17,108 -10,124 -3,136 4,145 9,149.5 3,151.5 -6,152 -16,155.5 "
        "-28,163 -38,175 -44,194 -46,222 -47,248 -48.5,268 -51.5,252 -54,218 -51.5,190 -45.5,166 -38.5,146 "
        "-34,130 -31.5,114 -31.5,102 -34,91"
    ),
    ("deltoid", "front"): (
        "60,146 72,146.5 84,150.5 91,152 97.3,155.5 101.2,160 103.6,165 106.8,175 107.4,190 107,205 107.3,220 "
        "108.2,234 108.5,250 103,244 94,229 85,212 77,194 71,178 66,163 62,152"
    ),
    ("deltoid", "back"): (
        "48,181 56,177 72,167 84,158.5 90,156.5 97.3,155.8 101.2,160 103.6,165 106.8,175 107.4,190 107,205 "
        "107.3,220 108.2,234 108.5,250 104,244 97,230 88,215 76,201 64,191 54,185"
    ),
    ("deltoid", "side"): (
        "8,150 0,148.8 -8,150.5 -15,160.5 -19,180 -17.5,196 -12,214 -5,230 4,243 9,250 14,240 19,224 22.5,210 "
        "23.7,190 22,168 14,153"
    ),
    ("supraspinatus", "back"): (
        "29,187 28,178 31,169 36,164 46,162 58,161 70,157 82,153 92,155 99,161 98,167 92,166 84,161 72,165.5 "
        "56,175 42,182 33,188"
    ),
    ("supraspinatus", "front"): (
        "64,147.5 74,148.5 84,151 93,154.5 99,158.5 101,164 99,168 94,167 88,163 80,157 72,153 65,151"
    ),
    ("supraspinatus", "side"): (
        "-30,150 -20,148.5 -8,149 2,151 8,154.5 11,159 9,164 3,164.5 -4,160 -14,157.5 -24,157.5 -31,156"
    ),
    ("infraspinatus", "back"): (
        "31,192 40,187 56,179 72,169.5 84,162 93,165 98,171 98,178 92,181 84,188 76,198 69,210 62,222 56,234 "
        "50,244 45,251 40,251 36,244 33,232 30,218 29,204"
    ),
    ("infraspinatus", "side"): (
        "-6,160 -14,160 -26,166 -36,176 -43,192 -47,205 -47,218 -40,222 -30,214 -22,204 -18,192 -14,178 -8,166"
    ),
    ("teres-minor", "back"): (
        "58,222 63,210 70,198 78,188 88,180 96,178 99,183 96,190 88,195 80,203 74,214 67,228 61,240 56,242 55,234"
    ),
    ("teres-minor", "side"): (
        "-46,221 -40,223 -32,217 -24,208 -17,198 -13,191 -11,197 -15,206 -22,215 -30,223 -38,229 -45,231"
    ),
    ("teres-major", "back"): (
        "42,252 46,240 54,228 62,218 72,208 82,200 88,202 88,212 84,218 74,220.5 69.5,230 62,244 54,256 47,262 42,260"
    ),
    ("teres-major", "side"): (
        "-46,232 -38,226 -30,219 -22,211 -16,204 -13,212 -15,222 -22,230 -30,237 -38,244 -45,252 -49,244"
    ),
    ("subscapularis", "back"): (
        "30,178 34,167 44,164 56,165 66,170 80,176 92,172 96,178 90,186 80,196 76,210 71.5,224 68,235 58,242 "
        "50,251 44,254 39,247 33,234 29,218 28,198"
    ),
    ("latissimus-dorsi", "back"): (
        "0,258 14,257 28,254 40,250 50,245 60,237 68,229 70.5,229 70,240 69,254 67,270 64,288 62,304 62.5,320 "
        "62,334 58,341 46,347 32,356 22,366 16,378 8,386 0,390 0,340 0,300"
    ),
    ("latissimus-dorsi", "front"): ("66,230 69.5,231 70,244 69,260 66.5,278 63,296 60,294 62.5,278 64.5,260 65.5,244"),
    ("latissimus-dorsi", "side"): (
        "-12,214 -22,222 -34,232 -46,244 -51.5,256 -48.5,280 -46,300 -45,322 -46,340 -46,360 -40,348 -28,338 "
        "-18,336 -15,318 -13,296 -11,272 -9,250 -8,232"
    ),
    ("rhomboid-minor", "back"): ("0,140 8,150 16,162 24,175 28.5,186 28.6,193.5 18,181.5 8,168.5 0,157"),
    ("rhomboid-major", "back"): (
        "0,158.5 8,170 18,183 28.7,195.5 29,200 29.5,215 33,232 38.5,246 43,255 32,248 20,239 10,230 0,222"
    ),
    ("serratus-posterior-superior", "back"): (
        "0,124 0,146 0,168 12,180 26,194 40,208 45,204 46,190 43,172 34,160 22,147 10,134"
    ),
    ("serratus-posterior-inferior", "back"): (
        "0,282 14,276 28,270 42,264 54,259 60,263 63,274 62,290 56,300 42,310 28,320 14,329 0,336 0,310"
    ),
    ("biceps-brachii", "front"): (
        "70,162 75,163 80,176 84,184 88,172 92,166 96,168 98,182 102,205 104.5,228 107,250 109.5,270 "
        "110.5,290 108.5,304 106,314 103,322 100,318 98,306 93,290 89,270 85.5,250 81.5,230 79,205 73,175"
    ),
    ("biceps-brachii", "side"): (
        "9,172 15,168 20,176 22,196 21.5,220 23.5,245 26,268 29.5,290 34,306 31,317 26,318 22,306 16,288 "
        "12,268 9,246 7,222 6,196"
    ),
    ("brachialis", "front"): (
        "92,236 99,233 105,236 108.5,248 111.5,266 114,285 114,300 108,314 101,322 96,320 91,306 89.5,290 "
        "87.5,274 87,256"
    ),
    ("brachialis", "side"): (
        "1,236 10,232 16,244 21,262 26,282 31,300 34,314 29,322 22,320 15,302 12.5,288 11,275 9,260 7,248 4,240"
    ),
    ("coracobrachialis", "front"): (
        "68,163 74,162.5 79,175 84,195 88,215 91,235 92,252 90,258 86,256 82,246 79,235 76,222 72,205 69,185"
    ),
    ("triceps-brachii", "back"): (
        "78,192 86,195 95,196 103,196 106.5,206 106.5,222 109.5,248 112.5,272 114.5,290 110,302 104,309 "
        "98,303 92,296 88.5,283 86,268 83.5,252 80,238 77,224 76,206"
    ),
    ("triceps-brachii", "side"): (
        "-15,176 -9,179 -2,190 4,205 8.5,225 11.5,245 14,262 16,280 17.5,298 14.5,307 11,313 9.5,309 7.5,300 "
        "5,286 2,270 -2.5,252 -7,234 -11.5,212 -15,193"
    ),
    ("gluteus-maximus", "back"): (
        "21,366 30,360 42,369 54,380 66,392 74,404 75.5,420 74,440 71.5,460 68,478 64,490 56,486 46,476 "
        "32,466 18,456 8,446 2,436 0.5,424 2,414 6,405 11.5,392 15,378"
    ),
    ("gluteus-maximus", "side"): (
        "-50,362 -44,368 -36,378 -24,390 -14,400 -10,414 -8.5,430 -9,450 -11,470 -16,484 -22,484 -30,476 "
        "-40,467 -49,461 -56,446 -60.5,428 -63,410 -61,390 -56,372"
    ),
    ("gluteus-medius", "back"): (
        "20,370 26,361 36,353 46,346 58,340.5 66,341.5 70,350 73,366 75,384 75.5,400 72,408 64,404 54,399 "
        "42,396 31,396 24,390 21,380"
    ),
    ("gluteus-medius", "front"): (
        "63,338 66.5,334 68.5,344 71.5,360 74.5,376 75.5,392 74,402 71,396 68,382 64.5,366 62.5,352"
    ),
    ("gluteus-medius", "side"): (
        "-40,350 -26,339 -6,338.5 14,346.5 26,356 22,366 14,380 6,396 2,403 -5,405 -10,402 -20,395 -32,386 "
        "-42,374 -46,362"
    ),
    ("gluteus-minimus", "back"): (
        "30,393 34,384 42,375 52,367 62,360 70,358 74,368 75.5,384 75,398 71,406 64,404 54,400 44,398 36,398"
    ),
    ("gluteus-minimus", "front"): ("59,369 63,360 67,356 71,362 74,374 75.5,390 75,404 71,410 67,404 64,390 61,378"),
    ("gluteus-minimus", "side"): (
        "-42,384 -34,372 -22,362 -8,356 8,356 20,360 28,368 26,378 18,390 9,402 0,406 -8,404 -20,400 -32,398 -42,396"
    ),
    ("piriformis", "back"): (
        "10,383 18,385 28,389 40,393 54,396 66,397 72,398 74,402 71,406 60,408 48,410 36,413 24,416 14,416 9,410 8,398"
    ),
    ("quadratus-lumborum", "back"): (
        "9,294 20,294 32,298 42,303 47,312 50,326 51,340 47,346 40,350 32,356 24,362 18,368 11,368 9,350 9,330 9,310"
    ),
    ("quadratus-lumborum", "side"): (
        "-45.5,302 -36,300 -24,304 -16,312 -14,324 -17,333 -26,337 -36,342 -44,350 -46,336 -44.5,318"
    ),
    ("iliocostalis-thoracis", "back"): (
        "12,117 15,116 20,128 25,148 30,172 33,198 35,228 34.5,258 31,285 27,305 22,308 20,290 20.5,258 "
        "21,226 20.5,196 19,166 16,140 12,124"
    ),
    ("iliocostalis-lumborum", "back"): (
        "30,232 35,230 38,258 37.5,288 36,318 33,346 28,372 22,387 15,389 12,376 15,350 17,320 20,300 25,270 28,248"
    ),
    ("longissimus-thoracis", "back"): (
        "9,142 13,140 15.5,165 16.5,195 18,230 20,265 22,300 22.5,335 20,365 15,390 8,401 3,398 4,370 "
        "5.5,335 6.5,300 7,265 7,230 7,195 7.5,165"
    ),
    ("longissimus-capitis", "back"): (
        "28,80 33,82 34,88 31,96 27.5,102 25.4,108 24.9,116 23.5,124 19.5,140 17,160 16,180 12.5,182 12,160 "
        "12.5,140 14,124 16.5,112 20,100 24.5,88"
    ),
    ("longissimus-capitis", "side"): (
        "-15,80 -10,81 -11,90 -13,102 -15,115 -18,128 -21,140 -24,150 -29,150 -26,138 -22,124 -19,110 -17,96 -16,88"
    ),
}


def _outline(view: str, points: str) -> tuple[tuple[float, float], ...]:
    """The figure points of an outline written as "u,v u,v ..." in the view's body units (person's right side)."""
    pairs = (pair.split(",") for pair in points.split())
    placed = (to_figure(view, float(u), float(v)) for u, v in pairs)
    return tuple((round(x, 2), round(y, 2)) for x, y in placed)


SHAPES: dict[tuple[str, str], tuple[tuple[float, float], ...]] = {
    key: _outline(key[1], points) for key, points in _BODY_UNITS.items()
}

# What an anatomy plate shows of each muscle, per view; the pictures in docs/screenshots/muscles/ were checked
# against these.
PLATE_NOTES: dict[str, str] = {
    "trapezius": "Back: a kite from the occiput and the spines C7-T12 (its tip below the inferior angle) out to the "
    "acromion and along the scapular spine, the lower fibres converging on the spine's root over the scapula's "
    "medial border. Side: down the back of the neck and upper back, from the occiput to the outer clavicle and "
    "acromion. Front: the sliver of the shoulder slope above the clavicle.",
    "deltoid": "Front: the rounded cap from the outer third of the clavicle, its inner border along the "
    "deltopectoral groove, to the deltoid tuberosity at mid-arm. Back: from the scapular spine and acromion over "
    "the cap to the tuberosity. Side: the whole cap, narrowing to the tuberosity.",
    "supraspinatus": "Deep under trapezius and deltoid. Back: the supraspinous fossa above the scapular spine, "
    "passing under the acromion to the top of the greater tubercle. Front and side: its tendon under the acromion.",
    "infraspinatus": "Back: the infraspinous fossa below the spine, from the medial border to the greater tubercle "
    "under the posterior deltoid, teres minor and major along its lower edge. Side: behind the posterior deltoid.",
    "teres-minor": "Back: a narrow band along the upper two thirds of the scapula's lateral border to the lowest "
    "facet of the greater tubercle, between infraspinatus and teres major. Side: the same band behind the deltoid.",
    "teres-major": "Back: a thick band from the inferior angle up and out into the back fold of the armpit, in front "
    "of the long head of triceps to the front of the humerus. Side: the fold behind the arm, above latissimus.",
    "subscapularis": "Deep, seen through the scapula from the back: the whole subscapular fossa, its outer edge in the "
    "back wall of the armpit, converging on the lesser tubercle.",
    "latissimus-dorsi": "Back: from the spines T7 down, the thoracolumbar fascia, sacrum and posterior iliac crest, "
    "over the inferior angle into the back fold of the armpit. Side: the sheet behind the arm from the iliac crest "
    "up to the armpit. Front: the strip along the flank below the armpit.",
    "rhomboid-minor": "Deep under trapezius: a narrow band from the lower nuchal ligament and the spines C7-T1 down "
    "and out to the medial border of the scapula at the root of its spine, just above rhomboid major.",
    "rhomboid-major": "Deep under trapezius (its lowest corner under latissimus): a broad sheet from the spines T2-T5 "
    "down and out to the medial border of the scapula, from the root of the spine to the inferior angle.",
    "serratus-posterior-superior": "Deep under the rhomboids and the scapula: from the spines C6-T3 down and out to "
    "ribs 2-5 beside their angles.",
    "serratus-posterior-inferior": "Deep under latissimus: from the spines T11-L2 up and out to ribs 9-12.",
    "biceps-brachii": "Front: the short head from the coracoid and the long head from the groove, under the deltoid, "
    "the belly down the middle of the arm and the tendon into the elbow crease. Side: the front of the arm.",
    "brachialis": "Deep under the biceps: the lower half of the front of the humerus, round the deltoid's insertion, "
    "to the ulnar tuberosity; on the side view between biceps and triceps above the elbow.",
    "coracobrachialis": "Front, mostly deep: from the coracoid down the inner arm behind the short head of biceps to "
    "the middle of the humerus.",
    "triceps-brachii": "Back: the whole back of the arm, the long head coming out from under the deltoid between "
    "teres minor and major, to the olecranon. Side: the back part of the arm.",
    "gluteus-maximus": "Back: a thick quadrilateral from the posterior iliac crest, sacrum and coccyx down and out "
    "across the gluteal fold to the iliotibial tract and gluteal tuberosity. Side: the buttock behind the "
    "greater trochanter.",
    "gluteus-medius": "Back and side: a fan from the outer iliac crest to the greater trochanter, its back part under "
    "gluteus maximus. Front: the strip above the trochanter below the crest.",
    "gluteus-minimus": "Deep under medius: a smaller fan lower on the ilium to the front of the greater trochanter; "
    "on the front view between the front hip bone point (ASIS) and the trochanter.",
    "piriformis": "Deep under gluteus maximus: from the front of the sacrum through the greater sciatic notch to the "
    "top of the greater trochanter, just below gluteus medius and minimus.",
    "quadratus-lumborum": "Deep under the erector spinae: between the 12th rib, the lumbar transverse processes and "
    "the iliac crest; on the side view the deep waist between rib cage and crest.",
    "iliocostalis-thoracis": "Deep: the upper part of the outer column of the erector spinae, from the angles of "
    "ribs 7-12 up the rib angles to ribs 1-6 and C7, lying just inside the lumbar part's rib tendons.",
    "iliocostalis-lumborum": "Deep: the lower part of the outer column of the erector spinae, from the sacrum and "
    "posterior iliac crest up and slightly out to the angles of the lower six or seven ribs.",
    "longissimus-thoracis": "Deep: the middle column of the erector spinae beside the spine, from the sacrum and "
    "lumbar spines up to the transverse processes of T1-T12 and the ribs beside them.",
    "longissimus-capitis": "Deep: a narrow strap from the transverse processes of the upper thoracic and the "
    "articular processes of the lower cervical vertebrae up and out, under splenius capitis and SCM, to the back "
    "of the mastoid process; on the side view behind the SCM.",
}
