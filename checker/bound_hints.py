"""What to write instead of a whole number past its key's bound in the schema.

The schema's bounds catch slips (``sets: 30`` for 3); some counts past them are real
programs written in the wrong key, and the finding says which key holds them.
"""

from __future__ import annotations

from typing import Any

from checker.loader import Path

#: What to write instead of a count past the schema's bound: 60 sets of one deadlift, a
#: minute each, are an EMOM of 60 minutes
_PAST_THE_BOUND = {
    "sets": (
        20,
        "; for an EMOM or a long run of singles, write the time instead, such as "
        "'duration: {count} min' for a set a minute",
    ),
}


def past_the_bound(path: Path, instance: Any) -> str:
    """A hint for a whole number past its key's bound (``sets: 60``), or nothing."""
    key = path[-1] if path else None
    hint = _PAST_THE_BOUND.get(key) if isinstance(key, str) else None
    if hint is None or isinstance(instance, bool) or not isinstance(instance, int):
        return ""
    bound, text = hint
    return text.format(count=instance) if instance > bound else ""
