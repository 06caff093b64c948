"""``--format junit``: JUnit XML, which most CI systems show as a test report.

Each linted file is a test suite; each finding in it is a test case named
``{rule} at {line}:{col}`` (with `` (2)``, `` (3)``... when one rule reports
several findings at one position, so names are unique within a suite). A finding
that fails the run (at or above ``--fail-on``) is a ``<failure>``; one below it
(a warning in a run that fails on errors only) is a passing test case whose
``<system-out>`` holds the finding, so a passing run shows no failed tests. A file
without findings has one passing test case named ``trainlint`` so that it shows up
as checked.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from checker.findings import Finding, Severity
from checker.report import Report
from checker.reporters.options import RenderOptions

#: Characters that XML 1.0 does not allow, even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

PASSING = "trainlint"


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _suites(report: Report) -> dict[str, list[Finding]]:
    """Findings by path: the linted files in order, then any other path with findings."""
    suites: dict[str, list[Finding]] = {path: [] for path in report.checked}
    for finding in report.findings:
        suites.setdefault(finding.path, []).append(finding)
    return suites


def _fails(finding: Finding, fail_on: Severity | None) -> bool:
    return fail_on is None or finding.severity >= fail_on


def _testcase(suite: ET.Element, finding: Finding, name: str, failing: bool) -> None:
    path = _xml_text(finding.path)
    case = ET.SubElement(
        suite,
        "testcase",
        {"name": _xml_text(name), "classname": path, "file": path, "line": str(finding.line)},
    )
    text = _xml_text(
        f"{finding.path}:{finding.line}:{finding.column}: "
        f"{finding.severity.label} {finding.rule} {finding.message}"
    )
    if not failing:
        ET.SubElement(case, "system-out").text = text
        return
    failure = ET.SubElement(
        case,
        "failure",
        {"message": _xml_text(finding.message), "type": finding.severity.label},
    )
    failure.text = text


def _names(findings: list[Finding]) -> list[str]:
    """``{rule} at {line}:{col}``, numbered from the second use of the same name."""
    used: dict[str, int] = {}
    names = []
    for finding in findings:
        name = f"{finding.rule} at {finding.line}:{finding.column}"
        used[name] = used.get(name, 0) + 1
        names.append(name if used[name] == 1 else f"{name} ({used[name]})")
    return names


def junit_tree(report: Report, fail_on: Severity | None = None) -> ET.Element:
    """The ``<testsuites>`` element of ``report``; findings below ``fail_on`` pass
    (None: every finding fails)."""
    root = ET.Element("testsuites", {"name": "trainlint"})
    tests = failures = 0
    for path, findings in _suites(report).items():
        failing = [_fails(finding, fail_on) for finding in findings]
        suite = ET.SubElement(
            root,
            "testsuite",
            {
                "name": _xml_text(path),
                "tests": str(max(len(findings), 1)),
                "failures": str(sum(failing)),
                "errors": "0",
            },
        )
        for finding, name, fails in zip(findings, _names(findings), failing, strict=True):
            _testcase(suite, finding, name, fails)
        if not findings:
            name = _xml_text(path)
            ET.SubElement(suite, "testcase", {"name": PASSING, "classname": name, "file": name})
        tests += max(len(findings), 1)
        failures += sum(failing)
    root.set("tests", str(tests))
    root.set("failures", str(failures))
    root.set("errors", "0")
    return root


def render(report: Report, options: RenderOptions) -> str:
    root = junit_tree(report, options.fail_on)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"
