"""The report of a run: every finding, what was checked, and the exit code it means."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from checker.exits import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK
from checker.findings import INTERNAL_ERROR, IO_ERROR, Finding, Severity

if TYPE_CHECKING:
    from checker.settings import ActiveRule

#: Findings that mean "trainlint could not do its job": exit code 2.
FATAL_IDS = frozenset({INTERNAL_ERROR, IO_ERROR})


@dataclass(slots=True, repr=False, eq=False)
class PluginError:
    """A plugin that could not be used, and why."""

    distribution: str
    cause: str

    def __str__(self) -> str:
        return f"plugin '{self.distribution}': {self.cause}"


@dataclass(slots=True, repr=False, eq=False)
class Report:
    """The outcome of a run: every finding, and what was checked."""

    findings: list[Finding] = field(default_factory=list)
    #: Display paths of the files that were linted, in order.
    checked: list[str] = field(default_factory=list)
    plugin_errors: list[PluginError] = field(default_factory=list)
    rules: list[ActiveRule] = field(default_factory=list)
    #: Things the user should know that change no result (shown on standard error).
    warnings: list[str] = field(default_factory=list)

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
