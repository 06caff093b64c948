"""What a program's week adds up to: sets and training days per muscle group.

One counting function, used by the ``training-frequency`` rule and by
``trainlint summary``, so a chart and a finding can never disagree.

How it counts (documented for coaches in README and ``trainlint explain
training-frequency``):

* Warm-up sets and activation drills (``warmup: true`` or a catalog warm-up
  drill) and cardio are not counted; unknown exercises cannot be.
* A set counts 1 for each muscle group holding one of the exercise's primary
  muscles, and :data:`SECONDARY_FRACTION` for each group reached only through its
  secondary muscles (indirect work counted as half a set, as in volume
  meta-analyses such as Pelland et al. 2024). A group counts at most once per set.
* An exercise without ``sets`` counts as one set (circuit rounds and superset
  sets count as its sets).
* A workout is a training day for a group when one of its exercises has the
  group among its primary muscles, or when its secondary-only sets for the
  group reach :data:`SECONDARY_DAY_SETS` (one exercise of three sets: a bench
  press of 3 sets counts for the shoulders).
* Each listed workout is done once a week, and two workouts naming the same
  ``day`` are one training day; with ``sessions-per-week: N`` the workouts are
  done in rotation, each ``N / len(workouts)`` times a week, and days are averages.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from checker.catalog import group_names, muscle_groups
from checker.catalog_data import optional_groups
from checker.program import ExerciseUse, Program, Workout
from checker.values import Compared

#: What one set counts for a group reached only through secondary muscles.
SECONDARY_FRACTION = 0.5
#: Secondary-only sets in one workout that make it a training day for a group: one
#: exercise of the usual three sets (the dose 002 prescribes for most exercises).
SECONDARY_DAY_SETS = 3


class Tally(Compared, fields=("name", "weekly_sets", "days", "workouts", "direct")):
    """Weekly sets and training days of one muscle group (or one muscle)."""

    __slots__ = ("days", "direct", "name", "weekly_sets", "workouts")

    name: str
    weekly_sets: float
    days: float
    #: Names of the workouts that count as a training day for it, in order.
    workouts: list[str]
    #: Whether some exercise of the week has it among its primary muscles (a target of
    #: the program, not only reached through secondary muscles).
    direct: bool

    def __init__(
        self,
        name: str,
        weekly_sets: float = 0.0,
        days: float = 0.0,
        workouts: list[str] | None = None,
        direct: bool = False,
    ) -> None:
        self.name = name
        self.weekly_sets = weekly_sets
        self.days = days
        self.workouts = [] if workouts is None else workouts
        self.direct = direct


class Week(Compared, fields=("groups", "muscles", "sessions")):
    """A program's week: per group and per muscle, in the catalog's order."""

    __slots__ = ("groups", "muscles", "sessions")

    groups: dict[str, Tally]
    muscles: dict[str, Tally]
    #: Sessions in an average week (the number of workouts without a rotation).
    sessions: float

    def __init__(
        self, groups: dict[str, Tally], muscles: dict[str, Tally], sessions: float
    ) -> None:
        self.groups = groups
        self.muscles = muscles
        self.sessions = sessions

    def trained_groups(self) -> list[Tally]:
        """Groups with at least one training day."""
        return [t for t in self.groups.values() if t.days > 0]

    def target_groups(self) -> list[Tally]:
        """Groups the program trains directly (a primary muscle of some exercise)."""
        return [t for t in self.groups.values() if t.direct]


def counted(use: ExerciseUse) -> bool:
    """Whether an exercise entry counts as training (not a warm-up, not cardio, known)."""
    return use.exercise is not None and not use.is_warmup and not use.has("cardio")


def set_count(use: ExerciseUse) -> int:
    """The sets an entry prescribes (1 when it names none)."""
    sets = use.sets
    return sets if sets is not None and sets > 0 else 1


@cache
def _split(
    primary: tuple[str, ...], secondary: tuple[str, ...]
) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """An exercise's primary muscles, secondary-only muscles, primary groups and
    secondary-only groups (memoized: the same exercises recur in every program)."""
    to_group = muscle_groups()
    muscles_primary = frozenset(m for m in primary if m in to_group)
    muscles_secondary = frozenset(m for m in secondary if m in to_group) - muscles_primary
    groups_primary = frozenset(to_group[m] for m in muscles_primary)
    groups_secondary = frozenset(to_group[m] for m in muscles_secondary) - groups_primary
    return muscles_primary, muscles_secondary, groups_primary, groups_secondary


def _workout_weights(
    uses: Iterable[ExerciseUse], muscles: bool = True
) -> tuple[dict[str, float], dict[str, float], set[str], set[str]]:
    """Per-workout sets by group and (with ``muscles``) by muscle, and what is trained as
    primary."""
    group_sets: dict[str, float] = {}
    muscle_sets: dict[str, float] = {}
    primary_groups: set[str] = set()
    primary_muscles: set[str] = set()
    for use in uses:
        if not counted(use):
            continue
        exercise = use.exercise
        assert exercise is not None
        sets = set_count(use)
        primary, secondary, groups_primary, groups_secondary = _split(
            exercise.primary, exercise.secondary
        )
        primary_groups |= groups_primary
        for group in groups_primary:
            group_sets[group] = group_sets.get(group, 0.0) + sets
        for group in groups_secondary:
            group_sets[group] = group_sets.get(group, 0.0) + sets * SECONDARY_FRACTION
        if not muscles:
            continue
        primary_muscles |= primary
        for muscle in primary:
            muscle_sets[muscle] = muscle_sets.get(muscle, 0.0) + sets
        for muscle in secondary:
            muscle_sets[muscle] = muscle_sets.get(muscle, 0.0) + sets * SECONDARY_FRACTION
    return group_sets, muscle_sets, primary_groups, primary_muscles


def _trains(name: str, sets: dict[str, float], primary: set[str]) -> bool:
    if name in primary:
        return True
    return sets.get(name, 0.0) >= SECONDARY_DAY_SETS * SECONDARY_FRACTION


def _day_key(program: Program, workout: Workout) -> str:
    if program.sessions_per_week is None and workout.day is not None:
        return workout.day
    return f"#{workout.index}"


def count_week(program: Program, per_muscle: bool = True) -> Week:
    """Weekly sets and training days per muscle group and (with ``per_muscle``; the
    ``training-frequency`` rule needs groups only) per muscle."""
    to_group = muscle_groups()
    groups = {name: Tally(name) for name in group_names()}
    muscles = {name: Tally(name) for name in to_group} if per_muscle else {}
    seen_days: dict[str, set[str]] = {}
    for workout in program.workouts:
        times = program.times_per_week(workout)
        key = _day_key(program, workout)
        group_sets, muscle_sets, primary_groups, primary_muscles = _workout_weights(
            workout.exercises, per_muscle
        )
        for tallies, sets, primary in (
            (groups, group_sets, primary_groups),
            (muscles, muscle_sets, primary_muscles),
        ):
            for name, value in sets.items():
                tally = tallies[name]
                tally.weekly_sets += value * times
                tally.direct = tally.direct or name in primary
                if not _trains(name, sets, primary):
                    continue
                days = seen_days.setdefault(f"{id(tallies)}:{name}", set())
                if key in days:
                    continue  # a second workout on the same day
                days.add(key)
                tally.days += times
                tally.workouts.append(workout.name)
    sessions = float(
        program.sessions_per_week or len({_day_key(program, w) for w in program.workouts})
    )
    optional = optional_groups()
    groups = {n: t for n, t in groups.items() if t.weekly_sets or n not in optional}
    return Week(groups=groups, muscles=muscles, sessions=sessions)


class Session(
    Compared,
    fields=(
        "name",
        "index",
        "times",
        "group_sets",
        "back_exercises",
        "deep_core",
        "deep_core_sets",
        "unknown",
    ),
):
    """One workout as done on one day: its sets per group, back work and deep-muscle work."""

    __slots__ = (
        "back_exercises",
        "deep_core",
        "deep_core_sets",
        "group_sets",
        "index",
        "name",
        "times",
        "unknown",
    )

    name: str
    index: int
    #: How often the workout is done in an average week.
    times: float
    #: Sets per muscle group in one session (counted as :func:`count_week` counts them).
    group_sets: dict[str, float]
    #: The entries that count as back exercises (``trains_back``, among counted entries).
    back_exercises: list[str]
    #: The entries that are deep-muscle (``deep-core``) work.
    deep_core: list[str]
    #: Sets of deep-muscle work in one session.
    deep_core_sets: int
    #: Entries the catalog does not know (they cannot be counted).
    unknown: list[str]

    def __init__(
        self,
        name: str,
        index: int,
        times: float,
        group_sets: dict[str, float],
        back_exercises: list[str],
        deep_core: list[str],
        deep_core_sets: int,
        unknown: list[str],
    ) -> None:
        self.name = name
        self.index = index
        self.times = times
        self.group_sets = group_sets
        self.back_exercises = back_exercises
        self.deep_core = deep_core
        self.deep_core_sets = deep_core_sets
        self.unknown = unknown


def back_work(use: ExerciseUse) -> bool:
    """Whether an entry is counted back work: a back exercise (``trains_back``, the
    superficial back muscles of text 000) that is not a warm-up nor cardio."""
    return counted(use) and use.exercise is not None and use.exercise.trains_back


def back_exercises(workout: Workout) -> list[ExerciseUse]:
    """The workout's back exercises, each once (its first counted entry): a top set and
    back-off sets of rows are one exercise."""
    found: dict[str, ExerciseUse] = {}
    for use in workout.exercises:
        if back_work(use) and use.exercise is not None:
            found.setdefault(use.exercise.id, use)
    return list(found.values())


def weekly_back_sets(program: Program) -> float:
    """The sets of every back exercise in an average week: each entry's sets (one when it
    names none), its workout counted as often as it is done in a week."""
    return sum(
        set_count(use) * program.times_per_week(workout)
        for workout in program.workouts
        for use in workout.exercises
        if back_work(use)
    )


def count_sessions(program: Program) -> list[Session]:
    """Per workout: sets per group in one session, back exercises, deep-muscle work."""
    sessions: list[Session] = []
    for workout in program.workouts:
        group_sets, _, _, _ = _workout_weights(workout.exercises)
        deep = [use for use in workout.exercises if use.has("deep-core")]
        sessions.append(
            Session(
                name=workout.name,
                index=workout.index,
                times=program.times_per_week(workout),
                group_sets=group_sets,
                back_exercises=[use.name for use in back_exercises(workout)],
                deep_core=[use.name for use in deep],
                deep_core_sets=sum(set_count(use) for use in deep),
                unknown=[use.name for use in workout.exercises if use.exercise is None],
            )
        )
    return sessions
