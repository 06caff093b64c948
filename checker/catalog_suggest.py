"""Suggestions for a name the catalog does not know: close known names of the same
movement pattern, or a near-certain spelling match, or nothing.

Better no suggestion than a wrong one: a name whose words reveal a pattern
(``revealed_pattern``: "... press", "... row", "leg curl") is offered only entries of
that pattern; a name whose words reveal none is offered only a name it is almost
exactly spelt like (a typo: "dedlift" for Deadlift). Neither crosses from the part of
the body the name names to another: "Quadruped T-Spine Rotation" is spelt much like
Quadruped Neck Rotation, but the thoracic spine is not the neck.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping

from checker.catalog_data import Exercise
from checker.catalog_names import EQUIPMENT_MODIFIERS, OTHER_MODIFIERS
from checker.catalog_patterns import revealed_pattern

#: how alike (difflib's ratio) two names must be to be offered at all, and to be a typo
CLOSE = 0.6
TYPO = 0.85
#: how alike a name must be to a known one to be taken for a slip of the pen
SLIP = 0.8
#: How far below the best suggestion another may score and still be offered with it.
NEAR_BEST = 0.05
#: how many unknown names are shortlisted without the index of pieces (see Suggester)
SCANS = 8
#: the parts of the body by the (normalized) words that name them: a name that names
#: some is never offered an entry that names only others
REGIONS = {
    "neck": "neck",
    "cervical": "neck",
    "craniocervical": "neck",
    "thoracic": "thoracic",
    "lumbar": "lumbar",
    "shoulder": "shoulder",
    "hip": "hip",
    "knee": "knee",
    "ankle": "ankle",
    "wrist": "wrist",
    "elbow": "elbow",
}


def spelt_like(name: str, known: str) -> bool:
    """Whether ``name`` is almost exactly spelt like the known name ``known`` (a slip:
    "dedlift" for Deadlift, "bulgarian split sqat"), by their normalized names without
    qualifiers or spaces: letters changed, not words added ("Kettlebell Bottoms-Up
    Windmill Press" is another exercise than the Bottoms-Up Press)."""
    from checker.catalog_names import normalize
    from checker.catalog_qualifiers import qualified

    split = qualified(name)
    words = (split.name if split is not None else normalize(name)).split()
    known_words = normalize(known).split()
    # a modifier a qualifier adds ('(lever/handle)': a machine) is in both names: it
    # says nothing about the spelling ("Rising, lever" is not a slip of Rowing Machine)
    shared = set(split.kept if split is not None else ()) & set(words) & set(known_words)
    key = "".join(w for w in words if w not in shared)
    other = "".join(w for w in known_words if w not in shared)
    if abs(len(key) - len(other)) > 2:
        return False  # words added or left out: another exercise, not a slip
    if len(words) > len(known_words) and set(known_words) <= set(words):
        return False  # every known word and one more, however short: "V-Burpees"
    if _another_short_word(words, known_words):
        return False
    return _ratio(key, other) >= SLIP


def _another_short_word(words: list[str], known_words: list[str]) -> bool:
    """Whether a word of the name is another word, not a slip of the known one's: "desk
    stretch" is not a Neck Stretch (two letters of four changed), nor "meridian stretches"
    a Mermaid Stretch (four of eight), while "sqat" is a slip of "squat" (one letter left
    out) and "bulgarain" of "bulgarian" (two swapped)."""
    if len(words) != len(known_words):
        return False
    for word, known in zip(words, known_words, strict=True):
        if word == known:
            continue
        most = 1 if min(len(word), len(known)) <= 5 else 2
        if edits(word, known) > most:
            return True
    return False


def edits(first: str, second: str) -> int:
    """The edit distance of two short words, a swap of two letters one edit ("nekc")."""
    rows = [list(range(len(second) + 1))]
    for i, a in enumerate(first, 1):
        row = [i]
        for j, b in enumerate(second, 1):
            best = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (a != b))
            if i > 1 and j > 1 and a == second[j - 2] and first[i - 2] == b:
                best = min(best, rows[-2][j - 2] + 1)
            row.append(best)
        rows.append(row)
    return rows[-1][-1]


class Suggester:
    """The closest known names to an unknown one, over a fixed set of known keys
    (normalized names and aliases); built when first needed.

    The shortlist counts the three-letter pieces a known key shares with the unknown
    one. The first :data:`SCANS` unknown names are shortlisted by finding their pieces
    in all the known keys written one after the other (a millisecond or two each: a
    one-file run has one or two unknown names); after them, an index of the known keys
    by their pieces (about 15 ms to build, a sixth of a one-file run) answers. Both
    count the same pieces and order the shortlist alike (most pieces shared first, then
    the order of the known keys)."""

    def __init__(self, by_key: Mapping[str, Exercise]) -> None:
        self._by_key = by_key
        self._keys = list(by_key)
        #: the known keys by their three-letter pieces (indexes into ``_keys``), once
        #: more than :data:`SCANS` names were shortlisted
        self._grams: dict[str, list[int]] | None = None
        self._scans = 0
        #: the known keys, each padded with a space both sides, one a line, and where
        #: each starts
        self._joined = ""
        self._starts: list[int] = []

    def suggest(self, key: str, limit: int) -> list[str]:
        pattern = revealed_pattern(key)
        by_key = self._by_key
        regions = _regions(key)
        shortlist = [
            k
            for k in self._shortlist(key)
            if (pattern is None or by_key[k].pattern == pattern) and self._fits(regions, k)
        ]
        scored = _scored(key, shortlist)
        if pattern is None:
            # no pattern to keep to: a typo of one known name, or nothing
            matches = [k for ratio, k in scored[:1] if ratio >= TYPO and _typo(key, k)]
        elif scored and scored[0][0] >= CLOSE:
            best = scored[0][0]
            matches = [k for ratio, k in scored[: limit * 3] if ratio >= best - NEAR_BEST]
        else:
            words = set(key.split()) - set(EQUIPMENT_MODIFIERS) - OTHER_MODIFIERS
            matches = [
                k
                for k, e in by_key.items()
                if e.pattern == pattern and words & set(k.split()) and self._fits(regions, k)
            ][: limit * 3]
        names: list[str] = []
        for match in matches:
            display = by_key[match].name
            if display not in names:
                names.append(display)
        return names[:limit]

    def _fits(self, regions: frozenset[str], known: str) -> bool:
        """Whether the known key ``known`` may be offered for a name that names the
        parts of the body ``regions``: its words and its entry name none of them or one
        of these ("Quadruped Neck Rotation", "Chin Tuck" are no suggestion for a
        thoracic rotation)."""
        if not regions:
            return True
        theirs = _regions(known) | _entry_regions(self._by_key[known])
        return not theirs or bool(theirs & regions)

    def _shortlist(self, key: str, size: int = 60) -> list[str]:
        """The known keys sharing the most three-letter pieces with ``key``: difflib
        then compares ``key`` with these only (a close name shares most of them)."""
        if self._grams is None and self._scans < SCANS:
            self._scans += 1
            counts = self._scanned(key)
        else:
            counts = {}
            for gram in _grams(key):
                for known in self._index().get(gram, ()):
                    counts[known] = counts.get(known, 0) + 1
        keys = self._keys
        return [keys[i] for i in sorted(counts, key=lambda i: (-counts[i], i))[:size]]

    def _index(self) -> dict[str, list[int]]:
        if self._grams is None:
            grams: dict[str, list[int]] = {}
            for index, known in enumerate(self._keys):
                for gram in _grams(known):
                    grams.setdefault(gram, []).append(index)
            self._grams = grams
        return self._grams

    def _scanned(self, key: str) -> dict[int, int]:
        """For each known key (by its index) sharing a piece with ``key``, how many."""
        if not self._starts and self._keys:
            start = 0
            for known in self._keys:
                self._starts.append(start)
                start += len(known) + 3
            self._joined = "".join(f" {known} \n" for known in self._keys)
        find, starts = self._joined.find, self._starts
        counts: dict[int, int] = {}
        for gram in _grams(key):
            if "\n" in gram:
                continue  # (only where two keys meet: no key's piece)
            found: set[int] = set()
            at = find(gram)
            while at != -1:
                found.add(bisect_right(starts, at) - 1)
                at = find(gram, at + 1)
            for index in found:
                counts[index] = counts.get(index, 0) + 1
        return counts


def _regions(key: str) -> frozenset[str]:
    """The parts of the body the words of a normalized name name."""
    return frozenset(REGIONS[word] for word in key.split() if word in REGIONS)


def _entry_regions(exercise: Exercise) -> frozenset[str]:
    """The parts of the body an entry is for: those its id names, and the neck for an
    exercise of the neck's muscles ("Chin Tuck")."""
    found = _regions(exercise.id.replace("-", " "))
    return found | {"neck"} if "neck" in exercise.primary else found


def _typo(key: str, known: str) -> bool:
    """Whether ``key`` is a typo of ``known`` once the equipment words both share are
    left out: "rising machine" is not a typo of "rowing machine"."""
    shared = set(key.split()) & set(known.split()) & set(EQUIPMENT_MODIFIERS)
    if not shared:
        return True
    bare, other = (" ".join(w for w in k.split() if w not in shared) for k in (key, known))
    return _ratio(bare, other) >= TYPO


def _grams(key: str) -> set[str]:
    padded = f" {key} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def _scored(key: str, shortlist: list[str]) -> list[tuple[float, str]]:
    """(difflib's ratio, known key) for the shortlisted keys that can be within
    :data:`NEAR_BEST` of the best one, best first (ties in shortlist order). Keys whose
    upper bound (difflib's ``quick_ratio``) is below that are not compared in full: every
    use of the scores looks at the best one and at those near it only."""
    from difflib import SequenceMatcher

    bounded = []
    for index, known in enumerate(shortlist):
        matcher = SequenceMatcher(None, key, known)
        bounded.append((matcher.quick_ratio(), index, known, matcher))
    bounded.sort(key=lambda item: (-item[0], item[1]))
    best = -1.0
    scored: list[tuple[float, int, str]] = []
    for bound, index, known, matcher in bounded:
        if bound < best - NEAR_BEST:
            break
        ratio = matcher.ratio()
        best = max(best, ratio)
        scored.append((ratio, index, known))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [(ratio, known) for ratio, _, known in scored]


def _ratio(first: str, second: str) -> float:
    """difflib's ratio of two names (difflib is imported when a name needs it: most files
    have none)."""
    from difflib import SequenceMatcher

    return SequenceMatcher(None, first, second).ratio()
