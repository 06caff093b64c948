"""The movement pattern a name's words reveal, for suggestions of the same pattern.

A name names its movement with a word or two ("press", "row", "curl", "push up"),
usually its last; words before it may decide between the patterns that word may
mean ("leg curl" is the hamstrings, "curl" alone the biceps; "incline press" is a
horizontal push, "shoulder press" a vertical one). ``revealed_pattern`` gives the one
pattern the words settle on, or None when they settle on none: then only a name
spelt almost exactly like a known one is offered.
"""

from __future__ import annotations

import re

_CHEST = "horizontal-push"
_OVERHEAD = "vertical-push"
_TRICEPS = "isolation-triceps"
_BICEPS = "isolation-biceps"
_HAMSTRINGS = "isolation-hamstrings"
_FOREARMS = "isolation-forearms"
_REAR = "isolation-rear-delts"

#: movement words: (the pattern they mean with no deciding word or None, deciding words)
MOVEMENTS: dict[str, tuple[str | None, dict[str, str]]] = {
    "press": (
        None,
        {
            "bench": _CHEST,
            "chest": _CHEST,
            "incline": _CHEST,
            "decline": _CHEST,
            "flat": _CHEST,
            "floor": _CHEST,
            "board": _CHEST,
            "pin": _CHEST,
            "spoto": _CHEST,
            "larsen": _CHEST,
            "overhead": _OVERHEAD,
            "shoulder": _OVERHEAD,
            "military": _OVERHEAD,
            "push": _OVERHEAD,
            "log": _OVERHEAD,
            "axle": _OVERHEAD,
            "arnold": _OVERHEAD,
            "strict": _OVERHEAD,
            "standing": _OVERHEAD,
            "seated": _OVERHEAD,
            "leg": "squat",
            "pallof": "anti-rotation",
        },
    ),
    "bench": (_CHEST, {}),
    "push up": (_CHEST, {"pike": _OVERHEAD, "handstand": _OVERHEAD, "scapular": "mobility"}),
    "dip": (_OVERHEAD, {"hip": "anti-lateral-flexion"}),
    "fly": ("isolation-chest", {"reverse": _REAR, "rear": _REAR, "y": _REAR, "t": _REAR}),
    "crossover": ("isolation-chest", {}),
    "row": (
        "horizontal-pull",
        {"upright": "isolation-side-delts", "calorie": "cardio", "erg": "cardio"},
    ),
    "pulldown": ("vertical-pull", {"straight": "isolation-lats", "ab": "flexion"}),
    "pull up": ("vertical-pull", {"scapular": "mobility"}),
    "chin up": ("vertical-pull", {}),
    "chin": ("vertical-pull", {"tuck": "mobility"}),
    "pullover": ("isolation-lats", {}),
    "squat": (
        "squat",
        {
            "split": "lunge",
            "pistol": "lunge",
            "cossack": "lunge",
            "skater": "lunge",
            "bulgarian": "lunge",
            "jump": "jump",
        },
    ),
    "lunge": ("lunge", {"spiderman": "mobility"}),
    "step up": ("lunge", {}),
    "step over": ("lunge", {}),
    "deadlift": ("hinge", {}),
    "rdl": ("hinge", {}),
    "good morning": ("hinge", {}),
    "hip thrust": ("hinge", {}),
    "thrust": ("hinge", {}),
    "hyperextension": ("hinge", {}),
    "swing": (
        "hinge",
        {
            "leg": "mobility",
            "arm": "mobility",
            "sledgehammer": "rotation",
            "overspeed": "rotation",
            "bat": "rotation",
            "golf": "rotation",
        },
    ),
    "curl": (
        _BICEPS,
        {
            "leg": _HAMSTRINGS,
            "hamstring": _HAMSTRINGS,
            "nordic": _HAMSTRINGS,
            "wrist": _FOREARMS,
            "reverse": _FOREARMS,
            "jefferson": "mobility",
            "razor": _HAMSTRINGS,
            # an abdominal curl (Strong Women Stay Young, McGill's curl-up) is a crunch
            "abdominal": "flexion",
            "ab": "flexion",
            "trunk": "flexion",
        },
    ),
    "raise": (
        None,
        {
            "lateral": "isolation-side-delts",
            "side": "isolation-side-delts",
            "front": "isolation-front-delts",
            "rear": _REAR,
            "calf": "isolation-calves",
            "heel": "isolation-calves",
            "toe": "isolation-calves",
            "tibialis": "isolation-calves",
            "leg": "flexion",
            "knee": "flexion",
            "back": "hinge",
            "glute": "hinge",
        },
    ),
    "pushdown": (_TRICEPS, {}),
    "pressdown": (_TRICEPS, {}),
    "skull crusher": (_TRICEPS, {}),
    "kickback": (None, {"tricep": _TRICEPS, "triceps": _TRICEPS, "glute": "isolation-glutes"}),
    "extension": (
        None,
        {
            "tricep": _TRICEPS,
            "triceps": _TRICEPS,
            "overhead": _TRICEPS,
            "elbow": _TRICEPS,
            "ez": _TRICEPS,
            "leg": "isolation-quads",
            "knee": "isolation-quads",
            "quad": "isolation-quads",
            "back": "hinge",
            "hip": "hinge",
            "thoracic": "mobility",
        },
    ),
    "shrug": ("isolation-traps", {}),
    "face pull": ("horizontal-pull", {}),
    "carry": ("carry", {}),
    "farmer": ("carry", {}),
    "stretch": ("mobility", {}),
    "plank": (
        "anti-extension",
        {"side": "anti-lateral-flexion", "copenhagen": "anti-lateral-flexion"},
    ),
    "crunch": ("flexion", {}),
    "sit up": ("flexion", {}),
    "rollout": ("anti-extension", {}),
    "snatch": ("olympic", {}),
    "clean": ("olympic", {}),
    "jerk": ("olympic", {}),
    "jump": ("jump", {"rope": "cardio"}),
    "sprint": ("cardio", {}),
    "run": ("cardio", {}),
    "jog": ("cardio", {}),
    "bike": ("cardio", {}),
    "slam": ("throw", {}),
    "throw": ("throw", {}),
    "hop": ("jump", {}),
    "bound": ("jump", {}),
    "chop": ("rotation", {}),
    "neck": ("isolation-neck", {"stretch": "mobility", "circle": "mobility", "roll": "mobility"}),
    "breathing": ("mobility", {}),
    "twist": ("rotation", {}),
    "woodchop": ("rotation", {}),
    "crawl": ("crawl", {}),
}
_LONGEST = max(len(word.split()) for word in MOVEMENTS)


def revealed_pattern(key: str) -> str | None:
    """The movement pattern the words of a normalized name settle on, or None.

    The last movement word counts (in "deadlift to knee" the deadlift); of its deciding
    words the nearest before it wins, then the nearest after it."""
    words = key.split()
    found = _last_movement(words)
    if found is None:
        return None
    start, end, (default, deciding) = found
    for word in (*reversed(words[:start]), *words[end:]):
        if word in deciding:
            return deciding[word]
    return default


def _last_movement(words: list[str]) -> tuple[int, int, tuple[str | None, dict[str, str]]] | None:
    """Where the last movement word of ``words`` starts and ends, and its entry."""
    for end in range(len(words), 0, -1):
        for size in range(min(_LONGEST, end), 0, -1):
            found = MOVEMENTS.get(" ".join(words[end - size : end]))
            if found is not None:
                return end - size, end, found
    return None


#: where a name says where its movement goes, or the second movement of a complex
_TO = re.compile(r"\s(?:to|till|until)\s", re.IGNORECASE)


def movement_head(name: str) -> str:
    """``name`` without a phrase after "to" when the words before it name a movement:
    "Decline EZ-Bar Extension to Chin" is an extension (not a chin-up), "Squat to Press"
    the squat it starts with; suggestions and the revealed pattern are for that movement."""
    match = _TO.search(name)
    if match is None:
        return name
    from checker.catalog_names import normalize

    moving = _last_movement(normalize(name[: match.start()]).split()) is not None
    return name[: match.start()] if moving else name
