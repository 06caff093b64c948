"""The schema as jsonschema-rs compiles it: each long pattern compiled when first needed.

Compiling the program schema took jsonschema-rs about 7 ms in each process, 6 of them on
its regular expressions, and the six long ones (a duration, a hold, reps, a load, a
distance, a tempo: 300 to 1,900 characters each) were most of that. Most values are
short and common (``8-12``, ``80 kg``, ``90 s``), so :func:`fast_form` gives
jsonschema-rs a copy of the schema in which each long ``pattern`` becomes::

    {"anyOf": [{"pattern": QUICK}, {"format": "trainlint-pattern-N"}]}

``QUICK`` (:data:`QUICK`) is a short pattern that accepts only common values that the
long pattern accepts too; the format is a check in Python (:class:`DeferredPattern`)
that compiles the long pattern with jsonschema-rs the first time a value is not one of
those, and remembers its answer per value. A value is thus valid exactly when the long
pattern matches it: ``tests/test_fast_schema.py`` samples every quick pattern against
its long one, and ``tests/test_validators.py`` holds the verdicts to jsonschema's.

A long pattern without a quick one (a plugin's section) is only deferred. The schema
that editors and jsonschema read is unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

#: Patterns up to this length are left for jsonschema-rs to compile with the schema
#: (0.02-0.12 ms each).
LONG = 200
#: The most values a deferred pattern remembers its answer for; it starts over when full.
MAX_REMEMBERED = 4096
#: Where the packaged program schema has a long pattern (a JSON pointer), the quick
#: pattern for its common values: ASCII, anchored, and accepting nothing the long one
#: rejects.
QUICK = {
    "/$defs/duration/pattern": r"^[0-9]{1,3}(-[0-9]{1,3})? ?(s|sec|min)$",
    "/$defs/hold/pattern": r"^[0-9]{1,3}(-[0-9]{1,3})? ?(s|sec|min)$",
    "/$defs/reps/anyOf/1/pattern": r"^[0-9]{1,3}(-[0-9]{1,3})?$",
    "/$defs/load/pattern": (
        r"^([0-9]{1,3}(\.[0-9]{1,2})? ?(kg|lb|lbs)|[0-9]{1,3}% 1RM|RPE [0-9]{1,2}|bodyweight|band)$"
    ),
    "/$defs/exercise-entry/properties/distance/pattern": r"^[0-9]{1,5} ?(m|km|mi)$",
    "/$defs/exercise-entry/properties/tempo/pattern": r"^[0-9X](-?[0-9X]){3}$",
}
_PREFIX = "trainlint-pattern-"


class DeferredPattern:
    """A jsonschema-rs format check: whether a string matches ``pattern``, compiled with
    jsonschema-rs on the first call (so it matches as the ``pattern`` keyword would)."""

    __slots__ = ("_answers", "_check", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._check: Any = None
        self._answers: dict[str, bool] = {}

    def __call__(self, value: str) -> bool:
        answer = self._answers.get(value)
        if answer is None:
            if self._check is None:
                from checker.fast_import import jsonschema_rs

                self._check = jsonschema_rs().Draft202012Validator({"pattern": self.pattern})
            if len(self._answers) >= MAX_REMEMBERED:
                self._answers.clear()
            answer = self._answers[value] = bool(self._check.is_valid(value))
        return answer


#: One check per pattern text in this process, shared by every schema built from it
#: (the whole schema, the site checker's parts): each long pattern is compiled once.
_DEFERRED: dict[str, str] = {}
FORMATS: dict[str, Callable[[str], bool]] = {}


def _format_name(pattern: str) -> str:
    name = _DEFERRED.get(pattern)
    if name is None:
        name = _DEFERRED[pattern] = f"{_PREFIX}{len(_DEFERRED)}"
        FORMATS[name] = DeferredPattern(pattern)
    return name


_quick_by_pattern: dict[str, str] | None = None


def _quick() -> dict[str, str]:
    """:data:`QUICK` by the long pattern's text in the packaged schema (a plugin's pattern
    of the same text gets the same quick pattern; another text gets none)."""
    global _quick_by_pattern
    if _quick_by_pattern is None:
        from checker.schema_files import packaged

        program = packaged("program.schema.json")
        found: dict[str, str] = {}
        for pointer, quick in QUICK.items():
            node: Any = program
            for part in pointer.split("/")[1:]:
                node = node[int(part)] if isinstance(node, list) else node.get(part)
                if node is None:
                    break
            if isinstance(node, str):
                found[node] = quick
        _quick_by_pattern = found
    return _quick_by_pattern


def fast_form(schema: Any) -> Any:
    """A copy of ``schema`` with each long ``pattern`` deferred (see the module
    documentation); parts without one are shared with ``schema``, not copied."""
    if isinstance(schema, Mapping):
        changed: dict[str, Any] | None = None
        for key, value in schema.items():
            if key == "pattern" and isinstance(value, str) and len(value) > LONG:
                changed = dict(schema) if changed is None else changed
                del changed["pattern"]
                deferred: dict[str, Any] = {"format": _format_name(value)}
                quick = _quick().get(value)
                check = {"anyOf": [{"pattern": quick}, deferred]} if quick else deferred
                changed["allOf"] = [*changed.get("allOf", ()), check]
                continue
            if key in ("const", "enum", "examples", "default"):
                continue  # values, not schemas
            new = fast_form(value)
            if new is not value:
                changed = dict(schema) if changed is None else changed
                changed[key] = new
        return schema if changed is None else changed
    if isinstance(schema, list):
        items = [fast_form(item) for item in schema]
        return schema if all(a is b for a, b in zip(items, schema, strict=True)) else items
    return schema


def compile_fast(schema: Mapping[str, Any]) -> Any:
    """A jsonschema-rs validator of ``schema`` (its :func:`fast_form`): same verdicts,
    long patterns compiled on first need. Raises what jsonschema-rs raises for a schema
    it refuses, and ImportError without jsonschema-rs."""
    from checker.fast_import import jsonschema_rs

    return jsonschema_rs().Draft202012Validator(
        fast_form(schema), formats=FORMATS, validate_formats=True
    )
