"""A progress line on a terminal for runs longer than about a second.

Shown on standard error only when it is a terminal and not in CI (``CI`` set), and
only once a run has taken a second: quick runs, pipes and CI logs never see it. The
line is erased before the results are printed.
"""

from __future__ import annotations

import os
import time
from typing import IO


class TerminalProgress:
    """Called with (done, total) by the engine; draws at most ten times a second."""

    def __init__(self, stream: IO[str], delay: float = 1.0) -> None:
        self.stream = stream
        self.delay = delay
        self.started = time.monotonic()
        self._last = 0.0
        self._shown = False

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.started < self.delay or (now - self._last < 0.1 and done < total):
            return
        self._last = now
        self._shown = True
        self.stream.write(f"\r\x1b[2Ktrainlint: {done}/{total} files")
        self.stream.flush()

    def finish(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self._shown = False


def wanted(stream: IO[str], environ: dict[str, str] | None = None) -> bool:
    environ = dict(os.environ) if environ is None else environ
    if environ.get("CI") or environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
