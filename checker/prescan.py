"""Refuse hostile program text before it is composed.

Composing is the expensive step (and libyaml recurses on the C stack), so the
limits that a hostile file would hit hardest are estimated from the raw text first,
with regular expressions that run in C:

* nesting depth (10,000 levels must not reach a composer), and
* the number of workouts, and of entries in each ``exercises`` list, written in block
  style (the usual way, and the cheap way to write a huge program).

The estimates err on the side of composing: a file they let through is still checked
exactly by the loader's builder, which counts the composed nodes before building them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from checker.findings import Span

_FLOW_TOKEN = re.compile(
    r"""[\[\]{}]|"(?:\\.|[^"\\])*"|'(?:''|[^'])*'|(?:^|(?<=\s))\#[^\n]*""", re.M
)
_COMPACT = re.compile(r"^[ ]*((?:[-?:][ ]+)+)", re.M)

_WORKOUTS_KEY = re.compile(
    r"""^(?:workouts|"workouts"|'workouts')[ \t]*:[ \t]*(?:\#[^\n]*)?$""", re.M
)
# A top-level key (or a document marker) ends the block of the top-level 'workouts'.
_TOP_LEVEL = re.compile(r"^(?:[^ \t\n\r#-]|-[^ \t\n\r])", re.M)
_EXERCISES_KEY = re.compile(
    r"""^([ ]*(?:-[ ]+)*)(?:exercises|"exercises"|'exercises')[ \t]*:[ \t]*(?:\#[^\n]*)?$""",
    re.M,
)
_FIRST_CONTENT = re.compile(r"^([ ]*)(\S)", re.M)
_FLOW_WORKOUTS = re.compile(r"""^(?:workouts|"workouts"|'workouts')[ \t]*:\s*\[""", re.M)
_FLOW_EXERCISES = re.compile(r"""(?:^|(?<=[\s{,\[]))["']?exercises["']?[ \t]*:\s*\[""", re.M)
_NEXT_TOKEN = re.compile(r"\S")
_SKIP_SPACE = re.compile(r"(?:\s|\#[^\n]*)*")
# Flow indicators, quoted scalars (only where a scalar can start) and comments.
_FLOW_ITEM_TOKEN = re.compile(
    r"""[\[\]{},]|(?<=[\s\[{,:])(?:"(?:\\.|[^"\\])*"|'(?:''|[^'])*')|(?<=\s)\#[^\n]*"""
)


def too_deep(text: str, max_depth: int) -> Span | None:
    """Where ``text`` certainly nests deeper than ``max_depth``, found before composing.

    Composers recurse once per level (libyaml on the C stack) and ruamel.yaml's
    scanner slows down with every open flow level, so 10,000 levels must be refused
    before they reach either.
    """
    half = max(1, max_depth // 2)
    if text.count("[") + text.count("{") > half:
        depth = 0
        for match in _FLOW_TOKEN.finditer(text):
            token = match.group()
            if token in "[{":
                depth += 1
                if depth > max_depth:
                    return text_span(text, match.start())
            elif token in "]}":
                depth = max(0, depth - 1)
    if re.search(rf"^[ ]{{{half},}}\S", text, re.M) is None:
        # Without deep indentation, block nesting comes only from compact
        # indicators on one line ('- - - x').
        for match in _COMPACT.finditer(text):
            if len(match.group(1).split()) > max_depth:
                return text_span(text, match.start(1))
        return None
    indents: list[int] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.lstrip(" ")
        if stripped.strip() and not stripped.startswith("#"):
            indent = len(line) - len(stripped)
            while indents and indents[-1] >= indent:
                indents.pop()
            indents.append(indent)
            compact = _COMPACT.match(line)
            extra = len(compact.group(1).split()) if compact else 0
            if len(indents) + extra > max_depth + 1:
                return text_span(text, offset + indent)
        offset += len(line)
    return None


def too_many_workouts(text: str, limit: int) -> Span | None:
    """The workout after the first ``limit`` in a block-style top-level 'workouts' list."""
    flow = _FLOW_WORKOUTS.search(text)
    if flow is not None:
        return _nth_flow_item(text, flow.end() - 1, limit)
    if text.count("\n-") + text.count(" -") <= limit:
        return None
    key = _WORKOUTS_KEY.search(text)
    if key is None:
        return None
    start = key.end()
    end_match = _TOP_LEVEL.search(text, start + 1)
    end = end_match.start() if end_match else len(text)
    return _nth_item(text, start, end, limit)


def too_many_exercises(text: str, limit: int) -> Span | None:
    """The entry after the first ``limit`` of a block-style 'exercises' list."""
    if text.count(",") > limit:
        for flow in _FLOW_EXERCISES.finditer(text):
            found = _nth_flow_item(text, flow.end() - 1, limit)
            if found is not None:
                return found
    if text.count("\n-") + text.count(" -") <= limit:
        return None
    for key in _EXERCISES_KEY.finditer(text):
        column = len(key.group(1))
        end_match = _block_end(column).search(text, key.end() + 1)
        end = end_match.start() if end_match else len(text)
        found = _nth_item(text, key.end(), end, limit)
        if found is not None:
            return found
    return None


@lru_cache(maxsize=64)
def _block_end(column: int) -> re.Pattern[str]:
    """The first line that leaves the block of a key written at ``column``."""
    return re.compile(rf"^(?:[ ]{{0,{column - 1}}}[^ \t\n\r#]|[ ]{{{column}}}[^ \t\n\r#-])", re.M)


@lru_cache(maxsize=64)
def _items_at(indent: int) -> re.Pattern[str]:
    return re.compile(rf"^[ ]{{{indent}}}-(?=[ \t\r\n]|$)", re.M)


def _nth_item(text: str, start: int, end: int, limit: int) -> Span | None:
    """Where the item after ``limit`` is in the block sequence between start and end."""
    first = _FIRST_CONTENT.search(text, start + 1, end)
    if first is None or first.group(2) != "-":
        return None
    indent = len(first.group(1))
    extra = next(islice(_items_at(indent).finditer(text, first.start(), end), limit, None), None)
    if extra is None:
        return None
    # at the entry itself, as the builder reports it: past the dash, spaces and comments
    return text_span(text, _SKIP_SPACE.match(text, extra.end()).end())  # type: ignore[union-attr]


def _nth_flow_item(text: str, opening: int, limit: int) -> Span | None:
    """Where the item after ``limit`` is in the flow sequence opened at ``opening``."""
    depth = 0
    commas = 0
    for match in _FLOW_ITEM_TOKEN.finditer(text, opening):
        token = match.group()
        if token in "[{":
            depth += 1
        elif token in "]}":
            depth -= 1
            if depth <= 0:
                return None
        elif token == "," and depth == 1:
            commas += 1
            if commas >= limit:
                item = _NEXT_TOKEN.search(text, match.end())
                if item is not None and item.group() not in "]#":
                    return text_span(text, item.start())
                return None
    return None


def text_span(text: str, offset: int) -> Span:
    """The line and column of a character offset in ``text``."""
    line_start = text.rfind("\n", 0, offset) + 1
    return Span(text.count("\n", 0, offset) + 1, offset - line_start + 1)
