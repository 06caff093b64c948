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


def test_findings_are_equal_whatever_their_anchor_and_keep_it_through_a_pickle() -> None:
    from checker.findings import Finding, Severity

    one = Finding("p.yaml", 3, 5, None, None, "rep-range", Severity.ERROR, "m", anchor_line=2)
    same = Finding("p.yaml", 3, 5, None, None, "rep-range", Severity.ERROR, "m")
    assert one == same and hash(one) == hash(same)
    assert one != Finding("p.yaml", 3, 5, None, None, "rep-range", Severity.INFO, "m")
    assert pickle.loads(pickle.dumps(one)).anchor_line == 2
    assert "anchor_line=2" in repr(one)


def test_an_exercise_works_out_its_back_verdict_again_when_copied() -> None:
    from checker.catalog_data import Exercise
    from checker.values import replace

    row = Exercise("row", "Row", (), ("lats",), (), frozenset())
    assert row.trains_back
    assert pickle.loads(pickle.dumps(row)).trains_back
    warmup = replace(row, tags=frozenset({"warmup"}))
    assert not warmup.trains_back and warmup.name == "Row"
    assert warmup != row and replace(warmup, tags=frozenset()) == row


def test_records_are_compared_by_identity_and_compared_records_by_their_fields() -> None:
    from checker.document import Limits
    from checker.values import Record, replace
    from checker.volume import Tally

    limits = Limits(max_depth=5)
    assert limits != Limits(max_depth=5)  # (an eq=False dataclass compared by identity)
    copied = replace(limits, max_workouts=3)
    assert (copied.max_depth, copied.max_workouts, limits.max_workouts) == (5, 3, 1_000)
    with pytest.raises(TypeError, match="no field 'depth'"):
        replace(limits, depth=3)
    assert Tally("back", 6.0) == Tally("back", 6.0, 0.0, [], False)
    assert Tally("back") != Tally("legs")
    assert repr(Tally("back")) == (
        "Tally(name='back', weekly_sets=0.0, days=0.0, workouts=[], direct=False)"
    )
    with pytest.raises(TypeError):
        hash(Tally("back"))
    with pytest.raises(TypeError, match="its fields and its __slots__ differ"):

        class Broken(Record, fields=("a", "b")):
            __slots__ = ("a",)
