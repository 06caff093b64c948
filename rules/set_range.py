"""Give every back exercise 2 to 3 sets.

**What it checks.** Every back exercise (an exercise with a back muscle among
its primary muscles that is not ``deep-core``, ``cardio`` or ``warmup`` work) prescribes a
number of sets between ``min`` and ``max``. The rounds of a circuit and the sets
of a superset count as the sets of each exercise in it. A back exercise with no
sets at all is reported too, because the dose is then unclear.

**Why.** Guidance text 000 recommends two to three sets per back exercise; more
sets add fatigue rather than training effect, one set is rarely enough.

**Thresholds.** ``min`` 2 and ``max`` 3 sets (guidance 000).
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Severity
from checker.program import Program
from checker.rule import Options, Rule, Violation, by_level


class SetRange(Rule):
    id = "set-range"
    summary = "Every back exercise prescribes 2-3 sets"
    default_severity = Severity.ERROR
    guidance = "000"
    options_schema = {
        "min": by_level({"type": "integer", "minimum": 1, "description": "Fewest sets."}),
        "max": by_level({"type": "integer", "minimum": 1, "description": "Most sets."}),
    }
    defaults = {"min": 2, "max": 3}
    failing_example = """\
program: Volume
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: barbell row
        sets: 5
        reps: 8
"""
    passing_example = """\
program: Volume
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: barbell row
        sets: 3
        reps: 8
"""

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        low, high = int(options["min"]), int(options["max"])
        for _, use in program.exercises():
            if use.exercise is None or not use.exercise.trains_back:
                continue
            sets = use.sets
            if sets is None:
                yield Violation(
                    program.name_span(use),
                    f"'{use.name}' has no sets; back exercises take {low}-{high} sets",
                )
            elif not low <= sets <= high:
                origin = (
                    ""
                    if "sets" in use.entry
                    else (f" (the {use.block}'s {'rounds' if use.block == 'circuit' else 'sets'})")
                )
                yield Violation(
                    program.name_span(use),
                    f"'{use.name}' has {sets} sets{origin}; back exercises take {low}-{high} sets",
                )
