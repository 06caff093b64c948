"""A one-word ``load`` or ``reps`` that is a slip of a word the format knows there
(``bodywieght``, ``dumbell``, ``fialure``): one ``schema`` finding.

The schema takes a load or reps of one word as the coach's own (``ascending``,
``weighted``, ``chains``; ``failure``, ``submax``): no list can hold every word coaches
write there. What it cannot tell is a misspelt word from another word, so this check
runs beside it, as :mod:`checker.ranges` does for ranges written high to low: a word
within a slip of a word the schema names (one letter changed, left out, added or two
swapped; two in a long word) is reported with the word it most likely means.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from typing import Any

from checker.findings import Finding
from checker.loader import Document, Path
from checker.value_walk import texts_of, texts_under, value_error

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
        "towels", "buckets", "hammers", "partners", "plate", "dowel", "dowels",
    }
)  # fmt: skip

#: The words reps are written in on their own.
REPS_WORDS = frozenset(
    {"failure", "amrap", "amsap", "ladder", "ladders", "pyramid", "submax", "submaximal"}
)

#: key -> the words the format knows there, and what a value of the key is
KNOWN = {"load": (LOAD_WORDS, "a load"), "reps": (REPS_WORDS, "a count of reps")}

_ONE_WORD = re.compile(r"\s*([A-Za-z][A-Za-z'-]*[A-Za-z])\s*")


def _slips(word: str) -> int:
    """How many slips a word of this length may hold and still be that word."""
    return 2 if len(word) >= 8 else 1


def meant(value: str, words: frozenset[str] = LOAD_WORDS) -> str | None:
    """The word of ``words`` a one-word value is a slip of (``bodywieght`` ->
    ``bodyweight``), or None: a known word, a word of the coach's own, or more than one
    word."""
    found = _ONE_WORD.fullmatch(value)
    if found is None:
        return None
    word = found.group(1).casefold()
    if word in words or len(word) < 5:
        return None
    # imported here: the catalog's suggester takes a fiftieth of a second to import, and
    # most runs have no one-word value to check
    from checker.catalog_suggest import edits

    best: tuple[int, str] | None = None
    for known in words:
        if word.startswith(known) and len(word) >= len(known) + 2:
            return None  # the word and an ending: 'moderately', 'lightly'
        most = _slips(known)
        if abs(len(word) - len(known)) > most:
            continue
        distance = edits(word, known)
        if distance <= most and (best is None or (distance, known) < best):
            best = (distance, known)
    return best[1] if best is not None else None


def slip_findings(
    document: Document,
    texts: list[tuple[Any, str]] | None = None,
    reported: Collection[tuple[int, int]] = (),
) -> list[Finding]:
    """A ``schema`` finding for every one-word load or reps that is a slip of a word the
    format knows there. ``texts``: the document's text values under those keys (and any
    others) with their keys, when the caller has them; ``reported``: the line and column
    of the schema's findings, whose values are not reported again (``load: weights`` says
    nothing: one finding, the schema's)."""
    if texts is None:
        texts = texts_of(document.data, KNOWN)
    if not any(key in KNOWN and _may_slip(key, value) for key, value in texts):
        return []
    found = [
        value_error(
            document,
            path,
            f"{path[-1]} {value!r} is not {KNOWN[str(path[-1])][1]} trainlint knows; did you "
            f"mean {word!r}?",
        )
        for path, value, word in _slipped(document.data)
    ]
    return [f for f in found if (f.line, f.column) not in reported]


def _may_slip(key: Any, value: str) -> bool:
    """Whether ``value`` (under a key of :data:`KNOWN`) is one word that may be a slip."""
    if len(value) < 5 or " " in value.strip():
        return False
    return value.strip().casefold() not in KNOWN[key][0] and bool(_ONE_WORD.fullmatch(value))


def _slipped(data: Any) -> Iterator[tuple[Path, str, str]]:
    for path, value in texts_under(data, KNOWN):
        word = meant(value, KNOWN[str(path[-1])][0])
        if word is not None:
            yield path, value, word
