"""A one-word ``load`` that is a slip of a load word (``bodywieght``, ``dumbell``): one
``schema`` finding.

The schema takes a load of one word as the coach's own (``ascending``, ``weighted``,
``varies``, ``chains``): no list can hold every word coaches write there. What it cannot
tell is a misspelt load word from another word, so this check runs beside it, as
:mod:`checker.ranges` does for ranges written high to low: a word within a slip of a
load word the schema names (one letter changed, left out, added or two swapped; two in
a long word) is reported with the word it most likely means.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from checker.findings import SCHEMA, Finding, Severity
from checker.loader import Document, Path

#: The load words the schema names on their own (equipment, an effort, how the weight
#: changes over the sets, what is lifted at home), in their usual spelling.
LOAD_WORDS = frozenset(
    {
        "bodyweight", "dumbbell", "dumbbells", "kettlebell", "kettlebells", "barbell",
        "barbells", "sandbag", "sandbags", "plates", "cable", "machine", "theraband",
        "flexbar", "miniband", "broomstick", "moderate", "medium", "heavy", "light",
        "challenging", "maximal", "ascending", "descending", "increasing", "decreasing",
        "pyramid", "pyramiding", "ramping", "progressive", "heavier", "lighter", "backpack",
        "rucksack", "towel", "bucket", "hammer", "sledgehammer", "partner", "weighted",
        "unweighted", "assisted", "chains", "bands", "tubing", "cables", "machines",
        "towels", "buckets", "hammers", "partners", "plate",
    }
)  # fmt: skip

_ONE_WORD = re.compile(r"\s*([A-Za-z][A-Za-z'-]*[A-Za-z])\s*")


def _slips(word: str) -> int:
    """How many slips a word of this length may hold and still be that word."""
    return 2 if len(word) >= 8 else 1


def _edits(first: str, second: str, most: int) -> int:
    """The edit distance of two words, a swap of neighbouring letters one edit; anything
    above ``most`` is reported as ``most + 1``."""
    if abs(len(first) - len(second)) > most:
        return most + 1
    previous: list[int] = []
    row = list(range(len(second) + 1))
    for i, a in enumerate(first, 1):
        current = [i]
        for j, b in enumerate(second, 1):
            cost = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (a != b))
            if i > 1 and j > 1 and a == second[j - 2] and first[i - 2] == b:
                cost = min(cost, previous[j - 2] + 1)
            current.append(cost)
        previous, row = row, current
    return min(row[-1], most + 1)


def meant(value: str) -> str | None:
    """The load word a one-word load is a slip of (``bodywieght`` -> ``bodyweight``), or
    None: a known word, a word of the coach's own, or more than one word."""
    found = _ONE_WORD.fullmatch(value)
    if found is None:
        return None
    word = found.group(1).casefold()
    if word in LOAD_WORDS or len(word) < 5:
        return None
    best: tuple[int, str] | None = None
    for known in LOAD_WORDS:
        if word.startswith(known) and len(word) >= len(known) + 2:
            return None  # the word and an ending: 'moderately', 'lightly'
        most = _slips(known)
        distance = _edits(word, known, most)
        if distance <= most and (best is None or (distance, known) < best):
            best = (distance, known)
    return best[1] if best is not None else None


def load_word_findings(document: Document) -> list[Finding]:
    """A ``schema`` finding for every one-word load that is a slip of a load word."""
    return [
        Finding.at(
            document.path,
            document.value_span(path),
            SCHEMA,
            Severity.ERROR,
            f"load {value!r} is not a load trainlint knows; did you mean {word!r}?",
        )
        for path, value, word in _slipped(document.data, ())
    ]


def _slipped(data: Any, path: Path) -> Iterator[tuple[Path, str, str]]:
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "load" and isinstance(value, str) and (word := meant(value)):
                yield (*path, key), value, word
            elif isinstance(value, (dict, list)):
                yield from _slipped(value, (*path, key))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            if isinstance(item, (dict, list)):
                yield from _slipped(item, (*path, index))
