"""Issue 15, item 12: the testing kit's line numbers and the plugin guide's program API.

Line 1 of a snippet is its first line of YAML: the one newline after the opening
quotes is dropped, any further blank line is kept, and ``level=`` never moves the
snippet's own lines. The guide names only attributes that exist.
"""

from __future__ import annotations

import re

import pytest

from checker import testing
from checker.program import ExerciseUse, Program, Workout
from checker.rule import Rule
from tests.conftest import ROOT

pytestmark = pytest.mark.composers

EMPTY = "program: x\nworkouts: []\n"
EMPTY_FINDING = ("schema", 2, 11, "workouts must not be empty")


def test_the_newline_after_the_opening_quotes_is_not_a_line() -> None:
    snippet = """
    program: x
    workouts: []
    """
    assert testing.program_text(snippet) == EMPTY
    testing.assert_findings(snippet, [EMPTY_FINDING])


def test_a_deliberate_blank_first_line_is_kept() -> None:
    assert testing.program_text("\n\n" + EMPTY) == "\n" + EMPTY
    testing.assert_findings("\n\n" + EMPTY, [("schema", 3, 11, "workouts must not be empty")])


def test_level_does_not_move_the_snippets_lines() -> None:
    assert testing.program_text(EMPTY, level="beginner") == EMPTY + "level: beginner\n"
    assert testing.program_text("program: x", level="advanced") == ("program: x\nlevel: advanced\n")
    testing.assert_findings(EMPTY, [EMPTY_FINDING], level="beginner")


GUIDE = (ROOT / "docs" / "writing-plugins.md").read_text(encoding="utf-8")


def test_the_guide_describes_the_program_api() -> None:
    for name in (
        "program.workouts",
        "workout.exercises",
        "use.exercise",
        "use.sets",
        "use.reps",
        "use.hold",
        "program.span(path)",
        "uses_catalog",
        "enabled_by_default",
        "line 1",
    ):
        assert name in GUIDE, name


def test_every_attribute_the_guide_names_exists() -> None:
    owners = {"program": Program, "workout": Workout, "use": ExerciseUse}
    named = set(re.findall(r"`(program|workout|use)\.([a-z_]+)", GUIDE))
    assert len(named) >= 15
    for owner, attribute in named:
        assert hasattr(owners[owner], attribute), f"{owner}.{attribute}"
    for attribute in ("uses_catalog", "enabled_by_default"):
        assert hasattr(Rule, attribute)
