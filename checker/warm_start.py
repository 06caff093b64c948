"""Steady cardio at the start of a workout: the light aerobic warm-up of ACSM GETP.

``warmup`` counts it as the workout's warm-up, and ``deadlift-first`` as warm-up before
the deadlift (ten minutes on the rower, then the lift)."""

from __future__ import annotations

from checker.exercise_use import ExerciseUse
from checker.units import parse_distance

#: cardio that is hard work, not a warm-up
_HARD_CARDIO = ("sprint", "interval", "hiit", "tempo", "shuttle")


def steady_cardio(use: ExerciseUse) -> bool:
    """Whether the entry is steady cardio of at least five minutes (a walk, an easy run
    or ride); intervals and sprints are not."""
    exercise = use.exercise
    if exercise is None or not use.has("cardio") or "intervals" in use.entry:
        return False
    if any(word in exercise.id for word in _HARD_CARDIO):
        return False
    duration = use.duration
    if duration is not None:
        return duration.low >= 300
    # a steady distance takes five minutes or more: a mile on foot, 4 km on a bike
    distance = parse_distance(use.entry.get("distance"))
    riding = any(word in exercise.id for word in ("cycl", "bike", "spin"))
    return distance is not None and distance.low >= (4000 if riding else 1500)
