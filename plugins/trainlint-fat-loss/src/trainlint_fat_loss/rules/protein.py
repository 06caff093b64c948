"""Keep the daily protein in the range guidance 002 gives.

**What it checks.** In a program whose ``goal`` is ``fat-loss``, the
``nutrition`` section (added by this plugin) sets ``protein``, and the value
(or range) lies between ``min`` and ``max`` g/kg. A missing value is
reported on the ``nutrition`` key, or on ``goal`` when there is no
``nutrition`` section.

**Why.** Enough protein during a deficit preserves lean mass; the guidance
names 1.6 to 2.2 grams per kilogram of body weight each day.

**Thresholds.** ``min`` 1.6 and ``max`` 2.2 g/kg (guidance 002).
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.api import Options, Program, Rule, Severity, Violation
from trainlint_fat_loss.rules._common import NutritionTarget


class Protein(NutritionTarget, Rule):
    id = "fat-loss/protein"
    summary = "A fat-loss program has {min}-{max} g of protein per kg of body weight a day"
    default_severity = Severity.WARNING
    guidance = "002"
    key = "protein"
    unit = "g/kg"
    what = "protein intake"
    options_schema = {
        "min": {"type": "number", "minimum": 0, "description": "Lowest daily protein intake."},
        "max": {"type": "number", "minimum": 0, "description": "Highest daily protein intake."},
    }
    defaults = {"min": 1.6, "max": 2.2}
    sources = {"min": "002:14 (1.6-2.2 g of protein per kg a day)", "max": "002:14"}
    ranges = (("min", "max"),)
    failing_example = """\
program: Cut
goal: fat-loss
nutrition:
  protein: "1 g/kg"
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
  protein: "1.8 g/kg"
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: plank
        hold: 30 s
"""

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        yield from self.check_target(program, float(options["min"]), float(options["max"]))
