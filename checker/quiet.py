"""Keep standard output for the report: plugin code prints to standard error instead.

A plugin's hook or rule that prints (a leftover ``print()``, a library's banner) must
not end up in the report: ``--format json`` would no longer be valid JSON. While
plugins run (their import, their hooks, every file's rules, in the parent and in the
workers it forks), standard output is redirected to standard error, both for Python
code (``sys.stdout``) and at the file-descriptor level (C extensions,
``os.write(1, ...)``).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator


@contextlib.contextmanager
def stdout_to_stderr() -> Iterator[None]:
    """Send everything written to standard output to standard error meanwhile."""
    with contextlib.suppress(Exception):
        sys.stdout.flush()
    try:
        saved: int | None = os.dup(1)
        os.dup2(2, 1)
    except OSError:  # no descriptor 1 or 2: Python-level redirection only
        saved = None
    try:
        with contextlib.redirect_stdout(sys.stderr):
            yield
    finally:
        with contextlib.suppress(Exception):
            sys.stderr.flush()
        if saved is not None:
            os.dup2(saved, 1)
            os.close(saved)
