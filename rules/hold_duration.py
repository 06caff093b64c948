"""Keep isometric holds in the ranges the guidance gives.

**What it checks.** When an exercise listed in ``holds`` has a ``hold``, the
hold (a single duration or a range such as ``20-60 s``) lies inside the range
given for that exercise. Exercises are named by catalog id, and aliases match
(``bridge`` is the glute bridge).

**Why.** Guidance text 002 gives hold times: a plank is held for 20-60
seconds, a glute bridge for 8-12 seconds at the top of each rep, and a
superman for 2-3 seconds. Shorter holds do little; much longer ones usually
mean the form has already gone.

**Thresholds.** ``holds``: ``plank`` 20-60 s, ``glute-bridge`` 8-12 s,
``superman`` 2-3 s (guidance 002). Add your own exercises to the mapping.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from checker.findings import Severity
from checker.program import Program
from checker.rule import Options, Rule, Violation
from checker.units import describe_range_seconds, parse_duration

# [0-9] and [ \t], not \d and \s: JSON Schema patterns are ECMA-262 regexes, where Python's
# Unicode classes would disagree with jsonschema-rs (see schemas/program.schema.json)
_NUMBER = r"[0-9]+(\.[0-9]+)?"
_DURATION_PATTERN = (
    rf"^{_NUMBER}([ \t]*[-–][ \t]*{_NUMBER})?[ \t]*(s|secs?|seconds?|min|mins?|minutes?)$"
)


class HoldDuration(Rule):
    id = "hold-duration"
    summary = "Isometric holds are as long as the guidance says (plank 20-60 s, ...)"
    default_severity = Severity.WARNING
    guidance = "002"
    options_schema = {
        "holds": {
            "type": "object",
            "description": "Allowed hold range per exercise (catalog id -> range like '20-60 s').",
            "additionalProperties": {"type": "string", "pattern": _DURATION_PATTERN},
        },
    }
    defaults = {"holds": {"plank": "20-60 s", "glute-bridge": "8-12 s", "superman": "2-3 s"}}
    failing_example = """\
program: Long plank
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: plank
        sets: 3
        hold: 2 min
"""
    passing_example = """\
program: Good plank
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: plank
        sets: 3
        hold: 45 s
"""

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        holds: Mapping[str, str] = options["holds"]
        limits = {}
        for key, text in holds.items():
            entry = program.catalog.get(key) or program.catalog.find(key)
            bounds = parse_duration(text)
            if entry is not None and bounds is not None:
                limits[entry.id] = bounds
        for _, use in program.exercises():
            hold = use.hold
            if use.exercise is None or hold is None or use.exercise.id not in limits:
                continue
            bounds = limits[use.exercise.id]
            if hold.low < bounds.low or hold.high > bounds.high:
                yield Violation(
                    program.name_span(use),
                    f"'{use.name}' is held for {describe_range_seconds(hold)}; hold a "
                    f"{use.exercise.name.lower()} for {describe_range_seconds(bounds)}",
                )
