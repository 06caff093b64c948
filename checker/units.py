"""Parse the values coaches write: rep counts, durations and loads."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

#: Numbers with more digits than this are not a prescription anyone writes: the
#: parsers below give None for them (the schema words what is wrong), so that no
#: rule ever sees a number that float() or int() cannot take (``hold: <400 nines> s``
#: is an infinite float, ``reps: "<5000 nines>"`` more digits than int() reads).
MAX_DIGITS = 15

_RANGE = r"(\d+(?:\.\d+)?)(?:\s*[-–]\s*(\d+(?:\.\d+)?))?"
_DURATION = re.compile(
    _RANGE + r"\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)\.?",
    re.IGNORECASE,
)
_REPS = re.compile(r"\s*(\d+)\s*(?:[-–]\s*(\d+))?\s*")
_CLOCK = re.compile(r"(\d+):([0-5]\d)")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600}


@dataclass(frozen=True, slots=True)
class Range:
    """An inclusive numeric range; a single value has ``low == high``."""

    low: float
    high: float

    def __str__(self) -> str:
        return _fmt(self.low) if self.low == self.high else f"{_fmt(self.low)}-{_fmt(self.high)}"


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def parse_reps(value: object) -> Range | None:
    """``8`` -> 8-8, ``'8-12'`` / ``'8–12'`` -> 8-12; ``'max'``/``'AMRAP'`` and junk -> None.

    A range written high to low (``'12-8'``) is a slip, not 8-12: it gives None (the
    ``schema`` check of :mod:`checker.ranges` reports it)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Range(value, value) if abs(value) < 10**MAX_DIGITS else None
    if isinstance(value, str):
        match = _REPS.fullmatch(value)
        if match and not _too_long(match.group(1), match.group(2)):
            low = int(match.group(1))
            high = int(match.group(2) or low)
            return Range(low, high) if low <= high else None
    return None


def parse_duration(value: object) -> Range | None:
    """A duration in seconds: ``'30 s'`` -> 30, ``'2 min'`` -> 120, ``'20-60 s'``, ``'1:30'``;
    None for junk and for a range written high to low (``'60-20 s'``)."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    clock = _CLOCK.fullmatch(text)
    if clock and not _too_long(clock.group(1)):
        seconds = int(clock.group(1)) * 60 + int(clock.group(2))
        return Range(seconds, seconds)
    match = _DURATION.fullmatch(text)
    if not match or _too_long(match.group(1), match.group(2)):
        return None
    factor = _UNIT_SECONDS[match.group(3)[0].lower()]
    low = float(match.group(1)) * factor
    high = float(match.group(2) or match.group(1)) * factor
    if not (math.isfinite(low) and math.isfinite(high)):
        return None
    return Range(low, high) if low <= high else None


def _too_long(*numbers: str | None) -> bool:
    """Whether a number written in the text has more than :data:`MAX_DIGITS` digits."""
    return any(number is not None and len(number) > MAX_DIGITS for number in numbers)


def describe_seconds(seconds: float) -> str:
    if seconds >= 60 and seconds % 60 == 0:
        return f"{_fmt(seconds / 60)} min"
    return f"{_fmt(seconds)} s"


def describe_range_seconds(value: Range) -> str:
    if value.low == value.high:
        return describe_seconds(value.low)
    if value.low >= 60 and value.low % 60 == 0 and value.high % 60 == 0:
        return f"{_fmt(value.low / 60)}-{_fmt(value.high / 60)} min"
    return f"{_fmt(value.low)}-{_fmt(value.high)} s"
