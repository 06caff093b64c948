"""Suggestions for a name the catalog does not know: the closest known names."""

from __future__ import annotations

import difflib
from collections.abc import Mapping

from checker.catalog_data import Exercise
from checker.catalog_names import EQUIPMENT_MODIFIERS, OTHER_MODIFIERS, _head


class Suggester:
    """The closest known names to an unknown one, over a fixed set of known keys
    (normalized names and aliases); built when first needed."""

    def __init__(self, by_key: Mapping[str, Exercise]) -> None:
        self._by_key = by_key
        heads: dict[str, set[str]] = {}
        for known_key, exercise in by_key.items():
            if exercise.pattern:
                heads.setdefault(_head(known_key), set()).add(exercise.pattern)
        self._heads = {head: frozenset(found) for head, found in heads.items()}
        #: the known keys by their three-letter pieces, to shortlist close names
        grams: dict[str, list[str]] = {}
        for known in by_key:
            for gram in _grams(known):
                grams.setdefault(gram, []).append(known)
        self._grams = grams

    def head_patterns(self, key: str) -> frozenset[str]:
        """The movement patterns of the entries whose names end like ``key`` does
        ("... push up", "... row", "... curl"); empty when none does."""
        return self._heads.get(_head(key), frozenset())

    def suggest(self, key: str, limit: int) -> list[str]:
        wanted = self.head_patterns(key)
        by_key = self._by_key
        keys = [k for k, e in by_key.items() if not wanted or e.pattern in wanted]
        shortlist = [k for k in self._shortlist(key) if not wanted or by_key[k].pattern in wanted]
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
            display = by_key[match].name
            if display not in names:
                names.append(display)
        return names[:limit]

    def _shortlist(self, key: str, size: int = 60) -> list[str]:
        """The known keys sharing the most three-letter pieces with ``key``: difflib
        then compares ``key`` with these only (a close name shares most of them)."""
        counts: dict[str, int] = {}
        for gram in _grams(key):
            for known in self._grams.get(gram, ()):
                counts[known] = counts.get(known, 0) + 1
        return sorted(counts, key=lambda known: -counts[known])[:size]


def _grams(key: str) -> set[str]:
    padded = f" {key} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}
