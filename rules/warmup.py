"""Start every workout with a warm-up of 5 to 8 minutes.

**What it checks.** Every workout starts with a warm-up, written in any of these
ways:

* the program's top-level ``warmup`` (one warm-up for every workout), or a
  workout's own ``warmup``: a duration such as ``6 min``, the warm-up in words
  (``5-10 min bike, then arm circles``, whose leading duration is judged;
  ``general warm-up as needed``, whose length is not, nor that of a time given per
  activity, ``30 s each of jumping jacks, squats and jogging``), or a mapping with a
  ``duration`` and the ``activities``;
* warm-up sets or activation drills at the start of the workout: entries marked
  ``warmup: true``, or catalog warm-up drills (arm circles, band pull-aparts,
  leg swings, ...);
* a first exercise whose sets climb to the working weight: its notes or load say
  so (``ramping``, ``work up to a top set``, ``first set light``,
  ``+10 lb each set``, ``ascending``) or its load is a
  percentage range from 60% or less, 15 points wide or more, over three sets or
  more (``50-80% 1RM``, the ramped 5 x 5 of Bill Starr and Madcow; a
  dynamic-effort ``50-60%`` is speed work, not a ramp). Its light sets are the specific warm-up
  (a lighter version of the exercise itself) that ACSM GETP describes.

A program that writes no warm-up anywhere gets one ``info`` finding (on the
``workouts`` key, or on the workout of a one-workout program), not one per workout:
published programs and coaches' sheets often leave the warm-up unwritten, and a
program that does not write one does not say its athlete skips it, so the finding
says what text 002 asks without calling the program wrong. When some workouts have
a written warm-up and others lack one, the gap is most likely an omission: one finding with
the rule's severity, at the first of them, names them all; so does a program whose
notes say there is none (``no warm-up, straight into it``), which departs from 002:16;
notes that only say none is written (``the source gives no warm-up``, ``no warm-up or
rest periods are given``) leave the program silent. A first exercise that climbs to
its working weight warms up its own workout but writes no warm-up, so the other
workouts' silence stays ``info`` (a heavy day that works up to a top single beside a
light day that says nothing).
A warm-up duration is checked against ``min-minutes`` to ``max-minutes``.
A workout of light work only (cardio, stability holds such as planks and bird
dogs, balance drills, mobility and warm-up drills: a walk, a session of rehab holds,
a falls-prevention balance class) is itself
at a warm-up's intensity and is not judged, and a workout that starts with
steady cardio of five minutes or more (a walk, an easy run: not intervals or sprints;
given as a distance, a mile on foot or 4 km on a bike) has its warm-up in the cardio's
first minutes, the light aerobic activity ACSM GETP describes as a warm-up. A workout
named for recovery (``Recovery``, ``Active recovery``, ``Regeneration``, ``Flush``) is
light by its own account, a workout on the same ``day`` as an earlier workout that has a
warm-up follows it (the abs session after the chest and back session of a
home program), and a session whose notes (or the program's) put it right after
other training (``after apparatus training``, ``post-practice``, ``after team
training``) starts warm: none of them is judged. A warm-up given in words in the
workout's or the program's notes (``warm up as needed``, ``general warm-up, then
warm-up sets``) is a warm-up too; its length is not judged (the notes do not say
it where the rule can read it), and notes that say there is none (``no warm-up``)
do not count.

**Why.** Text 002 asks for five to eight minutes of warm-up followed by dynamic
moves such as arm circles and band pull-aparts (002:16).

**How the sources are weighed.** ACSM's Guidelines for Exercise Testing and
Prescription ask for at least 5-10 minutes, so a longer warm-up (the 15 minutes
of a weightlifting or powerlifting session) is ``info`` naming both, and only a
warm-up shorter than 5 minutes, which neither source supports, has the rule's
severity. The same warm-up in several workouts is one finding naming them all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from checker.evidence import Claim, weigh
from checker.findings import Severity
from checker.lazy_pattern import LazyPattern
from checker.loader import Path
from checker.program import ExerciseUse, Program, Workout
from checker.rule import Habits, Options, Rule, Violation, by_level
from checker.sources import HEALTHY_TRAINEES
from checker.units import describe_range_seconds, parse_duration
from checker.warm_start import steady_cardio
from checker.warmup_notes import NOT_A_WARMUP, WARMUP_NOTE, says_none

_STANDARD = Claim("ACSM GETP", "at least 5-10 minutes of warm-up", 300, None)


def is_light(workout: Workout) -> bool:
    """Whether the workout holds only light work, at a warm-up's intensity: cardio,
    stability holds, balance drills, mobility and warm-up drills (a walk, a rehab session of holds).
    An exercise the catalog does not know is not assumed light."""
    if _RECOVERY.search(workout.name):
        return True  # a session named for recovery is light by its own account
    return bool(workout.exercises) and all(
        use.exercise is not None
        and (
            use.is_warmup
            or use.has("cardio")
            or use.has("deep-core")
            or use.exercise.pattern in ("mobility", "balance")
        )
        for use in workout.exercises
    )


#: Notes saying that the first exercise's sets climb to the working weight: its first
#: sets are a specific warm-up, as in Madcow's or Bill Starr's ramped 5 x 5.
_RAMP = LazyPattern(
    r"\bramp|\b(?:work|working|works|build|building|builds)\s+up\b|\bpyramid\s+up\b"
    r"|\bfirst\s+sets?\s+(?:light|easy)\b|\bfeeder\s+sets?\b|\bwarm-?up\s+sets?\b"
    # the weight rises set by set: "+10 lb each set", "add 5 kg every set", "ascending"
    r"|(?:\+\s*\d+(?:\.\d+)?\s*(?:kg|lbs?|%)|\b(?:add|adding|increase|increasing|go\s+up"
    r"|going\s+up)\b[^.;]{0,25}?)\s*(?:each|every|per|a)\s+set\b|\bascending\b",
    re.IGNORECASE,
)
#: Notes saying that the session follows other training the same day (gymnastics
#: conditioning after apparatus work, a lift after team practice): the body is warm.
_AFTER_PRACTICE = LazyPattern(
    r"\b(?:after|following|post-?)\s*(?:[\w-]+\s+){0,3}?"
    r"(?:practice|apparatus|team\s+(?:training|session)|skills?\s+(?:training|session|work)"
    r"|technical\s+(?:training|session)|on-ice|ice\s+time|pitch\s+session|field\s+session"
    r"|court\s+session|mat\s+session|sparring|randori)\b",
    re.IGNORECASE,
)
#: Workout names that declare a recovery session, light by definition.
_RECOVERY = re.compile(r"\b(?:recovery|regeneration|restoration|flush)\b", re.IGNORECASE)


def _notes(data: Mapping[str, object]) -> str:
    notes = data.get("notes")
    return notes if isinstance(notes, str) else ""


def warmup_in_notes(program: Program, workout: Workout) -> bool:
    """Whether the workout's or the program's notes give a warm-up in words (``warm up as
    needed``, ``10 min general warm-up``): a mention that is not one saying there is none
    (``no warm-up``, ``no warm-up written``)."""
    for text in (_notes(workout.data), _notes(program.data)):
        negated = [m.span() for m in NOT_A_WARMUP.finditer(text)]
        for found in WARMUP_NOTE.finditer(text):
            if not any(start <= found.start() < end for start, end in negated):
                return True
    return False


def warmed_by_practice(program: Program, workout: Workout) -> bool:
    """Whether the workout's or the program's notes put the session right after other
    training (practice, apparatus work, team training): its warm-up is behind it."""
    return bool(
        _AFTER_PRACTICE.search(_notes(workout.data)) or _AFTER_PRACTICE.search(_notes(program.data))
    )


#: A load that climbs across the sets: ``50-80% 1RM`` over five sets of five.
_RAMP_LOAD = LazyPattern(r"\s*(\d{1,3})\s*[-–]\s*(\d{1,3})\s*%")


def _ramps(use: ExerciseUse) -> bool:
    """Whether the entry's sets climb to the working weight: its notes or load say so
    (``+10 lb each set``, ``ascending``), or its load is a percentage range from 60% or
    less, 15 points wide or more, over three sets or more (a dynamic-effort 50-60% is
    speed work, not a ramp)."""
    load = use.entry.get("load")
    if _RAMP.search(_notes(use.entry)) or (isinstance(load, str) and _RAMP.search(load)):
        return True
    match = _RAMP_LOAD.match(load) if isinstance(load, str) else None
    return (
        match is not None
        and (use.sets or 0) >= 3
        and int(match.group(1)) <= 60
        and int(match.group(2)) - int(match.group(1)) >= 15
    )


def _ramped(workout: Workout) -> bool:
    """Whether the workout's first entry climbs to its working weight (and is no warm-up
    set or drill of its own)."""
    first = workout.exercises[0] if workout.exercises else None
    return first is not None and not first.is_warmup and _ramps(first)


def starts_with_warmup(workout: Workout) -> bool:
    """Whether the workout's first entry is warm-up sets or a warm-up drill, or steady
    cardio of at least five minutes (a walk, an easy run or ride: its first minutes are
    the light aerobic warm-up ACSM GETP describes); intervals and sprints are not. (A
    first entry that ramps to its working weight is :func:`_ramped`.)"""
    if not workout.exercises:
        return False
    first = workout.exercises[0]
    return first.is_warmup or steady_cardio(first)


#: A warm-up whose time is given per activity ('30 s each of jumping jacks, squats and
#: jogging', '1 min per movement'): the text gives no total length to judge
_PER_ACTIVITY = LazyPattern(
    r"\s*\d[\d.,/½¼¾]*(?:\s*[-–]\s*\d[\d.,/½¼¾]*)?\s*(?:s|secs?|seconds?|m|mins?|minutes?)\.?\s+"
    r"(?:each|per|apiece|a\s+piece)\b(?!\s+(?:side|leg|arm)s?\b)",
    re.IGNORECASE,
)


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
program: Cold start on Thursdays
workouts:
  - name: Day A
    warmup: 6 min
    exercises:
      - exercise: deadlift
        sets: 3
        reps: 8
  - name: Day B
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
        missing, silent = _unwarmed(program)
        yield from _missing(program, missing, wanted, silent)
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
            duration = parse_duration(value)  # words after it are a description
            if isinstance(value, str) and _PER_ACTIVITY.match(value):
                duration = None  # '30 s each of jumping jacks, squats, ...': no total given
            if duration is None or program.flagged(path):
                continue  # no length given, or not a duration: the schema reports it
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


def _unwarmed(program: Program) -> tuple[list[Workout], bool]:
    """The workouts that need a warm-up and have none, and whether the program is silent
    about warm-ups: none written anywhere, and no notes saying there is none."""
    missing: list[Workout] = []
    any_warmed = False
    warm_days: set[str] = set()  # days whose earlier workout is warmed up
    for w in program.workouts:
        day = w.day
        # a top set worked up to, or the session after practice, warms the body up, but
        # writes no warm-up: the program's other workouts are not missing one it has
        ramped = _ramped(w)
        implicit = ramped or warmed_by_practice(program, w)
        written = (
            program.warmup_value(w) is not None
            or (not ramped and starts_with_warmup(w))
            or warmup_in_notes(program, w)
        )
        warmed = written or implicit or (day is not None and day in warm_days)
        # (a light workout's own cardio says nothing of the program's habit)
        light = is_light(w)
        any_warmed = any_warmed or (written and (not light or program.warmup_value(w) is not None))
        if warmed and day is not None:
            warm_days.add(day)
        if not warmed and not light:
            missing.append(w)
    said_none = any(
        says_none(_notes(data)) for data in (program.data, *(w.data for w in program.workouts))
    )
    return missing, not any_warmed and not said_none


def _missing(
    program: Program, missing: list[Workout], wanted: str, silent: bool
) -> Iterator[Violation]:
    """The finding for the workouts without a warm-up: one for the program when none has
    one, else one at the first of them naming them all. A program that writes no warm-up
    anywhere, and does not say it has none (``silent``), gets ``info``: it does not say
    the athlete skips one."""
    if not missing:
        return
    everywhere = len(missing) == len(program.workouts) and len(missing) > 1
    if silent:
        which = (
            "no warm-up is written for any workout"
            if everywhere
            else f"no warm-up is written for {_names(missing)}"
        )
        yield Violation(
            program.week_span() if everywhere else program.workout_span(missing[0]),
            f"{which}; text 002 asks for {wanted} before training (002:16): if the athlete "
            "warms up, write it ('warmup: 6 min' at the top of the program, or warm-up "
            "sets marked 'warmup: true')",
            Severity.INFO,
        )
    elif everywhere:
        yield Violation(
            program.week_span(),
            f"no workout has a warm-up; start each with {wanted} (002:16): add "
            "'warmup: 6 min' at the top of the program, or warm-up sets marked "
            "'warmup: true'",
        )
    elif len(missing) == len(program.workouts):
        yield Violation(
            program.workout_span(missing[0]),
            f"'{missing[0].name}' has no warm-up; start with {wanted} (002:16): add "
            "'warmup: 6 min', or warm-up sets marked 'warmup: true'",
        )
    elif len(missing) > 1:  # one omission, one finding: at the first, naming them all
        yield Violation(
            program.workout_span(missing[0]),
            f"{len(missing)} workouts have no warm-up ({_names(missing)}) where others have "
            f"one; start each with {wanted} (002:16): add 'warmup: 6 min' to each, or "
            "warm-up sets marked 'warmup: true'",
        )
    else:
        yield Violation(
            program.workout_span(missing[0]),
            f"'{missing[0].name}' has no warm-up where other workouts have one; start "
            f"with {wanted} (002:16): add 'warmup: 6 min', or warm-up sets marked "
            "'warmup: true'",
        )


def _names(workouts: list[Workout]) -> str:
    return ", ".join(f"'{w.name}'" for w in workouts)
