"""Keep the daily calorie deficit in the range guidance 002 gives.

**What it checks.** In a program whose ``goal`` is ``fat-loss``, the
``nutrition`` section (added by this plugin) sets ``calorie-deficit``, and the value
(or range) lies between ``min`` and ``max`` kcal. A missing value is
reported on the ``nutrition`` key, or on ``goal`` when there is no
``nutrition`` section.

**Why.** A modest deficit of three to five hundred kilocalories a day loses
fat steadily while keeping energy for training; a bigger one costs muscle and
recovery.

**Thresholds.** ``min`` 300 and ``max`` 500 kcal (guidance 002).
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.api import Options, Program, Rule, Severity, Violation
from trainlint_fat_loss.rules._common import NutritionTarget


class CalorieDeficit(NutritionTarget, Rule):
    id = "fat-loss/calorie-deficit"
    summary = "A fat-loss program has a calorie deficit of {min}-{max} kcal a day"
    default_severity = Severity.WARNING
    guidance = "002"
    key = "calorie-deficit"
    unit = "kcal"
    what = "calorie deficit"
    options_schema = {
        "min": {"type": "number", "minimum": 0, "description": "Lowest daily calorie deficit."},
        "max": {"type": "number", "minimum": 0, "description": "Highest daily calorie deficit."},
    }
    defaults = {"min": 300, "max": 500}
    sources = {"min": "002:14 (a deficit of about 300-500 kcal a day)", "max": "002:14"}
    ranges = (("min", "max"),)
    failing_example = """\
program: Cut
goal: fat-loss
nutrition:
  calorie-deficit: "900 kcal"
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
  calorie-deficit: "400 kcal"
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: plank
        hold: 30 s
"""

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        yield from self.check_target(program, float(options["min"]), float(options["max"]))
