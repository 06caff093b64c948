"""Self-myofascial release named by its tool and the places it works.

Programs name a release by what it is done with and where: "foam roll hamstrings and
adductors", "Foam Roll Thoracic Spine and Lats", "SMR: calves", "lacrosse ball pec
release", "psoas release". The catalog has one entry per tool, whatever the places
named (a release trains none of them): Foam Rolling for a foam roller (and NASM's
"SMR", done on one), Soft-Tissue Release for a ball or a release without a roller.
A name is read so only when every word besides the tool is a part of the body (or a
side, a position, a small word): "Foam Roller Bridge" and "Foam Roller Wall Slide"
are exercises done on a roller, not a release.
"""

from __future__ import annotations

from checker.catalog_names import normalize
from checker.lazy_pattern import LazyPattern

#: words that make a name a release on a foam roller
_ROLLER = frozenset({"foam", "roller", "smr"})
#: words that make a name a release without one: a ball, or the release itself
_RELEASE = frozenset({"release", "smash", "lacrosse", "myofascial", "massage", "trigger"})
#: words a release's name may hold besides the places: the tool's other words, sides,
#: positions, small words
_ALSO = frozenset(
    {
        "roll",
        "rolling",
        "out",
        "ball",
        "tennis",
        "peanut",
        "point",
        "self",
        "soft",
        "tissue",
        "work",
        "left",
        "right",
        "each",
        "side",
        "both",
        "all",
        "or",
        "then",
        "supine",
        "prone",
        "lying",
        "seated",
        "standing",
        "kneeling",
        "wall",
        "floor",
        "upper",
        "lower",
        "mid",
        "middle",
        "inner",
        "outer",
        "front",
        "full",
        "total",
        "posterior",
        "anterior",
        "lateral",
        "medial",
        "area",
        "muscle",
        "major",
        "minor",
    }
)
#: the parts of the body a release names, as ``normalize`` writes them (singular,
#: "quadricep" as "quad", "t-spine" as "thoracic")
PLACES = frozenset(
    {
        "quad",
        "hamstring",
        "glute",
        "gluteal",
        "calf",
        "calve",
        "soleus",
        "gastrocnemius",
        "shin",
        "tibialis",
        "peroneal",
        "foot",
        "feet",
        "plantar",
        "fascia",
        "arch",
        "achille",
        "adductor",
        "abductor",
        "groin",
        "hip",
        "flexor",
        "psoa",
        "iliacus",
        "it",
        "itb",
        "iliotibial",
        "band",
        "tfl",
        "piriformis",
        "thigh",
        "leg",
        "back",
        "body",
        "thoracic",
        "spine",
        "lumbar",
        "ql",
        "quadratus",
        "lumborum",
        "erector",
        "lat",
        "latissimus",
        "dorsi",
        "trap",
        "trapezius",
        "rhomboid",
        "pec",
        "pectoral",
        "pectoralis",
        "chest",
        "serratus",
        "shoulder",
        "delt",
        "rotator",
        "cuff",
        "teres",
        "infraspinatus",
        "subscapularis",
        "neck",
        "scalene",
        "suboccipital",
        "arm",
        "forearm",
        "bicep",
        "tricep",
        "wrist",
        "hand",
        "oblique",
        "ab",
        "abdominal",
        "diaphragm",
    }
)


def released(name: str, key: str) -> tuple[str, str] | None:
    """The entry (its id) a release named by its tool and places is, and the places as
    ``name`` writes them; None when ``name`` (normalized: ``key``) is no such name."""
    words = key.split()
    tool = [w for w in words if w in _ROLLER or w in _RELEASE]
    if not tool or not any(w in PLACES for w in words):
        return None
    if any(w not in PLACES and w not in _ALSO for w in words if w not in tool):
        return None
    written = (match.group() for match in _WORD.finditer(name))
    places = [_SHOWN.get(w, w) for w in written if set(normalize(w).split()) & PLACES]
    on_roller = any(w in _ROLLER for w in tool)
    return ("foam-rolling" if on_roller else "soft-tissue-release"), " ".join(places)


#: a word of a name as written ("T-spine" is one)
_WORD = LazyPattern(r"[A-Za-z]+(?:-[A-Za-z]+)*")
#: places a name already normalized writes as no one does ("foam roll calve" of "Foam
#: Roll Calves, Adductors", read without its qualifiers)
_SHOWN = {"calve": "calves", "psoa": "psoas", "achille": "achilles"}
