"""The body areas of the figure: plain and clinical names, navigation area and the view that shows them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Area:
    """One named body area (it exists on both sides)."""

    label: str
    clinical_label: str
    nav_area: str
    view: str


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
crown|Crown of the head|Vertex and parietal region|head-neck|back
forehead|Forehead|Frontal region|head-neck|front
temple|Temple|Temporal region|head-neck|front
eye|Eye|Orbital region|head-neck|front
cheek|Cheek|Zygomatic and maxillary region|head-neck|front
jaw|Jaw|Mandibular region|head-neck|front
teeth|Teeth|Dental and oral region|head-neck|front
ear|Ear|Auricular region|head-neck|front
occiput|Back of the head|Occipital region|head-neck|back
back-of-neck|Back of the neck|Posterior cervical region|head-neck|back
side-of-neck|Side of the neck|Lateral cervical region|head-neck|front
throat|Throat|Anterior cervical region|head-neck|front
top-of-shoulder|Top of the shoulder|Upper trapezius and suprascapular region|shoulder-upper-arm|back
front-of-shoulder|Front of the shoulder|Anterior deltoid region|shoulder-upper-arm|front
outer-shoulder|Outer shoulder|Lateral deltoid region|shoulder-upper-arm|front
back-of-shoulder|Back of the shoulder|Posterior deltoid region|shoulder-upper-arm|back
front-of-upper-arm|Front of the upper arm|Anterior brachial region|shoulder-upper-arm|front
back-of-upper-arm|Back of the upper arm|Posterior brachial region|shoulder-upper-arm|back
outer-upper-arm|Outer upper arm|Lateral brachial region|shoulder-upper-arm|front
inner-upper-arm|Inner upper arm|Medial brachial region|shoulder-upper-arm|front
outer-elbow|Outer elbow|Lateral epicondyle region|elbow-forearm-hand|front
inner-elbow|Inner elbow|Medial epicondyle region|elbow-forearm-hand|front
front-of-elbow|Front of the elbow|Cubital fossa|elbow-forearm-hand|front
back-of-elbow|Back of the elbow|Olecranon region|elbow-forearm-hand|back
front-of-forearm|Front of the forearm|Anterior antebrachial region (flexor side)|elbow-forearm-hand|front
back-of-forearm|Back of the forearm|Posterior antebrachial region (extensor side)|elbow-forearm-hand|back
front-of-wrist|Front of the wrist|Anterior carpal region|elbow-forearm-hand|front
back-of-wrist|Back of the wrist|Posterior carpal region|elbow-forearm-hand|back
palm|Palm|Palmar region|elbow-forearm-hand|front
back-of-hand|Back of the hand|Dorsum of the hand|elbow-forearm-hand|back
thumb|Thumb|Pollex (first digit)|elbow-forearm-hand|front
index-middle-fingers|Index and middle fingers|Second and third digits|elbow-forearm-hand|front
ring-little-fingers|Ring and little fingers|Fourth and fifth digits|elbow-forearm-hand|front
upper-chest|Upper chest|Pectoral region|chest-abdomen|front
breastbone|Breastbone|Sternal region|chest-abdomen|front
side-of-chest|Side of the chest|Lateral thoracic region|chest-abdomen|front
upper-abdomen|Upper abdomen|Epigastric and hypochondriac region|chest-abdomen|front
lower-abdomen|Lower abdomen|Umbilical and hypogastric region|chest-abdomen|front
groin|Groin|Inguinal region and femoral triangle|chest-abdomen|front
shoulder-blade|Shoulder blade|Scapular region|back-buttocks|back
between-shoulder-blades|Between the shoulder blades|Interscapular region|back-buttocks|back
mid-back|Mid-back|Lower thoracic region|back-buttocks|back
low-back|Low back|Lumbar region|back-buttocks|back
sacrum|Sacrum|Sacral region|back-buttocks|back
tailbone|Tailbone|Coccygeal region|back-buttocks|back
buttock|Buttock|Gluteal region|back-buttocks|back
outer-hip|Outer hip|Greater trochanter region|hip-thigh-knee|front
front-of-thigh|Front of the thigh|Anterior femoral region|hip-thigh-knee|front
inner-thigh|Inner thigh|Medial femoral (adductor) region|hip-thigh-knee|front
outer-thigh|Outer thigh|Lateral femoral region (iliotibial tract)|hip-thigh-knee|front
back-of-thigh|Back of the thigh|Posterior femoral region|hip-thigh-knee|back
front-of-knee|Front of the knee|Patellar region|hip-thigh-knee|front
inner-knee|Inner knee|Medial knee region|hip-thigh-knee|front
outer-knee|Outer knee|Lateral knee region|hip-thigh-knee|front
back-of-knee|Back of the knee|Popliteal fossa|hip-thigh-knee|back
shin|Shin|Anterior crural (tibial) region|lower-leg-foot|front
outer-lower-leg|Outer lower leg|Lateral crural (fibular) region|lower-leg-foot|front
calf|Calf|Posterior crural (sural) region|lower-leg-foot|back
front-of-ankle|Front of the ankle|Anterior talocrural region|lower-leg-foot|front
inner-ankle|Inner ankle|Medial malleolus region|lower-leg-foot|front
outer-ankle|Outer ankle|Lateral malleolus region|lower-leg-foot|front
top-of-foot|Top of the foot|Dorsum of the foot|lower-leg-foot|front
big-toe|Big toe|Hallux|lower-leg-foot|front
heel|Heel|Calcaneal region|lower-leg-foot|back
sole|Sole|Plantar region (arch)|lower-leg-foot|back
ball-of-foot|Ball of the foot|Plantar metatarsal region and toes|lower-leg-foot|back
"""

AREAS: dict[str, Area] = {
    name: Area(label, clinical, nav, view)
    for name, label, clinical, nav, view in (line.split("|") for line in _TABLE.strip().splitlines())
}
