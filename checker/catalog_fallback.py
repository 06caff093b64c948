"""The last resort for a name nothing else matched: the movement its last words name.

Coaches put words before a movement that no list of modifiers can hold: a brand or
a person (``Nautilus Pullover``, ``Gironda Dips``), an implement (``Backpack
Bent-Over Row``), a label (``Abs - Decline Sit-ups``), an angle (``30-degree
Incline DB Press``). When the name's last words are a known movement, and that
movement has the pattern the name's own words reveal (a "... row" is read only as a
row; a name that reveals none is read only by two or more last words), the name is
read as that movement done some way trainlint cannot tell: not as
the barbell lift it may name (no ``heavy`` nor ``deadlift`` tag), and the
resolution says which words were not known. A name of two movements joined by
``to`` (``Drop Squat to Stick``, ``Atlas Stone to Shoulder``) is read by its first
part, as a complex is. A choice written with ``or`` (``Pull-ups or Lat Pulldown``,
``DB or BB Row``) is read as its first alternative that names a known movement (the
coach's first choice); an alternative of modifiers alone borrows the last
alternative's last word ("DB" of "DB or BB Row" is a dumbbell row). As the athlete may
take another alternative, the choice is not taken for the heavy barbell lift it may name.
Before any of these, a release named by its tool and the places it works ("foam roll
hamstrings and adductors", "lacrosse ball pec release": ``checker.catalog_release``) is
the catalog's release for that tool; a round named by its strikes and bag ("heavy bag
jab-cross", "body bag knees and front kicks": ``checker.catalog_strikes``) is boxing or
kickboxing; a stretch or mobility drill that names a place ("Soleus stretch") is the
catalog's stretch for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from checker.catalog_data import Exercise
from checker.catalog_names import normalize
from checker.catalog_patterns import revealed_pattern
from checker.catalog_qualifiers import bare_modifier_words, qualified
from checker.catalog_release import released
from checker.catalog_resolution import Resolution
from checker.catalog_strikes import struck
from checker.values import replace

#: how the catalog resolves a normalized name for a kind of prescription, modifiers and
#: all (``Catalog._resolve``), without this last resort
Lookup = Callable[[str, "str | None"], Resolution]


class _Catalog(Protocol):
    def get(self, exercise_id: str) -> Exercise | None: ...
    def _resolve(self, name: str, key: str, kind: str | None) -> Resolution: ...
    def suggest(self, name: str, limit: int = 3) -> list[str]: ...


#: tags that say more than the words do once some of them are unknown
UNCONFIRMED_TAGS = frozenset({"heavy", "deadlift"})

#: between two movements: "Drop Squat to Stick", "Cool-down walk and stretching"
_TO = re.compile(r"\s+(?:to|and|&)\s+", re.IGNORECASE)

#: between the alternatives of a choice: "Pull-ups or Lat Pulldown", "DB or BB Row"
_OR = re.compile(r"\s+or\s+", re.IGNORECASE)

#: words that make a name a stretch or a mobility drill
_STRETCH = frozenset({"stretch", "stretching", "mobility", "mobilization", "mobilisation", "mob"})

#: what a stretch or mobility drill works, by the words that name the place (first
#: match wins, longer phrases first): the catalog's own stretch for it
_STRETCHED = (
    ("hip flexor", "hip-flexor-stretch"),
    ("upper trap", "neck-stretch"),
    # the muscles by their anatomical names, as NASM's corrective programs write them:
    # "Upper Trapezius / Scalene Stretch", "Latissimus Dorsi Ball Stretch"
    ("trapezius", "neck-stretch"),
    ("scalene", "neck-stretch"),
    ("latissimus", "lat-stretch"),
    ("gastrocnemius", "calf-stretch"),
    ("pectoral", "chest-stretch"),
    ("pectoralis", "chest-stretch"),
    ("bicep femoris", "hamstring-stretch"),
    ("rectus femoris", "quad-stretch"),
    ("lower back", "lower-back-rotational-stretch"),
    ("soleus", "calf-stretch"),
    ("calf", "calf-stretch"),
    ("achille", "calf-stretch"),  # "achilles", made singular by normalize
    ("ankle", "ankle-mobility-drill"),
    ("wrist", "wrist-mobility"),
    ("forearm", "wrist-mobility"),
    ("psoa", "hip-flexor-stretch"),  # "psoas", likewise
    ("hamstring", "hamstring-stretch"),
    ("quadricep", "quad-stretch"),
    ("quad", "quad-stretch"),
    ("pec", "chest-stretch"),
    ("chest", "chest-stretch"),
    ("lat", "lat-stretch"),
    ("tricep", "triceps-stretch"),
    ("neck", "neck-stretch"),
    ("piriformis", "lying-glute-stretch"),
    ("glute", "lying-glute-stretch"),
    ("adductor", "butterfly-stretch"),
    ("groin", "butterfly-stretch"),
    ("shoulder", "cross-body-shoulder-stretch"),
    ("thoracic", "thoracic-rotation"),
    ("hip", "hip-90-90"),
)

#: words that say which joint or muscle moves: never dropped, the movement would change
_BODY_PARTS = frozenset(
    (
        "hip",
        "shoulder",
        "knee",
        "ankle",
        "wrist",
        "elbow",
        "neck",
        "back",
        "glute",
        "quad",
        "hamstring",
        "calf",
        "chest",
        "lat",
        "trap",
        "ab",
        "abs",
        "core",
        "leg",
        "arm",
        "toe",
        "heel",
        "foot",
        "hand",
        "thoracic",
        "lumbar",
        "spine",
        "pelvic",
        "adductor",
        "abductor",
        "groin",
        "bicep",
        "tricep",
        "forearm",
        "oblique",
        "delt",
        "",
    )
)

#: the most words a reading may leave unknown (more, and it is a guess, not a reading)
_MOST_UNKNOWN = 3


def last_words(
    key: str, kind: str | None, lookup: Lookup, pattern: str | None
) -> tuple[Exercise, str, tuple[str, ...]] | None:
    """The entry the last words of ``key`` (a normalized name) name, how, and the words
    before them that were not known; None when no reading keeps ``pattern`` (the
    movement pattern the whole name reveals, if any)."""
    words = key.split()
    for start in range(1, min(len(words), _MOST_UNKNOWN + 1)):
        if words[start - 1] in _BODY_PARTS:
            return None  # "hip external rotation" is not the shoulder's external rotation
        rest = " ".join(words[start:])
        if pattern is None and start == len(words) - 1:
            return None  # one word of a name that reveals no pattern ("Conan Wheel"): too weak
        resolved = lookup(rest, kind)
        found = resolved.exercise
        if found is None or resolved.candidates:
            continue
        if pattern is not None and found.pattern != pattern:
            return None  # the name says another movement than its last words' entry
        how = f"{resolved.how} ('{rest}'), the words before it not known"
        return found, how, tuple(words[:start]) + resolved.ignored
    return None


def unassumed(exercise: Exercise) -> Exercise:
    """``exercise`` without the tags that a name with unknown words cannot confirm."""
    if not exercise.tags & UNCONFIRMED_TAGS:
        return exercise
    return replace(exercise, tags=frozenset(exercise.tags - UNCONFIRMED_TAGS))


def last_resort(catalog: _Catalog, name: str, key: str, kind: str | None) -> Resolution:
    """``name`` read as its first movement or by its last words, or no match. A slip of
    the pen ("Romanain Deadlift") is left unmatched, for ``unknown-exercise`` to say
    which name was meant."""
    from checker.catalog_suggest import spelt_like  # difflib: only when a name is unknown

    choice = _first_choice(catalog, name, kind)
    if choice is not None:
        return choice
    release = _released(name, key, catalog)
    if release is not None:
        places, exercise = release
        return Resolution(name, key, exercise, f"a self-myofascial release ({places})")
    strikes = struck(key)
    rounds = None if strikes is None else catalog.get(strikes)
    if rounds is not None:
        return Resolution(name, key, rounds, "a round of strikes, at a bag or not")
    suggestions = catalog.suggest(name)  # the limit unknown-exercise asks: one cache entry
    if suggestions and spelt_like(name, suggestions[0]):
        return Resolution(name, key, None, "no match")

    def lookup(words: str, how: str | None) -> Resolution:
        return catalog._resolve(words, words, how)

    stretched = _stretched(key, catalog)
    if stretched is not None:
        place, exercise = stretched
        of = f"of the {place}" if place else "of no place named: stretching"
        return Resolution(name, key, exercise, f"a stretch or mobility drill {of}")

    to = _TO.search(name)
    if to is not None and to.start() > 0:
        first = name[: to.start()]
        first_key = normalize(first)
        rest = name[to.end() :].strip()
        resolved = lookup(first_key, kind)
        if resolved.exercise is not None and not resolved.candidates:
            how = f"{resolved.how} ('{first_key}'), the first of two movements"
            return Resolution(
                name, key, resolved.exercise, how, resolved.ignored, complex_rest=rest
            )
        stretch = _stretched(first_key, catalog)  # "seated stretch and relaxation"
        if stretch is not None:
            how = f"a stretch or mobility drill ('{first_key}'), the first of two movements"
            return Resolution(name, key, stretch[1], how, complex_rest=rest)
        found = last_words(first_key, kind, lookup, revealed_pattern(first_key))
        if found is not None:
            exercise, how, unknown = found
            how += ", the first of two movements"
            return Resolution(name, key, unassumed(exercise), how, unknown, complex_rest=rest)
    split = qualified(name)
    for proper in ((split.name,) if split is not None else ()) + (key,):
        found = last_words(proper, kind, lookup, revealed_pattern(proper))
        if found is not None:
            exercise, how, unknown = found
            aside = split.set_aside if split is not None and proper == split.name else ()
            return Resolution(name, key, unassumed(exercise), how, unknown, set_aside=aside)
    return Resolution(name, key, None, "no match")


def _first_choice(catalog: _Catalog, name: str, kind: str | None) -> Resolution | None:
    """``name``, a choice written with ``or``, read as its first alternative that names
    a known movement; None when it is no such choice or no alternative is known."""
    alternatives = [part.strip() for part in _OR.split(name)]
    if len(alternatives) < 2 or not all(alternatives):
        return None
    last_word = normalize(alternatives[-1]).rpartition(" ")[2]
    for alternative in alternatives:
        key = normalize(alternative)
        tries = [key]
        if alternative is not alternatives[-1] and not key.endswith(last_word):
            tries.append(f"{key} {last_word}")  # "DB" of "DB or BB Row": a dumbbell row
        for words in tries:
            resolved = catalog._resolve(words, words, kind)
            if resolved.exercise is not None and not resolved.candidates:
                shown = " or ".join(f"'{a}'" for a in alternatives)
                how = f"{resolved.how} ('{words}'), the first known of the choice {shown}"
                # (the athlete may take another alternative: not assumed the heavy lift)
                exercise = unassumed(resolved.exercise)
                return Resolution(name, normalize(name), exercise, how, resolved.ignored)
    return None


def _released(name: str, key: str, catalog: _Catalog) -> tuple[str, Exercise] | None:
    """The places and the catalog's entry for a release named by its tool and the places
    it works ("foam roll hamstrings and adductors", "lacrosse ball pec release"), or None."""
    found = released(name, key)
    exercise = None if found is None else catalog.get(found[0])
    return None if found is None or exercise is None else (found[1], exercise)


def _stretched(key: str, catalog: _Catalog) -> tuple[str, Exercise] | None:
    """The catalog's stretch for the place a stretch or mobility drill names ("Soleus
    stretch" is the calf stretch), and with no place named, nor any word besides
    modifiers ("stretches", "seated stretch"), Stretching; else None."""
    words = key.split()
    if not _STRETCH & set(words):
        return None
    padded = f" {key} "
    for place, exercise_id in _STRETCHED:
        if f" {place} " in padded:
            exercise = catalog.get(exercise_id)
            return (place, exercise) if exercise is not None else None
    # "stretch", "stretches", "seated stretch", "stretch track": stretching, of no place
    rest = " ".join(w for w in words if w not in _STRETCH)
    if not rest or bare_modifier_words(rest):
        exercise = catalog.get("stretching")
        return ("", exercise) if exercise is not None else None
    return None
