"""Suppression comments: same line, next line, whole file, reasons, unused ones."""

from __future__ import annotations

import pytest

from checker.testing import as_tuples, lint

pytestmark = pytest.mark.composers

BASE = """\
program: P
level: beginner
workouts:
  - name: A
    warmup: 5 min
    exercises:
      - exercise: deadlift
        sets: 3
        reps: 8
      - exercise: barbell row{same}
        sets: 5
        reps: 8
      - exercise: plank
        hold: 30 s
  - name: B
    warmup: 5 min
    exercises:
      - exercise: deadlift
        sets: 3
        reps: 8
      - exercise: side plank
        hold: 30 s
"""

RULES = ["set-range", "unused-suppression", "rep-range"]


def run(text: str) -> list[tuple[str, int, int, str]]:
    return as_tuples(lint(text, rules=RULES, plugins=False))


SET_RANGE = (
    "set-range",
    11,
    15,
    "'barbell row' has 5 sets; no source supports it: back exercises take 2-3 sets (000:95); "
    "3 sets of the barbell bent-over row (002:12); the program names no goal: with 'goal: "
    "strength' (NSCA 2016, 2-6 sets for strength) or 'goal: hypertrophy' (NSCA 2016, 3-6 sets "
    "for hypertrophy) a source would support it",
)


def test_unsuppressed() -> None:
    assert run(BASE.format(same="")) == [SET_RANGE]


def test_a_comment_on_the_line_of_the_finding_works_too() -> None:
    # the finding points at the sets value (line 11); the entry starts on line 10
    text = BASE.format(same="").replace(
        "        sets: 5\n", "        sets: 5  # trainlint: disable=set-range -- week 3\n"
    )
    assert run(text) == []


def test_a_comment_elsewhere_in_the_entry_does_not() -> None:
    text = BASE.format(same="").replace(
        "        reps: 8\n      - exercise: plank",
        "        reps: 8  # trainlint: disable=set-range\n      - exercise: plank",
    )
    assert run(text) == [
        SET_RANGE,
        (
            "unused-suppression",
            12,
            18,
            "unused suppression: 'set-range' reports nothing on line 12; remove it",
        ),
    ]


def test_end_of_line_comment_with_reason() -> None:
    text = BASE.format(same="  # trainlint: disable=set-range -- volume block, week 3 only")
    assert run(text) == []


def test_own_line_comment_applies_to_the_next_content_line() -> None:
    text = BASE.format(same="").replace(
        "      - exercise: barbell row\n",
        "      # trainlint: disable=set-range\n\n      - exercise: barbell row\n",
    )
    assert run(text) == []


def test_disable_file() -> None:
    text = "# trainlint: disable-file=set-range -- a volume block\n" + BASE.format(same="")
    assert run(text) == []
    text = "# trainlint: disable-file=set-range,rep-range\n" + BASE.format(same="")
    assert run(text) == [
        (
            "unused-suppression",
            1,
            1,
            "unused suppression: 'rep-range' reports nothing in this file; remove it",
        ),
    ]


def test_unused_unknown_and_unsuppressible() -> None:
    text = BASE.format(same="  # trainlint: disable=set-range").replace(
        "      - exercise: plank\n",
        "      - exercise: plank  # trainlint: disable=rep-range, nosuch-rule, schema\n",
    )
    assert run(text) == [
        (
            "unused-suppression",
            13,
            26,
            "'schema' findings cannot be suppressed; fix the problem instead",
        ),
        ("unused-suppression", 13, 26, "unknown rule 'nosuch-rule' in suppression comment"),
        (
            "unused-suppression",
            13,
            26,
            "unused suppression: 'rep-range' reports nothing on line 13; remove it",
        ),
    ]


def test_schema_findings_cannot_be_suppressed() -> None:
    text = "program: P  # trainlint: disable-file=schema\nworkouts: []\n"
    assert [f[0] for f in run(text)] == ["unused-suppression", "schema"]


def test_a_comment_inside_a_quoted_value_is_not_a_suppression() -> None:
    text = BASE.format(same="").replace("program: P", 'program: "P # trainlint: disable=set-range"')
    assert [f[0] for f in run(text)] == ["set-range"]


def test_bare_disable_needs_rule_ids() -> None:
    text = BASE.format(same="  # trainlint: disable")
    assert run(text)[0] == (
        "unused-suppression",
        10,
        32,
        "'# trainlint: disable' needs rule ids: '# trainlint: disable=rule-id'",
    )
