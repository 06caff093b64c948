"""Train every muscle group on at least two days a week.

**What it checks.** For every muscle group that the program trains (back,
chest, shoulders, arms, legs, core; a group counts as trained on a day when an
exercise of that day has one of its muscles as a *primary* muscle), the number
of days in the weekly template that train it is at least ``min-days``. Each
workout is one day, unless two workouts name the same ``day``. Warm-up drills
and cardio (tags ``warmup`` and ``cardio``) do not count: a rower trains the
back a little, but it is not the strength work this rule is about. One finding
per under-trained group, on the ``workouts`` key.

**Why.** Guidance text 001 recommends training each muscle group twice a week
for the best progress.

**Thresholds.** ``min-days`` 2 (guidance 001).
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.catalog import group_names
from checker.findings import Severity
from checker.program import Program
from checker.rule import Options, Rule, Violation, by_level


class TrainingFrequency(Rule):
    id = "training-frequency"
    summary = "Every trained muscle group is trained on at least 2 days a week"
    default_severity = Severity.WARNING
    guidance = "001"
    options_schema = {
        "min-days": by_level(
            {
                "type": "integer",
                "minimum": 1,
                "maximum": 7,
                "description": "Fewest days a week per muscle group.",
            }
        ),
    }
    defaults = {"min-days": 2}
    failing_example = """\
program: Once a week
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: bench press
        sets: 3
        reps: 8
"""
    passing_example = """\
program: Twice a week
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: bench press
        sets: 3
        reps: 8
  - name: Day B
    warmup: 5 min
    exercises:
      - exercise: dumbbell bench press
        sets: 3
        reps: 10
"""

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        minimum = int(options["min-days"])
        days: dict[str, set[str]] = {}
        names: dict[str, list[str]] = {}
        for workout in program.workouts:
            day_value = workout.data.get("day")
            day = str(day_value).lower()[:3] if isinstance(day_value, str) else f"#{workout.index}"
            for use in workout.exercises:
                if use.exercise is None or use.has("warmup") or use.has("cardio"):
                    continue
                for group in use.exercise.primary_groups:
                    if day not in days.setdefault(group, set()):
                        days[group].add(day)
                        names.setdefault(group, []).append(workout.name)
        for group in group_names():
            trained = days.get(group)
            if trained and len(trained) < minimum:
                count = len(trained)
                where = ", ".join(f"'{n}'" for n in names[group])
                yield Violation(
                    program.week_span(),
                    f"{group} is trained on {count} day{'s' if count != 1 else ''} a week "
                    f"({where}); train each muscle group on at least {minimum} days",
                )
