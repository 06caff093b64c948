"""The built-in plugin: trainlint's own rules, catalog and output formats, registered like any
plugin."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from checker.hookspecs import hookimpl
from checker.rule import Rule


@hookimpl
def trainlint_rules() -> Sequence[type[Rule]]:
    from checker.rules import BUILTIN_RULES

    return BUILTIN_RULES


@hookimpl
def trainlint_exercises() -> Sequence[Mapping[str, Any]]:
    from checker.catalog_data import _data

    entries: Sequence[Mapping[str, Any]] = _data("exercises.json")["exercises"]
    return entries


@hookimpl
def trainlint_formats() -> Mapping[str, Callable[..., str]]:
    from checker.reporters import builtin_formats

    return builtin_formats()
