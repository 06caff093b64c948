"""Issue 15, item 13: options ruff and yamllint users reach for.

``--quiet``, ``--show-files``, ``--stdin-filename``, ``--extend-exclude``,
``FORCE_COLOR``, ``trainlint config FILE`` and shell completion of rule ids.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import RunCli

pytestmark = pytest.mark.composers

EMPTY = "program: x\nworkouts: []\n"
CONFIG = (
    "overrides:\n"
    '  - files: ["drafts/**"]\n'
    "    ignore: [warmup]\n"
    "    rules:\n"
    "      max-back-exercises: {max: 1}\n"
)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    (tmp_path / "p.yaml").write_text(EMPTY)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "d.yaml").write_text(EMPTY)
    (tmp_path / ".trainlint.yaml").write_text(CONFIG)
    return tmp_path


def test_quiet_prints_the_findings_only(workdir: Path, run_cli: RunCli) -> None:
    code, out, _ = run_cli("check", "--no-cache", "-q")
    assert code == 1
    assert out == (
        "drafts/d.yaml:2:11: error schema workouts must not be empty\n"
        "p.yaml:2:11: error schema workouts must not be empty\n"
    )
    (workdir / "p.yaml").unlink()
    (workdir / "drafts" / "d.yaml").unlink()
    assert run_cli("check", "--no-cache", "--quiet") == (0, "", "")


def test_show_files_lists_what_would_be_linted(workdir: Path, run_cli: RunCli) -> None:
    (workdir / "compose.yaml").write_text("services: {}\n")
    code, out, _ = run_cli("check", "--show-files")
    assert (code, sorted(out.splitlines())) == (0, ["drafts/d.yaml", "p.yaml"])
    code, out, _ = run_cli("check", "--show-files", "--extend-exclude", "drafts/**")
    assert (code, out) == (0, "p.yaml\n")


def test_extend_exclude_adds_to_the_configuration(workdir: Path, run_cli: RunCli) -> None:
    (workdir / ".trainlint.yaml").write_text('exclude: ["p.yaml"]\n')
    code, out, _ = run_cli("check", "--no-cache", "--extend-exclude", "drafts/**")
    assert (code, out) == (0, "No problems found in 0 files.\n")


def test_stdin_filename_names_standard_input(workdir: Path, run_cli: RunCli) -> None:
    code, out, _ = run_cli(
        "check", "--no-cache", "--stdin-filename", "drafts/new.yaml", stdin=EMPTY
    )
    assert code == 1
    assert out.splitlines() == [
        "drafts/new.yaml:2:11: error schema workouts must not be empty",
        "Found 1 problem (1 error) in 1 of 1 file.",
    ]
    skipped = run_cli(
        "check", "--no-cache", "--stdin-filename", "drafts/new.yaml", "--force-exclude",
        "--extend-exclude", "drafts/**", "-", stdin=EMPTY,
    )  # fmt: skip
    assert skipped == (0, "No problems found in 0 files.\n", "")


def test_stdin_filename_gets_the_overrides_of_its_path(workdir: Path, run_cli: RunCli) -> None:
    program = (
        "program: x\nworkouts:\n  - name: A\n    exercises:\n"
        "      - exercise: deadlift\n        sets: 2\n        reps: 8\n"
        "      - exercise: lat pulldown\n        sets: 2\n        reps: 8\n"
    )
    rules = ["--select", "max-back-exercises,warmup"]
    _, out, _ = run_cli("check", "--no-cache", *rules, "--stdin-filename", "p2.yaml", stdin=program)
    assert "warmup" in out and "max-back-exercises" not in out
    _, out, _ = run_cli(
        "check", "--no-cache", *rules, "--stdin-filename", "drafts/p2.yaml", stdin=program
    )
    assert "warmup" not in out and "drafts/p2.yaml:" in out and "max-back-exercises" in out


@pytest.mark.parametrize(
    ("env", "colored"),
    [({"FORCE_COLOR": "1"}, True), ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False), ({}, False)],
)
def test_force_color(workdir: Path, env: dict[str, str], colored: bool, run_cli: RunCli) -> None:
    _, out, _ = run_cli("check", "--no-cache", "p.yaml", env=env)
    assert ("\x1b[" in out) is colored
    _, out, _ = run_cli("check", "--no-cache", "--color", "never", "p.yaml", env=env)
    assert "\x1b[" not in out


def _values(out: str) -> dict[str, str]:
    rows = (line.split(" = ", 1) for line in out.splitlines())
    return {key.strip(): value for key, value in rows}


def test_config_for_one_file_applies_its_overrides(workdir: Path, run_cli: RunCli) -> None:
    code, out, _ = run_cli("config", "drafts/d.yaml")
    assert code == 0
    values = _values(out)
    assert values["file"] == '"drafts/d.yaml"  # argument'
    assert values["file-overrides"] == "[\"overrides[0]\"]  # matching 'files' globs"
    assert values["ignore"] == '["warmup"]  # .trainlint.yaml:3 (overrides[0])'
    assert values["rules.max-back-exercises.max"] == "1  # .trainlint.yaml:5 (overrides[0])"
    plain = _values(run_cli("config", "p.yaml")[1])
    assert plain["file-overrides"] == "[]  # matching 'files' globs"
    assert plain["ignore"] == "[]  # default"
    assert plain["rules.max-back-exercises.max"].endswith("# default")
    assert "file" not in _values(run_cli("config")[1])


@pytest.mark.composers("auto")  # a real process: the loader is not its subject
@pytest.mark.slow
def test_explain_completes_rule_ids(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "_TRAINLINT_COMPLETE": "bash_complete",
        "COMP_WORDS": "trainlint explain max-b",
        "COMP_CWORD": "2",
    }
    done = subprocess.run(
        [sys.executable, "-c", "from checker.launch import run; raise SystemExit(run())"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert done.stdout.splitlines() == ["plain,max-back-exercises"], done.stderr


def test_readme_documents_the_options() -> None:
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for text in (
        "--quiet",
        "--show-files",
        "--stdin-filename",
        "--extend-exclude",
        "FORCE_COLOR",
        "trainlint config [FILE]",
        "_TRAINLINT_COMPLETE=bash_source trainlint",
    ):
        assert text in readme, text
