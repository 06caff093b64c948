"""Exercises of clinical protocols, public-health leaflets and bodybuilders' programs, as
their publications name them (fresh17's unknown names, fixed by class):

* named protocols: the Askling L-protocol (Extender, Diver, Glider), PWR!Moves (PWR!Up,
  Rock, Twist, Step, in any position: prone, all fours, seated, standing), LSVT BIG's
  maximal daily exercises, GLA:D's knee over foot, ESCAPE-pain's shuttle walk;
* falls-prevention balance work (weight shifts, stepping over obstacles, reaching in
  standing, tai chi, wobble-board rotations, the simple grapevine, stamping), pelvic
  floor quick contractions, the knee straightening stretch after a knee replacement,
  the NHS's sitting exercises and the UK's press-up;
* bodybuilding: DC's extreme stretches, the glute-bias hyperextension, the Nautilus
  curl, treadmill HIIT, Meadows' extension to chin, the cable crossover ladder, a 45°
  cable rear delt fly and a push press lockout from pins.

A new name never takes one that already meant another movement."""

from __future__ import annotations

import pytest

from checker.catalog import Catalog, builtin_exercises
from checker.testing import lint

BUILTIN = Catalog(builtin_exercises())
SETS = {"sets": 2, "reps": 10}

FAMILIES: list[tuple[str, tuple[str, ...]]] = [
    # Askling L-protocol (hamstring strains)
    ("askling-extender", ("extender", "Askling Extender", "extender (Askling)", "the Extender")),
    ("askling-diver", ("diver", "Askling Diver", "Diver (L-protocol)", "L-protocol diver")),
    ("askling-glider", ("Askling glider", "glider (Askling)", "L-protocol glider")),
    # PWR!Moves: each move in every position
    (
        "pwr-up",
        (
            "PWR!Up in prone on elbows",
            "PWR! Up",
            "PWR Up (prone)",
            "PWR!Up on all fours",
            "PWR!Up quadruped",
            "PWR!Up seated",
            "seated PWR!Up",
            "PWR!Up standing",
            "PWR!Up - sitting",
        ),
    ),
    (
        "pwr-rock",
        ("PWR!Rock in all fours", "PWR! Rock seated", "PWR Rock (standing)", "PWR!Rock quadruped"),
    ),
    (
        "pwr-twist",
        ("PWR!Twist in all fours", "PWR!Twist seated", "PWR! Twist standing", "PWR Twist"),
    ),
    (
        "pwr-step",
        ("PWR!Step in all fours", "PWR!Step seated", "PWR! Step (standing)", "PWR!Moves Step"),
    ),
    # LSVT BIG
    ("floor-to-ceiling", ("floor to ceiling", "Floor-to-ceiling", "LSVT BIG floor to ceiling")),
    ("side-to-side", ("side to side", "Side-to-Side (seated)", "LSVT BIG side to side")),
    (
        "step-and-reach",
        (
            "forward step and reach",
            "sideways step and reach",
            "backward step and reach",
            "Step & Reach (sideways)",
            "side step and reach",
        ),
    ),
    (
        "rock-and-reach",
        ("forward rock and reach", "sideways rock and reach", "rock & reach (forward)"),
    ),
    ("walking", ("BIG walking", "BIG walk", "LSVT BIG walking", "shuttle walk", "shuttle walking")),
    # GLA:D
    ("knee-over-foot", ("knee over foot", "GLA:D knee over foot", "knee-over-foot exercise")),
    # balance (falls prevention)
    (
        "balance-board-stand",
        ("two-leg wobble board rotations", "balance board rotations", "wobble board circles"),
    ),
    ("weight-shift", ("standing weight shifts", "weight shifting", "side to side weight shift")),
    ("tai-chi", ("tai chi weight shifts", "tai chi based moves", "Tai Chi-based movement")),
    (
        "stepping-over-obstacles",
        ("stepping over obstacles", "step over obstacles", "obstacle stepping"),
    ),
    ("standing-reach", ("reaching in standing", "reach in standing", "functional reach")),
    ("sideways-walk", ("simple grapevine", "slow grapevine", "grapevine (simple)")),
    ("stamping", ("stamping", "stamps", "foot stamps", "stomping on the spot")),
    # pelvic floor
    (
        "pelvic-floor-exercise",
        (
            "pelvic floor quick contractions",
            "pelvic floor quick flicks",
            "pelvic floor long holds",
            "pelvic floor fast contractions",
        ),
    ),
    # knee replacement
    ("heel-prop", ("knee straightening stretch", "knee extension stretch", "heel prop")),
    # NHS sitting, strength and balance exercises; ROS; CDC
    ("torso-twist", ("upper body twist", "seated upper body twist", "upper body rotation")),
    ("seated-march", ("hip marching", "seated hip march", "hip marches")),
    ("lateral-raise", ("arm raises", "seated arm raise", "arm raises to the side")),
    ("front-raise", ("arm raises (front)", "front arm raise", "forward arm raises")),
    (
        "lower-back-rotational-stretch",
        ("seated spinal twist", "spinal twist", "ardha matsyendrasana"),
    ),
    (
        "bodyweight-standing-hip-abduction",
        ("sideways leg lift", "sideways leg raise", "standing side leg lift"),
    ),
    ("assisted-shoulder-flexion", ("finger marching", "finger march", "finger wall walk")),
    ("knee-push-up", ("knee press-up", "kneeling press-ups", "box press-up", "knee push-up")),
    ("incline-push-up", ("incline press-up", "wall press-ups", "incline push-up")),
    ("prone-lying", ("lying on front (prone lying)", "prone lying", "lying on your front")),
    (
        "bird-dog",
        (
            "four-point kneeling arm/leg reach (bird dog)",
            "four-point kneeling arm and leg reach",
            "opposite arm and leg reach",
        ),
    ),
    # bodybuilding
    (
        "dumbbell-fly-stretch",
        ("Flye stretch (dumbbells)", "Dumbbell flye stretch", "DB fly stretch", "DC chest stretch"),
    ),
    (
        "sissy-squat-stretch",
        (
            "Sissy squat stretch",
            "Sissy squat stretch (weighted)",
            "quad stretch (sissy squat hold)",
        ),
    ),
    (
        "back-extension",
        ("Glute-bias hyperextension", "glute bias hyperextension", "glute-focused back extension"),
    ),
    ("machine-bicep-curl", ("Nautilus curl", "Nautilus biceps curl", "Nautilus arm curls")),
    ("interval-run", ("Treadmill HIIT", "HIIT treadmill", "treadmill HIIT intervals")),
    (
        "skull-crusher",
        ("Decline EZ-bar extension to chin", "EZ-bar extension to chin", "lying extension to chin"),
    ),
    ("cable-crossover", ("Cable crossover ladder", "crossover ladder", "cable fly ladder")),
    (
        "cable-reverse-fly",
        ("1-arm 45° cable rear delt flye", "45-degree cable rear delt fly", "cable rear delt fly"),
    ),
    (
        "overhead-lockout",
        ("Push press lockout from pins", "push press lockout", "overhead pin press"),
    ),
]


@pytest.mark.parametrize(
    ("expected", "name"),
    [(expected, name) for expected, names in FAMILIES for name in names],
)
def test_names_resolve_in_their_spellings(expected: str, name: str) -> None:
    resolved = BUILTIN.resolve(name, SETS)
    assert resolved.exercise is not None, (name, resolved.how, resolved.candidates)
    assert resolved.exercise.id == expected, (name, resolved.exercise.id, resolved.how)


#: names that meant a movement before these entries came, and still mean it
KEPT: list[tuple[str, str]] = [
    ("glider", "slideboard"),
    ("glider lunge", "lunge"),
    ("side to side hops", "lateral-hop"),
    ("side-to-side jumps", "lateral-hop"),
    ("grapevine", "lateral-shuffle"),
    ("wobble board", "balance-board-stand"),
    ("pelvic floor long hold", "pelvic-floor-exercise"),
    ("prone lying knee hang", "prone-hang"),
    ("seated twist", "russian-twist"),
    ("supine spinal twist", "lower-back-rotational-stretch"),
    ("overhead stomp", "medicine-ball-slam"),
    ("heel drop", "eccentric-heel-drop"),
    ("shuttle run", "shuttle-run"),
    ("press-up", "push-up"),
    ("side arm raise", "lateral-raise"),
    ("overhead arm raise", "lu-raise"),
    ("quadruped arm raise", "bird-dog"),
    ("bent-over lateral raise", "reverse-fly"),
    ("bent-over arm raise", "reverse-fly"),
    ("prone arm raise", "ytw-raise"),
    ("side leg lift", "side-lying-leg-raise"),
    ("seated march", "seated-march"),
    ("marching", "marching-in-place"),
    ("knee extension", "leg-extension"),
    ("knee straightening in sitting", "seated-knee-extension"),
    ("cable back extension", "back-extension"),
    ("cable leg extension", "leg-extension"),
    ("cable hip extension", "standing-hip-extension"),
    ("pin press", "pin-press"),
    ("push press", "push-press"),
    ("chest stretch", "chest-stretch"),
    ("quad stretch", "quad-stretch"),
    ("sissy squat", "sissy-squat"),
    ("treadmill", "treadmill-run"),
    ("walking", "walking"),
    ("knee over foot mini squat", "bodyweight-squat"),
    ("single-leg balance", "single-leg-balance"),
    ("diver push-up", "push-up"),
]


@pytest.mark.parametrize(("name", "expected"), KEPT)
def test_new_names_take_no_old_meaning(name: str, expected: str) -> None:
    found = BUILTIN.find(name, SETS)
    assert found is not None and found.id == expected, (name, found and found.id)


@pytest.mark.parametrize(
    "name", ["extension", "One-arm cable extension", "twist", "reach", "rock", "step", "long hold"]
)
def test_bare_words_stay_unresolved_or_ambiguous(name: str) -> None:
    # a bare 'reach', 'rock' or 'step' names no protocol; 'extension' (a one-arm cable
    # extension too: the elbow or the knee) and 'twist' stay the ambiguities they were
    resolved = BUILTIN.resolve(name)
    assert resolved.exercise is None or resolved.candidates, (name, resolved.exercise)


@pytest.mark.parametrize(
    ("exercise_id", "pattern"),
    [
        ("askling-extender", "mobility"),
        ("askling-diver", "hinge"),
        ("askling-glider", "lunge"),
        ("pwr-up", "spinal-extension"),
        ("pwr-rock", "balance"),
        ("pwr-twist", "rotation"),
        ("pwr-step", "lunge"),
        ("floor-to-ceiling", "mobility"),
        ("side-to-side", "mobility"),
        ("step-and-reach", "lunge"),
        ("rock-and-reach", "balance"),
        ("weight-shift", "balance"),
        ("stepping-over-obstacles", "balance"),
        ("standing-reach", "balance"),
        ("heel-prop", "mobility"),
        ("prone-lying", "mobility"),
        ("dumbbell-fly-stretch", "mobility"),
        ("sissy-squat-stretch", "mobility"),
        ("overhead-lockout", "vertical-push"),
    ],
)
def test_patterns(exercise_id: str, pattern: str) -> None:
    exercise = BUILTIN.get(exercise_id)
    assert exercise is not None and exercise.pattern == pattern


def test_askling_exercises_load_the_hamstrings() -> None:
    for exercise_id in ("askling-extender", "askling-diver", "askling-glider"):
        exercise = BUILTIN.get(exercise_id)
        assert exercise is not None and "hamstrings" in exercise.primary, exercise_id
        assert not exercise.trains_back, exercise_id


def test_balance_drills_are_balance_not_trunk_holds() -> None:
    # dynamic balance work is light (pattern 'balance') but no deep-core stability hold
    for exercise_id in ("weight-shift", "stepping-over-obstacles", "standing-reach", "pwr-rock"):
        exercise = BUILTIN.get(exercise_id)
        assert exercise is not None and exercise.pattern == "balance", exercise_id
        assert exercise.kind == "other" and not exercise.has("warmup"), exercise_id


def test_pwr_up_is_antigravity_extension_and_the_others_are_not_back_work() -> None:
    # PWR!Up trains the trunk's extensors (the back extensor is primary, as for the
    # swan dive); PWR!Rock, Twist and Step and LSVT BIG's reaches do not
    pwr_up = BUILTIN.get("pwr-up")
    assert pwr_up is not None and "lower-back" in pwr_up.primary and pwr_up.trains_back
    for exercise_id in (
        "pwr-rock",
        "pwr-twist",
        "pwr-step",
        "floor-to-ceiling",
        "side-to-side",
        "step-and-reach",
        "rock-and-reach",
    ):
        exercise = BUILTIN.get(exercise_id)
        assert exercise is not None and not exercise.trains_back, exercise_id


def test_extreme_stretches_are_loaded_holds_not_warm_ups() -> None:
    for exercise_id, muscle in (
        ("dumbbell-fly-stretch", "chest"),
        ("sissy-squat-stretch", "quads"),
    ):
        exercise = BUILTIN.get(exercise_id)
        assert exercise is not None and exercise.primary == (muscle,)
        assert exercise.has("isometric") and not exercise.has("warmup")


def test_push_press_lockout_is_a_heavy_overhead_partial() -> None:
    exercise = BUILTIN.find("Push press lockout from pins", {"sets": 2, "reps": 3})
    assert exercise is not None and exercise.id == "overhead-lockout"
    assert exercise.has("heavy") and set(exercise.primary) == {"triceps", "front-delts"}


PWR_CLASS = """\
program: PWR!Moves class
level: beginner
goal: rehab
workouts:
  - name: Class
    warmup: 10 min
    exercises:
      - {exercise: PWR!Up in prone on elbows, sets: 1, reps: 10, hold: 5 s}
      - {exercise: PWR!Rock in all fours, sets: 1, reps: 10}
      - {exercise: PWR!Twist seated, sets: 2, reps: 10}
      - {exercise: PWR!Step standing, sets: 2, reps: 10}
      - {exercise: floor to ceiling, sets: 1, reps: 8, hold: 10 s}
      - {exercise: sideways rock and reach, sets: 1, reps: 10}
      - {exercise: BIG walking, duration: 10 min}
      - {exercise: extender, sets: 3, reps: 12}
      - {exercise: diver, sets: 3, reps: 6}
      - {exercise: knee over foot, sets: 3, reps: 10}
      - {exercise: pelvic floor quick contractions, reps: 10}
"""


def test_a_clinic_session_has_no_unknown_exercise() -> None:
    findings = lint(PWR_CLASS, rules=["unknown-exercise"], plugins=False)
    assert findings == [], [f.message for f in findings]
