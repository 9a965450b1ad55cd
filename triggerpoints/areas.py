"""The seven navigation areas, and the 66 wider body areas that group the fine atlas's areas (`temple` for the
front, middle and back of the temple): their plain and clinical names and navigation area.

A group name stands for all its fine areas wherever an area may be named (`triggerpoints.data`); these are the
names the app gives a group as a whole ("Right temple, all of it"), since data/body_regions.csv names only its
fine areas. The atlas takes each fine area's navigation area from its group here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Area:
    """One wider body area, a group of fine areas (it exists on both sides)."""

    label: str
    clinical_label: str
    nav_area: str


NAV_AREAS: dict[str, str] = {
    "head-neck": "Head & neck",
    "shoulder-upper-arm": "Shoulder & upper arm",
    "elbow-forearm-hand": "Elbow, forearm & hand",
    "chest-abdomen": "Chest & abdomen",
    "back-buttocks": "Back & buttocks",
    "hip-thigh-knee": "Hip, thigh & knee",
    "lower-leg-foot": "Lower leg, ankle & foot",
}

_TABLE = """
crown|Crown of the head|Vertex and parietal region|head-neck
forehead|Forehead|Frontal region|head-neck
temple|Temple|Temporal region|head-neck
eye|Eye|Orbital region|head-neck
cheek|Cheek|Zygomatic and maxillary region|head-neck
jaw|Jaw|Mandibular region|head-neck
teeth|Teeth|Dental and oral region|head-neck
ear|Ear|Auricular region|head-neck
occiput|Back of the head|Occipital region|head-neck
back-of-neck|Back of the neck|Posterior cervical region|head-neck
side-of-neck|Side of the neck|Lateral cervical region|head-neck
throat|Throat|Anterior cervical region|head-neck
top-of-shoulder|Top of the shoulder|Upper trapezius and suprascapular region|shoulder-upper-arm
front-of-shoulder|Front of the shoulder|Anterior deltoid region|shoulder-upper-arm
outer-shoulder|Outer shoulder|Lateral deltoid region|shoulder-upper-arm
back-of-shoulder|Back of the shoulder|Posterior deltoid region|shoulder-upper-arm
front-of-upper-arm|Front of the upper arm|Anterior brachial region|shoulder-upper-arm
back-of-upper-arm|Back of the upper arm|Posterior brachial region|shoulder-upper-arm
outer-upper-arm|Outer upper arm|Lateral brachial region|shoulder-upper-arm
inner-upper-arm|Inner upper arm|Medial brachial region|shoulder-upper-arm
outer-elbow|Outer elbow|Lateral epicondyle region|elbow-forearm-hand
inner-elbow|Inner elbow|Medial epicondyle region|elbow-forearm-hand
front-of-elbow|Front of the elbow|Cubital fossa|elbow-forearm-hand
back-of-elbow|Back of the elbow|Olecranon region|elbow-forearm-hand
front-of-forearm|Front of the forearm|Anterior antebrachial region (flexor side)|elbow-forearm-hand
back-of-forearm|Back of the forearm|Posterior antebrachial region (extensor side)|elbow-forearm-hand
front-of-wrist|Front of the wrist|Anterior carpal region|elbow-forearm-hand
back-of-wrist|Back of the wrist|Posterior carpal region|elbow-forearm-hand
palm|Palm|Palmar region|elbow-forearm-hand
back-of-hand|Back of the hand|Dorsum of the hand|elbow-forearm-hand
thumb|Thumb|Pollex (first digit)|elbow-forearm-hand
index-middle-fingers|Index and middle fingers|Second and third digits|elbow-forearm-hand
ring-little-fingers|Ring and little fingers|Fourth and fifth digits|elbow-forearm-hand
upper-chest|Upper chest|Pectoral region|chest-abdomen
breastbone|Breastbone|Sternal region|chest-abdomen
side-of-chest|Side of the chest|Lateral thoracic region|chest-abdomen
upper-abdomen|Upper abdomen|Epigastric and hypochondriac region|chest-abdomen
lower-abdomen|Lower abdomen|Umbilical and hypogastric region|chest-abdomen
groin|Groin|Inguinal region and femoral triangle|chest-abdomen
shoulder-blade|Shoulder blade|Scapular region|back-buttocks
between-shoulder-blades|Between the shoulder blades|Interscapular region|back-buttocks
mid-back|Mid-back|Lower thoracic region|back-buttocks
low-back|Low back|Lumbar region|back-buttocks
sacrum|Sacrum|Sacral region|back-buttocks
tailbone|Tailbone|Coccygeal region|back-buttocks
buttock|Buttock|Gluteal region|back-buttocks
outer-hip|Outer hip|Greater trochanter region|hip-thigh-knee
front-of-thigh|Front of the thigh|Anterior femoral region|hip-thigh-knee
inner-thigh|Inner thigh|Medial femoral (adductor) region|hip-thigh-knee
outer-thigh|Outer thigh|Lateral femoral region (iliotibial tract)|hip-thigh-knee
back-of-thigh|Back of the thigh|Posterior femoral region|hip-thigh-knee
front-of-knee|Front of the knee|Patellar region|hip-thigh-knee
inner-knee|Inner knee|Medial knee region|hip-thigh-knee
outer-knee|Outer knee|Lateral knee region|hip-thigh-knee
back-of-knee|Back of the knee|Popliteal fossa|hip-thigh-knee
shin|Shin|Anterior crural (tibial) region|lower-leg-foot
outer-lower-leg|Outer lower leg|Lateral crural (fibular) region|lower-leg-foot
calf|Calf|Posterior crural (sural) region|lower-leg-foot
front-of-ankle|Front of the ankle|Anterior talocrural region|lower-leg-foot
inner-ankle|Inner ankle|Medial malleolus region|lower-leg-foot
outer-ankle|Outer ankle|Lateral malleolus region|lower-leg-foot
top-of-foot|Top of the foot|Dorsum of the foot|lower-leg-foot
big-toe|Big toe|Hallux|lower-leg-foot
heel|Heel|Calcaneal region|lower-leg-foot
sole|Sole|Plantar region (arch)|lower-leg-foot
ball-of-foot|Ball of the foot|Plantar metatarsal region and toes|lower-leg-foot
"""

AREAS: dict[str, Area] = {
    name: Area(label, clinical, nav)
    for name, label, clinical, nav in (line.split("|") for line in _TABLE.strip().splitlines())
}
