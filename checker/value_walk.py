"""Walks over the text values of a loaded program, for the checks that run beside the
schema (:mod:`checker.ranges`, :mod:`checker.word_slips`): a quick test of whether any
value needs a look (the values under the keys they check), the values with their paths
when one does, and the error at one."""

from __future__ import annotations

from collections.abc import Container, Iterator
from typing import Any

from checker.findings import SCHEMA, Finding, Severity
from checker.loader import Document, Path


def value_error(document: Document, path: Path, message: str) -> Finding:
    """A ``schema`` error at the value at ``path``."""
    return Finding.at(document.path, document.value_span(path), SCHEMA, Severity.ERROR, message)


def texts_of(data: Any, keys: Container[str]) -> list[tuple[Any, str]]:
    """Every text value of ``data`` under one of ``keys``, with its key: a loop over the
    values, cheaper than the walk of :func:`texts_under`, done once for the checks that
    run beside the schema, so the most programs, which need none of them, are walked
    once."""
    found: list[tuple[Any, str]] = []
    stack = [data]
    while stack:
        item = stack.pop()
        values = item.items() if isinstance(item, dict) else enumerate(item)
        for key, value in values:
            if isinstance(value, str):
                if key in keys:
                    found.append((key, value))
            elif isinstance(value, (dict, list)):
                stack.append(value)
    return found


def texts_under(data: Any, keys: Container[str], path: Path = ()) -> Iterator[tuple[Path, str]]:
    """Every text value of ``data`` under one of ``keys``, with its path."""
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, str):
                if key in keys:
                    yield (*path, key), value
            elif isinstance(value, (dict, list)):
                yield from texts_under(value, keys, (*path, key))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            if isinstance(item, (dict, list)):
                yield from texts_under(item, keys, (*path, index))
