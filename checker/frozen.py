"""Read-only lists and mappings for the data rules read.

Rules share one loaded program: a rule that changed it (or the catalog) would change
what the rules after it see, and serial and parallel runs could then disagree. The
loader builds a program's data from these types instead of ``dict`` and ``list``:
they are ``dict`` and ``list`` (so ``isinstance`` checks, equality, JSON and schema
validation work unchanged), but every method that would change them raises
``TypeError``. ``dict(x)``, ``list(x)``, ``copy.copy`` and ``copy.deepcopy`` give
mutable copies (plain ``dict`` and ``list``), and so does pickling.
"""

from __future__ import annotations

from typing import Any, NoReturn


def _refuse(*args: Any, **kwargs: Any) -> NoReturn:
    raise TypeError("a program's data is read-only for rules; copy it first (dict(x), list(x))")


class FrozenDict(dict[str, Any]):
    """A ``dict`` that cannot be changed once built (see the module documentation)."""

    __slots__ = ()
    __setitem__ = __delitem__ = __ior__ = _refuse
    clear = pop = popitem = setdefault = update = _refuse

    def __reduce__(self) -> tuple[Any, ...]:
        return (dict, (dict(self),))


class FrozenList(list[Any]):
    """A ``list`` that cannot be changed once built (see the module documentation)."""

    __slots__ = ()
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse
    append = extend = insert = pop = remove = clear = sort = reverse = _refuse

    def __reduce__(self) -> tuple[Any, ...]:
        return (list, (list(self),))
