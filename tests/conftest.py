"""Shared fixtures: the repository layout, the shared folder, a linter for snippets, the CLI.

* ``run_cli``: ``trainlint ARGS`` in-process through click's CliRunner, giving
  ``(code, stdout, stderr)`` (a :class:`CliResult`); ``stdin=`` feeds standard input,
  ``env=`` sets environment variables for the call. Real processes are for what only a
  process shows (exit by signal, locale, stdout bytes, workers): ``python -m checker``.
"""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from click.testing import CliRunner

from checker.cli import cli
from checker.engine import Engine, Settings
from checker.findings import Finding
from checker.plugins import Registry, build_registry

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
