"""The week's schedule is consistent: ``sessions-per-week`` and ``day`` agree.

**What it checks.** With ``sessions-per-week: N`` the listed workouts are done in
rotation, N sessions a week, and a workout's ``day`` is a label (the day it
usually falls on). The schedule contradicts itself when the workouts name more
different days than there are sessions in the week (``sessions-per-week: 2``
with workouts on monday, wednesday and friday). The finding is placed on
``sessions-per-week``.

**Why.** The rules that count a week (``training-frequency``, ``trainlint
summary``) need to know how often each workout is done; a schedule that says two
things at once is counted as neither. This is the program format's own
consistency (see README, "The program format"), not a training threshold.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Severity
from checker.program import Program
from checker.rule import Options, Rule, Violation


class Schedule(Rule):
    id = "schedule"
    summary = "sessions-per-week is not fewer than the days the workouts name"
    default_severity = Severity.ERROR
    uses_catalog = False
    failing_example = """\
program: Three days, two sessions
sessions-per-week: 2
warmup: 5 min
workouts:
  - name: Day A
    day: monday
    exercises:
      - exercise: deadlift
        sets: 3
        reps: 8
  - name: Day B
    day: wednesday
    exercises:
      - exercise: bench press
        sets: 3
        reps: 8
  - name: Day C
    day: friday
    exercises:
      - exercise: back squat
        sets: 3
        reps: 8
"""
    passing_example = """\
program: A/B three times a week
sessions-per-week: 3
warmup: 5 min
workouts:
  - name: Day A
    exercises:
      - exercise: deadlift
        sets: 3
        reps: 8
  - name: Day B
    exercises:
      - exercise: bench press
        sets: 3
        reps: 8
"""

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        sessions = program.sessions_per_week
        if sessions is None:
            return
        days: dict[str, str] = {}
        for workout in program.workouts:
            if workout.day is not None:
                days.setdefault(workout.day, str(workout.data["day"]).strip())
        if len(days) > sessions:
            named = ", ".join(days.values())
            yield Violation(
                program.span(("sessions-per-week",)),
                f"sessions-per-week is {sessions}, but the workouts name {len(days)} different "
                f"days ({named}); make sessions-per-week at least {len(days)}, or drop the "
                "'day' of the workouts that rotate",
            )
