"""How much of the athlete's week a program file holds.

Rules that judge the whole week (how often a muscle group is trained, whether the week
has deep-muscle work) need to know whether the file is the week. It may not be: one
workout with no ``sessions-per-week`` may be one day of a longer week, and notes may
call the file part of more training. (A range of sessions, ``1-3``, which leaves the
week open, is :attr:`checker.program.Program.sessions_range`.)
"""

from __future__ import annotations

import re

from checker.lazy_pattern import LazyPattern
from checker.program import Program

#: Program notes that place the file inside more training: part of a week, split, routine
#: or regular program (not of a 12-week program: that is a block of weeks); an add-on;
#: added to a day or session; done alongside or on top of other training.
_PART_OF = LazyPattern(
    r"\bpart of (?:a|an|your|their|his|her|any|one's)\b[^.;:]{0,40}?(?<!-)\b(?:split|week|routine"
    r"|training|workouts?|sessions?|(?:regular|usual|normal|full|larger|bigger|wider|overall"
    r"|weekly) (?:program|programme|plan))\b"
    r"|\badd-?on\b(?! \d)"
    r"|\b(?:add|added|adding) (?:it |this |these |them )?(?:to|onto|(?:at|to) the end of) "
    r"(?:your|a|an|any)\b[^.;:]{0,30}?\b(?:routine|split|days?|workouts?|sessions?|training)\b"
    r"|\b(?:alongside|on top of|in addition to) (?:your|other|a|an|regular|normal|usual)\b"
    r"[^.;:]{0,30}?\b(?:program|programme|routine|plan|split|training|workouts?|sessions?)\b",
    re.IGNORECASE,
)


def week_elsewhere(program: Program) -> str | None:
    """Why the week may hold training this file does not (None: the file is the week):
    one workout and no ``sessions-per-week`` (a magazine's back day, one session of a
    split), or program notes that call it part of more training or an add-on (``done as
    part of a regular training program``, ``add to your pull day``). Rules that judge
    the whole week report such a file as ``info``."""
    if len(program.workouts) == 1 and program.data.get("sessions-per-week") is None:
        return (
            "the program lists one workout and no 'sessions-per-week', so it may be one day "
            "of a longer week"
        )
    notes = program.data.get("notes")
    found = _PART_OF.search(notes) if isinstance(notes, str) else None
    if found is not None:
        return f"the program's notes say it is part of more training ('{found.group()}')"
    return None
