"""Boxing and kickboxing rounds named by their strikes and the bag they are thrown at.

Group classes and fight gyms name a round by what is thrown and at what: "heavy bag
jab-cross", "heavy bag combos", "double-end bag", "uppercut bag", "body bag knees and
front kicks", "heavy bag roundhouse kick". The catalog has one entry for punching work
(Boxing) and one for work with kicks, knees or elbows (Kickboxing), whatever the strikes
and the bag: a strike trains no muscle of its own that the round does not. A name is
read so only when every word is a strike, a bag, or a word of how the round is done (a
side, a speed, "work", "drill", a count of punches), and it names a bag ("double-end
bag"), two strikes ("slip and roll", "front kicks and knees"), a punch that is nothing
else ("jab", "uppercut", "combo") or a "knee strike"; a lone "cross", "hook" or kick
("front kick": held, it is the kick hold) is none. Kicks, knees, elbows and Muay Thai
make it kickboxing.
"""

from __future__ import annotations

#: punches, and the words of a combination ("1-2-3", "slip and roll")
_PUNCHES = frozenset(
    {
        "jab",
        "cross",
        "hook",
        "uppercut",
        "punch",
        "punching",
        "overhand",
        "straight",
        "combo",
        "combination",
        "flurry",
        "shot",
        "slip",
        "roll",
        "weave",
        "bob",
    }
)
#: the strikes of kickboxing and Muay Thai
_KICKS = frozenset({"kick", "roundhouse", "teep", "knee", "elbow", "clinch"})
#: the bags and pads a strike is thrown at
_BAGS = frozenset({"bag", "pad", "mitt", "shield"})
#: the words that name a bag's kind or how the round is done
_ALSO = frozenset(
    {
        "heavy",
        "double",
        "end",
        "speed",
        "body",
        "banana",
        "teardrop",
        "wall",
        "maize",
        "reflex",
        "water",
        "aqua",
        "freestanding",
        "thai",
        "muay",
        "kick",
        "front",
        "side",
        "back",
        "lead",
        "rear",
        "left",
        "right",
        "low",
        "high",
        "spinning",
        "switch",
        "push",
        "power",
        "fast",
        "light",
        "hard",
        "work",
        "drill",
        "round",
        "interval",
        "technique",
        "freestyle",
        "alternating",
        "single",
        "strike",
        "1",
        "2",
        "3",
        "4",
        "one",
        "two",
        "at",
        "or",
    }
)
#: punches that name a round on their own ("jab", "uppercuts"); "cross" and "hook", and
#: a kick, need a bag or another strike beside them
_ALONE = frozenset({"jab", "uppercut", "punch", "combo", "combination"})
#: the kicks a word before "kick" names: "roundhouse kick" is one strike
_KINDS = frozenset({"roundhouse", "teep"})


def struck(key: str) -> str | None:
    """The entry (its id) a round named by its strikes and bag is, ``boxing`` or
    ``kickboxing``; None when ``key`` (a normalized name) is no such name."""
    words = set(key.split())
    if not words <= _PUNCHES | _KICKS | _BAGS | _ALSO:
        return None
    strikes = words & (_PUNCHES | _KICKS)
    count = len(strikes) - ("kick" in words and bool(words & _KINDS))
    named = words & _ALONE or count > 1 or (strikes and "strike" in words)
    if not named and not (words & _BAGS and len(words) > 1):
        return None
    return "kickboxing" if words & _KICKS or "muay" in words else "boxing"
