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
  bodybuilding back day is a disagreement between sources, not a mistake.

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
from checker.volume import back_exercises

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
    }
    defaults = {"max": {"beginner": 2, "intermediate": 3, "advanced": 3}, "template-max": 4}
    sources = {
        "max": "000:95 (at most 3 back exercises per workout), 000:93 (two for beginners)",
        "template-max": "002:12 (Day B of the template: four back-training entries)",
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
        sets: 3
        reps: 8
      - exercise: pull-up
        sets: 3
        reps: 8
      - exercise: barbell row
        sets: 3
        reps: 10
      - exercise: lat pulldown
        sets: 3
        reps: 10
      - exercise: seated cable row
        sets: 3
        reps: 10
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
        for workout in program.workouts:
            uses = back_exercises(workout)
            if len(uses) <= limit:
                continue
            verdict = weigh(len(uses), len(uses), claims)
            if verdict is None:
                continue
            names = ", ".join(f"'{use.name}'" for use in uses)
            yield Violation(
                program.name_span(uses[min(limit, len(uses) - 1)]),
                f"{len(uses)} back exercises in '{workout.name}' ({names}); {verdict.reason()}",
                verdict.severity,
            )
