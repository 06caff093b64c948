"""The built-in plugin: trainlint's own rules and catalog, registered like any plugin."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from checker.hookspecs import hookimpl
from checker.rule import Rule


@hookimpl
def trainlint_rules() -> Sequence[type[Rule]]:
    from checker.rules import BUILTIN_RULES

    return BUILTIN_RULES


@hookimpl
def trainlint_exercises() -> Sequence[Mapping[str, Any]]:
    from checker.exercise import data_file

    entries: Sequence[Mapping[str, Any]] = data_file("exercises.json")["exercises"]
    return entries
