"""Whether to color the output: one decision for the click command line and the lean path
(it imports nothing heavy, so :mod:`checker.lean` can use it without click)."""

from __future__ import annotations

import os
from typing import IO


def use_color(choice: str, stream: IO[str]) -> bool:
    """``--color always|never`` wins; with ``auto``, ``NO_COLOR`` (non-empty) turns color
    off, then ``FORCE_COLOR`` (non-empty, not ``0``) turns it on, else a terminal does."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR", "") not in ("", "0"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    return stream.isatty()
