"""The neck is its own muscle group: neck flexion, extension, side flexion and bridges
(plate, harness, band, manual) train the neck, not the back, while shrugs stay trapezius
(back) work. Text 000's back is the superficial back muscles (trapezius, latissimus,
rhomboids) and the deep ones under them: a wrestler's harness work is not one of its
back exercises."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.catalog import Catalog, builtin_exercises, group_names, muscle_groups
from checker.testing import lint
from tests.conftest import invoke_cli

BUILTIN = Catalog(builtin_exercises())
SCHEMA = Path(__file__).parent.parent / "schemas" / "program.schema.json"

NECK_NAMES = [
    "Neck Flexion (Plate)",
    "Harness Neck Extension",
    "Neck Side Flexion (Plate)",
    "4-way Neck (Harness)",
    "Neck Isometrics (Manual Resistance)",
    "Wrestler Bridge",
]


def test_neck_is_a_group_of_the_vocabulary() -> None:
    assert group_names()[-1] == "neck"
    assert muscle_groups()["neck"] == "neck"
    assert muscle_groups()["traps"] == "back"


def test_the_schema_lets_a_custom_exercise_name_the_neck() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    muscle = schema["$defs"]["muscle"]
    assert muscle["enum"] == list(muscle_groups())
    assert "neck" in muscle["errorMessage"] and "neck" in muscle["description"]


@pytest.mark.parametrize("name", NECK_NAMES)
def test_neck_work_is_neck_not_back(name: str) -> None:
    found = BUILTIN.find(name)
    assert found is not None, name
    assert found.primary_groups == {"neck"}, (name, found.id)
    # the bridge holds the spine too (its erectors are secondary), the others train only the neck
    assert "back" not in found.groups or found.id == "neck-bridge"
    assert not found.trains_back and found.kind == "other"


@pytest.mark.parametrize("name", ["Barbell Shrug", "DB Shrugs", "Trap-Bar Shrug"])
def test_shrugs_stay_trapezius_work(name: str) -> None:
    found = BUILTIN.find(name)
    assert found is not None and found.primary == ("traps",) and found.trains_back


def _program(*entries: str, days: int = 1) -> str:
    lines = "".join(f"      - {e}\n" for e in entries)
    workouts = "".join(
        f"  - name: Day {d}\n    warmup: 5 min\n    exercises:\n{lines}" for d in "AB"[:days]
    )
    return f"program: Wrestling\nlevel: intermediate\nworkouts:\n{workouts}"


THREE_BACK = (
    "{exercise: deadlift, sets: 3, reps: 8}",
    "{exercise: pull-up, sets: 3, reps: 8}",
    "{exercise: barbell row, sets: 3, reps: 10}",
)
NECK_ENTRIES = (
    "{exercise: neck harness extension, sets: 3, reps: 15}",
    "{exercise: plate neck flexion, sets: 3, reps: 15}",
    "{exercise: lateral neck flexion, sets: 2, reps: 15}",
)


def test_neck_work_is_not_counted_by_max_back_exercises() -> None:
    text = _program(*THREE_BACK, *NECK_ENTRIES)
    assert [f for f in lint(text, rules=["max-back-exercises"], plugins=False)] == []
    # the same day with a fourth back exercise is reported, naming only the back ones
    four = _program(*THREE_BACK, "{exercise: face pull, sets: 3, reps: 15}", *NECK_ENTRIES)
    [finding] = lint(four, rules=["max-back-exercises"], plugins=False)
    assert finding.message.startswith("4 back exercises in 'Day A' ('deadlift', 'pull-up'")
    assert "neck" not in finding.message


def test_neck_work_is_its_own_group_in_the_summary(tmp_path: Path) -> None:
    path = tmp_path / "neck.yaml"
    path.write_text(_program(*NECK_ENTRIES, days=2), encoding="utf-8")
    result = invoke_cli("summary", "--isolated", "--format", "json", str(path))
    assert result.code == 0, result.stderr
    [program] = json.loads(result.stdout)
    groups = {g["name"]: g for g in program["groups"]}
    assert groups["neck"]["weekly_sets"] == 16 and groups["neck"]["days"] == 2
    assert groups["back"]["weekly_sets"] == 0 and groups["back"]["days"] == 0
    assert [w["back_exercises"] for w in program["workouts"]] == [[], []]
    text = invoke_cli("summary", "--isolated", str(path)).stdout
    assert "  neck                 16          2  ok" in text


def test_training_frequency_does_not_count_a_neck_day_as_a_back_day() -> None:
    # the back is trained on Day A only; Day B's neck work does not make it two days
    text = (
        "program: Wrestling\nlevel: intermediate\ngoal: hypertrophy\nworkouts:\n"
        "  - name: Day A\n    warmup: 5 min\n    exercises:\n"
        "      - {exercise: barbell row, sets: 3, reps: 10}\n"
        "      - {exercise: neck harness extension, sets: 3, reps: 15}\n"
        "  - name: Day B\n    warmup: 5 min\n    exercises:\n"
        "      - {exercise: neck harness extension, sets: 4, reps: 15}\n"
        "      - {exercise: plate neck flexion, sets: 4, reps: 15}\n"
    )
    [finding] = lint(text, rules=["training-frequency"], plugins=False)
    assert "back on 1 day" in finding.message, finding.message
    assert "neck" not in finding.message.split("train each")[0].split("back on 1 day")[1]
