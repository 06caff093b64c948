"""The default format: ``path:line:col: severity rule-id message`` and a summary."""

from __future__ import annotations

from checker.findings import Severity
from checker.report import Report
from checker.reporters.escape import escape_controls
from checker.reporters.options import RenderOptions

_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def _paint(text: str, code: str, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color else text


def summary(report: Report) -> str:
    counts = {severity: 0 for severity in Severity}
    for finding in report.findings:
        counts[finding.severity] += 1
    files = f"{report.files} file{'s' if report.files != 1 else ''}"
    total = len(report.findings)
    if not total:
        return f"No problems found in {files}."
    parts = [
        f"{counts[s]} {s.label}{'s' if counts[s] != 1 else ''}"
        for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        if counts[s]
    ]
    checked = set(report.checked)
    paths = {f.path for f in report.findings}
    affected = len(paths & checked)
    # paths that were never read (missing, a loop, a folder that vanished)
    unread = len(paths - checked)
    text = (
        f"Found {total} problem{'s' if total != 1 else ''} ({', '.join(parts)}) "
        f"in {affected} of {files}"
    )
    if unread:
        text += f"; {unread} path{'s' if unread != 1 else ''} could not be read"
    return text + "."


def render(report: Report, options: RenderOptions) -> str:
    lines = []
    for f in report.findings:
        location = _paint(f"{escape_controls(f.path)}:{f.line}:{f.column}:", "1", options.color)
        severity = _paint(f.severity.label, _COLORS[f.severity], options.color)
        rule = _paint(escape_controls(f.rule), "2", options.color)
        lines.append(f"{location} {severity} {rule} {escape_controls(f.message)}")
    if not options.quiet:
        lines.append(summary(report))
    return "".join(line + "\n" for line in lines)
