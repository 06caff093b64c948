"""Include work for the deep trunk muscles.

**What it checks.** The week contains at least one exercise tagged
``deep-core``: stability work for the deep muscles of the trunk and spine, such
as the plank, side plank, bird dog, dead bug, Pallof press or balance work.
With ``per-workout: true``, every workout that trains the back must contain
such an exercise itself.

**Why.** Guidance text 000 explains that the deep back muscles stabilise the
spine and are not reached by the big lifts alone; it recommends adding
stability exercises to back training, starting with static holds.

**Thresholds.** ``per-workout``: false (the week as a whole is checked).
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Severity
from checker.program import Program
from checker.rule import Options, Rule, Violation


class DeepMuscleWork(Rule):
    id = "deep-muscle-work"
    summary = "The week includes deep-muscle (core stability) work"
    default_severity = Severity.ERROR
    guidance = "000"
    options_schema = {
        "per-workout": {
            "type": "boolean",
            "description": "Require deep-core work in every workout that trains the back.",
        },
    }
    defaults = {"per-workout": False}
    failing_example = """\
program: No core
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: deadlift
        sets: 3
        reps: 8
"""
    passing_example = """\
program: With core
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: deadlift
        sets: 3
        reps: 8
      - exercise: bird dog
        sets: 2
        reps: 8
        per-side: true
"""

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        if not program.workouts:
            return
        if options["per-workout"]:
            for workout in program.workouts:
                trains_back = any(
                    u.exercise is not None and u.exercise.trains_back for u in workout.exercises
                )
                if trains_back and not any(u.has("deep-core") for u in workout.exercises):
                    yield Violation(
                        program.workout_span(workout),
                        f"'{workout.name}' trains the back but has no deep-muscle work; add a "
                        "stability exercise such as a plank, side plank, bird dog or dead bug",
                    )
            return
        if not any(use.has("deep-core") for _, use in program.exercises()):
            yield Violation(
                program.week_span(),
                "the week has no deep-muscle work; add a stability exercise such as a plank, "
                "side plank, bird dog or dead bug to at least one workout",
            )
