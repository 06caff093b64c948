"""``--format gitlab``: a GitLab Code Quality report (``artifacts:reports:codequality``).

A JSON array of issues in the subset of the Code Climate format that GitLab
reads: ``description``, ``check_name``, ``fingerprint``, ``severity`` and
``location`` (``path`` and ``lines``), plus the Code Climate ``type``. GitLab
shows issues with the same fingerprint as one, so identical findings are told
apart by their occurrence.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from checker.findings import Finding, Severity
from checker.report import Report
from checker.reporters.options import RenderOptions
from checker.source_lines import SourceLines

SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def _md5(text: str) -> str:
    return hashlib.md5(text.encode("utf-8", errors="replace"), usedforsecurity=False).hexdigest()


def _issue(finding: Finding, fingerprint: str) -> dict[str, Any]:
    return {
        "type": "issue",
        "description": finding.message,
        "check_name": finding.rule,
        "fingerprint": fingerprint,
        "severity": SEVERITIES[finding.severity],
        "location": {
            "path": finding.path,
            "lines": {"begin": finding.line, "end": finding.end_line or finding.line},
        },
    }


def issues(report: Report) -> list[dict[str, Any]]:
    sources = SourceLines()
    used: set[str] = set()
    result: list[dict[str, Any]] = []
    for finding in report.findings:
        line = (sources.line(finding.path, finding.line) or "").strip()
        key = "\0".join((finding.path, finding.rule, finding.message, line))
        fingerprint = _md5(key)
        occurrence = 1
        while fingerprint in used:
            occurrence += 1
            fingerprint = _md5(f"{key}\0{occurrence}")
        used.add(fingerprint)
        result.append(_issue(finding, fingerprint))
    return result


def render(report: Report, options: RenderOptions) -> str:
    return json.dumps(issues(report), indent=2, ensure_ascii=False) + "\n"
