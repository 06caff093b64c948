"""Parse the values coaches write: rep counts, durations and loads."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from checker.lazy_pattern import LazyPattern
from checker.values import Frozen, set_field

#: Numbers with more digits than this are not a prescription anyone writes: the
#: parsers below give None for them (the schema words what is wrong), so that no
#: rule ever sees a number that float() or int() cannot take (``hold: <400 nines> s``
#: is an infinite float, ``reps: "<5000 nines>"`` more digits than int() reads).
MAX_DIGITS = 15
#: The longest text read as a count or a time (with its side and a note in parentheses):
#: a longer value is not one, and is not handed to the regular expressions below, whose
#: work can grow faster than the text on long runs of blanks.
MAX_TEXT = 200

_RANGE = r"(\d+(?:\.\d+)?)(?:\s*[-–]\s*(\d+(?:\.\d+)?))?"
_DURATION = re.compile(
    # '3+ s': at least the time named, as '5+' reps are at least five
    _RANGE + r"\+?\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)\.?",
    re.IGNORECASE,
)
_REPS = re.compile(r"\s*(\d+)\s*(?:(?:[-–]|to\s)\s*(\d+))?\s*")
_CLOCK = re.compile(r"(\d+):([0-5]\d)")
_UNIT = r"\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)\.?"
#: A range across units: ``90 s-2 min``, ``30 s - 1 min``.
_MIXED = LazyPattern(
    r"(\d+(?:\.\d+)?)" + _UNIT + r"\s*[-–]\s*(\d+(?:\.\d+)?)" + _UNIT, re.IGNORECASE
)
#: What coaches write after a count or a time and the schema accepts: the side (``8 per
#: side``, ``10/leg``, ``12 ea``), the word reps, a note in parentheses (``(RPE 8)``).
_SUFFIX = LazyPattern(
    r"(?:\s*\([^()]*\))?\s*$",
)
_SIDE = re.compile(
    r"\s*(?:/|(?<![a-z])(?:per|each|ea\.?|x)?)\s*(?:sides?|legs?|arms?|directions?|ways?|hands?)"
    r"\s*$|\s*(?<![a-z])(?:each|ea\.?|e/s|es)\s*$"
    r"|\s+(?:per|each)\s+[a-z][a-z-]*\s*$",
    re.IGNORECASE,
)
_REPS_WORD = re.compile(r"\s*(?:reps?|steps?)\s*$", re.IGNORECASE)
#: Minutes and seconds in prime marks: ``90"``, ``2'``, ``1'30"``.
_PRIMES = LazyPattern(r"(?:(\d+)')?\s*(?:(\d+)(?:\s*[-–]\s*(\d+))?\")?")
#: A set's reps in a list, one per set (``5, 5, 5+``, ``12/10/8``), or at least N (``5+``).
_REP_ITEM = LazyPattern(r"\s*(\d+)\s*(?:[-–]\s*(\d+))?\s*\+?\s*")


def _bare(text: str) -> str:
    """``text`` without what may follow a count or a time: a note in parentheses, the
    side it is counted on, and (for reps) the word reps."""
    text = _SUFFIX.sub("", text, count=1) if text.rstrip().endswith(")") else text
    text = _SIDE.sub("", text, count=1)
    return _REPS_WORD.sub("", text, count=1)


_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600}


class Range(Frozen, fields=("low", "high")):
    """An inclusive numeric range; a single value has ``low == high``."""

    __slots__ = ("high", "low")
    low: float
    high: float

    def __init__(self, low: float, high: float) -> None:
        set_field(self, "low", low)
        set_field(self, "high", high)

    def __str__(self) -> str:
        return _fmt(self.low) if self.low == self.high else f"{_fmt(self.low)}-{_fmt(self.high)}"


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def parse_reps(value: object) -> Range | None:
    """``8`` -> 8-8, ``'8-12'`` / ``'8–12'`` -> 8-12, ``'8-12 per side'`` and ``'10 (RPE 8)'``
    as their count, ``'5+'`` and ``'5, 5, 5+'`` -> 5; ``'max'``/``'AMRAP'`` and junk -> None.

    A range written high to low (``'20-10'``, as bodybuilding magazines write reps that
    fall from set to set) spans the same counts: 10-20."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Range(value, value) if abs(value) < 10**MAX_DIGITS else None
    if isinstance(value, str):
        return _reps_text(value)
    return None


@lru_cache(maxsize=4096)
def _reps_text(value: str) -> Range | None:
    """:func:`parse_reps` of a text (memoized: programs repeat the same few values, and
    every rule asks; a Range is immutable, so sharing one is safe)."""
    if len(value) > MAX_TEXT:
        return None  # no count is written so long: not worth a regex's backtracking
    if _TOTAL.search(value):
        return None  # the session's total ('100 (total)'), not a set's count
    match = _REPS.fullmatch(value)
    if match is None:
        value = _bare(value)
        match = _REPS.fullmatch(value)
    if match and not _too_long(match.group(1), match.group(2)):
        first = int(match.group(1))
        last = int(match.group(2) or first)
        # written high to low ('20-10'), the reps fall over the sets: the same span
        return Range(min(first, last), max(first, last))
    return _rep_list(value) or _left_right(value) or _count_with_words(value) or _runs(value)


#: Counts for the left and the right side: ``5L, 5R``, ``8L/8R``, ``10 R & 10 L``.
_LEFT_RIGHT = LazyPattern(
    r"\s*(\d{1,4})\s*[LR](?:\s*[,/&+]?\s*(\d{1,4})\s*[LR])+\s*(?:\([^()]*\))?\s*",
    re.IGNORECASE,
)


def _left_right(text: str) -> Range | None:
    """``'5L, 5R'`` -> 5, ``'6L/4R'`` -> 4-6: the reps of each side."""
    if _LEFT_RIGHT.fullmatch(text) is None:
        return None
    counts = [int(n) for n in re.findall(r"(\d+)\s*[LR]", text, re.IGNORECASE)]
    return Range(min(counts), max(counts))


#: Runs of a distance or intervals of a time, as track and conditioning sessions write
#: reps: ``10 x 100 m``, ``8 x 90 s``.
_RUNS = LazyPattern(
    r"\s*(\d{1,4})\s*[x×]\s*\d+(?:\.\d+)?\s*(?:m|km|mi|yds?|ft|s|secs?|mins?)\b", re.IGNORECASE
)


def _runs(text: str) -> Range | None:
    """``'10 x 100 m'`` and ``'8 x 90 s'`` -> 10 and 8: the runs or intervals a set holds."""
    match = _RUNS.match(text)
    return None if match is None else Range(int(match.group(1)), int(match.group(1)))


#: A count with words after it: ``8 jumps``, ``6 hurdles, over and under``, and after a
#: note or a comma: ``20, alternating legs``, ``10 (light), then 5``.
_COUNT_WORDS = LazyPattern(
    r"\s*(\d+)(?:\s*[-–]\s*(\d+))?(?:\s*\([^()]*\))?(?:\s*[,;](?!\s*(?:amrap|max)))?\s+"
    r"(?!kg|lb|(?:poods?|s|secs?|seconds?|mins?|minutes?|h|hrs?"
    r"|hours?|m|km|mi|yds?|ft|x)(?![^\W\d_])|(?:per|each|to|of|and|or)\s*$)[^\W\d_]",
    re.IGNORECASE,
)
#: Words saying the count is the whole session's, not a set's: ``60 total``.
_TOTAL = LazyPattern(r"\btotal\b|\bin all\b|\baltogether\b", re.IGNORECASE)


def _count_with_words(text: str) -> Range | None:
    """``'8 jumps'`` -> 8, ``'10 each of 8 throws'`` -> 10, ``'20, alternating legs'`` -> 20,
    ``'10 (light), then 5'`` -> 10: the count a set holds, when words that are no unit
    follow it (``8 kg`` is a load, not reps)."""
    match = _COUNT_WORDS.match(text)
    if match is None or _too_long(match.group(1), match.group(2)):
        return None
    low, high = int(match.group(1)), int(match.group(2) or match.group(1))
    return Range(low, high) if low <= high else None


#: A set of as many reps as possible at the end of a list of counts: ``3, 3, AMRAP``.
_AS_MANY = LazyPattern(r"\s*(?:amrap|max)\s*", re.IGNORECASE)


def _rep_list(text: str) -> Range | None:
    """``'5+'`` -> 5 (at least five), ``'5, 5, 5+'`` and ``'3, 3, AMRAP'`` -> 5 and 3,
    ``'12/10/8'`` or ``'21-15-9'`` -> 8-12 or 9-21, ``'~100'`` -> 100: the fewest to the
    most reps a set is given."""
    numbers: list[int] = []
    text = text.strip().lstrip("~").strip()  # '~100': about a hundred
    items = re.split(r"[,/]", text)
    if len(items) == 1 and len(dashed := re.split(r"\s*[-–]\s*", text)) >= 3:
        items = dashed  # '21-15-9': one count per round (a range has two numbers)
    for item in items:
        if numbers and _AS_MANY.fullmatch(item):
            continue  # '3, 3, AMRAP': the last set as many as possible, at least the others
        match = _REP_ITEM.fullmatch(item)
        if match is None or _too_long(match.group(1), match.group(2)):
            return None
        low, high = int(match.group(1)), int(match.group(2) or match.group(1))
        if low > high:
            return None
        numbers += (low, high)
    return Range(min(numbers), max(numbers)) if numbers else None


def parse_duration(value: object) -> Range | None:
    """A duration in seconds: ``'30 s'`` -> 30, ``'2 min'`` -> 120, ``'20-60 s'``, ``'1:30'``;
    None for junk and for a range written high to low (``'60-20 s'``)."""
    if not isinstance(value, str):
        return None
    return _duration_text(value)


@lru_cache(maxsize=4096)
def _duration_text(value: str) -> Range | None:
    """:func:`parse_duration` of a text (memoized, as :func:`_reps_text`): the duration
    alone, minutes and seconds (``1 min 30 s``), or a duration with words after it
    (``20 min easy``, ``2-3 min between sets``, ``5 min bike, then arm circles``)."""
    found = _exact_duration(value)
    if found is not None:
        return found
    bound = _BOUND.match(value)
    if bound is not None:  # "up to 10 s", "at least 30 s": the time the coach names
        return _duration_text(value[bound.end() :])
    compound = _COMPOUND.fullmatch(value.strip())
    if compound:
        return Range(*[int(compound.group(1)) * 60 + int(compound.group(2))] * 2)
    words = value.split(maxsplit=_HEAD_WORDS)[:_HEAD_WORDS]  # bounded: a hostile text costs
    for count in range(len(words) - 1, 0, -1):  # the longest duration the words start with
        head = " ".join(words[:count]).rstrip(",;:@+/–-").rstrip()
        found = _exact_duration(head) if head else None
        if found is not None:
            return found
    return None


#: Words that bound a duration from above or below, or say it is about that long:
#: ``up to 10 s`` (a pelvic floor hold built up to), ``at least 30 s``, ``about 2 min``.
_BOUND = LazyPattern(r"\s*(?:up\s+to|at\s+least|about|around|approx\.?|~)\s*(?=\d)", re.IGNORECASE)

#: The most words a duration with its side and a note takes (``20-60 s per side (slow,
#: at the top)``); words after them describe it.
_HEAD_WORDS = 12
#: Minutes and seconds in words: ``1 min 30 s``.
_COMPOUND = LazyPattern(
    r"(\d{1,4})\s*(?:m|mins?|minutes?)\.?,?\s*(\d{1,2})\s*(?:s|secs?|seconds?)\.?", re.IGNORECASE
)


#: A half, a quarter or three quarters in a time or a distance, after a whole number or
#: alone: ``1 1/2 hours``, ``2½ min``, ``1/2 mile``, ``¾ mi``.
_FRACTION = LazyPattern(
    r"(?<![\d/.])(?:(\d+)(?:\s*(?=[½¼¾])|\s+(?=[13]/4|1/2)))?(½|¼|¾|1/2|1/4|3/4)(?![\d/])"
)
_FRACTIONS = {"½": 0.5, "1/2": 0.5, "¼": 0.25, "1/4": 0.25, "¾": 0.75, "3/4": 0.75}


def _decimal(found: re.Match[str]) -> str:
    """A fraction as a decimal number (``1 1/2`` -> ``1.5``)."""
    return f"{int(found.group(1) or 0) + _FRACTIONS[found.group(2)]:g}"


def _decimals(text: str) -> str:
    """``text`` with its halves and quarters written as decimals (``1 1/2 min`` -> ``1.5
    min``); the text itself when it has none."""
    if "/" not in text and not any(c in text for c in "½¼¾"):
        return text
    return _FRACTION.sub(_decimal, text)


def _exact_duration(value: str) -> Range | None:
    """A text that is a duration and nothing else (but the side and a note)."""
    if len(value) > MAX_TEXT:
        return None  # no time is written so long: not worth a regex's backtracking
    text = _decimals(_bare(value).strip())
    if "'" in text or '"' in text:
        return _primes(text)
    clock = _CLOCK.fullmatch(text)
    if clock and not _too_long(clock.group(1)):
        seconds = int(clock.group(1)) * 60 + int(clock.group(2))
        return Range(seconds, seconds)
    match = _DURATION.fullmatch(text)
    if match is None and ("-" in text or "–" in text):
        mixed = _MIXED.fullmatch(text)  # (compiled only when a range is written)
        if mixed is not None:
            return _mixed(mixed)
    if not match or _too_long(match.group(1), match.group(2)):
        return None
    factor = _UNIT_SECONDS[match.group(3)[0].lower()]
    low = float(match.group(1)) * factor
    high = float(match.group(2) or match.group(1)) * factor
    if not (math.isfinite(low) and math.isfinite(high)):
        return None
    return Range(low, high) if low <= high else None


def range_across_units(text: str) -> tuple[str, str] | None:
    """The two ends of a range of times written across units, as written (``90 s-2 min``
    -> ``("90 s", "2 min")``), or None for any other text."""
    if "-" not in text and "–" not in text:
        return None
    match = _MIXED.fullmatch(text.strip())
    if match is None:
        return None
    return match.string[match.start(1) : match.end(2)], match.string[match.start(3) : match.end(4)]


def _mixed(match: re.Match[str]) -> Range | None:
    """``90 s-2 min`` -> 90-120 seconds; None when a number is too long or the range is
    written high to low (``2 min-90 s``)."""
    if _too_long(match.group(1), match.group(3)):
        return None
    low = float(match.group(1)) * _UNIT_SECONDS[match.group(2)[0].lower()]
    high = float(match.group(3)) * _UNIT_SECONDS[match.group(4)[0].lower()]
    if not (math.isfinite(low) and math.isfinite(high)):
        return None
    return Range(low, high) if low <= high else None


def _primes(text: str) -> Range | None:
    """``'90"'`` -> 90, ``"2'"`` -> 120, ``'1\'30"'`` -> 90, ``'45-60"'`` -> 45-60."""
    match = _PRIMES.fullmatch(text)
    if match is None or not (match.group(1) or match.group(2)) or _too_long(*match.groups()):
        return None
    minutes = int(match.group(1) or 0) * 60
    low = minutes + int(match.group(2) or 0)
    high = minutes + int(match.group(3) or match.group(2) or 0)
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


#: Metres in each unit a distance is written in, by how the unit starts.
_METRES = (("k", 1000.0), ("mi", 1609.0), ("m", 1.0), ("y", 0.9144), ("f", 0.3048))
_DISTANCE = LazyPattern(
    r"\s*(\d{1,6}(?:\.\d+)?)(?:\s*[-–]\s*(\d{1,6}(?:\.\d+)?))?\s*"
    r"(km|kilomet(?:er|re)s?|mi(?:les?)?|m|met(?:er|re)s?|yds?|yards?|ft|feet|foot)\b",
    re.IGNORECASE,
)


def parse_distance(value: object) -> Range | None:
    """A distance in metres: ``'400 m'`` -> 400, ``'2-3 mi'`` -> 3218-4827, ``'1.5 km
    easy'`` -> 1500; None for junk, for a range written high to low, and for repeats
    (``'6 x 800 m'``: not one stretch of steady work)."""
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        return None
    match = _DISTANCE.match(_decimals(value))
    if match is None:
        return None
    unit = match.group(3).lower()
    factor = next(metres for start, metres in _METRES if unit.startswith(start))
    low, high = float(match.group(1)), float(match.group(2) or match.group(1))
    return Range(round(low * factor), round(high * factor)) if low <= high else None


#: The largest count a rule does arithmetic with; larger ones are the schema's to report
#: (``sets`` and ``rounds`` stop at 20), and a number of 400 digits must not overflow a
#: float in the weekly counts.
MAX_COUNT = 10_000


#: A range of sets as coaches write it: ``3-4`` (a hyphen or an en dash).
SET_RANGE = re.compile(r"\s*(\d{1,2})\s*[-–]\s*(\d{1,2})\s*")
#: A count of sets with a note after it: ``3 (last one AMRAP)``, ``5 ladders``; or at
#: least a count: ``5+`` (its lower end is what the week surely holds).
_SETS_NOTED = re.compile(r"\s*(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?(?=\s*\(|\s+[^\W\d_]|\s*\+)")


def parse_sets(value: object) -> Range | None:
    """A count of sets or rounds as a range: ``3`` is 3-3, ``3-4`` is 3-4, ``5 ladders`` is
    5-5; None when absent or not a count."""
    count = _count(value)
    if count is not None:
        return Range(count, count)
    if isinstance(value, str):
        match = SET_RANGE.fullmatch(value) or _SETS_NOTED.match(value)
        if match and int(match.group(1)) <= int(match.group(2) or match.group(1)):
            return Range(int(match.group(1)), int(match.group(2) or match.group(1)))
    return None


def _count(value: object) -> int | None:
    """A whole count of sets or rounds, or None (absent, not a number, or absurd)."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_COUNT:
        return value
    return None
