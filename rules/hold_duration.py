"""Keep isometric holds in the ranges text 002 gives.

**What it checks.** When an exercise listed in ``holds`` has a ``hold``, the
hold (a single duration or a range such as ``20-60 s``) lies inside the range
given for that exercise. Exercises are named by catalog id, and aliases match
(``bridge`` is the glute bridge). Other exercises' holds are not judged: no
guidance text gives them a time.

**Why.** Text 002 gives hold times: a plank for 20-60 seconds (002:3), a
superman for 2-3 seconds at the top of each rep (002:4), a bridge for 8-12
seconds per rep (002:5). These are the texts' only hold times, so a hold
outside them has the rule's severity. The defaults are read from the
per-exercise prescriptions (``checker/data/prescriptions.json``). The superman's
and the bridge's times are the pause of each repetition, so an entry with a
``hold`` and no ``reps`` (one sustained hold, as a swimmer's dryland superman
hold) is a different exercise dose that text 002 does not time, and is not judged.
A bridge whose reps pause 2-3 seconds at the top (or partly so: 1-3 s) is ``info``:
text 002 holds the bridge longer, but gives that very pause to the superman, its other
posterior-chain exercise of held reps (002:4), so one passage supports the
squeeze and another does not. A range that reaches into the text's range (a plank
held ``10-30 s``, building up to the text's 20-60 s) is ``info``: part of it is
what the text prescribes.

**Goals.** Text 002 writes for back definition with fat loss. In a program
whose ``goal`` is ``strength``, ``hypertrophy`` or ``posture``, a hold outside
its times is ``info`` (the same holds for text 002's sets and reps in
``set-range`` and ``rep-range``); with ``fat-loss``, ``general`` or no goal it has
the rule's severity.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from checker.findings import Severity
from checker.prescriptions import binding_for, prescriptions
from checker.program import ExerciseUse, Program
from checker.rule import Options, Rule, Violation
from checker.sources import HEALTHY_TRAINEES
from checker.units import Range, describe_range_seconds, parse_duration

# [0-9] and [ \t], not \d and \s: JSON Schema patterns are ECMA-262 regexes, where Python's
# Unicode classes would disagree with jsonschema-rs (see schemas/program.schema.json)
_NUMBER = r"[0-9]+(\.[0-9]+)?"
_DURATION_PATTERN = (
    rf"^{_NUMBER}([ \t]*[-–][ \t]*{_NUMBER})?[ \t]*(s|secs?|seconds?|min|mins?|minutes?)$"
)

#: The holds of text 002, from the per-exercise prescriptions.
_HOLDS = {
    exercise_id: describe_range_seconds(p.hold)
    for exercise_id, p in prescriptions().items()
    if p.hold is not None
}
_CITES = ", ".join(f"{p.cite} ({i})" for i, p in prescriptions().items() if p.hold is not None)


def _other_pause(exercise_id: str, hold: Range) -> str | None:
    """Text 002's other per-rep pause that allows ``hold``, or part of it ("superman for
    2-3 s (002:4)"), if there is one: a short squeeze at the top of a bridge is the
    superman's pause."""
    for other_id, known in prescriptions().items():
        pause = known.hold
        if other_id == exercise_id or known.reps is None or pause is None:
            continue
        if pause.low <= hold.high and hold.low <= pause.high:  # inside it, or partly
            return f"{other_id} for {describe_range_seconds(pause)} ({known.cite})"
    return None


class HoldDuration(Rule):
    id = "hold-duration"
    summary = "Isometric holds are as long as text 002 says (plank {holds[plank]}, ...)"
    default_severity = Severity.WARNING
    goals_out_of_scope = HEALTHY_TRAINEES
    guidance = "002"
    options_schema = {
        "holds": {
            "type": "object",
            "description": "Allowed hold range per exercise (catalog id -> range like '20-60 s').",
            "additionalProperties": {"type": "string", "pattern": _DURATION_PATTERN},
        },
    }
    defaults = {"holds": _HOLDS}
    sources = {"holds": _CITES}
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
        cites = {}
        for key, text in holds.items():
            entry = program.catalog.get(key) or program.catalog.find(key)
            bounds = parse_duration(text)
            if entry is not None and bounds is not None:
                limits[entry.id] = bounds
                known = prescriptions().get(entry.id)
                if known is not None and known.hold == bounds:
                    cites[entry.id] = f" ({known.cite})"
        binding = binding_for(program.goal)
        for _, use in program.exercises():
            hold = use.hold
            if use.exercise is None or hold is None or use.exercise.id not in limits:
                continue
            path = (*use.path, "hold")
            if program.flagged(path):
                continue
            known = prescriptions().get(use.exercise.id)
            if known is not None and known.reps is not None and use.entry.get("reps") is None:
                continue  # a sustained hold: text 002 times the pause of each rep
            bounds = limits[use.exercise.id]
            if hold.low < bounds.low or hold.high > bounds.high:
                message, severity = _verdict(
                    use, hold, bounds, cites.get(use.exercise.id, ""), binding
                )
                yield Violation(program.span(path), message, severity, program.name_span(use))


def _verdict(
    use: ExerciseUse, hold: Range, bounds: Range, cite: str, binding: bool
) -> tuple[str, Severity | None]:
    """The message and severity (None: the rule's own) for a hold outside ``bounds``."""
    held = f"'{use.name}' is held for {describe_range_seconds(hold)}"
    name = use.exercise.name.lower() if use.exercise is not None else use.name
    times = f"{describe_range_seconds(bounds)}{cite}"
    other = _other_pause(use.exercise.id, hold) if use.exercise and use.entry.get("reps") else None
    if cite and other is not None:
        return (
            f"{held} in each rep; the sources disagree: text 002 holds a {name} for {times}, "
            f"and pauses each rep of the {other}",
            Severity.INFO,
        )
    if hold.high >= bounds.low and hold.low <= bounds.high:
        # a range that reaches into the text's (10-30 s of a plank, building up to the
        # text's 20-60 s): part of what it prescribes is supported
        shown = describe_range_seconds(bounds)
        return f"{held}, partly inside the {shown} text 002 gives a {name}{cite}", Severity.INFO
    if cite and not binding:
        return (
            f"{held}; text 002 holds a {name} for {times}, in a program written for fat loss, "
            "not for this goal",
            Severity.INFO,
        )
    return f"{held}; hold a {name} for {times}", None
