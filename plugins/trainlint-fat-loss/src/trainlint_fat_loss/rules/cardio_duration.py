"""Make each cardio session 20 to 30 minutes long.

**What it checks.** In a program whose ``goal`` is ``fat-loss``, every cardio
session (a cardio exercise with a ``duration`` in a workout, or an entry of the
``cardio`` section) lasts between ``min-minutes`` and ``max-minutes``.
Sessions without a duration are not judged.

**Why.** Guidance text 002 recommends sessions of twenty to thirty minutes of
rowing, brisk incline walking or cycling (002:13).

**How the sources are weighed.** Text 002 also gives the rowing machine 10-20
minutes (002:6) and rows 10-15 minutes of intervals on Day C of its template
(002:12). A rowing-machine session that one of those passages supports and
002:13 does not is ``info`` naming both; a session that no passage supports has
the rule's severity.

**Thresholds.** ``min-minutes`` 20 and ``max-minutes`` 30 (guidance 002).
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.api import (
    Claim,
    Options,
    Program,
    Rule,
    Severity,
    Violation,
    describe_range_seconds,
    prescription_for,
    weigh,
)
from trainlint_fat_loss.rules._common import applies, cardio_sessions, fmt


class CardioDuration(Rule):
    id = "fat-loss/cardio-duration"
    summary = "Each cardio session of a fat-loss program lasts {min-minutes}-{max-minutes} minutes"
    default_severity = Severity.WARNING
    guidance = "002"
    options_schema = {
        "min-minutes": {"type": "number", "minimum": 0, "description": "Shortest session."},
        "max-minutes": {"type": "number", "minimum": 1, "description": "Longest session."},
    }
    defaults = {"min-minutes": 20, "max-minutes": 30}
    sources = {"min-minutes": "002:13 (20-30 minutes, 3-4 times a week)", "max-minutes": "002:13"}
    ranges = (("min-minutes", "max-minutes"),)
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
            claims = [
                Claim(
                    "002:13",
                    f"cardio for fat loss lasts {fmt(low)}-{fmt(high)} minutes",
                    low * 60,
                    high * 60,
                )
            ]
            prescription = prescription_for(session.exercise_id)
            if prescription is not None and prescription.duration is not None:
                claims.append(
                    Claim(
                        prescription.cite,
                        f"{describe_range_seconds(prescription.duration)} on the {session.name}",
                        prescription.duration.low,
                        prescription.duration.high,
                    )
                )
            verdict = weigh(duration.low, duration.high, claims)
            if verdict is None:
                continue
            if not verdict.supported:
                yield Violation(
                    program.span(session.span_path),
                    f"'{session.name}' lasts {describe_range_seconds(duration)}; cardio for fat "
                    f"loss lasts {fmt(low)}-{fmt(high)} minutes a session (002:13)",
                )
                continue
            yield Violation(
                program.span(session.span_path),
                f"'{session.name}' lasts {describe_range_seconds(duration)}; {verdict.reason()}",
                verdict.severity,
            )
