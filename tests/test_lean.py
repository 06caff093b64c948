"""``trainlint check`` without click (``checker.lean``) does what the click command does.

The console script and ``python -m checker`` take the lean path for plain ``check``
command lines; ``checker.cli.main`` (click) is the reference. Each command line runs
both ways in a real subprocess: the same standard output, standard error and exit code.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker import lean
from tests.conftest import ROOT, run_code

EXAMPLES = ROOT / "examples"

LINES = [
    ["check", "--no-cache", str(EXAMPLES / "strong-back-beginner.yaml")],
    ["check", "--no-cache", str(EXAMPLES)],
    ["check", "--no-cache", "-q", "--jobs", "1", str(EXAMPLES / "mistakes")],
    ["check", "--no-cache", "--format", "json", "--fail-on", "info", str(EXAMPLES)],
    ["check", "--no-cache", "--exit-zero", "--no-plugins", str(EXAMPLES / "mistakes")],
    ["check", "--no-cache", "--color", "always", "--isolated", str(EXAMPLES / "mistakes")],
    ["check", "--no-cache", "--config", "missing.yaml", str(EXAMPLES)],
    ["check", "--no-cache", "nowhere.yaml"],
    ["check", "--force-exclude", "-j", "0", "--no-cache", "--format", "full", str(EXAMPLES)],
]


@pytest.mark.parametrize("arguments", LINES, ids=[" ".join(a[2:])[-40:] for a in LINES])
def test_the_lean_path_prints_what_click_prints(arguments: list[str], tmp_path: Path) -> None:
    assert lean.parse(arguments) is not None
    lean_run = run_code(
        "import sys; from checker.launch import run; sys.exit(run())", arguments, tmp_path
    )
    click_run = run_code(
        "import sys; from checker.cli import main; sys.exit(main(sys.argv[1:]))",
        arguments,
        tmp_path,
    )
    assert (lean_run.returncode, lean_run.stdout, lean_run.stderr) == (
        click_run.returncode,
        click_run.stdout,
        click_run.stderr,
    )
    assert lean_run.returncode in (0, 1, 2)


@pytest.mark.parametrize(
    "arguments",
    [
        ["rules"],
        ["check", "--help"],
        ["check", "-"],
        ["check", "--format=json", "p.yaml"],
        ["check", "--format", "yaml", "p.yaml"],
        ["check", "--jobs", "-1", "p.yaml"],
        ["check", "--jobs", "two", "p.yaml"],
        ["check", "--jobs"],
        ["check", "--select", "rep-range", "p.yaml"],
        ["check", "--output", "out.txt", "p.yaml"],
        ["check", "--show-files"],
        ["check", "--statistics"],
        ["check", "-qj1"],
        ["check", ""],
        ["check", "--config", "."],
    ],
)
def test_what_the_lean_path_leaves_to_click(arguments: list[str]) -> None:
    assert lean.parse(arguments) is None


def test_the_lean_path_reads_the_options() -> None:
    values = lean.parse(["check", "-q", "--jobs", "3", "--fail-on", "warning", "a.yaml", "b"])
    assert values == {
        "output_format": "text",
        "color": "auto",
        "paths": ["a.yaml", "b"],
        "quiet": True,
        "jobs": 3,
        "fail_on": "warning",
    }


def test_a_check_does_not_import_click(tmp_path: Path) -> None:
    code = (
        "import sys; from checker.launch import run; code = run(); "
        "print('click' in sys.modules, file=sys.stderr); sys.exit(code)"
    )
    result = run_code(
        code, ["check", "--no-cache", str(EXAMPLES / "strong-back-beginner.yaml")], tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == "False"
