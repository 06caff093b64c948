"""``--format github``: GitHub Actions workflow commands that annotate the pull request.

One command per finding, for example::

    ::error file=program.yaml,line=4,col=13,endLine=4,endColumn=14,title=set-range::...

``warning`` findings become ``::warning`` and ``info`` findings ``::notice``.
Values are escaped as GitHub's own toolkit (``@actions/core``) escapes them.
The last line is the plain summary.
"""

from __future__ import annotations

from collections.abc import Mapping

from checker.findings import Finding, Severity
from checker.report import Report
from checker.reporters.escape import escape_controls
from checker.reporters.options import RenderOptions
from checker.reporters.text import summary

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def running_in_github_actions(environ: Mapping[str, str]) -> bool:
    """True inside a GitHub Actions job (which sets ``GITHUB_ACTIONS=true``)."""
    return environ.get("GITHUB_ACTIONS") == "true"


def escape_data(text: str) -> str:
    """Escape the message of a workflow command.

    CR and LF are percent-encoded as GitHub's toolkit does (they break lines inside the
    annotation, never in the log); every other control character is shown as an escape
    such as ``\\x1b``: text from a program file must not reach the log raw (see
    :mod:`checker.reporters.escape`).
    """
    text = escape_controls(text, keep="\r\n")
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value of a workflow command."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(finding: Finding) -> str:
    properties: list[tuple[str, object]] = [
        ("file", finding.path),
        ("line", finding.line),
        ("col", finding.column),
        ("endLine", finding.end_line),
        ("endColumn", finding.end_column),
        ("title", finding.rule),
    ]
    rendered = ",".join(
        f"{name}={escape_property(str(value))}" for name, value in properties if value is not None
    )
    return f"::{COMMANDS[finding.severity]} {rendered}::{escape_data(finding.message)}"


def render(report: Report, options: RenderOptions) -> str:
    lines = [command(finding) for finding in report.findings]
    lines.append(summary(report))
    return "\n".join(lines) + "\n"
