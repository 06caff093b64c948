"""Issue 15, item 2: the install instructions work as written, as far as they run offline.

trainlint is not on PyPI. The docs install it from a git URL, a wheel or a clone; the
CI jobs of docs/ci.md take one variable, ``TRAINLINT``. Here the jobs' own commands
run against a wheel built from this checkout (``TRAINLINT=file:///...whl``) in a
scratch repository; pre-commit's repository install is covered by
``tests/test_pre_commit.py``; the plugin guide's dependency on trainlint resolves
without any index once trainlint is installed.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT
from tests.test_writing_plugins import files_in_guide

DOCS = [
    ROOT / "README.md",
    *sorted((ROOT / "docs").glob("*.md")),
    ROOT / "plugins" / "trainlint-fat-loss" / "README.md",
]
#: ``pip install trainlint`` from an index (not ``trainlint @ URL``, not a plugin).
_FROM_INDEX = re.compile(r"pip install (?:-[-\w]+ )*[\"']?trainlint(?=[\"'\s]|$)(?! @)")


def test_no_doc_installs_trainlint_from_an_index() -> None:
    for doc in DOCS:
        found = _FROM_INDEX.findall(doc.read_text(encoding="utf-8"))
        assert not found, f"{doc.name}: {found}"


def _ci_blocks() -> dict[str, Any]:
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n# (\S+)\n(.*?)```", text, re.DOTALL)
    return {name: yaml.safe_load(body) for name, body in blocks}


def _github_steps(workflow: dict[str, Any]) -> list[str]:
    return [step["run"] for step in workflow["jobs"]["lint-programs"]["steps"] if "run" in step]


def test_ci_jobs_install_trainlint_from_one_variable() -> None:
    blocks = _ci_blocks()
    workflow = blocks[".github/workflows/trainlint.yml"]
    gitlab = blocks[".gitlab-ci.yml"]["trainlint"]
    assert workflow["env"]["TRAINLINT"].startswith("git+https://")
    assert gitlab["variables"]["TRAINLINT"].startswith("git+https://")
    assert _github_steps(workflow)[0] == 'pip install "trainlint @ $TRAINLINT"'
    assert gitlab["script"][0] == 'pip install "trainlint @ $TRAINLINT"'
    assert not gitlab["image"].endswith("-slim"), "pip needs git to install from a git URL"
    assert any(
        step.get("uses") == "github/codeql-action/upload-sarif@v4"
        for step in workflow["jobs"]["lint-programs"]["steps"]
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel of this checkout, built offline from a copy of the source tree."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "trainlint"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("checker", "rules", "schemas"):
        shutil.copytree(ROOT / folder, source / folder, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--disable-pip-version-check", "-w", str(work / "dist"), str(source)],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    (built,) = (work / "dist").glob("trainlint-*.whl")
    return built


@pytest.mark.slow
def test_ci_job_steps_run_against_a_wheel(wheel: Path, tmp_path: Path) -> None:
    blocks = _ci_blocks()
    workflow = blocks[".github/workflows/trainlint.yml"]
    gitlab = blocks[".gitlab-ci.yml"]["trainlint"]
    repo = tmp_path / "coach-repo"
    shutil.copytree(ROOT / "examples", repo / "programs")
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    for name, body in re.findall(r"```yaml\n# (\S+)\n(.*?)```", text, re.DOTALL):
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(body)
    site = tmp_path / "site"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "TRAINLINT": wheel.as_uri(),
        "PYTHONPATH": str(site),
        "NO_COLOR": "1",
        "TRAINLINT_NO_CACHE": "1",
    }
    # the documented install command; the dependencies are already in this environment
    install = _github_steps(workflow)[0].replace("pip install", f"{sys.executable} -m pip install")
    done = subprocess.run(
        ["bash", "-c", f"{install} --quiet --no-deps --target {shlex.quote(str(site))}"],
        env=env, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr

    def step(command: str) -> subprocess.CompletedProcess[str]:
        args = shlex.split(command)
        assert args[0] == "trainlint"
        return subprocess.run(
            [sys.executable, "-m", "checker", *args[1:]],
            cwd=repo, env=env, capture_output=True, text=True, check=False, timeout=300,
        )  # fmt: skip

    where = subprocess.run(
        [sys.executable, "-c", "import checker; print(checker.__file__)"],
        cwd=repo, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert where.stdout.startswith(str(site)), "trainlint must come from the installed wheel"

    github = [s for s in _github_steps(workflow) if s.startswith("trainlint")]
    annotations, sarif = step(github[0]), step(github[1])
    assert annotations.returncode == 1
    assert annotations.stdout.startswith("::")
    assert sarif.returncode == 0, sarif.stderr
    log = json.loads((repo / "trainlint.sarif").read_text())
    assert log["version"] == "2.1.0" and log["runs"][0]["results"]

    report, gate = (step(s) for s in gitlab["script"][1:])
    assert report.returncode == 0, report.stderr
    assert json.loads((repo / "gl-code-quality-report.json").read_text())
    assert gate.returncode == 1
    shown = annotations.stdout + gate.stdout
    assert "programs/mistakes/typos.yaml" in shown
    # the CI files themselves are never linted as programs
    assert ".github" not in shown and ".gitlab-ci" not in shown and ".pre-commit" not in shown


@pytest.mark.slow
def test_the_guides_plugin_needs_no_index_once_trainlint_is_installed(tmp_path: Path) -> None:
    for name, body in files_in_guide().items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body)
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--no-index",
         "--no-build-isolation", "--disable-pip-version-check", "--quiet",
         str(tmp_path / "trainlint-rest")],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    guide = (ROOT / "docs" / "writing-plugins.md").read_text(encoding="utf-8")
    assert "pip install -e path/to/trainlint" in guide
    assert "--no-deps" in guide
