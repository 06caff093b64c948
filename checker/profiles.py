"""Goal profiles: what a published standard supports for a program's goal and level.

The guidance texts write for back training and for back definition with fat
loss. A program may depart from them on purpose (heavy triples, 5 x 5, a single
top set); published standards then say whether such a prescription is
supported for the program's goal and level:

* the ACSM position stand of 2009, by level, for ``strength`` and
  ``hypertrophy``, and its strength progression for every other goal (the
  stand's recommendation for healthy adults), which is also the profile of a
  program that names no goal: the stand writes for healthy adults whatever they
  train for, so a prescription it supports is never an error for want of a goal;
* the NSCA's volume assignments by training goal, for ``strength`` and
  ``hypertrophy``;
* for hypertrophy at the intermediate and advanced levels, two trials of a
  method: heavy sets of 3 (Schoenfeld 2014) and German volume training's 10 sets
  (Amirthalingam 2017);
* for any goal, single-set training (Carpinelli and Otto's review of 1998): one
  working set of an exercise, the way a top set or high-intensity training
  prescribes it.

A profile never makes a finding on its own: it is one more claim beside the
guidance's (see :mod:`checker.evidence`), so a departure that a standard
supports is reported as ``info``, and one that nothing supports keeps its
severity.
"""

from __future__ import annotations

from collections.abc import Callable

from checker.evidence import Claim
from checker.program import Program


def _profile(cite: str, says: str, low: float, high: float | None) -> Claim:
    """A profile's claim: it supports what a text would not write, never judges alone."""
    return Claim(cite, says, low, high, supports_only=True)


_ACSM = "ACSM 2009"
_NSCA = "NSCA 2016"

#: Goals with a profile of their own; every other goal takes ACSM 2009's strength
#: progression, its recommendation for healthy adults in general; so does a program that
#: names no goal.
OWN_PROFILE = ("strength", "hypertrophy")

#: One working set of an exercise, at any goal and level.
SINGLE_SET = _profile("Carpinelli 1998", "a single working set", 1, 1)

#: goal -> the reps and the sets the NSCA assigns to that goal, at any level
NSCA_REPS: dict[str, Claim] = {
    "strength": _profile(_NSCA, "6 or fewer reps for strength", 1, 6),
    "hypertrophy": _profile(_NSCA, "6-12 reps for hypertrophy", 6, 12),
}
NSCA_SETS: dict[str, Claim] = {
    "strength": _profile(_NSCA, "2-6 sets for strength", 2, 6),
    "hypertrophy": _profile(_NSCA, "3-6 sets for hypertrophy", 3, 6),
}

#: goal -> the sets per muscle group that gave the largest strength gains, trained and
#: untrained alike (Rhea 2003): an exercise of up to four sets, for the goals judged by
#: a strength progression (strength, and every other goal but hypertrophy and rehab).
DOSE_SETS: dict[str, Claim] = {
    goal: _profile("Rhea 2003", "4 sets per muscle group gave the largest strength gains", 1, 4)
    for goal in ("strength", "general")
}

#: (goal, level) -> what a trial of a training method found, beside the tables
#: below: sets of 3 grew trained men's muscle as well as sets of 10 (Schoenfeld
#: 2014), and 10 sets of 10 grew muscle, though no more than 5 (Amirthalingam 2017).
TRIAL_REPS: dict[tuple[str, str], Claim] = {
    (goal, level): _profile(
        "Schoenfeld 2014", "sets of 3 grew trained men's muscle as well as sets of 10", 3, 10
    )
    for goal, level in (("hypertrophy", "intermediate"), ("hypertrophy", "advanced"))
}
TRIAL_SETS: dict[tuple[str, str], Claim] = {
    (goal, level): _profile(
        "Amirthalingam 2017",
        "10 sets of 10 (German volume training) grew muscle, though no more than 5 sets",
        5,
        10,
    )
    for goal, level in (("hypertrophy", "intermediate"), ("hypertrophy", "advanced"))
}

#: (goal, level) -> the reps a set may take
REPS: dict[tuple[str, str], Claim] = {
    ("strength", "beginner"): _profile(_ACSM, "8-12 RM for novices' strength training", 8, 12),
    ("strength", "intermediate"): _profile(
        _ACSM, "1-12 RM, mostly 1-6, for intermediate strength training", 1, 12
    ),
    ("strength", "advanced"): _profile(
        _ACSM, "1-12 RM, mostly 1-6, for advanced strength training", 1, 12
    ),
    ("general", "beginner"): _profile(_ACSM, "8-12 RM for novices", 8, 12),
    ("general", "intermediate"): _profile(
        _ACSM, "1-12 RM, mostly 1-6, for intermediate strength training", 1, 12
    ),
    ("general", "advanced"): _profile(
        _ACSM, "1-12 RM, mostly 1-6, for advanced strength training", 1, 12
    ),
    ("hypertrophy", "beginner"): _profile(
        _ACSM, "8-12 RM for novices' hypertrophy training", 8, 12
    ),
    ("hypertrophy", "intermediate"): _profile(
        _ACSM, "8-12 RM for intermediate hypertrophy training", 8, 12
    ),
    ("hypertrophy", "advanced"): _profile(
        _ACSM, "1-12 RM, mostly 6-12, for advanced hypertrophy training", 1, 12
    ),
}

#: (goal, level) -> the sets an exercise may take
SETS: dict[tuple[str, str], Claim] = {
    ("strength", "beginner"): _profile(_ACSM, "1-3 sets per exercise for novices", 1, 3),
    ("strength", "intermediate"): _profile(
        _ACSM, "multiple sets per exercise for intermediate strength training", 2, None
    ),
    ("strength", "advanced"): _profile(
        _ACSM, "multiple sets per exercise for advanced strength training", 2, None
    ),
    ("general", "beginner"): _profile(_ACSM, "1-3 sets per exercise for novices", 1, 3),
    ("general", "intermediate"): _profile(
        _ACSM, "multiple sets per exercise for intermediate strength training", 2, None
    ),
    ("general", "advanced"): _profile(
        _ACSM, "multiple sets per exercise for advanced strength training", 2, None
    ),
    ("hypertrophy", "beginner"): _profile(_ACSM, "1-3 sets per exercise for novices", 1, 3),
    ("hypertrophy", "intermediate"): _profile(
        _ACSM, "1-3 sets per exercise for intermediate hypertrophy training", 1, 3
    ),
    ("hypertrophy", "advanced"): _profile(
        _ACSM, "3-6 sets per exercise for advanced hypertrophy training", 3, 6
    ),
}


def _goal(goal: str | None) -> str | None:
    """The goal whose profile applies: strength, hypertrophy, general (any other goal,
    or none named) or none (rehab)."""
    if goal == "rehab":
        return None  # a clinician's program: no healthy adults' standard
    return goal if goal in OWN_PROFILE else "general"


#: Sets of 10-15 reps with light loads, which ACSM 2009 recommends for local muscular
#: endurance to novices and intermediates (10-25 or more to the advanced), at any goal.
ENDURANCE_REPS = _profile(_ACSM, "10-15 reps with light loads for muscular endurance", 10, 15)


def reps_claims(program: Program, goal: str | None = None) -> list[Claim]:
    """What the standards support for reps in this program, if its goal (or ``goal``, when
    given) has a profile: the goal's profile, and the muscular-endurance range at any goal."""
    profile = _goal(goal or program.goal)
    if profile is None:
        return []
    level = program.level
    found = [REPS.get((profile, level)), NSCA_REPS.get(profile), TRIAL_REPS.get((profile, level))]
    return [claim for claim in found if claim is not None] + [ENDURANCE_REPS]


def sets_claims(program: Program, goal: str | None = None) -> list[Claim]:
    """What the standards support for sets per exercise: the goal's profile (or that of
    ``goal``, when given), and a single working set at any goal."""
    profile = _goal(goal or program.goal)
    if profile is None:
        return [SINGLE_SET]
    level = program.level
    found = [
        SETS.get((profile, level)),
        NSCA_SETS.get(profile),
        DOSE_SETS.get(profile),
        TRIAL_SETS.get((profile, level)),
    ]
    return [claim for claim in found if claim is not None] + [SINGLE_SET]


def unnamed_goal(
    program: Program, low: float, high: float, claims: Callable[[Program, str], list[Claim]]
) -> str:
    """What a program that names no goal is told when a declared goal's profile would
    support the value that no source supports for it as it stands: the goal, and the
    standard that supports it ('' when the program names a goal, or no goal helps)."""
    if program.goal is not None:
        return ""
    found: list[str] = []
    whole = False
    for goal in OWN_PROFILE:
        claim = next((c for c in claims(program, goal) if c.touches(low, high)), None)
        if claim is not None:
            found.append(f"'goal: {goal}' ({claim.cite}, {claim.says})")
            whole = whole or claim.allows(low, high)
    if not found:
        return ""
    return (
        f"; the program names no goal: with {' or '.join(found)} a source would support "
        f"{'it' if whole else 'part of it'}"
    )


def _bound(low: float | None, high: float | None) -> str:
    if high is None:
        return f"{low:g} or more"
    return f"{low:g}-{high:g}" if low != high else f"{low:g}"


def table(
    profile: dict[tuple[str, str], Claim],
    by_goal: dict[str, Claim],
    what: str,
    any_goal: Claim | None = None,
    trials: dict[tuple[str, str], Claim] | None = None,
    more_by_goal: dict[str, Claim] | None = None,
) -> list[str]:
    """A Markdown table of a profile, for ``explain`` and docs/rules.md."""
    lines = [f"| goal | level | {what} | source |", "|---|---|---|---|"]
    for (goal, level), claim in profile.items():
        shown = "any other" if goal == "general" else goal
        lines.append(f"| {shown} | {level} | {_bound(claim.low, claim.high)} | {claim.cite} |")
    for goal, claim in [*by_goal.items(), *(more_by_goal or {}).items()]:
        shown = "any other" if goal == "general" else goal
        lines.append(f"| {shown} | any | {_bound(claim.low, claim.high)} | {claim.cite} |")
    for (goal, level), claim in (trials or {}).items():
        bound = _bound(claim.low, claim.high)
        lines.append(f"| {goal} | {level} | {bound} ({claim.says}) | {claim.cite} |")
    if any_goal is not None:
        bound = _bound(any_goal.low, any_goal.high)
        lines.append(f"| any | any | {bound} ({any_goal.says}) | {any_goal.cite} |")
    return lines
