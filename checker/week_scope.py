"""How much of the athlete's week a program file holds.

Rules that judge the whole week (how often a muscle group is trained, whether the week
has deep-muscle work) need to know whether the file is the week. It may not be: one
workout with no ``sessions-per-week`` may be one day of a longer week, and notes may
call the file part of more training. (A range of sessions, ``1-3``, which leaves the
week open, is :attr:`checker.program.Program.sessions_range`.)
"""

from __future__ import annotations

import re

from checker.catalog import Exercise
from checker.lazy_pattern import LazyPattern
from checker.program import Program

#: Program notes that place the file inside more training: part of a week, split, routine
#: or regular program (not of a 12-week program: that is a block of weeks); an add-on or a
#: finisher (done at the end of a workout);
#: added to a day or session; done alongside or on top of other training.
_PART_OF = LazyPattern(
    r"\bpart of (?:a|an|your|their|his|her|any|one's|the \w+'s)\b[^.;:]{0,40}?(?<!-)\b"
    r"(?:split|week|routine|training|workouts?|sessions?"
    r"|(?:regular|usual|normal|full|larger|bigger|wider|overall|weekly)"
    r" (?:program|programme|plan))\b"
    r"|\badd-?on\b(?! \d)|\bfinisher\b"
    r"|\b(?:add|added|adding) (?:it |this |these |them )?(?:to|onto|(?:at|to) the end of) "
    r"(?:your|a|an|any)\b[^.;:]{0,30}?\b(?:routine|split|days?|workouts?|sessions?|training)\b"
    r"|\b(?:alongside|on top of|in addition to) (?:your|other|a|an|regular|normal|usual)\b"
    r"[^.;:]{0,30}?\b(?:program|programme|routine|plan|split|training|workouts?|sessions?)\b",
    re.IGNORECASE,
)


#: Fewest letters of an exercise's name for the program's name to be read as naming it
#: ('swing', 'squat', 'pull-up'; not 'row', which 'grow' and 'brown' hold)
_SHORTEST_NAME = 5


#: Last words that name a kind of movement rather than one exercise: "press" ends the
#: overhead press, the bench press and the leg press, so "a press and pull program" is
#: named for none of them
_GENERIC = frozenset({"press", "raise", "raises", "extension", "stretch", "walk", "hold"})


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _name_keys(name: str) -> list[str]:
    """An exercise name's endings, letters only: 'Negative Pull-Up' -> 'negativepullup',
    'pullup'; the base movement is the last word(s) of the name."""
    words = name.split()
    keys = [_letters(" ".join(words[i:])) for i in range(len(words))]
    return [key for key in keys if len(key) >= _SHORTEST_NAME and key not in _GENERIC]


def _keys(exercise: Exercise, written: str) -> list[str]:
    """What a program's name may call an exercise by: its catalog name and the movement
    it ends with ('Negative Pull-Up', 'pull-up'), the same of the name the program writes
    ('assisted pull-up' toward 'the pull-up'), and whole, its other names ('Australian
    pull-up' is the inverted row)."""
    # in order: the same verdict every run
    keys = dict.fromkeys([*_name_keys(exercise.name), *_name_keys(written)])
    for name in exercise.aliases:
        whole = _letters(name)
        if len(whole) >= _SHORTEST_NAME and whole not in _GENERIC:
            keys[whole] = None
    return list(keys)


def named_for(program: Program) -> str | None:
    """The exercise the program is named for (by any of its names), when it trains it in
    at least half of its workouts: 'Strict pull-up progression' with pull-ups on one of
    its two days, 'Marine Corps PFT prep - pull-up and crunch workouts', 'Grease the
    Groove (Australian pull ups)' of inverted rows. Such a program specializes in that
    exercise, beside whatever else the athlete trains."""
    title = program.data.get("program")
    workouts = program.workouts
    if not isinstance(title, str) or not workouts:
        return None
    title = _letters(title)
    days: dict[str, set[int]] = {}
    shown: dict[str, str] = {}
    known: dict[tuple[str, str], list[str]] = {}  # an exercise is often in every workout
    for workout in workouts:
        for use in workout.exercises:
            if use.exercise is None or use.is_warmup:
                continue
            keys = known.get((use.exercise.id, use.name))
            if keys is None:
                keys = known[use.exercise.id, use.name] = _keys(use.exercise, use.name)
            for key in keys:
                if key in title:
                    days.setdefault(key, set()).add(workout.index)
                    shown.setdefault(key, use.name)
    for key, found in days.items():
        if 2 * len(found) >= len(workouts):
            return shown[key]
    return None


#: Program notes saying how often the workouts are done is not written: "weekly
#: frequency not stated", "the page does not say how many days a week", "gives no weekly
#: frequency", "how many sessions a week is not given"
_FREQUENCY_UNSTATED = LazyPattern(
    r"\bfrequency\b[^.;:]{0,30}?\bnot\s+(?:stated|given|specified|said|written|listed)\b"
    r"|\b(?:no|without\s+a?)\s*(?:weekly\s+|session\s+|training\s+)?frequency\b"
    r"|\b(?:does\s+not|doesn't|did\s+not|didn't)\s+say\s+how\s+(?:many|often)\b"
    r"|\bhow\s+(?:many\s+(?:days|times|sessions|workouts)\s+(?:a|per)\s+week|often)\b"
    r"[^.;:]{0,40}?\b(?:is|are)\s+not\s+(?:stated|given|specified|said|written)\b",
    re.IGNORECASE,
)


def frequency_unstated(program: Program) -> str | None:
    """The words of the program's notes saying its weekly frequency is not written (the
    source leaves it open), when it gives no ``sessions-per-week``; None otherwise. Each
    workout is then counted once a week, an assumption a finding must say it makes."""
    if program.data.get("sessions-per-week") is not None:
        return None
    notes = program.data.get("notes")
    found = _FREQUENCY_UNSTATED.search(notes) if isinstance(notes, str) else None
    return found.group() if found is not None else None


#: A body part's or a split's day: "Back Day", "Pull Day (Strength)", "Back Thickness Day",
#: "Day 2 - Back & Biceps", "Workout of the Week, Day 2, Back"
_PART = r"(?:back|chest|legs?|shoulders?|arms?|biceps?|triceps?|pull|push|lats?|traps?|delts?)"
_DAY = r"(?:day|workout|session)"
_SPLIT_DAY = LazyPattern(
    rf"\b{_PART}\b[^.;:()]{{0,25}}?\b{_DAY}\b|\b{_DAY}\b[^.;:()]{{0,25}}?\b{_PART}\b",
    re.IGNORECASE,
)


def split_day(program: Program) -> str | None:
    """The name of the one workout a program holds, when it or the program's name calls
    it a body part's day of a split ('Back Day', 'Pull Day'); None otherwise. Its
    ``sessions-per-week`` says how often that day comes round, not that the day is the
    whole week: the split's other days train the rest."""
    if len(program.workouts) != 1:
        return None
    workout = program.workouts[0]
    for name in (workout.name, program.data.get("program")):
        if isinstance(name, str) and _SPLIT_DAY.search(name):
            return workout.name
    return None


def week_elsewhere(program: Program) -> str | None:
    """Why the week may hold training this file does not (None: the file is the week):
    one workout and no ``sessions-per-week`` (a magazine's back day, one session of a
    split), one workout named for a body part's day (:func:`split_day`), or program
    notes that call it part of more training or an add-on (``done as part of a regular
    training program``, ``add to your pull day``), or a program named for an exercise it
    trains (:func:`named_for`). Rules that judge the whole week report such a file as
    ``info``."""
    if len(program.workouts) == 1 and program.data.get("sessions-per-week") is None:
        return (
            "the program lists one workout and no 'sessions-per-week', so it may be one day "
            "of a longer week"
        )
    day = split_day(program)
    if day is not None:
        return f"the program is one day of a split ('{day}'), whose other days are not in the file"
    notes = program.data.get("notes")
    found = _PART_OF.search(notes) if isinstance(notes, str) else None
    if found is not None:
        return f"the program's notes say it is part of more training ('{found.group()}')"
    named = named_for(program)
    if named is not None:
        return (
            f"the program is named for '{named}', which it specializes in, as a rule beside "
            "other training"
        )
    return None
