"""Schema findings of an invalid program, entry by entry, without walking it in jsonschema.

jsonschema's errors for a program are those of the program's own mappings and lists
(the *containers*: the program, its workouts) and those of the values a definition is
applied to at fixed places (every exercise entry is checked against ``block``, only
there). This module finds those places from the schema (:func:`sites`): a place is
reached from the top through ``properties``, ``items`` and ``$ref`` alone, so which
values the definition applies to follows from the document's keys and list positions.
Then an invalid program is checked in two parts (:class:`SiteChecker`):

* the containers, by jsonschema against a copy of the schema where those places accept
  anything (and only when jsonschema-rs says that copy rejects the program);
* each value at those places that jsonschema-rs finds invalid, by jsonschema on that
  value alone, remembered by the value's *shape*: its keys in order and, of each value
  under them, only the ones some alternative of the definition rejects. Values of the
  same shape get the same errors in jsonschema's structure (a mapping's ``type``,
  ``additionalProperties`` and ``required`` read its keys; ``properties`` checks each
  value on its own; ``oneOf``/``anyOf`` combine those verdicts), so their findings are
  the same, only placed elsewhere: ``sets: 3`` and ``sets: 4`` beside a misspelt key
  are one shape, checked once in a run.

A definition is checked by shape when it is a mapping of known keys (``type: object``,
``required``, ``properties``, ``additionalProperties: false``) or a ``oneOf``/``anyOf``
of references to such mappings. Anything else stays with the containers' jsonschema
run. ``tests/test_schema_sites.py`` holds the findings to a plain jsonschema run.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Mapping
from typing import Any

#: Keywords that only describe (no check).
ANNOTATIONS = frozenset(
    {"description", "title", "examples", "markdownDescription", "errorMessage"}
    | {"patternErrorMessage", "default", "$comment", "deprecated", "readOnly", "writeOnly"}
)
#: Keywords that apply a schema to a value other than through ``properties``/``items``
#: (a place under them depends on more than keys and positions).
APPLICATORS = frozenset(
    {"allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas"}
    | {"prefixItems", "contains", "propertyNames", "patternProperties", "dependencies"}
    | {"unevaluatedItems", "unevaluatedProperties", "$dynamicRef", "$recursiveRef"}
    | {"additionalItems", "$dynamicAnchor", "$anchor", "$recursiveAnchor"}
)
#: A list position in a site's path.
INDEX = None
#: How many shapes one checker remembers (it starts over when it holds more).
MAX_SHAPES = 2_000


class Site:
    """A place (a path of keys and list positions) where a definition applies."""

    __slots__ = ("field", "node", "owner", "pattern", "reference")

    def __init__(
        self, pattern: tuple[Any, ...], node: Mapping[str, Any], owner: Any, field: Any
    ) -> None:
        self.pattern = pattern
        self.node = node  # the ``{"$ref": ...}`` schema
        self.reference = str(node["$ref"])
        self.owner = owner  # the schema holding ``node`` as ``owner[field]``
        self.field = field


def _definition(schema: Mapping[str, Any], node: Any) -> tuple[str, Any] | None:
    """The ``#/$defs/NAME`` a pure reference ``node`` names, and its schema."""
    if not isinstance(node, Mapping) or "$ref" not in node:
        return None
    if set(node) - ANNOTATIONS - {"$ref"}:
        return None
    defs = schema.get("$defs")
    name = _local_name(str(node["$ref"]), defs)
    if name is None or not isinstance(defs, Mapping):
        return None
    return name, defs[name]


def _local_name(reference: str, defs: object) -> str | None:
    """The NAME of a ``#/$defs/NAME`` reference to a definition in ``defs`` (None for
    any other pointer: escaped, nested, or to something that is not there)."""
    if not reference.startswith("#/$defs/") or not isinstance(defs, Mapping):
        return None
    name = reference[len("#/$defs/") :]
    if "/" in name or "~" in name or name not in defs:
        return None
    return name


def _mapping_of_keys(node: Any) -> bool:
    if not isinstance(node, Mapping) or node.get("type", "object") != "object":
        return False
    if node.get("additionalProperties", False) is not False:
        return False
    allowed = ANNOTATIONS | {"type", "required", "properties", "additionalProperties"}
    return not set(node) - allowed and isinstance(node.get("properties", {}), Mapping)


def alternatives(schema: Mapping[str, Any], definition: Any) -> list[Mapping[str, Any]] | None:
    """The mappings a definition checked by shape accepts (one, or its alternatives)."""
    if _mapping_of_keys(definition):
        return [definition]
    if not isinstance(definition, Mapping):
        return None
    keyword = "oneOf" if "oneOf" in definition else "anyOf"
    if set(definition) - ANNOTATIONS != {keyword} or not isinstance(definition[keyword], list):
        return None
    found = []
    for branch in definition[keyword]:
        target = _definition(schema, branch)
        if target is None or not _mapping_of_keys(target[1]):
            return None
        found.append(target[1])
    return found or None


def sites(schema: dict[str, Any]) -> list[Site] | None:
    """The sites of ``schema`` (a copy may be changed through them), or None when the
    schema has what this module does not follow (an ``$id`` below the top, a recursion,
    a container definition also used elsewhere)."""
    found: list[Site] = []
    routed: dict[str, int] = {}
    containers: set[str] = set()

    def route(
        node: Any, pattern: tuple[Any, ...], owner: Any, field: Any, seen: frozenset[str]
    ) -> bool:
        if not isinstance(node, Mapping) or set(node) & APPLICATORS:
            return False
        target = _definition(schema, node)
        if target is not None:
            name, definition = target
            if name in seen:
                raise RecursionError(name)
            before = len(found)
            if route(definition, pattern, None, None, seen | {name}):
                containers.add(name)
                routed[name] = routed.get(name, 0) + 1
                return True
            del found[before:]
            if alternatives(schema, definition) is None:
                return False
            found.append(Site(pattern, node, owner, field))
            return True
        if "$ref" in node:
            return False
        any_site = False
        for key, sub in (node.get("properties") or {}).items():
            any_site |= route(sub, (*pattern, key), node["properties"], key, seen)
        items = node.get("items")
        if isinstance(items, Mapping):
            any_site |= route(items, (*pattern, INDEX), node, "items", seen)
        return any_site

    try:
        route(schema, (), None, None, frozenset())
    except RecursionError:
        return None
    counts = _reference_counts(schema)
    if counts is None or any(counts.get(name, 0) != routed[name] for name in containers):
        return None
    return found


def _reference_counts(schema: Any) -> dict[str, int] | None:
    """How often each ``#/$defs/NAME`` is referenced; None when a schema below the top
    has its own ``$id`` (its references would resolve elsewhere)."""
    counts: dict[str, int] = {}
    stack: list[tuple[Any, bool]] = [(schema, True)]
    while stack:
        node, top = stack.pop()
        if isinstance(node, Mapping):
            if not top and "$id" in node:
                return None
            reference = node.get("$ref")
            if isinstance(reference, str) and reference.startswith("#/$defs/"):
                counts[reference[8:]] = counts.get(reference[8:], 0) + 1
            stack.extend((value, False) for value in node.values())
        elif isinstance(node, list):
            stack.extend((value, False) for value in node)
    return counts


def values_at(data: Any, pattern: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """The paths and values in ``data`` that ``pattern`` reaches, in document order."""
    if not pattern:
        yield (), data
        return
    step, rest = pattern[0], pattern[1:]
    if step is INDEX:
        if isinstance(data, list):
            for index, item in enumerate(data):
                for path, value in values_at(item, rest):
                    yield (index, *path), value
    elif isinstance(data, dict) and step in data:
        for path, value in values_at(data[step], rest):
            yield (step, *path), value


def stubbed(schema: Mapping[str, Any]) -> tuple[dict[str, Any], list[Site]] | None:
    """A copy of ``schema`` whose sites accept anything, and the sites (as found in the
    original schema); None when the schema has no sites to check by shape."""
    original = sites(dict(schema))
    if not original:
        return None
    copied = copy.deepcopy(dict(schema))
    in_copy = sites(copied)
    assert in_copy is not None and len(in_copy) == len(original)
    for site in in_copy:
        site.owner[site.field] = True
    return copied, original


def shape(value: Any, checks: Mapping[str, Any]) -> str | None:
    """The shape of ``value`` as text (see the module documentation); None when it has
    no JSON form. ``checks`` holds, per key, the jsonschema-rs validator of what every
    alternative knowing the key accepts under it."""
    try:
        if not isinstance(value, dict):
            return json.dumps(["value", value], ensure_ascii=False, check_circular=False)
        parts: list[Any] = []
        for key, item in value.items():
            check = checks.get(key)
            if check is None or _accepts(check, item):
                parts.append(key)
            else:
                parts.append([key, item])
        return json.dumps(parts, ensure_ascii=False, check_circular=False)
    except (TypeError, ValueError, RecursionError):
        return None


def _accepts(check: Any, value: Any) -> bool:
    try:
        return bool(check.is_valid(value))
    except Exception:  # a value jsonschema-rs cannot take: kept whole in the shape
        return False


class SiteChecker:
    """Checks invalid programs in two parts (see the module documentation) for one
    schema; built by :class:`checker.schema.SchemaValidator` when jsonschema-rs is
    installed and the schema has sites."""

    def __init__(self, schema: Mapping[str, Any], found: tuple[dict[str, Any], list[Site]]) -> None:
        from checker.fast_schema import compile_fast
        from checker.schema_memo import fast_checks, memoizing_validator

        self.schema = schema
        self.containers, self.sites = found
        self._containers_fast = compile_fast(self.containers)
        self._containers_reference = memoizing_validator(self.containers, fast=True)
        fast = fast_checks(schema)
        assert fast is not None
        self._fast = {site.reference: fast(site.reference) for site in self.sites}
        shared = {key: schema[key] for key in ("$schema", "$defs") if key in schema}
        self._definitions: dict[str, Any] = {}
        self._checks: dict[str, Mapping[str, Any]] = {}
        for site in self.sites:
            target = _definition(schema, site.node)
            assert target is not None
            self._definitions[site.reference] = target[1]
            self._checks[site.reference] = _key_checks(shared, target[1], schema)
        self._shapes: dict[tuple[str, str], tuple[list[Any], dict[Any, Any]]] = {}

    def check(
        self, data: Any, reference: Any
    ) -> tuple[list[Any], list[tuple[Any, ...]], set[tuple[Any, ...]]]:
        """The containers' jsonschema errors, and the places (as
        :func:`checker.schema_messages.explain_at` gives them) and error paths of the
        values at the sites. ``reference`` is the full schema's jsonschema validator."""
        from checker.schema_messages import explain_at

        errors: list[Any] = []
        if not self._containers_fast.is_valid(data):
            errors = list(self._containers_reference.iter_errors(data))
        places: list[Any] = []
        paths: set[tuple[Any, ...]] = set()
        for site in self.sites:
            fast = self._fast[site.reference]
            for path, value in values_at(data, site.pattern):
                if fast is not None and _accepts(fast, value):
                    continue
                found, memo = self._errors(site.reference, value, reference)
                places.extend(explain_at(found, path, self.schema, memo))
                paths.update((*path, *error.path) for error in found)
        return errors, places, paths

    def _errors(self, name: str, value: Any, reference: Any) -> tuple[list[Any], dict[Any, Any]]:
        text = shape(value, self._checks[name])
        known = self._shapes.get((name, text)) if text is not None else None
        if known is None:
            known = (list(reference.descend(value, self._definitions[name])), {})
            if text is not None:
                if len(self._shapes) >= MAX_SHAPES:
                    self._shapes.clear()
                self._shapes[name, text] = known
        return known


def _key_checks(
    shared: Mapping[str, Any], definition: Any, schema: Mapping[str, Any]
) -> Mapping[str, Any]:
    """Per key of the definition's alternatives, a jsonschema-rs validator of what every
    alternative that knows the key accepts under it (each made when first asked for)."""
    branches = alternatives(schema, definition) or []
    keys = dict.fromkeys(key for branch in branches for key in branch.get("properties", {}))
    return _KeyChecks(
        {
            key: [b["properties"][key] for b in branches if key in b.get("properties", {})]
            for key in keys
        },
        shared,
    )


class _KeyChecks(Mapping[str, Any]):
    """:func:`_key_checks`'s validators, each compiled on first use with only the
    definitions its schemas refer to (compiling every key's validator with all the
    definitions, in each worker process, took a tenth of a second)."""

    def __init__(self, subs: dict[str, list[Any]], shared: Mapping[str, Any]) -> None:
        self._subs = subs
        self._shared = shared
        self._made: dict[str, Any] = {}

    def __getitem__(self, key: str) -> Any:
        check = self._made.get(key)
        if check is None:
            from checker.fast_schema import compile_fast

            subs = self._subs[key]
            check = self._made[key] = compile_fast(
                {**_referenced(self._shared, subs), "allOf": subs}
            )
        return check

    def __iter__(self) -> Iterator[str]:
        return iter(self._subs)

    def __len__(self) -> int:
        return len(self._subs)


def _referenced(shared: Mapping[str, Any], subs: list[Any]) -> dict[str, Any]:
    """``shared`` (the schema's ``$schema`` and ``$defs``) with only the definitions
    ``subs`` refer to, directly or through other definitions."""
    definitions = shared.get("$defs")
    if not isinstance(definitions, Mapping):
        return dict(shared)
    wanted: dict[str, Any] = {}
    pending: list[Any] = list(subs)
    while pending:
        node = pending.pop()
        if isinstance(node, Mapping):
            ref = node.get("$ref")
            if isinstance(ref, str):
                name = _local_name(ref, definitions)
                if name is None:
                    return dict(shared)  # a pointer this walk does not follow: keep all
                if name not in wanted:
                    wanted[name] = definitions[name]
                    pending.append(definitions[name])
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return {**shared, "$defs": wanted}
