"""Load a program file into plain data plus the position of every node.

The file is composed by :mod:`checker.compose` (libyaml's composer where it gives
exactly what ruamel.yaml's round-trip composer gives, the round-trip composer
otherwise), which keeps the line and column of every node. From the node graph we build
plain Python data ourselves instead of letting a constructor do it, so that:

* nothing is ever executed or instantiated from a tag (``!!python/...``);
* duplicate keys, recursive aliases and alias bombs become findings;
* every value and every mapping key gets a :class:`~checker.findings.Span`.

Everything that goes wrong becomes a ``syntax`` finding with a position; this
module never lets an exception escape for any input.
"""

from __future__ import annotations

import codecs
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from checker import prescan
from checker.compose import compose, tag_text
from checker.findings import START, SYNTAX, Finding, Severity, Span
from checker.frozen import FrozenDict, FrozenList

#: A path into the data: mapping keys and sequence indexes, like a JSON pointer.
NodePath = tuple[str | int, ...]
#: The older name of :data:`NodePath`, which internal modules still use (not pathlib's Path).
Path = NodePath

_CORE = "tag:yaml.org,2002:"
_SCALAR_TAGS = frozenset(
    _CORE + name for name in ("str", "int", "float", "bool", "null", "timestamp", "binary")
)


@dataclass(slots=True, repr=False, eq=False)
class Limits:
    """Bounds that keep hostile or accidental input from hanging the linter."""

    max_bytes: int = 2 * 1024 * 1024
    max_depth: int = 100
    max_alias_expansion: int = 10_000
    max_workouts: int = 1_000
    max_exercises: int = 100
    #: The time budget of one file (see docs/security.md); also how long a named pipe
    #: given on the command line is waited on.
    max_seconds: float = 10.0


#: Problems (duplicate keys, keys that are not text) reported before a file is refused.
MAX_PROBLEMS = 100


def _too_many_workouts(limits: Limits) -> str:
    return (
        f"more than {limits.max_workouts:,} workouts in one program; refusing to read it "
        "(raise 'max-workouts' in the configuration if this program is real)"
    )


def _too_many_exercises(limits: Limits) -> str:
    return (
        f"more than {limits.max_exercises:,} entries in one 'exercises' list; refusing to read "
        "the program (raise 'max-exercises' in the configuration if this program is real)"
    )


@dataclass(frozen=True, slots=True)
class NodeSpans:
    """Where a value sits in the file, and where its key is when it has one."""

    value: Span
    key: Span | None = None


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
                _span(value), _span(key) if key is not None else None
            )
        return found

    def __contains__(self, path: object) -> bool:
        return path in self._nodes

    def __iter__(self) -> Iterator[Path]:
        return iter(self._nodes)

    def __len__(self) -> int:
        return len(self._nodes)


@dataclass(slots=True, repr=False, eq=False)
class Document:
    """A loaded program: its text, its plain data and the spans of its nodes."""

    path: str
    text: str
    data: Any
    spans: Mapping[Path, NodeSpans] = field(default_factory=dict)
    _lines: list[str] | None = None

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


@dataclass(slots=True, repr=False, eq=False)
class LoadResult:
    """A document when the file could be loaded, and the findings met on the way."""

    document: Document | None
    findings: list[Finding]


class _Refused(Exception):
    """Raised inside the builder to stop at the first fatal problem."""

    def __init__(self, span: Span, message: str) -> None:
        super().__init__(message)
        self.span = span
        self.message = message


class _TooManyProblems(_Refused):
    """Raised when a file has more than MAX_PROBLEMS problems that do not stop loading."""


def _span(node: Any) -> Span:
    start, end = node.start_mark, node.end_mark
    if end is None or (end.line, end.column) <= (start.line, start.column):
        return Span(start.line + 1, start.column + 1)
    return Span(start.line + 1, start.column + 1, end.line + 1, end.column + 1)


def _start(node: Any) -> Span:
    mark = node.start_mark
    return Span(mark.line + 1, mark.column + 1)


def decode(raw: bytes, path: str, limits: Limits) -> tuple[str | None, list[Finding]]:
    """Decode the bytes of a file, refusing binary and oversized input."""

    def refuse(span: Span, message: str) -> tuple[None, list[Finding]]:
        return None, [Finding.at(path, span, SYNTAX, Severity.ERROR, message)]

    if len(raw) > limits.max_bytes:
        return None, [too_large(path, len(raw), limits)]
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), []
            except UnicodeDecodeError as exc:
                return refuse(
                    START, f"file starts with a {encoding} mark but is not {encoding}: {exc.reason}"
                )
    if b"\x00" in raw:
        offset = raw.index(b"\x00")
        return refuse(
            _offset_span(raw, offset),
            "binary file: this is not a YAML program (it contains a NUL byte)",
        )
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        return refuse(
            _offset_span(raw, exc.start),
            f"file is not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save it as UTF-8",
        )


def too_large(path: str, size: int | None, limits: Limits) -> Finding:
    """The finding for a file over ``max-file-size`` (``size`` None: a stream, read only
    up to the limit)."""
    shown = f"{size:,} bytes" if size is not None else f"more than {limits.max_bytes:,} bytes"
    return Finding.at(
        path,
        START,
        SYNTAX,
        Severity.ERROR,
        f"file is {shown}, over the limit of {limits.max_bytes:,} bytes "
        "(raise 'max-file-size' in the configuration if this program is real)",
    )


def _offset_span(raw: bytes, offset: int) -> Span:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    column = len(raw[line_start:offset].decode("utf-8", errors="replace")) + 1
    return Span(raw.count(b"\n", 0, offset) + 1, column)


def load_text(text: str, path: str, limits: Limits | None = None) -> LoadResult:
    """Load YAML text as a program document; never raises."""
    limits = limits or Limits()

    def fail(span: Span, message: str) -> LoadResult:
        return LoadResult(None, [Finding.at(path, span, SYNTAX, Severity.ERROR, message)])

    # The pre-scans see lines as the parser does, whatever line breaks the file uses
    # (CR, CRLF, NEL, LS, PS): libyaml's composer recurses on the C stack, so deep
    # nesting must never get past them.
    scanned = prescan.normalize_breaks(text)
    deep = prescan.too_deep(scanned, limits.max_depth)
    if deep is not None:
        return fail(
            deep, f"nesting deeper than {limits.max_depth} levels is not allowed in a program"
        )
    many = prescan.too_many_workouts(scanned, limits.max_workouts)
    if many is not None:
        return fail(many, _too_many_workouts(limits))
    many = prescan.too_many_exercises(scanned, limits.max_exercises)
    if many is not None:
        return fail(many, _too_many_exercises(limits))
    try:
        root = compose(text, limits.max_depth)
    except RecursionError:
        return fail(START, "the file is nested too deeply to be a program")
    except MemoryError:
        raise  # over the memory budget: a 'limit' finding (checker.budget), not bad YAML
    except Exception as exc:  # every ruamel error becomes a finding, whatever its class
        span, message = _describe_yaml_error(exc)
        return fail(span, message)
    if root is None:
        return fail(START, "the file is empty: a program needs at least 'program' and 'workouts'")
    builder = _Builder(limits, text)
    try:
        data = builder.build(root, ())
    except _Refused as refused:
        result = fail(refused.span, refused.message)
        if isinstance(refused, _TooManyProblems):  # the problems it counted come first
            result.findings[:0] = [
                Finding.at(path, span, SYNTAX, Severity.ERROR, msg)
                for span, msg in builder.problems
            ]
        return result
    except RecursionError:
        return fail(START, "the file is nested too deeply to be a program")
    findings = [
        Finding.at(path, span, SYNTAX, Severity.ERROR, msg) for span, msg in builder.problems
    ]
    if not isinstance(data, dict):
        kind = _kind(data)
        findings.append(
            Finding.at(
                path,
                _span(root),
                SYNTAX,
                Severity.ERROR,
                f"a program must be a mapping of keys such as 'program:' and 'workouts:', "
                f"but this file holds {kind}",
            )
        )
        return LoadResult(None, findings)
    return LoadResult(Document(path, text, data, SpanTable(builder.nodes)), findings)


def load_bytes(raw: bytes, path: str, limits: Limits | None = None) -> LoadResult:
    """Decode and load the bytes of a program file; never raises."""
    limits = limits or Limits()
    text, findings = decode(raw, path, limits)
    if text is None:
        return LoadResult(None, findings)
    return load_text(text, path, limits)


def _kind(value: object) -> str:
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "only a null value"
    if isinstance(value, str):
        return f"the text {_short(value)!r}"
    return f"the value {value!r}"


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _describe_yaml_error(exc: BaseException) -> tuple[Span, str]:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None)
    context = getattr(exc, "context", None)
    if problem is None and hasattr(exc, "character"):  # ReaderError
        char = exc.character
        position = getattr(exc, "position", 0)
        return (
            Span(1, 1) if mark is None else Span(mark.line + 1, mark.column + 1),
            f"the file contains a character YAML does not allow ({char!r} at offset {position})",
        )
    if problem == "expected a single document in the stream" or (
        context and "single document" in str(context)
    ):
        message = "only one YAML document per program file is allowed (found a second '---')"
    else:
        plain = _plain_words(str(problem or ""))
        if plain is None:
            parts = [p for p in (problem, context) if p]
            plain = "; ".join(str(p).strip() for p in parts) or str(exc).strip().splitlines()[0]
        message = f"invalid YAML: {plain}"
    if mark is None:
        return START, message
    return Span(mark.line + 1, mark.column + 1), message


#: The parser's words for the slips coaches make, and what to tell them instead.
_WRONG_INDENT = (
    "this line is indented wrongly: line a key up exactly under the other keys of its "
    "mapping, and a '- ' item under the other items of its list"
)
_STRAY_COLON = (
    "unexpected ':' here: if this line starts a key, indent it exactly like the keys above "
    "it; if the ':' belongs to a value, put the value in quotes"
)


def _plain_words(problem: str) -> str | None:
    """A coach's wording for a parser problem (None: keep the parser's)."""
    if problem.startswith("found character '\\t'"):
        return "tabs cannot indent YAML; use spaces"
    if problem.startswith("expected <block end>"):
        return _WRONG_INDENT
    if problem == "mapping values are not allowed here":
        return _STRAY_COLON
    return None


class _Builder:
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
            raise _Refused(
                _start(node),
                f"nesting deeper than {self.limits.max_depth} levels is not allowed in a program",
            )
        ident = id(node)
        if ident in self._active:
            raise _Refused(_start(node), "recursive alias: an anchor refers to itself")
        reused = ident in self._seen
        self._seen.add(ident)
        if reused:
            self._expanding += 1
        try:
            if self._expanding:
                self._expanded += 1
                if self._expanded > self.limits.max_alias_expansion:
                    raise _Refused(
                        _start(node),
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
            raise _TooManyProblems(
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
            raise _Refused(
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
                raise _Refused(
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
        raise _Refused(
            _start(node),
            f"tag '{shown}' is not allowed: trainlint never builds objects from tags; "
            "remove the tag",
        )

    def _scalar(self, node: Any) -> Any:
        self._check_tag(node, _CORE + "str")
        tag = tag_text(node)
        value: str = node.value
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
        for key_node, value_node in node.value:
            if tag_text(key_node) == _CORE + "merge":
                merges.append(value_node)
                continue
            if key_node.id != "scalar":
                self._problem(_start(key_node), "a key must be plain text, not a list or mapping")
                continue
            self._check_tag(key_node, _CORE + "str")
            key = str(key_node.value)
            if key in key_lines:
                self._problem(
                    _span(key_node),
                    f"duplicate key '{_short(key)}' (first defined on line {key_lines[key]}); "
                    "a key may appear only once in a mapping",
                )
                continue
            key_lines[key] = key_node.start_mark.line + 1
            if not node.flow_style:
                self._check_layout(value_node, key_node.start_mark.column)
            _set_item(result, key, self.build(value_node, (*path, key), key_node))
        for merge in merges:
            self._merge(result, merge, path)
        return result

    def _merge(self, result: dict[str, Any], node: Any, path: Path) -> None:
        sources = node.value if node.id == "sequence" else [node]
        for source in sources:
            if source.id != "mapping":
                raise _Refused(_start(source), "a merge key '<<' must refer to a mapping")
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
            raise _Refused(_start(extra), _too_many_workouts(self.limits))
        if path and path[-1] == "exercises" and len(node.value) > self.limits.max_exercises:
            extra = node.value[self.limits.max_exercises]
            raise _Refused(_start(extra), _too_many_exercises(self.limits))
        items: list[Any] = FrozenList()
        for index, item in enumerate(node.value):
            if not node.flow_style:
                self._check_layout(item, item.start_mark.column - 2)
            _append(items, self.build(item, (*path, index)))
        return items


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


def iter_paths(data: Any, path: Path = ()) -> Iterator[Path]:
    """Every path in plain data, parents before children (used by tests)."""
    yield path
    if isinstance(data, dict):
        for key, value in data.items():
            yield from iter_paths(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from iter_paths(value, (*path, index))
