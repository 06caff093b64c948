"""What notes say about the warm-up: that one is given in words, that there is none, or
only that none is written (which says nothing of what the athlete does)."""

from __future__ import annotations

import re

from checker.lazy_pattern import LazyPattern

#: Notes that give the warm-up in words (``warm up as needed``, ``general warm-up, then
#: ramp``): the program has one, though its length is not written where a rule reads it.
WARMUP_NOTE = LazyPattern(r"\bwarm(?:s|ed|ing)?[\s-]?ups?\b", re.IGNORECASE)
#: ... unless the words say there is none.
_NEGATED = (
    r"\b(?:no|without|skip(?:ping)?|omit(?:ting)?)\s+(?:\w+\s+){0,2}?warm(?:ing)?[\s-]?ups?\b"
)
#: A mention of the warm-up that is not one (``no warm-up``, ``without a warm-up``).
NOT_A_WARMUP = LazyPattern(_NEGATED, re.IGNORECASE)
#: What makes such a mention say the program leaves the warm-up unwritten, not that the
#: athlete skips it: a verb of writing before it (``the source gives no warm-up``) ...
_UNWRITTEN_BEFORE = LazyPattern(
    r"\b(?:gives?|gave|lists?|listed|writes?|wrote|mentions?|includes?|shows?|states?"
    r"|specif(?:y|ies)|provides?|prescribes?|has|have|had)\s+"
    # the warm-up later in a list of what is (not) written: 'gives no weekly frequency, no
    # rest periods and no warm-up', 'gives 45-60 minutes per workout and no warm-up'
    r"(?:[^.;:!?\n]{0,60}?(?:,|\band\b|\bor\b)\s*)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: ... or after it, in the same clause: ``no warm-up scheme is set``, ``no warm-up or
#: rest periods are given``, ``no warm-up written``.
_UNWRITTEN_AFTER = LazyPattern(
    r"[\s-]+(?:scheme|protocol|template|plan|routine|sets?|details?)\b"
    r"|[^.;:\n]{0,40}?\b(?:written|given|listed|mentioned|specified|prescribed|described"
    r"|shown|stated|included)\b",
    re.IGNORECASE,
)


def says_none(text: str) -> bool:
    """Whether ``text`` says the athlete does no warm-up (``no warm-up, straight into
    it``, ``skip the warm-up today``), not only that none is written."""
    for found in NOT_A_WARMUP.finditer(text):
        before = text[max(0, found.start() - 100) : found.start()]
        if _UNWRITTEN_BEFORE.search(before) or _UNWRITTEN_AFTER.match(text, found.end()):
            continue
        return True
    return False
