"""The hooks a trainlint plugin can implement.

A plugin is a module (or object) registered through the ``trainlint``
entry-point group. It marks its hook implementations with
:data:`hookimpl`::

    from checker.api import hookimpl

    @hookimpl
    def trainlint_rules():
        return [MyRule]

Every hook takes no arguments and returns data, so plugins stay declarative and
the engine decides when to call them. The built-in rules are registered through
exactly the same hooks (see :mod:`checker.builtin`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from checker.report import Report
    from checker.rule import Rule

PROJECT = "trainlint"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)

#: Every hook, in the order the documentation lists them.
HOOKS = (
    "trainlint_rules",
    "trainlint_exercises",
    "trainlint_schema_sections",
    "trainlint_formats",
)


@hookspec
def trainlint_rules() -> Sequence[type[Rule]]:
    """Contribute rules.

    Return a sequence of :class:`checker.rule.Rule` subclasses. Rule ids must be
    unique across all plugins; a plugin should prefix its ids with its own name
    (``fat-loss/cardio-frequency``). A duplicate id is refused, naming both
    plugins.
    """
    raise NotImplementedError


@hookspec
def trainlint_exercises() -> Sequence[Mapping[str, Any]]:
    """Contribute exercises to the catalog.

    Return a sequence of mappings shaped like the entries of
    ``checker/data/exercises.json``: ``id``, ``name``, ``aliases``, ``primary``
    and ``secondary`` muscles (from the fixed vocabulary of
    ``checker/data/muscles.json``), ``tags`` and ``equipment``, and optionally
    ``pattern`` (a movement pattern from ``checker.catalog.patterns()``, which keeps
    unknown-exercise suggestions to the same movement).
    """
    raise NotImplementedError


@hookspec
def trainlint_schema_sections() -> Mapping[str, Mapping[str, Any]]:
    """Contribute top-level sections to the program schema.

    Return a mapping of section key to JSON Schema (draft 2020-12), for example
    ``{"nutrition": {"type": "object", ...}}``. The sections are added to the
    program schema's ``properties``, so programs using them validate, editors get
    completion from ``trainlint schema``, and the section's data is available
    to rules through ``program.data``.
    """
    raise NotImplementedError


@hookspec
def trainlint_formats() -> Mapping[str, Callable[[Report], str]]:
    """Contribute output formats (``trainlint check --format NAME``).

    Return a mapping of format name (kebab-case, unique across plugins) to a
    callable that takes the run's :class:`checker.api.Report` (the object the
    built-in formats get: its ``findings``, the ``checked`` files, the active
    ``rules`` with their metadata, ``tool_version``) and returns the text to
    print. A callable that also accepts an ``options`` keyword argument gets the
    :class:`checker.api.RenderOptions` (``color``, ``quiet``, ``fail_on``). The
    formats are listed in ``--format``'s choices and by ``trainlint plugins``.
    """
    raise NotImplementedError
