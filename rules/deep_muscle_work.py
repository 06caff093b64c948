"""Supplement back training with deep-muscle work.

**What it checks.** A week that trains the back (a back exercise in any workout)
also contains a deep-muscle exercise (catalog tag ``deep-core``: plank, side
plank, bird dog, dead bug, superman, Pallof press, balance work, ...). With
``per-workout: true``, every workout that trains the back must contain one
itself. A week with an unknown exercise or an exercise entry the schema
rejected is not judged: the missing exercise may be that one, and it already
has its finding. A file that may not be the whole week gets ``info``, since the
week's other training may hold the deep-muscle work: one workout with no
``sessions-per-week`` (a magazine's back day), or program notes that call it part
of more training (``done as part of a regular program``, ``an add-on to your pull
day``, ``alongside your usual training``), and a program named for an exercise it
trains on at least half of its days (a "strict pull-up progression", a Marine
Corps pull-up test prep), which specializes in that exercise beside other training.

**Why.** Text 000 asks to supplement the superficial back muscles' training with
exercises for the deep muscles, starting with static holds such as the forearm
plank (000:33, 000:101), and calls it essential with back problems or poor
posture (000:105).

**How the sources are weighed.** Text 000 also says complex exercises that
involve many muscles (done standing, lying or on one leg) train the deep muscles
too (000:33, 000:38). So a week without ``deep-core`` work but with complex
lifts (heavy compound or power lifts; free squats, hinges, lunges, carries,
get-ups and crawls such as a goblet squat or a kettlebell swing, not on a
machine; one-sided movements of many muscles such as one-arm rows, not
one-sided isolation) is ``info``; a week with
neither has the rule's severity. For ``goal: posture`` text 000 calls the deep
work essential (000:105), so the complex lifts do not soften the finding.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Severity
from checker.program import ExerciseUse, Program
from checker.rule import Options, Rule, Violation
from checker.sources import HEALTHY_TRAINEES
from checker.week_scope import week_elsewhere

_ADD = "add a stability exercise such as a plank, side plank, bird dog or dead bug"


def _complex(use: ExerciseUse) -> bool:
    """A heavy compound or power lift, or a one-sided movement of many muscles (a lunge,
    a one-arm row): not a one-sided isolation or mobility drill (000:38 speaks of
    exercises that involve many muscles)."""
    if use.is_warmup or use.exercise is None:
        return False
    if use.has("heavy") or use.has("power"):
        return True
    pattern = use.exercise.pattern or ""
    if pattern in _WHOLE_BODY and "machine" not in use.exercise.equipment:
        return True  # a free squat, hinge, lunge, carry or get-up: standing, many muscles
    return use.has("unilateral") and not pattern.startswith(("isolation", "mobility"))


#: Movement patterns of free, many-muscle exercises (a goblet squat, a kettlebell swing, a
#: farmer's carry, a Turkish get-up): the complex exercises of 000:33 and 000:38.
_WHOLE_BODY = frozenset({"squat", "hinge", "lunge", "carry", "olympic", "get-up", "crawl"})


class DeepMuscleWork(Rule):
    id = "deep-muscle-work"
    summary = "A week of back training includes deep-muscle (stability) work"
    default_severity = Severity.WARNING
    goals_out_of_scope = HEALTHY_TRAINEES
    guidance = "000"
    options_schema = {
        "per-workout": {
            "type": "boolean",
            "description": "Require deep-muscle work in every workout that trains the back.",
        },
    }
    defaults = {"per-workout": False}
    sources = {"per-workout": "000:101 (a supplement to the week's back training)"}
    failing_example = """\
program: No core
sessions-per-week: 2
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: lat pulldown
        sets: 3
        reps: 8
"""
    passing_example = """\
program: With core
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: lat pulldown
        sets: 3
        reps: 8
      - exercise: bird dog
        sets: 2
        reps: 8
        per-side: true
"""

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        uses = [use for _, use in program.exercises()]
        if not any(u.exercise is not None and u.exercise.trains_back for u in uses):
            return
        if program.flagged_entries() or any(u.exercise is None for u in uses):
            return  # an exercise the rules cannot see may be the deep-muscle work
        if options["per-workout"]:
            for workout in program.workouts:
                trains_back = any(
                    u.exercise is not None and u.exercise.trains_back for u in workout.exercises
                )
                if trains_back and not any(u.has("deep-core") for u in workout.exercises):
                    yield Violation(
                        program.workout_span(workout),
                        f"'{workout.name}' trains the back but has no deep-muscle work; {_ADD} "
                        "(000:101)",
                    )
            return
        if any(u.has("deep-core") for u in uses):
            return
        complex_lifts = [u.name for u in uses if _complex(u)]
        if complex_lifts and program.goal != "posture":
            yield Violation(
                program.week_span(),
                "the week has no deep-muscle work; the sources disagree: 000:101 asks to add "
                f"it ({_ADD}), but 000:38 counts complex lifts such as '{complex_lifts[0]}' as "
                "training the deep muscles too",
                Severity.INFO,
            )
            return
        why = " (000:105: essential for posture)" if program.goal == "posture" else " (000:101)"
        elsewhere = week_elsewhere(program)
        if elsewhere is not None:
            yield Violation(
                program.week_span(),
                f"the back is trained but there is no deep-muscle work, if this file is the "
                f"whole week; {_ADD}{why}; {elsewhere}, whose other training may hold it",
                Severity.INFO,
            )
            return
        yield Violation(
            program.week_span(),
            f"the week trains the back but has no deep-muscle work; {_ADD} to at least one "
            f"workout{why}",
        )
