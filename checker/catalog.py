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
prescription: timed work is the machine, sets and reps a row.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import combinations
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

_ABBREVIATIONS = {
    "db": "dumbbell",
    "dbs": "dumbbell",
    "bb": "barbell",
    "kb": "kettlebell",
    "kbs": "kettlebell",
    "sa": "single arm",
    "sl": "single leg",
    "ez": "ez bar",
    "bw": "bodyweight",
    "ssb": "safety bar",
}
#: one spelling for words written several ways (after plurals are made singular)
_WORDS = {
    "pullup": "pull up",
    "pushup": "push up",
    "chinup": "chin up",
    "situp": "sit up",
    "stepup": "step up",
    "getup": "get up",
    "flye": "fly",
    "tyre": "tire",
    "lever": "machine",
    "leverage": "machine",
    "selectorized": "machine",
    "banded": "band",
    "dumbell": "dumbbell",
    "alternate": "alternating",
    "pronated": "overhand",
    "supinated": "underhand",
    "hyper": "hyperextension",
}
#: small words that never tell two exercises apart
_DROPPED = frozenset(
    {"s", "and", "the", "a", "an", "of", "on", "with", "to", "n", "attachment", "version"}
)
#: multi-word spellings of one thing, longest first when they overlap
_PHRASES: dict[tuple[str, ...], str] = {
    ("one", "arm"): "single arm",
    ("1", "arm"): "single arm",
    ("single", "armed"): "single arm",
    ("one", "armed"): "single arm",
    ("one", "leg"): "single leg",
    ("1", "leg"): "single leg",
    ("one", "legged"): "single leg",
    ("single", "legged"): "single leg",
    ("body", "weight"): "bodyweight",
    ("resistance", "band"): "band",
    ("machine", "machine"): "machine",
    ("hammer", "strength"): "machine",
    ("plate", "loaded"): "machine",
    ("smith",): "smith machine",
    ("ez", "curl", "bar"): "ez bar",
    ("e", "z", "bar"): "ez bar",
    ("hex", "bar"): "trap bar",
    ("safety", "squat", "bar"): "safety bar",
    ("swiss", "ball"): "stability ball",
    ("exercise", "ball"): "stability ball",
    ("physio", "ball"): "stability ball",
    ("med", "ball"): "medicine ball",
    ("half", "kneeling"): "half kneeling",
    ("palm", "in"): "neutral grip",
    ("palm", "down"): "overhand",
    ("palm", "up"): "underhand",
    ("high", "pulley"): "cable",
    ("low", "pulley"): "cable",
    ("pulley",): "cable",
    ("two", "dumbbell"): "dumbbell",
}
_PHRASE_MAX = max(len(p) for p in _PHRASES)

#: modifiers a name may carry around a known movement, and the equipment each one means
EQUIPMENT_MODIFIERS: dict[str, str] = {
    "barbell": "barbell",
    "dumbbell": "dumbbell",
    "kettlebell": "kettlebell",
    "cable": "cable",
    "band": "band",
    "machine": "machine",
    "smith machine": "machine",
    "bodyweight": "bodyweight",
    "ez bar": "barbell",
    "landmine": "barbell",
    "plate": "other",
    "medicine ball": "other",
    "stability ball": "other",
    "trx": "other",
    "suspension": "other",
    "sandbag": "other",
    "weighted": "other",
    "goblet": "dumbbell",
}
OTHER_MODIFIERS = frozenset(
    {
        "seated",
        "standing",
        "incline",
        "decline",
        "flat",
        "lying",
        "kneeling",
        "half kneeling",
        "tall kneeling",
        "single arm",
        "single leg",
        "alternating",
        "unilateral",
        "bilateral",
        "wide grip",
        "close grip",
        "medium grip",
        "narrow stance",
        "wide stance",
        "close stance",
        "chain",
        "speed",
        "two arm",
        "double",
        "bent arm",
        "narrow grip",
        "neutral grip",
        "underhand",
        "overhand",
        "reverse grip",
        "v grip",
        "v bar",
        "rope",
        "straight bar",
        "paused",
        "pause",
        "tempo",
        "deficit",
        "explosive",
        "isometric",
        "partial",
    }
)
_EQUIPMENT_WORDS = frozenset(m for m in EQUIPMENT_MODIFIERS if " " not in m)
_UNILATERAL = frozenset({"single arm", "single leg", "unilateral"})
_MODIFIER_WORDS = {tuple(m.split()): m for m in (*EQUIPMENT_MODIFIERS, *OTHER_MODIFIERS)}
_MODIFIER_MAX = max(len(m) for m in _MODIFIER_WORDS)
_TIMED_KEYS = ("duration", "intervals", "distance")
_STRENGTH_KEYS = ("sets", "reps", "load")
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


def slug(name: str) -> str:
    return _NON_WORD.sub("-", name.lower()).strip("-")


#: normalize() results: a repository's programs name the same exercises again and again
_NORMALIZED: dict[str, str] = {}
_NORMALIZED_MAX = 50_000


def normalize(name: str) -> str:
    """Lowercase, punctuation to spaces, abbreviations expanded, plurals singular,
    one spelling for words written several ways."""
    known = _NORMALIZED.get(name)
    if known is None:
        if len(_NORMALIZED) >= _NORMALIZED_MAX:
            _NORMALIZED.clear()
        known = _NORMALIZED[name] = _normalize(name)
    return known


#: what each word a coach writes becomes (abbreviation, plural, spelling): words recur
_WORD_FORMS: dict[str, tuple[str, ...]] = {}
_PHRASE_STARTS = frozenset(phrase[0] for phrase in _PHRASES)


def _word_forms(word: str) -> tuple[str, ...]:
    forms = _WORD_FORMS.get(word)
    if forms is None:
        out: list[str] = []
        for part in _ABBREVIATIONS.get(word, word).split():
            part = _singular(part)
            out.extend(p for p in _WORDS.get(part, part).split() if p not in _DROPPED)
        forms = _WORD_FORMS[word] = tuple(out)
    return forms


def _normalize(name: str) -> str:
    words: list[str] = []
    for word in _NON_WORD.sub(" ", name.lower()).split():
        words.extend(_WORD_FORMS.get(word) or _word_forms(word))
    if not _PHRASE_STARTS.isdisjoint(words):
        words = _phrases(words)
    if len(set(words)) == len(words):
        return " ".join(words)
    # "EZ-bar" gives "ez bar bar", "seated cable row (cable)" names the cable twice
    deduplicated: list[str] = []
    for word in words:
        if deduplicated and deduplicated[-1] == word and word == "bar":
            continue
        if word in _EQUIPMENT_WORDS and word in deduplicated:
            continue
        deduplicated.append(word)
    return " ".join(deduplicated)


def _phrases(words: list[str]) -> list[str]:
    """``words`` with multi-word spellings of one thing made one spelling."""
    out: list[str] = []
    index = 0
    while index < len(words):
        for size in range(min(_PHRASE_MAX, len(words) - index), 0, -1):
            phrase = _PHRASES.get(tuple(words[index : index + size]))
            if phrase is not None:
                out.extend(phrase.split())
                index += size
                break
        else:
            out.append(words[index])
            index += 1
    return out


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


def _squashed(key: str) -> str:
    return key.replace(" ", "")


def _modifiers(key: str) -> list[tuple[int, int, str]]:
    """The modifiers in ``key``: (first word, end word, canonical modifier)."""
    words = key.split()
    found: list[tuple[int, int, str]] = []
    index = 0
    while index < len(words):
        for size in range(min(_MODIFIER_MAX, len(words) - index), 0, -1):
            modifier = _MODIFIER_WORDS.get(tuple(words[index : index + size]))
            if modifier is not None:
                found.append((index, index + size, modifier))
                index += size
                break
        else:
            index += 1
    return found


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

    def declare_ambiguous(self, ambiguity: Ambiguity) -> None:
        self._ambiguous[normalize(ambiguity.name)] = ambiguity
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

    def ambiguities(self) -> list[Ambiguity]:
        return list(self._ambiguous.values())

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
            self._by_words = _unambiguous(self._by_key, _order_free)
            self._by_squashed = _unambiguous(self._by_key, _squashed)
        found = self._by_words.get(_order_free(key))
        if found is not None:
            return found, "same words in another order", ()
        assert self._by_squashed is not None
        found = self._by_squashed.get(_squashed(key))
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
        unilateral = any(m in _UNILATERAL for m in ignored) and "unilateral" not in base.tags
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
                    heads.setdefault(_head(known_key), set()).add(exercise.pattern)
            self._heads = {head: frozenset(found) for head, found in heads.items()}
        return self._heads.get(_head(key), frozenset())

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
                for gram in _grams(known):
                    grams.setdefault(gram, []).append(known)
            self._grams = grams
        counts: dict[str, int] = {}
        for gram in _grams(key):
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


def _grams(key: str) -> set[str]:
    padded = f" {key} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


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


_HEAD_PARTICLES = frozenset({"up", "down", "over", "out", "through", "apart", "off", "in"})


def _head(key: str) -> str:
    """The movement word a name ends with: "row", "curl", "push up"."""
    words = key.split()
    if len(words) >= 2 and words[-1] in _HEAD_PARTICLES:
        return " ".join(words[-2:])
    return words[-1] if words else ""


def exercise_names(catalog: Iterable[Exercise]) -> list[str]:
    """The entries' names, sorted, as editors offer them for completion."""
    return sorted({e.name for e in catalog}, key=lambda name: (name.lower(), name))


_NONE = Exercise("", "", (), (), (), frozenset(), source="")


def builtin_exercises() -> list[Exercise]:
    """The curated catalog shipped with trainlint."""
    entries: Sequence[Mapping[str, Any]] = _data("exercises.json")["exercises"]
    return [Exercise.from_mapping(entry) for entry in entries]


def builtin_ambiguities() -> list[Ambiguity]:
    """Names the curated catalog declares ambiguous, with their candidates."""
    entries: Sequence[Mapping[str, Any]] = _data("exercises.json").get("ambiguous", ())
    return [Ambiguity.from_mapping(entry) for entry in entries]
