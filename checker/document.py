"""A loaded program document: its text, its plain data, the span of every node, and
the bounds (:class:`Limits`) that reading one respects. Built by :mod:`checker.loader`."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from checker.findings import START, Span
from checker.values import Frozen, Record, set_field

#: A path into the data: mapping keys and sequence indexes, like a JSON pointer.
NodePath = tuple[str | int, ...]
#: The older name of :data:`NodePath`, which internal modules still use (not pathlib's Path).
Path = NodePath


class Limits(
    Record,
    fields=(
        "max_bytes",
        "max_depth",
        "max_alias_expansion",
        "max_workouts",
        "max_exercises",
        "max_seconds",
    ),
):
    """Bounds that keep hostile or accidental input from hanging the linter."""

    __slots__ = (
        "max_alias_expansion",
        "max_bytes",
        "max_depth",
        "max_exercises",
        "max_seconds",
        "max_workouts",
    )

    max_bytes: int
    max_depth: int
    max_alias_expansion: int
    max_workouts: int
    max_exercises: int
    #: The time budget of one file (see docs/security.md); also how long a named pipe
    #: given on the command line is waited on.
    max_seconds: float

    def __init__(
        self,
        max_bytes: int = 2 * 1024 * 1024,
        max_depth: int = 100,
        max_alias_expansion: int = 10_000,
        max_workouts: int = 1_000,
        max_exercises: int = 100,
        max_seconds: float = 10.0,
    ) -> None:
        self.max_bytes = max_bytes
        self.max_depth = max_depth
        self.max_alias_expansion = max_alias_expansion
        self.max_workouts = max_workouts
        self.max_exercises = max_exercises
        self.max_seconds = max_seconds


class NodeSpans(Frozen, fields=("value", "key")):
    """Where a value sits in the file, and where its key is when it has one."""

    __slots__ = ("key", "value")
    value: Span
    key: Span | None

    def __init__(self, value: Span, key: Span | None = None) -> None:
        set_field(self, "value", value)
        set_field(self, "key", key)


class SpanTable(Mapping[Path, NodeSpans]):
    """The spans of a document's nodes, worked out from the nodes when first asked for.

    Most nodes of a file never need a span (only those that get a finding do), so the
    builder records each path's value node and key node, and the span is built on
    first lookup.
    """

    __slots__ = ("_nodes", "_spans")

    def __init__(self, nodes: dict[Path, tuple[Any, Any]]) -> None:
        self._nodes = nodes
        self._spans: dict[Path, NodeSpans] = {}

    def __getitem__(self, path: Path) -> NodeSpans:
        found = self._spans.get(path)
        if found is None:
            value, key = self._nodes[path]
            found = self._spans[path] = NodeSpans(
                node_span(value), node_span(key) if key is not None else None
            )
        return found

    def __contains__(self, path: object) -> bool:
        return path in self._nodes

    def __iter__(self) -> Iterator[Path]:
        return iter(self._nodes)

    def __len__(self) -> int:
        return len(self._nodes)


class Document(Record, fields=("path", "text", "data", "spans", "_lines")):
    """A loaded program: its text, its plain data and the spans of its nodes."""

    __slots__ = ("_lines", "data", "path", "spans", "text")

    path: str
    text: str
    data: Any
    spans: Mapping[Path, NodeSpans]
    _lines: list[str] | None

    def __init__(
        self,
        path: str,
        text: str,
        data: Any,
        spans: Mapping[Path, NodeSpans] | None = None,
        _lines: list[str] | None = None,
    ) -> None:
        self.path = path
        self.text = text
        self.data = data
        self.spans = {} if spans is None else spans
        self._lines = _lines

    @property
    def lines(self) -> list[str]:
        if self._lines is None:
            self._lines = self.text.splitlines()
        return self._lines

    def _nearest(self, path: Path) -> tuple[Path, NodeSpans]:
        while path not in self.spans and path:
            path = path[:-1]
        return path, self.spans.get(path, NodeSpans(START))

    def value_span(self, path: Path) -> Span:
        """The span of the value at ``path`` (or of its nearest ancestor)."""
        return self._nearest(tuple(path))[1].value

    def key_span(self, path: Path) -> Span:
        """The span of the key of ``path``; the value's span for sequence items."""
        spans = self._nearest(tuple(path))[1]
        return spans.key or spans.value


def node_span(node: Any) -> Span:
    start, end = node.start_mark, node.end_mark
    if end is None or (end.line, end.column) <= (start.line, start.column):
        return Span(start.line + 1, start.column + 1)
    return Span(start.line + 1, start.column + 1, end.line + 1, end.column + 1)


def node_start(node: Any) -> Span:
    mark = node.start_mark
    return Span(mark.line + 1, mark.column + 1)
