"""Helpers shared by the fat-loss rules."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from checker.api import NodePath, Program, Range, Span, Violation, parse_duration

_AMOUNT = re.compile(r"^\s*(\d+(?:\.\d+)?)(?:\s*[-–]\s*(\d+(?:\.\d+)?))?")


def applies(program: Program) -> bool:
    """The rules of this plugin judge fat-loss programs only."""
    return program.goal == "fat-loss"


def amount(value: object) -> Range | None:
    """The number or range at the start of '400 kcal', '1.6-2.2 g/kg', '30 g'."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Range(float(value), float(value))
    if not isinstance(value, str):
        return None
    match = _AMOUNT.match(value)
    if match is None:
        return None
    low = float(match.group(1))
    high = float(match.group(2) or low)
    return Range(min(low, high), max(low, high))


def nutrition(program: Program) -> Mapping[str, Any]:
    section = program.data.get("nutrition")
    return section if isinstance(section, Mapping) else {}


def missing_span(program: Program) -> Span:
    """Where to report a missing nutrition value: the section, else the goal."""
    if "nutrition" in program.data:
        return program.key_span(("nutrition",))
    return program.span(("goal",))


@dataclass(frozen=True, slots=True)
class CardioSession:
    """A cardio session: an exercise in a workout or an entry of the cardio section."""

    name: str
    path: NodePath
    duration: Range | None
    per_week: float
    span_path: NodePath
    #: The catalog id of the exercise (None for the cardio section's activities).
    exercise_id: str | None = None


def cardio_sessions(program: Program) -> Iterator[CardioSession]:
    for workout in program.workouts:
        for use in workout.exercises:
            if use.has("cardio") and use.exercise is not None:
                yield CardioSession(
                    use.name,
                    use.path,
                    use.duration,
                    program.times_per_week(workout),
                    (*use.path, "exercise"),
                    use.exercise.id,
                )
    section = program.data.get("cardio")
    if isinstance(section, list):
        for index, entry in enumerate(section):
            if not isinstance(entry, Mapping):
                continue
            per_week = entry.get("per-week")
            yield CardioSession(
                str(entry.get("activity", "cardio")),
                ("cardio", index),
                parse_duration(entry.get("duration")),
                per_week if isinstance(per_week, int) and not isinstance(per_week, bool) else 1,
                ("cardio", index, "activity"),
            )


def fmt(value: float) -> str:
    return f"{value:g}"


class NutritionTarget:
    """Shared check for a daily nutrition value that must lie in a range.

    Subclasses (which also derive from :class:`checker.rule.Rule`) set ``key``
    (the key in the ``nutrition`` section), ``unit`` and ``what``.
    """

    key: str
    unit: str
    what: str

    def check_target(self, program: Program, low: float, high: float) -> Iterator[Violation]:
        if not applies(program):
            return
        value = nutrition(program).get(self.key)
        wanted = f"{fmt(low)}-{fmt(high)} {self.unit}"
        if value is None:
            yield Violation(
                missing_span(program),
                f"a fat-loss program sets a daily {self.what} of {wanted}: add "
                f"'nutrition: {{{self.key}: ...}}'",
            )
            return
        target = amount(value)
        if target is None:
            return  # malformed: the schema reports it
        if target.low < low or target.high > high:
            yield Violation(
                program.span(("nutrition", self.key)),
                f"the daily {self.what} is {value}; aim for {wanted}",
            )
