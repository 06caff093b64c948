"""The real pre-commit installs this repository's hook and runs it in a scratch git repository.

pre-commit makes the hook's virtualenv and pip-installs the repository into it, as for
a user; the dependencies are not downloaded again: that pip runs offline, without
dependencies or build isolation, and the hook finds them on ``PYTHONPATH`` (this
environment's site-packages, where ``pip install -e ".[test]"`` put them).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_source_tree

GOOD = (ROOT / "examples" / "strong-back-beginner.yaml").read_text()
BAD = (ROOT / "examples" / "mistakes" / "too-much-back.yaml").read_text()
#: The good program without its schema modeline and with its top-level key misspelt
#: (issue 15: such a file used to be skipped as "not a program").
MISSPELT = "Programme:" + GOOD.split("\nprogram:", 1)[1]
#: The hook three times, each on its own files: pre-commit installs the hook's
#: environment once (a virtualenv and a pip install) and runs it three times.
CONFIG = """\
repos:
  - repo: {repo}
    rev: {rev}
    hooks:
      - id: trainlint
        name: passes
        exclude: ^(bad|misspelt)\\.yaml$
      - id: trainlint
        name: fails
        files: ^(good|bad)\\.yaml$
      - id: trainlint
        name: blocks
        files: ^misspelt\\.yaml$
"""


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
            # the hook's pip: offline, the package alone (pip reads "0" as "no isolation")
            "PIP_NO_INDEX": "1",
            "PIP_NO_DEPS": "1",
            "PIP_NO_BUILD_ISOLATION": "0",
            "PYTHONPATH": os.pathsep.join(
                dict.fromkeys(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))
            ),
        }
    )
    return env


def _sections(output: str) -> dict[str, tuple[str, str]]:
    """pre-commit's report by hook name: (Passed or Failed, what the hook printed)."""
    found = {}
    parts = re.split(r"^(\w+)\.+(Passed|Failed)$", output, flags=re.MULTILINE)
    for name, verdict, body in zip(parts[1::3], parts[2::3], parts[3::3], strict=True):
        found[name] = (verdict, body)
    return found


@pytest.mark.slow
def test_pre_commit_hook_fails_on_a_bad_program_and_passes_on_a_good_one(
    tmp_path: Path,
) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    try:
        import pre_commit  # noqa: F401
    except ImportError:
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    env = _git_env(tmp_path)

    def git(cwd: Path, *args: str) -> str:
        done = subprocess.run(
            ["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True
        )
        return done.stdout.strip()

    # the working tree as a repository of one commit, as `pre-commit try-repo` does
    hook_repo = copy_source_tree(tmp_path / "trainlint")
    git(hook_repo, "init", "-q")
    git(hook_repo, "add", ".")
    git(hook_repo, "commit", "-q", "-m", "trainlint")
    rev = git(hook_repo, "rev-parse", "HEAD")

    scratch = tmp_path / "coach-repo"
    scratch.mkdir()
    git(scratch, "init", "-q")
    (scratch / "good.yaml").write_text(GOOD)
    (scratch / "bad.yaml").write_text(BAD)
    workflows = scratch / ".github" / "workflows"
    workflows.mkdir(parents=True)
    (workflows / "ci.yml").write_text("on: push\njobs: {}\n")
    (scratch / "compose.yaml").write_text("services:\n  web: {image: nginx}\n")
    (scratch / ".pre-commit-config.yaml").write_text(CONFIG.format(repo=hook_repo, rev=rev))
    (scratch / "misspelt.yaml").write_text(MISSPELT)
    git(scratch, "add", ".")
    files = ["good.yaml", "bad.yaml", ".github/workflows/ci.yml", "compose.yaml"]
    files += [".pre-commit-config.yaml", "misspelt.yaml"]
    done = subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--files", *files],
        cwd=scratch, env=env, capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    sections = _sections(done.stdout)
    assert set(sections) == {"passes", "fails", "blocks"}, output
    # a good program and YAML files that are no programs pass
    assert sections["passes"][0] == "Passed", output
    failed, shown = sections["fails"]
    assert failed == "Failed"
    assert "bad.yaml:21:19: error max-back-exercises" in shown
    assert "good.yaml" not in shown
    # a program whose top-level key is misspelt blocks the commit too
    blocked, shown = sections["blocks"]
    assert blocked == "Failed"
    assert (
        "misspelt.yaml:1:1: error schema unknown key 'Programme' (did you mean 'program'?)" in shown
    )
