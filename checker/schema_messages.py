"""Translate JSON Schema validation errors into findings a coach understands.

jsonschema reports errors in the schema's vocabulary (``'three' is not of type
'integer'``). This module turns each error into one or more findings worded for
the person who wrote the program, placed at the exact key or value concerned:

* ``unknown key 'rep' (did you mean 'reps'?)`` at the key;
* ``sets must be a whole number, got 'three'`` at the value;
* ``missing required key 'workouts'`` at the mapping that lacks it;
* ``oneOf``/``anyOf`` failures name the closest alternative instead of every branch.

Schema authors can give a def an ``errorMessage`` (a phrase completing
"<field> ...", also shown by VS Code) used for pattern and alternative errors.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from checker.bound_hints import past_the_bound
from checker.findings import SCHEMA, Finding, Severity
from checker.key_synonyms import cut_at_a_comma, suggest, synonym_hint
from checker.loader import Document, Path

_TYPE_WORDS: dict[str, str] = {
    "integer": "a whole number",
    "number": "a number",
    "string": "text",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping of keys and values",
    "null": "empty",
}

_ITEM_NAMES = {
    "workouts": "workout",
    "exercises": "exercise entry",
    "custom-exercises": "custom exercise",
    "activities": "activity",
    "aliases": "alias",
    "primary": "muscle",
    "secondary": "muscle",
    "tags": "tag",
}

#: Top-level sections that a known plugin adds, for a helpful hint when it is absent.
PLUGIN_SECTIONS: dict[str, str] = {"nutrition": "trainlint-fat-loss"}
#: How to install those plugins (they ship in trainlint's repository, not on PyPI).
PLUGIN_INSTALLS: dict[str, str] = {
    "trainlint-fat-loss": "pip install ./plugins/trainlint-fat-loss' from trainlint's clone"
}


def describe_value(value: object) -> str:
    """A short rendering of a value for a message (``'three'``, ``3``, ``a list``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:39] + "…"
        return repr(shown) if shown else "empty text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return repr(value)


def field_name(path: Path) -> str:
    """How to name the value at ``path`` in a message."""
    if not path:
        return "the program"
    last = path[-1]
    if isinstance(last, str):
        return last
    parent = path[-2] if len(path) > 1 else None
    noun = _ITEM_NAMES.get(parent, f"{parent} item") if isinstance(parent, str) else "item"
    return f"{noun} {last + 1}"


#: What a message is about: the value's path, whether its key is meant, the message.
Place = tuple[Path, bool, str]


def translate(
    errors: Iterable[Any],
    document: Document,
    root: Mapping[str, Any],
    places: Iterable[Place] = (),
) -> list[Finding]:
    """Findings for jsonschema errors, then ``places``, deduplicated and in file order."""
    seen: set[tuple[int, int, str]] = set()
    findings: list[Finding] = []
    explained = (place for error in errors for place in _explained(error, root))
    for path, at_key, message in itertools.chain(explained, places):
        span = document.key_span(path) if at_key else document.value_span(path)
        key = (span.line, span.column, message)
        if key not in seen:
            seen.add(key)
            findings.append(Finding.at(document.path, span, SCHEMA, Severity.ERROR, message))
    findings.sort(key=lambda f: (f.line, f.column, f.message))
    return findings


def _explained(error: Any, root: Mapping[str, Any]) -> list[Place]:
    """The places for one error (on a remembered one's ``origin``: :func:`_reused`)."""
    prefix: Path = tuple(error.absolute_path)
    origin = getattr(error, "origin", None)
    if origin is None:
        return list(_explain(error, prefix, root))
    return _reused(error, prefix, root, origin.explained, None)


def explain_at(
    errors: Iterable[Any], prefix: Path, root: Mapping[str, Any], memo: dict[Any, Any]
) -> list[Place]:
    """The places for the errors of the value at ``prefix`` (:mod:`checker.schema_sites`)."""
    return [
        place
        for index, error in enumerate(errors)
        for place in _reused(error, (*prefix, *error.path), root, memo, index)
    ]


def _reused(
    error: Any, prefix: Path, root: Mapping[str, Any], memo: dict[Any, Any], index: Any
) -> list[Place]:
    """The places for ``error`` about the value at ``prefix``, kept in ``memo`` relative to
    it: reused where the path's last two steps (what :func:`field_name` reads) agree, or
    anywhere when no message names the value itself ("exercise entry 3")."""
    last = prefix[-1] if prefix else None
    tail = ("key", last) if isinstance(last, str) else ("item" if prefix else "top",)
    name = field_name(prefix)
    relative = memo.get((index, None, tail))
    if relative is None:
        relative = memo.get((index, name, tail))
    if relative is None:
        size = len(prefix)
        places = list(_explain(error, prefix, root))
        relative = [(path[size:], at_key, message) for path, at_key, message in places]
        named = any(name in message for _, _, message in places)
        memo[(index, name if named else None, tail)] = relative
    return [(prefix + path, at_key, message) for path, at_key, message in relative]


def _explain(error: Any, path: Path, root: Mapping[str, Any]) -> Iterator[Place]:
    """The places and messages for ``error``, an error about the value at ``path``."""
    name = field_name(path)
    instance = error.instance
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    kind = error.validator
    custom = schema.get("errorMessage") or schema.get("patternErrorMessage")

    if kind in ("additionalProperties", "unevaluatedProperties") and isinstance(instance, dict):
        yield from _unknown_keys(path, instance, schema)
    elif kind == "required" and isinstance(instance, dict):
        slips = _slipped_keys(instance, schema)
        for key in error.validator_value:
            # a misspelt key ('Workout:') is one slip: its did-you-mean says it all
            if key not in instance and key not in slips:
                yield path, False, f"missing required key '{key}'"
    elif kind in ("oneOf", "anyOf"):
        yield from _alternatives(error, path, name, instance, custom, root)
    else:
        yield path, False, _value_message(error, name, instance, custom)


def _value_message(error: Any, name: str, instance: Any, custom: Any) -> str:
    """The message for an error about a value itself (its type, form, size or bounds)."""
    kind = error.validator
    got = describe_value(instance)
    if kind == "type":
        expected = error.validator_value
        words = (
            " or ".join(_TYPE_WORDS.get(str(t), str(t)) for t in expected)
            if isinstance(expected, list)
            else _TYPE_WORDS.get(str(expected), str(expected))
        )
        text = f"must be {words}" if not custom else str(custom)
        return f"{name} {text}, got {got}"
    if kind in ("enum", "const"):
        return _choice_message(error, name, instance)
    if kind == "pattern":
        text = str(custom) if custom else "has an unexpected format"
        return f"{name} {text}, got {got}"
    bound = error.validator_value
    relation = {
        "minimum": f"at least {bound}",
        "exclusiveMinimum": f"more than {bound}",
        "maximum": f"at most {bound}",
        "exclusiveMaximum": f"less than {bound}",
    }.get(kind)
    if relation is not None:
        return f"{name} must be {relation}, got {got}"
    if kind == "minLength" or (kind == "minItems" and not instance):
        return f"{name} must not be empty"
    if kind == "maxLength":
        return f"{name} is too long ({len(instance)} characters, at most {bound})"
    if kind == "minItems":
        return f"{name} needs at least {bound} items, got {len(instance)}"
    if kind == "maxItems":
        return f"{name} has {len(instance)} items, at most {bound} are allowed"
    if kind == "uniqueItems":
        return f"{name} lists the same item more than once"
    return f"{name}: {error.message}"


def _choice_message(error: Any, name: str, instance: Any) -> str:
    """An ``enum`` or ``const`` error: the allowed values, and the closest one."""
    kind = error.validator
    allowed = error.validator_value if kind == "enum" else [error.validator_value]
    shown = ", ".join(str(a) for a in allowed)
    message = f"{name} must be one of: {shown}; got {describe_value(instance)}"
    if kind == "const":
        message = f"{name} must be {shown}, got {describe_value(instance)}"
    if isinstance(instance, str):
        close = suggest(instance, [str(a) for a in allowed])
        if close:
            message += f" (did you mean '{close}'?)"
    return message


def _slipped_keys(instance: Mapping[str, Any], schema: Mapping[str, Any]) -> set[str]:
    """The known keys that an unknown key of ``instance`` is a near miss of (what its
    did-you-mean names)."""
    known = list(schema.get("properties", {}))
    patterns = [re.compile(p) for p in schema.get("patternProperties", {})]
    slips: set[str] = set()
    for key in instance:
        if key in known or any(p.search(key) for p in patterns):
            continue
        meant = synonym_hint(key, instance[key], known)
        close = meant[0] if meant else suggest(key, known)
        if close is not None:
            slips.add(close)
    return slips


def _unknown_keys(
    path: Path, instance: dict[str, Any], schema: Mapping[str, Any]
) -> Iterator[Place]:
    known = list(schema.get("properties", {}))
    patterns = [re.compile(p) for p in schema.get("patternProperties", {})]
    for key in instance:
        if key in known or any(p.search(key) for p in patterns):
            continue
        message = f"unknown key '{key}'"
        close = suggest(key, known)
        meant = synonym_hint(key, instance[key], known)
        if meant:
            message += f" (did you mean '{meant[0]}'? write '{meant[1]}')"
        elif close:
            message += f" (did you mean '{close}'?)"
        elif not path and key in PLUGIN_SECTIONS:
            message += (
                f": the '{key}' section comes from the {PLUGIN_SECTIONS[key]} plugin; "
                f"install it with '{PLUGIN_INSTALLS[PLUGIN_SECTIONS[key]]}"
            )
        elif (cut := cut_at_a_comma(instance, key)) is not None:
            before = instance[cut] if len(instance[cut]) <= 60 else instance[cut][:57] + "..."
            message += (
                f": a comma inside {{ }} ends a value; if '{key}' belongs to "
                f"'{cut}' before it, quote the whole value: {cut}: \"{before}, {key}\""
            )
        elif known:
            message += f" (expected one of: {', '.join(sorted(known))})"
        yield (*path, key), True, message


def _alternatives(
    error: Any,
    path: Path,
    name: str,
    instance: Any,
    custom: Any,
    root: Mapping[str, Any],
) -> Iterator[Place]:
    branches_schema = error.validator_value if isinstance(error.validator_value, list) else []
    by_branch: dict[int, list[Any]] = {}
    for sub in error.context or ():
        index = sub.relative_schema_path[0] if sub.relative_schema_path else 0
        by_branch.setdefault(int(index), []).append(sub)

    if not error.context:  # oneOf matched more than one alternative
        yield path, False, f"{name} matches more than one allowed form; be explicit"
        return

    discriminators = _discriminators(branches_schema, root)
    if isinstance(instance, dict) and discriminators:
        place = _discriminator_place(path, name, instance, discriminators)
        if place is not None:
            yield place
            return

    candidates = {
        index: subs
        for index, subs in by_branch.items()
        if not any(_rejects_shape(sub) for sub in subs)
    }
    if not candidates or not isinstance(instance, dict | list):
        if custom:
            hint = past_the_bound(path, instance)
            yield path, False, f"{name} {custom}, got {describe_value(instance)}{hint}"
            return
        if not candidates:
            types = _branch_types(by_branch)
            if types:
                yield (
                    path,
                    False,
                    f"{name} must be {' or '.join(types)}, got {describe_value(instance)}",
                )
                return
        candidates = candidates or by_branch
    best = min(candidates.items(), key=lambda item: (_leaf_count(item[1]), item[0]))[1]
    for sub in best:
        yield from _explain(sub, (*path, *sub.relative_path), root)


def _discriminator_place(
    path: Path, name: str, instance: Mapping[str, Any], discriminators: list[str]
) -> Place | None:
    """What is wrong with the keys that choose an alternative (``exercise``,
    ``circuit``, ...), when one of them is: several at once, or none (a misspelt one)."""
    present = [key for key in discriminators if key in instance]
    if len(present) > 1:
        listing = " or ".join(f"'{key}'" for key in discriminators)
        return (
            (*path, present[1]),
            True,
            f"{name} mixes {', '.join(repr(k) for k in present)}: an entry is either "
            f"{listing}, not several; split it into separate entries",
        )
    if present:
        return None
    slips = [(key, suggest(key, discriminators)) for key in instance]
    slip = next(((key, close) for key, close in slips if close), None)
    if slip is not None:  # 'excercise: plank': name the key it was meant to be
        return (*path, slip[0]), True, f"unknown key '{slip[0]}' (did you mean '{slip[1]}'?)"
    listing = ", ".join(f"'{key}'" for key in discriminators)
    return path, False, f"{name} needs one of the keys {listing}"


def _branch_types(by_branch: Mapping[int, list[Any]]) -> list[str]:
    """The types the alternatives accept, in words, when each rejects the value's type."""
    types: list[str] = []
    for subs in by_branch.values():
        for sub in subs:
            if sub.validator == "type" and not sub.relative_path:
                expected = sub.validator_value
                for t in expected if isinstance(expected, list) else [expected]:
                    word = _TYPE_WORDS.get(str(t), str(t))
                    if word not in types:
                        types.append(word)
    return types


def _resolve(schema: Any, root: Mapping[str, Any]) -> Any:
    """Follow local ``$ref`` pointers (``#/$defs/name``) to the schema they name."""
    for _ in range(10):
        if not isinstance(schema, Mapping) or "$ref" not in schema:
            return schema
        ref = str(schema["$ref"])
        if not ref.startswith("#/"):
            return schema
        target: Any = root
        for part in ref[2:].split("/"):
            target = target.get(part) if isinstance(target, Mapping) else None
        if target is None:
            return schema
        schema = target
    return schema


def _discriminators(branches: list[Any], root: Mapping[str, Any]) -> list[str]:
    """The one required key of each alternative, when every alternative has one."""
    keys: list[str] = []
    for branch in branches:
        resolved = _resolve(branch, root)
        required = resolved.get("required") if isinstance(resolved, Mapping) else None
        if not isinstance(required, list) or len(required) != 1:
            return []
        keys.append(str(required[0]))
    return keys


def _rejects_shape(sub: Any) -> bool:
    """True when an alternative fails because the value has the wrong shape entirely."""
    # (sub is about the same value when its path relative to the alternative is empty)
    return not sub.relative_path and sub.validator in ("type", "required", "const", "enum")


def _leaf_count(errors: list[Any]) -> int:
    return sum(_leaf_count(list(e.context)) if e.context else 1 for e in errors)
