"""Shared fixtures: the repository layout, the shared folder, a linter for snippets, the CLI.

* ``run_cli``: ``trainlint ARGS`` in-process through click's CliRunner, giving
  ``(code, stdout, stderr)`` (a :class:`CliResult`); ``stdin=`` feeds standard input,
  ``env=`` sets environment variables for the call. Real processes are for what only a
  process shows (exit by signal, locale, stdout bytes, workers): ``python -m checker``.
* ``install_distributions``: real distributions pip-installed (``--target``, offline:
  no dependencies, no build isolation) into a folder to put on ``PYTHONPATH`` of a
  ``python -m checker`` subprocess, each set once per test session under the name you
  give it and shared by the pytest-xdist workers, e.g.
  ``site = install_distributions("fat-loss", FAT_LOSS)`` (``FAT_LOSS`` is the example
  plugin's folder). Use it for any test that needs an installed plugin.
* ``copy_source_tree``: this checkout's installable files, copied (to build a wheel or
  a repository from the working tree).

Tests that take more than about a second (real installs, browsers, language servers,
runs with workers or time budgets) are marked ``@pytest.mark.slow``:
``pytest -m "not slow"`` is the quick loop; README's command and CI run everything.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from click.testing import CliRunner

from checker.cli import cli
from checker.engine import Engine
from checker.findings import Finding
from checker.plugins import Registry, build_registry
from checker.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def load_generator() -> Any:
    """``benchmarks/generate.py`` (not a package) as a module: realistic program corpora."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def copy_source_tree(dest: Path) -> Path:
    """What ``pip install`` needs of this checkout (its working tree, not a commit),
    copied to ``dest``: the package folders, ``pyproject.toml``, the README and the
    pre-commit hook manifest. Tests build or install from the copy, so no build output
    lands in the checkout."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build")
    for folder in ("checker", "rules", "schemas"):
        shutil.copytree(ROOT / folder, dest / folder, ignore=ignore)
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy(ROOT / name, dest / name)
    return dest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slow tests first, the most of them by module first, each module's order kept.

    pytest-xdist hands tests out in this order: the long ones (whole runs, installs,
    browsers) then start at once and the thousands of short ones fill the workers at
    the end, instead of one long test started last running on alone. No test may
    depend on the order.
    """
    slow_per_module: dict[Path, int] = {}
    for item in items:
        if item.get_closest_marker("slow") is not None:
            slow_per_module[item.path] = slow_per_module.get(item.path, 0) + 1
    items.sort(
        key=lambda item: (
            item.get_closest_marker("slow") is None,
            -slow_per_module.get(item.path, 0),
        )
    )


InstallDistributions = Callable[..., Path]


@pytest.fixture(scope="session")
def install_distributions(tmp_path_factory: pytest.TempPathFactory) -> InstallDistributions:
    """``install_distributions(name, *projects)``: a folder holding the projects (source
    folders) pip-installed with ``--target``, made once per session and name.

    With pytest-xdist the workers share one folder per name: the first builds it under
    a file lock, the others wait and reuse it.
    """
    from filelock import FileLock

    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # shared by the workers of this session
    root = base / "installed"
    root.mkdir(exist_ok=True)

    def install(name: str, *projects: Path) -> Path:
        key = hashlib.sha256("\0".join(map(str, projects)).encode()).hexdigest()[:12]
        target = root / f"{name}-{key}"
        with FileLock(str(root / f"{name}-{key}.lock")):
            if not (target / ".complete").exists():
                shutil.rmtree(target, ignore_errors=True)
                _pip_install_target(target, projects)
                (target / ".complete").write_text("")
        return target

    return install


def _pip_install_target(target: Path, projects: Sequence[Path]) -> None:
    # pip builds a local project in place and leaves ``*.egg-info`` next to the sources:
    # build copies instead, so the source tree (which tests put on sys.path) stays clean.
    ignore = shutil.ignore_patterns("*.egg-info", "__pycache__", "build")
    copies = []
    for project in projects:
        copy = target.parent / f"{target.name}-src" / project.name
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(project, copy, ignore=ignore)
        copies.append(str(copy))
    command = [
        sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
        "--no-index", "--disable-pip-version-check", "--target", str(target), *copies,
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=300)
    if result.returncode != 0:
        pytest.fail(f"pip could not install {list(projects)}: {result.stderr[-2000:]}")


def shared_path(*parts: str) -> Path:
    """A path in ../shared, skipping the test cleanly when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared is only present in the dev setup)")
    return path


_REGISTRY: Registry | None = None


def builtin_registry() -> Registry:
    global _REGISTRY
    if _REGISTRY is None:
        _REGISTRY = build_registry(plugins=False)
    return _REGISTRY


Lint = Callable[..., list[Finding]]


def lint_text(
    text: str, select: Sequence[str] | None = None, path: str = "program.yaml"
) -> list[Finding]:
    engine = Engine(builtin_registry(), Settings(select=select))
    return engine.lint_bytes(textwrap.dedent(text).encode("utf-8"), path)


@pytest.fixture
def lint() -> Lint:
    return lint_text


def summary(findings: Sequence[Finding]) -> list[tuple[str, int, int, str]]:
    return [(f.rule, f.line, f.column, f.message) for f in findings]


class CliResult(NamedTuple):
    """What ``trainlint`` did: compares and unpacks like ``(code, stdout, stderr)``."""

    code: int
    stdout: str
    stderr: str


RunCli = Callable[..., CliResult]


def invoke_cli(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> CliResult:
    """``trainlint ARGS`` in-process (click's CliRunner); exceptions propagate."""
    result = CliRunner().invoke(cli, list(args), input=stdin, env=env, catch_exceptions=False)
    return CliResult(result.exit_code, result.stdout, result.stderr)


@pytest.fixture
def run_cli() -> RunCli:
    """The command line in-process: ``code, out, err = run_cli("check", "p.yaml")``."""
    return invoke_cli


def run_code(code: str, arguments: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """``python -c code arguments`` in ``cwd``, as a user's shell runs it: no color, UTF-8
    output, not a CI runner."""
    env = {**os.environ, "NO_COLOR": "", "PYTHONIOENCODING": "utf-8"}
    env.pop("CI", None)
    return subprocess.run(
        [sys.executable, "-c", code, *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=300,
    )
