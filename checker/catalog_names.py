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
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from checker.catalog_modifiers import EQUIPMENT_MODIFIERS, MUSCLE_MODIFIERS, OTHER_MODIFIERS

if TYPE_CHECKING:
    from checker.catalog_data import Exercise

__all__ = ["EQUIPMENT_MODIFIERS", "MUSCLE_MODIFIERS", "OTHER_MODIFIERS", "normalize"]

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
    "iso": "isometric",
    "c2": "concept2",
    # physiotherapy handouts: "Side-lying ER", "Band IR at 90/90"
    "er": "external rotation",
    "ir": "internal rotation",
    # team coaches' sheets: "FSQ", "TBDL", "MB Slam"
    "fsq": "front squat",
    "fsqs": "front squat",
    "tbdl": "trap bar deadlift",
    "mb": "medicine ball",
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
    "dec": "deck",
    "shallow": "partial",
    "comp": "competition",
    "negatives": "negative",
    "theraband": "band",
    "ham": "hamstring",
    "toss": "throw",
    "sitting": "seated",
    "intervals": "interval",
    # a held contraction, as handouts write it: "static quads", "static abduction"
    "static": "isometric",
    # a sliding surface, as a board or discs
    "slideboard": "slider",
    "valslide": "slider",
    "glider": "slider",
    # a stick for drills: "Dowel RDL", "PVC hip hinge", "Broomstick good morning"
    "pvc": "dowel",
    "broomstick": "dowel",
    "plantarflexion": "plantar flexion",
    "dorsiflexion": "dorsi flexion",
    "quadricep": "quad",
    "prowler": "sled",
    # the handouts' word for the glutes: "buttock squeeze", "buttock contraction"
    "buttock": "glute",
    "forwards": "forward",
    "backwards": "backward",
    "sidelying": "side lying",
    # a speed coach's shorthand: "Accel Starts"
    "accel": "acceleration",
    # a dumbbell as Turkish programs write it, with a dotless i read as i: "Dambil Curl"
    "dambil": "dumbbell",
    # a suspension trainer by its maker, as physiotherapy programs write it: "in Redcord"
    "redcord": "suspension",
    "till": "to",  # translated programs: "deadlift till knees"
    "deltoid": "delt",  # the muscle by its full name: "Front Deltoid Raise"
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
    ("semi", "underhand"): "neutral grip",
    ("semi", "overhand"): "neutral grip",
    ("hammer", "grip"): "neutral grip",
    ("palm", "down"): "overhand",
    ("palm", "up"): "underhand",
    ("high", "pulley"): "cable",
    ("low", "pulley"): "cable",
    ("pulley",): "cable",
    ("two", "dumbbell"): "dumbbell",
    ("two", "hand"): "two arm",
    ("2", "hand"): "two arm",
    ("one", "hand"): "single arm",
    ("single", "hand"): "single arm",
    ("cambered", "bar"): "cambered bar",
    ("ankle", "weight"): "ankle weight",
    ("thera", "band"): "band",
    # a swim coach's band: "Stretch Cord External Rotation", "Stretch Cord Pull-Down"
    ("stretch", "cord"): "band",
    ("trap", "bar"): "trap bar",
    # a bar too thick to close the hand around: "Thick-Bar Hold", "Fat Bar Deadlift"
    ("thick", "bar"): "axle",
    ("fat", "bar"): "axle",
    # a knee raise, as programs also write it: "Hanging Knee-Ups", "Lying Knee Ups"
    ("knee", "up"): "knee raise",
    # swimming strokes written in two words: "Side Stroke Swim"
    ("side", "stroke"): "sidestroke",
    ("breast", "stroke"): "breaststroke",
    ("back", "stroke"): "backstroke",
    # physiotherapy handouts name the position last: "knee extension in sitting"
    ("in", "seated"): "seated",
    ("in", "lying"): "lying",
    ("in", "side", "lying"): "side lying",
    ("in", "standing"): "standing",
    ("in", "prone"): "prone",
    ("in", "supine"): "supine",
    ("in", "kneeling"): "kneeling",
    # on hands and knees, as physiotherapy handouts write it: "cervical extension in
    # four-point kneeling", "on all fours"
    ("four", "point", "kneeling"): "quadruped",
    ("4", "point", "kneeling"): "quadruped",
    ("in", "four", "point", "kneeling"): "quadruped",
    ("in", "4", "point", "kneeling"): "quadruped",
    ("in", "quadruped"): "quadruped",
    ("all", "four"): "quadruped",
    # both legs at once: "Double-Leg Cone Jumps", "Two-Footed Hops"
    ("double", "leg"): "bilateral",
    ("double", "legged"): "bilateral",
    ("two", "leg"): "bilateral",
    ("two", "legged"): "bilateral",
    ("two", "footed"): "bilateral",
    # a ballet position, as barre classes write it: "Plie in second position"
    ("in", "first", "position"): "first position",
    ("in", "second", "position"): "second position",
    # "jogging on the spot" ("on" and "the" are dropped first), "running in place"
    ("spot",): "in place",
    ("slide", "board"): "slider",
    ("low", "bar"): "low bar",
    ("high", "bar"): "high bar",
    ("steady", "state"): "steady",
    # a lever's length is a position, not a machine ("lever" is read "machine" first)
    ("short", "machine"): "short lever",
    ("long", "machine"): "long lever",
    ("zone", "2"): "easy",
    ("z2",): "easy",
    ("bosu", "ball"): "bosu",
    ("concept", "2"): "concept2",
    # a trap-bar deadlift as team sheets write it: "TB DL"
    ("tb", "dl"): "trap bar deadlift",
    # "Weight Plate Twists": a plate
    ("weight", "plate"): "plate",
    # the upper back's spine: "Quadruped T-Spine Rotation", "Thoracic Spine Extension"
    ("t", "spine"): "thoracic",
    ("thoracic", "spine"): "thoracic",
}
_PHRASE_MAX = max(len(p) for p in _PHRASES)

_EQUIPMENT_WORDS = frozenset(m for m in EQUIPMENT_MODIFIERS if " " not in m)
_MODIFIER_WORDS = {
    tuple(m.split()): m for m in (*EQUIPMENT_MODIFIERS, *OTHER_MODIFIERS, *MUSCLE_MODIFIERS)
}
_MODIFIER_MAX = max(len(m) for m in _MODIFIER_WORDS)
_NON_WORD = re.compile(r"[^0-9a-z]+")
#: a distance or a time written into a name ("Sprint 25m", "400m repeats", "Row 2 km"):
#: the prescription's business, not the movement's
_AMOUNT = re.compile(
    r"\b(?:\d+\s*[x\u00d7]\s*)?\d+(?:[.,]\d+)?\s*(?:m|km|yd|yds|yards?|meters?|metres?|mi|miles?|min|mins|minutes?"
    r"|sec|secs|seconds?)\b"
)
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


def _normalize(name: str) -> str:
    words: list[str] = []
    lowered = name.lower()
    if "\u00b0" in lowered:  # "45\u00b0 hip extension" is the 45-degree one
        lowered = lowered.replace("\u00b0", " degree ")
    if any(c.isdigit() for c in lowered):
        lowered = _SIZE.sub(" ", _AMOUNT.sub(" ", lowered))
    if not lowered.isascii():  # "Plié", "Relevé": the letter without its accent
        lowered = lowered.replace("\u0131", "i")  # the Turkish dotless i
        lowered = "".join(
            c for c in unicodedata.normalize("NFD", lowered) if not unicodedata.combining(c)
        )
    for word in _NON_WORD.sub(" ", lowered).split():
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
