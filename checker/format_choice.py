"""``--format``'s choices: the names in the output-format registry, read when needed.

The names come from the ``trainlint_formats`` hooks of every plugin, so listing
them loads the plugins; that happens only for ``--help``, shell completion or a
name that is not a built-in format (a plugin cannot take a built-in name).
"""

from __future__ import annotations

from typing import Any

import click


def format_names() -> list[str]:
    """Every registered format name: the built-in ones first, then the plugins'."""
    from checker.plugins import build_registry

    return list(build_registry(formats_only=True).formats)


def _builtin_names() -> frozenset[str]:
    from checker.reporters import builtin_formats

    return frozenset(builtin_formats())


class FormatChoice(click.Choice[str]):
    """A :class:`click.Choice` whose choices are the registry's format names."""

    def __init__(self) -> None:
        self._names: tuple[str, ...] | None = None
        super().__init__((), case_sensitive=True)

    @property
    def choices(self) -> tuple[str, ...]:
        if self._names is None:
            self._names = tuple(format_names())
        return self._names

    @choices.setter
    def choices(self, value: Any) -> None:
        self._names = tuple(value) or None

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        if isinstance(value, str) and value in _builtin_names():
            return value
        return super().convert(value, param, ctx)
