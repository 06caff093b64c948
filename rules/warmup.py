"""Start every workout with a warm-up of 5 to 8 minutes.

**What it checks.** Every workout starts with a warm-up, written in any of these
ways:

* the program's top-level ``warmup`` (one warm-up for every workout), or a
  workout's own ``warmup``: a duration such as ``6 min``, or a mapping with a
  ``duration`` and the ``activities``;
* warm-up sets or activation drills at the start of the workout: entries marked
  ``warmup: true``, or catalog warm-up drills (arm circles, band pull-aparts,
  leg swings, ...).

A program with no warm-up anywhere gets one finding (on the ``workouts`` key),
not one per workout; when only some workouts lack one, each of those is named.
A warm-up duration is checked against ``min-minutes`` to ``max-minutes``.
A workout of light work only (cardio, stability holds such as planks and bird
dogs, mobility and warm-up drills: a walk, a session of rehab holds) is itself
at a warm-up's intensity and is not judged, and a workout that starts with
steady cardio of five minutes or more (a walk, an easy run: not intervals or
sprints) has its warm-up in the cardio's first minutes, the light aerobic
activity ACSM GETP describes as a warm-up.

**Why.** Text 002 asks for five to eight minutes of warm-up followed by dynamic
moves such as arm circles and band pull-aparts (002:16).

**How the sources are weighed.** ACSM's Guidelines for Exercise Testing and
Prescription ask for at least 5-10 minutes, so a longer warm-up (the 15 minutes
of a weightlifting or powerlifting session) is ``info`` naming both, and only a
warm-up shorter than 5 minutes, which neither source supports, has the rule's
severity. The same warm-up in several workouts is one finding naming them all.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from checker.evidence import Claim, weigh
from checker.findings import Severity
from checker.loader import Path
from checker.program import Program, Workout
from checker.rule import Habits, Options, Rule, Violation, by_level
from checker.sources import HEALTHY_TRAINEES
from checker.units import describe_range_seconds, parse_duration

_STANDARD = Claim("ACSM GETP", "at least 5-10 minutes of warm-up", 300, None)


def is_light(workout: Workout) -> bool:
    """Whether the workout holds only light work, at a warm-up's intensity: cardio,
    stability holds, mobility and warm-up drills (a walk, a rehab session of holds).
    An exercise the catalog does not know is not assumed light."""
    return bool(workout.exercises) and all(
        use.exercise is not None
        and (
            use.is_warmup
            or use.has("cardio")
            or use.has("deep-core")
            or use.exercise.pattern == "mobility"
        )
        for use in workout.exercises
    )


def starts_with_warmup(workout: Workout) -> bool:
    """Whether the workout's first entry is warm-up sets or a warm-up drill, or steady
    cardio of at least five minutes (a walk, an easy run or ride: its first minutes are
    the light aerobic warm-up ACSM GETP describes); intervals and sprints are not."""
    if not workout.exercises:
        return False
    first = workout.exercises[0]
    if first.is_warmup:
        return True
    exercise = first.exercise
    if exercise is None or not first.has("cardio") or "intervals" in first.entry:
        return False
    if any(word in exercise.id for word in _HARD_CARDIO):
        return False
    duration = first.duration
    return duration is not None and duration.low >= 300


#: cardio that is hard work, not a warm-up
_HARD_CARDIO = ("sprint", "interval", "hiit", "tempo", "shuttle")


class Warmup(Rule):
    id = "warmup"
    summary = "Every workout starts with a {min-minutes}-{max-minutes} minute warm-up"
    default_severity = Severity.WARNING
    goals_out_of_scope = HEALTHY_TRAINEES
    guidance = "002"
    uses_catalog = False
    options_schema = {
        "min-minutes": by_level(
            {"type": "number", "minimum": 0, "description": "Shortest warm-up, in minutes."}
        ),
        "max-minutes": by_level(
            {"type": "number", "minimum": 0, "description": "Longest warm-up, in minutes."}
        ),
    }
    defaults = {"min-minutes": 5, "max-minutes": 8}
    sources = {"min-minutes": "002:16 (warm up for 5-8 minutes)", "max-minutes": "002:16"}
    ranges = (("min-minutes", "max-minutes"),)
    failing_example = """\
program: Cold start
workouts:
  - name: Day A
    exercises:
      - exercise: deadlift
        sets: 3
        reps: 8
"""
    passing_example = """\
program: Warm start
warmup: 6 min
workouts:
  - name: Day A
    exercises:
      - exercise: deadlift
        sets: 3
        reps: 8
"""

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        low, high = float(options["min-minutes"]), float(options["max-minutes"])
        wanted = f"{low:g}-{high:g} minutes"
        missing = [
            w
            for w in program.workouts
            if program.warmup_value(w) is None and not starts_with_warmup(w) and not is_light(w)
        ]
        if missing and len(missing) == len(program.workouts) and len(missing) > 1:
            yield Violation(
                program.week_span(),
                f"no workout has a warm-up; start each with {wanted} (002:16): add "
                "'warmup: 6 min' at the top of the program, or warm-up sets marked "
                "'warmup: true'",
            )
        else:
            for workout in missing:
                yield Violation(
                    program.workout_span(workout),
                    f"'{workout.name}' has no warm-up; start with {wanted} (002:16): add "
                    "'warmup: 6 min', or warm-up sets marked 'warmup: true'",
                )
        claims = [Claim("002:16", f"{wanted} of warm-up", low * 60, high * 60), _STANDARD]
        checked: set[Path] = set()
        habits = Habits()
        for workout in program.workouts:
            value = program.warmup_value(workout)
            path = program.warmup_path(workout)
            if value is None or path in checked or is_light(workout):
                continue
            checked.add(path)
            if isinstance(value, Mapping):
                value, path = value.get("duration"), (*path, "duration")
            duration = parse_duration(value)
            if duration is None or program.flagged(path):
                continue  # not a duration: the schema reports it
            verdict = weigh(duration.low, duration.high, claims)
            if verdict is None:
                continue
            whose = (
                "the program's warm-up"
                if path[0] == "warmup"
                else (f"the warm-up of '{workout.name}'")
            )
            habits.add(
                (duration.low, duration.high, path[0] == "warmup"),
                workout.name,
                Violation(
                    program.span(path),
                    f"{whose} is {describe_range_seconds(duration)}; {verdict.reason()}",
                    verdict.severity,
                ),
            )
        yield from habits.violations()
