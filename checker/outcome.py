"""What a command produced: text for standard output and error, and the exit code.

Every command of :mod:`checker.app` returns one; :mod:`checker.cli` prints it.
"""

from __future__ import annotations

from checker.exits import EXIT_OK
from checker.values import Record


class Outcome(
    Record, fields=("stdout", "errors", "exit_code", "stderr", "warnings", "usage_error")
):
    """What a command produced: standard output, error lines and the exit code."""

    __slots__ = ("errors", "exit_code", "stderr", "stdout", "usage_error", "warnings")

    stdout: str
    errors: list[str]
    exit_code: int
    #: Information for standard error that is no error (statistics beside machine output).
    stderr: str
    #: Lines for standard error that do not change the exit code.
    warnings: list[str]
    #: A mistake in how the command was called (shown with the usage, exit code 2).
    usage_error: str | None

    def __init__(
        self,
        stdout: str = "",
        errors: list[str] | None = None,
        exit_code: int = EXIT_OK,
        stderr: str = "",
        warnings: list[str] | None = None,
        usage_error: str | None = None,
    ) -> None:
        self.stdout = stdout
        self.errors = [] if errors is None else errors
        self.exit_code = exit_code
        self.stderr = stderr
        self.warnings = [] if warnings is None else warnings
        self.usage_error = usage_error
