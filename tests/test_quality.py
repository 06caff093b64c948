"""ruff (lint and format) and mypy --strict run as part of the test suite."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _tool(name: str) -> None:
    if (
        shutil.which(name) is None
        and subprocess.run(
            [sys.executable, "-m", name, "--version"], capture_output=True, check=False
        ).returncode
        != 0
    ):
        pytest.skip(f"{name} is not installed (pip install -e '.[test]')")


@pytest.mark.slow
def test_ruff_lint() -> None:
    _tool("ruff")
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_ruff_format() -> None:
    _tool("ruff")
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_strict(tmp_path: Path) -> None:
    """mypy --strict over ``checker`` with ``rules/`` and ``schemas/`` mapped into it.

    mypy knows nothing of setuptools' package-dir mapping, so the test lays the
    package out as it is installed (symlinks, no copies) and checks that tree.
    """
    _tool("mypy")
    package = tmp_path / "checker"
    package.mkdir()
    for entry in (ROOT / "checker").iterdir():
        if entry.name != "__pycache__":
            (package / entry.name).symlink_to(entry)
    (package / "rules").symlink_to(ROOT / "rules")
    (package / "schemas").symlink_to(ROOT / "schemas")
    config = str(ROOT / "pyproject.toml")
    command = [sys.executable, "-m", "mypy", "--config-file", config, "-p", "checker"]
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
