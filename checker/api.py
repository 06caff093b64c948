"""The public API for plugin authors: everything a plugin needs, in one module.

A plugin imports from here (and, in its tests, from :mod:`checker.testing`)
and from nowhere else in ``checker``: the other modules are internal and may
change between releases; the names below keep their meaning.

**Hooks.** :data:`hookimpl` marks a plugin's hook implementations (the hooks
are described in docs/writing-plugins.md): ``trainlint_rules`` returns
:class:`Rule` subclasses, ``trainlint_exercises`` catalog entries,
``trainlint_schema_sections`` JSON Schemas of new top-level program sections,
``trainlint_formats`` output formats.

**Rules.** A :class:`Rule` subclass checks one :class:`Program` with its
:class:`Options` and yields a :class:`Violation` (a :class:`Span` and a message,
optionally a lower :class:`Severity`) for each problem. The program's parts are
:class:`Workout` and :class:`ExerciseUse` (with the catalog :class:`Exercise`
it resolves to); a place in the YAML document is a :data:`NodePath`, a tuple
of keys and indexes (``("workouts", 0, "exercises", 1, "reps")``) that
``program.span(path)`` turns into a :class:`Span`. Values are read with
:func:`parse_reps` and :func:`parse_duration` (a :class:`Range`, in reps or
seconds) and described with :func:`describe_seconds` and
:func:`describe_range_seconds`. :func:`by_level` lets an option take a value per
level (``{"beginner": 90, "advanced": 180}``); :func:`count_week` gives the
weekly sets and training days per muscle group (a :class:`Week` of
:class:`Tally`).

**Weighing sources.** A rule that follows trainlint's severity principle (a
finding is an error or warning only when no source supports what the program
does) builds one :class:`Claim` per source and asks :func:`weigh` for a
:class:`Verdict`. :func:`prescription_for` gives what guidance text 002
prescribes for a catalog exercise (a :class:`Prescription`), for rules that
weigh a value against it.

**Output formats.** A format is a callable (a :class:`Formatter`) that takes
the run's :class:`Report` and returns the text to print; if it accepts an
``options`` keyword argument it also gets the :class:`RenderOptions`. The
report holds every :class:`Finding` (``path``, ``line``, ``column``,
``end_line``, ``end_column``, ``rule``, ``severity``, ``message``), the
``checked`` file paths (``files`` counts them), the active ``rules`` (each an
:class:`ActiveRule`: the rule class with its ``id``, ``summary``,
``documentation()``, and its effective severity and options) and the
``tool_version``.

**Copies.** :class:`Violation`, :class:`Finding`, :class:`Span` and the other values
here are immutable; :func:`replace` gives a copy with some fields changed
(``replace(finding, message=...)``), as ``dataclasses.replace`` did when they were
dataclasses (they are written out by hand now, for start-up time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from checker import __version__
from checker.catalog import Exercise
from checker.evidence import Claim, Verdict, weigh
from checker.findings import Finding, Severity, Span
from checker.hookspecs import hookimpl
from checker.loader import NodePath
from checker.prescriptions import Prescription, prescription_for
from checker.program import GOALS, LEVELS, ExerciseUse, Program, Workout
from checker.reporters import RenderOptions
from checker.rule import Options, Rule, Violation, by_level
from checker.units import (
    Range,
    describe_range_seconds,
    describe_seconds,
    parse_duration,
    parse_reps,
)
from checker.values import replace
from checker.volume import Tally, Week, count_week

if TYPE_CHECKING:
    from checker.report import Report
    from checker.settings import ActiveRule

__all__ = [
    "GOALS",
    "LEVELS",
    "ActiveRule",
    "Claim",
    "Exercise",
    "ExerciseUse",
    "Finding",
    "Formatter",
    "NodePath",
    "Options",
    "Prescription",
    "Program",
    "Range",
    "RenderOptions",
    "Report",
    "Rule",
    "Severity",
    "Span",
    "Tally",
    "Verdict",
    "Violation",
    "Week",
    "Workout",
    "__version__",
    "by_level",
    "count_week",
    "describe_range_seconds",
    "describe_seconds",
    "hookimpl",
    "parse_duration",
    "parse_reps",
    "prescription_for",
    "replace",
    "weigh",
]


class Formatter(Protocol):
    """An output format: the run's report in, the text to print out."""

    def __call__(self, report: Report, /) -> str: ...


def __getattr__(name: str) -> Any:
    """:class:`Report` and :class:`ActiveRule`, imported when first asked for (a plugin
    is loaded without them)."""
    if name == "Report":
        from checker.report import Report

        return Report
    if name == "ActiveRule":
        from checker.settings import ActiveRule

        return ActiveRule
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
