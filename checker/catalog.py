"""The exercise catalog: what each exercise trains, and forgiving name matching.

The catalog itself is data (``checker/data/exercises.json`` and the muscle
vocabulary in ``checker/data/muscles.json``); plugins add entries through the
``trainlint_exercises`` hook and programs through ``custom-exercises``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

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

_ABBREVIATIONS = {
    "db": "dumbbell",
    "dbs": "dumbbell",
    "bb": "barbell",
    "kb": "kettlebell",
    "kbs": "kettlebell",
    "sa": "single arm",
    "sl": "single leg",
    "ez": "ez bar",
}
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

    @property
    def primary_groups(self) -> frozenset[str]:
        groups = muscle_groups()
        return frozenset(groups[m] for m in self.primary if m in groups)

    @property
    def groups(self) -> frozenset[str]:
        groups = muscle_groups()
        return frozenset(groups[m] for m in (*self.primary, *self.secondary) if m in groups)

    def has(self, tag: str) -> bool:
        return tag in self.tags

    @property
    def trains_back(self) -> bool:
        """Back work as the rules count it: a back muscle is primary, and it is not
        deep-core stability work, cardio or a warm-up drill."""
        return "back" in self.primary_groups and not self.tags & {"deep-core", "cardio", "warmup"}

    @classmethod
    def from_mapping(cls, entry: Mapping[str, Any], source: str = "trainlint") -> Exercise:
        name = str(entry["name"])
        return cls(
            id=str(entry.get("id") or slug(name)),
            name=name,
            aliases=tuple(str(a) for a in entry.get("aliases", ())),
            primary=tuple(str(m) for m in entry.get("primary", ())),
            secondary=tuple(str(m) for m in entry.get("secondary", ())),
            tags=frozenset(str(t) for t in entry.get("tags", ())),
            equipment=str(entry.get("equipment", "other")),
            source=source,
        )


def slug(name: str) -> str:
    return _NON_WORD.sub("-", name.lower()).strip("-")


#: normalize() results: a repository's programs name the same exercises again and again
_NORMALIZED: dict[str, str] = {}
_NORMALIZED_MAX = 50_000


def normalize(name: str) -> str:
    """Lowercase, punctuation to spaces, abbreviations expanded, plurals singular."""
    known = _NORMALIZED.get(name)
    if known is None:
        if len(_NORMALIZED) >= _NORMALIZED_MAX:
            _NORMALIZED.clear()
        known = _NORMALIZED[name] = _normalize(name)
    return known


def _normalize(name: str) -> str:
    words = _NON_WORD.sub(" ", name.lower()).split()
    out: list[str] = []
    for word in words:
        word = _ABBREVIATIONS.get(word, word)
        for part in word.split():
            out.append(_singular(part))
    return " ".join(out)


def _singular(word: str) -> str:
    if word == "ups":  # pull-ups, push-ups, sit-ups
        return "up"
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _order_free(key: str) -> str:
    return " ".join(sorted(key.split()))


class Catalog:
    """A set of exercises with forgiving lookup by name."""

    def __init__(self, exercises: Iterable[Exercise] = ()) -> None:
        self._by_id: dict[str, Exercise] = {}
        self._by_key: dict[str, Exercise] = {}
        #: entries by their words in any order, built on the first lookup that needs it
        self._by_words: dict[str, Exercise] | None = None
        #: suggestions already worked out, by (normalized name, limit): the same
        #: unknown name tends to recur across a repository's programs
        self._suggested: dict[tuple[str, int], list[str]] = {}
        for exercise in exercises:
            self.add(exercise)

    def add(self, exercise: Exercise) -> None:
        """Add (or override, for program-defined exercises) an entry."""
        self._suggested.clear()
        self._by_id[exercise.id] = exercise
        for name in (exercise.id, exercise.name, *exercise.aliases):
            key = normalize(name)
            self._by_key[key] = exercise
        self._by_words = None  # built again when first needed

    def __iter__(self) -> Any:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, exercise_id: str) -> Exercise | None:
        return self._by_id.get(exercise_id)

    def find(self, name: str) -> Exercise | None:
        """The entry a coach's name refers to, or None."""
        key = normalize(name)
        found = self._by_key.get(key)
        if found is None:
            if self._by_words is None:
                self._by_words = {}
                for known_key, exercise in self._by_key.items():
                    self._by_words.setdefault(_order_free(known_key), exercise)
            found = self._by_words.get(_order_free(key))
        return found

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """Display names of the entries closest to ``name`` (the best, and any about as close)."""
        key = normalize(name)
        known = self._suggested.get((key, limit))
        if known is None:
            known = self._suggested[key, limit] = self._suggest(key, limit)
        return list(known)

    def _suggest(self, key: str, limit: int) -> list[str]:
        keys = list(self._by_key)
        import difflib

        matches = difflib.get_close_matches(key, keys, n=limit * 3, cutoff=0.6)
        if matches:
            best = difflib.SequenceMatcher(None, key, matches[0]).ratio()
            matches = [
                m for m in matches if difflib.SequenceMatcher(None, key, m).ratio() >= best - 0.05
            ]
        else:
            words = set(key.split())
            matches = [k for k in keys if words & set(k.split())][: limit * 3]
        names: list[str] = []
        for match in matches:
            display = self._by_key[match].name
            if display not in names:
                names.append(display)
        return names[:limit]

    def search(self, query: str) -> list[Exercise]:
        """Entries whose names, aliases, muscles or tags contain every word of ``query``."""
        words = normalize(query).split()
        results: list[Exercise] = []
        for exercise in self._by_id.values():
            haystack = " ".join(
                normalize(n)
                for n in (
                    exercise.id,
                    exercise.name,
                    *exercise.aliases,
                    *exercise.primary,
                    *exercise.secondary,
                    *exercise.tags,
                )
            )
            haystack += " " + " ".join(exercise.groups)
            if all(word in haystack for word in words):
                results.append(exercise)
        return results


def builtin_exercises() -> list[Exercise]:
    """The curated catalog shipped with trainlint."""
    entries: Sequence[Mapping[str, Any]] = _data("exercises.json")["exercises"]
    return [Exercise.from_mapping(entry) for entry in entries]
