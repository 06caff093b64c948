"""Make the plugin importable from its source tree when it is not installed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from checker.testing import Registry, registry_with

SRC = Path(__file__).resolve().parent.parent / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))


@pytest.fixture(scope="session")
def registry() -> Registry:
    return registry_with("trainlint_fat_loss.plugin", distribution="trainlint-fat-loss")
