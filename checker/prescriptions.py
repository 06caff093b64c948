"""Per-exercise prescriptions of the guidance (text 002), as data beside the catalog.

``checker/data/prescriptions.json`` maps a catalog id to the sets, reps, hold and
duration text 002 gives it, with the passage cited. ``rep-range``, ``set-range``
and ``hold-duration`` weigh them alongside the generic ranges of text 000.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from checker.units import Range, parse_duration
from checker.values import Frozen, set_field

#: A hold this long in every rep makes the reps isometric holds (Dan John's bat wing:
#: five reps of ten seconds), which counts of moving reps do not speak to.
HELD_REP_SECONDS = 5


def held_reps(entry: Mapping[str, Any]) -> bool:
    """Whether each rep of the entry is held for :data:`HELD_REP_SECONDS` or more."""
    hold = parse_duration(entry.get("hold"))
    return hold is not None and hold.low >= HELD_REP_SECONDS


_FIELDS = (
    "exercise_id",
    "cite",
    "sets",
    "circuit_rounds",
    "reps",
    "hold",
    "duration",
    "note",
    "with_hold",
)


class Prescription(Frozen, fields=_FIELDS):
    """What text 002 prescribes for one exercise (None: it says nothing about that)."""

    __slots__ = _FIELDS
    exercise_id: str
    cite: str
    sets: Range | None
    #: Rounds when done in a circuit (the template's Day C circuit, 002:12).
    circuit_rounds: Range | None
    reps: Range | None
    hold: Range | None
    duration: Range | None
    note: str
    #: The sets and reps belong to a held protocol: they judge only entries with a hold.
    with_hold: bool

    def __init__(
        self,
        exercise_id: str,
        cite: str,
        sets: Range | None = None,
        circuit_rounds: Range | None = None,
        reps: Range | None = None,
        hold: Range | None = None,
        duration: Range | None = None,
        note: str = "",
        with_hold: bool = False,
    ) -> None:
        for name, value in zip(
            _FIELDS,
            (exercise_id, cite, sets, circuit_rounds, reps, hold, duration, note, with_hold),
            strict=True,
        ):
            set_field(self, name, value)

    def speaks_to(self, entry: Mapping[str, Any]) -> bool:
        """Whether its sets and reps apply to an exercise entry: a held protocol's to
        entries held about as long (a bridge whose reps pause 1-3 s is not 002's bridge of
        8-12 s holds: ``hold-duration`` reports the pause, and its reps are not 002's), a
        hold's (the plank's) to any, moving reps' to entries whose reps are not isometric
        holds (a towel row held 10-20 s a rep is not 002's rows)."""
        if self.with_hold:
            hold = parse_duration(entry.get("hold"))
            protocol = self.hold
            if hold is None or protocol is None:
                return hold is not None
            return hold.low <= protocol.high and protocol.low <= hold.high
        return self.hold is not None or not held_reps(entry)  # the plank's sets are holds


def _count(text: object) -> Range | None:
    if not isinstance(text, str):
        return None
    low, _, high = text.partition("-")
    return Range(float(low), float(high or low))


@cache
def prescriptions() -> dict[str, Prescription]:
    """Every prescription, by catalog id."""
    path = Path(__file__).parent / "data" / "prescriptions.json"
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))["prescriptions"]
    return {
        exercise_id: Prescription(
            exercise_id=exercise_id,
            cite=str(entry["cite"]),
            sets=_count(entry.get("sets")),
            circuit_rounds=_count(entry.get("circuit-rounds")),
            reps=_count(entry.get("reps")),
            hold=parse_duration(entry.get("hold")),
            duration=parse_duration(entry.get("duration")),
            note=str(entry.get("note", "")),
            with_hold=entry.get("with-hold") is True,
        )
        for exercise_id, entry in raw.items()
    }


#: The goals text 002 writes for (back definition with fat loss; a program without a
#: goal, or a general one, is read as its audience). For other goals its prescriptions
#: are reported, but only as info (see :class:`checker.evidence.Claim`).
GOALS_002 = frozenset({"fat-loss", "general", None})


def binding_for(goal: str | None) -> bool:
    """Whether text 002's prescriptions judge a program with this goal."""
    return goal in GOALS_002


def prescription_for(exercise_id: str | None) -> Prescription | None:
    """The prescription of text 002 for a catalog id, if it gives one."""
    if exercise_id is None:
        return None
    return prescriptions().get(exercise_id)
