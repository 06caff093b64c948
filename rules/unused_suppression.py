"""Report suppression comments that suppress nothing.

**What it checks.** A ``# trainlint: disable=rule-id`` comment (at the end of a
line, on a line of its own for the next line, or ``disable-file`` for the whole
file) names a rule that reported nothing where the comment applies; or it
names an unknown rule, or ``syntax``/``schema``, which cannot be suppressed.
Suppressions of rules that are not running are not reported.

**Why.** A stale suppression hides the next real problem on that line and
tells the reader something that is no longer true. Remove it.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Severity
from checker.program import Program
from checker.rule import Options, Rule, Violation


class UnusedSuppression(Rule):
    id = "unused-suppression"
    summary = "A suppression comment suppresses nothing"
    default_severity = Severity.WARNING
    uses_catalog = False
    failing_example = """\
program: Stale comment
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: deadlift  # trainlint: disable=rep-range -- 5x5 is fine here
        sets: 3
        reps: 8
"""
    passing_example = """\
program: Needed comment
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: deadlift  # trainlint: disable=rep-range -- 5x3 peaking week
        sets: 3
        reps: 3
"""

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        # The engine applies suppressions after every rule ran; see checker.suppressions.
        return iter(())
