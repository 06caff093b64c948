"""Goal profiles: what a published standard supports for a program's goal and level.

The guidance texts write for back training and for back definition with fat
loss. A program whose ``goal`` is ``strength`` or ``hypertrophy`` may depart
from them on purpose (heavy triples, 5 x 5); two published standards then say
whether such a prescription is supported for that goal: the ACSM position stand
of 2009 (by level) and the NSCA's volume assignments by training goal.
A profile never makes a finding on its own: it is one more claim beside the
guidance's (see :mod:`checker.evidence`), so a departure that the standard
supports is reported as ``info``, and one that nothing supports keeps its
severity. Other goals (fat-loss, posture, general, none) are judged by the
guidance texts alone.
"""

from __future__ import annotations

from checker.evidence import Claim
from checker.program import Program


def _profile(cite: str, says: str, low: float, high: float | None) -> Claim:
    """A profile's claim: it supports what a text would not write, never judges alone."""
    return Claim(cite, says, low, high, supports_only=True)


_ACSM = "ACSM 2009"
_NSCA = "NSCA 2016"

#: goal -> the reps and the sets the NSCA assigns to that goal, at any level
NSCA_REPS: dict[str, Claim] = {
    "strength": _profile(_NSCA, "6 or fewer reps for strength", 1, 6),
    "hypertrophy": _profile(_NSCA, "6-12 reps for hypertrophy", 6, 12),
}
NSCA_SETS: dict[str, Claim] = {
    "strength": _profile(_NSCA, "2-6 sets for strength", 2, 6),
    "hypertrophy": _profile(_NSCA, "3-6 sets for hypertrophy", 3, 6),
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
    ("hypertrophy", "beginner"): _profile(_ACSM, "1-3 sets per exercise for novices", 1, 3),
    ("hypertrophy", "intermediate"): _profile(
        _ACSM, "1-3 sets per exercise for intermediate hypertrophy training", 1, 3
    ),
    ("hypertrophy", "advanced"): _profile(
        _ACSM, "3-6 sets per exercise for advanced hypertrophy training", 3, 6
    ),
}


def reps_claims(program: Program) -> list[Claim]:
    """What the standards support for reps in this program, if its goal has a profile."""
    goal = program.goal
    if goal is None:
        return []
    found = [REPS.get((goal, program.level)), NSCA_REPS.get(goal)]
    return [claim for claim in found if claim is not None]


def sets_claims(program: Program) -> list[Claim]:
    """What the standards support for sets per exercise, if the goal has a profile."""
    goal = program.goal
    if goal is None:
        return []
    found = [SETS.get((goal, program.level)), NSCA_SETS.get(goal)]
    return [claim for claim in found if claim is not None]


def _bound(low: float | None, high: float | None) -> str:
    if high is None:
        return f"{low:g} or more"
    return f"{low:g}-{high:g}" if low != high else f"{low:g}"


def table(profile: dict[tuple[str, str], Claim], by_goal: dict[str, Claim], what: str) -> list[str]:
    """A Markdown table of a profile, for ``explain`` and docs/rules.md."""
    lines = [f"| goal | level | {what} | source |", "|---|---|---|---|"]
    for (goal, level), claim in profile.items():
        lines.append(f"| {goal} | {level} | {_bound(claim.low, claim.high)} | {claim.cite} |")
    for goal, claim in by_goal.items():
        lines.append(f"| {goal} | any | {_bound(claim.low, claim.high)} | {claim.cite} |")
    return lines
