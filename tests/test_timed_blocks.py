"""Timed circuits and supersets (``duration`` instead of ``rounds``/``sets``): an AMRAP, an
EMOM, an escalating-density block. The schema takes them, ``set-range`` leaves their sets
to the session, and ``training-frequency`` says it cannot count them."""

from __future__ import annotations

import pytest

from checker.catalog import Catalog, builtin_exercises
from checker.loader import load_text
from checker.program import build_program
from checker.testing import lint
from tests.test_rules import findings_of

DENSITY = """\
program: Escalating density
level: intermediate
goal: hypertrophy
sessions-per-week: 3
workouts:
  - name: Day 1
    warmup: 8 min
    exercises:
      - superset:
          duration: 15 min
          exercises:
            - exercise: chin-ups
              reps: 5
            - exercise: parallel bar dips
              reps: 5
  - name: Day 2
    warmup: 8 min
    exercises:
      - exercise: back squat
        sets: 3
        reps: 8
      - exercise: lying leg curl
        sets: 3
        reps: 10
"""


def schema_of(text: str) -> list[tuple[int, int, str]]:
    return [(f.line, f.column, f.message) for f in lint(text, plugins=False) if f.rule == "schema"]


@pytest.mark.parametrize(
    ("block", "count"),
    [("superset", "duration: 15 min"), ("circuit", "duration: 12 min"), ("circuit", "rounds: 3")],
)
def test_a_block_takes_a_count_or_a_time(block: str, count: str) -> None:
    text = DENSITY.replace("superset:\n          duration: 15 min", f"{block}:\n          {count}")
    assert schema_of(text) == []


@pytest.mark.parametrize(
    ("block", "keys"), [("superset", "'sets', 'duration'"), ("circuit", "'rounds', 'duration'")]
)
def test_a_block_with_neither_is_named(block: str, keys: str) -> None:
    text = DENSITY.replace("superset:\n          duration: 15 min\n", f"{block}:\n")
    assert schema_of(text) == [(10, 11, f"{block} needs one of the keys {keys}")]


def test_set_range_leaves_a_timed_block_to_the_session() -> None:
    # without the time, a back exercise with no sets is said (000:95), as info: the
    # program leaves its sets open
    assert findings_of(DENSITY, "set-range") == []
    untimed = DENSITY.replace("          duration: 15 min\n", "")
    assert (
        11,
        25,
        "info",
        "'chin-ups' gives no sets, so they are not judged; back exercises take 2-3 sets (000:95)",
    ) in findings_of(untimed, "set-range")


#: The same two days, each once a week: no week of the rotation trains a group twice
TWICE = DENSITY.replace("sessions-per-week: 3", "sessions-per-week: 2")


def test_training_frequency_cannot_count_a_timed_block() -> None:
    assert findings_of(TWICE, "training-frequency") == [
        (
            5,
            1,
            "info",
            "trained too rarely, as far as trainlint can count: "
            "chest on 1 day ('Day 1'); arms on 1 day ('Day 1'); legs on 1 day "
            "('Day 2'); train each muscle group on at least 2 days a week (001:58); the week "
            "has timed blocks whose sets trainlint cannot count ('chin-ups', 'parallel bar "
            "dips'), counted as one set each",
        )
    ]


def test_a_timed_block_of_other_groups_changes_nothing() -> None:
    # a timed finisher of leg work does not excuse the chest trained on Day 1 only
    text = TWICE.replace(
        "      - superset:\n          duration: 15 min\n          exercises:\n"
        "            - exercise: chin-ups\n              reps: 5\n"
        "            - exercise: parallel bar dips\n              reps: 5\n",
        "      - exercise: chin-ups\n        sets: 3\n        reps: 8\n"
        "      - exercise: parallel bar dips\n        sets: 3\n        reps: 8\n"
        "      - circuit:\n          duration: 10 min\n          exercises:\n"
        "            - exercise: air squat\n              reps: 15\n"
        "            - exercise: walking lunge\n              reps: 10\n",
    )
    found = findings_of(text, "training-frequency")
    assert [(line, severity) for line, _, severity, _ in found] == [(5, "warning")]
    assert "chest on 1 day ('Day 1')" in found[0][3]
    assert "timed blocks" not in found[0][3]


ONE_EXERCISE = """\
program: EMOM
level: intermediate
goal: strength
workouts:
  - name: Day 1
    warmup: 8 min
    exercises:
      - {block}:
          {count}
          exercises:
            - exercise: barbell row
              reps: 3
"""


def test_a_circuit_of_one_exercise_is_an_emom() -> None:
    # 'every minute on the minute, 3 rows, 5 rounds': the rounds are the row's sets
    text = ONE_EXERCISE.format(block="circuit", count="rounds: 5")
    assert schema_of(text) == []
    [(line, column, severity, message)] = findings_of(text, "set-range")
    assert (line, column, severity) == (9, 19, "info")  # on the rounds
    assert message.startswith("'barbell row' has 5 sets (the circuit's rounds); the sources")


def test_a_superset_of_one_exercise_is_still_an_error() -> None:
    # a superset pairs exercises: one alone is a slip (the other half left out)
    text = ONE_EXERCISE.format(block="superset", count="sets: 5")
    assert schema_of(text) == [(11, 13, "exercises needs at least 2 items, got 1")]


MEMBER_SETS = """\
program: Mountain biking
level: intermediate
goal: strength
workouts:
  - name: Wednesday
    warmup: 8 min
    exercises:
      - superset:
          exercises:
            - exercise: bench press
              sets: 4
              reps: 8
            - exercise: barbell row
              sets: {row}
              reps: 8
"""


def test_a_superset_whose_exercises_give_their_own_sets_needs_no_count() -> None:
    # a gym's sheet: 4 sets of bench press paired with 2 of rows; each keeps its own
    text = MEMBER_SETS.format(row=2)
    assert schema_of(text) == []
    document = load_text(text, "p.yaml").document
    assert document is not None
    program = build_program(document, Catalog(builtin_exercises()))
    sets = {use.name: use.sets for _, use in program.exercises()}
    assert sets == {"bench press": 4, "barbell row": 2}


def test_a_superset_with_an_exercise_without_sets_still_needs_a_count() -> None:
    text = MEMBER_SETS.replace("              sets: {row}\n", "")
    assert schema_of(text) == [(9, 11, "superset needs one of the keys 'sets', 'duration'")]
