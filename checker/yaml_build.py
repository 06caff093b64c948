"""Build plain Python data from a composed YAML node graph, recording where every node
is and the problems met (duplicate keys, tags, recursive aliases, alias bombs, wrong
indentation). Used by :func:`checker.loader.load_text`; nothing is ever executed or
instantiated from a tag."""

from __future__ import annotations

import math
from typing import Any

from checker.compose import tag_text
from checker.document import Limits, Path, node_span, node_start
from checker.findings import Span
from checker.frozen import FrozenDict, FrozenList

_CORE = "tag:yaml.org,2002:"
_STR = _CORE + "str"
_SCALAR_TAGS = frozenset(
    _CORE + name for name in ("str", "int", "float", "bool", "null", "timestamp", "binary")
)


#: Problems (duplicate keys, keys that are not text) reported before a file is refused.
MAX_PROBLEMS = 100


def too_many_workouts(limits: Limits) -> str:
    return (
        f"more than {limits.max_workouts:,} workouts in one program; refusing to read it "
        "(raise 'max-workouts' in the configuration if this program is real)"
    )


def too_many_exercises(limits: Limits) -> str:
    return (
        f"more than {limits.max_exercises:,} entries in one 'exercises' list; refusing to read "
        "the program (raise 'max-exercises' in the configuration if this program is real)"
    )


class Refused(Exception):
    """Raised inside the builder to stop at the first fatal problem."""

    def __init__(self, span: Span, message: str) -> None:
        super().__init__(message)
        self.span = span
        self.message = message


class TooManyProblems(Refused):
    """Raised when a file has more than MAX_PROBLEMS problems that do not stop loading."""


def short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Builder:
    """Turn a ruamel node graph into plain data, recording spans and problems."""

    def __init__(self, limits: Limits, text: str) -> None:
        self.limits = limits
        self.text = text
        self._lines: list[str] | None = None
        #: the value node and key node (or None) of every path, for :class:`SpanTable`
        self.nodes: dict[Path, tuple[Any, Any]] = {}
        self.problems: list[tuple[Span, str]] = []
        self._seen: set[int] = set()
        self._active: set[int] = set()
        self._expanding = 0
        self._expanded = 0
        #: every path recorded in ``nodes``, in order (merge keys move a source's paths)
        self._added: list[Path] = []
        #: work done beyond one visit per node: lines scanned by the layout check and
        #: spans moved for merge keys (tests hold them linear in the input)
        self.lines_scanned = 0
        self.spans_moved = 0

    def build(self, node: Any, path: Path, key: Any = None) -> Any:
        if len(path) > self.limits.max_depth:
            raise Refused(
                node_start(node),
                f"nesting deeper than {self.limits.max_depth} levels is not allowed in a program",
            )
        ident = id(node)
        if ident in self._active:
            raise Refused(node_start(node), "recursive alias: an anchor refers to itself")
        reused = ident in self._seen
        self._seen.add(ident)
        if reused:
            self._expanding += 1
        try:
            if self._expanding:
                self._expanded += 1
                if self._expanded > self.limits.max_alias_expansion:
                    raise Refused(
                        node_start(node),
                        "aliases expand to more than "
                        f"{self.limits.max_alias_expansion:,} nodes; refusing to expand them "
                        "(this looks like an alias bomb)",
                    )
            kind = node.id
            if path not in self.nodes:
                self._added.append(path)
            if key is not None and kind == "scalar" and node.value == "" and not node.style:
                # An empty value has no text of its own: point at its key. (Composers
                # disagree on where an empty value is: after the colon or at the next
                # token, possibly lines below.)
                self.nodes[path] = (key, key)
            else:
                self.nodes[path] = (node, key)
            if kind == "scalar":
                return self._scalar(node)
            self._active.add(ident)
            try:
                if kind == "mapping":
                    return self._mapping(node, path)
                return self._sequence(node, path)
            finally:
                self._active.discard(ident)
        finally:
            if reused:
                self._expanding -= 1

    def _problem(self, span: Span, message: str) -> None:
        """Record a problem that does not stop the loading, up to MAX_PROBLEMS of them:
        past that the file is refused (400,000 duplicate keys would otherwise flood the
        report, and take seconds to word)."""
        if len(self.problems) >= MAX_PROBLEMS:
            raise TooManyProblems(
                span,
                f"more than {MAX_PROBLEMS} duplicate or non-text keys; refusing to read "
                "the rest of the file (fix the ones reported above)",
            )
        self.problems.append((span, message))

    def _check_layout(self, node: Any, parent_indent: int) -> None:
        """Catch what ruamel.yaml lets through: continuation lines of a quoted or
        flow value that are not indented past their parent, and a comment glued
        to a closing quote."""
        start, end = node.start_mark, node.end_mark
        quoted = node.id == "scalar" and node.style in ('"', "'")
        flow = node.id != "scalar" and bool(node.flow_style)
        if not (quoted or flow) or end is None:
            return
        if id(node) in self._seen:
            # An alias: its lines were checked where the anchor is (rescanning them for
            # every alias would make the check quadratic).
            return
        if quoted and self.text[end.index : end.index + 1] == "#":
            raise Refused(
                Span(end.line + 1, end.column + 1),
                "invalid YAML: a comment needs a space before '#'",
            )
        if end.line == start.line:
            return
        if self._lines is None:
            self._lines = self.text.splitlines()
        for number in range(start.line + 1, min(end.line, len(self._lines) - 1) + 1):
            self.lines_scanned += 1
            line = self._lines[number]
            if not line.strip():
                continue
            indent = len(line) - len(line.lstrip(" "))
            if indent <= parent_indent:
                raise Refused(
                    Span(number + 1, 1),
                    "invalid YAML: this continuation line must be indented more than the "
                    "line where its value starts",
                )

    def _check_tag(self, node: Any, expected: str) -> None:
        tag = tag_text(node)
        if tag in (expected, "!", "?") or (node.id == "scalar" and tag in _SCALAR_TAGS):
            return
        if tag == _CORE + "omap" or tag == _CORE + "set":
            return
        shown = tag.replace(_CORE, "!!")
        raise Refused(
            node_start(node),
            f"tag '{shown}' is not allowed: trainlint never builds objects from tags; "
            "remove the tag",
        )

    def _scalar(self, node: Any) -> Any:
        tag = tag_text(node)
        value: str = node.value
        if node.style == ">" and "\a" in value:
            # ruamel's round-trip composer marks where a folded scalar was folded with a
            # BEL ('a b\a c'); the value YAML means has none (libyaml's has none either),
            # and notes read across a fold ("part of\a your program") need it gone
            value = value.replace("\a", "")
        if tag == _STR:  # most scalars: one lookup of the tag, one comparison
            return value
        self._check_tag(node, _STR)
        if tag == _CORE + "null":
            return None
        if tag == _CORE + "bool":
            return value.lower() in ("true", "yes", "on", "y")
        if tag == _CORE + "int":
            return _parse_int(value)
        if tag == _CORE + "float":
            return _parse_float(value)
        return value

    def _mapping(self, node: Any, path: Path) -> dict[str, Any]:
        self._check_tag(node, _CORE + "map")
        # read-only once built (checker.frozen): filled with dict.__setitem__ meanwhile
        result: dict[str, Any] = FrozenDict()
        key_lines: dict[str, int] = {}
        merges: list[Any] = []
        block = not node.flow_style
        for key_node, value_node in node.value:
            key_tag = tag_text(key_node)
            if key_tag == _CORE + "merge":
                merges.append(value_node)
                continue
            if key_node.id != "scalar":
                self._problem(
                    node_start(key_node), "a key must be plain text, not a list or mapping"
                )
                continue
            if key_tag != _STR:
                self._check_tag(key_node, _STR)
            key = str(key_node.value)
            if key in key_lines:
                self._problem(
                    node_span(key_node),
                    f"duplicate key '{short(key)}' (first defined on line {key_lines[key]}); "
                    "a key may appear only once in a mapping",
                )
                continue
            key_lines[key] = key_node.start_mark.line + 1
            if block and _may_span_lines(value_node):
                self._check_layout(value_node, key_node.start_mark.column)
            _set_item(result, key, self.build(value_node, (*path, key), key_node))
        for merge in merges:
            self._merge(result, merge, path)
        return result

    def _merge(self, result: dict[str, Any], node: Any, path: Path) -> None:
        sources = node.value if node.id == "sequence" else [node]
        for source in sources:
            if source.id != "mapping":
                raise Refused(node_start(source), "a merge key '<<' must refer to a mapping")
            # Merged values always count as alias expansion.
            prefix = (*path, "<<")
            first = len(self._added)
            self._expanding += 1
            try:
                merged = self.build(source, prefix)
            finally:
                self._expanding -= 1
            copied = set()
            for key, value in merged.items():
                if key not in result:
                    _set_item(result, key, value)
                    copied.add(key)
            self._copy_spans(prefix, path, copied, first)

    def _copy_spans(self, prefix: Path, target: Path, keys: set[str], first: int) -> None:
        """Move the spans of the merged ``keys`` from under ``prefix`` to ``target`` and
        drop the rest: only the paths recorded since ``first`` (the merge's own nodes)
        are looked at, so the cost is that of the merge, not of the whole document."""
        depth = len(prefix)
        added = self._added[first:]
        del self._added[first:]
        for sub in added:
            entry = self.nodes.pop(sub, None)
            self.spans_moved += 1
            if entry is None or len(sub) <= depth or sub[depth] not in keys:
                continue
            moved = target + sub[depth:]
            if moved not in self.nodes:
                self._added.append(moved)
            self.nodes[moved] = entry

    def _sequence(self, node: Any, path: Path) -> list[Any]:
        self._check_tag(node, _CORE + "seq")
        if path == ("workouts",) and len(node.value) > self.limits.max_workouts:
            extra = node.value[self.limits.max_workouts]
            raise Refused(node_start(extra), too_many_workouts(self.limits))
        if path and path[-1] == "exercises" and len(node.value) > self.limits.max_exercises:
            extra = node.value[self.limits.max_exercises]
            raise Refused(node_start(extra), too_many_exercises(self.limits))
        items: list[Any] = FrozenList()
        block = not node.flow_style
        for index, item in enumerate(node.value):
            if block and _may_span_lines(item):
                self._check_layout(item, item.start_mark.column - 2)
            _append(items, self.build(item, (*path, index)))
        return items


def _may_span_lines(node: Any) -> bool:
    """Whether :meth:`Builder._check_layout` has anything to look at: a quoted scalar or
    a flow collection (most nodes are neither; the test is cheaper than the call)."""
    return node.style in _QUOTES if node.id == "scalar" else bool(node.flow_style)


_QUOTES = ('"', "'")
_set_item = dict.__setitem__
_append = list.append


def _parse_int(text: str) -> int | str:
    cleaned = text.replace("_", "")
    try:
        if cleaned.lower().startswith(("0o", "+0o", "-0o")):
            return int(cleaned.replace("o", "").replace("O", ""), 8)
        if cleaned.lstrip("+-").isdigit():
            return int(cleaned, 10)
        return int(cleaned, 0)
    except ValueError:
        return text


def _parse_float(text: str) -> float | str:
    cleaned = text.replace("_", "").lower()
    if cleaned in (".inf", "+.inf"):
        return math.inf
    if cleaned == "-.inf":
        return -math.inf
    if cleaned == ".nan":
        return math.nan
    try:
        return float(cleaned)
    except ValueError:
        return text
