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
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Iterator, Mapping
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


def memoizing_validator(schema: Mapping[str, Any]) -> Any:
    """A jsonschema ``Draft202012Validator`` for ``schema`` that remembers the errors of
    :data:`MEMOIZED` keywords per value (see the module documentation)."""
    from jsonschema import Draft202012Validator
    from jsonschema.validators import extend

    memo: dict[tuple[str, int, int, str], list[Any]] = {}
    held = [0]  # characters of value text in the memo
    branches = _branches(schema)

    def remembering(name: str, keyword: Keyword) -> Keyword:
        def check(validator: Any, value: Any, instance: Any, where: Mapping[str, Any]) -> Any:
            if not str(value).startswith("#") or id(where) in branches:
                # another document's, or an alternative (the $ref above it remembers)
                return keyword(validator, value, instance, where)
            text = _key(instance)
            if text is None:
                return keyword(validator, value, instance, where)
            key = (name, id(value), id(where), text)
            known = memo.get(key)
            if known is not None:
                return [Remembered(error, error) for error in known]
            return _first_time(key, keyword(validator, value, instance, where) or ())

        return check

    def _first_time(key: tuple[str, int, int, str], errors: Any) -> Iterator[Any]:
        found = list(errors)
        held[0] += len(key[3])
        if held[0] > MAX_CHARACTERS:
            memo.clear()
            held[0] = len(key[3])
        memo[key] = [Remembered(error) for error in found]  # before the callers extend them
        yield from found

    keywords = Draft202012Validator.VALIDATORS
    validator_class = extend(
        Draft202012Validator,
        validators={name: remembering(name, keywords[name]) for name in MEMOIZED},
    )
    return validator_class(schema)
