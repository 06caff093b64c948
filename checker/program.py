"""A typed view of a loaded program for rules to read.

Built defensively from a :class:`~checker.loader.Document`: a part whose shape
is wrong (already reported by the schema) is skipped, never raised on, so rules
can run on programs that are only partly valid.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, TypeGuard

from checker.catalog import Catalog, Exercise
from checker.exercise_use import ExerciseUse as ExerciseUse  # (re-exported: rules import it here)
from checker.findings import Span
from checker.lazy_pattern import LazyPattern
from checker.loader import Document, Path
from checker.units import SET_RANGE, Range, parse_duration, parse_sets
from checker.values import Record

LEVELS = ("beginner", "intermediate", "advanced")
DEFAULT_LEVEL = "intermediate"
GOALS = ("strength", "hypertrophy", "fat-loss", "posture", "general", "rehab")


class Workout(Record, fields=("name", "index", "path", "data", "exercises")):
    """One workout of the weekly template."""

    __slots__ = ("data", "exercises", "index", "name", "path")

    name: str
    index: int
    path: Path
    data: Mapping[str, Any]
    exercises: list[ExerciseUse]

    def __init__(
        self,
        name: str,
        index: int,
        path: Path,
        data: Mapping[str, Any],
        exercises: list[ExerciseUse] | None = None,
    ) -> None:
        self.name = name
        self.index = index
        self.path = path
        self.data = data
        self.exercises = [] if exercises is None else exercises

    @property
    def day(self) -> str | None:
        """The workout's ``day`` as a key ("Monday", "mon" and " monday" are "mon"), or
        None when it names none."""
        day = self.data.get("day")
        return day.strip().lower()[:3] if isinstance(day, str) and day.strip() else None

    @property
    def warmup(self) -> Range | None:
        value = self.data.get("warmup")
        if isinstance(value, Mapping):
            return parse_duration(value.get("duration"))
        return parse_duration(value)


class Program(Record, fields=("document", "catalog", "workouts", "catalog_rules", "invalid")):
    """The program a rule checks, with positions for its findings."""

    __slots__ = ("catalog", "catalog_rules", "document", "invalid", "workouts")

    document: Document
    catalog: Catalog
    workouts: list[Workout]
    #: Ids of the active rules that need to know what an exercise trains.
    catalog_rules: tuple[str, ...]
    #: Paths of the values that have a schema finding: rules leave them alone, so one
    #: slip gets one finding.
    invalid: frozenset[Path]

    def __init__(
        self,
        document: Document,
        catalog: Catalog,
        workouts: list[Workout],
        catalog_rules: tuple[str, ...] = (),
        invalid: frozenset[Path] = frozenset(),
    ) -> None:
        self.document = document
        self.catalog = catalog
        self.workouts = workouts
        self.catalog_rules = catalog_rules
        self.invalid = invalid

    @property
    def data(self) -> Mapping[str, Any]:
        data: Mapping[str, Any] = self.document.data
        return data

    @property
    def name(self) -> str:
        return str(self.data.get("program", ""))

    @property
    def level(self) -> str:
        level = self.data.get("level")
        return level if level in LEVELS else DEFAULT_LEVEL

    @property
    def goal(self) -> str | None:
        goal = self.data.get("goal")
        return goal if goal in GOALS else None

    @property
    def sessions_per_week(self) -> int | None:
        """``sessions-per-week``: the workouts are done in rotation, this many a week (for a
        range such as ``2-3``, its lower end: what the week surely holds)."""
        value = self.data.get("sessions-per-week")
        if isinstance(value, str):
            spread = self.sessions_range
            value = spread[0] if spread is not None else None
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 14:
            return value
        return None

    @property
    def sessions_range(self) -> tuple[int, int] | None:
        """``sessions-per-week`` written as a range of counts (``2-3``: the program leaves
        the week open between them), as (low, high); None for a count, a range written
        high to low, or none."""
        value = self.data.get("sessions-per-week")
        found = SET_RANGE.fullmatch(value) if isinstance(value, str) else None
        if found is None:  # (a range of counts, as of sets)
            return None
        low, high = int(found.group(1)), int(found.group(2))
        return (low, high) if low <= high else None

    def times_per_week(self, workout: Workout) -> float:
        """How often ``workout`` is done in an average week (1, or its share of a rotation)."""
        sessions = self.sessions_per_week
        if sessions is None or not self.workouts:
            return 1.0
        return sessions / len(self.workouts)

    def warmup_value(self, workout: Workout) -> object:
        """The warm-up that starts ``workout``: its own, else the program's (None: neither)."""
        value = workout.data.get("warmup")
        return value if value is not None else self.data.get("warmup")

    def warmup_path(self, workout: Workout) -> Path:
        if workout.data.get("warmup") is not None:
            return (*workout.path, "warmup")
        return ("warmup",)

    def span(self, path: Path) -> Span:
        """Where the value at ``path`` is (its nearest existing ancestor otherwise)."""
        return self.document.value_span(path)

    def key_span(self, path: Path) -> Span:
        """Where the key of ``path`` is (its value for list items)."""
        return self.document.key_span(path)

    def name_span(self, use: ExerciseUse) -> Span:
        """Where a finding about an exercise goes: its name, on the exercise's line."""
        return self.span((*use.path, "exercise"))

    def workout_span(self, workout: Workout) -> Span:
        """Where a finding about a workout goes: its name (the item itself otherwise)."""
        if "name" in workout.data:
            return self.span((*workout.path, "name"))
        return self.span(workout.path)

    def week_span(self) -> Span:
        """Where a finding about the whole week goes: the ``workouts`` key."""
        return self.key_span(("workouts",))

    def flagged(self, path: Path) -> bool:
        """Whether the schema reported the value at ``path`` or anything inside it."""
        if not self.invalid:
            return False
        size = len(path)
        return any(p[:size] == path for p in self.invalid)

    def flagged_entries(self) -> bool:
        """Whether some workout or exercise entry has a schema finding (an exercise the
        rules cannot see, such as ``excercise: plank``)."""
        return any(p[:1] == ("workouts",) and len(p) >= 2 for p in self.invalid)

    def exercises(self) -> Iterator[tuple[Workout, ExerciseUse]]:
        for workout in self.workouts:
            for use in workout.exercises:
                yield workout, use


#: An entry that is a pause in a timed circuit, not an exercise: ``exercise: Rest`` for
#: 20 s, as interval apps write the rest between stations.
_PAUSE = LazyPattern(
    r"\s*(?:rest|rest period|rest interval|recovery|recover|break|pause|transition)\s*",
    re.IGNORECASE,
)


def _mapping(value: object) -> TypeGuard[Mapping[str, Any]]:
    """``isinstance(value, Mapping)``, quicker for the loader's dicts (the ABC check took
    6% of building a program, profiled on 1,000 files)."""
    return isinstance(value, (dict, Mapping))  # dict first: no ABC check for them


def build_catalog(base: Catalog, document: Document) -> Catalog:
    """The catalog for one program: ``base`` plus the program's custom exercises."""
    custom = document.data.get("custom-exercises")
    if not isinstance(custom, list) or not custom:
        return base
    catalog = Catalog(base)
    for item in custom:
        if isinstance(item, Mapping) and isinstance(item.get("name"), str):
            try:
                catalog.add(Exercise.from_mapping(item, source="program"))
            except (TypeError, ValueError):
                continue
    return catalog


def build_program(document: Document, base: Catalog) -> Program:
    catalog = build_catalog(base, document)
    workouts: list[Workout] = []
    raw = document.data.get("workouts")
    if isinstance(raw, list):
        for index, item in enumerate(raw):
            if not _mapping(item):
                continue
            path: Path = ("workouts", index)
            name = item.get("name")
            workout = Workout(
                name=name if isinstance(name, str) else f"workout {index + 1}",
                index=index,
                path=path,
                data=item,
            )
            workout.exercises = list(_uses(item.get("exercises"), (*path, "exercises"), catalog))
            workouts.append(workout)
    return Program(document, catalog, workouts)


def _uses(blocks: object, path: Path, catalog: Catalog) -> Iterator[ExerciseUse]:
    if not isinstance(blocks, list):
        return
    for index, block in enumerate(blocks):
        if not _mapping(block):
            continue
        block_path: Path = (*path, index)
        for kind, count_key in (("circuit", "rounds"), ("superset", "sets")):
            group = block.get(kind)
            if _mapping(group):
                group = _with_notes_beside(group, block.get("notes"))
                sets = parse_sets(group.get(count_key))
                members = group.get("exercises")
                if isinstance(members, list):
                    for member_index, member in enumerate(members):
                        use = _use(member, (*block_path, kind, "exercises", member_index), catalog)
                        if use is not None:
                            use.block, use.block_index, use.group_sets = kind, index, sets
                            use.group = group
                            use.group_time = parse_duration(group.get("duration"))
                            yield use
                break
        else:
            use = _use(block, block_path, catalog)
            if use is not None:
                use.block_index = index
                yield use


def _with_notes_beside(group: Mapping[str, Any], beside: object) -> Mapping[str, Any]:
    """A block's circuit or superset with the notes written beside it (under the block's
    dash, not inside it) read as its own, after any it has."""
    if not isinstance(beside, str) or not beside.strip():
        return group
    inner = group.get("notes")
    return {**group, "notes": f"{inner} {beside}" if isinstance(inner, str) else beside}


def _use(entry: object, path: Path, catalog: Catalog) -> ExerciseUse | None:
    if not _mapping(entry):
        return None
    name = entry.get("exercise")
    if not isinstance(name, str) or not name.strip() or _PAUSE.fullmatch(name):
        return None
    found = catalog.find(name, prescription=entry)  # the prescription decides "rowing"
    return ExerciseUse(name=name, path=path, entry=entry, exercise=found)
