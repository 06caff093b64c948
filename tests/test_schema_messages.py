"""Schema findings: the coach's words, at the exact key or value (rule id, line, column)."""

from __future__ import annotations

import pytest

from checker.testing import as_tuples, lint

pytestmark = [pytest.mark.composers, pytest.mark.validators]

HEAD = "program: P\nworkouts:\n  - name: A\n    warmup: 5 min\n    exercises:\n"


def schema_findings(text: str) -> list[tuple[str, int, int, str]]:
    return [f for f in as_tuples(lint(text, rules=[], plugins=False))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HEAD + "      - exercise: deadlift\n        sets: 3\n        rep: 8\n",
            [("schema", 8, 9, "unknown key 'rep' (did you mean 'reps'?)")],
        ),
        (
            HEAD + "      - exercise: deadlift\n        sets: three\n",
            [
                (
                    "schema",
                    7,
                    15,
                    "sets must be a whole number from 1 to 20, like 3, or a range like 3-4, got "
                    "'three'",
                )
            ],
        ),
        ("program: P\nlevel: beginner\n", [("schema", 1, 1, "missing required key 'workouts'")]),
        (
            "workouts:\n  - name: A\n    exercises:\n      - exercise: plank\n",
            [("schema", 1, 1, "missing required key 'program'")],
        ),
        (
            HEAD + "      - exercise: plank\n        hold: 30\n",
            [
                (
                    "schema",
                    7,
                    15,
                    "hold must be a duration with a unit, like 30 s, 2 min or 20-60 s, or max, "
                    "got 30",
                )
            ],
        ),
        (
            HEAD + "      - exercise: row\n        reps: lots\n",
            [
                (
                    "schema",
                    7,
                    15,
                    "reps must be a whole number, a range like 8-12, or max, got 'lots'",
                )
            ],
        ),
        (
            HEAD + "      - exercise: row\n        load: lots\n",
            [
                (
                    "schema",
                    7,
                    15,
                    "load must be a weight like 40 kg or 95 lb, bodyweight, a band, a "
                    "percentage like 70% 1RM or 80% of the snatch, or an effort like RPE 8, got "
                    "'lots'",
                )
            ],
        ),
        (
            "program: P\nlevel: beginer\nworkouts: []\n",
            [
                (
                    "schema",
                    2,
                    8,
                    "level must be one of: beginner, intermediate, advanced; got "
                    "'beginer' (did you mean 'beginner'?)",
                ),
                ("schema", 3, 11, "workouts must not be empty"),
            ],
        ),
        (
            "program: P\nworkouts:\n  - name: A\n    day: funday\n    exercises:\n"
            "      - exercise: plank\n",
            [("schema", 4, 10, "day must be a day of the week, like monday or mon, got 'funday'")],
        ),
        (
            HEAD + "      - circuit:\n          exercises:\n            - exercise: plank\n"
            "            - exercise: bird dog\n",
            [("schema", 7, 11, "circuit needs one of the keys 'rounds', 'duration'")],
        ),
        (
            HEAD + "      - exercise: plank\n        circuit: {rounds: 2}\n",
            [
                (
                    "schema",
                    7,
                    9,
                    "exercise entry 1 mixes 'exercise', 'circuit': an entry is either "
                    "'exercise' or 'circuit' or 'superset', not several; split it into "
                    "separate entries",
                )
            ],
        ),
        (
            HEAD + "      - sets: 3\n",
            [
                (
                    "schema",
                    6,
                    9,
                    "exercise entry 1 needs one of the keys 'exercise', 'circuit', 'superset'",
                )
            ],
        ),
        (
            "program: P\nweeks: 0\nworkouts:\n  - name: A\n    exercises: [{exercise: plank}]\n",
            [
                (
                    "schema",
                    2,
                    8,
                    "weeks must be a whole number of weeks from 1 to 104, like 8, or a range "
                    "like 10-12, got 0",
                )
            ],
        ),
        (
            "program: P\ncustom-exercises:\n  - name: x\n    primary: [back]\n"
            "workouts:\n  - name: A\n    exercises: [{exercise: x}]\n",
            [
                (
                    "schema",
                    4,
                    15,
                    "muscle 1 must be one of: lats, traps, rhomboids, lower-back, "
                    "rear-delts, teres, chest, front-delts, side-delts, rotator-cuff, biceps, "
                    "triceps, forearms, quads, hamstrings, glutes, calves, adductors, abductors, "
                    "hip-flexors, abs, obliques, transverse-abdominis, neck; got 'back'",
                )
            ],
        ),
        (
            # issue 15: a misspelt 'exercise' key gets its did-you-mean, once
            "program: P\nworkouts:\n  - name: A\n    exercises:\n"
            "      - excercise: plank\n        hold: 30 s\n",
            [("schema", 5, 9, "unknown key 'excercise' (did you mean 'exercise'?)")],
        ),
        (
            # one slip, one finding: no "missing required key 'workouts'" as well (issue 15)
            "program: P\nworkout: []\n",
            [("schema", 2, 1, "unknown key 'workout' (did you mean 'workouts'?)")],
        ),
        (
            "program: P\nworkouts: {name: A}\n",
            [("schema", 2, 11, "workouts must be a list, got a mapping")],
        ),
    ],
)
def test_schema_messages(text: str, expected: list[tuple[str, int, int, str]]) -> None:
    assert schema_findings(text) == expected


def test_end_positions_cover_the_value() -> None:
    findings = lint(
        HEAD + "      - exercise: deadlift\n        sets: three\n", rules=[], plugins=False
    )
    assert [(f.line, f.column, f.end_line, f.end_column) for f in findings] == [(7, 15, 7, 20)]


def test_every_finding_is_inside_the_file() -> None:
    text = HEAD + "      - exercise: deadlift\n        sets: [1, 2]\n        reps: {a: 1}\n"
    lines = text.splitlines()
    findings = lint(text, plugins=False)
    # the two schema findings at least (a pass over no findings would prove nothing)
    assert {(f.rule, f.line, f.column) for f in findings} >= {("schema", 7, 15), ("schema", 8, 15)}
    for finding in findings:
        assert 1 <= finding.line <= len(lines)
        assert 1 <= finding.column <= len(lines[finding.line - 1]) + 1
        if finding.end_line is not None and finding.end_column is not None:
            assert finding.line <= finding.end_line <= len(lines)
            assert 1 <= finding.end_column <= len(lines[finding.end_line - 1]) + 1


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("load", "2 x 16 kg"),  # a pair of dumbbells or kettlebells
        ("load", "2x24 kg"),
        ("load", "2 × 20 lb"),
        ("reps", "150"),  # a chipper's wall balls (CrossFit's Karen)
        ("load", "6RM"),  # a repetition maximum
        ("load", "8-10 RM"),
        ("distance", "10 steps"),  # a balance walk (Otago)
        # percentages of another lift's max or of a training max (weightlifting, 5/3/1)
        ("load", "80% of the snatch"),
        ("load", "70% of jerk"),
        ("load", "90% of Monday"),
        ("load", "65% TM"),
        ("load", "75-80%"),
        # a weight with words after it, and a week-to-week step
        ("load", "24 kg each"),
        ("load", "1 kg above last week"),
        ("load", "+2.5 kg"),
        # elastics by colour or strength (physiotherapy)
        ("load", "red FlexBar"),
        ("load", "green theraband"),
        ("load", "medium tubing"),
        ("hold", "max"),  # a hold for as long as possible
        ("hold", "Max hold"),
    ],
)
def test_what_coaches_write_is_valid(key: str, value: str) -> None:
    text = (
        "program: P\nwarmup: 6 min\nworkouts:\n  - name: A\n    exercises:\n"
        f"      - exercise: goblet squat\n        sets: 3\n        {key}: {value}\n"
    )
    assert [f.message for f in lint(text, plugins=False) if f.rule == "schema"] == []


@pytest.mark.parametrize("load", ["40", "lots", "40 kilometers", "70 points", "x"])
def test_a_load_still_needs_a_unit_or_a_measure(load: str) -> None:
    text = (
        "program: P\nwarmup: 6 min\nworkouts:\n  - name: A\n    exercises:\n"
        f"      - exercise: goblet squat\n        sets: 3\n        load: {load}\n"
    )
    found = [(f.line, f.column, f.message) for f in lint(text, plugins=False) if f.rule == "schema"]
    assert len(found) == 1 and found[0][:2] == (8, 15), found
    assert found[0][2].startswith("load must be a weight like 40 kg or 95 lb, bodyweight, a band")


def test_a_load_needs_its_count_before_the_x() -> None:
    text = (
        "program: P\nwarmup: 6 min\nworkouts:\n  - name: A\n    exercises:\n"
        "      - exercise: goblet squat\n        sets: 3\n        load: x 24 kg\n"
    )
    assert [(f.line, f.column) for f in lint(text, plugins=False) if f.rule == "schema"] == [
        (8, 15)
    ]


@pytest.mark.parametrize(
    "warmup",
    [
        "5-10 min bike, then arm circles",
        "general warm-up as needed",
        "RAMP",
        "6 min",
        "2-3 warm-up sets and a little dynamic stretching",
    ],
)
def test_a_warmup_in_words_is_valid(warmup: str) -> None:
    text = f"program: P\nwarmup: {warmup}\nworkouts:\n  - name: A\n    exercises:\n"
    text += "      - exercise: deadlift\n        sets: 3\n        reps: 8\n"
    assert schema_findings(text) == []


@pytest.mark.parametrize("warmup", ["6 mni", "10", "5 -"])
def test_a_broken_warmup_duration_is_still_an_error(warmup: str) -> None:
    text = f"program: P\nwarmup: '{warmup}'\nworkouts:\n  - name: A\n    exercises:\n"
    text += "      - exercise: deadlift\n        sets: 3\n        reps: 8\n"
    assert schema_findings(text) == [
        (
            "schema",
            2,
            9,
            "warmup must be a duration like 6 min, the warm-up in words (5 min bike, then "
            f"arm circles), or a mapping with 'duration' and 'activities', got '{warmup}'",
        )
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("rpe: 8", "unknown key 'rpe' (did you mean 'load'? write 'load: RPE 8')"),
        ("RIR: 1-2", "unknown key 'RIR' (did you mean 'load'? write 'load: RIR 1-2')"),
        ("weight: 60 kg", "unknown key 'weight' (did you mean 'load'? write 'load: 60 kg')"),
        ("percent: 75", "unknown key 'percent' (did you mean 'load'? write 'load: 75% 1RM')"),
        ("cues: chest up", "unknown key 'cues' (did you mean 'notes'? write 'notes: chest up')"),
        # a synonym is not a slip of the nearest spelling ('intervals')
        (
            "unilateral: true",
            "unknown key 'unilateral' (did you mean 'per-side'? write 'per-side: true')",
        ),
        ("time: 30 s", "unknown key 'time' (did you mean 'duration'? write 'duration: 30 s')"),
        # a value that is long or not printable is not repeated
        (
            "comment: " + "x" * 40,
            "unknown key 'comment' (did you mean 'notes'? write 'notes: ...')",
        ),
        (
            'comment: "a\\e[31mb"',
            "unknown key 'comment' (did you mean 'notes'? write 'notes: ...')",
        ),
    ],
)
def test_a_key_coaches_write_for_another_names_it_and_how_to_write_it(
    line: str, message: str
) -> None:
    text = HEAD + f"      - exercise: deadlift\n        sets: 3\n        reps: 5\n        {line}\n"
    assert schema_findings(text) == [("schema", 9, 9, message)]


@pytest.mark.parametrize(
    "load", ["heavy", "moderate", "light dumbbells", "heavy single", "KB 16 kg", "body weight"]
)
def test_an_effort_in_words_or_the_equipment_before_a_weight_is_a_load(load: str) -> None:
    text = (
        "program: P\nwarmup: 6 min\nworkouts:\n  - name: A\n    exercises:\n"
        f"      - exercise: goblet squat\n        sets: 3\n        load: {load}\n"
    )
    assert [f.message for f in lint(text, plugins=False) if f.rule == "schema"] == []


SETS_BOUND = "sets must be a whole number from 1 to 20, like 3, or a range like 3-4, got "


@pytest.mark.parametrize(
    ("sets", "message"),
    [
        # Jim Smith's Power Hour: one deadlift at the top of every minute for an hour
        (
            "60",
            f"{SETS_BOUND}60; for an EMOM or a long run of singles, write the time instead, "
            "such as 'duration: 60 min' for a set a minute",
        ),
        (
            "21",
            f"{SETS_BOUND}21; for an EMOM or a long run of singles, write the time instead, "
            "such as 'duration: 21 min' for a set a minute",
        ),
        ("0", f"{SETS_BOUND}0"),
        ("'60'", f"{SETS_BOUND}'60'"),
    ],
)
def test_sets_past_the_bound_point_to_a_duration(sets: str, message: str) -> None:
    text = HEAD + f"      - exercise: deadlift\n        sets: {sets}\n        reps: 1\n"
    found = [f for f in lint(text, plugins=False) if f.rule == "schema"]
    assert [(f.line, f.column, f.message) for f in found] == [(7, 15, message)]
