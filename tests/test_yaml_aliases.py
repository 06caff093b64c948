"""A block written once and reused through a YAML alias (``- circuit: *legs``), as home
programs repeat a circuit: it is in the week twice, in the file once, so each finding
about it is reported once."""

from __future__ import annotations

from checker.testing import lint

REUSED = """\
program: P
warmup: 6 min
workouts:
  - name: Legs
    exercises:
      - circuit: &legs
          rounds: 2
          exercises:
            - {exercise: zorbling jumps, reps: 10}
            - {exercise: goblet squat, reps: 12}
      - circuit: *legs
"""


def test_a_finding_inside_a_reused_block_is_reported_once() -> None:
    found = [(f.rule, f.line, f.column) for f in lint(REUSED, plugins=False)]
    assert found.count(("unknown-exercise", 9, 26)) == 1
    assert len(found) == len(set(found))
