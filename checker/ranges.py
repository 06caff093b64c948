"""Ranges written high to low (``sets: 3-2``, ``hold: 60-20 s``): one ``schema`` finding.

The JSON Schema can say that ``60-20 s`` has the shape of a range but not that its
first number is the smaller one, so this check runs beside it. The value is never
reordered silently: a coach who wrote ``60-20 s`` may have meant something else.
Reps are the exception: ``reps: 20-10`` is how bodybuilding magazines write reps
that fall from set to set (20 on the first set, 10 on the last), and read either
way it spans 10 to 20 reps, so it is taken as written (:func:`checker.units.parse_reps`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from checker.findings import Finding
from checker.loader import Document, Path
from checker.units import parse_duration, range_across_units
from checker.value_walk import texts_of, texts_under, value_error

#: Keys whose value may be a range ``low-high``, possibly followed by a unit (reps too:
#: the walk in :mod:`checker.value_walk` collects them for the misspelt-word check).
RANGE_KEYS = frozenset(
    {
        "sets",
        "reps",
        "hold",
        "duration",
        "rest",
        "work",
        "warmup",
        "cooldown",
        "load",
        "distance",
        "sessions-per-week",
        "weeks",
    }
)
#: Range keys whose high-to-low value is reported; reps falling over the sets are not.
_ORDERED_KEYS = RANGE_KEYS - {"reps"}
_RANGE = re.compile(r"\s*([0-9]+(?:\.[0-9]+)?)\s*(?:[-–]|to\s)\s*([0-9]+(?:\.[0-9]+)?)\s*(.*?)\s*")


def reversed_range(value: object) -> str | None:
    """``'12-8'`` -> ``'8-12'``, ``'60-20 s'`` -> ``'20-60 s'``: the value written low to
    high, when it is a range written high to low; None otherwise."""
    if not isinstance(value, str):
        return None
    match = _RANGE.fullmatch(value)
    if match is None:
        return _reversed_across_units(value)
    low, high, unit = match.groups()
    if float(low) <= float(high) or re.match(r"[-–]\s*\d", unit):
        return None  # low to high, or a list of three counts or more ('21-15-9')
    return f"{high}-{low}" + (f" {unit}" if unit else "")


def _reversed_across_units(value: str) -> str | None:
    """``'2 min-90 s'`` -> ``'90 s-2 min'``; None for anything else (a range in one unit
    is :data:`_RANGE`'s)."""
    ends = range_across_units(value)
    if ends is None:
        return None
    first, second = ends
    if _unit_letter(first) == _unit_letter(second):
        return None
    low, high = parse_duration(first), parse_duration(second)
    if low is None or high is None or low.low <= high.low:
        return None
    return f"{second}-{first}"


def _unit_letter(end: str) -> str:
    """The first letter of an end's unit: ``'90 s'`` -> ``'s'``, ``'2 min'`` -> ``'m'``."""
    return end.lstrip("0123456789. \t")[:1].lower()


def _reversed_at(value: str) -> bool:
    """Whether ``value`` (under a range key) is a range written high to low."""
    return ("-" in value or "\u2013" in value or " to " in value) and (
        reversed_range(value) is not None
    )


def range_findings(document: Document, texts: list[tuple[Any, str]] | None = None) -> list[Finding]:
    """A ``schema`` finding for every range written high to low, at its value. ``texts``:
    the document's text values under :data:`RANGE_KEYS` with their keys, when the caller
    has them (:func:`checker.value_walk.texts_of`)."""
    if texts is None:
        texts = texts_of(document.data, RANGE_KEYS)
    if not any(key in _ORDERED_KEYS and _reversed_at(value) for key, value in texts):
        return []
    return [
        value_error(
            document,
            path,
            f"{path[-1]} {value!r} goes from high to low; write the lower number first: {fixed!r}",
        )
        for path, value, fixed in _reversed(document.data)
    ]


def _reversed(data: Any) -> Iterator[tuple[Path, str, str]]:
    for path, value in texts_under(data, _ORDERED_KEYS):
        fixed = reversed_range(value)
        if fixed is not None:
            yield path, value, fixed
