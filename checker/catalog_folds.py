"""The catalog's keys re-keyed by word order and by spacing, one size of key at a time.

A name that is not a known key may still be one written in another word order ("raise
lateral") or together or apart ("pullup", "pull up"). Both folds keep a key's number of
characters other than spaces, so keys that fold alike have the same size, and the maps
of one size are those of all the keys restricted to it. Re-keying all the catalog's
names (about 4,800) took 8 ms of a one-file run with one unknown name; the keys of one
size are about a fortieth of them, and a size is re-keyed when a name of that size is
first asked about.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from checker.catalog_names import _order_free, _squashed, unambiguous

if TYPE_CHECKING:
    from checker.catalog_data import Exercise


class FoldedKeys:
    """The known keys re-keyed by word order and by spaces, as
    :func:`checker.catalog_names.unambiguous` re-keys them, one size at a time (see the
    module documentation)."""

    __slots__ = ("_by_key", "_folded", "_sizes")

    def __init__(self, by_key: Mapping[str, Exercise]) -> None:
        self._by_key = by_key
        self._sizes: dict[int, list[str]] | None = None
        self._folded: dict[int, tuple[dict[str, Exercise], dict[str, Exercise]]] = {}

    def same_words(self, key: str) -> Exercise | None:
        """The entry whose key has ``key``'s words in another order, if only one has."""
        return self._maps(_size(key))[0].get(_order_free(key))

    def same_letters(self, key: str) -> Exercise | None:
        """The entry whose key is ``key`` written together or apart, if only one is."""
        return self._maps(_size(key))[1].get(_squashed(key))

    def _maps(self, size: int) -> tuple[dict[str, Exercise], dict[str, Exercise]]:
        maps = self._folded.get(size)
        if maps is None:
            if self._sizes is None:
                sizes: dict[int, list[str]] = {}
                for known in self._by_key:
                    sizes.setdefault(_size(known), []).append(known)
                self._sizes = sizes
            part = {known: self._by_key[known] for known in self._sizes.get(size, ())}
            maps = self._folded[size] = (
                unambiguous(part, _order_free),
                unambiguous(part, _squashed),
            )
        return maps


def _size(key: str) -> int:
    return len(key) - key.count(" ")
