"""The word tables ``catalog_names.normalize`` applies to the English of a name:
abbreviations (DB, BB, KB), one spelling for words written several ways (pull-up /
pullup, flye / fly, lever / machine), the small words that tell no two exercises apart,
and multi-word spellings of one thing (one-arm / single arm, hex bar / trap bar).

``checker.catalog_keys`` fingerprints this module with ``catalog_names``: a change here
makes the shipped normalized names stale, as a change there does.
"""

from __future__ import annotations

ABBREVIATIONS = {
    "db": "dumbbell",
    "dbs": "dumbbell",
    "bb": "barbell",
    "kb": "kettlebell",
    "kbs": "kettlebell",
    "sa": "single arm",
    "sl": "single leg",
    "ez": "ez bar",
    "bw": "bodyweight",
    "ssb": "safety bar",
    "iso": "isometric",
    "c2": "concept2",
    # physiotherapy handouts: "Side-lying ER", "Band IR at 90/90"
    "er": "external rotation",
    "ir": "internal rotation",
    # team coaches' sheets: "FSQ", "TBDL", "MB Slam"
    "fsq": "front squat",
    "fsqs": "front squat",
    "tbdl": "trap bar deadlift",
    "mb": "medicine ball",
    # written short on logs and sheets: "Barbell Lying Triceps Ext"
    "ext": "extension",
}
#: one spelling for words written several ways (after plurals are made singular)
WORDS = {
    "raiser": "raise",  # "Leg Raisers"
    "pullup": "pull up",
    "pushup": "push up",
    "chinup": "chin up",
    "situp": "sit up",
    "stepup": "step up",
    "getup": "get up",
    "flye": "fly",
    "tyre": "tire",
    "lever": "machine",
    "leverage": "machine",
    "selectorized": "machine",
    "banded": "band",
    "dumbell": "dumbbell",
    "alternate": "alternating",
    "pronated": "overhand",
    "supinated": "underhand",
    "hyper": "hyperextension",
    "dec": "deck",
    "shallow": "partial",
    "comp": "competition",
    "negatives": "negative",
    "theraband": "band",
    "tubing": "band",  # resistance tubing: "D2 flexion with tubing", "Tubing External Rotation"
    "ham": "hamstring",
    "toss": "throw",
    "sitting": "seated",
    "intervals": "interval",
    # a held contraction, as handouts write it: "static quads", "static abduction"
    "static": "isometric",
    # a sliding surface, as a board or discs
    "slideboard": "slider",
    "valslide": "slider",
    "glider": "slider",
    # a stick for drills: "Dowel RDL", "PVC hip hinge", "Broomstick good morning"
    "pvc": "dowel",
    "broomstick": "dowel",
    "plantarflexion": "plantar flexion",
    "dorsiflexion": "dorsi flexion",
    "quadricep": "quad",
    "prowler": "sled",
    # the handouts' word for the glutes: "buttock squeeze", "buttock contraction"
    "buttock": "glute",
    "forwards": "forward",
    "backwards": "backward",
    "sidelying": "side lying",
    # a speed coach's shorthand: "Accel Starts"
    "accel": "acceleration",
    # a dumbbell as Turkish programs write it, with a dotless i read as i: "Dambil Curl"
    "dambil": "dumbbell",
    # a suspension trainer by its maker, as physiotherapy programs write it: "in Redcord"
    "redcord": "suspension",
    "till": "to",  # translated programs: "deadlift till knees"
    "deltoid": "delt",  # the muscle by its full name: "Front Deltoid Raise"
    # English as translated programs write it: "supine inclined" (supino inclinado),
    # "hammer curl alternated", "bridge for gluteus", "bike ergometric"
    "inclined": "incline",
    "declined": "decline",
    "alternated": "alternating",
    "gluteus": "glute",
    "ergometric": "ergometer",
    # a suspension trainer's word for itself: "Suspended Row", "Suspended Push-Up"
    "suspended": "suspension",
    # one spelling for the adjective: "landmine rotation press" is the rotational one
    "rotational": "rotation",
}
#: small words that never tell two exercises apart
DROPPED = frozenset(
    {"s", "and", "the", "a", "an", "of", "on", "with", "to", "n", "attachment", "version"}
)
#: multi-word spellings of one thing, longest first when they overlap
PHRASES: dict[tuple[str, ...], str] = {
    ("one", "arm"): "single arm",
    ("1", "arm"): "single arm",
    ("single", "armed"): "single arm",
    ("one", "armed"): "single arm",
    ("one", "leg"): "single leg",
    ("1", "leg"): "single leg",
    ("one", "legged"): "single leg",
    ("single", "legged"): "single leg",
    ("body", "weight"): "bodyweight",
    ("resistance", "band"): "band",
    ("machine", "machine"): "machine",
    ("hammer", "strength"): "machine",
    ("plate", "loaded"): "machine",
    ("smith",): "smith machine",
    ("ez", "curl", "bar"): "ez bar",
    ("e", "z", "bar"): "ez bar",
    ("hex", "bar"): "trap bar",
    ("safety", "squat", "bar"): "safety bar",
    ("swiss", "ball"): "stability ball",
    ("exercise", "ball"): "stability ball",
    ("physio", "ball"): "stability ball",
    ("med", "ball"): "medicine ball",
    ("half", "kneeling"): "half kneeling",
    ("palm", "in"): "neutral grip",
    ("semi", "underhand"): "neutral grip",
    ("semi", "overhand"): "neutral grip",
    ("hammer", "grip"): "neutral grip",
    ("palm", "down"): "overhand",
    ("palm", "up"): "underhand",
    # a grip by its hand's turn, as translated programs write it too: "pull-ups prone
    # grip" (dominadas prono), "supine grip curl"; "narrow grip" is the close grip
    ("prone", "grip"): "overhand",
    ("supine", "grip"): "underhand",
    ("overhand", "grip"): "overhand",
    ("underhand", "grip"): "underhand",
    ("narrow", "grip"): "close grip",
    ("high", "pulley"): "cable",
    ("low", "pulley"): "cable",
    ("pulley",): "cable",
    ("two", "dumbbell"): "dumbbell",
    ("two", "hand"): "two arm",
    ("2", "hand"): "two arm",
    ("one", "hand"): "single arm",
    ("single", "hand"): "single arm",
    ("cambered", "bar"): "cambered bar",
    ("ankle", "weight"): "ankle weight",
    ("thera", "band"): "band",
    # a swim coach's band: "Stretch Cord External Rotation", "Stretch Cord Pull-Down"
    ("stretch", "cord"): "band",
    ("trap", "bar"): "trap bar",
    # a bar too thick to close the hand around: "Thick-Bar Hold", "Fat Bar Deadlift"
    ("thick", "bar"): "axle",
    ("fat", "bar"): "axle",
    # a knee raise, as programs also write it: "Hanging Knee-Ups", "Lying Knee Ups"
    ("knee", "up"): "knee raise",
    # swimming strokes written in two words: "Side Stroke Swim"
    ("side", "stroke"): "sidestroke",
    ("breast", "stroke"): "breaststroke",
    ("back", "stroke"): "backstroke",
    # physiotherapy handouts name the position last: "knee extension in sitting"
    ("in", "seated"): "seated",
    ("in", "lying"): "lying",
    ("in", "side", "lying"): "side lying",
    ("in", "standing"): "standing",
    ("in", "prone"): "prone",
    ("in", "supine"): "supine",
    ("in", "kneeling"): "kneeling",
    # on hands and knees, as physiotherapy handouts write it: "cervical extension in
    # four-point kneeling", "on all fours"
    ("four", "point", "kneeling"): "quadruped",
    ("4", "point", "kneeling"): "quadruped",
    ("in", "four", "point", "kneeling"): "quadruped",
    ("in", "4", "point", "kneeling"): "quadruped",
    ("in", "quadruped"): "quadruped",
    ("all", "four"): "quadruped",
    # both legs at once: "Double-Leg Cone Jumps", "Two-Footed Hops"
    ("double", "leg"): "bilateral",
    ("double", "legged"): "bilateral",
    ("two", "leg"): "bilateral",
    ("two", "legged"): "bilateral",
    ("two", "footed"): "bilateral",
    # a ballet position, as barre classes write it: "Plie in second position"
    ("in", "first", "position"): "first position",
    ("in", "second", "position"): "second position",
    # "jogging on the spot" ("on" and "the" are dropped first), "running in place"
    ("spot",): "in place",
    ("slide", "board"): "slider",
    ("low", "bar"): "low bar",
    ("high", "bar"): "high bar",
    ("steady", "state"): "steady",
    # a lever's length is a position, not a machine ("lever" is read "machine" first)
    ("short", "machine"): "short lever",
    ("long", "machine"): "long lever",
    ("zone", "2"): "easy",
    ("z2",): "easy",
    ("bosu", "ball"): "bosu",
    ("concept", "2"): "concept2",
    # a trap-bar deadlift as team sheets write it: "TB DL"
    ("tb", "dl"): "trap bar deadlift",
    # "Weight Plate Twists": a plate
    ("weight", "plate"): "plate",
    # the upper back's spine: "Quadruped T-Spine Rotation", "Thoracic Spine Extension"
    ("t", "spine"): "thoracic",
    ("thoracic", "spine"): "thoracic",
}
