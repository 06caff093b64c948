"""Do the barbell deadlift first in its workout.

**What it checks.** In a workout with a barbell deadlift (catalog tag
``deadlift``: conventional, sumo, trap-bar, deficit and snatch-grip
deadlifts), nothing but warm-up comes before it. Warm-up means the workout's
``warmup``, entries marked ``warmup: true`` (warm-up sets, activation drills),
catalog warm-up drills, steady cardio of five minutes or more (ten minutes on the
rower, then the lift), deep-muscle holds (plank, bird dog, ...) and unloaded
bodyweight or band drills that are not back exercises (a bodyweight glute
bridge before the deadlift is activation, not work), and every entry of a block
whose notes or name call it activation, a primer, prehab or injury prevention (a circuit
of McGill sit-ups, side planks and a waiter's carry to wake the trunk before the
main lifts). Hinge accessories (Romanian, stiff-leg, single-leg, dumbbell and
kettlebell deadlifts, rack pulls) are not the lift the text means and may come
anywhere; nor is a deadlift whose load is a pair of dumbbells or kettlebells
(``15 lb each``, ``2 x 16 kg``, ``dumbbells``). A deadlift whose kind the program
leaves open (``Deadlift variation``, ``deadlift of choice``) after lighter work is
``info``: it may be the barbell lift, or an accessory that may come anywhere.

**Why.** Text 001 calls the barbell deadlift the most demanding lift and puts it
at the start of the session, while energy is highest, because it is the most
injury-prone (001:10).

**How the sources are weighed.** The ACSM position stand of 2009 orders a
session by large before small muscle groups, multiple-joint before single-joint
and heavy before light exercises, and leaves the order among the heavy
multiple-joint lifts open. So a deadlift after other heavy or power lifts only
(the squat of a powerlifting session, a power clean, jumps and med-ball throws,
the catalog's ``power`` tag) is ``info`` naming both sources; a
deadlift after lighter work (a lat pulldown, curls) has the rule's severity.
When the only exercises before it that are not heavy are back extensions without
added load (Reg Park's 5 x 5 opens with them), the finding is ``info``: they may
be the lower back's activation, as a bodyweight glute bridge is the hips', or
lighter work that tires it before the lift. When the only exercises before it
that are not heavy are ones the catalog does not know (``unknown-exercise``
reports them), or names it reads as a heavy lift
with words it does not know ("Jeff Jet method deadlift": some kind of deadlift,
so its tags are not assumed), the finding is ``info``: they may be heavy lifts.
In a program whose ``goal`` is ``hypertrophy``, a deadlift after lighter work is
``info`` too (a program that names no goal is told so in the finding): a
meta-analysis of exercise order (Nunes 2021) found that the order made no difference
to muscle growth, while the exercises done first gained the most strength, which is
why strength programs keep the rule's severity. In a circuit every station follows
the others round after round, and in a superset the exercises alternate set by set,
so only exercises before the block count as before a deadlift in it. An exercise
paired in a superset with a heavy lift (the rows between sets of front squats) is
done in that lift's rests, so it takes the heavy lift's place in the order: a
deadlift after such a superset is ``info``. A name that offers hinge accessories
beside the deadlift (``deadlift / RDL / good mornings``) leaves the lift to the
athlete, like ``deadlift of choice``: ``info``. The same order in several workouts
(the deadlift after the same exercises on Monday and Thursday) is one finding, at
the first, naming the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.catalog_fallback import UNCONFIRMED_TAGS
from checker.catalog_qualifiers import movements
from checker.findings import Severity
from checker.lazy_pattern import LazyPattern
from checker.program import ExerciseUse, Program
from checker.rule import Habits, Options, Rule, Violation
from checker.sources import HEALTHY_TRAINEES
from checker.warm_start import steady_cardio

#: Notes calling an entry, or the block it is in, activation work: "tissue activation /
#: injury prevention block", "glute primer", "prehab" (not "warm-up", which an entry's
#: notes use for its own warm-up sets: "2 warm-up sets, then 1 to failure")
_ACTIVATION_NOTE = LazyPattern(
    r"(?<!\bno\s)(?<!\bnot\s)\b(?:activation|activate|primer|prehab|injury[\s-]prevention)\b",
    re.IGNORECASE,
)

#: A load lifted in each hand: the deadlift of a pair of dumbbells or kettlebells
#: ('15 lb each', '2 x 16 kg', '20 kg in each hand', 'dumbbells'), not the barbell lift
#: of 001:10 ('cycled upward each session' is no pair)
_PAIR_LOAD = LazyPattern(
    r"\d\s*(?:kgs?|lbs?|pounds?|poods?)\.?\s*(?:each|ea\b|apiece|a\s+hand|per\s+(?:hand|arm))"
    r"|\b(?:in\s+)?(?:each|per|either)\s+(?:hand|arm)\b|^\s*2\s*[x×]\s*\d"
    r"|\b(?:dumb-?bells?|DBs?|kettle-?bells?|KBs?)\b",
    re.IGNORECASE,
)


#: A deadlift whose kind the program leaves to the athlete ("Deadlift variation",
#: "deadlift of choice"): it may be the barbell lift or a hinge accessory
_CHOSEN = LazyPattern(r"\bvariations?\b|\bvariants?\b|\bof\s+(?:your\s+)?choice\b", re.IGNORECASE)


def _offered_hinges(use: ExerciseUse, program: Program) -> list[str]:
    """The hinge accessories a name offers beside the deadlift ('deadlift / RDL / good
    mornings'): the athlete may take one of them instead of the barbell lift."""
    offered = []
    for part in movements(use.name)[1:]:
        exercise = program.catalog.find(part)
        if exercise is not None and exercise.pattern == "hinge" and "deadlift" not in exercise.tags:
            offered.append(part)
    return offered


def _noted_activation(use: ExerciseUse) -> bool:
    """Whether the entry's notes, or its block's notes or name ("Tissue activation /
    injury prevention"), call it activation work."""
    group = use.group or {}
    for text in (use.entry.get("notes"), group.get("notes"), group.get("name")):
        if isinstance(text, str) and _ACTIVATION_NOTE.search(text):
            return True
    return False


def _barbell_deadlift(use: ExerciseUse) -> bool:
    """Whether the entry is 001:10's deadlift: the catalog's tag, not warm-up sets, and
    no pair of dumbbells or kettlebells in its load."""
    if not use.has("deadlift") or use.is_warmup:
        return False
    load = use.entry.get("load")
    return not (isinstance(load, str) and _PAIR_LOAD.search(load))


def is_activation(use: ExerciseUse) -> bool:
    """Warm-up or activation before the main lifts (see the rule's documentation)."""
    if use.is_warmup or use.has("deep-core") or _noted_activation(use) or steady_cardio(use):
        return True
    exercise = use.exercise
    if exercise is None or "load" in use.entry or exercise.trains_back:
        return False
    return exercise.equipment in {"bodyweight", "band"} and not exercise.has("heavy")


#: Back extensions on a bench or a reverse-hyper machine: without a load, the lower back's
#: activation before a deadlift, or lighter work that tires it first
_EXTENSIONS = frozenset({"back-extension", "reverse-hyperextension"})


def _unloaded_extension(use: ExerciseUse) -> bool:
    """Whether the entry is a back extension with no load added (none, or bodyweight)."""
    return use.exercise is not None and use.exercise.id in _EXTENSIONS and not use.adds_load


def _each_once(uses: list[ExerciseUse]) -> str:
    """The entries' names, quoted, each once in order (a ramp of four entries is one lift)."""
    return ", ".join(f"'{name}'" for name in dict.fromkeys(use.name for use in uses))


def is_heavy(use: ExerciseUse) -> bool:
    """A heavy multiple-joint or power lift, which the ACSM ordering puts first."""
    return use.has("heavy") or use.has("power")


def _uncertain(use: ExerciseUse, program: Program) -> bool:
    """Whether what the entry is cannot be told: an unknown name, or a heavy lift read
    with words the catalog does not know ("Jeff Jet method deadlift"), whose tags the
    reading does not assume."""
    exercise = use.exercise
    if exercise is None:
        return True
    base = program.catalog.get(exercise.id)
    # such a reading keeps the entry's equipment and drops the tags it cannot confirm
    # (an equipment variant, "dumbbell deadlift", is a lighter lift the catalog knows)
    return (
        base is not None
        and base.equipment == exercise.equipment
        and bool(base.tags & UNCONFIRMED_TAGS)
        and exercise.tags == base.tags - UNCONFIRMED_TAGS
    )


class DeadliftFirst(Rule):
    id = "deadlift-first"
    summary = "The barbell deadlift comes first in its workout, after the warm-up"
    default_severity = Severity.ERROR
    goals_out_of_scope = HEALTHY_TRAINEES
    guidance = "001"
    failing_example = """\
program: Late deadlift
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: lat pulldown
        sets: 3
        reps: 10
      - exercise: deadlift
        sets: 3
        reps: 8
"""
    passing_example = """\
program: Deadlift first
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: glute bridge
        warmup: true
        sets: 1
        reps: 10
      - exercise: deadlift
        sets: 3
        reps: 8
      - exercise: lat pulldown
        sets: 3
        reps: 10
"""

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        habits = Habits()  # the same order in several workouts: one finding
        for workout in program.workouts:
            before: list[ExerciseUse] = []
            for use in workout.exercises:
                if _barbell_deadlift(use):
                    break
                if not is_activation(use):
                    before.append(use)
            else:
                continue
            if use.block != "single":
                # round after round (or set after set), every exercise of a circuit or
                # superset follows the others: only what comes before the block counts
                before = [u for u in before if u.block_index != use.block_index]
            if not before:
                continue
            habit = (use.name.casefold(), _each_once(before).casefold())
            habits.add(habit, workout.name, _finding(program, workout.name, use, before))
        yield from habits.violations()


#: What a program that names no goal is told: declared, a goal of muscle growth changes the
#: verdict (the coach's way to say what the order is for)
_UNNAMED_GOAL = (
    "; the program names no goal: if it is for muscle growth, say 'goal: hypertrophy' "
    "(Nunes 2021 found the order made no difference to hypertrophy)"
)

#: ACSM 2009's order: large, multiple-joint and heavy lifts first, in any order among them
_ACSM_OPEN = "ACSM 2009 leaves the order among heavy multiple-joint lifts open"


def _finding(
    program: Program, workout: str, use: ExerciseUse, before: list[ExerciseUse]
) -> Violation:
    """The finding on a deadlift that comes after ``before``, weighed by what they are."""
    reason, severity = _weighed(program, use, before)
    after = f"'{use.name}' comes after {_each_once(before)} in '{workout}'; "
    return Violation(program.name_span(use), after + reason, severity)


def _paired_with_heavy(before: list[ExerciseUse]) -> list[ExerciseUse]:
    """The lighter exercises of supersets that hold a heavy lift: done in its rests, they
    take its place in the order (rows between sets of front squats)."""
    heavy_blocks = {u.block_index for u in before if u.block == "superset" and is_heavy(u)}
    return [
        u
        for u in before
        if not is_heavy(u) and u.block == "superset" and u.block_index in heavy_blocks
    ]


def _pairing(paired: list[ExerciseUse]) -> str:
    """What a message says of the lighter exercises paired with heavy lifts ('' if none)."""
    if not paired:
        return ""
    verb = "is" if len({u.name for u in paired}) == 1 else "are"
    return (
        f"; {_each_once(paired)} {verb} paired with heavy lifts in supersets, done in their rests"
    )


def _weighed(
    program: Program, use: ExerciseUse, before: list[ExerciseUse]
) -> tuple[str, Severity | None]:
    """What the sources say of the deadlift after ``before``, and the finding's severity
    (None: the rule's own)."""
    paired = _paired_with_heavy(before)
    lighter = [u for u in before if not is_heavy(u) and u not in paired]
    if not lighter:
        return (
            f"the sources disagree: 001:10 puts the deadlift first, {_ACSM_OPEN}{_pairing(paired)}",
            Severity.INFO,
        )
    if all(_unloaded_extension(u) for u in lighter):
        # Reg Park's 5 x 5: back extensions, squats, bench, then deadlifts
        heavy = f"; {_ACSM_OPEN}" if len(lighter) < len(before) else ""
        return (
            f"001:10 puts the deadlift first; {_each_once(lighter)} without added load may be "
            "the lower back's activation before it, as a bodyweight glute bridge is the hips' "
            f"(mark it 'warmup: true' if so){heavy}",
            Severity.INFO,
        )
    if all(_uncertain(u, program) for u in lighter):
        # what an unknown exercise is cannot be told: it may be a heavy lift
        return (
            f"001:10 puts the deadlift first; trainlint cannot tell what {_each_once(lighter)} "
            "is: if heavy multiple-joint or power lifts, ACSM 2009 leaves their order open",
            Severity.INFO,
        )
    offered = _offered_hinges(use, program)
    if offered:
        shown = ", ".join(f"'{part}'" for part in offered)
        return (
            f"the program offers {shown} beside the deadlift: if the athlete takes the barbell "
            "deadlift, 001:10 puts it first; a hinge accessory may come anywhere",
            Severity.INFO,
        )
    if _CHOSEN.search(use.name):
        return (
            "the program leaves the kind of deadlift to the athlete: if it is the barbell "
            "deadlift, 001:10 puts it first; a Romanian, trap-bar or kettlebell deadlift may "
            "come anywhere",
            Severity.INFO,
        )
    if program.goal == "hypertrophy":
        return (
            "the sources disagree: 001:10 puts the deadlift first; for hypertrophy, Nunes 2021 "
            "found that the order of the exercises made no difference",
            Severity.INFO,
        )
    # name a lift trainlint knows is lighter, not one it cannot tell
    known = next(u for u in lighter if not _uncertain(u, program))
    # a program that names no goal may be for muscle growth, where the order mattered not
    unnamed = _UNNAMED_GOAL if program.goal is None else ""
    return (
        f"do the deadlift first, right after the warm-up (001:10); '{known.name}' is not a "
        f"heavy multiple-joint lift, which the ACSM 2009 order would also put later{unnamed}",
        None,
    )
