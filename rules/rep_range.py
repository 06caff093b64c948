"""Keep repetitions in the range the guidance gives for the exercise.

**What it checks.** Every exercise prescribed in repetitions (a number such as
``8`` or a range such as ``8-12``) stays inside a range:

* heavy compound lifts (catalog tag ``heavy``: deadlifts, barbell rows,
  squats, ...) take ``heavy-min`` to ``heavy-max`` reps: 5-10, and 8-10 for
  beginners, who should first build technique with lighter weights;
* other loaded exercises take ``other-min`` to ``other-max`` reps: 8-15.

Bodyweight exercises without a ``load``, deep-core stability work, cardio and
warm-up drills are not checked, nor are ``max``/``AMRAP`` sets.

**Why.** Guidance text 000 asks for a weight that can be moved cleanly for at
least 8-10 repetitions, and allows heavy lifts in the 5-10 range for strength;
guidance text 002 prescribes 8-15 repetitions for rows, pulldowns, face pulls
and flyes.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Severity
from checker.program import Program
from checker.rule import Options, Rule, Violation, by_level

_COUNT = {"type": "integer", "minimum": 1}


class RepRange(Rule):
    id = "rep-range"
    summary = "Reps are 5-10 for heavy lifts (8-10 for beginners) and 8-15 otherwise"
    default_severity = Severity.ERROR
    guidance = "000, 002"
    options_schema = {
        "heavy-min": by_level({**_COUNT, "description": "Fewest reps of a heavy lift."}),
        "heavy-max": by_level({**_COUNT, "description": "Most reps of a heavy lift."}),
        "other-min": by_level({**_COUNT, "description": "Fewest reps of other loaded work."}),
        "other-max": by_level({**_COUNT, "description": "Most reps of other loaded work."}),
    }
    defaults = {
        "heavy-min": {"beginner": 8, "intermediate": 5, "advanced": 5},
        "heavy-max": 10,
        "other-min": 8,
        "other-max": 15,
    }
    failing_example = """\
program: Too heavy
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: deadlift
        sets: 3
        reps: 3
"""
    passing_example = """\
program: Just right
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: deadlift
        sets: 3
        reps: 5-8
"""

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        for _, use in program.exercises():
            exercise = use.exercise
            reps = use.reps
            if exercise is None or reps is None:
                continue
            if exercise.tags & {"cardio", "warmup", "deep-core"}:
                continue
            if exercise.has("heavy"):
                low, high = int(options["heavy-min"]), int(options["heavy-max"])
                kind = "heavy lifts"
            elif exercise.has("bodyweight") and "load" not in use.entry:
                continue
            else:
                low, high = int(options["other-min"]), int(options["other-max"])
                kind = "loaded exercises like this one"
            if reps.low < low or reps.high > high:
                count = "rep" if reps.low == reps.high == 1 else "reps"
                yield Violation(
                    program.name_span(use),
                    f"'{use.name}' has {reps} {count}; {kind} take {low}-{high} reps "
                    f"for {program.level} lifters",
                )
