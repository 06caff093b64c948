"""``--format junit``: JUnit XML, which most CI systems show as a test report.

Each linted file is a test suite; each finding in it is a failing test case
(``{rule} at {line}:{col}``), and a file without findings has one passing test
case named ``trainlint`` so that it shows up as checked.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from checker.engine import Report
from checker.findings import Finding
from checker.reporters import RenderOptions

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


def _testcase(suite: ET.Element, finding: Finding) -> None:
    path = _xml_text(finding.path)
    case = ET.SubElement(
        suite,
        "testcase",
        {
            "name": _xml_text(f"{finding.rule} at {finding.line}:{finding.column}"),
            "classname": path,
            "file": path,
            "line": str(finding.line),
        },
    )
    failure = ET.SubElement(
        case,
        "failure",
        {"message": _xml_text(finding.message), "type": finding.severity.label},
    )
    failure.text = _xml_text(
        f"{finding.path}:{finding.line}:{finding.column}: "
        f"{finding.severity.label} {finding.rule} {finding.message}"
    )


def junit_tree(report: Report) -> ET.Element:
    """The ``<testsuites>`` element of ``report``."""
    root = ET.Element("testsuites", {"name": "trainlint"})
    tests = failures = 0
    for path, findings in _suites(report).items():
        suite = ET.SubElement(
            root,
            "testsuite",
            {
                "name": _xml_text(path),
                "tests": str(max(len(findings), 1)),
                "failures": str(len(findings)),
                "errors": "0",
            },
        )
        for finding in findings:
            _testcase(suite, finding)
        if not findings:
            name = _xml_text(path)
            ET.SubElement(suite, "testcase", {"name": PASSING, "classname": name, "file": name})
        tests += max(len(findings), 1)
        failures += len(findings)
    root.set("tests", str(tests))
    root.set("failures", str(failures))
    root.set("errors", "0")
    return root


def render(report: Report, options: RenderOptions) -> str:
    root = junit_tree(report)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"
