"""Start every workout with a 5 to 8 minute warm-up.

**What it checks.** Every workout has a ``warmup`` (a duration such as
``6 min``, or a mapping with a ``duration`` and the ``activities``), and its
duration lies between ``min-minutes`` and ``max-minutes``. A range such as
``5-8 min`` must lie entirely inside.

**Why.** Guidance text 002 advises warming up for five to eight minutes before
training, followed by dynamic movements, to prepare the back and shoulders.

**Thresholds.** ``min-minutes`` 5 and ``max-minutes`` 8 (guidance 002).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from checker.findings import Severity
from checker.program import Program
from checker.rule import Options, Rule, Violation, by_level
from checker.units import describe_range_seconds


class Warmup(Rule):
    id = "warmup"
    summary = "Every workout starts with a 5-8 minute warm-up"
    default_severity = Severity.WARNING
    guidance = "002"
    uses_catalog = False
    options_schema = {
        "min-minutes": by_level(
            {"type": "number", "minimum": 0, "description": "Shortest warm-up, in minutes."}
        ),
        "max-minutes": by_level(
            {"type": "number", "minimum": 0, "description": "Longest warm-up, in minutes."}
        ),
    }
    defaults = {"min-minutes": 5, "max-minutes": 8}
    failing_example = """\
program: Cold start
workouts:
  - name: Day A
    exercises:
      - exercise: deadlift
        sets: 3
        reps: 8
"""
    passing_example = """\
program: Warm start
workouts:
  - name: Day A
    warmup: 6 min
    exercises:
      - exercise: deadlift
        sets: 3
        reps: 8
"""

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        low, high = float(options["min-minutes"]), float(options["max-minutes"])
        wanted = f"{low:g}-{high:g} minutes"
        for workout in program.workouts:
            value = workout.data.get("warmup")
            if value is None:
                yield Violation(
                    program.workout_span(workout),
                    f"'{workout.name}' has no warm-up; start with {wanted} (add 'warmup: 6 min')",
                )
                continue
            duration = workout.warmup
            if duration is None:
                continue  # not a duration: the schema reports it
            path = (*workout.path, "warmup")
            if isinstance(value, Mapping):
                path = (*path, "duration")
            if duration.low < low * 60 or duration.high > high * 60:
                yield Violation(
                    program.span(path),
                    f"the warm-up of '{workout.name}' is {describe_range_seconds(duration)}; "
                    f"warm up for {wanted}",
                )
