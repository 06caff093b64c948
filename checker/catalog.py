"""The exercise catalog: what each exercise trains, and forgiving name matching.

The entries are :mod:`checker.exercise`'s, the name forms :mod:`checker.naming`'s.

The catalog itself is data (``checker/data/exercises.json`` and the muscle
vocabulary in ``checker/data/muscles.json``); plugins add entries through the
``trainlint_exercises`` hook and programs through ``custom-exercises``.

Matching (``Catalog.resolve``) works on a normalized name: lowercase, punctuation
to spaces, abbreviations expanded (DB, BB, KB), plurals singular, one spelling
for words written several ways (pull-up / pullup, flye / fly, one-arm /
single-arm, leverage machine / machine). It tries, in order: the exact name,
the same words in any order, the words run together ("pull down" = "pulldown"),
then the name without its modifiers (equipment, position, grip: "band reverse
fly" is the reverse fly with a band), keeping the equipment in the result.
Names declared ambiguous in the data ("rowing") are decided by the entry's
prescription: timed work is the machine, sets and reps a row.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from itertools import combinations
from typing import Any

from checker.exercise import Ambiguity, Resolution, data_file

# The entries and the muscle vocabulary; rules and plugins import them from here too.
from checker.exercise import Exercise as Exercise
from checker.exercise import group_names as group_names
from checker.exercise import muscle_groups as muscle_groups
from checker.naming import (
    EQUIPMENT_MODIFIERS,
    OTHER_MODIFIERS,
    UNILATERAL,
    head_word,
    modifiers_in,
    normalize,
    order_free,
    prescription_kind,
    squashed,
    trigrams,
)


class Catalog:
    """A set of exercises with forgiving lookup by name.

    Adding an entry is cheap: the name indexes are built on the first lookup.
    """

    def __init__(self, exercises: Iterable[Exercise] = ()) -> None:
        self._by_id: dict[str, Exercise] = {}
        self._pending: list[Exercise] = []
        self._by_key: dict[str, Exercise] = {}
        #: entries by their words in any order, and run together, built when first needed
        self._by_words: dict[str, Exercise] | None = None
        self._by_squashed: dict[str, Exercise] | None = None
        self._ambiguous: dict[str, Ambiguity] = {}
        self._resolved: dict[tuple[str, str | None], Resolution] = {}
        self._variants: dict[tuple[str, str | None, bool], Exercise] = {}
        #: suggestions already worked out, by (normalized name, limit): the same
        #: unknown name tends to recur across a repository's programs
        self._suggested: dict[tuple[str, int], list[str]] = {}
        self._heads: dict[str, frozenset[str]] | None = None
        #: the known keys by their three-letter pieces, to shortlist close names
        self._grams: dict[str, list[str]] | None = None
        if isinstance(exercises, Catalog):
            exercises._index()
            self._by_id = dict(exercises._by_id)
            self._by_key = dict(exercises._by_key)
            self._ambiguous = dict(exercises._ambiguous)
            return
        for exercise in exercises:
            self.add(exercise)

    def add(self, exercise: Exercise) -> None:
        """Add (or override, for program-defined exercises) an entry."""
        self._by_id[exercise.id] = exercise
        self._pending.append(exercise)
        self._forget()

    def _forget(self) -> None:
        self._suggested.clear()
        self._resolved.clear()
        self._variants.clear()
        self._by_words = self._by_squashed = self._heads = None
        self._grams = None

    def _index(self) -> None:
        if self._pending:
            by_key = self._by_key
            for exercise in self._pending:
                if self._by_id.get(exercise.id) is not exercise:
                    continue  # overridden before it was indexed
                for name in (exercise.id, exercise.name, *exercise.aliases):
                    by_key[normalize(name)] = exercise
            self._pending.clear()
            if not self._ambiguous:
                # the built-in catalog's ambiguous names, once its entries are here
                for ambiguity in builtin_ambiguities():
                    if all(
                        self._by_id.get(c, _NONE).source == "trainlint"
                        for c in ambiguity.candidates
                    ):
                        self._ambiguous[normalize(ambiguity.name)] = ambiguity
            for key in [k for k in self._ambiguous if k in by_key]:
                if by_key[key].source != "trainlint":
                    del self._ambiguous[key]  # a plugin's or program's own exercise

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, exercise_id: str) -> Exercise | None:
        return self._by_id.get(exercise_id)

    def find(self, name: str, prescription: Mapping[str, Any] | None = None) -> Exercise | None:
        """The entry a coach's name refers to, or None; ``prescription`` (the program
        entry with its sets, reps, duration, ...) decides names declared ambiguous."""
        return self._resolution(name, prescription).exercise

    def resolve(self, name: str, prescription: Mapping[str, Any] | None = None) -> Resolution:
        """Like ``find``, with how the name was matched."""
        found = self._resolution(name, prescription)
        return found if found.name == name else found.renamed(name)

    def _resolution(self, name: str, prescription: Mapping[str, Any] | None) -> Resolution:
        key = normalize(name)
        found = self._resolved.get((key, None))
        if found is None:
            found = self._resolved[key, None] = self._resolve(name, key, None)
        if found.ambiguous and prescription is not None:
            kind = prescription_kind(prescription)
            if kind is not None:
                decided = self._resolved.get((key, kind))
                if decided is None:
                    decided = self._resolved[key, kind] = self._resolve(name, key, kind)
                return decided
        return found

    def _lookup(self, key: str, kind: str | None) -> tuple[Exercise | None, str, tuple[str, ...]]:
        ambiguity = self._ambiguous.get(key)
        if ambiguity is not None:
            chosen = ambiguity.by_kind.get(kind) if kind else None
            if chosen is not None and chosen in self._by_id:
                reason = (
                    "duration, intervals or distance" if kind == "timed" else "sets, reps or load"
                )
                how = f"ambiguous name, decided by the entry's {reason}"
                return self._by_id[chosen], how, ambiguity.candidates
            if ambiguity.default is not None and ambiguity.default in self._by_id:
                how = "ambiguous name; no duration nor sets/reps decide, so its usual meaning"
                return self._by_id[ambiguity.default], how, ambiguity.candidates
            return None, "ambiguous name", ambiguity.candidates
        found = self._by_key.get(key)
        if found is not None:
            return found, "exact name or alias", ()
        if self._by_words is None:
            self._by_words = _unambiguous(self._by_key, order_free)
            self._by_squashed = _unambiguous(self._by_key, squashed)
        found = self._by_words.get(order_free(key))
        if found is not None:
            return found, "same words in another order", ()
        assert self._by_squashed is not None
        found = self._by_squashed.get(squashed(key))
        if found is not None:
            return found, "same words written together or apart", ()
        return None, "", ()

    def _resolve(self, name: str, key: str, kind: str | None) -> Resolution:
        self._index()
        found, how, candidates = self._lookup(key, kind)
        if found is not None or candidates:
            return Resolution(
                name, key, found, how, candidates=candidates, ambiguous=bool(candidates)
            )
        modifiers = modifiers_in(key)
        if not modifiers:
            return Resolution(name, key, None, "no match")
        words = key.split()
        # the fewest words dropped; then the entry that already is what the dropped words
        # say (a dumbbell entry for "dumbbell"); then position and grip words before equipment
        best: tuple[tuple[int, int, int], Resolution] | None = None
        for count in range(1, len(modifiers) + 1):
            for dropped in combinations(modifiers, count):
                skip = {i for start, end, _ in dropped for i in range(start, end)}
                rest = " ".join(w for i, w in enumerate(words) if i not in skip)
                if not rest or rest in EQUIPMENT_MODIFIERS or rest in OTHER_MODIFIERS:
                    continue
                found, how, candidates = self._lookup(rest, kind)
                if found is None and not candidates:
                    continue
                ignored = tuple(m for _, _, m in dropped)
                changes = 0
                if found is not None:
                    variant = self._variant(found, ignored)
                    changes = (variant.equipment != found.equipment) + (variant.tags != found.tags)
                    found = variant
                equipment = sum(m in EQUIPMENT_MODIFIERS for m in ignored)
                score = (count, changes, equipment)
                if best is None or score < best[0]:
                    how = f"{how} ('{rest}')" if how else "ambiguous"
                    resolution = Resolution(
                        name, key, found, how, ignored, candidates, bool(candidates)
                    )
                    best = (score, resolution)
            if best is not None:
                return best[1]
        return Resolution(name, key, None, "no match")

    def _variant(self, base: Exercise, ignored: tuple[str, ...]) -> Exercise:
        """``base`` done with the equipment or on one side as ``ignored`` says."""
        equipment = next(
            (EQUIPMENT_MODIFIERS[m] for m in ignored if m in EQUIPMENT_MODIFIERS), None
        )
        if equipment == base.equipment:
            equipment = None
        unilateral = any(m in UNILATERAL for m in ignored) and "unilateral" not in base.tags
        if equipment is None and not unilateral:
            return base
        cache_key = (base.id, equipment, unilateral)
        variant = self._variants.get(cache_key)
        if variant is None:
            tags = set(base.tags)
            if unilateral:
                tags.add("unilateral")
            if equipment is not None:
                if equipment != "barbell":
                    # 'heavy' and 'deadlift' are barbell lifts only
                    tags -= {"heavy", "deadlift"}
                if equipment == "bodyweight":
                    tags.add("bodyweight")
                else:
                    tags.discard("bodyweight")
            variant = self._variants[cache_key] = replace(
                base, tags=frozenset(tags), equipment=equipment or base.equipment
            )
        return variant

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """Display names of the entries closest to ``name`` (the best, and any about as
        close), of the same movement pattern when the name's last words reveal one."""
        key = normalize(name)
        known = self._suggested.get((key, limit))
        if known is None:
            known = self._suggested[key, limit] = self._suggest(key, limit)
        return list(known)

    def head_patterns(self, key: str) -> frozenset[str]:
        """The movement patterns of the entries whose names end like ``key`` does
        ("... push up", "... row", "... curl"); empty when none does."""
        self._index()
        if self._heads is None:
            heads: dict[str, set[str]] = {}
            for known_key, exercise in self._by_key.items():
                if exercise.pattern:
                    heads.setdefault(head_word(known_key), set()).add(exercise.pattern)
            self._heads = {head: frozenset(found) for head, found in heads.items()}
        return self._heads.get(head_word(key), frozenset())

    def _suggest(self, key: str, limit: int) -> list[str]:
        self._index()
        wanted = self.head_patterns(key)
        keys = [k for k, e in self._by_key.items() if not wanted or e.pattern in wanted]
        import difflib

        shortlist = [
            k for k in self._shortlist(key) if not wanted or self._by_key[k].pattern in wanted
        ]
        matches = difflib.get_close_matches(key, shortlist, n=limit * 3, cutoff=0.6)
        if matches:
            best = difflib.SequenceMatcher(None, key, matches[0]).ratio()
            matches = [
                m for m in matches if difflib.SequenceMatcher(None, key, m).ratio() >= best - 0.05
            ]
        else:
            words = set(key.split()) - set(EQUIPMENT_MODIFIERS) - OTHER_MODIFIERS
            matches = [k for k in keys if words & set(k.split())][: limit * 3]
        names: list[str] = []
        for match in matches:
            display = self._by_key[match].name
            if display not in names:
                names.append(display)
        return names[:limit]

    def _shortlist(self, key: str, size: int = 60) -> list[str]:
        """The known keys sharing the most three-letter pieces with ``key``: difflib
        then compares ``key`` with these only (a close name shares most of them)."""
        if self._grams is None:
            grams: dict[str, list[str]] = {}
            for known in self._by_key:
                for gram in trigrams(known):
                    grams.setdefault(gram, []).append(known)
            self._grams = grams
        counts: dict[str, int] = {}
        for gram in trigrams(key):
            for known in self._grams.get(gram, ()):
                counts[known] = counts.get(known, 0) + 1
        return sorted(counts, key=lambda known: -counts[known])[:size]

    def search(self, query: str) -> list[Exercise]:
        """Entries whose names, aliases, muscles, tags or pattern contain every word of
        ``query``."""
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
                    exercise.pattern,
                )
            )
            haystack += " " + " ".join(exercise.groups)
            if all(word in haystack for word in words):
                results.append(exercise)
        return results


def _unambiguous(by_key: Mapping[str, Exercise], fold: Any) -> dict[str, Exercise]:
    """``by_key`` re-keyed by ``fold``, without the folded keys two entries share
    ("low to high cable fly" and "high to low cable fly" in any order)."""
    folded: dict[str, Exercise] = {}
    shared: set[str] = set()
    for key, exercise in by_key.items():
        other = folded.setdefault(fold(key), exercise)
        if other.id != exercise.id:
            shared.add(fold(key))
    for key in shared:
        del folded[key]
    return folded


def exercise_names(catalog: Iterable[Exercise]) -> list[str]:
    """The entries' names, sorted, as editors offer them for completion."""
    return sorted({e.name for e in catalog}, key=lambda name: (name.lower(), name))


_NONE = Exercise("", "", (), (), (), frozenset(), source="")


def builtin_ambiguities() -> list[Ambiguity]:
    """Names the curated catalog declares ambiguous, with their candidates."""
    entries: Sequence[Mapping[str, Any]] = data_file("exercises.json").get("ambiguous", ())
    return [Ambiguity.from_mapping(entry) for entry in entries]
