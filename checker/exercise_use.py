"""One exercise entry of a program, as rules read it: its name, catalog entry and
prescription (re-exported by :mod:`checker.program`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from checker.catalog import Exercise
from checker.loader import Path
from checker.units import Range, parse_duration, parse_reps, parse_sets
from checker.values import Compared


class ExerciseUse(
    Compared,
    fields=(
        "name",
        "path",
        "entry",
        "exercise",
        "block",
        "block_index",
        "group_sets",
        "group",
        "group_time",
    ),
):
    """One exercise as prescribed in a workout (alone or inside a circuit/superset)."""

    __slots__ = (
        "_set_range",
        "_set_range_known",
        "_warmup",
        "block",
        "block_index",
        "entry",
        "exercise",
        "group",
        "group_sets",
        "group_time",
        "name",
        "path",
    )

    name: str
    path: Path
    entry: Mapping[str, Any]
    exercise: Exercise | None
    block: str  # single | circuit | superset
    block_index: int
    group_sets: Range | None  # circuit rounds / superset sets
    group: Mapping[str, Any] | None  # the circuit or superset the entry is in
    group_time: Range | None  # a timed circuit or superset (AMRAP, EMOM, density)
    #: the set range, worked out on first use (rules ask for it again and again)
    _set_range_known: bool
    _set_range: Range | None
    #: :attr:`is_warmup`, worked out on first use
    _warmup: bool | None

    def __init__(
        self,
        name: str,
        path: Path,
        entry: Mapping[str, Any],
        exercise: Exercise | None,
        block: str = "single",
        block_index: int = 0,
        group_sets: Range | None = None,
        group: Mapping[str, Any] | None = None,
        group_time: Range | None = None,
    ) -> None:
        self.name = name
        self.path = path
        self.entry = entry
        self.exercise = exercise
        self.block = block
        self.block_index = block_index
        self.group_sets = group_sets
        self.group = group
        self.group_time = group_time
        self._set_range_known = False
        self._set_range = None
        self._warmup = None

    @property
    def sets(self) -> int | None:
        """Sets of this exercise; circuit rounds and superset sets count as sets. For a
        range of sets (``3-4``) its lower end: what the week surely holds."""
        found = self.set_range
        return None if found is None else int(found.low)

    @property
    def set_range(self) -> Range | None:
        """Sets of this exercise as a range: ``3`` is 3-3, ``3-4`` (Lyle McDonald's, Tactical
        Barbell's) is 3-4; circuit rounds and superset sets count as sets."""
        if not self._set_range_known:
            found = parse_sets(self.entry.get("sets"))
            self._set_range = self.group_sets if found is None else found
            self._set_range_known = True
        return self._set_range

    @property
    def open_sets(self) -> bool:
        """Whether the sets are left to the session: the exercise is in a timed circuit or
        superset (as many rounds as fit in 15 minutes) that gives no count."""
        return self.sets is None and self.group_time is not None

    @property
    def sets_path(self) -> Path:
        if "sets" in self.entry:
            return (*self.path, "sets")
        if self.block != "single":
            return (*self.path[:-2], "rounds" if self.block == "circuit" else "sets")
        return self.path

    @property
    def reps(self) -> Range | None:
        return parse_reps(self.entry.get("reps"))

    @property
    def hold(self) -> Range | None:
        return parse_duration(self.entry.get("hold"))

    @property
    def duration(self) -> Range | None:
        return parse_duration(self.entry.get("duration"))

    @property
    def display(self) -> str:
        return self.name

    @property
    def adds_load(self) -> bool:
        """Whether the entry's ``load`` adds weight (``bodyweight`` alone, with or without
        a note in parentheses, does not; ``bodyweight + 10 kg``, ``20 kg`` and ``RPE 8``
        do)."""
        return adds_load(self.entry.get("load"))

    @property
    def is_warmup(self) -> bool:
        """Warm-up sets or an activation drill: ``warmup: true`` on the entry, or a
        catalog warm-up drill (arm circles, band pull-aparts, ...)."""
        warmup = self._warmup
        if warmup is None:
            warmup = self._warmup = self.entry.get("warmup") is True or self.has("warmup")
        return warmup

    def has(self, tag: str) -> bool:
        return self.exercise is not None and self.exercise.has(tag)


#: Loads that add no weight to the body's own
_BODYWEIGHT = frozenset({"bodyweight", "body weight", "body mass", "bodymass", "bw", "none"})


def adds_load(load: object) -> bool:
    """Whether a ``load`` value adds weight (see :attr:`ExerciseUse.adds_load`)."""
    if load is None:
        return False
    if isinstance(load, str):
        return load.split("(", 1)[0].strip().lower() not in _BODYWEIGHT
    return True
