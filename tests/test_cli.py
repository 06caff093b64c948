"""The command line, through click's CliRunner and through real subprocesses."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checker.cli import main
from tests.conftest import ROOT, RunCli

pytestmark = pytest.mark.composers

CLEAN = ROOT / "examples" / "strong-back-beginner.yaml"
TYPOS = ROOT / "examples" / "mistakes" / "typos.yaml"
FINDING_KEYS = {"path", "line", "column", "end_line", "end_column", "rule", "severity", "message"}


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_clean_program_exits_zero(workdir: Path, run_cli: RunCli) -> None:
    shutil.copy(CLEAN, workdir / "program.yaml")
    code, out, _ = run_cli("check", "program.yaml")
    assert (code, out) == (0, "No problems found in 1 file.\n")


def test_findings_are_lines_then_a_summary(workdir: Path, run_cli: RunCli) -> None:
    (workdir / "p.yaml").write_text("program: x\nworkouts: []\nlevel: pro\n")
    code, out, _ = run_cli("check", "p.yaml")
    assert code == 1
    assert out.splitlines() == [
        "p.yaml:2:11: error schema workouts must not be empty",
        "p.yaml:3:8: error schema level must be one of: beginner, intermediate, advanced; "
        "got 'pro'",
        "Found 2 problems (2 errors) in 1 of 1 file.",
    ]


def test_json_format_has_exactly_the_documented_keys(workdir: Path, run_cli: RunCli) -> None:
    shutil.copy(TYPOS, workdir / "typos.yaml")
    code, out, _ = run_cli("check", "--format", "json", "typos.yaml")
    assert code == 1
    findings = json.loads(out)
    assert findings, "the typos example has findings"
    for finding in findings:
        assert set(finding) == FINDING_KEYS
        assert finding["path"] == "typos.yaml"
        assert finding["severity"] in ("error", "warning", "info")
        assert isinstance(finding["line"], int) and isinstance(finding["column"], int)
    assert {
        "path": "typos.yaml",
        "line": 10,
        "column": 15,
        "end_line": 10,
        "end_column": 20,
        "rule": "schema",
        "severity": "error",
        "message": "sets must be a whole number from 1 to 20, like 3, or a range like 3-4, got "
        "'three'",
    } in findings


def test_exit_zero_and_fail_on(workdir: Path, run_cli: RunCli) -> None:
    (workdir / "p.yaml").write_text("program: x\nworkouts: []\n")
    assert run_cli("check", "--exit-zero", "p.yaml")[0] == 0
    # warnings only: pass by default, fail with --fail-on warning
    (workdir / "w.yaml").write_text(
        "program: x\nsessions-per-week: 1\nworkouts:\n  - name: A\n    exercises:\n"
        "      - exercise: plank\n"
        "        sets: 2\n        hold: 30 s\n"
        "      - exercise: dead bug\n        sets: 2\n        reps: 8\n"
    )
    code, out, _ = run_cli("check", "w.yaml")
    assert code == 0, out
    assert "warning training-frequency" in out
    assert "error" not in out
    assert run_cli("check", "--fail-on", "warning", "w.yaml")[0] == 1


def test_missing_path_is_exit_2_but_others_are_still_linted(workdir: Path, run_cli: RunCli) -> None:
    (workdir / "p.yaml").write_text("program: x\nworkouts: []\n")
    code, out, _ = run_cli("check", "missing.yaml", "p.yaml")
    assert code == 2
    assert "missing.yaml:1:1: error io-error no such file or directory" in out
    assert "p.yaml:2:11: error schema workouts must not be empty" in out


def test_directory_walk_skips_other_yaml(workdir: Path, run_cli: RunCli) -> None:
    (workdir / ".github" / "workflows").mkdir(parents=True)
    (workdir / ".github" / "workflows" / "ci.yml").write_text("on: push\njobs: {}\n")
    (workdir / "docker-compose.yml").write_text("services: {}\n")
    (workdir / ".pre-commit-config.yaml").write_text("repos: []\n")
    (workdir / "notes.yaml").write_text("shopping: [eggs]\n")
    (workdir / "programs").mkdir()
    shutil.copy(CLEAN, workdir / "programs" / "a.yaml")
    (workdir / "programs" / "b.yml").write_text("program: b\nworkouts: []\n")
    code, out, _ = run_cli("check")
    assert code == 1
    assert out.splitlines() == [
        "programs/b.yml:2:11: error schema workouts must not be empty",
        "Found 1 problem (1 error) in 1 of 2 files.",
    ]
    # a file named explicitly is always linted
    code, out, _ = run_cli("check", "notes.yaml")
    assert "notes.yaml:1:1: error schema missing required key 'program'" in out


def test_color_only_when_asked_or_on_a_terminal(workdir: Path, run_cli: RunCli) -> None:
    (workdir / "p.yaml").write_text("program: x\nworkouts: []\n")
    assert "\x1b[" not in run_cli("check", "p.yaml")[1]
    assert "\x1b[31merror\x1b[0m" in run_cli("check", "--color", "always", "p.yaml")[1]


def test_stdin(workdir: Path, run_cli: RunCli) -> None:
    code, out, _ = run_cli("check", "-", stdin="program: x\nworkouts: []\n")
    assert code == 1
    assert out.startswith("-:2:11: error schema workouts must not be empty")


def test_output_file(workdir: Path, run_cli: RunCli) -> None:
    (workdir / "p.yaml").write_text("program: x\nworkouts: []\n")
    code, out, _ = run_cli("check", "--format", "json", "--output", "report.json", "p.yaml")
    assert code == 1 and out == ""
    assert json.loads((workdir / "report.json").read_text())[0]["rule"] == "schema"


def test_schema_command_prints_the_program_schema(run_cli: RunCli) -> None:
    code, out, _ = run_cli("schema", "--no-plugins")
    assert code == 0
    printed = json.loads(out)
    packaged = json.loads((ROOT / "schemas" / "program.schema.json").read_text())
    assert printed == packaged


def test_usage_errors_exit_2(workdir: Path) -> None:
    assert main(["check", "--format", "nope", "x.yaml"]) == 2
    assert main(["check", "--select", "no-such-rule", "x.yaml"]) == 2
    assert main(["frobnicate"]) == 2
    assert main(["--version"]) == 0


def _subprocess(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env, check=False)


@pytest.mark.composers("auto")  # a real process: the loader is not its subject
@pytest.mark.slow
def test_python_dash_m_checker(workdir: Path) -> None:
    (workdir / "p.yaml").write_text("program: x\nworkouts: []\n")
    result = _subprocess(sys.executable, "-m", "checker", "check", "p.yaml", cwd=workdir)
    assert result.returncode == 1
    assert result.stdout.startswith("p.yaml:2:11: error schema workouts must not be empty")
    assert result.stderr == ""


@pytest.mark.composers("auto")  # a real process: the loader is not its subject
@pytest.mark.slow
def test_console_script(workdir: Path) -> None:
    script = shutil.which("trainlint")
    if script is None:
        pytest.skip("trainlint is not installed as a console script")
    shutil.copy(CLEAN, workdir / "p.yaml")
    result = _subprocess(script, "check", "p.yaml", cwd=workdir)
    assert (result.returncode, result.stdout) == (0, "No problems found in 1 file.\n")
    bad = _subprocess(script, "check", "nope.yaml", cwd=workdir)
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr
