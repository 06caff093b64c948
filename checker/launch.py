"""The console script's entry point: start-up, Ctrl-C while starting, and the exit.

Importing the command line (click, and through it most of the standard library)
takes most of a one-file run. A Ctrl-C in that time would otherwise end in a
KeyboardInterrupt traceback from whatever module was being imported. Until the
imports are done, Ctrl-C ends the process at once with exit status 130 and one
line on stderr, as :func:`checker.cli.main` does once it runs.

Two costs of a short run are the interpreter's, not trainlint's (a fifth of a
one-file run together): the cyclic garbage collector scanning, again and again,
the tens of thousands of objects start-up makes and keeps (it is paused until
the runner starts linting: :mod:`checker.startup`), and, at the exit, freeing every
module and object of a process that is ending anyway (:func:`main` ends the
process once the output is flushed, as mypy does).
"""

from __future__ import annotations

import os
import signal
import sys
from types import FrameType

from checker import startup
from checker.exits import EXIT_INTERRUPTED  # (a module of constants: nothing to import)


def _interrupted_while_starting(signum: int, frame: FrameType | None) -> None:
    os.write(2, b"Interrupted.\n")  # (no buffered stream: nothing may have been set up yet)
    os._exit(EXIT_INTERRUPTED)


def main() -> int:
    """The console script: :func:`run`, then the exit (see :func:`exit_now`)."""
    return exit_now(run())


def run() -> int:
    """Import and run the command line; the exit status.

    The plain ``check`` command lines (see :func:`checker.lean`) run without click, with
    the garbage collector paused until the runner starts linting."""
    previous = signal.signal(signal.SIGINT, _interrupted_while_starting)
    startup.pause()
    try:
        from checker import lean

        values = lean.parse(sys.argv[1:])
        if values is not None:
            import checker.app  # noqa: F401  (what lean.run imports, still guarded)

            signal.signal(signal.SIGINT, previous)
            return lean.run(values)  # (the runner resumes the collector)
        startup.started()  # the other commands (some read many files) collect as usual
        from checker.cli import main as cli_main

        signal.signal(signal.SIGINT, previous)
        return cli_main()
    finally:
        startup.started()


def exit_now(status: int) -> int:
    """End the process with ``status`` without the interpreter's teardown, once the
    ``atexit`` functions (a plugin's) have run and the standard streams are flushed.
    Returns ``status`` (for the ordinary exit) when another thread is still running
    or a stream cannot be flushed (a closed pipe: the ordinary exit reports it)."""
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return status
    import atexit

    atexit._run_exitfuncs()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return status
    os._exit(status)
