"""Hardening, round two (issue 14): no crash, no hang, no lost result, no injected output.

Each class of defect has generated variants, not only the input that first showed it.
Inputs that could crash the interpreter (libyaml's composer recurses on the C stack)
are only ever loaded in a child process, so a regression fails the test instead of
killing the test run.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import textwrap

import pytest

from checker.findings import INTERNAL_ERROR
from checker.loader import load_text
from tests.conftest import ROOT, lint_text

pytestmark = pytest.mark.composers

#: Every line break YAML knows (libyaml and ruamel.yaml alike).
BREAKS = {"lf": "\n", "cr": "\r", "crlf": "\r\n", "nel": "\x85", "ls": "\u2028", "ps": "\u2029"}
#: Compact indicators that nest one level each on a single line.
COMPACT = ["- ", "? ", "- ? ", "? - ", "? : "]


def _child_load(cases: dict[str, str]) -> dict[str, list[list[object]]]:
    """Load each text in a child process: (line, column, message) of its findings."""
    script = textwrap.dedent(
        """
        import json, sys
        from checker.loader import load_text
        cases = json.loads(sys.stdin.read())
        out = {}
        for name, text in cases.items():
            result = load_text(text, name)
            out[name] = [[f.line, f.column, f.message] for f in result.findings]
        print(json.dumps(out))
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert done.returncode == 0, f"the loader died ({done.returncode}): {done.stderr[-500:]}"
    result: dict[str, list[list[object]]] = json.loads(done.stdout)
    return result


# --- 1. pre-scans agree with the parser on line breaks ------------------------------------


@pytest.mark.slow
def test_deep_compact_nesting_is_refused_whatever_the_line_breaks() -> None:
    cases = {}
    for brk_name, brk in BREAKS.items():
        for index, unit in enumerate(COMPACT):
            for depth in (150, 5_000, 60_000):
                head = f"program: x{brk}notes: y{brk}" if depth == 5_000 else ""
                text = head + unit * depth + "x" + brk
                cases[f"{brk_name}-{index}-{depth}"] = text
    found = _child_load(cases)
    for name, findings in found.items():
        line = 3 if name.endswith("-5000") else 1
        assert findings, name
        first = findings[0]
        assert first[0] == line, (name, first)
        assert "nesting deeper than 100 levels" in str(first[2]), (name, first)


@pytest.mark.slow
def test_deep_indentation_and_flow_nesting_with_other_line_breaks() -> None:
    cases = {}
    for brk_name, brk in BREAKS.items():
        indented = "".join(" " * level + "- a:" + brk for level in range(0, 3 * 400, 3))
        cases[f"indent-{brk_name}"] = indented
        cases[f"flow-{brk_name}"] = "a:" + brk + "  " + "[" * 3000 + brk + "]" * 3000 + brk
    for name, findings in _child_load(cases).items():
        assert findings and "nesting deeper" in str(findings[0][2]), (name, findings)


@pytest.mark.parametrize("brk", list(BREAKS), ids=list(BREAKS))
def test_workout_and_exercise_prescans_see_every_line_break(brk: str) -> None:
    newline = BREAKS[brk]
    workouts = "program: x\nworkouts:\n" + "".join(
        f"  - name: d{i}\n    exercises: []\n" for i in range(1_001)
    )
    exercises = "program: x\nworkouts:\n  - name: a\n    exercises:\n" + "".join(
        f"      - exercise: e{i}\n" for i in range(101)
    )
    for text, message, line in (
        (workouts, "more than 1,000 workouts", 3 + 2 * 1_000),
        (exercises, "more than 100 entries", 5 + 100),
    ):
        result = load_text(text.replace("\n", newline), "p.yaml")
        assert [(f.line, f.message[: len(message)]) for f in result.findings] == [(line, message)]


# --- 1. huge numbers never reach a rule ---------------------------------------------------

HUGE = ["9" * 400, "9" * 5_000, "1" + "0" * 20, "9" * 400 + ".5", "9" * 16]


def _numbers_program(key: str, value: str) -> str:
    return textwrap.dedent(
        f"""\
        program: Numbers
        level: beginner
        workouts:
          - name: Day A
            warmup: {value}
            exercises:
              - exercise: deadlift
                sets: 3
                reps: 8
                {key}: {value}
              - exercise: plank
                sets: 3
                hold: {value}
        """
    )


@pytest.mark.parametrize("quote", ["", '"'])
@pytest.mark.parametrize("suffix", ["", " s", " min", "-8", " - 9 h", ":30"])
def test_huge_numbers_give_findings_not_internal_errors(quote: str, suffix: str) -> None:
    for number in HUGE:
        for key in ("reps", "hold", "duration", "rest", "load", "sets"):
            value = f"{quote}{number}{suffix}{quote}"
            findings = lint_text(_numbers_program(key, value), select=["ALL"])
            assert not [f for f in findings if f.rule == INTERNAL_ERROR], (key, value, findings)


# --- 2. loaders linear in the input: work measured, not time ------------------------------


def _aliased_quoted_scalar(copies: int, lines: int = 50) -> str:
    body = "".join(f"  word{i}\n" for i in range(lines))
    return 'a: &x "start\n' + body + '  end"\nlist:\n' + "  - *x\n" * copies


def _aliased_flow_mapping(copies: int, lines: int = 50) -> str:
    body = "".join(f"  k{i}: {i},\n" for i in range(lines))
    return "a: &x {\n" + body + "  end: 0}\nlist:\n" + "  - *x\n" * copies


def _merged(copies: int, keys: int = 3) -> str:
    base = ", ".join(f"p{i}: {i}" for i in range(keys))
    return f"base: &b {{{base}}}\n" + "".join(f"k{i}:\n  <<: *b\n  r: {i}\n" for i in range(copies))


def _merged_list(copies: int) -> str:
    head = "a: &a {x: 1}\nb: &b {y: 2}\n"
    return head + "".join(f"k{i}:\n  <<: [*a, *b]\n  x: 0\n" for i in range(copies))


@pytest.mark.slow
@pytest.mark.parametrize(
    "generate", [_aliased_quoted_scalar, _aliased_flow_mapping, _merged, _merged_list]
)
def test_loader_work_grows_linearly_with_the_input(generate: object) -> None:
    from checker.compose import compose
    from checker.loader import Limits
    from checker.yaml_build import Builder as _Builder

    assert callable(generate)
    ratios = []
    for copies in (100, 200, 400, 800):
        text = generate(copies)
        builder = _Builder(Limits(max_alias_expansion=10**9), text)
        builder.build(compose(text, 100), ())
        # the work beyond building each node once, per node built and line of text
        extra = builder.lines_scanned + builder.spans_moved
        ratios.append(extra / (len(builder.nodes) + text.count("\n")))
    # flat (a quadratic loader doubles it at each step: 800 copies took 8 times 100's)
    assert all(b <= 1.25 * a + 0.01 for a, b in itertools.pairwise(ratios)), ratios
    assert max(ratios) <= 2, ratios


@pytest.mark.parametrize("count", [101, 1_000])  # just over the limit, and well over
@pytest.mark.parametrize("kind", ["duplicate", "non-text"])
def test_a_flood_of_key_problems_stops_after_a_hundred(count: int, kind: str) -> None:
    from checker.yaml_build import MAX_PROBLEMS

    unit = "k: v\n" if kind == "duplicate" else "? [a]\n: v\n"
    step = unit.count("\n")
    text = "program: x\nk: v\n" * (kind == "duplicate") + unit * count + "workouts: []\n"
    if kind == "non-text":
        text = "program: x\n" + unit * count + "workouts: []\n"
    findings = load_text(text, "p.yaml").findings
    assert len(findings) == MAX_PROBLEMS + 1
    first = 3 if kind == "duplicate" else 2
    assert [f.line for f in findings] == [first + step * i for i in range(MAX_PROBLEMS + 1)]
    assert findings[-1].message.startswith("more than 100 duplicate or non-text keys")
