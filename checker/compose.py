"""Compose YAML text into a node graph with positions: a fast path and a safe one.

Two composers give the same kind of node graph (``ruamel.yaml.nodes`` with a
start and end mark on every node):

* ``fast``: libyaml's composer from ruamel.yaml.clib, about eight times faster;
* ``pure``: ruamel.yaml's round-trip composer, the reference.

libyaml and ruamel.yaml disagree on some corners of YAML (block scalars, tags and
anchors, directives, tabs, complex keys; see the yaml-test-suite comparison in
``tests/test_compose.py``). Text that uses any of those, and every text the fast
composer rejects, goes through the pure composer, so findings and their positions
are the same whichever path a file takes, up to ``PURE_MAX_BYTES``: the pure composer
takes 7 to 30 us a byte, so a larger text is read by libyaml alone and its corners
judged by libyaml's rules, which bounds the time any file within ``max-file-size``
can take. The choice can be forced with the
environment variable ``TRAINLINT_YAML`` (``auto``, the default: fast where it is
exact; ``pure``: always the reference); the test suite runs on both.
"""

from __future__ import annotations

import operator
import os
import re
import warnings
from typing import Any

#: Constructs on which libyaml and ruamel.yaml build different graphs or errors, each
#: with the characters it cannot match without (a cheap test before the regex).
_PURE_ONLY: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (gate, re.compile(pattern, re.MULTILINE | re.VERBOSE))
    for gate, pattern in (
        ("\t", r"\t"),  # tabs: the two disagree on where they are allowed
        ("\\", r"\\"),  # escapes in quoted scalars
        ("%-.", r"^[ ]*(?:%|---|\.\.\.)"),  # directives and document markers
        ("?", r"^[ ]*(?:-[ ]+)*\?(?:[ ]|$)"),  # complex keys
        ("!&*", r"(?:^|[\s\[{,:])[!&*][^\s]"),  # tags, anchors and aliases
        ("|>", r"(?:^|[\s:\-\[,])[|>][-+0-9]*[ ]*(?:\#.*)?$"),  # block scalars
        ("[", r"\[[^\]\n]*:"),  # implicit keys inside a flow sequence
        ("#", r":[ ]+\#.*\n(?:[ ]*\#.*\n)+"),  # a key's comment continued on more lines
    )
)


def _pure_only(text: str) -> bool:
    for gate, pattern in _PURE_ONLY:
        if any(char in text for char in gate) and pattern.search(text) is not None:
            return True
    return False


#: libyaml's composer recurses on the C stack; deeper text goes to the pure composer,
#: whose recursion Python bounds (the loader turns that into a finding).
_FAST_MAX_NESTING = 2000

#: The pure composer takes 7 to 30 us a byte (flow collections are the slow end) and
#: about 300 bytes of memory per byte of text; past this size libyaml's reading of the
#: corners listed in _PURE_ONLY stands, and a syntax error it finds is described by
#: libyaml instead of composing the text again.
PURE_MAX_BYTES = 128 * 1024

_fast_loader: Any = None
#: The plain scalars whose resolution the fast composer remembers: at most this many,
#: of at most this many characters (a few hundred kilobytes at most).
_MEMO_ENTRIES = 4096
_MEMO_TEXT = 40
_CORE = "tag:yaml.org,2002:"

#: The fast composer's tags are shared objects: text of each by ``id`` (see
#: :func:`tag_text`), so that reading a node's tag costs a lookup, not a conversion.
SHARED_TAGS: dict[str, Any] = {}
TAG_TEXT: dict[int, str] = {}


def tag_text(node: Any) -> str:
    """``str(node.tag)``, quickly for the nodes of the fast composer."""
    text = TAG_TEXT.get(id(node.ctag))
    return text if text is not None else str(node.tag)


def backend() -> str:
    """The composer requested by ``TRAINLINT_YAML`` (``auto`` unless set)."""
    choice = os.environ.get("TRAINLINT_YAML", "auto").strip().lower()
    return "pure" if choice == "pure" else "auto"


def fast_available() -> bool:
    return _loader_class() is not None


def _loader_class() -> Any:
    global _fast_loader
    if _fast_loader is None:
        try:
            from ruamel.yaml.cyaml import CParser  # type: ignore[attr-defined]
            from ruamel.yaml.resolver import VersionedResolver
        except ImportError:  # ruamel.yaml.clib is not installed
            _fast_loader = False
            return None

        resolver = _resolver(VersionedResolver)

        class FastLoader(CParser, VersionedResolver):  # type: ignore[misc]
            """libyaml's composer with ruamel.yaml's YAML 1.2 resolution of plain scalars.

            Same table as the round-trip loader's resolver (only YAML 1.2 reaches this
            path: a ``%YAML`` directive sends the text to the pure composer), looked up
            once instead of once per scalar.
            """

            # The composer tells the resolver of every node it enters and leaves, for
            # resolution by path, which this resolver never does (``resolve`` below reads
            # the table alone): two calls of a C function that does nothing, instead of
            # two Python calls per node (a third of the composer's time).
            descend_resolver = staticmethod(operator.is_)  # type: ignore[assignment]
            ascend_resolver = staticmethod(tuple)  # type: ignore[assignment]

            def __init__(self, stream: str) -> None:
                CParser.__init__(self, stream)
                VersionedResolver.__init__(self, loader=self)

            # (called as a plain function: no method call per node)
            resolve = staticmethod(resolver)

        _fast_loader = FastLoader
    return _fast_loader or None


def _resolver(resolver_class: Any) -> Any:
    """The fast composer's ``resolve(kind, value, implicit)``: ruamel.yaml's YAML 1.2
    table of ``resolver_class``, with one shared Tag per tag (its text computed once:
    :data:`TAG_TEXT`) and each plain scalar's text matched once per process."""
    from ruamel.yaml.tag import Tag

    def shared(name: Any) -> Any:
        text = str(name)
        tag = SHARED_TAGS.get(text)
        if tag is None:
            tag = SHARED_TAGS[text] = Tag(suffix=text)
            TAG_TEXT[id(tag)] = text
        return tag

    table = resolver_class(version=(1, 2)).versioned_resolver
    fallback = table.get(None, [])
    implicit_resolvers = {
        # the bound ``match`` of each compiled pattern (ruamel wraps them lazily)
        key: [(shared(tag), regexp.match) for tag, regexp in [*value, *fallback]]
        for key, value in table.items()
    }
    default = implicit_resolvers.get(None, [])
    str_tag, seq_tag, map_tag = (shared(_CORE + name) for name in ("str", "seq", "map"))
    resolved: dict[str, Any] = {}
    scalar_class, sequence_class, _ = _node_classes()

    def resolve(kind: Any, value: Any, implicit: Any) -> Any:
        if kind is scalar_class:
            if implicit[0]:
                # programs repeat their keys and numbers: each text is matched against
                # the patterns once per process
                found = resolved.get(value)
                if found is not None:
                    return found
                found = str_tag
                for tag, match in implicit_resolvers.get(value[0] if value else "", default):
                    if match(value):
                        found = tag
                        break
                if len(value) <= _MEMO_TEXT and len(resolved) < _MEMO_ENTRIES:
                    resolved[value] = found
                return found
            return str_tag
        return seq_tag if kind is sequence_class else map_tag

    return resolve


def needs_pure(text: str, max_depth: int | None = None) -> bool:
    """Whether ``text`` uses a construct only the pure composer handles exactly (in
    text of at most ``PURE_MAX_BYTES``), or could nest deeper than the fast composer's
    C stack allows (at any size: that one is about safety, not exactness).

    ``max_depth`` is a nesting depth the caller has already checked ``text`` against
    (see :func:`checker.prescan.too_deep`). Without it, block nesting is bounded by the
    longest line (indentation plus compact ``- `` and ``? `` indicators) and flow
    nesting by the number of ``[`` and ``{``.
    """
    if len(text) <= PURE_MAX_BYTES and _pure_only(text):
        return True
    if max_depth is not None and max_depth <= _FAST_MAX_NESTING:
        return False
    flow = text.count("[") + text.count("{")
    if flow > _FAST_MAX_NESTING:
        return True
    # a line longer than what is left of the budget (no list of lines built)
    # (lines as YAML breaks them: CR, NEL, LS and PS end a line too)
    budget = _FAST_MAX_NESTING - flow + 1
    return re.search(rf"[^\n\r\x85\u2028\u2029]{{{budget},}}", text) is not None


def compose_pure(text: str) -> Any:
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    if text and text[-1] not in "\n\r":
        # libyaml ends the last node of a file without a final line break on the line
        # after it; so does this composer then, so that both give the same spans
        text += "\n"
    with warnings.catch_warnings():
        # A reused anchor is valid YAML (the later one wins); nothing to warn about.
        warnings.simplefilter("ignore")
        return yaml.compose(text)


_node_classes_made: tuple[type, type, type] | None = None


def _node_classes() -> tuple[type, type, type]:
    """ruamel.yaml's three node classes with a plain constructor, for the fast composer.

    libyaml's composer (``_ruamel_yaml``, compiled) makes every node by calling the class
    its module has under the names ``ScalarNode``, ``SequenceNode`` and ``MappingNode``.
    ruamel.yaml's constructors pass their fields on through keyword arguments and an
    ``isinstance`` test; these subclasses set the same fields directly (a fifth of the
    composer's time). Same fields, same values, and instances of ruamel.yaml's classes.
    The three constructors are written out alike on purpose: a shared helper would be
    one more call for every node of every file.
    """
    global _node_classes_made
    if _node_classes_made is not None:
        return _node_classes_made
    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode
    from ruamel.yaml.tag import Tag

    class Scalar(ScalarNode):
        __slots__ = ()

        def __init__(self, tag: Any, value: Any, start: Any, end: Any, style: Any) -> None:
            self.ctag = tag if isinstance(tag, Tag) else Tag(suffix=tag)
            self.value = value
            self.start_mark = start
            self.end_mark = end
            self.comment = None
            self.anchor = None
            self.style = style

    class Sequence(SequenceNode):
        __slots__ = ()

        def __init__(self, tag: Any, value: Any, start: Any, end: Any, flow: Any) -> None:
            self.ctag = tag if isinstance(tag, Tag) else Tag(suffix=tag)
            self.value = value
            self.start_mark = start
            self.end_mark = end
            self.comment = None
            self.anchor = None
            self.flow_style = flow

    class Mapping(MappingNode):
        __slots__ = ()

        def __init__(self, tag: Any, value: Any, start: Any, end: Any, flow: Any) -> None:
            self.ctag = tag if isinstance(tag, Tag) else Tag(suffix=tag)
            self.value = value
            self.start_mark = start
            self.end_mark = end
            self.comment = None
            self.anchor = None
            self.flow_style = flow
            self.merge = None

    _node_classes_made = (Scalar, Sequence, Mapping)
    return _node_classes_made


_NODE_NAMES = ("ScalarNode", "SequenceNode", "MappingNode")


def compose_fast(text: str) -> Any:
    """libyaml's node graph; raises whatever libyaml raises."""
    loader_class = _loader_class()
    if loader_class is None:
        raise RuntimeError("ruamel.yaml.clib is not installed")
    import _ruamel_yaml  # type: ignore[import-not-found]  # (imported by the loader class: ruamel.yaml.clib's module)

    # The compiled composer's node classes are its module's globals: ours for this call
    # only, so that any other user of ruamel.yaml's C parser meets its own classes.
    names = vars(_ruamel_yaml)
    before = [names[name] for name in _NODE_NAMES]
    names.update(zip(_NODE_NAMES, _node_classes(), strict=True))
    loader = loader_class(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()
        names.update(zip(_NODE_NAMES, before, strict=True))


def compose(text: str, max_depth: int | None = None) -> Any:
    """The node graph of ``text`` (``None`` for an empty stream); raises on bad YAML.

    ``max_depth``: the nesting depth ``text`` is known not to exceed, if checked.
    """
    choice = backend()
    if choice == "pure" or _loader_class() is None:
        return compose_pure(text)
    if needs_pure(text, max_depth):
        return compose_pure(text)
    try:
        return compose_fast(text)
    except (RecursionError, MemoryError):
        raise
    except Exception:
        if len(text) > PURE_MAX_BYTES:
            raise
        # Errors are described by the reference composer, so that a syntax finding
        # reads the same whichever path found it (in all but very large files).
        return compose_pure(text)
