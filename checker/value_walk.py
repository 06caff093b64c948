"""Walks over the text values of a loaded program, for the checks that run beside the
schema (:mod:`checker.ranges`, :mod:`checker.word_slips`): a quick test of whether any
value needs a look, the values with their paths when one does, and the error at one."""

from __future__ import annotations

from collections.abc import Callable, Container, Iterator
from typing import Any

from checker.findings import SCHEMA, Finding, Severity
from checker.loader import Document, Path


def value_error(document: Document, path: Path, message: str) -> Finding:
    """A ``schema`` error at the value at ``path``."""
    return Finding.at(document.path, document.value_span(path), SCHEMA, Severity.ERROR, message)


def any_text(data: Any, wanted: Callable[[Any, str], bool]) -> bool:
    """Whether some text value of ``data`` is ``wanted`` (called with its key and the
    text): a loop over the values, cheaper than the walk of :func:`texts_under`, so the
    most programs, which have none, are not walked twice."""
    stack = [data]
    while stack:
        item = stack.pop()
        values = item.items() if isinstance(item, dict) else enumerate(item)
        for key, value in values:
            if isinstance(value, str):
                if wanted(key, value):
                    return True
            elif isinstance(value, (dict, list)):
                stack.append(value)
    return False


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
