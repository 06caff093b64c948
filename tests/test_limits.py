"""Limits on the number of workouts and exercises: refused early, with a position.

A block-style or flow-style list over the limit is found in the raw text before it is
composed (``checker.prescan``); anything the text scan cannot see (an anchor on the
list, say) is still counted exactly by the loader's builder. Both give the same finding.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.loader import Limits, load_text
from tests.conftest import RunCli

pytestmark = pytest.mark.composers

WORKOUTS_MESSAGE = (
    "more than 3 workouts in one program; refusing to read it "
    "(raise 'max-workouts' in the configuration if this program is real)"
)
EXERCISES_MESSAGE = (
    "more than 2 entries in one 'exercises' list; refusing to read the program "
    "(raise 'max-exercises' in the configuration if this program is real)"
)
LIMITS = Limits(max_workouts=3, max_exercises=2)


def block_program(workouts: int, exercises: int = 1, indent: str = "  ") -> str:
    lines = ["program: Test", "workouts:"]
    for number in range(workouts):
        lines.append(f"{indent}- name: Day {number}")
        lines.append(f"{indent}  exercises:")
        lines.extend(f"{indent}    - {{exercise: plank, sets: 3}}" for _ in range(exercises))
    return "\n".join(lines) + "\n"


def findings(text: str, limits: Limits = LIMITS) -> list[tuple[str, int, int, str]]:
    result = load_text(text, "p.yaml", limits)
    if result.findings:
        assert result.document is None
    return [(f.rule, f.line, f.column, f.message) for f in result.findings]


@pytest.mark.parametrize("indent", ["  ", "", "    "])
def test_workouts_at_the_limit_are_read(indent: str) -> None:
    assert findings(block_program(3, 2, indent)) == []


@pytest.mark.parametrize(("indent", "column"), [("  ", 5), ("", 3), ("    ", 7)])
def test_one_workout_over_the_limit_is_refused_at_that_workout(indent: str, column: int) -> None:
    # the fourth workout starts on line 3 + 3 * 3 (three lines a workout), after its dash
    assert findings(block_program(4, 1, indent)) == [("syntax", 12, column, WORKOUTS_MESSAGE)]


def test_one_exercise_over_the_limit_is_refused_at_that_exercise() -> None:
    assert findings(block_program(1, 3)) == [("syntax", 7, 9, EXERCISES_MESSAGE)]


def test_comments_and_blank_lines_do_not_count_or_end_the_list() -> None:
    text = (
        "program: Test\n"
        "workouts:\n"
        "# Week one\n"
        "  - name: A\n"
        "\n"
        "    exercises:\n"
        "      # main lifts\n"
        "      - exercise: deadlift\n"
        "        notes: |\n"
        "          - not an entry, a line of text\n"
        "          - nor this\n"
        "      - exercise: plank\n"
        "  - name: B\n"
        "    exercises: [plank]\n"
        "level: beginner\n"
        "notes:\n"
        "  - a\n"
        "  - b\n"
        "  - c\n"
    )
    assert findings(text) == []


def test_flow_lists_are_counted_before_composing() -> None:
    text = (
        'program: T\nworkouts: [{name: "a, b", exercises: [x]}, {name: b}, {name: c}, {name: d}]\n'
    )
    assert findings(text) == [("syntax", 2, 66, WORKOUTS_MESSAGE)]
    text = "program: T\nworkouts:\n  - name: A\n    exercises: [plank, 'a, b', \"c]\", row]\n"
    assert findings(text) == [("syntax", 4, 32, EXERCISES_MESSAGE)]


def test_flow_lists_at_the_limit_are_read() -> None:
    text = "program: T\nworkouts: [{name: a, exercises: [x, y,]}, {name: b}, {name: c},]\n"
    assert findings(text) == []


def test_circuit_exercises_count_as_a_list_of_their_own() -> None:
    text = (
        "program: T\n"
        "workouts:\n"
        "  - name: A\n"
        "    exercises:\n"
        "      - circuit:\n"
        "          rounds: 3\n"
        "          exercises:\n"
        "            - exercise: squat\n"
        "            - exercise: row\n"
        "            - exercise: plank\n"
    )
    assert findings(text) == [("syntax", 10, 15, EXERCISES_MESSAGE)]


def test_lists_the_text_scan_cannot_see_are_counted_by_the_builder() -> None:
    # An anchor on the list hides it from the scan of the raw text.
    text = block_program(4).replace("workouts:\n", "workouts: &all\n")
    assert findings(text) == [("syntax", 12, 5, WORKOUTS_MESSAGE)]
    text = (
        "program: T\nworkouts:\n  - name: A\n    exercises: &e\n      - a\n      - b\n      - c\n"
    )
    assert findings(text) == [("syntax", 7, 9, EXERCISES_MESSAGE)]


@pytest.mark.slow
@pytest.mark.composers("auto")  # refused before any composer runs
def test_a_huge_program_is_refused_without_being_composed() -> None:
    # 200,000 workouts (about 14 MB): refused by the text scan; composing it would
    # take many seconds. The finding says where the first workout over the limit is.
    text = block_program(200_000)
    result = load_text(text, "huge.yaml", Limits(max_bytes=len(text)))
    assert [(f.line, f.column) for f in result.findings] == [(3 + 3 * 1000, 5)]
    flow = "program: T\nworkouts: [" + "{name: a}, " * 200_000 + "]\n"
    result = load_text(flow, "huge.yaml", Limits(max_bytes=len(flow)))
    assert [(f.line, f.column) for f in result.findings] == [(2, 12 + 11 * 1000)]


def test_limits_are_set_in_the_configuration(tmp_path: Path, run_cli: RunCli) -> None:
    program = tmp_path / "p.yaml"
    program.write_text(block_program(4, 3), encoding="utf-8")
    config = tmp_path / ".trainlint.yaml"
    config.write_text("max-workouts: 3\nmax-exercises: 2\n", encoding="utf-8")
    code, out, err = run_cli(
        "check", "--no-cache", "--config", str(config), "--format", "json", str(program)
    )
    assert code == 1, out + err
    assert '"message": "more than 3 workouts' in out
    config.write_text("max-workouts: 4\nmax-exercises: 3\n", encoding="utf-8")
    _, out, err = run_cli("check", "--no-cache", "--config", str(config), str(program))
    assert "syntax" not in out + err
    _, shown, _ = run_cli("config", "--config", str(config))
    assert re.search(r"^max-workouts +\= 4  # ", shown, re.M)
    assert re.search(r"^max-exercises +\= 3  # ", shown, re.M)


def test_a_limit_must_be_a_positive_integer(tmp_path: Path, run_cli: RunCli) -> None:
    config = tmp_path / ".trainlint.yaml"
    config.write_text("max-workouts: 0\n", encoding="utf-8")
    code, out, err = run_cli("check", "--config", str(config), str(tmp_path))
    assert code == 2
    assert ".trainlint.yaml:1:15" in out + err


@pytest.mark.slow
@pytest.mark.composers("auto")  # refused before the text is decoded
def test_the_default_file_size_limit_is_2_mib(tmp_path: Path, run_cli: RunCli) -> None:
    # The limit is what bounds the time of the densest YAML an attacker can write
    # (docs/security.md); it is checked before the file is decoded.
    program = tmp_path / "p.yaml"
    head = "program: T\nworkouts: []\n"
    program.write_text(head + "#" * (2 * 1024 * 1024 - len(head) + 1), encoding="utf-8")
    code, out, err = run_cli("check", "--no-cache", "--isolated", str(program))
    assert code == 1, out + err
    assert (
        "p.yaml:1:1: error syntax file is 2,097,153 bytes, over the limit of 2,097,152 bytes" in out
    )
    config = tmp_path / ".trainlint.yaml"
    config.write_text("max-file-size: 2097153\n", encoding="utf-8")
    _, out, err = run_cli("check", "--no-cache", "--config", str(config), str(program))
    assert "syntax" not in out + err, out + err
    _, shown, _ = run_cli("config", "--isolated")
    assert re.search(r"^max-file-size +\= 2097152  # ", shown, re.M)
