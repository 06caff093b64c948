"""Issue 15, item 5: a range written high to low is a ``schema`` finding, never reordered;
reps written high to low fall from set to set, and span the same counts."""

from __future__ import annotations

import pytest

from checker.units import Range, parse_duration, parse_reps
from tests.conftest import lint_text

pytestmark = pytest.mark.composers

PROGRAM = """\
program: x
workouts:
  - name: A
    warmup: 8-5 min
    exercises:
      - exercise: plank
        sets: 2
        hold: 60-20 s
      - exercise: deadlift
        sets: 2
        reps: 12-8
        load: 24–20 kg
        rest: 2 min
      - exercise: lat pulldown
        sets: 2
        reps: 8-12
        load: 20-24 kg
"""


def test_reversed_ranges_are_schema_findings_at_their_values() -> None:
    findings = [f for f in lint_text(PROGRAM) if f.rule == "schema"]
    assert [(f.line, f.column, f.end_column, f.message) for f in findings] == [
        (
            4,
            13,
            20,
            "warmup '8-5 min' goes from high to low; write the lower number first: '5-8 min'",
        ),
        (
            8,
            15,
            22,
            "hold '60-20 s' goes from high to low; write the lower number first: '20-60 s'",
        ),
        (
            12,
            15,
            23,
            "load '24–20 kg' goes from high to low; write the lower number first: '20-24 kg'",
        ),
    ]


def test_no_rule_shows_a_reversed_range_reordered() -> None:
    text = PROGRAM.replace("        reps: 8-12\n", "        reps: 10\n")
    messages = [f.message for f in lint_text(text) if f.rule != "schema"]
    assert not [m for m in messages if "8-12" in m or "20-60" in m], messages


@pytest.mark.parametrize("value", ["12-8", "12 - 8", "12–8", "12 to 8"])
def test_reps_written_high_to_low_span_the_same_counts(value: str) -> None:
    # 12 on the first set, 8 on the last, or a slip for 8-12: either way 8 to 12 reps
    assert parse_reps(value) == Range(8, 12)


@pytest.mark.parametrize("value", ["60-20 s", "2-1 min"])
def test_parse_duration_refuses_a_reversed_range(value: str) -> None:
    assert parse_duration(value) is None


def test_ranges_low_to_high_still_parse() -> None:
    assert parse_reps("8-12") == Range(8, 12)
    assert parse_reps("8") == Range(8, 8)
    assert parse_duration("20-60 s") == Range(20, 60)
    assert parse_duration("1:30") == Range(90, 90)


@pytest.mark.parametrize(
    ("entry", "span"),
    [
        # FLEX's pro back day: reps that fall over five sets as the weight goes up; the
        # magazine gives the first and the last set's count, not the ones between
        ("sets: 5\n        reps: 20–10", "10-20"),
        ("sets: 4\n        reps: 12-6", "6-12"),
        ("reps: 15-10", "10-15"),
    ],
)
def test_reps_falling_over_the_sets_are_judged_as_their_span(entry: str, span: str) -> None:
    text = (
        "program: P\nlevel: beginner\nworkouts:\n  - name: A\n    warmup: 6 min\n"
        f"    exercises:\n      - exercise: lat pulldown\n        {entry}\n"
    )
    found = lint_text(text)
    assert [f.rule for f in found if f.rule == "schema"] == []
    reps = [f.message for f in found if f.rule == "rep-range"]
    assert len(reps) == 1 and reps[0].startswith(f"'lat pulldown' has {span} reps;"), reps
