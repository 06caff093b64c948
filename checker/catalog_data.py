"""The catalog's data: its vocabularies (muscles, tags, movement patterns) and entries.

The entries are ``checker/data/exercises.json``, the muscles ``checker/data/muscles.json``;
``Exercise`` is one entry as the rules see it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from checker.values import Frozen, set_field

TAGS = (
    "deep-core",
    "heavy",
    "deadlift",
    "power",
    "isometric",
    "cardio",
    "unilateral",
    "bodyweight",
    "warmup",
)

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

_NON_WORD = re.compile(r"[^0-9a-z]+")


@cache
def _data(name: str) -> Any:
    # A plain path, not importlib.resources: trainlint is never run from a zip, and
    # importing importlib.resources costs a twentieth of the start-up.
    text = (Path(__file__).parent / "data" / name).read_text(encoding="utf-8")
    return json.loads(text)


@cache
def muscle_groups() -> dict[str, str]:
    """Map every muscle of the fixed vocabulary to its group (back, chest, ...)."""
    groups: dict[str, list[str]] = _data("muscles.json")["groups"]
    return {muscle: group for group, muscles in groups.items() for muscle in muscles}


def muscle_descriptions() -> dict[str, str]:
    descriptions: dict[str, str] = _data("muscles.json").get("descriptions", {})
    return descriptions


def group_names() -> list[str]:
    return list(_data("muscles.json")["groups"])


def optional_groups() -> frozenset[str]:
    """Groups a week shows only when it trains them (the neck: most programs have none)."""
    return frozenset(_data("muscles.json").get("shown-when-trained", ()))


@cache
def patterns() -> frozenset[str]:
    """Every movement pattern an entry may have."""
    return frozenset(BASE_PATTERNS) | {f"isolation-{m}" for m in muscle_groups()}


@cache
def _groups_of(muscles: tuple[str, ...]) -> frozenset[str]:
    """The muscle groups of some muscles (memoized: rules ask for every exercise entry)."""
    groups = muscle_groups()
    return frozenset(groups[m] for m in muscles if m in groups)


#: Tags that make an entry with a primary back muscle something other than back work.
_NOT_BACK = frozenset({"deep-core", "cardio", "warmup"})


class Exercise(
    Frozen,
    fields=(
        "id",
        "name",
        "aliases",
        "primary",
        "secondary",
        "tags",
        "equipment",
        "source",
        "pattern",
    ),
):
    """One catalog entry."""

    __slots__ = (
        "_back",
        "aliases",
        "equipment",
        "id",
        "name",
        "pattern",
        "primary",
        "secondary",
        "source",
        "tags",
    )

    id: str
    name: str
    aliases: tuple[str, ...]
    primary: tuple[str, ...]
    secondary: tuple[str, ...]
    tags: frozenset[str]
    equipment: str
    source: str
    #: movement pattern (see ``patterns()``); empty when a plugin or program gives none
    pattern: str
    #: :attr:`trains_back`, worked out once (rules ask for every entry of every program)
    _back: bool

    def __init__(
        self,
        id: str,
        name: str,
        aliases: tuple[str, ...],
        primary: tuple[str, ...],
        secondary: tuple[str, ...],
        tags: frozenset[str],
        equipment: str = "other",
        source: str = "trainlint",
        pattern: str = "",
    ) -> None:
        set_field(self, "id", id)
        set_field(self, "name", name)
        set_field(self, "aliases", aliases)
        set_field(self, "primary", primary)
        set_field(self, "secondary", secondary)
        set_field(self, "tags", tags)
        set_field(self, "equipment", equipment)
        set_field(self, "source", source)
        set_field(self, "pattern", pattern)
        set_field(self, "_back", "back" in _groups_of(primary) and not tags & _NOT_BACK)

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
        return self._back

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


def slug(name: str) -> str:
    return _NON_WORD.sub("-", name.lower()).strip("-")


def exercise_names(catalog: Iterable[Exercise]) -> list[str]:
    """The entries' names, sorted, as editors offer them for completion."""
    return sorted({e.name for e in catalog}, key=lambda name: (name.lower(), name))


_NONE = Exercise("", "", (), (), (), frozenset(), source="")


def builtin_exercises() -> list[Exercise]:
    """The curated catalog shipped with trainlint."""
    entries: Sequence[Mapping[str, Any]] = _data("exercises.json")["exercises"]
    return [Exercise.from_mapping(entry) for entry in entries]
