"""Do cardio three to four times a week.

**What it checks.** In a program whose ``goal`` is ``fat-loss``, the cardio
sessions of the week number between ``min`` and ``max``. A workout counts once
for each cardio exercise in it (rowing machine, incline walk, cycling, ...;
catalog tag ``cardio``), and each entry of the plugin's ``cardio`` section
counts ``per-week`` times. With ``sessions-per-week`` a workout's cardio counts
as often as the workout is done in an average week.

**Why.** Guidance text 002 recommends cardio three to four times a week to
support the calorie deficit that fat loss depends on.

**Thresholds.** ``min`` 3 and ``max`` 4 sessions a week (guidance 002).
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.api import Options, Program, Rule, Severity, Violation
from trainlint_fat_loss.rules._common import applies, cardio_sessions


class CardioFrequency(Rule):
    id = "fat-loss/cardio-frequency"
    summary = "A fat-loss program has cardio {min}-{max} times a week"
    default_severity = Severity.WARNING
    guidance = "002"
    options_schema = {
        "min": {"type": "integer", "minimum": 0, "description": "Fewest sessions a week."},
        "max": {"type": "integer", "minimum": 1, "description": "Most sessions a week."},
    }
    defaults = {"min": 3, "max": 4}
    sources = {"min": "002:13 (cardio 3-4 times a week), 002:2", "max": "002:13"}
    ranges = (("min", "max"),)
    failing_example = """\
program: Cut
goal: fat-loss
weeks: 10
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: rowing machine
        duration: 25 min
"""
    passing_example = """\
program: Cut
goal: fat-loss
weeks: 10
cardio:
  - activity: incline walk
    duration: 25 min
    per-week: 2
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: rowing machine
        duration: 25 min
"""

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        if not applies(program) or not program.workouts:
            return
        low, high = int(options["min"]), int(options["max"])
        count = sum(session.per_week for session in cardio_sessions(program))
        if not low <= count <= high:
            shown = f"{count:.1f}".rstrip("0").rstrip(".")
            yield Violation(
                program.week_span(),
                f"{shown} cardio session{'s' if count != 1 else ''} a week; a fat-loss program "
                f"does cardio {low}-{high} times a week (add a 'cardio' section for sessions "
                "outside the workouts)",
            )
