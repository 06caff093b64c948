"""The hand-written frozen value classes behave as the dataclasses they replaced."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from checker.evidence import Claim
from checker.findings import Span
from checker.units import Range
from checker.values import Frozen


def test_a_frozen_value_compares_hashes_prints_and_pickles_by_its_fields() -> None:
    span = Span(3, 5)
    assert span == Span(line=3, column=5, end_line=None, end_column=None)
    assert span != Span(3, 6) and span != (3, 5, None, None)
    assert hash(span) == hash(Span(3, 5))
    assert repr(span) == "Span(line=3, column=5, end_line=None, end_column=None)"
    assert pickle.loads(pickle.dumps(span)) == span
    assert copy.deepcopy(Range(1, 2)) == Range(1, 2)
    assert str(Range(8, 12)) == "8-12"
    match Claim("000:95", "2-3 sets", 2, 3):
        case Claim(cite, _, low, high):
            assert (cite, low, high) == ("000:95", 2, 3)


def test_a_frozen_value_refuses_assignment_as_a_frozen_dataclass_does() -> None:
    value = Range(1, 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        value.low = 5  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del value.high  # type: ignore[misc]
    with pytest.raises(AttributeError):
        value.other = 1  # type: ignore[attr-defined]


def test_fields_and_slots_must_name_the_same_attributes() -> None:
    with pytest.raises(TypeError, match="its fields and its __slots__ differ"):

        class Broken(Frozen, fields=("a", "b")):
            __slots__ = ("a",)
