"""The modifiers a name may carry around a known movement: equipment, position, grip,
bar position and depth, direction, effort, and the muscles coaches write before the
movement ("Rear Delt Reverse Fly"), which count only when the movement trains them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from checker.values import replace

if TYPE_CHECKING:
    from checker.catalog_data import Exercise

#: modifiers a name may carry around a known movement, and the equipment each one means
EQUIPMENT_MODIFIERS: dict[str, str] = {
    "barbell": "barbell",
    "dumbbell": "dumbbell",
    "kettlebell": "kettlebell",
    "cable": "cable",
    "band": "band",
    "machine": "machine",
    "smith machine": "machine",
    "bodyweight": "bodyweight",
    "ez bar": "barbell",
    "landmine": "barbell",
    "plate": "other",
    "medicine ball": "other",
    "stability ball": "other",
    "trx": "other",
    "suspension": "other",
    "sandbag": "other",
    "weighted": "other",
    "goblet": "dumbbell",
    "cambered bar": "barbell",
    "safety bar": "barbell",
    "axle": "barbell",
    "ring": "other",
    "hangboard": "other",
    "fingerboard": "other",
    "ankle weight": "other",
    "concept2": "cardio-machine",
    "trap bar": "barbell",
    "treadmill": "cardio-machine",
    "erg": "cardio-machine",
    "sled": "other",
    "slider": "other",
    "dowel": "bodyweight",
    # a balance trainer: "Bosu Squat", "Bosu Push-Up"
    "bosu": "other",
    # Jaquish's X3 bar: a bar on a heavy band ("X3 Bar Front Squat"; "X3 Bent Row" reads
    # as that when the name starts with it: see catalog_names._written)
    "x3 bar": "band",
}
OTHER_MODIFIERS = frozenset(
    {
        "seated",
        "standing",
        "incline",
        "decline",
        "flat",
        # the machine or bench set at an angle: "Angled Lat Pull Down", "Angled Leg Press"
        "angled",
        "lying",
        "kneeling",
        "half kneeling",
        "tall kneeling",
        "single arm",
        "single leg",
        "alternating",
        "unilateral",
        "bilateral",
        "wide grip",
        "close grip",
        "medium grip",
        "narrow stance",
        "wide stance",
        "close stance",
        "chain",
        "speed",
        "two arm",
        "double",
        "bent arm",
        "narrow grip",
        "neutral grip",
        "underhand",
        "overhand",
        "reverse grip",
        "v grip",
        "v bar",
        "rope",
        "straight bar",
        "paused",
        "pause",
        "tempo",
        "deficit",
        "explosive",
        "isometric",
        "partial",
        "assisted",
        "eccentric",
        "negative",
        "prone",
        "supine",
        "tuck",
        "hold",
        "atg",
        "kipping",
        "strict",
        "competition",
        # the lift in its competition or conventional form, as translated programs write
        # it: "deadlift classic" (martwy ciąg klasyczny), "snatch classic" (рывок классический)
        "classic",
        # unloaded, unresisted: "sprint 20 m free" (not with the sled), "free squat"
        "free",
        # a group class's segment and a skill's practice: "Squat Track", "Warm-Up Track"
        # (BODYPUMP), "Double-Under Skill Work"
        "track",
        "skill",
        "skill work",
        "resisted",
        "interval",
        "wheelchair",
        "modified",
        # bar position and depth of a squat: "Low Bar Back Squat", "Half Squat"
        "low bar",
        "high bar",
        "half",
        "quarter",
        # direction: "Forward Bounds", "Backward Sled Drag"
        "forward",
        "backward",
        # where and how hard, for drills and cardio: "Jogging on the spot", "Easy Run"
        "in place",
        "round",
        "easy",
        "recovery",
        "steady",
        "moderate",
        "brisk",
        # an easy session that "flushes" the legs: "Bike Flush", "Flush Run"
        "flush",
        # a spreadsheet's set labels: "Bench Press AMRAP", "Deadlift Top Single",
        # "Squat Backoff Sets"
        "amrap",
        "top set",
        "top single",
        "top double",
        "top triple",
        "heavy single",
        "backoff",
        "back off",
        "backoff set",
        "back off set",
        "drop set",
        "rest pause",
        "working set",
        # 5/3/1's supplemental sets: "Squat FSL", "Bench BBB", "Press SSL"
        "fsl",
        "ssl",
        "bbb",
        # progressions of a lever: "Tuck Front Lever Row", "Straddle Planche"
        # a stage or the athlete's pick of a movement: "Pistol Squat Progression",
        # "Double-Under Practice", "Curl Variation", "Row of choice"
        "progression",
        "practice",
        "variation",
        "choice",  # ("of" is dropped by normalize)
        "your choice",
        # a whole session done along with a recording: "Kenpo X DVD", "Yoga X (DVD)"
        "dvd",
        # a yoga pose named as one: "Plank Pose", "Boat Pose (Navasana)", "Tree Pose"
        "pose",
        # a ballet position at the barre: "Relevé (first position)", "Plié in second position"
        "first position",
        "second position",
        # a swimming stroke: "Sidestroke Swim", "Swimming (breaststroke)"
        "sidestroke",
        "breaststroke",
        "backstroke",
        "freestyle",
        "advanced",
        "straddle",
        "short lever",
        "long lever",
    }
)
#: muscles written before the movement ("Rear Delt Reverse Fly", "Quad Extension",
#: "Lat Pulldown"), and the catalog's muscles each names: such a word is dropped like a
#: modifier only when the movement left has one of them among its primary muscles, so
#: "calf press" never becomes the overhead press
MUSCLE_MODIFIERS: dict[str, frozenset[str]] = {
    "rear delt": frozenset({"rear-delts"}),
    "front delt": frozenset({"front-delts"}),
    # where a press goes or how the weights are held ("Seated Front Dumbbell Press", the
    # front press): dropped only from a movement of the front delts, so "front squat",
    # "front plank" and a front-split stretch keep it
    "front": frozenset({"front-delts"}),
    "side delt": frozenset({"side-delts"}),
    "delt": frozenset({"front-delts", "side-delts", "rear-delts"}),
    "shoulder": frozenset({"front-delts", "side-delts", "rear-delts", "rotator-cuff"}),
    "rotator cuff": frozenset({"rotator-cuff"}),
    "lat": frozenset({"lats"}),
    "trap": frozenset({"traps"}),
    "upper back": frozenset({"traps", "rhomboids", "rear-delts", "lats"}),
    "lower back": frozenset({"lower-back"}),
    "chest": frozenset({"chest"}),
    "pec": frozenset({"chest"}),
    "bicep": frozenset({"biceps"}),
    "tricep": frozenset({"triceps"}),
    "forearm": frozenset({"forearms"}),
    "quad": frozenset({"quads"}),
    "hamstring": frozenset({"hamstrings"}),
    "glute": frozenset({"glutes"}),
    "gluteal": frozenset({"glutes"}),
    "calf": frozenset({"calves"}),
    "calve": frozenset({"calves"}),
    "adductor": frozenset({"adductors"}),
    "abductor": frozenset({"abductors"}),
    "hip flexor": frozenset({"hip-flexors"}),
    "ab": frozenset({"abs"}),
    "oblique": frozenset({"obliques"}),
    "core": frozenset({"abs", "obliques", "transverse-abdominis"}),
    "neck": frozenset({"neck"}),
}


def bare_modifier(key: str) -> bool:
    """Whether a normalized ``key`` is a modifier and nothing else ("cable", "quad")."""
    return key in EQUIPMENT_MODIFIERS or key in OTHER_MODIFIERS or key in MUSCLE_MODIFIERS


def trained_by(
    muscles: list[str],
    found: Exercise | None,
    how: str,
    candidates: tuple[str, ...],
    by_id: Mapping[str, Exercise],
) -> tuple[Exercise | None, str]:
    """``found`` (or, for an ambiguous name, its one candidate) when it has a muscle the
    ``muscles`` words name among its primary muscles ("quad extension" is the leg
    extension, "calf press" not the overhead press), else None."""
    named = frozenset().union(*(MUSCLE_MODIFIERS[m] for m in muscles))
    if candidates:
        fits = [by_id[c] for c in candidates if c in by_id and named & set(by_id[c].primary)]
        if len(fits) != 1:
            return None, how
        return fits[0], f"ambiguous name, decided by the muscle '{muscles[0]}'"
    if found is None or not named & set(found.primary):
        return None, how
    return found, how


#: modifiers that put an exercise on one side
UNILATERAL = frozenset({"single arm", "single leg", "unilateral"})


def variant(
    base: Exercise,
    ignored: tuple[str, ...],
    cache: dict[tuple[str, str | None, bool], Exercise],
) -> Exercise:
    """``base`` done with the equipment or on one side as the modifiers ``ignored`` say;
    the variants made are kept in ``cache``."""
    equipment = next((EQUIPMENT_MODIFIERS[m] for m in ignored if m in EQUIPMENT_MODIFIERS), None)
    if equipment == base.equipment:
        equipment = None
    unilateral = any(m in UNILATERAL for m in ignored) and "unilateral" not in base.tags
    if equipment is None and not unilateral:
        return base
    cache_key = (base.id, equipment, unilateral)
    made = cache.get(cache_key)
    if made is None:
        tags = set(base.tags)
        if unilateral:
            tags.add("unilateral")
        if equipment is not None:
            if equipment != "barbell":
                # 'heavy' and 'deadlift' are barbell lifts only
                tags -= {"heavy", "deadlift"}
            if equipment == "bodyweight":
                tags.add("bodyweight")
            else:
                tags.discard("bodyweight")
        made = cache[cache_key] = replace(
            base, tags=frozenset(tags), equipment=equipment or base.equipment
        )
    return made
