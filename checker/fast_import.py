"""Importing jsonschema-rs without ``email.utils`` (a tenth of a one-file run).

jsonschema-rs's extension module, as it is imported, reads the date it was built
(``jsonschema_rs.__build__``) with ``email.utils.parsedate_to_datetime``. Importing
``email.utils`` imports ``socket``, ``random``, ``calendar``, ``urllib.parse`` and half
the ``email`` package: more than half of jsonschema-rs's import time, and nothing else
in a ``check`` needs them.

:func:`jsonschema_rs` imports it with a stand-in ``email.utils`` in ``sys.modules``.
Its ``parsedate_to_datetime`` reads the one form that date is written in ("Thu, 12 Nov
2026 07:50:16 +0000") to the same ``datetime`` as ``email.utils`` (``tests/test_lean.py``
compares them), and hands anything else to the real module, imported then; its other
names are the real module's. The stand-in is taken out of ``sys.modules`` as soon as
jsonschema-rs is imported, so any later ``import email.utils`` is the real one. Where
``email.utils`` is imported already, nothing stands in for it.
"""

from __future__ import annotations

import re
import sys
from datetime import datetime, timedelta, timezone
from types import ModuleType
from typing import Any

from checker.lazy_pattern import LazyPattern

_NAME = "email.utils"


def jsonschema_rs() -> ModuleType:
    """The ``jsonschema_rs`` module (ImportError when it is not installed)."""
    module = sys.modules.get("jsonschema_rs")
    if module is not None:
        return module
    if _NAME in sys.modules:
        import jsonschema_rs as imported

        return imported
    stand_in = _stand_in()
    sys.modules[_NAME] = stand_in
    try:
        import jsonschema_rs as imported
    finally:
        if sys.modules.get(_NAME) is stand_in:
            del sys.modules[_NAME]
    return imported


def _stand_in() -> ModuleType:
    stand_in = ModuleType(_NAME, "Stands in for email.utils while jsonschema_rs is imported.")

    def real() -> ModuleType:
        if sys.modules.get(_NAME) is stand_in:
            del sys.modules[_NAME]
        import email.utils

        return email.utils

    def parsedate_to_datetime(data: str) -> Any:
        simple = simple_date(data)
        return simple if simple is not None else real().parsedate_to_datetime(data)

    def __getattr__(name: str) -> Any:  # (PEP 562: any other name is the real one's)
        return getattr(real(), name)

    stand_in.parsedate_to_datetime = parsedate_to_datetime  # type: ignore[attr-defined]
    stand_in.__getattr__ = __getattr__  # type: ignore[method-assign]
    return stand_in


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SIMPLE_DATE = LazyPattern(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), ([0-9]{1,2}) ([A-Z][a-z]{2}) ([1-9][0-9]{3}) "
    r"([0-9]{2}):([0-9]{2}):([0-9]{2}) ([+-])([0-9]{2})([0-9]{2})",
    re.ASCII,
)


def simple_date(data: str) -> datetime | None:
    """``email.utils.parsedate_to_datetime(data)`` for an RFC 2822 date in its usual
    form with a numeric zone other than ``-0000``; None for anything else."""
    match = _SIMPLE_DATE.fullmatch(data) if isinstance(data, str) else None
    if match is None or match[2] not in _MONTHS or match.group(7, 8, 9) == ("-", "00", "00"):
        return None
    day, _, year, hour, minute, second, sign, zone_hours, zone_minutes = match.groups()
    offset = timedelta(hours=int(zone_hours), minutes=int(zone_minutes))
    try:
        return datetime(
            int(year),
            _MONTHS.index(match[2]) + 1,
            int(day),
            int(hour),
            int(minute),
            int(second),
            tzinfo=timezone(-offset if sign == "-" else offset),
        )
    except ValueError:  # no such day, hour or offset: the real module's answer
        return None
