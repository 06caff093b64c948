"""Put the deadlift first in its workout.

**What it checks.** In a workout that contains a deadlift variant (catalog tag
``deadlift``: conventional, sumo, trap-bar, Romanian, ...), that deadlift is
the first exercise. The warm-up (the workout's ``warmup`` key, and warm-up
drills tagged ``warmup`` at the start of the list) does not count.

**Why.** Guidance text 001 calls the deadlift the most demanding lift of the
session and advises starting the training with it, while energy and focus are
highest, because it is also the lift most prone to injury.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Severity
from checker.program import Program
from checker.rule import Options, Rule, Violation


class DeadliftFirst(Rule):
    id = "deadlift-first"
    summary = "A deadlift variant is the first exercise of its workout"
    default_severity = Severity.ERROR
    guidance = "001"
    failing_example = """\
program: Late deadlift
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: lat pulldown
        sets: 3
        reps: 10
      - exercise: deadlift
        sets: 3
        reps: 8
"""
    passing_example = """\
program: Deadlift first
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: deadlift
        sets: 3
        reps: 8
      - exercise: lat pulldown
        sets: 3
        reps: 10
"""

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        for workout in program.workouts:
            main = [use for use in workout.exercises if not use.has("warmup")]
            if not main:
                continue
            first = main[0]
            for position, use in enumerate(main):
                if use.has("deadlift") and position > 0 and not first.has("deadlift"):
                    yield Violation(
                        program.name_span(use),
                        f"'{use.name}' comes after '{first.name}' in '{workout.name}'; "
                        "do the deadlift first, right after the warm-up",
                    )
                    break
