"""``--format sarif``: SARIF 2.1.0, as GitHub code scanning and other viewers read it.

One run; its tool describes every rule that ran and the engine's own finding ids
(``syntax``, ``schema``, ...). Paths are URI references relative to
``%SRCROOT%``, the working directory. Each result carries a partial fingerprint
(rule, path, message and the content of its line) so that an alert keeps its
identity when lines are added above it.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import quote

from checker import __version__
from checker.findings import CORE_RULES, Finding, Severity
from checker.report import Report
from checker.reporters.options import RenderOptions
from checker.source_lines import SourceLines

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
FINGERPRINT = "trainlint/v1"

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def camel_case(rule_id: str) -> str:
    """``fat-loss/cardio-frequency`` -> ``FatLossCardioFrequency``."""
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[-/_]+", rule_id) if word)


def _first_paragraph(text: str) -> str:
    paragraph = re.split(r"\n\s*\n", text.strip(), maxsplit=1)[0]
    return " ".join(line.strip() for line in paragraph.splitlines())


def _descriptor(
    rule_id: str, summary: str, documentation: str, level: str, guidance: str | None
) -> dict[str, Any]:
    summary = summary or rule_id
    documentation = documentation.strip() or summary
    tags = ["training"]
    if guidance:
        tags.append(guidance)
    return {
        "id": rule_id,
        "name": camel_case(rule_id),
        "shortDescription": {"text": summary},
        "fullDescription": {"text": _first_paragraph(documentation) or summary},
        "help": {"text": documentation, "markdown": documentation},
        "defaultConfiguration": {"level": level},
        "properties": {"tags": tags},
    }


def rule_descriptors(report: Report) -> list[dict[str, Any]]:
    """Every rule that ran, then the engine's own ids, then any other id that was found."""
    descriptors: dict[str, dict[str, Any]] = {}
    for active in report.rules:
        rule = active.rule
        if rule.id not in descriptors:
            descriptors[rule.id] = _descriptor(
                rule.id, rule.summary, rule.documentation(), LEVELS[active.severity], rule.guidance
            )
    for rule_id, summary in CORE_RULES.items():
        if rule_id not in descriptors:
            descriptors[rule_id] = _descriptor(rule_id, summary, summary, "error", None)
    for finding in report.findings:
        if finding.rule not in descriptors:
            descriptors[finding.rule] = _descriptor(
                finding.rule, finding.rule, "", LEVELS[finding.severity], None
            )
    return list(descriptors.values())


def artifact_location(path: str) -> dict[str, Any]:
    """A display path as a SARIF artifact location."""
    if Path(path).is_absolute():
        return {"uri": Path(path).as_uri()}
    return {"uri": quote(Path(path).as_posix(), safe="/"), "uriBaseId": SRCROOT}


def fingerprint(finding: Finding, line_content: str) -> str:
    data = "\0".join((finding.rule, finding.path, finding.message, line_content.strip()))
    return hashlib.sha256(data.encode("utf-8", errors="replace")).hexdigest()


def _region(finding: Finding) -> dict[str, int]:
    region = {"startLine": finding.line, "startColumn": finding.column}
    if finding.end_line is not None:
        region["endLine"] = finding.end_line
    if finding.end_column is not None:
        region["endColumn"] = finding.end_column
    return region


def _results(
    report: Report, rule_index: dict[str, int], artifact_index: dict[str, int]
) -> list[dict[str, Any]]:
    sources = SourceLines()
    occurrences: Counter[str] = Counter()
    results: list[dict[str, Any]] = []
    for finding in report.findings:
        location = artifact_location(finding.path)
        if finding.path in artifact_index:
            location["index"] = artifact_index[finding.path]
        digest = fingerprint(finding, sources.line(finding.path, finding.line) or "")
        occurrences[digest] += 1
        results.append(
            {
                "ruleId": finding.rule,
                "ruleIndex": rule_index[finding.rule],
                "level": LEVELS[finding.severity],
                "message": {"text": finding.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": location,
                            "region": _region(finding),
                        }
                    }
                ],
                # like GitHub's own primaryLocationLineHash: identical findings are told
                # apart by their occurrence
                "partialFingerprints": {FINGERPRINT: f"{digest}:{occurrences[digest]}"},
            }
        )
    return results


def _directory_uri(directory: Path) -> str:
    uri = directory.as_uri()
    return uri if uri.endswith("/") else uri + "/"


def sarif_log(report: Report) -> dict[str, Any]:
    """The SARIF log of ``report`` as a JSON-ready dict."""
    rules = rule_descriptors(report)
    rule_index = {descriptor["id"]: index for index, descriptor in enumerate(rules)}
    checked = list(dict.fromkeys(report.checked))
    artifact_index = {path: index for index, path in enumerate(checked)}
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "trainlint",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": rules,
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": not report.fatal,
                        "toolExecutionNotifications": [
                            {"level": "error", "message": {"text": str(error)}}
                            for error in report.plugin_errors
                        ],
                    }
                ],
                "originalUriBaseIds": {SRCROOT: {"uri": _directory_uri(Path.cwd())}},
                "artifacts": [{"location": artifact_location(path)} for path in checked],
                "columnKind": "unicodeCodePoints",
                "results": _results(report, rule_index, artifact_index),
            }
        ],
    }


def render(report: Report, options: RenderOptions) -> str:
    return json.dumps(sarif_log(report), indent=2, ensure_ascii=False) + "\n"
