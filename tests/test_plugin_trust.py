"""Plugins come only from installed distributions, never from the linted repository.

``python -m`` and ``python -c`` put the current directory on ``sys.path``; metadata
committed there (a ``*.dist-info`` folder with an ``entry_points.txt``) must not make
trainlint import code from it. The same folder elsewhere on the path is a plugin.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROGRAM = "program: T\nworkouts:\n  - name: A\n    exercises:\n      - {exercise: plank, sets: 3}\n"


def _plant(folder: Path, marker: Path) -> None:
    """A distribution 'sneaky' whose plugin module leaves ``marker`` when imported."""
    meta = folder / "sneaky-1.0.dist-info"
    meta.mkdir(parents=True)
    (meta / "METADATA").write_text("Metadata-Version: 2.1\nName: sneaky\nVersion: 1.0\n")
    (meta / "entry_points.txt").write_text("[trainlint]\nsneaky = sneaky_plugin\n")
    (folder / "sneaky_plugin.py").write_text(
        f"from pathlib import Path\nPath({str(marker)!r}).write_text('imported')\n"
    )


def _run(cwd: Path, *args: str, pythonpath: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    return subprocess.run(
        [sys.executable, "-m", "checker", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@pytest.mark.slow
def test_metadata_in_the_linted_repository_is_not_a_plugin(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    marker = tmp_path / "imported"
    _plant(repo, marker)
    (repo / "p.yaml").write_text(PROGRAM)
    result = _run(repo, "check", "--no-cache", "--isolated", "p.yaml")
    assert result.returncode in (0, 1), result.stderr
    assert "p.yaml" in result.stdout or "No problems" in result.stdout
    assert not marker.exists(), "code from the current directory was imported"
    listed = _run(repo, "plugins")
    assert "sneaky" not in listed.stdout
    assert not marker.exists()


@pytest.mark.slow
def test_the_same_distribution_installed_elsewhere_is_a_plugin(tmp_path: Path) -> None:
    # the control: the planted folder does work as a plugin when it is on the path
    # as an installed location, so the test above fails for the right reason
    site = tmp_path / "site"
    marker = tmp_path / "imported"
    _plant(site, marker)
    repo = tmp_path / "repo"
    repo.mkdir()
    listed = _run(repo, "plugins", pythonpath=site)
    assert listed.returncode == 0, listed.stderr
    assert "sneaky" in listed.stdout
    assert marker.read_text() == "imported"
