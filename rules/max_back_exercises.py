"""Limit the number of back exercises in one workout.

**What it checks.** In every workout, the exercises whose primary muscles
include a back muscle (lats, traps, rhomboids, lower back, rear delts, teres)
are counted; stability work for the deep trunk (tag ``deep-core``), cardio
(tag ``cardio``) and warm-up drills (tag ``warmup``) do not count, even when
they use the back. Exercises in
circuits and supersets count like any other. The finding is placed on the first
exercise over the limit and names every exercise that was counted.

**Why.** Guidance text 000 says that a few well-chosen back exercises per
session are enough: at most three for trained people, and two for beginners,
who should first learn the technique. More back work in one session adds
fatigue, not results.

**Thresholds.** ``max``: 2 for ``beginner``, 3 for ``intermediate`` and
``advanced`` (guidance 000).
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Severity
from checker.program import Program
from checker.rule import Options, Rule, Violation, by_level


class MaxBackExercises(Rule):
    id = "max-back-exercises"
    summary = "A workout has at most 3 back exercises (2 for beginners)"
    default_severity = Severity.ERROR
    guidance = "000"
    options_schema = {
        "max": by_level(
            {
                "type": "integer",
                "minimum": 1,
                "description": "Most back exercises allowed in one workout.",
            }
        ),
    }
    defaults = {"max": {"beginner": 2, "intermediate": 3, "advanced": 3}}
    failing_example = """\
program: Too much back
level: beginner
workouts:
  - name: Pull day
    warmup: 5 min
    exercises:
      - exercise: deadlift
        sets: 3
        reps: 8
      - exercise: lat pulldown
        sets: 3
        reps: 10
      - exercise: seated cable row
        sets: 3
        reps: 10
"""
    passing_example = """\
program: Enough back
level: beginner
workouts:
  - name: Pull day
    warmup: 5 min
    exercises:
      - exercise: deadlift
        sets: 3
        reps: 8
      - exercise: lat pulldown
        sets: 3
        reps: 10
      - exercise: plank
        sets: 3
        hold: 30 s
"""

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        limit = int(options["max"])
        for workout in program.workouts:
            counted = [
                use
                for use in workout.exercises
                if use.exercise is not None and use.exercise.trains_back
            ]
            if len(counted) > limit:
                names = ", ".join(use.name for use in counted)
                yield Violation(
                    program.name_span(counted[limit]),
                    f"{len(counted)} back exercises in '{workout.name}' "
                    f"(max {limit} for {program.level}): {names}",
                )
