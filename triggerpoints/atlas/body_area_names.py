"""Names of the fine areas of neck, trunk, arms and legs: slug, the area of data/body_regions.csv it refines
(its group), a plain label and a clinical label, one row each.

The head's, hands' and feet's names live in `fine_areas`; the two tables are joined there.
"""

from __future__ import annotations

BODY_TABLE = """
under-the-jaw|throat|Under the jaw|Submandibular region
throat-upper|throat|Upper throat, below the chin|Suprahyoid and laryngeal region
throat-lower|throat|Lower throat, above the breastbone|Infrahyoid region, above the suprasternal notch
side-of-neck-upper|side-of-neck|Side of the neck, upper part|Upper lateral cervical region (upper SCM)
side-of-neck-lower|side-of-neck|Side of the neck, lower part|Lower lateral cervical region (scalenes)
above-collarbone|side-of-neck|Hollow above the collarbone|Supraclavicular fossa
back-of-neck-upper|back-of-neck|Back of the neck, upper part|Upper posterior cervical region
back-of-neck-lower|back-of-neck|Back of the neck, lower part|Lower posterior cervical region
back-of-neck-side|back-of-neck|Back of the neck, towards the side|Posterolateral cervical region
base-of-neck|back-of-neck|Base of the neck (C7)|Cervicothoracic junction
top-of-shoulder-inner|top-of-shoulder|Top of the shoulder, near the neck|Upper trapezius, medial part
top-of-shoulder-outer|top-of-shoulder|Top of the shoulder, towards its point|Upper trapezius, lateral part
point-of-shoulder|top-of-shoulder|Point of the shoulder|Acromion and acromioclavicular joint
front-of-deltoid|front-of-shoulder|Front of the shoulder muscle|Anterior deltoid
front-of-shoulder-joint|front-of-shoulder|Hollow below the outer collarbone|Infraclavicular fossa (coracoid process)
bicipital-groove|front-of-shoulder|Front of the shoulder, over the biceps tendon|Bicipital groove (long head of biceps)
outer-deltoid|outer-shoulder|Outer shoulder muscle|Middle deltoid
deltoid-insertion|outer-upper-arm|Where the shoulder muscle ends on the arm|Deltoid tuberosity
back-of-deltoid|back-of-shoulder|Back of the shoulder muscle|Posterior deltoid
lower-back-of-deltoid|back-of-shoulder|Lower back of the shoulder muscle|Lower posterior deltoid (subdeltoid bursa)
back-of-armpit|back-of-shoulder|Back fold of the armpit|Posterior axillary fold (teres major, latissimus dorsi)
biceps-upper|front-of-upper-arm|Front of the upper arm, upper half|Anterior brachial region, proximal (biceps)
biceps-lower|front-of-upper-arm|Front of the upper arm, lower half|Anterior brachial region, distal (biceps, brachialis)
triceps-upper|back-of-upper-arm|Back of the upper arm, upper half|Posterior brachial region, proximal (triceps)
triceps-lower|back-of-upper-arm|Back of the upper arm, lower half|Posterior brachial region, distal (triceps)
inner-arm-upper|inner-upper-arm|Inner upper arm, upper half|Medial brachial region, proximal
inner-arm-lower|inner-upper-arm|Inner upper arm, lower half|Medial brachial region, distal
outer-arm-upper|outer-upper-arm|Outer upper arm, upper half|Lateral brachial region, proximal
outer-arm-lower|outer-upper-arm|Outer upper arm, lower half|Lateral brachial region, distal
elbow-crease|front-of-elbow|Elbow crease|Cubital fossa
outer-epicondyle|outer-elbow|Outer bony point of the elbow|Lateral epicondyle
below-outer-epicondyle|outer-elbow|Just below the outer elbow|Common extensor origin
inner-epicondyle|inner-elbow|Inner bony point of the elbow|Medial epicondyle
below-inner-epicondyle|inner-elbow|Just below the inner elbow|Common flexor origin
point-of-elbow|back-of-elbow|Point of the elbow|Olecranon
above-point-of-elbow|back-of-elbow|Just above the point of the elbow|Triceps tendon, supra-olecranon region
upper-forearm-front|front-of-forearm|Front of the forearm, below the crease|Proximal anterior forearm (flexor mass)
forearm-front-thumb-side|front-of-forearm|Front of the forearm, thumb side|Anterior forearm, radial side
forearm-front-little-finger-side|front-of-forearm|Front of the forearm, little-finger side|Anterior forearm, ulnar side
upper-forearm-back|back-of-forearm|Back of the forearm, below the elbow|Proximal posterior forearm (extensor mass)
forearm-back-thumb-side|back-of-forearm|Back of the forearm, thumb side|Posterior forearm, radial side (brachioradialis)
forearm-back-little-finger-side|back-of-forearm|Back of the forearm, little-finger side|Posterior forearm, ulnar side
wrist-front-thumb-side|front-of-wrist|Front of the wrist, thumb side|Anterior carpal region, radial side
wrist-front-little-finger-side|front-of-wrist|Front of the wrist, little-finger side|Anterior carpal region, ulnar side
wrist-back-thumb-side|back-of-wrist|Back of the wrist, thumb side|Posterior carpal region, radial side
wrist-back-little-finger-side|back-of-wrist|Back of the wrist, little-finger side|Posterior carpal region, ulnar side
below-collarbone|upper-chest|Just below the collarbone|Infraclavicular region
upper-chest-inner|upper-chest|Upper chest, inner part|Pectoral region, medial
upper-chest-outer|upper-chest|Upper chest, outer part|Pectoral region, lateral
nipple-area|upper-chest|Around the nipple|Mammary region
under-the-breast|upper-chest|Under the breast|Inframammary region
front-of-armpit|upper-chest|Front fold of the armpit|Anterior axillary fold (pectoralis major)
breastbone-upper|breastbone|Top of the breastbone|Manubrium
breastbone-middle|breastbone|Middle of the breastbone|Body of the sternum
breastbone-lower|breastbone|Lower breastbone|Lower body of the sternum
breastbone-tip|breastbone|Tip of the breastbone|Xiphoid process
beside-breastbone|breastbone|Beside the breastbone|Parasternal region
armpit|side-of-chest|Armpit|Axilla
ribs-side-upper|side-of-chest|Side of the chest, below the armpit|Upper lateral thoracic wall
ribs-side-middle|side-of-chest|Side of the chest, middle ribs|Middle lateral thoracic wall
ribs-side-lower|side-of-chest|Side of the chest, lower ribs|Lower lateral thoracic wall
pit-of-stomach|upper-abdomen|Pit of the stomach|Epigastric region
below-the-ribs|upper-abdomen|Just below the ribcage edge|Subcostal (hypochondriac) region
upper-abdomen-middle|upper-abdomen|Upper abdomen, beside the midline|Upper rectus abdominis region
navel|lower-abdomen|Around the navel|Umbilical region
beside-the-navel|lower-abdomen|Beside the navel|Paraumbilical region
below-the-navel|lower-abdomen|Just below the navel|Infraumbilical region
side-of-abdomen|lower-abdomen|Side of the abdomen (flank)|Lateral abdominal region (obliques)
lower-abdomen-centre|lower-abdomen|Lower abdomen, middle|Hypogastric region
lower-abdomen-side|lower-abdomen|Lower abdomen, towards the hip|Iliac fossa
above-pubic-bone|lower-abdomen|Just above the pubic bone|Suprapubic region
hip-bone-front|lower-abdomen|Front point of the hip bone|Anterior superior iliac spine (ASIS)
groin-crease|groin|Groin crease|Inguinal ligament region
femoral-triangle|groin|Top of the inner thigh, below the groin crease|Femoral triangle
pubic-area|groin|Pubic bone|Pubic region (symphysis)
inner-groin|groin|Inner groin, beside the pubic bone|Adductor origin (pubic ramus)
spine-upper-back|between-shoulder-blades|Beside the spine, upper back|Upper thoracic paraspinal region
between-shoulder-blades-upper|between-shoulder-blades|Between the shoulder blades, upper part|Upper interscapular region
between-shoulder-blades-lower|between-shoulder-blades|Between the shoulder blades, lower part|Lower interscapular region
inner-border-of-shoulder-blade|between-shoulder-blades|Inner edge of the shoulder blade|Medial border of the scapula
upper-inner-corner-of-shoulder-blade|shoulder-blade|Upper inner corner of the shoulder blade|Superior angle
above-shoulder-blade-spine|shoulder-blade|Above the ridge of the shoulder blade|Supraspinous fossa
shoulder-blade-spine|shoulder-blade|Ridge of the shoulder blade|Spine of the scapula
below-shoulder-blade-spine|shoulder-blade|Just below the ridge of the shoulder blade|Upper infraspinous fossa
shoulder-blade-centre|shoulder-blade|Middle of the shoulder blade|Lower infraspinous fossa
outer-border-of-shoulder-blade|shoulder-blade|Outer edge of the shoulder blade|Lateral (axillary) border of the scapula
lower-corner-of-shoulder-blade|shoulder-blade|Lower corner of the shoulder blade|Inferior angle of the scapula
spine-mid-back|mid-back|Beside the spine, mid-back|Lower thoracic paraspinal region
below-shoulder-blade|mid-back|Below the shoulder blade|Infrascapular region
lower-ribs-back|mid-back|Back of the lower ribs|Posterior lower thoracic wall
spine-low-back-upper|low-back|Beside the spine, upper low back|Upper lumbar paraspinal region (L1-L3)
spine-low-back-lower|low-back|Beside the spine, lower low back|Lower lumbar paraspinal region (L4-L5)
low-back-muscle|low-back|Low back, beside the spinal muscles|Lateral lumbar region (quadratus lumborum)
waist-back|low-back|Back of the waist|Posterolateral lumbar region (flank)
above-iliac-crest|low-back|Just above the hip bone|Supra-iliac region
iliac-crest|low-back|Top of the hip bone|Iliac crest
si-joint|sacrum|Sacroiliac joint|Sacroiliac joint region (PSIS)
sacrum-upper|sacrum|Upper sacrum|Upper sacral region
sacrum-lower|sacrum|Lower sacrum|Lower sacral region
tailbone-area|tailbone|Tailbone|Coccygeal region
perineum|tailbone|Perineum, between the sit bones|Perineal region (pelvic floor)
upper-buttock|buttock|Upper buttock|Upper gluteal region
outer-buttock|buttock|Outer buttock|Lateral gluteal region
buttock-centre|buttock|Middle of the buttock|Mid-gluteal region (piriformis)
buttock-inner|buttock|Inner buttock, beside the sacrum|Medial gluteal region
lower-buttock|buttock|Lower buttock|Lower gluteal region
sit-bone|buttock|Sit bone|Ischial tuberosity
gluteal-fold|buttock|Fold below the buttock|Gluteal fold
side-of-hip|outer-hip|Side of the hip|Lateral hip (gluteus medius and minimus)
greater-trochanter|outer-hip|Bony point of the hip|Greater trochanter
front-of-hip|outer-hip|Front of the hip, below the hip bone|Anterolateral hip (tensor fasciae latae)
front-of-thigh-upper|front-of-thigh|Front of the thigh, upper third|Anterior femoral region, proximal
front-of-thigh-middle|front-of-thigh|Front of the thigh, middle third|Anterior femoral region, middle
front-of-thigh-lower|front-of-thigh|Front of the thigh, lower third|Anterior femoral region, distal
front-of-thigh-inner-lower|front-of-thigh|Inner front of the thigh, above the knee|Vastus medialis region
inner-thigh-upper|inner-thigh|Inner thigh, upper third|Medial femoral region, proximal (adductors)
inner-thigh-middle|inner-thigh|Inner thigh, middle third|Medial femoral region, middle
inner-thigh-lower|inner-thigh|Inner thigh, lower third|Medial femoral region, distal
outer-thigh-upper|outer-thigh|Outer thigh, upper third|Lateral femoral region, proximal
outer-thigh-middle|outer-thigh|Outer thigh, middle third|Lateral femoral region, middle (iliotibial tract)
outer-thigh-lower|outer-thigh|Outer thigh, lower third|Lateral femoral region, distal
back-of-thigh-upper|back-of-thigh|Back of the thigh, upper third|Posterior femoral region, proximal (hamstrings)
back-of-thigh-middle|back-of-thigh|Back of the thigh, middle third|Posterior femoral region, middle
back-of-thigh-lower-inner|back-of-thigh|Back of the thigh, lower third, inner side|Distal medial hamstrings
back-of-thigh-lower-outer|back-of-thigh|Back of the thigh, lower third, outer side|Distal biceps femoris region
above-back-of-knee|back-of-thigh|Just above the back of the knee|Distal hamstring tendons
kneecap|front-of-knee|Kneecap|Patella
above-kneecap|front-of-knee|Just above the kneecap|Suprapatellar region
below-kneecap|front-of-knee|Just below the kneecap|Infrapatellar region (patellar tendon)
inside-of-knee|inner-knee|Inside of the knee|Medial knee (joint line)
below-inner-knee|inner-knee|Just below the inside of the knee|Pes anserinus region
outside-of-knee|outer-knee|Outside of the knee|Lateral knee (joint line, iliotibial band)
fibular-head|outer-knee|Bony bump below the outer knee|Head of the fibula
back-of-knee-hollow|back-of-knee|Hollow at the back of the knee|Popliteal fossa
back-of-knee-inner|back-of-knee|Back of the knee, inner side|Posteromedial knee
back-of-knee-outer|back-of-knee|Back of the knee, outer side|Posterolateral knee
shin-upper|shin|Shin bone, upper half|Anterior tibial border, proximal
shin-lower|shin|Shin bone, lower half|Anterior tibial border, distal
front-of-lower-leg-upper|shin|Front of the lower leg, upper half|Anterior compartment, proximal (tibialis anterior)
front-of-lower-leg-lower|shin|Front of the lower leg, lower half|Anterior compartment, distal
inner-lower-leg-upper|calf|Inner lower leg, upper half|Medial crural region, proximal
inner-lower-leg-lower|calf|Inner lower leg, lower half|Medial crural region, distal (medial tibial border)
outer-lower-leg-upper|outer-lower-leg|Outer lower leg, upper half|Lateral compartment, proximal (peroneals)
outer-lower-leg-lower|outer-lower-leg|Outer lower leg, lower half|Lateral compartment, distal
top-of-calf|calf|Top of the calf, below the knee|Upper posterior crural region (popliteus)
calf-upper-inner|calf|Upper calf, inner side|Medial gastrocnemius
calf-upper-outer|calf|Upper calf, outer side|Lateral gastrocnemius
calf-middle|calf|Middle of the calf|Mid-posterior crural region
calf-lower|calf|Lower calf|Lower posterior crural region (soleus)
achilles|calf|Achilles tendon|Calcaneal tendon
ankle-front|front-of-ankle|Front of the ankle|Anterior ankle (talocrural region)
inner-ankle-bone|inner-ankle|Inner ankle bone|Medial malleolus
back-of-ankle-inner|inner-ankle|Behind the inner ankle bone|Medial retromalleolar region (tarsal tunnel)
outer-ankle-bone|outer-ankle|Outer ankle bone|Lateral malleolus
back-of-ankle-outer|outer-ankle|Behind the outer ankle bone|Lateral retromalleolar region (peroneal tendons)
outer-edge-of-foot|top-of-foot|Outer edge of the foot|Lateral border of the foot
back-of-heel|heel|Back of the heel|Posterior calcaneus (Achilles insertion)
"""

# The forearm just above the wrist, in halves: rows too long for one line of the table.
BODY_TABLE += (
    "lower-forearm-front-thumb-side|front-of-forearm|Front of the lower forearm, thumb side|"
    "Distal anterior forearm, radial side\n"
    "lower-forearm-front-little-finger-side|front-of-forearm|Front of the lower forearm, little-finger side|"
    "Distal anterior forearm, ulnar side\n"
    "lower-forearm-back-thumb-side|back-of-forearm|Back of the lower forearm, thumb side|"
    "Distal posterior forearm, radial side\n"
    "lower-forearm-back-little-finger-side|back-of-forearm|Back of the lower forearm, little-finger side|"
    "Distal posterior forearm, ulnar side\n"
)
