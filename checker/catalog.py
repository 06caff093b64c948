"""The exercise catalog: what each exercise trains, and forgiving name matching.

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
prescription (timed work is the machine, sets and reps a row) or by the modifiers
around them ("flat press" is the bench press). A name that still matches nothing is
read without its qualifiers (``checker.catalog_qualifiers``: "(30 degrees)", ", seated",
"w/ pause", "+ Overhead Squat"), and the resolution says what was set aside. Suggestions
for unknown names are in ``checker.catalog_suggest``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import combinations
from typing import TYPE_CHECKING, Any

from checker.catalog_data import (
    BASE_PATTERNS,
    TAGS,
    Exercise,
    _data,
    builtin_exercises,
    exercise_names,
    group_names,
    muscle_descriptions,
    muscle_groups,
    patterns,
    slug,
)
from checker.catalog_fallback import last_resort
from checker.catalog_folds import FoldedKeys
from checker.catalog_keys import known_keys
from checker.catalog_modifiers import bare_modifier, trained_by
from checker.catalog_modifiers import variant as equipment_variant
from checker.catalog_names import (
    EQUIPMENT_MODIFIERS,
    MUSCLE_MODIFIERS,
    OTHER_MODIFIERS,
    _modifiers,
    normalize,
    search_entries,
    timed_by_name,
)
from checker.catalog_patterns import movement_head
from checker.catalog_qualifiers import adds_resistance as _adds_resistance
from checker.catalog_qualifiers import qualified, supported, verb_forms, wordy
from checker.catalog_resolution import (
    Ambiguity,
    Resolution,
    builtin_ambiguities,
    builtin_ambiguities_among,
    decided_by,
    named_in_original,
    named_in_qualifier,
    named_qualifier_first,
    prescription_kind,
)

if TYPE_CHECKING:
    from checker.catalog_suggest import Suggester

__all__ = [
    "BASE_PATTERNS",
    "EQUIPMENT_MODIFIERS",
    "OTHER_MODIFIERS",
    "TAGS",
    "Ambiguity",
    "Catalog",
    "Exercise",
    "Resolution",
    "_data",
    "builtin_ambiguities",
    "builtin_exercises",
    "exercise_names",
    "group_names",
    "muscle_descriptions",
    "muscle_groups",
    "normalize",
    "patterns",
    "prescription_kind",
    "slug",
]


class Catalog:
    """A set of exercises with forgiving lookup by name.

    Adding an entry is cheap: the name indexes are built on the first lookup.
    """

    def __init__(self, exercises: Iterable[Exercise] = ()) -> None:
        self._by_id: dict[str, Exercise] = {}
        self._pending: list[Exercise] = []
        self._by_key: dict[str, Exercise] = {}
        #: entries by their words in any order, and run together, built when first needed
        self._folded: FoldedKeys | None = None
        self._ambiguous: dict[str, Ambiguity] = {}
        self._resolved: dict[tuple[str, str | None], Resolution] = {}
        #: names as written whose resolution no prescription changes (most names)
        self._by_name: dict[str, Resolution] = {}
        self._variants: dict[tuple[str, str | None, bool], Exercise] = {}
        #: suggestions already worked out, by (normalized name, limit): the same
        #: unknown name tends to recur across a repository's programs
        self._suggested: dict[tuple[str, int], list[str]] = {}
        self._suggesting: Suggester | None = None
        #: names resolved without their qualifiers, by the name as written
        self._by_qualifiers: dict[tuple[str, str | None], Resolution | None] = {}
        #: the fallback readings of names no key matches, by name as written and kind
        self._fallbacks: dict[tuple[str, str | None], Resolution] = {}
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
        self._by_name.clear()
        self._by_qualifiers.clear()
        self._fallbacks.clear()
        self._variants.clear()
        self._folded = None
        self._suggesting = None

    def _index(self) -> None:
        if self._pending:
            by_key = self._by_key
            known = known_keys()  # the built-in names, normalized beforehand
            for exercise in self._pending:
                if self._by_id.get(exercise.id) is not exercise:
                    continue  # overridden before it was indexed
                for name in (exercise.id, exercise.name, *exercise.aliases):
                    key = known.get(name)
                    by_key[normalize(name) if key is None else key] = exercise
            self._pending.clear()
            if not self._ambiguous:  # the built-in catalog's, once its entries are here
                self._ambiguous = builtin_ambiguities_among(self._by_id)
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
        found = self._by_name.get(name)
        if found is not None:
            return found
        key = normalize(name)
        banded = ("band" in key or "chain" in key) and _adds_resistance(name)
        if banded and (qualified := self._qualified(name, key, prescription)) is not None:
            return qualified
        found = self._resolved.get((key, None))
        if found is None:
            found = self._resolved[key, None] = self._resolve(name, key, None)
        if not banded and found.exercise is not None and not found.ambiguous:
            self._by_name[name] = found
        if found.ambiguous:  # "500m Row" is the machine, whatever its prescription
            kind = timed_by_name(name) or prescription_kind(prescription)
            if kind is not None:
                decided = self._resolved.get((key, kind))
                if decided is None:
                    decided = self._resolved[key, kind] = self._resolve(name, key, kind)
                return decided
        if found.exercise is None and not found.candidates:
            kind = prescription_kind(prescription)
            fallback = self._fallbacks.get((name, kind))
            if fallback is None:
                qualified = self._qualified(name, key, prescription)
                fallback = qualified or self._verbs(name, prescription)
                fallback = self._fallbacks[name, kind] = fallback or last_resort(
                    self, name, key, kind
                )
            return fallback
        return found

    def _qualified(
        self, name: str, key: str, prescription: Mapping[str, Any] | None
    ) -> Resolution | None:
        """``name`` resolved without its qualifiers ("(30 degrees)", ", seated", "w/
        pause", "+ Overhead Squat"), or None. By the name as written: the qualifiers
        are in its punctuation, which the normalized key has lost."""
        kind = prescription_kind(prescription)
        cache_key = (name, kind)
        if cache_key in self._by_qualifiers:
            return self._by_qualifiers[cache_key]
        split = qualified(name)
        found: Resolution | None = None
        if split is not None:
            self._index()
            found = named_qualifier_first(name, key, split.name, split.set_aside, self._by_key)
            proper = self._resolution(split.name, prescription)
            if found is None and (proper.exercise is not None or proper.candidates):
                # "Heel Raises at the rail (10 reps)": the support phrase is set aside too
                aside = (*proper.set_aside, *split.set_aside)
                found = proper.qualified(name, key, aside, split.complex_rest)
            if found is None and not split.complex_rest:
                found = named_in_qualifier(name, key, split.name, split.set_aside, self.resolve)
            # "rower with barbell (rematore con bilanciere)": the coach's own name decides
            found = named_in_original(name, key, split, found, lambda w: self._resolve(w, w, kind))
        plain = qualified(name, words=False) if found is None and wordy(name) else None
        if plain is not None and split is not None and plain.name != split.name:
            # "Throw from Power Position, 9 kg shot": only the punctuation sets one apart
            proper = self._resolution(plain.name, prescription)
            if proper.exercise is not None:
                aside = (*proper.set_aside, *plain.set_aside)
                found = proper.qualified(name, key, aside, plain.complex_rest)
        if found is None:
            # a trailing phrase of place or support: "Mini Squat at the rail"
            support = supported(name)
            if support is not None and support.name != key:
                proper = self._resolution(support.name, prescription)
                if proper.exercise is not None or proper.candidates:
                    found = proper.qualified(name, key, support.set_aside, "")
        self._by_qualifiers[cache_key] = found
        return found

    def _verbs(self, name: str, prescription: Mapping[str, Any] | None) -> Resolution | None:
        """``name`` with its movement verbs as nouns ("Wall Sitting"), resolved, or None."""
        nouns = verb_forms(name)
        found = None if nouns is None else self._resolution(nouns, prescription)
        if found is None or (found.exercise is None and not found.candidates):
            return None
        return found.read_as(name, f"its movement words read as nouns ('{nouns}')")

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
                how = (
                    "ambiguous name; no duration nor sets/reps decide, so its usual meaning"
                    if ambiguity.by_kind
                    else "ambiguous name, taken in its usual meaning"
                )
                return self._by_id[ambiguity.default], how, ambiguity.candidates
            return None, "ambiguous name", ambiguity.candidates
        found = self._by_key.get(key)
        if found is not None:
            return found, "exact name or alias", ()
        if self._folded is None:
            self._folded = FoldedKeys(self._by_key)
        found = self._folded.same_words(key)
        if found is not None:
            return found, "same words in another order", ()
        found = self._folded.same_letters(key)
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
        modifiers = _modifiers(key)
        if not modifiers:
            return Resolution(name, key, None, "no match")
        words = key.split()
        # the fewest words dropped; then the entry that already is what the dropped words
        # say (a dumbbell entry for "dumbbell"); then position and grip words before equipment
        best: tuple[tuple[int, int, int, int, int], Resolution] | None = None
        for count in range(1, len(modifiers) + 1):
            for dropped in combinations(modifiers, count):
                skip = {i for start, end, _ in dropped for i in range(start, end)}
                rest = " ".join(w for i, w in enumerate(words) if i not in skip)
                if not rest or (bare_modifier(rest) and rest not in self._by_key):
                    continue  # "slider intervals" is the slideboard, "cable" alone nothing
                found, how, candidates = self._lookup(rest, kind)
                if found is None and not candidates:
                    continue
                ignored = tuple(m for _, _, m in dropped)
                muscles = [m for m in ignored if m in MUSCLE_MODIFIERS]
                if muscles:  # "quad extension": only a movement that trains the muscle
                    found, how = trained_by(muscles, found, how, candidates, self._by_id)
                    if found is None:
                        continue
                    candidates = ()
                elif candidates:
                    found, how = decided_by(
                        self._ambiguous.get(rest), self._by_id, ignored, found, how
                    )
                changes, lost = 0, count
                if found is not None:
                    variant = self._variant(found, ignored)
                    changes = (variant.equipment != found.equipment) + (variant.tags != found.tags)
                    # the entry's own equipment is no word lost: "Deficit Deadlift (Barbell)"
                    lost = sum(m != found.equipment for m in ignored)
                    found = variant
                equipment = sum(m in EQUIPMENT_MODIFIERS for m in ignored)
                # a modifier of several words is more likely part of the name ("safety bar")
                score = (lost, len(muscles), changes, equipment, len(skip))
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
        return equipment_variant(base, ignored, self._variants)

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """Display names of the entries closest to ``name`` (the best, and any about as
        close), of the same movement pattern when the name's last words reveal one."""
        key = self._suggestion_key(name)
        known = self._suggested.get((key, limit))
        if known is None:
            known = self._suggested[key, limit] = self._suggest(key, limit)
        return list(known)

    def revealed_pattern(self, name: str) -> str | None:
        """The movement pattern ``name``'s words reveal ("... press", "... row",
        "leg curl"), or None; suggestions keep to it."""
        from checker.catalog_patterns import revealed_pattern

        return revealed_pattern(self._suggestion_key(name))

    def _suggestion_key(self, name: str) -> str:
        """The normalized name without its qualifiers: suggestions are for the movement."""
        name = movement_head(name)
        split = qualified(name) or supported(name)
        return split.name if split is not None else normalize(name)

    def _suggester(self) -> Suggester:
        self._index()
        if self._suggesting is None:
            # imported here: difflib costs start-up time, and most runs suggest nothing
            from checker.catalog_suggest import Suggester

            self._suggesting = Suggester(self._by_key)
        return self._suggesting

    def _suggest(self, key: str, limit: int) -> list[str]:
        return self._suggester().suggest(key, limit)

    def search(self, query: str) -> list[Exercise]:
        """Entries whose names, aliases, muscles, tags or pattern contain every word of
        ``query``."""
        return search_entries(self._by_id.values(), query)
