"""trainlint: a linter for strength-training programs written in YAML."""

from __future__ import annotations

__version__ = "0.1.0"
