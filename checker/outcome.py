"""What a command produced: text for standard output and error, and the exit code.

Every command of :mod:`checker.app` returns one; :mod:`checker.cli` prints it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.exits import EXIT_OK


@dataclass(slots=True, repr=False, eq=False)
class Outcome:
    """What a command produced: standard output, error lines and the exit code."""

    stdout: str = ""
    errors: list[str] = field(default_factory=list)
    exit_code: int = EXIT_OK
    #: Information for standard error that is no error (statistics beside machine output).
    stderr: str = ""
    #: Lines for standard error that do not change the exit code.
    warnings: list[str] = field(default_factory=list)
    #: A mistake in how the command was called (shown with the usage, exit code 2).
    usage_error: str | None = None
