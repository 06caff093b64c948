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

import operator
import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate, count, islice

from checker.findings import Span
from checker.lazy_pattern import LazyPattern


class _LinePattern:
    """A pattern that must start at the beginning of a line (like ``^`` with re.M).

    Searched as a newline followed by the pattern: a pattern that starts with a
    literal lets the regex engine jump from newline to newline instead of trying
    ``^`` at every character (several times faster on multi-megabyte text). The
    matches have the same groups and ends; :meth:`line_of` gives where the line starts.
    """

    __slots__ = ("_first", "_rest")

    def __init__(self, body: str, flags: int = 0) -> None:
        self._first = LazyPattern(body, flags)
        self._rest = LazyPattern("\n" + body, flags)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first match on a line that starts at or after ``pos``."""
        return next(self.finditer(text, pos, endpos), None)

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """Every match on a line that starts at or after ``pos``, in order."""
        end = len(text) if endpos is None else endpos
        if pos == 0 or text[pos - 1 : pos] == "\n":  # the line at pos itself
            found = self._first.match(text, pos, end)
            if found is not None:
                yield found
        yield from self._rest.finditer(text, pos, end)

    def line_of(self, match: re.Match[str]) -> int:
        return match.start() + (match.re is self._rest.compiled)


_QUOTED = r""""(?:\\.|[^"\\])*"|'(?:''|[^'])*'"""
# A comment: a '#' at the start of a line or after a space, checked after the '#'
# (a pattern that starts with a literal is several times faster to search).
_COMMENT = r"\#(?:(?<=\s\#)|(?<=^\#))[^\n]*"
_FLOW_TOKEN = LazyPattern(rf"[\[\]{{}}]|{_QUOTED}|{_COMMENT}", re.M)
_QUOTED_OR_COMMENT = LazyPattern(rf"{_QUOTED}|{_COMMENT}", re.M)
_NOT_BRACKET = LazyPattern(r"[^\[\]{}]+")
_INNERMOST_PAIR = re.compile(r"\[\]|\{\}")
_COMPACT = LazyPattern(r"^[ ]*((?:[-?:][ ]+)+)", re.M)

_WORKOUTS_KEY = _LinePattern(
    r"""(?:workouts|"workouts"|'workouts')[ \t]*:[ \t]*(?:\#[^\n]*)?$""", re.M
)
# A top-level key (or a document marker) ends the block of the top-level 'workouts'.
_TOP_LEVEL = _LinePattern(r"(?:[^ \t\n\r#-]|-[^ \t\n\r])")
_EXERCISES_KEY = _LinePattern(
    r"""([ ]*(?:-[ ]+)*)(?:exercises|"exercises"|'exercises')[ \t]*:[ \t]*(?:\#[^\n]*)?$""",
    re.M,
)
_FIRST_CONTENT = LazyPattern(r"^([ ]*)(\S)", re.M)
_FLOW_WORKOUTS = _LinePattern(r"""(?:workouts|"workouts"|'workouts')[ \t]*:\s*\[""")
_FLOW_EXERCISES = LazyPattern(r"""exercises["']?[ \t]*:\s*\[""")
_KEY_BOUNDARY = frozenset(" \t\r\n{,[")
_NEXT_TOKEN = LazyPattern(r"\S")
_SKIP_SPACE = LazyPattern(r"(?:\s|\#[^\n]*)*")
# Flow indicators, quoted scalars (only where a scalar can start) and comments.
_FLOW_ITEM_TOKEN = LazyPattern(
    r"""[\[\]{},]|(?<=[\s\[{,:])(?:"(?:\\.|[^"\\])*"|'(?:''|[^'])*')|(?<=\s)\#[^\n]*"""
)


#: What YAML counts as a line break (libyaml and ruamel.yaml alike): CR LF, CR, LF,
#: and the Unicode breaks NEL, LS and PS.
_LINE_BREAK = LazyPattern("\r\n?|[\x85\u2028\u2029]")
_OTHER_BREAKS = ("\r", "\x85", "\u2028", "\u2029")


def normalize_breaks(text: str) -> str:
    """``text`` with every YAML line break written as ``\\n``.

    The scans below look for lines the way the YAML reader does only when lines end
    in ``\\n``; a file written with CR, CRLF, NEL, LS or PS breaks is scanned in this
    form. Line numbers (and columns) of the result are the parser's.
    """
    if not any(brk in text for brk in _OTHER_BREAKS):
        return text
    return _LINE_BREAK.sub("\n", text)


def too_deep(text: str, max_depth: int) -> Span | None:
    """Where ``text`` certainly nests deeper than ``max_depth``, found before composing.

    Composers recurse once per level (libyaml on the C stack) and ruamel.yaml's
    scanner slows down with every open flow level, so 10,000 levels must be refused
    before they reach either.
    """
    half = max(1, max_depth // 2)
    if text.count("[") + text.count("{") > half and _flow_may_be_deeper(text, max_depth):
        depth = 0
        for match in _FLOW_TOKEN.finditer(text):
            token = match.group()
            if token in "[{":
                depth += 1
                if depth > max_depth:
                    return text_span(text, match.start())
            elif token in "]}":
                depth = max(0, depth - 1)
    if _line_pattern(rf"[ ]{{{half},}}\S").search(text) is None:
        # Without deep indentation, block nesting comes only from compact
        # indicators on one line ('- - - x'), which needs a line of more than
        # 2 * max_depth characters: only such lines are looked at.
        run = re.compile(rf"[ ]*((?:[-?:][ ]+){{{max_depth + 1},}})")
        long_lines = _line_pattern(rf"[^\n]{{{2 * max_depth + 2}}}")
        for long_line in long_lines.finditer(text):
            deep = run.match(text, long_lines.line_of(long_line))
            if deep is not None:
                return text_span(text, deep.start(1))
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


@lru_cache(maxsize=64)
def _line_pattern(body: str) -> _LinePattern:
    return _LinePattern(body)


def _flow_may_be_deeper(text: str, max_depth: int) -> bool:
    """A quick answer for the token scan in :func:`too_deep`: False when every flow
    bracket (outside quotes and comments) nests at most ``max_depth``.

    The depth after each bracket is the running sum of +1 (opening) and -1 (closing),
    worked out by ``itertools.accumulate`` in C in one pass whatever the nesting
    (peeling innermost pairs round by round took seconds on 2 MiB of brackets). A
    closing bracket without its opening one sends the text to the exact scan.
    """
    brackets = _NOT_BRACKET.sub("", _QUOTED_OR_COMMENT.sub("", text))
    if len(brackets) <= max_depth:
        return False
    steps = brackets.translate(_STEPS).encode("ascii")  # b"\x02" opens, b"\x00" closes
    # running sums of +1/-1: the sums of the 2/0 steps less the count of steps so far
    sums: list[int] = list(map(operator.sub, accumulate(steps), count(1)))
    if min(sums) < 0:
        return True  # an unmatched closing bracket: let the exact scan decide
    return max(sums) > max_depth


_STEPS = str.maketrans({"[": "\x02", "{": "\x02", "]": "\x00", "}": "\x00"})


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
    end = _TOP_LEVEL.line_of(end_match) if end_match else len(text)
    return _nth_item(text, start, end, limit)


def too_many_exercises(text: str, limit: int) -> Span | None:
    """The entry after the first ``limit`` of a block-style 'exercises' list."""
    if text.count(",") > limit:
        for flow in _FLOW_EXERCISES.finditer(text):
            # (a literal-first pattern: the key's start is checked here, in Python)
            start = flow.start() - (text[flow.start() - 1 : flow.start()] in ("'", '"'))
            if start > 0 and text[start - 1] not in _KEY_BOUNDARY:
                continue
            found = _nth_flow_item(text, flow.end() - 1, limit)
            if found is not None:
                return found
    if text.count("\n-") + text.count(" -") <= limit:
        return None
    for key in _EXERCISES_KEY.finditer(text):
        column = len(key.group(1))
        block_end = _block_end(column)
        end_match = block_end.search(text, key.end() + 1)
        end = block_end.line_of(end_match) if end_match else len(text)
        found = _nth_item(text, key.end(), end, limit)
        if found is not None:
            return found
    return None


@lru_cache(maxsize=64)
def _block_end(column: int) -> _LinePattern:
    """The first line that leaves the block of a key written at ``column``."""
    return _LinePattern(rf"(?:[ ]{{0,{column - 1}}}[^ \t\n\r#]|[ ]{{{column}}}[^ \t\n\r#-])")


@lru_cache(maxsize=64)
def _items_at(indent: int) -> _LinePattern:
    return _LinePattern(rf"[ ]{{{indent}}}-(?=[ \t\r\n]|$)", re.M)


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
