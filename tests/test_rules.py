"""Every built-in rule: a failing and a passing example, asserting rule id, line, column
and message; plus the issue's acceptance programs."""

from __future__ import annotations

import pytest

from checker.rule import Rule
from checker.rules import BUILTIN_RULES
from checker.testing import as_tuples, assert_findings, assert_no_findings, lint
from tests.conftest import builtin_registry

ISSUE_EXAMPLE = """\
# yaml-language-server: $schema=../schemas/program.schema.json
program: Strong back, beginner block
level: beginner            # beginner | intermediate | advanced
goal: strength             # optional: strength | hypertrophy | fat-loss | posture | general
weeks: 8                   # optional: how many weeks the weekly template repeats
workouts:                  # the weekly template: each workout once a week
  - name: Day A
    day: monday            # optional
    warmup: 6 min
    exercises:
      - exercise: deadlift
        sets: 3
        reps: 8-10
        load: 40 kg
        rest: 2 min
      - exercise: lat pulldown
        sets: 2
        reps: 8-10
      - exercise: plank
        sets: 3
        hold: 30 s
  - name: Day B
    day: thursday
    warmup: 5 min
    exercises:
      - exercise: deadlift
        sets: 2
        reps: 8
      - exercise: single-arm dumbbell row
        sets: 3
        reps: 10
        per-side: true
      - exercise: bird dog
        sets: 2
        reps: 8
        per-side: true
        hold: 3 s
      - circuit:
          rounds: 2
          exercises:
            - exercise: glute bridge
              reps: 8
              hold: 10 s
            - exercise: side plank
              hold: 20 s
              per-side: true
      - exercise: rowing machine
        duration: 12 min
        intervals: {rounds: 6, work: 45 s, rest: 75 s}
"""

TOO_MUCH_BACK = """\
program: Too much back
level: intermediate
workouts:
  - name: Pull day
    warmup: 5 min
    exercises:
      - exercise: barbell row
        sets: 4
        reps: 8
      - exercise: deadlift
        sets: 3
        reps: 3
      - exercise: pull-up
        sets: 3
        reps: 8
      - exercise: face pull
        sets: 3
        reps: 15
"""


def test_issue_example_has_no_finding_at_all() -> None:
    assert as_tuples(lint(ISSUE_EXAMPLE, plugins=False)) == []


def test_too_much_back_gives_exactly_the_expected_findings() -> None:
    assert_findings(
        TOO_MUCH_BACK,
        [
            (
                "training-frequency",
                3,
                1,
                "back is trained on 1 day a week ('Pull day'); train "
                "each muscle group on at least 2 days",
            ),
            (
                "training-frequency",
                3,
                1,
                "legs is trained on 1 day a week ('Pull day'); train "
                "each muscle group on at least 2 days",
            ),
            (
                "deep-muscle-work",
                3,
                1,
                "the week has no deep-muscle work; add a stability "
                "exercise such as a plank, side plank, bird dog or dead bug to at least one "
                "workout",
            ),
            ("set-range", 7, 19, "'barbell row' has 4 sets; back exercises take 2-3 sets"),
            (
                "deadlift-first",
                10,
                19,
                "'deadlift' comes after 'barbell row' in 'Pull day'; "
                "do the deadlift first, right after the warm-up",
            ),
            (
                "rep-range",
                10,
                19,
                "'deadlift' has 3 reps; heavy lifts take 5-10 reps for intermediate lifters",
            ),
            (
                "max-back-exercises",
                16,
                19,
                "4 back exercises in 'Pull day' (max 3 for "
                "intermediate): barbell row, deadlift, pull-up, face pull",
            ),
        ],
        plugins=False,
    )


def test_every_builtin_rule_has_metadata_and_docs() -> None:
    registry = builtin_registry()
    assert {r.id for r in BUILTIN_RULES} <= set(registry.rules)
    for rule in BUILTIN_RULES:
        assert rule.summary and rule.documentation() != rule.summary, rule.id
        assert rule.failing_example and rule.passing_example, rule.id
        assert set(rule.defaults) == set(rule.options_schema), rule.id


@pytest.mark.parametrize("rule", BUILTIN_RULES, ids=lambda r: r.id)
def test_documented_examples_behave(rule: type[Rule]) -> None:
    if rule.id == "unused-suppression":
        failing = lint(rule.failing_example, rules=[rule.id, "rep-range"], plugins=False)
        assert [f.rule for f in failing] == ["unused-suppression"]
    else:
        failing = lint(rule.failing_example, rules=[rule.id], plugins=False)
        assert [f.rule for f in failing if f.rule == rule.id], f"{rule.id} example did not fail"
    assert lint(rule.passing_example, rules=[rule.id], plugins=False) == []


BEGINNER_BACK = """\
program: P
level: beginner
workouts:
  - name: Pull
    warmup: 5 min
    exercises:
      - exercise: deadlift
        sets: 3
        reps: 8
      - exercise: plank
        hold: 30 s
      - exercise: lat pulldown
        sets: 3
        reps: 10
      - circuit:
          rounds: 2
          exercises:
            - exercise: seated cable row
              reps: 10
            - exercise: rowing machine
              duration: 5 min
"""


def test_max_back_exercises_counts_circuits_and_not_core_or_cardio() -> None:
    assert_findings(
        BEGINNER_BACK,
        [
            (
                "max-back-exercises",
                18,
                25,
                "3 back exercises in 'Pull' (max 2 for beginner): "
                "deadlift, lat pulldown, seated cable row",
            )
        ],
        rules=["max-back-exercises"],
        plugins=False,
    )
    assert_no_findings(
        BEGINNER_BACK,
        rules=["max-back-exercises"],
        options={"max-back-exercises": {"max": {"beginner": 3}}},
        plugins=False,
    )


def test_set_range_counts_circuit_rounds_and_missing_sets() -> None:
    assert_findings(
        BEGINNER_BACK.replace("rounds: 2", "rounds: 4"),
        [
            (
                "set-range",
                18,
                25,
                "'seated cable row' has 4 sets (the circuit's rounds); back "
                "exercises take 2-3 sets",
            )
        ],
        rules=["set-range"],
        plugins=False,
    )
    assert_findings(
        "program: P\nworkouts:\n  - name: A\n    exercises:\n      - exercise: pull-up\n"
        "        reps: 8\n",
        [("set-range", 5, 19, "'pull-up' has no sets; back exercises take 2-3 sets")],
        rules=["set-range"],
        plugins=False,
    )


def test_deep_muscle_work_per_workout_option() -> None:
    program = ISSUE_EXAMPLE.replace(
        "      - exercise: plank\n        sets: 3\n        hold: 30 s\n", ""
    )
    assert_no_findings(program, rules=["deep-muscle-work"], plugins=False)
    assert_findings(
        program,
        [
            (
                "deep-muscle-work",
                7,
                11,
                "'Day A' trains the back but has no deep-muscle work; "
                "add a stability exercise such as a plank, side plank, bird dog or dead bug",
            )
        ],
        rules=["deep-muscle-work"],
        options={"deep-muscle-work": {"per-workout": True}},
        plugins=False,
    )


def test_deadlift_first_ignores_warmup_drills() -> None:
    program = (
        "program: P\nworkouts:\n  - name: A\n    warmup: 5 min\n    exercises:\n"
        "      - exercise: arm circles\n        duration: 1 min\n"
        "      - exercise: sumo deadlift\n        sets: 3\n        reps: 6\n"
    )
    assert_no_findings(program, rules=["deadlift-first"], plugins=False)


def test_rep_range_for_beginners_and_other_loaded_exercises() -> None:
    program = (
        "program: P\nlevel: beginner\nworkouts:\n  - name: A\n    warmup: 5 min\n"
        "    exercises:\n      - exercise: deadlift\n        sets: 2\n        reps: 5-8\n"
        "      - exercise: face pull\n        sets: 2\n        reps: 20\n"
        "      - exercise: push-up\n        sets: 2\n        reps: 25\n"
    )
    assert_findings(
        program,
        [
            (
                "rep-range",
                7,
                19,
                "'deadlift' has 5-8 reps; heavy lifts take 8-10 reps for beginner lifters",
            ),
            (
                "rep-range",
                10,
                19,
                "'face pull' has 20 reps; loaded exercises like this one "
                "take 8-15 reps for beginner lifters",
            ),
        ],
        rules=["rep-range"],
        plugins=False,
    )


def test_warmup_missing_and_out_of_range() -> None:
    program = (
        "program: P\nworkouts:\n  - name: A\n    exercises:\n      - exercise: plank\n"
        "        hold: 30 s\n  - name: B\n    warmup: {duration: 15 min}\n    exercises:\n"
        "      - exercise: plank\n        hold: 30 s\n"
    )
    assert_findings(
        program,
        [
            ("warmup", 3, 11, "'A' has no warm-up; start with 5-8 minutes (add 'warmup: 6 min')"),
            ("warmup", 8, 24, "the warm-up of 'B' is 15 min; warm up for 5-8 minutes"),
        ],
        rules=["warmup"],
        plugins=False,
    )


def test_hold_duration_uses_catalog_aliases() -> None:
    program = (
        "program: P\nworkouts:\n  - name: A\n    warmup: 5 min\n    exercises:\n"
        "      - exercise: bridge\n        reps: 8\n        hold: 30 s\n"
        "      - exercise: superman\n        reps: 8\n        hold: 2-3 s\n"
    )
    assert_findings(
        program,
        [("hold-duration", 6, 19, "'bridge' is held for 30 s; hold a glute bridge for 8-12 s")],
        rules=["hold-duration"],
        plugins=False,
    )


def test_unknown_exercise_suggests_and_names_the_rules_that_could_not_judge() -> None:
    findings = lint(
        "program: P\nworkouts:\n  - name: A\n    warmup: 5 min\n    exercises:\n"
        "      - exercise: dedlift\n        sets: 3\n        reps: 8\n",
        rules=["unknown-exercise", "set-range"],
        plugins=False,
    )
    assert as_tuples(findings) == [
        (
            "unknown-exercise",
            6,
            19,
            "unknown exercise 'dedlift' (did you mean 'Deadlift'?); "
            "not judged by set-range; define it under 'custom-exercises' if the name is right",
        ),
    ]


def test_custom_exercises_are_judged() -> None:
    program = (
        "program: P\ncustom-exercises:\n  - name: sled row\n    primary: [lats]\n"
        "workouts:\n  - name: A\n    warmup: 5 min\n    exercises:\n"
        "      - exercise: sled rows\n        sets: 6\n        reps: 8\n"
    )
    assert_findings(
        program,
        [("set-range", 9, 19, "'sled rows' has 6 sets; back exercises take 2-3 sets")],
        rules=["set-range", "unknown-exercise"],
        plugins=False,
    )
