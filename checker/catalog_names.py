"""Exercise names as the matcher sees them: normalized words, modifiers, head words.

``normalize`` lowercases, turns punctuation to spaces, expands abbreviations (DB, BB,
KB), makes plurals singular and gives one spelling to words written several ways
(pull-up / pullup, flye / fly, one-arm / single-arm, leverage machine / machine,
theraband / band, static / isometric, ER / external rotation, PVC / dowel, slide board
/ slider, buttock / glute, thick bar / axle, knee-up / knee raise, deltoid / delt, t-spine
/ thoracic). A distance or a time in a name ("Sprint 25m") is dropped, "45°" reads "45
degree", "on the spot" reads "in place", and a position written last as physiotherapy
handouts do ("knee extension in sitting", "scapular setting in prone") becomes the
position modifier; "four-point kneeling" and "all fours" read "quadruped", "double-leg"
and "two-footed" read "bilateral", and an accented letter is the letter ("Plié").

Modifiers are equipment, position, bar position and depth ("low bar", "quarter"),
direction ("forward"), effort ("easy", "recovery") and lever words; a muscle written
before the movement ("Rear Delt Reverse Fly") is a modifier too, which the matcher
drops only when the movement left trains that muscle (``MUSCLE_MODIFIERS``).

The word tables themselves (abbreviations, spellings, small words, phrases) are in
``checker.catalog_words``; before them, a name in German, Spanish, Portuguese, Italian,
French, Polish or Dutch ("Kniebeuge mit Langhantel", "(supino reto)") has its gym terms
put in English by ``checker.catalog_glossary``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from checker.catalog_glossary import starts as glossary_starts
from checker.catalog_glossary import translated
from checker.catalog_modifiers import EQUIPMENT_MODIFIERS, MUSCLE_MODIFIERS, OTHER_MODIFIERS
from checker.catalog_words import ABBREVIATIONS as _ABBREVIATIONS
from checker.catalog_words import DROPPED as _DROPPED
from checker.catalog_words import PHRASES as _PHRASES
from checker.catalog_words import WORDS as _WORDS

if TYPE_CHECKING:
    from checker.catalog_data import Exercise

__all__ = ["EQUIPMENT_MODIFIERS", "MUSCLE_MODIFIERS", "OTHER_MODIFIERS", "normalize"]

_PHRASE_MAX = max(len(p) for p in _PHRASES)

_EQUIPMENT_WORDS = frozenset(m for m in EQUIPMENT_MODIFIERS if " " not in m)
_MODIFIER_WORDS = {
    tuple(m.split()): m for m in (*EQUIPMENT_MODIFIERS, *OTHER_MODIFIERS, *MUSCLE_MODIFIERS)
}
_MODIFIER_MAX = max(len(m) for m in _MODIFIER_WORDS)
_NON_WORD = re.compile(r"[^0-9a-z]+")
#: a distance or a time written into a name ("Sprint 25m", "400m repeats", "Row 2 km",
#: "change of direction 5-10-5 m"):
#: the prescription's business, not the movement's
_AMOUNT = re.compile(
    r"\b(?:\d+\s*[x\u00d7]\s*)?\d+(?:[.,]\d+)?(?:\s*-\s*\d+(?:[.,]\d+)?)*"
    r"\s*(?:m|km|yd|yds|yards?|meters?|metres?|mi|miles?|min|mins|minutes?|sec|secs|seconds?)\b"
)
#: a count written after a name ("Deadlift x3", "Bench Press x 5"): the prescription's
#: business (a name that starts with "X3" is the X3 bar's: see _written)
_TIMES = re.compile(r"(?<=[a-z)])(?:\s+x|\s*\u00d7)\s*\d+\b")
#: a height or a load written into a name ('2" Deficit Deadlift', "3-inch Block Pull",
#: "Kettlebell Swing 24kg"): the setup's or the load's business, not the movement's
_SIZE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:\"|''|\u2033|\u201d)"
    r"|\b(?:\d+\s*x\s*)?\d+(?:[.,]\d+)?\s*-?\s*(?:in|inch|inches|cm|kg|kgs|lb|lbs)\b"
)


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


#: an abbreviation written with a slash: "Seated D/B Curls", "B/B Row", "K/B Swing"
_SLASHED = re.compile(r"\b([dbk])\s*/\s*b\b")


def _written(name: str) -> list[str]:
    """``name``'s words as written: lowercase, without accents nor punctuation, a
    distance, a time, a height or a load left out."""
    lowered = name.lower()
    if "/" in lowered:
        lowered = _SLASHED.sub(r"\1b", lowered)
    if lowered.startswith("x3 ") and not lowered.startswith("x3 bar"):
        lowered = "x3 bar" + lowered[2:]  # the brand first: "X3 Deadlift" (not "Deadlift x3")
    if "\u00b0" in lowered:  # "45\u00b0 hip extension" is the 45-degree one
        lowered = lowered.replace("\u00b0", " degree ")
    if any(c.isdigit() for c in lowered):
        lowered = _TIMES.sub(" ", _SIZE.sub(" ", _AMOUNT.sub(" ", lowered)))
    if not lowered.isascii():  # "Plié", "Relevé": the letter without its accent
        # the Turkish dotless i, the Polish barred l and the German sharp s have none
        lowered = lowered.replace("\u0131", "i").replace("\u0142", "l").replace("\u00df", "ss")
        lowered = "".join(
            c for c in unicodedata.normalize("NFD", lowered) if not unicodedata.combining(c)
        )
    return _NON_WORD.sub(" ", lowered).split()


def in_other_language(text: str) -> bool:
    """Whether ``text`` holds a gym term of another language (``checker.catalog_glossary``)."""
    written = _written(text)
    return not glossary_starts().isdisjoint(written) and translated(written) != written


def _normalize(name: str) -> str:
    words: list[str] = []
    written = _written(name)
    if not glossary_starts().isdisjoint(written):  # "press de banca", "(supino reto)"
        written = translated(written)
    for word in written:
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


def is_size(text: str) -> bool:
    """Whether ``text`` holds a height or a load ("40 cm", '2"', "24kg")."""
    return _SIZE.search(text.lower()) is not None


def timed_by_name(name: str) -> str | None:
    """``timed`` when ``name`` holds a distance or a time ("500m Row", "Bike 20 min"),
    which decides an ambiguous name as a prescribed duration would; else None."""
    if any(c.isdigit() for c in name) and _AMOUNT.search(name.lower()) is not None:
        return "timed"
    return None


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


def unambiguous(by_key: Mapping[str, Exercise], fold: Callable[[str], str]) -> dict[str, Exercise]:
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


def search_entries(exercises: Iterable[Exercise], query: str) -> list[Exercise]:
    """The entries whose names, aliases, muscles, tags or pattern contain every word of
    ``query``."""
    words = normalize(query).split()
    results: list[Exercise] = []
    for exercise in exercises:
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
