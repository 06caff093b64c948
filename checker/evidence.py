"""Weighing what the sources say about one prescribed value.

A rule collects the :class:`Claim` of every source that speaks to a value (the
reps of one exercise, the back exercises of one workout, ...) and asks
:func:`weigh` for a verdict:

* every claim allows the value: no finding;
* some claims allow it (or part of a range) and others do not: the sources
  disagree, and the rule reports one ``info`` finding naming both sides;
* no claim allows any part of it: the rule reports at its configured severity.
"""

from __future__ import annotations

from collections.abc import Sequence

from checker.findings import Severity
from checker.values import Frozen, set_field


class Claim(Frozen, fields=("cite", "says", "low", "high", "binding", "supports_only")):
    """What one source says a value should be: a range (either end may be open)."""

    __slots__ = ("binding", "cite", "high", "low", "says", "supports_only")
    cite: str
    says: str
    low: float | None
    high: float | None
    #: False when the source does not speak to this program's goal (text 002's
    #: fat-loss prescriptions in a strength program): departing from it alone is info.
    binding: bool
    #: True for a goal profile (:mod:`checker.profiles`): it can support what a text
    #: would not write, but never makes a finding where the texts allow the value.
    supports_only: bool

    def __init__(
        self,
        cite: str,
        says: str,
        low: float | None = None,
        high: float | None = None,
        binding: bool = True,
        supports_only: bool = False,
    ) -> None:
        set_field(self, "cite", cite)
        set_field(self, "says", says)
        set_field(self, "low", low)
        set_field(self, "high", high)
        set_field(self, "binding", binding)
        set_field(self, "supports_only", supports_only)

    def allows(self, low: float, high: float) -> bool:
        """Whether all of ``low``-``high`` lies in the claimed range."""
        return (self.low is None or low >= self.low) and (self.high is None or high <= self.high)

    def touches(self, low: float, high: float) -> bool:
        """Whether some of ``low``-``high`` lies in the claimed range."""
        return (self.low is None or high >= self.low) and (self.high is None or low <= self.high)


class Verdict(Frozen, fields=("allowing", "partly", "refusing")):
    """How the sources stand on a value that not every source allows.

    ``allowing``: the claims that allow all of it; ``partly``: those that allow only
    part of a range; ``refusing``: those that allow none of it.
    """

    __slots__ = ("allowing", "partly", "refusing")
    allowing: tuple[Claim, ...]
    partly: tuple[Claim, ...]
    refusing: tuple[Claim, ...]

    def __init__(
        self,
        allowing: tuple[Claim, ...],
        partly: tuple[Claim, ...],
        refusing: tuple[Claim, ...],
    ) -> None:
        set_field(self, "allowing", allowing)
        set_field(self, "partly", partly)
        set_field(self, "refusing", refusing)

    @property
    def supported(self) -> bool:
        """Whether some source supports the value, or at least part of its range."""
        return bool(self.allowing or self.partly)

    @property
    def severity(self) -> Severity | None:
        """INFO when some source supports it, or only sources written for another goal
        refuse it; None (the rule's own severity) otherwise."""
        if self.supported or not any(c.binding for c in self.refusing):
            return Severity.INFO
        return None

    def reason(self) -> str:
        """The sources' positions, for the end of a message."""
        if not self.supported:
            if not any(c.binding for c in self.refusing):
                return "outside " + _listing(self.refusing) + ", written for another goal"
            return "no source supports it: " + "; ".join(
                f"{c.says} ({c.cite})" for c in self.refusing
            )
        sides = []
        if self.allowing:
            sides.append("supported by " + _listing(self.allowing))
        if self.partly:
            sides.append("partly inside " + _listing(self.partly))
        if self.refusing:
            sides.append("outside " + _listing(self.refusing))
        return "the sources disagree: " + "; ".join(sides)


def _listing(claims: Sequence[Claim]) -> str:
    return ", ".join(f"{c.cite} ({c.says})" for c in claims)


def weigh(low: float, high: float, claims: Sequence[Claim]) -> Verdict | None:
    """The verdict on a value (or a range ``low``-``high``); None when every claim allows it
    (claims that only support, the goal profiles, are asked only when another refuses)."""
    judging = [c for c in claims if not c.supports_only]
    if all(c.allows(low, high) for c in judging):
        return None
    allowing = tuple(c for c in claims if c.allows(low, high))
    partly = tuple(
        c for c in claims if c not in allowing and not c.supports_only and c.touches(low, high)
    )
    if not allowing:  # a profile that covers only part of it is named only when none allows
        partly += tuple(
            c
            for c in claims
            if c.supports_only and not c.allows(low, high) and c.touches(low, high)
        )
    refusing = tuple(c for c in judging if c not in allowing and c not in partly)
    return Verdict(allowing, partly, refusing)
