"""Issue 13, fourth corpus: classes of wording a corpus nobody tuned on used, each handled
as a class (a normalization rule, a modifier, a qualifier rule or a family of entries)
and tested in spellings other than the corpus's own.

* squats named by bar position, depth or direction ("high-bar", "quarter", "forward");
* a muscle written before the movement ("Rear Delt Reverse Fly"), dropped only when the
  movement trains that muscle;
* physiotherapy wording: ER/IR, static (isometric) holds, joint actions ("wrist
  flexion", "ankle plantar flexion"), two movements joined by a slash, positions after
  "at", an exercise named in the qualifier of a handout's own title;
* falls-prevention (Otago) titles, conditioning and drill words ("on the spot", "easy",
  "rounds", slideboards and sliders, dowels), throws, presses, lever rows and carries.
"""

from __future__ import annotations

import pytest

from checker.catalog import Catalog, builtin_exercises, normalize
from checker.catalog_qualifiers import qualified
from tests.test_catalog_classes import assert_equipment, assert_resolves_to

BUILTIN = Catalog(builtin_exercises())

#: class -> (the entry, three or more spellings that are not the corpus's own)
CLASSES: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "squat by bar position, depth or direction": [
        ("back-squat", ("High-Bar Back Squat", "Back Squat (low bar)", "Quarter Back Squats")),
        ("back-squat", ("Half Squat", "Quarter Squat", "High Bar Squat - tempo")),
        (
            "smith-machine-squat",
            ("Smith Machine Half Squat", "Quarter Squat (Smith)", "Smith Half Squats"),
        ),
        ("box-squat", ("Low-Bar Box Squat", "High Bar Box Squats", "Box Squat (high bar)")),
        ("front-squat", ("Half Front Squat", "Front Squat (quarter)", "Quarter Front Squats")),
        ("lateral-lunge", ("Side Squat", "Lateral Squats", "Side-to-Side Squat")),
        ("bounding", ("Forward Bounding", "Forwards Bounds", "Bounds (forward)")),
        ("sled-drag", ("Backwards Sled Drag", "Forward Sled Drags", "Sled Drag - backward")),
    ],
    "muscle before the movement": [
        (
            "reverse-fly",
            (
                "Rear Delt Reverse Flyes",
                "Rear Delt Reverse Flye (dumbbells)",
                "Rear Delts Reverse Fly",
            ),
        ),
        ("face-pull", ("Rear Delt Face Pull", "Rear-Delt Face Pulls", "Rear Delt Rope Face Pull")),
        ("hip-thrust", ("Glute Hip Thrust", "Glutes Hip Thrusts", "Barbell Glute Hip Thrust")),
        (
            "leg-extension",
            ("Quad Leg Extension", "Quads Leg Extensions", "Quadriceps Leg Extension"),
        ),
        ("nordic-curl", ("Hamstring Nordic Curl", "Hamstrings Nordic Curls", "Hamstring Nordics")),
        (
            "lying-leg-curl",
            ("Hamstring Lying Leg Curl", "Hamstrings Leg Curl", "Hamstring Machine Curl"),
        ),
    ],
    "external and internal rotation": [
        ("external-rotation", ("Side Lying ER (DB)", "ER at side (band)", "Shoulder ER at 90°")),
        ("internal-rotation", ("IR at 90/90 (cable)", "Side-Lying IR", "Band IR at side")),
    ],
    "static and isometric holds": [
        (
            "isometric-hip-abduction",
            (
                "Static Hip Abduction",
                "Isometric Hip Abduction (belt)",
                "Isometric Abductions Against Wall",
            ),
        ),
        ("quad-set", ("Quads Sets", "Quad Sets (towel under knee)", "Static Quadriceps")),
    ],
    "joint actions": [
        (
            "standing-calf-raise",
            ("Ankle Plantarflexion", "Plantar Flexion (standing)", "Ankle Plantar Flexions"),
        ),
        ("wrist-curl", ("Wrist Flexion", "Wrist Flexions (dumbbell)", "Wrist Flexion - DB")),
        ("dumbbell-curl", ("Elbow Flexion", "Elbow Flexion (dumbbell)", "Elbow Flexions")),
        (
            "prone-knee-bend",
            ("Knee Flexion in standing", "Knee Flexion (ankle weight)", "Knee Flexions"),
        ),
    ],
    "two movements joined by a slash": [
        (
            "wrist-curl",
            (
                "Wrist Flexion/Extension",
                "Wrist Curl / Reverse Wrist Curl",
                "Wrist flexion / extension (dumbbell)",
            ),
        ),
        ("chin-up", ("Chin-Up / Pull-Up", "Chin Ups/Pull Ups", "chin-up/pull-up")),
    ],
    "prone hip extension": [
        (
            "prone-hip-extension",
            (
                "Prone Leg Lifts",
                "Hip extension in lying (prone)",
                "Prone Hip Extensions (bent knee)",
            ),
        ),
    ],
    "serratus wording": [
        ("wall-slide", ("Serratus Wall Slide", "Foam Roller Wall Slides", "Serratus Slides")),
        ("scapular-push-up", ("Serratus Push-Ups", "Serratus Punches", "Push-Up Plus")),
    ],
    "copenhagen with its muscle and lever": [
        (
            "copenhagen-plank",
            (
                "Copenhagen Adductors",
                "Copenhagen (long lever)",
                "Copenhagen Adductor Plank (short lever)",
            ),
        ),
    ],
    "falls prevention (Otago)": [
        (
            "seated-knee-extension",
            (
                "Knee Extensor Strengthening (ankle weights)",
                "Front Knee Strengthening",
                "Knee Strengthening Exercise 1 (seated knee extension)",
            ),
        ),
        (
            "prone-knee-bend",
            (
                "Back Knee Strengthening",
                "Knee Flexor Strengthening (ankle weight)",
                "Back of Knee Exercise (standing knee bend)",
            ),
        ),
        (
            "walk-and-turn",
            ("Walking and Turning Around", "Walk and Turn Around", "Figure-of-8 Walk"),
        ),
        ("stair-walking", ("Stair walk", "Stairs (up and down)", "Walking Up and Down Stairs")),
        (
            "tandem-walk",
            ("Balance Exercise (tandem walk)", "Heel-Toe Walking Backwards", "Tandem Walking"),
        ),
        (
            "standing-calf-raise",
            (
                "Ankle Strengthening (heel raises)",
                "Calf Exercise (calf raises, holding support)",
                "Ankle Exercise 3 (calf raise)",
            ),
        ),
    ],
    "on the spot, easy, rounds": [
        ("running", ("Jog on the spot", "Running in Place", "Spot Jogging")),
        ("running", ("Easy Jog", "Recovery Run", "Zone 2 Run")),
        ("boxing", ("Heavy Bag (3 min rounds)", "Shadowboxing Rounds", "Pad Work Rounds")),
        ("jump-rope", ("Jump Rope Rounds", "Skipping Rope (rounds)", "Easy Skipping")),
    ],
    "cardio effort and steady-state work": [
        (
            "steady-state-cardio",
            ("Steady State Cardio", "LISS (incline walk or bike)", "Low-Intensity Steady State"),
        ),
        ("cycling", ("Recovery Ride", "Easy Spin", "Steady-State Bike")),
        ("sprint", ("Prowler Sprints", "Sled Sprint (light)", "Prowler Sprint - 20 m")),
    ],
    "a cardio machine's sprints": [
        (
            "assault-bike",
            ("Assault Bike Sprints", "Air Bike Sprint (10 s)", "Assault Bike Sprint - easy"),
        ),
        ("rowing-machine", ("Rower Sprints", "Rowing Machine Sprints", "Rower Sprint (250 m)")),
        ("ski-erg", ("Ski Erg Sprints", "SkiErg Sprint", "Ski-Erg Sprints (20 s)")),
    ],
    "a deltoid head or the lats before the movement": [
        ("lateral-raise", ("Side Delt Raise", "Side-Delt Raises (DB)", "Lateral Delt Raise")),
        ("straight-arm-pulldown", ("Lat Prayer", "Cable Lat Prayers", "Lat Prayer (rope)")),
    ],
    "balance and rise wording": [
        (
            "tandem-stance",
            ("Semi-Tandem Stand", "Semi Tandem Stance", "Tandem Stand (near a wall)"),
        ),
        ("sit-to-stand", ("Chair Rises", "Chair Rise (no hands)", "Sit to Stands")),
        (
            "adductor-squeeze",
            (
                "Static Hip Adduction (ball squeeze)",
                "Isometric Adduction",
                "Isometric Hip Adductions",
            ),
        ),
        (
            "external-rotation",
            (
                "External rotation in side lying",
                "ER in side lying",
                "External Rotations in Side-Lying",
            ),
        ),
        ("quad-set", ("Quadriceps Sets", "Quadriceps Set (towel)", "Static Quadriceps Sets")),
    ],
    "slideboards and sliders": [
        ("slideboard", ("Slideboard Intervals", "Slide-Board Skaters", "Slideboard")),
        (
            "adductor-slide",
            ("Valslide Adductor Slides", "Slider Adductor Slide", "Adductor Slides (slideboard)"),
        ),
        (
            "stability-ball-leg-curl",
            ("Valslide Leg Curl", "Slide Board Leg Curls", "Glider Leg Curl"),
        ),
    ],
    "dowel drills": [
        ("hip-hinge-drill", ("PVC RDL", "Broomstick RDL", "Dowel Romanian Deadlift")),
    ],
    "throws, presses, lever rows and carries": [
        (
            "rotational-medicine-ball-throw",
            (
                "Rotational Side Toss",
                "Side Rotational Throw (med ball)",
                "Medicine Ball Rotational Side Throws",
            ),
        ),
        (
            "landmine-press",
            ("Landmine Punch", "Single-Arm Landmine Punch Press", "Punch Press (landmine)"),
        ),
        (
            "front-lever-row",
            ("Advanced Tuck Front Lever Row", "Front Lever Rows", "Straddle Front Lever Row"),
        ),
        ("farmers-carry", ("Dumbbell Carry", "Kettlebell Carries", "Carry (kettlebells)")),
    ],
}


@pytest.mark.parametrize(
    ("expected", "name"),
    [(e, n) for entries in CLASSES.values() for e, names in entries for n in names],
)
def test_each_class_resolves_in_other_spellings(expected: str, name: str) -> None:
    assert_resolves_to(expected, name)


@pytest.mark.parametrize(
    ("name", "equipment"),
    [
        ("Half Squat (Smith Machine)", "machine"),
        ("Kettlebell Carry", "kettlebell"),
        ("Band ER at 90/90", "band"),
        ("Band Internal Rotation", "band"),
        ("PVC Overhead Squat", "bodyweight"),
        ("Rear-Delt Reverse Fly (Cable)", "cable"),
        ("Copenhagen Plank (short lever)", "bodyweight"),
    ],
)
def test_the_equipment_of_the_name_is_kept(name: str, equipment: str) -> None:
    assert_equipment(name, equipment)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # a muscle word is dropped only when the movement left trains it
        ("Calf Overhead Press", None),
        ("Tricep Row", None),
        ("Quad Curl", None),
        ("Glute Bench Press", None),
        ("Quads Extension", "leg-extension"),
        ("Triceps Extension", "overhead-triceps-extension"),
        # a muscle in brackets is a note on the movement, whatever it is
        ("Deadlift (lats)", "deadlift"),
        ("Face Pull (rear delts)", "face-pull"),
        # still ambiguous: the elbow or the knee, one arm says neither
        ("One-Arm Cable Extension", None),
        # the slideboard is not an interval run; a prone leg raise is not the lying one
        ("Slide Board Intervals", "slideboard"),
        ("Prone Leg Raise", "prone-hip-extension"),
        ("Lying Leg Raise", "lying-leg-raise"),
        # a lever's length is not a machine
        ("Long-Lever Plank", "plank"),
        ("Cossack Squat", "cossack-squat"),
        # "with bands" still adds resistance to a lift
        ("Box Squat with bands", "box-squat"),
    ],
)
def test_no_false_friends(name: str, expected: str | None) -> None:
    found = BUILTIN.find(name)
    assert (found.id if found else None) == expected, BUILTIN.resolve(name).explain()


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("Easy Rowing", "timed", "rowing-machine"),
        ("Rowing (rounds)", "sets", "cable-seated-row"),
        ("Rowing - easy", "timed", "rowing-machine"),
        ("Easy Row", "timed", "rowing-machine"),
        ("Easy Row", "sets", "cable-seated-row"),
    ],
)
def test_rowing_is_still_decided_by_the_prescription(name: str, kind: str, expected: str) -> None:
    prescription = {"duration": "10 min"} if kind == "timed" else {"sets": 3, "reps": 10}
    found = BUILTIN.find(name, prescription)
    assert found is not None and found.id == expected, BUILTIN.resolve(name, prescription).explain()


def test_the_muscle_decides_an_ambiguous_name() -> None:
    resolution = BUILTIN.resolve("Lower Back Extension")
    assert resolution.exercise is not None and resolution.exercise.id == "back-extension"
    assert "decided by the muscle 'lower back'" in resolution.explain()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # one leg means the knee: a quad day's alternating single-leg extensions
        ("Alternating single-leg extension", "leg-extension"),
        ("one-leg extension", "leg-extension"),
        ("SL extension", "leg-extension"),
        # a rope handle means the elbow: an arm day's rope extension on the cable
        ("Rope Extension", "overhead-triceps-extension"),
    ],
)
def test_one_limb_decides_an_extension(name: str, expected: str) -> None:
    resolution = BUILTIN.resolve(name)
    assert resolution.exercise is not None and resolution.exercise.id == expected, (
        resolution.explain()
    )
    assert "decided by 'single leg'" in resolution.explain() or "decided by 'rope'" in (
        resolution.explain()
    )


def test_an_extension_with_nothing_to_decide_stays_ambiguous() -> None:
    resolution = BUILTIN.resolve("extension")
    assert resolution.exercise is None and len(resolution.candidates) == 3


def test_a_qualifier_that_names_the_exercise_says_so() -> None:
    name = "Knee Strengthening Exercise 1 (seated knee extension)"
    resolution = BUILTIN.resolve(name)
    assert resolution.exercise is not None
    assert resolution.how.startswith("named in its qualifier ('seated knee extension'")
    assert resolution.set_aside == ("knee strengthening exercise 1",)
    # two qualifiers naming two different exercises name none
    assert BUILTIN.find("Balance Work (tandem stance, heel walk)") is None


@pytest.mark.parametrize(
    ("name", "proper", "rest"),
    [
        ("Wrist Flexion / Extension (DB)", "wrist flexion dumbbell", "Extension"),
        ("Chin-up/Pull-up", "chin up", "Pull-up"),
        ("Band ER at 90/90", "band external rotation", ""),
    ],
)
def test_slashes_and_at(name: str, proper: str, rest: str) -> None:
    split = qualified(name)
    assert split is not None and split.name == proper and split.complex_rest == rest


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Side-lying ER", "side lying external rotation"),
        ("Band IR", "band internal rotation"),
        ("Static Abduction", "isometric abduction"),
        ("Jogging on the spot", "jogging in place"),
        ("Slide Board Intervals", "slider interval"),
        ("Valslide Lunge", "slider lunge"),
        ("PVC RDL", "dowel rdl"),
        ("Ankle Plantarflexion", "ankle plantar flexion"),
        ("Short-Lever Copenhagen", "short lever copenhagen"),
        ("Low-Bar Squat", "low bar squat"),
        ("Zone 2 Run", "easy run"),
    ],
)
def test_normalizer_reads_the_new_wording(name: str, key: str) -> None:
    assert normalize(name) == key


#: unknown names of the new classes and the pattern their words reveal: suggestions keep to it
UNKNOWN_OF_THE_CLASSES = [
    ("Tricep Row", "horizontal-pull"),
    ("Quarter Zercher Squat Walkout", "squat"),
    ("Slideboard Hamstring Bridge Walkout", None),
    ("Glute Bench Press", "horizontal-push"),
]


@pytest.mark.parametrize(("name", "pattern"), UNKNOWN_OF_THE_CLASSES)
def test_suggestions_for_unknown_names_keep_the_pattern(name: str, pattern: str | None) -> None:
    assert BUILTIN.find(name) is None, BUILTIN.resolve(name).explain()
    assert BUILTIN.revealed_pattern(name) == pattern
    for display in BUILTIN.suggest(name):
        found = BUILTIN.find(display)
        assert found is not None
        if pattern is not None:
            assert found.pattern == pattern, (name, display)


#: Names the sixth round of independent corpora (2026-12-03) wrote that the catalog did
#: not know: an abbreviation written with a slash, a word written short, and the plain
#: names of a gym's floor ("hip raise", "adductor"); each with spellings of its own
SLASHED_AND_PLAIN = [
    ("dumbbell-curl", ("Seated D/B Curls", "D/B Curl", "d / b curls")),
    ("incline-dumbbell-press", ("Incline D/B Press", "Incline D/B Presses")),
    ("barbell-bent-over-row", ("B/B Row", "B/B Bent-Over Rows")),
    ("kettlebell-swing", ("K/B Swing", "K/B Swings")),
    ("skull-crusher", ("Barbell Lying Triceps Ext", "Lying Triceps Ext.")),
    ("lying-leg-raise", ("Leg Lifts", "Leg Raisers", "leg lift")),
    ("hanging-leg-raise", ("Hanging Leg Lift", "Hanging Leg Lifts")),
    ("hip-adduction-machine", ("Adductor", "Adductors")),
    ("hip-abduction-machine", ("Abductor", "Abductors")),
    ("glute-bridge", ("Hip Raise", "Hip Raises")),
    ("front-raise", ("Plate Raise", "Plate Raises")),
    ("superman", ("Dorsal Raise", "Dorsal Raises")),
    ("reverse-fly", ("Bent Laterals", "Bent-Over Laterals")),
    ("barbell-shrug", ("Shoulder Shrugs", "Shoulder Shrug")),
    ("dumbbell-shrug", ("Dumbbell Shoulder Shrugs", "DB Shoulder Shrug")),
    ("wide-grip-push-up", ("Wide Arm Push-Ups", "Wide-Arm Pushups")),
    ("cable-crossover", ("X-Overs", "Cable X-Over")),
    ("dead-hang", ("Straight Arm Hang", "Straight-Arm Hangs")),
    ("lateral-raise", ("Delt Raises", "Delt Raise")),
    ("deadlift", ("Barbell Bent Leg Deadlift", "Bent-Leg Deadlifts")),
]


@pytest.mark.parametrize("name", ["push/pull", "A/B split", "d/bar"])
def test_a_slash_that_is_no_abbreviation_is_left_alone(name: str) -> None:
    assert "dumbbell" not in normalize(name) and "barbell" not in normalize(name)


#: Names the independent corpora of tactical, team-sport and older athletes (2026-12-03,
#: fifteenth round) wrote for exercises the catalog has under another name
GYM_FLOOR_NAMES = [
    ("triceps-pushdown", ("Triceps Pull Downs", "tricep pulldown")),
    ("hip-abduction-machine", ("leg abductor", "Leg Abductors")),
    ("v-up", ("bent leg V-up", "Bent-Leg V-Ups")),
    ("incline-dumbbell-press", ("dumbbell incline", "DB incline")),
    ("inverted-row", ("invert row", "Invert Rows")),
    ("ankle-pump", ("calf pumps", "Calf Pump")),
]


@pytest.mark.parametrize(
    ("expected", "name"),
    [(e, n) for e, names in [*SLASHED_AND_PLAIN, *GYM_FLOOR_NAMES] for n in names],
)
def test_slashed_abbreviations_and_plain_names(expected: str, name: str) -> None:
    assert_resolves_to(expected, name)
