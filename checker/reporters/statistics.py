"""``--statistics``: how many findings each rule produced, most first.

Text (the default)::

       3  set-range  error  Every back exercise prescribes 2-3 sets

followed by the summary line; with the ``json`` format an array of
``{"rule", "count", "severity", "summary"}``.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass

from checker.findings import CORE_RULES, Severity
from checker.report import Report
from checker.reporters.text import summary


@dataclass(slots=True, repr=False, eq=False)
class RuleCount:
    rule: str
    count: int
    #: The most serious severity among the rule's findings.
    severity: Severity
    summary: str


def rule_counts(report: Report) -> list[RuleCount]:
    """One entry per rule with findings, by count (most first), then rule id."""
    counts = Counter(finding.rule for finding in report.findings)
    severities: dict[str, Severity] = {}
    for finding in report.findings:
        severities[finding.rule] = max(
            finding.severity, severities.get(finding.rule, Severity.INFO)
        )
    summaries = dict(CORE_RULES)
    summaries.update({active.rule.id: active.rule.summary for active in report.rules})
    return [
        RuleCount(rule, count, severities[rule], summaries.get(rule, ""))
        for rule, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]


def render_statistics(report: Report, output_format: str) -> str:
    """The statistics of ``report``: JSON for ``output_format`` ``json``, else text."""
    entries = rule_counts(report)
    if output_format == "json":
        data = [
            {
                "rule": entry.rule,
                "count": entry.count,
                "severity": entry.severity.label,
                "summary": entry.summary,
            }
            for entry in entries
        ]
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    lines = []
    if entries:
        count_width = max(4, *(len(str(entry.count)) for entry in entries))
        rule_width = max(len(entry.rule) for entry in entries)
        severity_width = max(len(entry.severity.label) for entry in entries)
        for entry in entries:
            line = (
                f"{entry.count:>{count_width}}  {entry.rule:<{rule_width}}  "
                f"{entry.severity.label:<{severity_width}}  {entry.summary}"
            )
            lines.append(line.rstrip())
    lines.append(summary(report))
    return "\n".join(lines) + "\n"
