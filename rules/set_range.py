"""Give back exercises, and text 002's exercises, the sets the guidance gives them.

**What it checks.** The sets of the exercises the guidance talks about (the
rounds of a circuit and the sets of a superset count as the sets of each
exercise in it):

* a back exercise (a superficial back muscle among its primary muscles) takes
  ``min`` to ``max`` sets: text 000 calls two to three sets per back exercise
  enough (000:95). A back exercise with no sets at all (``100 reps, as many sets
  as needed``, one pass of a drill) is ``info``: the program leaves its sets open,
  so there is nothing to judge, but the finding says so;
* an exercise that text 002 prescribes takes its sets (three for most, two to
  three for the reverse fly and the plank's holds: 002:3-12); in a circuit, the
  two rounds of the template's Day C circuit of plank, bridge, face pull and
  rows are allowed too (002:12).

Warm-up sets (``warmup: true``), cardio and a ``sets`` value the schema already
reported (``sets: "3"``, ``set: 3``) are not judged again. Nor are sets that are not
strength sets as 000:95 counts them: the rungs of a ladder or the steps of a pyramid
(the entry's notes or sets say ``ladder``, ``pyramid``, ``rungs`` or ``grease the
groove``)
and timed work in a circuit (``duration: 60 s`` of rows in a conditioning round).
Nor are the exercises of a timed circuit or superset with no count
(``duration: 15 min``: as many rounds as fit, an EMOM, a density block): their
sets are left to the session.

The working entries of one exercise in one workout are one exercise: a top set
followed by back-off sets (``deadlift`` 1 x 1, then 2 x 2) has three sets. Entries
written with different names are different lifts even where the catalog takes
them for one exercise (a ``deadlift``, then an ``axle deadlift``).

**How the sources are weighed.** As in ``rep-range``: no finding when every
source that speaks to the exercise allows its sets, ``info`` naming both when one
does and another does not, the rule's severity when none does. The same prescription of the same
exercise in several workouts is one finding naming them all.

**Goals.** Text 002 writes for back definition with fat loss: in a program whose
``goal`` is ``strength``, ``hypertrophy`` or ``posture``, departing from its
prescriptions alone is ``info``. For ``goal: strength`` and ``goal: hypertrophy``
the ACSM position stand of 2009 and the NSCA's volume assignments by goal are asked
too, and for any other goal the position stand's strength progression, the stand's
advice for healthy adults in general (table below; a program that names no goal is
judged as one of ``goal: general``): the 5 x 5 of an intermediate program is
``info``, not an error. For strength and every goal judged by the strength
progression, four sets of an exercise are ``info`` too: Rhea's meta-analysis of 2003
found four sets per muscle group gave the largest strength gains, trained and
untrained (the 4 x 5 of a beginner's trap-bar deadlift). In an intermediate or
advanced hypertrophy program, up to 10 sets of one exercise (German volume
training's 10 x 10) are ``info`` too: a trial of the method found them to grow
muscle, though no more than 5 sets (Amirthalingam 2017). At any goal, a single
working set (a top set, or high-intensity training's one set to failure) is
supported by Carpinelli and Otto's review of single-set training, so it is ``info``
where a text asks for more. When a program that names no goal gets an error that a
declared ``goal: strength`` or ``goal: hypertrophy`` would make ``info`` (the NSCA's 2-6
sets for strength: a beginner's 5 x 5), the finding says which goal and which standard.

**More, shorter sets.** Text 000's sufficient dose is at most three sets
(000:95) of about ten reps (000:109). Sets of at most three reps that add up to no
more reps than that (a first pull-up's 8 negatives of 1-3, a circuit's 5 rounds of 2 pull-ups)
are that dose split into more sets, and volume-equated, 7 sets of 3 grew muscle as
well as 3 sets of 10 (Schoenfeld 2014): ``info`` naming both, whatever the goal.
So are sets of a share of a max set that add up to no more than three max sets (a
pull-up progression's 8 sets of 30% of max).
Sets to failure (``max``, ``AMRAP``) have no count to add up and are judged as sets;
so are sets of more reps (a beginner's 5 x 5 stays beyond 000:95).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.evidence import Claim, weigh
from checker.findings import Severity
from checker.lazy_pattern import LazyPattern
from checker.prescriptions import binding_for, prescription_for
from checker.profiles import (
    DOSE_SETS,
    NSCA_SETS,
    SETS,
    SINGLE_SET,
    TRIAL_SETS,
    sets_claims,
    table,
    unnamed_goal,
)
from checker.program import ExerciseUse, Program, Workout
from checker.rule import Habits, Options, Rule, Violation, by_level
from checker.sources import HEALTHY_TRAINEES
from checker.units import Range

#: Notes saying the sets are the rungs of a ladder or the steps of a pyramid (Enter the
#: Kettlebell's press ladders, a police academy's pull-up pyramid), or practice spread
#: over the day: their count is not the sets of 000:95.
_LADDER = LazyPattern(
    r"\bladders?\b|\bpyramid|\brungs?\b|\bgrease\s+the\s+groove\b|\bGTG\b", re.IGNORECASE
)


def _not_strength_sets(use: ExerciseUse) -> bool:
    """Whether the entry's sets are not strength sets as 000:95 counts them: the rungs of
    a ladder or a pyramid, or timed work in a circuit (60 s of rows in a conditioning
    round, no reps)."""
    # 'notes: 5 ladders of 1-2-3', 'sets: 5 ladders', or the same on the superset or
    # circuit the entry is in ('superset: {sets: 5 ladders, ...}')
    for data in (use.entry, use.group or {}):
        for key in ("notes", "sets", "rounds"):
            text = data.get(key)
            if isinstance(text, str) and _LADDER.search(text):
                return True
    return use.block == "circuit" and "duration" in use.entry and "reps" not in use.entry


#: 000:109: a back exercise's weight allows at least 8-10 clean reps; the dose of
#: 000:95's sets is counted at ten reps a set
_REPS_A_SET = 10
#: Schoenfeld 2014's heavy group did sets of 3: the claim speaks to sets no longer
_TRIAL_SET_REPS = 3


#: Reps given as a share of the athlete's max set ('30% of max', '50% of your max reps'):
#: each set holds that share of a set to failure
_SHARE_OF_MAX = LazyPattern(
    r"\s*(\d{1,2})\s*%\s*(?:of\s+)?(?:(?:your|the|test|tested|day's)\s+)*max(?:imum)?"
    r"(?:\s+reps?)?\s*",
    re.IGNORECASE,
)


def _share_of_max(use: ExerciseUse) -> float | None:
    """The share of a max set each set holds ('30% of max' -> 0.3), or None."""
    reps = use.entry.get("reps")
    found = _SHARE_OF_MAX.fullmatch(reps) if isinstance(reps, str) else None
    return int(found.group(1)) / 100 if found else None


def _split_dose(uses: list[ExerciseUse], sets: Range, most_sets: int) -> list[Claim]:
    """Schoenfeld 2014's volume-equated claim when the entries' sets are of at most
    three reps (the trial's sets of 3) and hold no more reps in all than ``most_sets``
    sets of ten, or are shares of a max set that add up to no more than ``most_sets`` max
    sets: more sets, fewer reps each, the same dose."""
    if sets.high <= most_sets:
        return []
    total, most_reps, max_sets = 0, 0, 0.0
    for use in uses:
        reps, count, share = use.reps, use.set_range, _share_of_max(use)
        if count is None:
            return []
        if share is not None:
            max_sets += count.high * share
            continue
        if reps is None:
            return []  # 'max', 'AMRAP': no count to add up
        total += int(count.high * reps.high)
        most_reps = max(most_reps, int(reps.high))
    if most_reps > _TRIAL_SET_REPS or total + max_sets * _REPS_A_SET > most_sets * _REPS_A_SET:
        return []
    if max_sets:
        says = (
            f"sets of part of a max set, {max_sets:g} max sets in all, no more than {most_sets} "
            "sets to failure: volume-equated, 7 sets of 3 grew muscle as well as 3 sets of 10"
        )
    else:
        says = (
            f"sets of at most {most_reps} reps, {total} in all, no more than {most_sets} sets "
            f"of {_REPS_A_SET}: volume-equated, 7 sets of 3 grew muscle as well as 3 sets of 10"
        )
    return [Claim("Schoenfeld 2014", says, 1, sets.high, supports_only=True)]


class SetRange(Rule):
    id = "set-range"
    summary = "Back exercises take {min}-{max} sets, text 002's exercises the sets it gives"
    default_severity = Severity.ERROR
    goals_out_of_scope = HEALTHY_TRAINEES
    guidance = "000, 002"
    options_schema = {
        "min": by_level(
            {"type": "integer", "minimum": 1, "description": "Fewest sets of a back exercise."}
        ),
        "max": by_level(
            {"type": "integer", "minimum": 1, "description": "Most sets of a back exercise."}
        ),
    }
    defaults = {"min": 2, "max": 3}
    sources = {"min": "000:95 (2-3 sets per back exercise)", "max": "000:95"}
    ranges = (("min", "max"),)
    tables = {
        "Goal profiles (sets per exercise)": table(
            SETS, NSCA_SETS, "sets", SINGLE_SET, TRIAL_SETS, DOSE_SETS
        )
    }
    failing_example = """\
program: Volume
level: beginner
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: barbell row
        sets: 5
        reps: 8
"""
    passing_example = """\
program: Volume
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: barbell row
        sets: 3
        reps: 8
"""

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        profile = sets_claims(program)
        low, high = int(options["min"]), int(options["max"])
        binding = binding_for(program.goal)
        # the claims depend on the exercise, a circuit and a hold: worked out once each
        known: dict[tuple[str, bool, bool], list[Claim]] = {}
        habits = Habits()
        for workout, uses, claims in self._judged(program, known, low, high, binding, profile):
            for use in uses:
                if (
                    use.sets is None
                    and "sets" not in use.entry  # written but not a count: the schema's
                    and not use.open_sets
                    and use.exercise is not None
                    and use.exercise.trains_back
                ):
                    yield Violation(
                        program.name_span(use),
                        f"'{use.name}' gives no sets, so they are not judged; back exercises "
                        f"take {low}-{high} sets (000:95)",
                        Severity.INFO,
                    )
            uses = [use for use in uses if use.sets is not None]
            if not uses:
                continue
            first = uses[0]
            name = first.name
            ranges = [use.set_range or Range(0, 0) for use in uses]
            counts = [str(r) for r in ranges]
            sets = Range(sum(r.low for r in ranges), sum(r.high for r in ranges))
            verdict = weigh(sets.low, sets.high, claims + _split_dose(uses, sets, high))
            if verdict is None:
                continue
            origin = ""
            if len(uses) > 1:
                origin = f" in {len(uses)} entries ({' + '.join(map(str, counts))})"
            elif "sets" not in first.entry:
                unit = "rounds" if first.block == "circuit" else "sets"
                origin = f" (the {first.block}'s {unit})"
            noun = "set" if sets.high == 1 else "sets"
            unnamed = ""
            if verdict.severity is None:  # a declared goal's standard may support it
                unnamed = unnamed_goal(program, sets.low, sets.high, sets_claims)
            habits.add(
                (first.exercise.id if first.exercise else name, tuple(counts), origin),
                workout.name,
                Violation(
                    program.span(first.sets_path),
                    f"'{name}' has {sets} {noun}{origin}; {verdict.reason()}{unnamed}",
                    verdict.severity,
                    program.name_span(first),
                ),
            )
        yield from habits.violations()

    def _judged(
        self,
        program: Program,
        known: dict[tuple[str, bool, bool], list[Claim]],
        low: int,
        high: int,
        binding: bool,
        profile: list[Claim],
    ) -> Iterator[tuple[Workout, list[ExerciseUse], list[Claim]]]:
        """The entries a text gives sets for, with their claims. The working entries of one
        exercise in one workout (a top set, then back-off sets) are judged together: their
        sets are the exercise's sets in that workout."""
        groups: dict[
            tuple[int, str, str, bool, bool], tuple[Workout, list[ExerciseUse], list[Claim]]
        ]
        groups = {}
        for workout, use in program.exercises():
            exercise = use.exercise
            if exercise is None or not (
                exercise.trains_back or prescription_for(exercise.id) is not None
            ):
                continue  # most entries: no text gives their sets (squats, curls, ...)
            if use.is_warmup or exercise.has("cardio") or _not_strength_sets(use):
                continue
            if program.flagged(use.path) or program.flagged(use.sets_path):
                continue  # the schema already reported this entry or its sets
            key = (exercise.id, use.block == "circuit", use.entry.get("hold") is not None)
            claims = known.get(key)
            if claims is None:
                claims = known[key] = self._claims(use, low, high, binding)
                if claims:
                    claims.extend(profile)
            if not claims:
                continue
            if use.block != "single":
                yield workout, [use], claims  # a block's sets are the block's
                continue
            # one exercise as written: a top set and its back-off sets share a name, while
            # an axle deadlift after the deadlift is another lift, though one catalog entry
            written = " ".join(use.name.casefold().split())
            group = groups.setdefault((id(workout), written, *key), (workout, [], claims))
            group[1].append(use)
        yield from groups.values()

    @staticmethod
    def _claims(use: ExerciseUse, low: int, high: int, binding: bool) -> list[Claim]:
        exercise = use.exercise
        assert exercise is not None
        claims: list[Claim] = []
        if exercise.trains_back:
            claims.append(Claim("000:95", f"back exercises take {low}-{high} sets", low, high))
        prescription = prescription_for(exercise.id)
        if prescription is not None and not prescription.speaks_to(use.entry):
            prescription = None
        if prescription is None:
            return claims
        sets, rounds = prescription.sets, prescription.circuit_rounds
        if sets is None:
            return claims
        if use.block == "circuit" and rounds is not None:
            claims.append(
                Claim(
                    f"{prescription.cite}, 002:12",
                    f"{sets} sets of the {exercise.name.lower()}, or {rounds} rounds in the "
                    "template's circuit",
                    min(sets.low, rounds.low),
                    max(sets.high, rounds.high),
                    binding,
                )
            )
        else:
            claims.append(
                Claim(
                    prescription.cite,
                    f"{sets} sets of the {exercise.name.lower()}",
                    sets.low,
                    sets.high,
                    binding,
                )
            )
        return claims
