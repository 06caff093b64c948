"""Keep the number of back exercises in one workout to what the guidance calls enough.

**What it checks.** In every workout, the back exercises are counted: exercises
with a superficial back muscle of text 000 (lats, traps, rhomboids, the back
extensor, rear delts, teres) among their primary muscles. Deep-muscle
supplements (tag ``deep-core``: plank, bird dog, superman, ...), cardio and
warm-up sets or drills do not count; exercises in circuits and supersets do.
``trainlint exercises`` says which exercises count.

**Why.** Text 000 calls at most three back exercises per workout enough for
trained people (000:95) and two for beginners, whose back work belongs in a
full-body plan (000:93). Text 002's own template has a day with four
back-training entries (002:12, Day B). So:

* up to ``max``: no finding;
* above ``max`` but at most ``template-max``: ``info`` naming both texts (000
  would stop earlier, 002's Day B goes that far);
* above ``template-max``: no source supports it, the rule's severity;
* in a program whose ``goal`` is ``hypertrophy``, more back exercises are
  ``info`` at any count: text 000 calls three enough, not too many, and more
  weekly sets per muscle group grew more muscle (Schoenfeld 2017), so a
  bodybuilding back day is a disagreement between sources, not a mistake (a
  program that names no goal is told so in the finding);
* for intermediate and advanced lifters, more back exercises are also ``info``
  while the week's back sets stay within ``weekly-sets`` (20): trained lifters
  grew as much muscle on 12-20 weekly sets per muscle group as on more
  (Baz-Valle 2022), and with the week's sets equal, how they are split across
  sessions made no difference (Schoenfeld 2019). This is the split's back day
  (text 000:99 lets a split give the back a whole session): six exercises of
  two or three sets, once a week, are the week's back volume in one session,
  not too much of it. Above ``weekly-sets`` no source supports the count and
  the rule reports at its severity. Beginners get no such allowance: text 000
  gives them one or two back exercises (000:91, 000:93).

The week's back sets are the sets of every back exercise of every workout,
each workout counted as often as it is done in a week (once, or its share of
``sessions-per-week``); warm-up sets do not count, and an exercise without
``sets`` counts one.

An exercise counts once per workout however many entries it has (a top set and
back-off sets of rows are one exercise).

The finding is placed on the first exercise over ``max`` and names every
exercise that was counted.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.evidence import Claim, weigh
from checker.findings import Severity
from checker.program import Program
from checker.rule import Options, Rule, Violation, by_level
from checker.sources import HEALTHY_TRAINEES
from checker.volume import back_exercises, weekly_back_sets

#: Text 000 calls three back exercises enough; for hypertrophy, more weekly volume grew
#: more muscle, so a bodybuilding back day with more exercises is a disagreement, not a
#: mistake.
_MORE_VOLUME = Claim(
    "Schoenfeld 2017",
    "more weekly sets per muscle group grew more muscle, for hypertrophy",
    None,
    None,
    supports_only=True,
)


#: What a program that names no goal is told: declared, a goal of muscle growth would make
#: the finding info
_UNNAMED_GOAL = (
    "; the program names no goal: if it is for muscle growth, say 'goal: hypertrophy' "
    "(Schoenfeld 2017)"
)


class MaxBackExercises(Rule):
    id = "max-back-exercises"
    summary = (
        "A workout has at most {max[intermediate]} back exercises ({max[beginner]} for beginners)"
    )
    default_severity = Severity.ERROR
    goals_out_of_scope = HEALTHY_TRAINEES
    guidance = "000, 002"
    options_schema = {
        "max": by_level(
            {
                "type": "integer",
                "minimum": 1,
                "description": "Most back exercises in one workout before the finding.",
            }
        ),
        "template-max": by_level(
            {
                "type": "integer",
                "minimum": 1,
                "description": "Most back exercises any source supports in one workout.",
            }
        ),
        "weekly-sets": by_level(
            {
                "type": "integer",
                "minimum": 0,
                "description": "Most weekly back sets with which more back exercises in one "
                "workout are info, not a finding (0: never).",
            }
        ),
    }
    defaults = {
        "max": {"beginner": 2, "intermediate": 3, "advanced": 3},
        "template-max": 4,
        "weekly-sets": {"beginner": 0, "intermediate": 20, "advanced": 20},
    }
    sources = {
        "max": "000:95 (at most 3 back exercises per workout), 000:93 (two for beginners)",
        "template-max": "002:12 (Day B of the template: four back-training entries)",
        "weekly-sets": "Baz-Valle 2022 (12-20 weekly sets per muscle group for trained "
        "lifters); Schoenfeld 2019 (how the week's sets are split matters little); 000:91 and "
        "000:93 (one or two back exercises for beginners, so none for them)",
    }
    ranges = (("max", "template-max"),)
    failing_example = """\
program: Back day
level: intermediate
workouts:
  - name: Back day
    warmup: 5 min
    exercises:
      - exercise: deadlift
        sets: 4
        reps: 8
      - exercise: pull-up
        sets: 4
        reps: 8
      - exercise: barbell row
        sets: 4
        reps: 10
      - exercise: lat pulldown
        sets: 4
        reps: 10
      - exercise: seated cable row
        sets: 4
        reps: 10
      - exercise: straight-arm pulldown
        sets: 4
        reps: 12
"""
    passing_example = """\
program: Enough back
level: beginner
workouts:
  - name: Pull day
    warmup: 5 min
    exercises:
      - exercise: deadlift
        sets: 3
        reps: 8
      - exercise: lat pulldown
        sets: 3
        reps: 10
      - exercise: plank
        sets: 3
        hold: 30 s
"""

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        limit, template = int(options["max"]), int(options["template-max"])
        claims = [
            Claim(
                "000:93" if program.level == "beginner" else "000:95",
                f"at most {limit} back exercises per workout for {program.level} lifters",
                None,
                limit,
            ),
            Claim("002:12", f"its Day B has {template} back-training entries", None, template),
        ]
        if program.goal == "hypertrophy":
            claims.append(_MORE_VOLUME)
        weekly: list[Claim] | None = None  # counted when first needed
        for workout in program.workouts:
            uses = back_exercises(workout)
            if len(uses) <= limit:
                continue
            if weekly is None:
                found = _weekly_claim(program, int(options["weekly-sets"]), limit)
                weekly = [found] if found is not None else []
            more = weekly if len(uses) > template else []
            verdict = weigh(len(uses), len(uses), [*claims, *more])
            if verdict is None:
                continue
            names = ", ".join(f"'{use.name}'" for use in uses)
            unnamed = ""
            if verdict.severity is None and program.goal is None and program.level != "beginner":
                unnamed = _UNNAMED_GOAL  # declared, muscle growth would support it
            yield Violation(
                program.name_span(uses[min(limit, len(uses) - 1)]),
                f"{len(uses)} back exercises in '{workout.name}' ({names}); "
                f"{verdict.reason()}{unnamed}",
                verdict.severity,
            )


def _weekly_claim(program: Program, most: int, limit: int) -> Claim | None:
    """What the weekly-volume studies say about more back exercises in one workout: they
    support it while the week's back sets stay within ``most``, and refuse it above."""
    if most <= 0:
        return None
    weekly = weekly_back_sets(program)
    shown = f"{weekly:g}" if weekly == int(weekly) else f"{weekly:.1f}"
    if weekly <= most:
        return Claim(
            "Baz-Valle 2022, Schoenfeld 2019",
            f"the week's {shown} back sets are within the {most} weekly sets per muscle "
            "group that trained lifters grew on, however the sessions split them",
            supports_only=True,
        )
    return Claim(
        "Baz-Valle 2022",
        f"12-{most} weekly sets per muscle group grew trained lifters' muscle as well as more "
        f"did; this week has {shown} back sets",
        None,
        limit,
    )
