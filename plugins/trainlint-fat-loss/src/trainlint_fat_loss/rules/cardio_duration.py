"""Make each cardio session 20 to 30 minutes long.

**What it checks.** In a program whose ``goal`` is ``fat-loss``, every cardio
session (a cardio exercise with a ``duration`` in a workout, or an entry of the
``cardio`` section) lasts between ``min-minutes`` and ``max-minutes``.
Sessions without a duration are not judged.

**Why.** Guidance text 002 recommends sessions of twenty to thirty minutes of
rowing, brisk incline walking or cycling.

**Thresholds.** ``min-minutes`` 20 and ``max-minutes`` 30 (guidance 002).
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Severity
from checker.program import Program
from checker.rule import Options, Rule, Violation
from checker.units import describe_range_seconds
from trainlint_fat_loss.rules._common import applies, cardio_sessions, fmt


class CardioDuration(Rule):
    id = "fat-loss/cardio-duration"
    summary = "Each cardio session of a fat-loss program lasts 20-30 minutes"
    default_severity = Severity.WARNING
    guidance = "002"
    options_schema = {
        "min-minutes": {"type": "number", "minimum": 0, "description": "Shortest session."},
        "max-minutes": {"type": "number", "minimum": 1, "description": "Longest session."},
    }
    defaults = {"min-minutes": 20, "max-minutes": 30}
    failing_example = """\
program: Cut
goal: fat-loss
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: cycling
        duration: 60 min
"""
    passing_example = """\
program: Cut
goal: fat-loss
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: cycling
        duration: 25 min
"""

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        if not applies(program):
            return
        low, high = float(options["min-minutes"]), float(options["max-minutes"])
        for session in cardio_sessions(program):
            duration = session.duration
            if duration is None:
                continue
            if duration.low < low * 60 or duration.high > high * 60:
                yield Violation(
                    program.span(session.span_path),
                    f"'{session.name}' lasts {describe_range_seconds(duration)}; cardio for fat "
                    f"loss lasts {fmt(low)}-{fmt(high)} minutes a session",
                )
