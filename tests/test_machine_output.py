"""Issue 15, item 9: machine formats stay machine-readable; JUnit passes what passes.

``--statistics`` with ``sarif``, ``junit``, ``gitlab`` or ``github`` keeps the findings
in that format on standard output and prints the table on standard error; with
``text``, ``full`` and ``json`` it replaces the findings (as documented). In JUnit, a
finding below ``--fail-on`` is a passing test case, and test-case names are unique.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT

TYPOS = ROOT / "examples" / "mistakes" / "typos.yaml"
#: warnings only (no warm-up; a muscle group trained once a week, three times at 2:1)
WARNINGS_ONLY = (
    "program: x\nwarmup: 2 min\nworkouts:\n  - name: A\n    exercises:\n"
    "      - exercise: deadlift\n        sets: 2\n        reps: 8\n"
    "      - exercise: plank\n        sets: 2\n        hold: 30 s\n"
)


def trainlint(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "checker", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "TRAINLINT_NO_CACHE": "1"},
    )


@pytest.mark.slow
@pytest.mark.parametrize("output_format", ["sarif", "gitlab", "junit", "github"])
def test_statistics_never_go_into_machine_output(tmp_path: Path, output_format: str) -> None:
    (tmp_path / "typos.yaml").write_bytes(TYPOS.read_bytes())
    plain = trainlint(tmp_path, "check", "--format", output_format, "typos.yaml")
    done = trainlint(tmp_path, "check", "--statistics", "--format", output_format, "typos.yaml")
    assert done.returncode == plain.returncode == 1
    assert done.stdout == plain.stdout  # the findings, exactly as without --statistics
    if output_format in ("sarif", "gitlab"):
        json.loads(done.stdout)
    elif output_format == "junit":
        ET.fromstring(done.stdout.encode())
    assert "schema" in done.stderr.splitlines()[0]
    assert done.stderr.splitlines()[-1].startswith("Found ")


@pytest.mark.slow
def test_statistics_with_text_and_json_replace_the_findings(tmp_path: Path) -> None:
    (tmp_path / "typos.yaml").write_bytes(TYPOS.read_bytes())
    text = trainlint(tmp_path, "check", "--statistics", "typos.yaml")
    assert text.stderr == "" and text.stdout.splitlines()[-1].startswith("Found ")
    data = json.loads(
        trainlint(tmp_path, "check", "--statistics", "--format", "json", "typos.yaml").stdout
    )
    assert {"rule", "count", "severity", "summary"} == set(data[0])


def _cases(xml: str) -> list[ET.Element]:
    return ET.fromstring(xml.encode()).findall("testsuite/testcase")


@pytest.mark.slow
def test_junit_warnings_pass_when_the_run_passes(tmp_path: Path) -> None:
    (tmp_path / "w.yaml").write_text(WARNINGS_ONLY)
    passed = trainlint(tmp_path, "check", "--format", "junit", "w.yaml")
    assert passed.returncode == 0, passed.stdout
    root = ET.fromstring(passed.stdout.encode())
    assert root.get("failures") == "0"
    cases = _cases(passed.stdout)
    assert cases and all(case.find("failure") is None for case in cases)
    outs = [case.find("system-out") for case in cases]
    assert any(out is not None and out.text and " warning " in out.text for out in outs)
    failed = trainlint(tmp_path, "check", "--format", "junit", "--fail-on", "warning", "w.yaml")
    assert failed.returncode == 1
    root = ET.fromstring(failed.stdout.encode())
    failing = [case for case in _cases(failed.stdout) if case.find("failure") is not None]
    assert root.get("failures") == str(len(failing)) != "0"
    # the info finding (two sources disagree) stays a passing case under --fail-on warning
    assert len(failing) < len(_cases(failed.stdout))


@pytest.mark.slow
def test_junit_test_case_names_are_unique(tmp_path: Path) -> None:
    (tmp_path / "w.yaml").write_text(WARNINGS_ONLY)
    done = trainlint(tmp_path, "check", "--format", "junit", "w.yaml")
    names = [case.get("name") for case in _cases(done.stdout)]
    assert len(names) == len(set(names)), names
