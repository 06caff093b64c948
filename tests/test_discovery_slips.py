"""Issue 15, item 1: a program whose top-level key is misspelt is still found by a walk.

A file with ``Program:``, ``programme:``, ``workout:`` or ``workots:`` is exactly what
trainlint exists to report; a walk must lint it (and the misspelt key is one ``schema``
finding with a did-you-mean), while CI workflows, compose files and the pre-commit
configuration are still left alone. ``include`` globs name programs explicitly.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.discovery import is_program_text
from tests.conftest import RunCli

pytestmark = pytest.mark.composers

BODY = "    exercises:\n      - exercise: plank\n        sets: 2\n        hold: 30 s\n"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Program", "workouts"),
        ("program", "Workouts"),
        ("programme", "workout"),
        ("progam", "workouts"),
        ("PROGRAM", "workots"),
    ],
)
def test_a_slip_of_a_program_key_is_a_program(first: str, second: str) -> None:
    assert is_program_text(f"{first}: x\n{second}:\n  - name: A\n".encode())


@pytest.mark.parametrize(
    "text",
    [
        "on: push\njobs: {}\n",
        "services:\n  web: {image: x}\nvolumes: {}\n",
        "repos: []\n",
        "workflows: {}\nworkers: 3\nprogress: true\nproject: x\nprompt: y\n",
        "name: x\n  program: nested keys do not count\n",
    ],
)
def test_other_yaml_is_not_a_program(text: str) -> None:
    assert not is_program_text(text.encode())


def test_a_walk_lints_a_program_with_a_misspelt_key(workdir: Path, run_cli: RunCli) -> None:
    (workdir / "programs").mkdir()
    (workdir / "programs" / "a.yaml").write_text(
        "programme: Block A\nworkouts:\n  - name: Day A\n" + BODY
    )
    (workdir / "programs" / "b.yaml").write_text(
        "program: Block B\nWorkout:\n  - name: Day A\n" + BODY
    )
    (workdir / ".github" / "workflows").mkdir(parents=True)
    (workdir / ".github" / "workflows" / "ci.yml").write_text("on: push\njobs: {}\n")
    (workdir / "docker-compose.yml").write_text("services: {}\n")
    (workdir / "compose.yaml").write_text("services: {}\n")
    (workdir / ".pre-commit-config.yaml").write_text("repos: []\n")
    code, out, _ = run_cli("check", "--no-cache")
    assert code == 1
    assert [line for line in out.splitlines() if " schema " in line] == [
        "programs/a.yaml:1:1: error schema unknown key 'programme' (did you mean 'program'?)",
        "programs/b.yaml:2:1: error schema unknown key 'Workout' (did you mean 'workouts'?)",
    ]
    assert out.splitlines()[-1].endswith("in 2 of 2 files.")


def test_include_globs_name_programs_whatever_they_hold(workdir: Path, run_cli: RunCli) -> None:
    (workdir / ".trainlint.yaml").write_text('include: ["programs/**/*.yaml"]\n')
    (workdir / "programs" / "beginners").mkdir(parents=True)
    (workdir / "programs" / "beginners" / "a.yaml").write_text("name: Block A\n")
    (workdir / "notes.yaml").write_text("name: not a program\n")
    code, out, _ = run_cli("check", "--no-cache")
    assert code == 1
    assert out.splitlines() == [
        "programs/beginners/a.yaml:1:1: error schema missing required key 'program'",
        "programs/beginners/a.yaml:1:1: error schema missing required key 'workouts'",
        "programs/beginners/a.yaml:1:1: error schema unknown key 'name' "
        "(expected one of: $schema, author, custom-exercises, goal, level, notes, program, "
        "sessions-per-week, warmup, weeks, workouts)",
        "Found 3 problems (3 errors) in 1 of 1 file.",
    ]
    code, out, _ = run_cli("config")
    (line,) = [line for line in out.splitlines() if line.startswith("include ")]
    assert line.split("=", 1)[1].startswith(' ["programs/**/*.yaml"]  # .trainlint.yaml:1')


def test_an_included_file_staged_for_pre_commit_is_linted(workdir: Path, run_cli: RunCli) -> None:
    (workdir / ".trainlint.yaml").write_text('include: ["programs/*.yaml"]\n')
    (workdir / "programs").mkdir()
    (workdir / "programs" / "a.yaml").write_text("name: Block A\n")
    (workdir / "notes.yaml").write_text("name: not a program\n")
    code, out, _ = run_cli(
        "check", "--no-cache", "--force-exclude", "programs/a.yaml", "notes.yaml"
    )
    assert code == 1
    assert "programs/a.yaml:1:1: error schema missing required key 'program'" in out
    assert "notes.yaml" not in out
