"""The real pre-commit runs this repository's hook against a scratch git repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

GOOD = (ROOT / "examples" / "strong-back-beginner.yaml").read_text()
BAD = (ROOT / "examples" / "mistakes" / "too-much-back.yaml").read_text()
#: The good program without its schema modeline and with its top-level key misspelt
#: (issue 15: such a file used to be skipped as "not a program").
MISSPELT = "Programme:" + GOOD.split("\nprogram:", 1)[1]


def test_the_hook_runs_serially() -> None:
    """trainlint parallelises itself: pre-commit must not split a commit into batches
    (each batch would print its own summary)."""
    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "trainlint"
    assert hook["require_serial"] is True


def _git_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(
        {
            "GIT_AUTHOR_NAME": "test",
            "GIT_AUTHOR_EMAIL": "test@example.invalid",
            "GIT_COMMITTER_NAME": "test",
            "GIT_COMMITTER_EMAIL": "test@example.invalid",
            "PRE_COMMIT_HOME": str(home / "pre-commit-cache"),
            "NO_COLOR": "1",
        }
    )
    return env


def test_pre_commit_hook_fails_on_a_bad_program_and_passes_on_a_good_one(
    tmp_path: Path,
) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    try:
        import pre_commit  # noqa: F401
    except ImportError:
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    if not (ROOT / ".git").exists():
        pytest.skip("the trainlint checkout is not a git repository")
    env = _git_env(tmp_path)
    scratch = tmp_path / "coach-repo"
    scratch.mkdir()

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=scratch, env=env, check=True, capture_output=True)

    git("init", "-q")
    (scratch / "good.yaml").write_text(GOOD)
    (scratch / "bad.yaml").write_text(BAD)
    workflows = scratch / ".github" / "workflows"
    workflows.mkdir(parents=True)
    (workflows / "ci.yml").write_text("on: push\njobs: {}\n")
    (scratch / "compose.yaml").write_text("services:\n  web: {image: nginx}\n")
    (scratch / ".pre-commit-config.yaml").write_text("repos: []\n")
    (scratch / "misspelt.yaml").write_text(MISSPELT)
    git("add", ".")

    def try_repo(*files: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "pre_commit",
                "try-repo",
                str(ROOT),
                "trainlint",
                "--files",
                *files,
            ],
            cwd=scratch,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )

    passed = try_repo(
        "good.yaml", ".github/workflows/ci.yml", "compose.yaml", ".pre-commit-config.yaml"
    )
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout
    failed = try_repo("good.yaml", "bad.yaml")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "bad.yaml:23:19: error max-back-exercises" in failed.stdout
    # a program whose top-level key is misspelt blocks the commit too
    blocked = try_repo("misspelt.yaml")
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert (
        "misspelt.yaml:1:1: error schema unknown key 'Programme' (did you mean 'program'?)"
        in blocked.stdout
    )
