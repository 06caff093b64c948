"""The reference validator (jsonschema), remembering what it found on repeated values.

Schema-invalid programs are slow for jsonschema: each exercise entry is checked against
every alternative of a ``oneOf``, each through ``$ref`` look-ups, and each failing
alternative builds its errors. Programs repeat themselves (the same exercise, sets and
reps in every workout, the same entries from file to file), and the errors a ``$ref``
yields for a value depend only on the reference, the schema it sits in and the value,
not on where the value is. So this validator remembers, per ``$ref`` and value (by
content, types and key order), the errors it gave, and yields copies of them the next
time (:class:`Remembered`). The ``$ref`` of each alternative of a ``oneOf``/``anyOf``
is not remembered on its own: the ``$ref`` above the alternatives already is.

A copy has the message, keyword, values and schema path of the error, and its own path
deques, which the enclosing keywords extend as usual. The errors of the alternatives
(``context``) are shared between copies, so their ``parent`` links lead to the first
copy: :mod:`checker.schema_messages` walks them from the top, with relative paths.
Every finding is what a plain ``Draft202012Validator`` gives (``tests/test_schema_memo.py``
compares the errors and the findings).

With ``fast`` (jsonschema-rs installed), a ``#/$defs/NAME`` value that jsonschema-rs
finds valid against NAME gets no errors without jsonschema descending into it. A value
whose errors include remembered ones (a workout, around its entries) is not remembered
itself, nor is any later value of that reference: it would rarely come back, and its
text would crowd out the entries'.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Mapping
from typing import Any

from jsonschema.exceptions import _unset

#: The keywords whose errors are remembered: where jsonschema spends its time.
MEMOIZED = ("$ref",)
#: How much value text (characters) the memo of one validator keeps; it starts over when
#: it holds more. The remembered errors weigh far more than their keys (jsonschema's
#: errors are exceptions with two deques each): 300,000 characters of keys hold about
#: 35 MB of errors (1,000 all-invalid programs: 88 MB peak against 55 MB without the
#: memo, 16,000,000 characters: 186 MB for 23% less time).
MAX_CHARACTERS = 300_000

Keyword = Callable[[Any, Any, Any, Mapping[str, Any]], Any]


class Remembered:
    """A copy of one error a keyword yielded: the attributes the enclosing keywords set
    and extend (fresh path deques) and those :mod:`checker.schema_messages` reads; the
    ``context`` (the errors of the alternatives) is shared, since nothing changes it
    and the messages walk it from the top, never through ``parent`` links.

    The copy that the memo keeps (``origin`` None) also keeps the findings worded from
    it (``explained``, filled by :mod:`checker.schema_messages`); the copies handed out
    on later visits point back to it (``origin``)."""

    __slots__ = (
        "_type_checker",
        "cause",
        "context",
        "explained",
        "instance",
        "message",
        "origin",
        "parent",
        "path",
        "schema",
        "schema_path",
        "validator",
        "validator_value",
    )

    def __init__(self, error: Any, origin: Remembered | None = None) -> None:
        self.message = error.message
        self.validator = error.validator
        self.validator_value = error.validator_value
        self.instance = error.instance
        self.schema = error.schema
        self.path = deque(error.path)
        self.schema_path = deque(error.schema_path)
        self.context = error.context
        self.parent = None
        self.cause = error.cause
        self._type_checker = error._type_checker
        self.origin = origin
        self.explained: dict[Any, Any] | None = {} if origin is None else None

    @property
    def relative_path(self) -> deque[Any]:
        return self.path

    @property
    def relative_schema_path(self) -> deque[Any]:
        return self.schema_path

    @property
    def absolute_path(self) -> deque[Any]:
        return self.path  # a yielded error has no parent

    def _set(self, type_checker: Any = None, **kwargs: Any) -> None:
        # as jsonschema's: fill in what the keyword that yielded the error left unset
        if type_checker is not None and self._type_checker is _unset:
            self._type_checker = type_checker
        for name, value in kwargs.items():
            if getattr(self, name) is _unset:
                setattr(self, name, value)

    def __repr__(self) -> str:
        return f"<Remembered: {self.message!r}>"


def _key(value: Any) -> str | None:
    """The value's content as text (types, key order and all), or None when it has no
    JSON form (then it is validated afresh)."""
    try:
        return json.dumps(value, ensure_ascii=False, check_circular=False)
    except (TypeError, ValueError, RecursionError):
        return None


def _branches(schema: Any) -> set[int]:
    found: set[int] = set()
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, Mapping):
            for key, value in node.items():
                if key in ("oneOf", "anyOf") and isinstance(value, list):
                    found.update(id(branch) for branch in value)
                stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
    return found


def fast_checks(schema: Mapping[str, Any]) -> Callable[[str], Any] | None:
    """For a reference ``#/$defs/NAME``, a jsonschema-rs validator of the value against
    that definition (None for another reference); None without jsonschema-rs."""
    from checker.fast_import import jsonschema_rs

    try:
        jsonschema_rs()
    except ImportError:  # pragma: no cover (a dependency; the reference works alone)
        return None
    from checker.fast_schema import compile_fast

    compiled: dict[str, Any] = {}
    shared = {key: schema[key] for key in ("$schema", "$defs") if key in schema}

    def for_reference(reference: str) -> Any:
        if reference not in compiled:
            fast = None
            if reference.startswith("#/$defs/") and reference[8:] in shared.get("$defs", {}):
                try:
                    fast = compile_fast({**shared, "$ref": reference})
                except Exception:  # a definition jsonschema-rs refuses: no shortcut
                    fast = None
            compiled[reference] = fast
        return compiled[reference]

    return for_reference


def _valid(fast: Any, instance: Any) -> bool:
    try:
        return bool(fast.is_valid(instance))
    except Exception:  # a value jsonschema-rs cannot take (NaN, huge ints)
        return False


def memoizing_validator(schema: Mapping[str, Any], fast: bool = False) -> Any:
    """A jsonschema ``Draft202012Validator`` for ``schema`` that remembers the errors of
    :data:`MEMOIZED` keywords per value, and with ``fast`` skips the values jsonschema-rs
    finds valid (see the module documentation)."""
    from jsonschema import Draft202012Validator
    from jsonschema.validators import extend

    memo = _Memo()
    branches = _branches(schema)
    shortcut = fast_checks(schema) if fast else None

    def remembering(name: str, keyword: Keyword) -> Keyword:
        def check(validator: Any, value: Any, instance: Any, where: Mapping[str, Any]) -> Any:
            reference = str(value)
            if not reference.startswith("#"):  # another document's
                return keyword(validator, value, instance, where)
            checker = shortcut(reference) if shortcut is not None else None
            if checker is not None and _valid(checker, instance):
                return ()
            if id(where) in branches or reference in memo.containers:
                # an alternative (the $ref above it remembers), or a value whose errors
                # are those of values inside it (a workout: its entries are remembered)
                return memo.through(keyword(validator, value, instance, where))
            text = _key(instance)
            if text is None:
                return memo.through(keyword(validator, value, instance, where))
            key = (name, id(value), id(where), text)
            known = memo.errors.get(key)
            if known is not None:
                if known:
                    memo.used()
                return [Remembered(error, error) for error in known]
            return memo.first_time(key, reference, keyword(validator, value, instance, where))

        return check

    keywords = Draft202012Validator.VALIDATORS
    validator_class = extend(
        Draft202012Validator,
        validators={name: remembering(name, keywords[name]) for name in MEMOIZED},
    )
    return validator_class(schema)


class _Memo:
    """The remembered errors, and which references hold others (not remembered)."""

    def __init__(self) -> None:
        self.errors: dict[tuple[str, int, int, str], list[Remembered]] = {}
        self.containers: set[str] = set()
        self.held = 0  # characters of value text in the memo
        self._open: list[bool] = []  # per value being validated: whether the memo was used

    def used(self) -> None:
        """Errors of a remembered value are among those of the value being validated."""
        if self._open:
            self._open[-1] = True

    def _collect(self, errors: Any) -> tuple[list[Any], bool]:
        """The errors, and whether a remembered value's errors were among them."""
        self._open.append(False)
        try:
            found = list(errors or ())
        finally:
            inner = self._open.pop()
        return found, inner

    def through(self, errors: Any) -> list[Any]:
        """The errors of a value not remembered itself (what it holds may be)."""
        found, inner = self._collect(errors)
        if inner:
            self.used()
        return found

    def first_time(self, key: tuple[str, int, int, str], reference: str, errors: Any) -> Any:
        found, inner = self._collect(errors)
        if found:
            self.used()
        if inner:  # its errors are remembered values' errors, with more to come
            self.containers.add(reference)
            return found
        self.held += len(key[3])
        if self.held > MAX_CHARACTERS:
            self.errors.clear()
            self.held = len(key[3])
        self.errors[key] = [Remembered(error) for error in found]  # before callers extend them
        return found
