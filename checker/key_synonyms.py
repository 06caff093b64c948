"""Keys coaches write for the format's own keys: slips of spelling and synonyms.

A spelling slip (``rep`` for ``reps``) is found by closeness; a synonym is not close in
spelling (``rpe``, ``weight``, ``unilateral``), so its meaning is written down here: the
schema's message then names the key meant, and how to write the value with it, instead
of a wrong near miss (``unilateral``: not ``intervals``).
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterable
from functools import lru_cache
from typing import Any

#: a key coaches write -> the format's key, and how its value is written there
#: (``{value}`` is the value as written)
SYNONYMS: dict[str, tuple[str, str]] = {
    "rpe": ("load", "load: RPE {value}"),
    "@rpe": ("load", "load: RPE {value}"),
    "rir": ("load", "load: RIR {value}"),
    "weight": ("load", "load: {value}"),
    "weights": ("load", "load: {value}"),
    "kg": ("load", "load: {value} kg"),
    "lbs": ("load", "load: {value} lb"),
    "lb": ("load", "load: {value} lb"),
    "percent": ("load", "load: {value} 1RM"),
    "percentage": ("load", "load: {value} 1RM"),
    "pct": ("load", "load: {value} 1RM"),
    "resistance": ("load", "load: {value}"),
    "repetitions": ("reps", "reps: {value}"),
    "rounds": ("sets", "sets: {value}"),
    "series": ("sets", "sets: {value}"),
    "time": ("duration", "duration: {value}"),
    "seconds": ("hold", "hold: {value} s"),
    "secs": ("hold", "hold: {value} s"),
    "rest_period": ("rest", "rest: {value}"),
    "rest-period": ("rest", "rest: {value}"),
    "recovery": ("rest", "rest: {value}"),
    "comment": ("notes", "notes: {value}"),
    "comments": ("notes", "notes: {value}"),
    "cue": ("notes", "notes: {value}"),
    "cues": ("notes", "notes: {value}"),
    "coaching": ("notes", "notes: {value}"),
    "instructions": ("notes", "notes: {value}"),
    "description": ("notes", "notes: {value}"),
    "video": ("notes", "notes: {value}"),
    "link": ("notes", "notes: {value}"),
    "url": ("notes", "notes: {value}"),
    "unilateral": ("per-side", "per-side: true"),
    "each": ("per-side", "per-side: true"),
    "each-side": ("per-side", "per-side: true"),
    "each_side": ("per-side", "per-side: true"),
    "per_side": ("per-side", "per-side: true"),
    "side": ("per-side", "per-side: true"),
    "sides": ("per-side", "per-side: true"),
    "both-sides": ("per-side", "per-side: true"),
}

#: the longest value shown in a hint; longer values are shown as ``...``
_SHOWN = 30


def synonym_hint(key: str, value: object, known: Collection[str]) -> tuple[str, str] | None:
    """The key ``key`` stands for and how to write it (``('load', "load: RPE 8")``), when
    that key is one of ``known`` (the keys allowed where ``key`` was written)."""
    meant = SYNONYMS.get(key.strip().lower())
    if meant is None or meant[0] not in known:
        return None
    if "{value}" not in meant[1]:
        return meant
    shown = value if isinstance(value, (str, int, float)) and not isinstance(value, bool) else ""
    text = str(shown).strip()
    if not text or len(text) > _SHOWN or not text.isprintable():
        return meant[0], meant[0] + ": ..."
    if meant[0] == "load" and "{value} 1RM" in meant[1] and not text.endswith("%"):
        text += "%"
    return meant[0], meant[1].format(value=text)


def suggest(word: str, choices: Iterable[str]) -> str | None:
    """The closest of ``choices`` to ``word`` in spelling, if any is close enough."""
    return _closest(word, tuple(choices))


@lru_cache(maxsize=4096)
def _closest(word: str, choices: tuple[str, ...]) -> str | None:
    # remembered: the same slips ('set' among an entry's keys) come back in every file
    lowered = {choice.lower(): choice for choice in choices}
    matches = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.6)
    return lowered[matches[0]] if matches else None


def cut_at_a_comma(instance: dict[str, Any], key: str) -> str | None:
    """The key whose words ``key`` most likely continues, or None: a key without a value
    right after a key with text (``{notes: easy pace, zone 2}`` reads as ``notes: easy
    pace`` and a key ``zone 2``, as YAML's flow mappings split at commas)."""
    if instance[key] is not None:
        return None
    keys = list(instance)
    at = keys.index(key)
    if at == 0 or not isinstance(instance[keys[at - 1]], str):
        return None
    return keys[at - 1]
