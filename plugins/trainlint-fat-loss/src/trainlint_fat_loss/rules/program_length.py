"""Run a fat-loss program for eight to twelve weeks.

**What it checks.** A program whose ``goal`` is ``fat-loss`` says how many
``weeks`` it lasts, and that number lies between ``min-weeks`` and
``max-weeks``.

**Why.** Guidance text 002 asks for consistency over eight to twelve weeks
before judging the results; a shorter block shows little, a longer one should
be split into blocks with a break from the deficit.

**Thresholds.** ``min-weeks`` 8 and ``max-weeks`` 12 (guidance 002).
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.api import Options, Program, Rule, Severity, Violation
from trainlint_fat_loss.rules._common import applies


class ProgramLength(Rule):
    id = "fat-loss/program-length"
    summary = "A fat-loss program lasts {min-weeks}-{max-weeks} weeks"
    default_severity = Severity.WARNING
    guidance = "002"
    uses_catalog = False
    options_schema = {
        "min-weeks": {"type": "integer", "minimum": 1, "description": "Shortest block."},
        "max-weeks": {"type": "integer", "minimum": 1, "description": "Longest block."},
    }
    defaults = {"min-weeks": 8, "max-weeks": 12}
    sources = {"min-weeks": "002:14 (stay consistent for 8-12 weeks)", "max-weeks": "002:14"}
    ranges = (("min-weeks", "max-weeks"),)
    failing_example = """\
program: Crash cut
goal: fat-loss
weeks: 4
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: plank
        hold: 30 s
"""
    passing_example = """\
program: Steady cut
goal: fat-loss
weeks: 10
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: plank
        hold: 30 s
"""

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        if not applies(program):
            return
        low, high = int(options["min-weeks"]), int(options["max-weeks"])
        weeks = program.data.get("weeks")
        if weeks is None:
            yield Violation(
                program.span(("goal",)),
                f"a fat-loss program runs for {low}-{high} weeks: add 'weeks: {low}'",
            )
        elif isinstance(weeks, int) and not low <= weeks <= high:
            yield Violation(
                program.span(("weeks",)),
                f"{weeks} weeks; a fat-loss program runs for {low}-{high} weeks",
            )
