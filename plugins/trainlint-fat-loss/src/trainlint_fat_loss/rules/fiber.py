"""Keep the daily fiber in the range guidance 002 gives.

**What it checks.** In a program whose ``goal`` is ``fat-loss``, the
``nutrition`` section (added by this plugin) sets ``fiber``, and the value
(or range) lies between ``min`` and ``max`` g. A missing value is
reported on the ``nutrition`` key, or on ``goal`` when there is no
``nutrition`` section.

**Why.** Fiber from vegetables, fruit, legumes and whole grains keeps a
deficit sustainable; the guidance names 25 to 35 grams a day.

**Thresholds.** ``min`` 25 and ``max`` 35 g (guidance 002).
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.api import Options, Program, Rule, Severity, Violation
from trainlint_fat_loss.rules._common import NutritionTarget


class Fiber(NutritionTarget, Rule):
    id = "fat-loss/fiber"
    summary = "A fat-loss program has {min}-{max} g of fiber a day"
    default_severity = Severity.WARNING
    guidance = "002"
    key = "fiber"
    unit = "g"
    what = "fiber intake"
    options_schema = {
        "min": {"type": "number", "minimum": 0, "description": "Lowest daily fiber intake."},
        "max": {"type": "number", "minimum": 0, "description": "Highest daily fiber intake."},
    }
    defaults = {"min": 25, "max": 35}
    sources = {"min": "002:14 (25-35 g of fibre a day)", "max": "002:14"}
    ranges = (("min", "max"),)
    failing_example = """\
program: Cut
goal: fat-loss
nutrition:
  fiber: "10 g"
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: plank
        hold: 30 s
"""
    passing_example = """\
program: Cut
goal: fat-loss
nutrition:
  fiber: "30 g"
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: plank
        hold: 30 s
"""

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        yield from self.check_target(program, float(options["min"]), float(options["max"]))
