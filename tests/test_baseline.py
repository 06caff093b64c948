"""`trainlint baseline write` and `check --baseline`: new findings only, moved lines still
match, stale entries reported."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, RunCli

pytestmark = pytest.mark.composers


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "examples" / "mistakes" / "too-much-back.yaml", tmp_path / "pull.yaml")
    return tmp_path


def test_baseline_round_trip(repo: Path, run_cli: RunCli) -> None:
    code, out, _ = run_cli("baseline", "write", "pull.yaml")
    assert code == 0
    assert out == "wrote 5 findings to .trainlint-baseline.json\n"
    data = json.loads((repo / ".trainlint-baseline.json").read_text())
    assert len(data["findings"]) == 5
    code, out, _ = run_cli("check", "--baseline", ".trainlint-baseline.json", "pull.yaml")
    assert (code, out) == (0, "No problems found in 1 file.\n")


def test_moved_lines_still_match_and_new_findings_fail(repo: Path, run_cli: RunCli) -> None:
    run_cli("baseline", "write", "pull.yaml")
    text = (repo / "pull.yaml").read_text()
    text = text.replace("program: Too much back\n", "program: Too much back\nweeks: 6\n\n")
    text = text.replace("reps: 12", "reps: 6")
    (repo / "pull.yaml").write_text(text)
    code, out, _ = run_cli("check", "--baseline", ".trainlint-baseline.json", "pull.yaml")
    assert code == 1
    assert out.splitlines() == [
        "pull.yaml:31:15: error rep-range 'seated cable row' has 6 reps; no source supports it: "
        "back exercises take 8 or more reps (000:109); the program names no goal: with 'goal: "
        "strength' (NSCA 2016, 6 or fewer reps for strength) or 'goal: hypertrophy' (NSCA "
        "2016, 6-12 reps for hypertrophy) a source would support it",
        "Found 1 problem (1 error) in 1 of 1 file.",
    ]


def test_stale_entries_are_reported(repo: Path, run_cli: RunCli) -> None:
    run_cli("baseline", "write", "pull.yaml")
    text = (repo / "pull.yaml").read_text().replace("sets: 5", "sets: 3")
    (repo / "pull.yaml").write_text(text)
    code, out, _ = run_cli("check", "--baseline", ".trainlint-baseline.json", "pull.yaml")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(".trainlint-baseline.json:")
    assert (
        "info stale-baseline stale baseline entry: pull.yaml no longer has 'set-range'"
        in (lines[0])
    )


def test_broken_baseline_is_exit_2(repo: Path, run_cli: RunCli) -> None:
    (repo / "b.json").write_text("{not json")
    code, _, err = run_cli("check", "--baseline", "b.json", "pull.yaml")
    assert code == 2
    assert "is not valid JSON" in err
