"""trainlint plugin for fat-loss programs (guidance text 002)."""

from __future__ import annotations

__version__ = "0.1.0"
