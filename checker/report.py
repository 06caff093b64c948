"""The report of a run: every finding, what was checked, and the exit code it means."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.exits import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK
from checker.findings import INTERNAL_ERROR, IO_ERROR, Finding, Severity
from checker.values import Record

if TYPE_CHECKING:
    from checker.settings import ActiveRule

#: Findings that mean "trainlint could not do its job": exit code 2.
FATAL_IDS = frozenset({INTERNAL_ERROR, IO_ERROR})


class PluginError(Record, fields=("distribution", "cause")):
    """A plugin that could not be used, and why."""

    __slots__ = ("cause", "distribution")

    distribution: str
    cause: str

    def __init__(
        self,
        distribution: str,
        cause: str,
    ) -> None:
        self.distribution = distribution
        self.cause = cause

    def __str__(self) -> str:
        return f"plugin '{self.distribution}': {self.cause}"


class Report(Record, fields=("findings", "checked", "plugin_errors", "rules", "warnings")):
    """The outcome of a run: every finding, and what was checked."""

    __slots__ = ("checked", "findings", "plugin_errors", "rules", "warnings")

    findings: list[Finding]
    #: Display paths of the files that were linted, in order.
    checked: list[str]
    plugin_errors: list[PluginError]
    rules: list[ActiveRule]
    #: Things the user should know that change no result (shown on standard error).
    warnings: list[str]

    def __init__(
        self,
        findings: list[Finding] | None = None,
        checked: list[str] | None = None,
        plugin_errors: list[PluginError] | None = None,
        rules: list[ActiveRule] | None = None,
        warnings: list[str] | None = None,
    ) -> None:
        self.findings = [] if findings is None else findings
        self.checked = [] if checked is None else checked
        self.plugin_errors = [] if plugin_errors is None else plugin_errors
        self.rules = [] if rules is None else rules
        self.warnings = [] if warnings is None else warnings

    @property
    def files(self) -> int:
        return len(self.checked)

    @property
    def tool_version(self) -> str:
        """The version of trainlint that made this report."""
        from checker import __version__

        return __version__

    def sort(self) -> None:
        self.findings.sort(key=lambda f: f.sort_key)

    def failed(self, fail_on: Severity) -> bool:
        return any(f.severity >= fail_on for f in self.findings)

    @property
    def fatal(self) -> bool:
        return bool(self.plugin_errors) or any(f.rule in FATAL_IDS for f in self.findings)

    def exit_code(self, fail_on: Severity = Severity.ERROR, exit_zero: bool = False) -> int:
        if self.fatal:
            return EXIT_ERROR
        if exit_zero:
            return EXIT_OK
        return EXIT_FINDINGS if self.failed(fail_on) else EXIT_OK
