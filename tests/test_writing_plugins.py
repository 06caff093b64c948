"""The code samples of docs/writing-plugins.md are a real plugin: build it, use it, test it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

#: the guide's plugin is installed once for the module, on one worker
pytestmark = pytest.mark.xdist_group("writing-plugins")

GUIDE = ROOT / "docs" / "writing-plugins.md"
BLOCK = re.compile(r"^```\w+ file=(?P<name>\S+)\n(?P<body>.*?)^```$", re.MULTILINE | re.DOTALL)


def files_in_guide() -> dict[str, str]:
    return {m.group("name"): m.group("body") for m in BLOCK.finditer(GUIDE.read_text())}


def test_guide_has_the_whole_plugin() -> None:
    assert set(files_in_guide()) == {
        "trainlint-rest/pyproject.toml",
        "trainlint-rest/src/trainlint_rest/__init__.py",
        "trainlint-rest/src/trainlint_rest/rest_between_sets.py",
        "trainlint-rest/tests/test_rest_between_sets.py",
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("guide")
    for name, body in files_in_guide().items():
        path = work / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body)
    target = work / "site"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--disable-pip-version-check",
            "--target",
            str(target),
            str(work / "trainlint-rest"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return work, target


def _run(target: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(target), "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


@pytest.mark.slow
def test_the_guides_plugin_is_listed_and_explained(built: tuple[Path, Path]) -> None:
    work, target = built
    plugins = _run(target, work, "-m", "checker", "plugins")
    assert plugins.returncode == 0, plugins.stderr
    assert "trainlint-rest 0.1.0" in plugins.stdout
    assert "rest/rest-between-sets" in plugins.stdout
    explain = _run(target, work, "-m", "checker", "explain", "rest/rest-between-sets")
    assert "Heavy compound lifts need the nervous system" in explain.stdout


@pytest.mark.slow
def test_the_guides_plugin_lints(built: tuple[Path, Path]) -> None:
    work, target = built
    (work / "p.yaml").write_text(
        "program: P\nworkouts:\n  - name: A\n    warmup: 5 min\n    exercises:\n"
        "      - exercise: stone lift\n        sets: 3\n        reps: 6\n        rest: 1 min\n"
    )
    result = _run(
        target, work, "-m", "checker", "check", "--select", "rest/rest-between-sets", "p.yaml"
    )
    assert result.stdout.splitlines()[0] == (
        "p.yaml:9:15: warning rest/rest-between-sets 'stone lift' rests 1 min between sets; "
        "rest at least 2 min for intermediate lifters"
    )
    oneline = _run(
        target,
        work,
        *("-m", "checker", "check", "--select", "rest/rest-between-sets", "p.yaml"),
        *("--format", "oneline"),
    )
    assert oneline.stdout == (
        "p.yaml line 9: 'stone lift' rests 1 min between sets; rest at least 2 min for "
        "intermediate lifters (rest/rest-between-sets)\n1 finding(s) in 1 file(s)\n"
    ), oneline.stderr


@pytest.mark.slow
def test_the_guides_tests_pass_with_the_pytest_fixture(built: tuple[Path, Path]) -> None:
    work, target = built
    result = _run(
        target, work / "trainlint-rest", "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout
