"""The catalog's entries and answers: :class:`Exercise` (what one exercise trains),
:class:`Ambiguity` (a name that means several movements), :class:`Resolution` (what a
name resolved to, and why), and the muscle vocabulary they are written in
(``checker/data/muscles.json``)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from checker.naming import slug

#: movement patterns; ``isolation-<muscle>`` for every muscle of the vocabulary comes on top
BASE_PATTERNS = (
    "hinge",
    "squat",
    "lunge",
    "horizontal-pull",
    "vertical-pull",
    "horizontal-push",
    "vertical-push",
    "carry",
    "anti-extension",
    "anti-rotation",
    "anti-lateral-flexion",
    "rotation",
    "flexion",
    "spinal-extension",
    "balance",
    "crawl",
    "get-up",
    "throw",
    "jump",
    "olympic",
    "cardio",
    "mobility",
)


@cache
def data_file(name: str) -> Any:
    """The parsed JSON file ``name`` of ``checker/data``."""
    # A plain path, not importlib.resources: trainlint is never run from a zip, and
    # importing importlib.resources costs a twentieth of the start-up.
    text = (Path(__file__).parent / "data" / name).read_text(encoding="utf-8")
    return json.loads(text)


@cache
def muscle_groups() -> dict[str, str]:
    """Map every muscle of the fixed vocabulary to its group (back, chest, ...)."""
    groups: dict[str, list[str]] = data_file("muscles.json")["groups"]
    return {muscle: group for group, muscles in groups.items() for muscle in muscles}


def group_names() -> list[str]:
    return list(data_file("muscles.json")["groups"])


@cache
def patterns() -> frozenset[str]:
    """Every movement pattern an entry may have."""
    return frozenset(BASE_PATTERNS) | {f"isolation-{m}" for m in muscle_groups()}


@cache
def _groups_of(muscles: tuple[str, ...]) -> frozenset[str]:
    """The muscle groups of some muscles (memoized: rules ask for every exercise entry)."""
    groups = muscle_groups()
    return frozenset(groups[m] for m in muscles if m in groups)


@dataclass(frozen=True, slots=True)
class Exercise:
    """One catalog entry."""

    id: str
    name: str
    aliases: tuple[str, ...]
    primary: tuple[str, ...]
    secondary: tuple[str, ...]
    tags: frozenset[str]
    equipment: str = "other"
    source: str = "trainlint"
    #: movement pattern (see ``patterns()``); empty when a plugin or program gives none
    pattern: str = ""

    @property
    def primary_groups(self) -> frozenset[str]:
        return _groups_of(self.primary)

    @property
    def groups(self) -> frozenset[str]:
        return _groups_of((*self.primary, *self.secondary))

    def has(self, tag: str) -> bool:
        return tag in self.tags

    @property
    def trains_back(self) -> bool:
        """Back work as the rules count it: a back muscle is primary, and it is not
        deep-core stability work, cardio or a warm-up drill."""
        return "back" in self.primary_groups and not self.tags & {"deep-core", "cardio", "warmup"}

    @property
    def kind(self) -> str:
        """What the back rules count it as: ``back``, ``deep-core`` or ``other``."""
        if self.trains_back:
            return "back"
        return "deep-core" if "deep-core" in self.tags else "other"

    @classmethod
    def from_mapping(cls, entry: Mapping[str, Any], source: str = "trainlint") -> Exercise:
        name = str(entry["name"])
        return cls(
            id=str(entry.get("id") or slug(name)),
            name=name,
            aliases=tuple(map(str, entry.get("aliases", ()))),
            primary=tuple(map(str, entry.get("primary", ()))),
            secondary=tuple(map(str, entry.get("secondary", ()))),
            tags=frozenset(map(str, entry.get("tags", ()))),
            equipment=str(entry.get("equipment", "other")),
            source=source,
            pattern=str(entry.get("pattern", "")),
        )


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
