"""Train every muscle group on at least two days a week.

**What it checks.** For every muscle group the program trains directly (back,
chest, shoulders, arms, legs, core, neck: a muscle of the group is a primary muscle of
some exercise; a group only reached through secondary muscles is not a target
of the program), its training days in an average week reach ``min-days``.
Days are counted by the same function as ``trainlint summary``
(``checker.volume``):

* a workout is a training day for a group when one of its exercises has a
  muscle of the group among its primary muscles, or when its sets reaching the
  group only through secondary muscles add up to 3 (so a bench press of three
  sets counts for the shoulders, but one set of curls does not count for the back);
* warm-up sets and drills and cardio do not count;
* without ``sessions-per-week`` each listed workout is done once a week (two
  workouts naming the same ``day`` are one day); with it the workouts rotate,
  and a group trained in one of two workouts done three times a week is trained
  1.5 days a week on average.

All under-trained groups are reported in one finding on the ``workouts`` key, each
with what the sources say of it: the finding has the rule's severity when any group
has it, and is ``info`` when every group is a disagreement between sources or is not
judged.
A program of one workout with no ``sessions-per-week`` may be one day of a longer
week (a back day from a magazine, one session of a split): how often it is done is
not written, so its finding is ``info`` and asks for ``sessions-per-week``
(``sessions-per-week: 1`` says it is the whole week, and is judged, unless the workout
or the program is named as a body part's day of a split, ``Back Day`` or ``Pull Day``,
whose other days are elsewhere); so is it for a
program whose notes call it part of more training (``as part of a regular program``,
``an add-on``, ``alongside your usual training``) or say how often it is done is not
written (``weekly frequency not stated``), or that is named for an exercise
it trains on at least half of its days (a "strict pull-up progression", a "deadlift
cycle": a specialization program, done beside other training). With a range of sessions
(``sessions-per-week: 1-3``) the program leaves the week open: a group trained too
rarely at the low end but often enough at the top of the range is ``info``, and so is
one trained too rarely on average in a rotation whose sessions do not divide evenly
among its workouts, when some weeks reach ``min-days`` (a group of workout B, in A/B
three times a week, is trained on 2 days in the weeks of B, A, B and 1 in those of
A, B, A: 1.5 on average).
When the week has exercises trainlint does not know, what they train cannot be
counted, so the finding is ``info`` and names them; so is it when the week has timed
circuits or supersets with no count (``duration: 15 min``), whose sets are left to
the session and counted as one set each.

**Why.** Text 001 gets the most progress from training each muscle group twice a
week (001:58); Schoenfeld 2016 found twice a week better than once.

**How the sources are weighed.** Two sources support less often in some cases,
and the group is then reported as ``info`` naming both:

* the back in a split whose once-a-week day trains the whole rear chain (back
  with glutes or hamstrings): text 000 allows such a day (000:99);
* a group that gets ``volume-sets`` weekly sets or more: with weekly volume
  equated, Schoenfeld 2019 found no difference between frequencies, and
  Schoenfeld 2017 puts 10 weekly sets among the doses that grow the most.

* a group other than the back in a program whose ``goal`` is not
  ``hypertrophy`` (strength, fat-loss, posture, general): 001:58 and Schoenfeld
  2016 speak of growing muscle, and with weekly volume equated Schoenfeld 2019
  found frequency made no difference, so a runner's chest or a strength
  program's once-a-week bench day is a disagreement, not a mistake. The back,
  the subject of text 001, is judged at every goal.

A group trained less often with less volume than that has the rule's severity
(and so has every group in a hypertrophy program, or in one that names no goal,
which the guidance texts alone judge: the finding then says that another declared
goal would make the groups other than the back ``info``).
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.catalog import muscle_groups
from checker.findings import Severity
from checker.program import Program
from checker.rule import Options, Rule, Violation, by_level
from checker.sources import HEALTHY_TRAINEES
from checker.volume import Tally, count_week
from checker.week_scope import frequency_unstated, week_elsewhere

_JUDGED = (
    "say how often it is done with 'sessions-per-week' (and the rest of the week's "
    "training in the file) to have it judged"
)
#: The same, for a file that says how often it is done ('sessions-per-week: 1' on a back day)
_JUDGED_WEEK = "put the rest of the week's training in the file to have it judged"


def _days(value: float) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return f"{text} day{'' if value == 1 else 's'}"


def _rear_chain_day(program: Program, tally: Tally) -> bool:
    """Whether every workout that trains the group is a rear-chain day (000:99): a back
    exercise with glute or hamstring work in the same session."""
    by_name = {w.name: w for w in program.workouts}
    for name in tally.workouts:
        workout = by_name.get(name)
        if workout is None:
            return False
        uses = [u for u in workout.exercises if u.exercise is not None and not u.is_warmup]
        back = any(u.exercise is not None and u.exercise.trains_back for u in uses)
        hips = any(
            u.exercise is not None and {"glutes", "hamstrings"} & set(u.exercise.primary)
            for u in uses
        )
        if not (back and hips):
            return False
    return bool(tally.workouts)


def _week_range(program: Program, tally: Tally) -> tuple[int, int] | None:
    """The fewest and most days the group is trained in one calendar week of a rotation
    whose sessions a week are no multiple of its workouts (A, B, A one week and B, A, B the
    next); None when every week is the same."""
    sessions = program.sessions_per_week
    count = len(program.workouts)
    if sessions is None or count < 2 or sessions % count == 0:
        return None
    trains = [w.name in tally.workouts for w in program.workouts]
    weeks = [sum(trains[(start + i) % count] for i in range(sessions)) for start in range(count)]
    return min(weeks), max(weeks)


def _ranged(minimum: float, groups: list[str], spread: tuple[int, int]) -> str:
    """The message for groups trained on ``minimum`` days only at the top of a range of
    sessions a week."""
    return (
        f"trained less than {_days(minimum)} a week at the low end of "
        f"'sessions-per-week: {spread[0]}-{spread[1]}': {'; '.join(groups)}; at the "
        f"top of the range ({spread[1]} sessions) each is trained on "
        f"{_days(minimum)} or more, as 001:58 asks: do at least that many when the "
        "week allows"
    )


def _rotating(program: Program, minimum: float, groups: list[tuple[str, tuple[int, int]]]) -> str:
    """The message for groups trained on ``minimum`` days only in some weeks of a rotation."""
    spans = {weeks for _, weeks in groups}
    if len(spans) == 1:
        [(fewest, most)] = spans
        listed = "; ".join(text for text, _ in groups)
        listed += f" (each {_days(most)} in some weeks, {_days(fewest)} in others)"
    else:
        listed = "; ".join(
            f"{text}: {_days(most)} in some weeks, {_days(fewest)} in others"
            for text, (fewest, most) in groups
        )
    return (
        f"trained less than {_days(minimum)} a week on average, as {len(program.workouts)} "
        f"workouts rotate over {program.sessions_per_week} sessions a week: {listed}; "
        f"001:58 asks for {_days(minimum)} every week, and these groups get them only in some"
    )


def _names(names: list[str]) -> str:
    return ", ".join(f"'{n}'" for n in names[:3]) + (", ..." if names[3:] else "")


def _uncounted(program: Program, groups: set[str]) -> str:
    """Why the count of ``groups`` may be short, or "": exercises trainlint does not know
    (what they train is not counted) or timed blocks training them (their sets are left
    to the session)."""
    uses = [use for _, use in program.exercises()]
    unknown = sorted({u.name for u in uses if u.exercise is None})
    if unknown:
        return (
            f"the week has exercises trainlint does not know ({_names(unknown)}) "
            "that may train them"
        )
    to_group = muscle_groups()
    timed = list(
        dict.fromkeys(
            u.name
            for u in uses
            if u.open_sets
            and u.exercise is not None
            and groups & {to_group.get(m) for m in u.exercise.primary}
        )
    )
    if timed:
        return (
            f"the week has timed blocks whose sets trainlint cannot count ({_names(timed)}), "
            "counted as one set each"
        )
    return ""


def _reasons(program: Program, rear: list[str], volumes: list[str], goals: list[str]) -> list[str]:
    """Why the sources that support training these groups less often do."""
    reasons = []
    if rear:
        reasons.append(f"000:99 allows one rear-chain day a week in a split ({', '.join(rear)})")
    if volumes:
        reasons.append(
            "Schoenfeld 2019 finds frequency matters little at equal weekly volume "
            f"(weekly sets: {', '.join(volumes)})"
        )
    if goals:
        reasons.append(
            f"the program's goal is {program.goal}, not hypertrophy, and Schoenfeld 2019 "
            f"finds frequency matters little at equal weekly volume ({', '.join(goals)})"
        )
    return reasons


def _unnamed_goal(program: Program, groups: set[str]) -> str:
    """What a program that names no goal is told: 001:58 and Schoenfeld 2016 speak of
    growing muscle, so for another goal a group other than the back would be info."""
    others = sorted(groups - {"back"})
    if program.goal is not None or not others:
        return ""
    listed = f"{', '.join(others[:-1])} and {others[-1]}" if len(others) > 1 else others[0]
    return (
        "; the program names no goal: 001:58 and Schoenfeld 2016 speak of growing muscle, so "
        f"if it is for another goal, say which ('goal: strength', 'goal: general'), and "
        f"{listed} {'is' if len(others) == 1 else 'are'} then info"
    )


class TrainingFrequency(Rule):
    id = "training-frequency"
    summary = "Every trained muscle group is trained on at least {min-days} days a week"
    default_severity = Severity.WARNING
    goals_out_of_scope = HEALTHY_TRAINEES
    guidance = "001, 000"
    options_schema = {
        "min-days": by_level(
            {
                "type": "number",
                "minimum": 1,
                "maximum": 7,
                "description": "Fewest training days a week per muscle group.",
            }
        ),
        "volume-sets": by_level(
            {
                "type": "number",
                "minimum": 1,
                "description": "Weekly sets from which a less frequent group is only info.",
            }
        ),
    }
    defaults = {"min-days": 2, "volume-sets": 10}
    sources = {
        "min-days": "001:58 (each muscle group twice a week); Schoenfeld 2016",
        "volume-sets": "Schoenfeld 2019 (frequency matters little at equal weekly volume); "
        "Schoenfeld 2017 (10 or more weekly sets per muscle group)",
    }
    failing_example = """\
program: Once a week
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: bench press
        sets: 3
        reps: 8
  - name: Day B
    warmup: 5 min
    exercises:
      - exercise: leg press
        sets: 3
        reps: 8
"""
    passing_example = """\
program: Full body, three times a week
sessions-per-week: 3
workouts:
  - name: Full body
    warmup: 5 min
    exercises:
      - exercise: bench press
        sets: 3
        reps: 8
"""

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        found = list(self._week(program, options))
        if len(found) < 2:
            yield from found
            return
        # one finding for the week: every group trained too rarely, each with what the
        # sources say of it; the rule's severity if any part has it, info otherwise
        severity = None if any(v.severity is None for v in found) else Severity.INFO
        yield Violation(found[0].span, "; and ".join(v.message for v in found), severity)

    def _week(self, program: Program, options: Options) -> Iterator[Violation]:
        """The findings on the week, one per kind of reason: the groups no source lets it
        train so rarely, and those for which a source does."""
        if not program.workouts:
            return
        minimum = float(options["min-days"])
        volume = float(options["volume-sets"])
        week = count_week(program, per_muscle=False)
        unsupported: list[str] = []
        low_groups: set[str] = set()
        conflicts: list[str] = []
        rear: list[str] = []
        volumes: list[str] = []
        goals: list[str] = []
        ranged: list[str] = []
        rotating: list[tuple[str, tuple[int, int]]] = []
        spread = program.sessions_range
        if spread is not None and not 1 <= spread[0] < spread[1] <= 14:
            spread = None  # one count written as a range ('3-3'), or out of the schema's
        for tally in week.target_groups():
            if tally.days >= minimum:
                continue
            where = ", ".join(f"'{n}'" for n in dict.fromkeys(tally.workouts))
            text = f"{tally.name} on {_days(tally.days)} ({where})"
            if spread is not None and tally.days * spread[1] / spread[0] >= minimum:
                # (with a rotation, a group's days grow with the sessions a week)
                ranged.append(text)
            elif tally.name in {"back", "legs"} and _rear_chain_day(program, tally):
                conflicts.append(text)
                rear.append(tally.name)
            elif tally.weekly_sets >= volume:
                conflicts.append(text)
                volumes.append(f"{tally.name} {tally.weekly_sets:g}")
            elif tally.name != "back" and program.goal not in (None, "hypertrophy"):
                conflicts.append(text)
                goals.append(tally.name)
            elif (weeks := _week_range(program, tally)) is not None and weeks[1] >= minimum:
                # A, B, A one week, B, A, B the next: the minimum in every other week
                rotating.append((text, weeks))
            else:
                unsupported.append(text)
                low_groups.add(tally.name)
        yield from self._findings(program, minimum, unsupported, low_groups)
        if ranged and spread is not None:
            yield Violation(program.week_span(), _ranged(minimum, ranged, spread), Severity.INFO)
        if rotating:
            yield Violation(
                program.week_span(), _rotating(program, minimum, rotating), Severity.INFO
            )
        if conflicts:
            reasons = _reasons(program, rear, volumes, goals)
            yield Violation(
                program.week_span(),
                f"trained less than {_days(minimum)} a week: {'; '.join(conflicts)}; the sources "
                f"disagree: 001:58 asks for {_days(minimum)}, but {'; and '.join(reasons)}",
                Severity.INFO,
            )

    @staticmethod
    def _findings(
        program: Program, minimum: float, unsupported: list[str], low_groups: set[str]
    ) -> Iterator[Violation]:
        """The finding for the groups no source lets the program train so rarely."""
        goal = f"train each muscle group on at least {_days(minimum)} a week (001:58)"
        uncounted = _uncounted(program, low_groups)
        elsewhere = week_elsewhere(program) if unsupported else None
        if elsewhere is not None:
            # a back day from a magazine, one session of a split: the file is not a week
            yield Violation(
                program.week_span(),
                f"trained too rarely, if this file is the whole week: "
                f"{'; '.join(unsupported)}; {goal}; {elsewhere}: "
                + (_JUDGED if program.data.get("sessions-per-week") is None else _JUDGED_WEEK),
                Severity.INFO,
            )
        elif unsupported and (unstated := frequency_unstated(program)) is not None:
            # the source leaves the week open: once a week each is the file's assumption
            yield Violation(
                program.week_span(),
                f"trained too rarely, if each workout is done once a week: "
                f"{'; '.join(unsupported)}; {goal}; the program's notes say how often is not "
                f"written ('{unstated}'): {_JUDGED}",
                Severity.INFO,
            )
        elif unsupported and uncounted:
            # what these exercises add is not counted: the finding may be wrong
            yield Violation(
                program.week_span(),
                f"trained too rarely, as far as trainlint can count: {'; '.join(unsupported)}; "
                f"{goal}; {uncounted}",
                Severity.INFO,
            )
        elif unsupported:
            yield Violation(
                program.week_span(),
                f"trained too rarely: {'; '.join(unsupported)}; {goal}"
                + _unnamed_goal(program, low_groups),
            )
