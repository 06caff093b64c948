"""Report exercises that trainlint does not know.

**What it checks.** Every exercise name is looked up in the catalog (built-in
entries, entries from plugins and the program's own ``custom-exercises``).
Matching forgives case, punctuation, plurals, common abbreviations (DB, BB,
KB) and word order. A name that matches nothing is reported with the closest
known names and the rules that could not judge it.

**Why.** The other rules need to know what an exercise trains: an unknown
exercise is silently left out of back-exercise counts, set and rep checks and
the weekly frequency. Define it under ``custom-exercises`` (name, primary
muscles, tags) to have it checked.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Severity
from checker.program import Program
from checker.rule import Options, Rule, Violation


class UnknownExercise(Rule):
    id = "unknown-exercise"
    summary = "An exercise is not in the catalog (with suggestions)"
    default_severity = Severity.WARNING
    uses_catalog = False
    failing_example = """\
program: Typo
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: dedlift
        sets: 3
        reps: 8
"""
    passing_example = """\
program: Custom
custom-exercises:
  - name: sandbag shouldering
    primary: [lower-back, glutes]
    tags: [heavy]
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: sandbag shouldering
        sets: 3
        reps: 8
"""

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        judged = [r for r in program.catalog_rules if r != self.id]
        for _, use in program.exercises():
            if use.exercise is not None:
                continue
            message = f"unknown exercise '{use.name}'"
            suggestions = program.catalog.suggest(use.name)
            if suggestions:
                message += " (did you mean " + " or ".join(f"'{s}'" for s in suggestions) + "?)"
            if judged:
                message += f"; not judged by {', '.join(judged)}"
            message += "; define it under 'custom-exercises' if the name is right"
            yield Violation(program.name_span(use), message)
