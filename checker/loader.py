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

from checker import prescan
from checker.compose import compose

# The document model; rules, plugins and tests import it from here too.
from checker.document import Document as Document
from checker.document import Limits as Limits
from checker.document import NodePath as NodePath
from checker.document import NodeSpans as NodeSpans
from checker.document import Path as Path
from checker.document import SpanTable, node_span
from checker.findings import START, SYNTAX, Finding, Severity, Span
from checker.values import Record
from checker.yaml_build import (
    Builder,
    Refused,
    TooManyProblems,
    short,
    too_many_exercises,
    too_many_workouts,
)


class LoadResult(Record, fields=("document", "findings")):
    """A document when the file could be loaded, and the findings met on the way."""

    __slots__ = ("document", "findings")

    document: Document | None
    findings: list[Finding]

    def __init__(
        self,
        document: Document | None,
        findings: list[Finding],
    ) -> None:
        self.document = document
        self.findings = findings


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
            _offsetnode_span(raw, offset),
            "binary file: this is not a YAML program (it contains a NUL byte)",
        )
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        return refuse(
            _offsetnode_span(raw, exc.start),
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


def _offsetnode_span(raw: bytes, offset: int) -> Span:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    column = len(raw[line_start:offset].decode("utf-8", errors="replace")) + 1
    return Span(raw.count(b"\n", 0, offset) + 1, column)


def _prescan(text: str, limits: Limits) -> tuple[Span, str] | None:
    """Where and why ``text`` is refused before composing it (None: it is not)."""
    # The pre-scans see lines as the parser does, whatever line breaks the file uses
    # (CR, CRLF, NEL, LS, PS): libyaml's composer recurses on the C stack, so deep
    # nesting must never get past them.
    scanned = prescan.normalize_breaks(text)
    deep = prescan.too_deep(scanned, limits.max_depth)
    if deep is not None:
        return deep, f"nesting deeper than {limits.max_depth} levels is not allowed in a program"
    many = prescan.too_many_workouts(scanned, limits.max_workouts)
    if many is not None:
        return many, too_many_workouts(limits)
    many = prescan.too_many_exercises(scanned, limits.max_exercises)
    if many is not None:
        return many, too_many_exercises(limits)
    return None


def load_text(text: str, path: str, limits: Limits | None = None) -> LoadResult:
    """Load YAML text as a program document; never raises."""
    limits = limits or Limits()

    def fail(span: Span, message: str) -> LoadResult:
        return LoadResult(None, [Finding.at(path, span, SYNTAX, Severity.ERROR, message)])

    refusal = _prescan(text, limits)
    if refusal is not None:
        return fail(*refusal)
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
    builder = Builder(limits, text)
    try:
        data = builder.build(root, ())
    except Refused as refused:
        result = fail(refused.span, refused.message)
        if isinstance(refused, TooManyProblems):  # the problems it counted come first
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
                node_span(root),
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
        return f"the text {short(value)!r}"
    return f"the value {value!r}"


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
