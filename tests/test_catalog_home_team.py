"""Exercises of home, team and pull-up programs as their publications name them
(fresh18's unknown names, fixed by class):

* team warm-ups and drills: FIFA's The 11+ running drills, the US Army's military
  movement drills and supine body twist (FM 7-22);
* falls prevention: the Otago programme's knee and hip strengthening exercises, the
  NIA's balance walk and standing on one foot;
* rehabilitation: the Thrower's Ten D2 patterns with tubing, a QL stretch;
* home equipment: Jaquish's X3 bar (a bar on a heavy band) before a lift's name, a
  milk-jug row; a quadruped kickback, a prone floor Y-T, an abdominal curl.

A new name never takes one that already meant another movement, and a suggestion
for an abdominal curl keeps to trunk flexion."""

from __future__ import annotations

import pytest

from checker.catalog import Catalog, builtin_exercises

BUILTIN = Catalog(builtin_exercises())
SETS = {"sets": 2, "reps": 10}

FAMILIES: list[tuple[str, tuple[str, ...]]] = [
    (
        "11-running-drill",
        ("Running straight ahead", "Running hip out", "running plant and cut", "11+ running"),
    ),
    (
        "military-movement-drill",
        ("Military Movement Drill 1", "military movement drill 2", "MMD 1", "MMD2"),
    ),
    ("windshield-wiper", ("Supine Body Twist", "supine body twist", "supine leg twist")),
    (
        "seated-knee-extension",
        ("Front knee strengthening exercise", "front knee strengthening"),
    ),
    ("prone-knee-bend", ("Back knee strengthening exercise", "back knee strengthening")),
    (
        "bodyweight-standing-hip-abduction",
        ("Side hip strengthening exercise", "side hip strengthening"),
    ),
    ("tandem-walk", ("balance walk", "Balance Walk", "balance walks")),
    ("single-leg-balance", ("stand on one foot", "Standing on one foot", "stand on one leg")),
    ("pnf-d2-flexion", ("D2 flexion with tubing", "D2 flexion", "band D2 flexion")),
    ("pnf-d2-extension", ("D2 extension with tubing", "D2 extension", "band D2 extension")),
    ("quadratus-lumborum-stretch", ("QL stretch", "Q.L. stretch", "standing side stretch")),
    ("glute-kickback", ("quadruped kickback", "Quadruped Kickbacks", "quadruped glute kickback")),
    ("ytw-raise", ("prone floor Y-T", "prone Y-T", "floor Y-T")),
    ("crunch", ("abdominal curl", "Abdominal Curls", "ab curl")),
    ("single-arm-dumbbell-row", ("milk jug row", "Milk-jug row", "water jug row")),
    ("jumping-jack", ("spotty dogs", "Spotty Dog", "spotty dog")),
    # fresh19: combat sports, endurance athletes' prehab, postnatal and gym programs
    ("uchikomi", ("band-resisted uchikomi", "uchikomi", "Uchi Komi")),
    ("gripper", ("grip crush", "gripper crush", "Grip Crush")),
    ("dead-hang", ("towel grip hang", "judogi sleeve grip hang", "gi grip hang")),
    ("stomach-vacuum", ("deep tummy draw-in", "Deep tummy draw in", "tummy draw-in")),
    ("running", ("roadwork", "Road work", "Roadwork")),
    ("hip-flexor-raise", ("psoas march", "Psoas Marches", "banded psoas march")),
    ("reverse-clamshell", ("reverse clams", "Reverse Clamshell", "reverse clam shell")),
    ("hiking", ("weighted uphill hike", "uphill hike", "Uphill Hiking")),
    (
        "pnf-d2-extension",
        ("D2 diagonal pattern, extension (tubing)", "tubing D2 extension", "D2 extension"),
    ),
    # X3: the bar is on a band, so the lift is a band variant of the lift named
    ("front-squat", ("X3 front squat", "X3 Front Squat", "x3 bar front squat")),
    ("deadlift", ("X3 deadlift", "X3 Deadlift", "x3 bar deadlift")),
    ("barbell-bent-over-row", ("X3 bent row", "bent row", "Bent Row")),
]


@pytest.mark.parametrize(
    ("expected", "name"),
    [(expected, name) for expected, names in FAMILIES for name in names],
)
def test_names_resolve_in_their_spellings(expected: str, name: str) -> None:
    resolved = BUILTIN.resolve(name, SETS)
    assert resolved.exercise is not None, (name, resolved.how, resolved.candidates)
    assert resolved.exercise.id == expected, (name, resolved.exercise.id, resolved.how)


@pytest.mark.parametrize("name", ["X3 front squat", "X3 deadlift", "x3 bar deadlift"])
def test_an_x3_lift_is_a_band_lift_not_a_heavy_barbell_lift(name: str) -> None:
    found = BUILTIN.find(name, SETS)
    assert found is not None and found.equipment == "band"
    assert not found.tags & {"heavy", "deadlift"}


#: names that meant a movement before these entries came, and still mean it
KEPT: list[tuple[str, str]] = [
    ("running", "running"),
    ("tandem walk", "tandem-walk"),
    ("triceps kickback", "triceps-kickback"),
    ("crunch", "crunch"),
    ("single-leg balance", "single-leg-balance"),
    ("bent-over row", "barbell-bent-over-row"),
    ("dumbbell bent row", "dumbbell-bent-over-row"),
    ("external rotation", "external-rotation"),
    ("jumping jack", "jumping-jack"),
    ("mermaid stretch", "mermaid-stretch"),
]


@pytest.mark.parametrize(("name", "expected"), KEPT)
def test_new_names_take_no_old_meaning(name: str, expected: str) -> None:
    found = BUILTIN.find(name, SETS)
    assert found is not None and found.id == expected, (name, found and found.id)


def test_d2_patterns_are_rotator_cuff_work_not_back_exercises() -> None:
    # the Thrower's Ten is shoulder rehabilitation: its D2 extension counts no back work
    for exercise_id in ("pnf-d2-flexion", "pnf-d2-extension"):
        exercise = BUILTIN.get(exercise_id)
        assert exercise is not None
        assert exercise.pattern == "isolation-rotator-cuff"
        assert not exercise.trains_back


@pytest.mark.parametrize("name", ["abdominal curls with a twist", "trunk curl on the ball"])
def test_a_curl_of_the_trunk_is_offered_trunk_flexion_not_a_biceps_curl(name: str) -> None:
    assert BUILTIN.revealed_pattern(name) == "flexion"
    for suggestion in BUILTIN.suggest(name):
        found = BUILTIN.find(suggestion)
        assert found is not None and found.pattern == "flexion", suggestion


@pytest.mark.parametrize(
    ("name", "expected"),
    [("deadlift x3", "deadlift"), ("Bench press x 5", "bench-press"), ("box jump x5", "box-jump")],
)
def test_a_count_after_a_name_is_no_x3_bar(name: str, expected: str) -> None:
    # "x3" after a name is how many (the prescription's business), not the X3 bar
    found = BUILTIN.find(name, SETS)
    base = BUILTIN.get(expected)
    assert found is not None and base is not None
    assert (found.id, found.equipment, found.tags) == (expected, base.equipment, base.tags)
