"""Qualifiers apps and coaches write around an exercise name, and how they are set aside.

"Incline Dumbbell Press (30 degrees)", "Overhead Press (seated, light dumbbells)",
"Squat - paused", "Bench Press w/ Pause", "Power Snatch + Overhead Squat": the name
proper comes first; what follows in parentheses or brackets, or after a comma, a
spaced dash, a semicolon, an "@" ("External Rotation @90°"), "w/" ("with"), "from"
("Sit-to-stand from a high chair"), "to ... height" ("Scaption to shoulder height"),
"at" a position ("Band ER at 90/90", "IR at side"), "against" ("Isometric Abduction
against wall") or "on" a surface ("Calf Raises on a Step"), qualifies it. A muscle in
a qualifier ("Deadlift (lats)") is a note, set aside. Equipment and position words
in a qualifier are kept as modifiers of the name (as "(Cable)" in "Fly (Cable)");
the other words are set aside. A "+" joins the movements of a complex, and a slash two
movements done in turn ("Wrist Flexion / Extension"): the name is the first movement,
the others are set aside. A label before the name (a superset's "A1)", a muscle
group's "Abs - ") is set aside too.

When that leaves the name unknown, a trailing phrase saying where or with what support
the movement is done ("Heel Raises holding the rail", "Mini Squat at the rail",
"Step-Up onto 10 cm step", "1-Leg Squat off Box", "Prone Y-T-W on incline bench") is
set aside as written (``supported``), keeping the equipment it names ("Calf Raise holding
a dumbbell"); so is what is done without, equipment and all ("Floor Get-Up without
hands", "Pull-Up without band"). A name whose whole is an alias ("Push-Up on Knees",
"Sit on Wall") is found before, so such a word that belongs to the exercise stays. The
support phrase may also start with "in" ("Plank in Redcord").

A name that stays unknown is read with its movement words as nouns (``verb_forms``):
"Bench Pressing", "Squatting", "Wall Sitting", "Pulling Up" are the bench press, the
squat, the wall sit and the pull-up, as programs translated into English write them.
"Bending" is no such word: an arm bent is a curl or a push-up, so only whole phrases
("forearm bending with barbell") are aliases.
"""

from __future__ import annotations

import re

from checker.catalog_names import (
    EQUIPMENT_MODIFIERS,
    MUSCLE_MODIFIERS,
    _modifiers,
    is_size,
    normalize,
)
from checker.lazy_pattern import LazyPattern

_BRACKETED = LazyPattern(r"\(([^()]*)\)?|\[([^\[\]]*)\]?")
#: what starts a trailing qualifier; "with" only as "w/" or after a comma-free name
_SEPARATOR = LazyPattern(
    r"\s*[,;@]\s*|\s+[-\u2013\u2014]+\s+|\s*\bw/\s*|\s+with\s+|\s+from\s+"
    r"|\s+against\s+|\s+at\s+(?=\d|(?:the\s+|your\s+)?(?:side|shoulder|waist|chest|hip|wall)\b)"
    r"|\s+(?:up\s+)?to\s+(?=(?:a\s+|the\s+)?(?:shoulder|chest|waist|hip|knee|eye|head)\s+"
    r"(?:height|level)\b)"
    r"|\s+on\s+(?=(?:a\s+|an\s+|the\s+)?(?:(?:flat|incline|inclined|decline|declined|low|high)\s+)?"
    r"(?:pillow|cushion|foam|bosu|wobble|balance|step|stair|box"
    r"|bench|mat|floor|chair|rolled|towel)\b)",
    re.IGNORECASE,
)
#: words that start a trailing qualifier without punctuation ("from a high chair",
#: "on a pillow")
#: the separators of punctuation alone, for a name whose words are its own ("Throw from
#: Power Position, 9 kg shot": the movement's name holds "from"), and when it is done
#: ("jumps with counter movement after the squat")
_PUNCTUATION = LazyPattern(
    r"\s*[,;@]\s*|\s+[-\u2013\u2014]+\s+|\s*\bw/\s*|\s+(?:after|before)\s+", re.IGNORECASE
)
_WORDY = LazyPattern(r"\s(?:with|from|to|on|at|against)\s", re.IGNORECASE)
#: a slash between two movements ("Wrist Flexion / Extension", "Chin-up/Pull-up"), not
#: "w/" nor a position ("90/90"), nor FRC's one method of two isometrics ("PAILs/RAILs")
_ALTERNATIVE = LazyPattern(r"(?<=[a-z)])(?<!pails)\s*/\s*(?=[a-z])(?!rails)", re.IGNORECASE)
_WITH = LazyPattern(r"^\s*(?:w/|with\b)", re.IGNORECASE)
#: added resistance: a lift "with bands" or "with chains" is still the lift, with its equipment
_ADDED = frozenset({"band", "chain"})
#: words that qualify nothing once the modifier before them is taken ("neutral grip grip")
_BARE = frozenset({"grip", "stance", "position"})


class Qualified:
    """A name split into the movement it names and its qualifiers."""

    __slots__ = ("complex_rest", "kept", "name", "set_aside")

    def __init__(
        self, name: str, kept: tuple[str, ...], set_aside: tuple[str, ...], complex_rest: str
    ) -> None:
        #: the name proper, with the modifiers its qualifiers hold ("overhead press seated")
        self.name = name
        #: the modifiers taken from the qualifiers
        self.kept = kept
        #: the qualifiers' other words, as written ("30 degrees", "low step")
        self.set_aside = set_aside
        #: for a complex ("A + B"): the movements after the first, as written
        self.complex_rest = complex_rest


_ADDED_RESISTANCE = LazyPattern(r"\b(?:with|w/)\s*(?:bands?|chains?)\b", re.IGNORECASE)


def adds_resistance(name: str) -> bool:
    """Whether ``name`` adds bands or chains to a lift ("Box Squat with bands"): the
    lift keeps its equipment, so its qualifiers are read before its words."""
    return _ADDED_RESISTANCE.search(name) is not None


#: a label before the name: a superset's "A1)", "B)" or "D.", a list's "1)" or "2.", or a
#: muscle group's "Abs - " (a dot or colon only with a blank after it: "1.5 mile run")
_LABEL = LazyPattern(
    r"^\s*(?:(?:[A-Za-z][0-9]{0,2}|[0-9]{1,2})\s*(?:\)|[.:](?=\s))|(?:abs|core|chest|back|legs|arms|shoulders|glutes"
    r"|biceps|triceps|calves|finisher|accessory|conditioning)\s*[-\u2013\u2014:])\s*",
    re.IGNORECASE,
)


def movements(name: str) -> list[str]:
    """The movements of a name written with slashes between them ("deadlift / RDL / good
    mornings", "Chin-up/Pull-up"), as :func:`qualified` reads a slash; the name alone when
    it has none ("90/90 hip switch")."""
    return [part.strip() for part in _ALTERNATIVE.compiled.split(name) if part.strip()]


def wordy(name: str) -> bool:
    """Whether ``name`` has a qualifier set apart by a word ("from", "with", "at", ...)."""
    return _WORDY.search(name) is not None


def qualified(name: str, words: bool = True) -> Qualified | None:
    """``name`` split at its qualifiers, or None when it has none. With ``words`` false,
    only at punctuation: the words "from", "with", "at" stay in the name."""
    if not any(c in name for c in "()[,;+-/@:.\u2013\u2014") and _WORDY.search(name) is None:
        return None
    label = _LABEL.match(name)
    if label is not None and normalize(name[label.end() :]):
        # "Abs - crunches on the incline bench": the support phrase after the label too
        unlabelled = qualified(name[label.end() :], words) or supported(name[label.end() :])
        if unlabelled is None:
            unlabelled = Qualified(normalize(name[label.end() :]), (), (), "")
        aside = (name[: label.end()].strip(" -\u2013\u2014:"), *unlabelled.set_aside)
        return Qualified(unlabelled.name, unlabelled.kept, aside, unlabelled.complex_rest)
    complex_rest = ""
    if "+" in name:
        first, _, rest = name.partition("+")
        if first.strip() and rest.strip():
            name, complex_rest = first, rest.strip()
    pieces: list[tuple[str, bool]] = []

    def bracketed(match: re.Match[str]) -> str:
        pieces.extend(_pieces(match.group(1) if match.group(1) is not None else match.group(2)))
        return " "

    main = _BRACKETED.sub(bracketed, name)
    slash = _ALTERNATIVE.search(main)
    if slash is not None and not re.search(r"(?:^|\s)w$", main[: slash.start()], re.IGNORECASE):
        first, rest = main[: slash.start()], main[slash.end() :]
        if normalize(first):
            # the first movement is the name; a qualifier after the second still counts
            head_rest, *trailing_rest = _split(rest, words)
            main = " ".join((first, *(f", {t}" for t in trailing_rest)))
            complex_rest = ", ".join(p for p in (head_rest.strip(), complex_rest) if p)
    head, *trailing = _split(main, words)
    for piece in trailing:
        pieces.extend(_pieces(piece))
    if not normalize(head) or (not pieces and not complex_rest):
        return None
    kept, set_aside = _sorted_out(pieces)
    if not set_aside and not complex_rest and not kept:
        return None
    proper = " ".join((normalize(head), *kept))
    return Qualified(proper, tuple(kept), tuple(set_aside), complex_rest)


def _sorted_out(pieces: list[tuple[str, bool]]) -> tuple[list[str], list[str]]:
    """The modifiers the qualifier ``pieces`` keep for the name, and what they set aside."""
    kept: list[str] = []
    set_aside: list[str] = []
    for piece, added in pieces:
        key = normalize(piece)
        if not key:
            if is_size(piece):  # "@ 40 cm": a height or a load, said as set aside
                set_aside.append(piece.strip())
            continue
        words = key.split()
        # a muscle in a qualifier is a note ("Deadlift (lats)"), not part of the name
        found = [m for m in _modifiers(key) if m[2] not in MUSCLE_MODIFIERS]
        used = {i for start, end, _ in found for i in range(start, end)}
        mixed = any(i not in used and w not in _BARE for i, w in enumerate(words))
        if mixed:
            # words with a modifier among them ("light dumbbells", "2 s hold at lockout"):
            # set aside as written, keeping only the equipment they name
            set_aside.append(piece.strip())
        for _, _, modifier in found:
            if added and modifier in _ADDED:
                set_aside.append(modifier)
            elif modifier not in kept and (not mixed or modifier in EQUIPMENT_MODIFIERS):
                kept.append(modifier)
    return kept, set_aside


def _split(text: str, words: bool = True) -> list[str]:
    """``text`` cut at its separators (with ``words`` false, at punctuation only); a "w/"
    or "with" piece keeps its mark."""
    out: list[str] = []
    last = 0
    for match in (_SEPARATOR if words else _PUNCTUATION).finditer(text):
        if match.start() == 0 and not out:
            continue
        out.append(text[last : match.start()])
        last = match.start() if "w" in match.group().lower() else match.end()
    out.append(text[last:])
    return [piece for piece in out if piece.strip()] or [text]


def _pieces(text: str) -> list[tuple[str, bool]]:
    """The qualifiers in ``text`` (one bracket's content or a trailing part), each with
    whether it is an addition ("w/ bands")."""
    out: list[tuple[str, bool]] = []
    for piece in re.split(r"\s*[,;]\s*", text):
        for part in re.split(r"(?=\bw/)|(?=\bwith\b)", piece, flags=re.IGNORECASE):
            added = bool(_WITH.match(part))
            cleaned = _WITH.sub(" ", part).strip()
            if cleaned:
                out.append((cleaned, added))
    return out


#: a trailing phrase of where or with what support: "at the rail", "on incline bench",
#: "onto 10 cm step", "off box", "along the rail", "holding the rail", "against the wall";
#: or of what is left out: "without hands"; or of when: "walking after training"
_SUPPORT = LazyPattern(
    r"\s+(?:at|on|onto|off|along|holding|against|from|with|without|in|after|before)\s+(?=\S)",
    re.IGNORECASE,
)


def supported(name: str) -> Qualified | None:
    """``name`` split before a trailing phrase of place or support, or None when it has
    none or nothing would be left of the movement."""
    match = _SUPPORT.search(name)
    if match is None:
        return None
    head, phrase = name[: match.start()], name[match.start() :].strip()
    key = normalize(head)
    if not key or bare_modifier_words(key):
        return None
    # the equipment the phrase names is kept ("holding a kettlebell"), the rest set aside;
    # what is done without is all set aside ("Pull-up without band" is no band pull-up)
    without = phrase.lower().startswith("without")
    kept, set_aside = ([], [phrase]) if without else _sorted_out([(phrase, False)])
    proper = " ".join((key, *kept))
    return Qualified(proper, tuple(kept), tuple(set_aside), "")


def bare_modifier_words(key: str) -> bool:
    """Whether every word of ``key`` is a modifier ("standing", "single leg")."""
    words = key.split()
    used = {i for start, end, _ in _modifiers(key) for i in range(start, end)}
    return all(i in used for i in range(len(words)))


#: movement words written as verbs, and the noun an exercise's name uses
_VERBS = {
    "pressing": "press",
    "squatting": "squat",
    "sitting": "sit",
    "pulling": "pull",
    "pushing": "push",
    "raising": "raise",
    "lifting": "lift",
    "curling": "curl",
    "rowing": "row",
    "lunging": "lunge",
    "jumping": "jump",
    "dipping": "dip",
    "shrugging": "shrug",
    "swinging": "swing",
    "twisting": "twist",
    "crunching": "crunch",
    "thrusting": "thrust",
    "extending": "extension",
    "deadlifting": "deadlift",
    "snatching": "snatch",
    "cleaning": "clean",
}
_VERB = LazyPattern(r"\b(" + "|".join(_VERBS) + r")\b", re.IGNORECASE)


def verb_forms(name: str) -> str | None:
    """``name`` with its movement verbs as nouns ("Bench Pressing" -> "Bench press"), or
    None when it has none."""
    if "ing" not in name.lower():
        return None
    changed = _VERB.sub(lambda m: _VERBS[m.group(1).lower()], name)
    return changed if changed != name else None
