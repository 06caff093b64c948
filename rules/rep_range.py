"""Keep repetitions where the guidance puts them: back exercises and text 002's exercises.

**What it checks.** The ``reps`` of the exercises the guidance talks about, and
nothing else (squats, presses, curls and calf raises are not judged):

* a back exercise (a superficial back muscle among its primary muscles; see
  ``trainlint exercises``) takes at least ``min`` reps, and a heavy back lift
  (catalog tag ``heavy``: deadlifts, barbell rows, ...) at least ``heavy-min``.
  Text 000 asks for a weight that can be moved cleanly for at least 8-10 reps
  (000:109) and allows heavy lifts such as deadlifts and rows in the 5-10 range
  for strength (000:113); it sets no upper limit, and names no level for the
  heavy range. Bodyweight back exercises without an added ``load`` (no load, or
  ``load: bodyweight``) are not held to this: the advice is about choosing a
  weight. Nor are reps held for five seconds or more each (``hold: 10 s``, Dan
  John's bat wing): they are isometric holds, not the moving reps 000:109 counts,
  nor the moving reps text 002 prescribes (a towel row held 10-20 s a rep);
* an exercise that text 002 prescribes (lat pulldown and assisted pull-up 6-10,
  rows 8-12, face pull and reverse fly 12-15) takes that range; the superman
  (8-12, held 2-3 s) and the bridge (8, held 8-12 s) are prescribed as held reps,
  so their ranges judge only entries held about that long (a hold overlapping the
  prescription's): 25 bridges pausing 1-3 s are another dose, whose pause
  ``hold-duration`` reports. The prescriptions are data beside the catalog
  (``checker/data/prescriptions.json``), each with its passage.

``max``/``AMRAP`` sets, warm-up sets (``warmup: true``), cardio and a ``reps``
value the schema already reported are not judged.

**How the sources are weighed.** Every source that speaks to the exercise is
asked. When all of them allow the reps there is no finding. When one allows them
(or part of a range) and another does not, the finding is ``info`` and names
both: a lat pulldown at 12 reps suits 000 but not 002's 6-10, at 6 reps it suits
002 but not 000. When none does (a beginner's lat pulldown at 4), the finding has the
rule's severity.

**Goals.** Text 002 writes for back definition with fat loss: in a program whose
``goal`` is ``strength``, ``hypertrophy`` or ``posture``, departing from its
prescriptions alone is ``info``. For ``goal: strength`` and ``goal: hypertrophy``
the ACSM position stand of 2009 and the NSCA's volume assignments by goal are asked
too, and for any other goal the position stand's strength progression, the stand's
advice for healthy adults in general (table below; a program that names no goal is
judged as one of ``goal: general``): an intermediate's heavy triples are ``info``
(supported by the standard, not by text 000) rather than errors, while a beginner's
triples, which neither supports, keep the rule's severity. In an intermediate or
advanced hypertrophy program, heavy sets of 3 to 10 reps are ``info`` as well: a
trial found that sets of 3 grew trained men's muscle as much as sets of 10
(Schoenfeld 2014), which is how powerbuilding's top sets are meant. At any goal,
sets of 10-15 reps are supported by the position stand's muscular-endurance
recommendation for novices and intermediates (light loads), so 15 glute bridges of a
toning circuit are ``info`` where text 002 gives 8, while 20, which no source gives
a novice, keep the rule's severity. When a program that names no goal gets an error
that a declared ``goal: strength`` or ``goal: hypertrophy`` would make ``info`` (the
NSCA's 6 or fewer reps for strength: a college coach's sets of 5 for freshmen), the
finding says which goal and which standard, so the coach can say what the program is for.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.catalog import Exercise
from checker.evidence import Claim, weigh
from checker.findings import Severity
from checker.prescriptions import binding_for, held_reps, prescription_for
from checker.profiles import (
    ENDURANCE_REPS,
    NSCA_REPS,
    REPS,
    TRIAL_REPS,
    reps_claims,
    table,
    unnamed_goal,
)
from checker.program import ExerciseUse, Program
from checker.rule import Habits, Options, Rule, Violation, by_level
from checker.sources import HEALTHY_TRAINEES


def _held(use: ExerciseUse) -> bool:
    """Whether each rep of the entry is an isometric hold (:func:`held_reps`)."""
    return held_reps(use.entry)


_COUNT = {"type": "integer", "minimum": 1}


def _spoken_of(exercise: Exercise) -> bool:
    """Whether a text speaks to this exercise's reps: a back exercise (000) or one that
    text 002 prescribes."""
    return exercise.trains_back or prescription_for(exercise.id) is not None


class RepRange(Rule):
    id = "rep-range"
    summary = (
        "Back exercises take {min}+ reps (heavy lifts {heavy-min}+), text 002's exercises its "
        "ranges"
    )
    default_severity = Severity.ERROR
    goals_out_of_scope = HEALTHY_TRAINEES
    guidance = "000, 002"
    options_schema = {
        "min": by_level({**_COUNT, "description": "Fewest reps of a back exercise."}),
        "heavy-min": by_level({**_COUNT, "description": "Fewest reps of a heavy back lift."}),
    }
    defaults = {"min": 8, "heavy-min": 5}
    sources = {
        "min": "000:109 (at least 8-10 clean reps)",
        "heavy-min": "000:113 (heavy lifts such as deadlifts and rows: 5-10 reps)",
    }
    tables = {"Goal profiles (reps)": table(REPS, NSCA_REPS, "reps", ENDURANCE_REPS, TRIAL_REPS)}
    failing_example = """\
program: Too heavy
level: beginner
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: deadlift
        sets: 3
        reps: 3
"""
    passing_example = """\
program: Just right
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: deadlift
        sets: 3
        reps: 5-8
"""

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        profile = reps_claims(program)
        binding = binding_for(program.goal)
        # the claims depend on the exercise, whether it is loaded and held: worked out once
        known: dict[tuple[str, bool, bool, bool], list[Claim]] = {}
        habits = Habits()
        for workout, use in program.exercises():
            exercise = use.exercise
            if exercise is None or not _spoken_of(exercise):
                continue  # most entries: no text gives their reps (squats, curls, ...)
            reps = use.reps
            if reps is None or use.is_warmup or exercise.has("cardio"):
                continue
            if program.flagged((*use.path, "reps")):
                continue
            key = (
                exercise.id,
                use.adds_load,
                use.entry.get("hold") is not None,
                _held(use),
            )
            claims = known.get(key)
            if claims is None:
                claims = known[key] = self._claims(use, options, binding)
                if claims:
                    claims.extend(profile)
            if not claims:
                continue
            verdict = weigh(reps.low, reps.high, claims)
            if verdict is None:
                continue
            count = "rep" if reps.low == reps.high == 1 else "reps"
            unnamed = ""
            if verdict.severity is None:  # a declared goal's standard may support it
                unnamed = unnamed_goal(program, reps.low, reps.high, reps_claims)
            habits.add(
                (exercise.id, str(reps)),
                workout.name,
                Violation(
                    program.span((*use.path, "reps")),
                    f"'{use.name}' has {reps} {count}; {verdict.reason()}{unnamed}",
                    verdict.severity,
                    program.name_span(use),
                ),
            )
        yield from habits.violations()

    @staticmethod
    def _claims(use: ExerciseUse, options: Options, binding: bool) -> list[Claim]:
        exercise = use.exercise
        assert exercise is not None
        claims: list[Claim] = []
        unloaded = exercise.has("bodyweight") and not use.adds_load
        if exercise.trains_back and not unloaded and not _held(use):
            low = int(options["min"])
            if exercise.has("heavy"):
                heavy = min(low, int(options["heavy-min"]))
                claims.append(
                    Claim(
                        "000:109, 000:113",
                        f"heavy back lifts take {heavy} or more reps",
                        heavy,
                        None,
                    )
                )
            else:
                claims.append(Claim("000:109", f"back exercises take {low} or more reps", low))
        prescription = prescription_for(exercise.id)
        if prescription is not None and not prescription.speaks_to(use.entry):
            prescription = None
        if prescription is not None and prescription.reps is not None:
            claims.append(
                Claim(
                    prescription.cite,
                    f"{prescription.reps} reps of the {exercise.name.lower()}",
                    prescription.reps.low,
                    prescription.reps.high,
                    binding,
                )
            )
        return claims
