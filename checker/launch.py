"""The console script's entry point: Ctrl-C while trainlint is still starting.

Importing the command line (click, and through it most of the standard library)
takes most of a one-file run. A Ctrl-C in that time would otherwise end in a
KeyboardInterrupt traceback from whatever module was being imported. Until the
imports are done, Ctrl-C ends the process at once with exit status 130 and one
line on stderr, as :func:`checker.cli.main` does once it runs.
"""

from __future__ import annotations

import os
import signal
from types import FrameType

from checker.exits import EXIT_INTERRUPTED  # (a module of constants: nothing to import)


def _interrupted_while_starting(signum: int, frame: FrameType | None) -> None:
    os.write(2, b"Interrupted.\n")  # (no buffered stream: nothing may have been set up yet)
    os._exit(EXIT_INTERRUPTED)


def run() -> int:
    """Import and run the command line; the exit status.

    The plain ``check`` command lines (see :mod:`checker.lean`) run without click."""
    previous = signal.signal(signal.SIGINT, _interrupted_while_starting)
    import sys

    from checker import lean

    values = lean.parse(sys.argv[1:])
    if values is not None:
        import checker.app  # noqa: F401  (what lean.run imports, still guarded)

        signal.signal(signal.SIGINT, previous)
        return lean.run(values)
    from checker.cli import main

    signal.signal(signal.SIGINT, previous)
    return main()
