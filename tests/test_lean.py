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


def test_a_check_does_not_import_email_utils(tmp_path: Path) -> None:
    code = (
        "import sys; from checker.launch import run; code = run(); "
        "print(sorted(m for m in ('email.utils', 'socket') if m in sys.modules), "
        "'jsonschema_rs' in sys.modules, file=sys.stderr); sys.exit(code)"
    )
    result = run_code(
        code, ["check", "--no-cache", str(EXAMPLES / "strong-back-beginner.yaml")], tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == "[] True"


def test_jsonschema_rs_reads_its_build_date_as_with_email_utils(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from checker.fast_import import jsonschema_rs\n"
        "build = jsonschema_rs().jsonschema_rs.__build__\n"
        "stood_in = 'email.utils' not in sys.modules\n"
        "import email.utils\n"
        "print(stood_in, repr(build), file=sys.stderr)\n"
    )
    lean_run = run_code(code, [], tmp_path)
    plain = run_code(
        "import sys, email.utils, jsonschema_rs\n"
        "print(True, repr(jsonschema_rs.jsonschema_rs.__build__), file=sys.stderr)\n",
        [],
        tmp_path,
    )
    assert lean_run.returncode == plain.returncode == 0, lean_run.stderr + plain.stderr
    assert lean_run.stderr == plain.stderr
    assert "datetime.datetime(" in plain.stderr


@pytest.mark.parametrize(
    "date",
    [
        "Thu, 12 Nov 2026 07:50:16 +0000",
        "Mon, 1 Jan 2024 00:00:00 +0530",
        "Mon, 01 Jan 2024 23:59:59 -0130",
        "Mon, 1 Jan 2024 00:00:00 -0000",  # no zone: naive, by email.utils
        "Sun, 31 Feb 2024 00:00:00 +0000",  # no such day: email.utils's error
        "Fri, 01 Jan 1999 00:00:60 +0000",
        "Fri, 01 Jan 0099 00:00:00 +0000",  # a two-digit year
        "1 Jan 2024 00:00:00 +0000",
        "Mon, 1 Jan 2024 00:00:00 GMT",
        "",
    ],
)
def test_the_stand_in_reads_dates_as_email_utils(date: str) -> None:
    import email.utils

    from checker.fast_import import _stand_in, simple_date

    try:
        expected: object = email.utils.parsedate_to_datetime(date)
    except (TypeError, ValueError) as exc:
        expected = type(exc)
    simple = simple_date(date)
    assert simple is None or (simple == expected and simple.tzinfo == expected.tzinfo)  # type: ignore[attr-defined]
    try:
        answer: object = _stand_in().parsedate_to_datetime(date)  # type: ignore[attr-defined]
    except (TypeError, ValueError) as exc:
        answer = type(exc)
    assert answer == expected
    assert getattr(answer, "tzinfo", None) == getattr(expected, "tzinfo", None)
