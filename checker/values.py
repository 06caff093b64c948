"""Value classes and records written out by hand, instead of dataclasses.

A dataclass builds its methods with ``exec`` when its module is imported, about 0.5 ms
a class: 39 dataclasses took 16-20 ms of a 120-160 ms one-file run (issue 18), and a
``check`` run now imports none. The frozen values every run makes (ranges, spans,
claims, verdicts, prescriptions, findings, violations, catalog entries) derive from
:class:`Frozen`, which gives them what the dataclass did: equality and hashing by
their fields, a repr, pickling, pattern matching, and no assignment after ``__init__``
(``dataclasses.FrozenInstanceError``).

A subclass names its fields, in the order of its ``__init__``'s parameters, as a class
keyword (``class Range(Frozen, fields=("low", "high"))``; ``__slots__`` holds the same
names in any order) and sets them with :data:`set_field`.

The mutable records a run makes (the request, the configuration, the settings, the
report, one file's document and program) derive from :class:`Record` the same way and
write their ``__init__`` out; :func:`replace` copies either kind with some fields changed.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any, ClassVar, TypeVar

#: How ``__init__`` sets a field of a frozen instance.
set_field = object.__setattr__


def _check_slots(cls: type, fields: tuple[str, ...]) -> None:
    """A class's fields are its slots, but for private ones (``_name``: caches, worked
    out in ``__init__``, not compared)."""
    slots = [name for name in cls.__dict__.get("__slots__", ()) if not name.startswith("_")]
    if sorted(name for name in fields if not name.startswith("_")) != sorted(slots):
        raise TypeError(f"{cls.__name__}: its fields and its __slots__ differ")


class Frozen:
    """Base of the hand-written frozen value classes."""

    __slots__ = ()
    #: the fields, in ``__init__``'s order (from ``__slots__``)
    _fields: ClassVar[tuple[str, ...]] = ()
    #: positional patterns in ``match`` (``case Range(low, high)``), as a dataclass has
    __match_args__: ClassVar[tuple[str, ...]] = ()
    #: the fields' values of an instance, as a tuple
    _values: ClassVar[Any]

    def __init_subclass__(cls, fields: tuple[str, ...] = (), **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _check_slots(cls, fields)
        cls._fields = fields
        cls.__match_args__ = fields  # type: ignore[misc]  # (set per class, as dataclasses do)
        if len(fields) == 1:
            one = attrgetter(fields[0])
            cls._values = staticmethod(lambda instance: (one(instance),))
        else:
            cls._values = staticmethod(attrgetter(*fields))

    def __setattr__(self, name: str, value: object) -> None:
        from dataclasses import FrozenInstanceError  # (only a mistake needs the module)

        raise FrozenInstanceError(f"cannot assign to field '{name}'")

    def __delattr__(self, name: str) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot delete field '{name}'")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return bool(self._values(self) == self._values(other))

    def __hash__(self) -> int:
        return hash(self._values(self))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({shown})"

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return (type(self), tuple(self._values(self)))


class Record:
    """Base of the hand-written mutable records: slots, an ``__init__`` written out, and
    the names of its parameters (``fields=``, for :func:`replace`). Compared by identity,
    as the ``eq=False`` dataclasses they replace were."""

    __slots__ = ()
    #: the fields, in ``__init__``'s order
    _fields: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, fields: tuple[str, ...] = (), **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _check_slots(cls, fields)
        cls._fields = fields


class Compared(Record):
    """A :class:`Record` compared by its fields, with a repr (as ``@dataclass(eq=True)``:
    unhashable, since it can change)."""

    __slots__ = ()
    __hash__ = None  # type: ignore[assignment]

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self._fields)

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({shown})"


_T = TypeVar("_T")


def replace(instance: _T, **changes: Any) -> _T:
    """A copy of a :class:`Record` or :class:`Frozen` instance (or of a dataclass) with
    ``changes``, as ``dataclasses.replace`` does."""
    fields = getattr(type(instance), "_fields", None)
    if fields is None or not isinstance(instance, (Record, Frozen)):
        import dataclasses

        return dataclasses.replace(instance, **changes)  # type: ignore[type-var]
    unknown = set(changes) - set(fields)
    if unknown:
        raise TypeError(f"{type(instance).__name__} has no field {sorted(unknown)[0]!r}")
    values = {name: getattr(instance, name) for name in fields}
    values.update(changes)
    return type(instance)(**values)
