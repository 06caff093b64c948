"""What a name resolved to, and names that may mean two movements."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from checker.catalog_data import Exercise, _data

_TIMED_KEYS = ("duration", "intervals", "distance")
_STRENGTH_KEYS = ("sets", "reps", "load")


def prescription_kind(prescription: Mapping[str, Any] | None) -> str | None:
    """``timed`` (duration, intervals or distance), ``sets`` (sets, reps or load) or None."""
    if not isinstance(prescription, Mapping):
        return None
    if any(key in prescription for key in _TIMED_KEYS):
        return "timed"
    if any(key in prescription for key in _STRENGTH_KEYS):
        return "sets"
    return None


class Ambiguity:
    """A name that means different movements, and how a prescription decides.

    (Plain classes here and in ``Resolution``: a dataclass costs start-up time.)"""

    __slots__ = ("by_kind", "candidates", "default", "name")

    def __init__(
        self,
        name: str,
        candidates: tuple[str, ...],
        by_kind: Mapping[str, str] | None = None,
        default: str | None = None,
    ) -> None:
        self.name = name
        self.candidates = candidates
        self.by_kind: Mapping[str, str] = by_kind or {}
        self.default = default

    @classmethod
    def from_mapping(cls, entry: Mapping[str, Any]) -> Ambiguity:
        by_kind = {k: str(entry[k]) for k in ("timed", "sets") if entry.get(k)}
        default = entry.get("default")
        return cls(
            name=str(entry["name"]),
            candidates=tuple(str(c) for c in entry["candidates"]),
            by_kind=by_kind,
            default=str(default) if default else None,
        )


class Resolution:
    """What a name resolved to and why."""

    __slots__ = ("ambiguous", "candidates", "exercise", "how", "ignored", "key", "name")

    def __init__(
        self,
        name: str,
        key: str,
        exercise: Exercise | None,
        how: str,
        ignored: tuple[str, ...] = (),
        candidates: tuple[str, ...] = (),
        ambiguous: bool = False,
    ) -> None:
        self.name = name
        self.key = key
        self.exercise = exercise
        self.how = how
        #: modifiers the catalog entry does not name (equipment, position, grip)
        self.ignored = ignored
        #: for an ambiguous name: the ids it may mean
        self.candidates = candidates
        #: the name is declared ambiguous: the prescription may change the result
        self.ambiguous = ambiguous

    def renamed(self, name: str) -> Resolution:
        """The same resolution, for another spelling of the name."""
        return Resolution(
            name, self.key, self.exercise, self.how, self.ignored, self.candidates, self.ambiguous
        )

    def explain(self) -> str:
        if self.exercise is None:
            if self.candidates:
                return (
                    f"'{self.name}' is ambiguous: it may mean "
                    + " or ".join(self.candidates)
                    + "; write the fuller name"
                )
            return f"'{self.name}' matches no exercise"
        text = f"'{self.name}' is {self.exercise.name} ({self.exercise.id}): {self.how}"
        if self.ignored:
            text += "; " + ", ".join(f"'{m}'" for m in self.ignored) + " taken as a modifier"
        return text


def builtin_ambiguities() -> list[Ambiguity]:
    """Names the curated catalog declares ambiguous, with their candidates."""
    entries: Sequence[Mapping[str, Any]] = _data("exercises.json").get("ambiguous", ())
    return [Ambiguity.from_mapping(entry) for entry in entries]
