"""Shared fixtures: the repository layout, the shared folder, a linter for snippets."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

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
