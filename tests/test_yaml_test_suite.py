"""Every case of the YAML test suite (../shared) through the loader and the engine.

No case may crash; every case marked invalid (an ``error`` file) must give a
``syntax`` finding with a position inside the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.loader import load_bytes
from tests.conftest import SHARED, builtin_registry, invoke_cli

pytestmark = pytest.mark.composers

SUITE = SHARED / "external" / "yaml-test-suite"


def _cases() -> list[Path]:
    if not SUITE.is_dir():
        return []
    cases: list[Path] = []
    for folder in sorted(p for p in SUITE.iterdir() if p.is_dir()):
        if (folder / "in.yaml").is_file():
            cases.append(folder)
        else:
            cases.extend(sorted(p for p in folder.iterdir() if (p / "in.yaml").is_file()))
    return cases


CASES = _cases()


def _skip_without_suite() -> None:
    if not CASES:
        pytest.skip("../shared/external/yaml-test-suite is not available")


def test_the_suite_is_there_when_shared_is() -> None:
    _skip_without_suite()
    assert len(CASES) > 300


@pytest.mark.parametrize("case", CASES, ids=[str(c.relative_to(SUITE)) for c in CASES])
def test_loader_handles_case(case: Path) -> None:
    raw = (case / "in.yaml").read_bytes()
    result = load_bytes(raw, "in.yaml")
    line_count = raw.count(b"\n") + 1
    for finding in result.findings:
        assert finding.rule == "syntax"
        assert 1 <= finding.line <= line_count + 1, finding
        assert finding.column >= 1
    if (case / "error").exists():
        assert result.document is None or result.findings, "invalid YAML was accepted"
        assert any(f.rule == "syntax" for f in result.findings)


def test_every_case_through_the_engine() -> None:
    _skip_without_suite()
    from checker.engine import Engine

    engine = Engine(builtin_registry())
    for case in CASES:
        raw = (case / "in.yaml").read_bytes()
        findings = engine.lint_bytes(raw, "in.yaml")
        assert not [f for f in findings if f.rule == "internal-error"], case
        if (case / "error").exists():
            assert any(f.rule == "syntax" for f in findings), case


def _cli_findings(output: str) -> list[dict[str, object]]:
    import json

    findings: list[dict[str, object]] = json.loads(output)
    return findings


@pytest.mark.slow
def test_every_case_through_the_whole_cli(tmp_path: Path) -> None:
    """All cases in one ``trainlint check`` run: discovery, reading, the engine, a reporter.

    Nothing may crash or be lost: every invalid case gets its syntax finding, every
    finding lies inside its file, and the parallel run prints exactly the serial output.
    """
    _skip_without_suite()
    import subprocess
    import sys

    paths = [str(case / "in.yaml") for case in CASES]
    arguments = ["check", "--isolated", "--no-cache", "--format", "json", "--exit-zero"]
    serial = invoke_cli(*arguments, "-j", "1", *paths)
    assert serial.code == 0, serial.stderr
    findings = _cli_findings(serial.stdout)
    assert not [f for f in findings if f["rule"] == "internal-error"]
    by_path: dict[str, list[dict[str, object]]] = {}
    for finding in findings:
        by_path.setdefault(str(finding["path"]), []).append(finding)
    for case, path in zip(CASES, paths, strict=True):
        raw = (case / "in.yaml").read_bytes()
        lines = raw.count(b"\n") + 1
        for finding in by_path.get(path, []):
            assert 1 <= int(str(finding["line"])) <= lines, (case, finding)
        if (case / "error").exists():
            assert any(f["rule"] == "syntax" for f in by_path.get(path, [])), case
    parallel = subprocess.run(
        [sys.executable, "-m", "checker", *arguments, "-j", "2", *paths],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        cwd=tmp_path,
    )
    assert parallel.returncode == 0, parallel.stderr
    assert parallel.stdout == serial.stdout
