"""The garbage collector paused while trainlint starts (a tenth of a one-file run).

Start-up makes tens of thousands of objects (modules, the catalog, the schema) that
live until the exit, and the cyclic garbage collector would scan them again and again
while they are made. :mod:`checker.launch` pauses it for the ``check`` command lines;
the runner resumes it (:func:`started`) before it lints, with what start-up made set
aside (``gc.freeze``: never scanned again), so that linting many files collects as
usual, in the workers too. Nothing here is imported from the rest of trainlint.
"""

from __future__ import annotations

import gc

#: Whether :func:`pause` paused the collector (resumed by :func:`started`).
_paused = False


def pause() -> None:
    """Pause the collector (if it runs) until :func:`started`."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def started() -> None:
    """Start-up is over: resume the collector that :func:`pause` paused, setting aside
    the objects made so far. Does nothing when it was not paused."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
