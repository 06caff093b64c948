"""The public API for plugin authors (``checker.api``) and the output-format registry."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator

import click
import pytest

from checker import api
from checker.cli import cli
from checker.findings import Finding, Severity
from checker.format_choice import FormatChoice
from checker.formats import FormatError, OutputFormat, render_report
from checker.plugins import build_registry
from checker.report import Report
from checker.reporters import RenderOptions
from tests.conftest import ROOT

PUBLIC = {"checker.api", "checker.testing"}
GUIDE = ROOT / "docs" / "writing-plugins.md"
BLOCK = re.compile(r"^```python file=(?P<name>\S+)\n(?P<body>.*?)^```$", re.MULTILINE | re.DOTALL)


def _checker_imports(source: str) -> Iterator[tuple[int, str]]:
    """Every module of ``checker`` that ``source`` imports, with its line."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
            if node.module == "checker":
                names = [f"checker.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        for name in names:
            if name == "checker" or name.startswith("checker."):
                yield node.lineno, name


def _private_imports(files: dict[str, str]) -> list[str]:
    return [
        f"{name}:{line}: {module}"
        for name, source in files.items()
        for line, module in _checker_imports(source)
        if module not in PUBLIC
    ]


def test_the_fat_loss_plugin_uses_the_public_api_only() -> None:
    folder = ROOT / "plugins" / "trainlint-fat-loss"
    files = {str(p.relative_to(folder)): p.read_text() for p in sorted(folder.rglob("*.py"))}
    assert len(files) >= 10
    assert _private_imports(files) == []
    # and it does use it (the check above is not vacuous)
    assert any(module == "checker.api" for s in files.values() for _, module in _checker_imports(s))


def test_the_guide_and_the_api_fixture_plugins_use_the_public_api_only() -> None:
    files = {m.group("name"): m.group("body") for m in BLOCK.finditer(GUIDE.read_text())}
    assert len(files) == 3
    fixtures = ROOT / "tests" / "fixtures" / "plugins"
    for name in ("api-plugin", "broken-format"):
        for path in (fixtures / name).rglob("*.py"):
            files[str(path.relative_to(fixtures))] = path.read_text()
    assert _private_imports(files) == []


def test_the_import_check_catches_a_private_import() -> None:
    source = "import checker.rule\nfrom checker import api, loader\nfrom checker.api import Rule\n"
    assert _private_imports({"x.py": source}) == ["x.py:1: checker.rule", "x.py:2: checker.loader"]


def test_every_public_name_resolves_and_is_documented() -> None:
    for name in api.__all__:
        assert getattr(api, name) is not None, name
    assert api.Report is Report
    assert api.NodePath == tuple[str | int, ...]
    doc = api.__doc__ or ""
    for name in ("Rule", "Violation", "Program", "Span", "NodePath", "Report", "hookimpl"):
        assert f"{name}`" in doc, name
    with pytest.raises(AttributeError):
        api.Engine  # noqa: B018  (internal: not part of the API)


def test_values_are_copied_with_the_apis_replace() -> None:
    violation = api.Violation(api.Span(3, 5), "too many sets", api.Severity.INFO)
    changed = api.replace(violation, message="too few sets")
    assert (changed.span, changed.message, changed.severity) == (
        api.Span(3, 5),
        "too few sets",
        api.Severity.INFO,
    )
    assert violation.message == "too many sets"
    finding = api.Finding("p.yaml", 1, 1, None, None, "x", api.Severity.ERROR, "m")
    assert api.replace(finding, rule="y").rule == "y"


def _format_option() -> click.Option:
    command = cli.commands["check"]
    return next(
        p for p in command.params if isinstance(p, click.Option) and p.name == "output_format"
    )


def test_the_cli_format_choices_are_the_registry_names() -> None:
    option = _format_option()
    assert isinstance(option.type, FormatChoice)
    names = list(build_registry().formats)
    assert list(option.type.choices) == names
    builtin = ["text", "full", "json", "sarif", "github", "junit", "gitlab", "auto"]
    assert names[: len(builtin)] == builtin


def test_plugins_lists_the_builtin_formats() -> None:
    from click.testing import CliRunner

    result = CliRunner().invoke(cli, ["plugins", "--no-plugins", "--format", "json"])
    listing = json.loads(result.output)
    assert listing["plugins"][0]["formats"] == [
        *("text", "full", "json", "sarif", "github", "junit", "gitlab", "auto")
    ]
    text = CliRunner().invoke(cli, ["plugins", "--no-plugins"]).output
    assert "  formats: text, full, json, sarif, github, junit, gitlab, auto\n" in text


def _report() -> Report:
    finding = Finding("a.yaml", 3, 5, None, None, "set-range", Severity.ERROR, "too many sets")
    return Report(findings=[finding], checked=["a.yaml"])


def _with(**plugin: object) -> dict[str, OutputFormat]:
    formats = dict(build_registry(plugins=False).formats)
    for name, render in plugin.items():
        formats[name] = OutputFormat(name, "tl-test", render)  # type: ignore[arg-type]
    return formats


def test_statistics_beside_a_plugin_format_go_to_standard_error() -> None:
    formats = _with(count=lambda report: f"{len(report.findings)}\n")
    rendered = render_report(formats, "count", _report(), RenderOptions(statistics=True))
    assert rendered.stdout == "1\n"
    assert rendered.stderr.startswith("   1  set-range  error")
    text = render_report(formats, "text", _report(), RenderOptions(statistics=True))
    assert (text.stdout, text.stderr) == (rendered.stderr, "")


def test_auto_resolves_through_the_registry() -> None:
    formats = _with()
    github = RenderOptions(environ={"GITHUB_ACTIONS": "true"})
    on_ci = render_report(formats, "auto", _report(), github)
    assert on_ci.stdout.startswith("::error file=a.yaml,line=3,col=5,")
    local = render_report(formats, "auto", _report(), RenderOptions())
    assert local.stdout.startswith("a.yaml:3:5: error set-range too many sets")


def test_a_format_that_takes_options_gets_them() -> None:
    def shout(report: Report, options: RenderOptions) -> str:
        return f"quiet={options.quiet}\n"

    formats = _with(shout=shout)
    assert render_report(formats, "shout", _report(), RenderOptions(quiet=True)).stdout == (
        "quiet=True\n"
    )


@pytest.mark.parametrize(
    ("render", "message"),
    [
        (lambda report: 1 / 0, "format 'bad' raised ZeroDivisionError: division by zero"),
        (lambda report: b"bytes", "format 'bad' returned bytes, not text"),
    ],
)
def test_a_failing_plugin_format_is_named(render: object, message: str) -> None:
    with pytest.raises(FormatError) as caught:
        render_report(_with(bad=render), "bad", _report(), RenderOptions())
    assert str(caught.value) == f"plugin 'tl-test': {message}"


def test_a_bad_alias_is_named() -> None:
    class Nowhere:
        def choose(self, environ: object) -> str:
            return "nowhere"

        def __call__(self, report: Report) -> str:
            return ""

    with pytest.raises(FormatError, match="format 'odd' chose 'nowhere', which is not a format"):
        render_report(_with(odd=Nowhere()), "odd", _report(), RenderOptions())


def test_the_report_carries_the_tool_version() -> None:
    from checker import __version__

    assert _report().tool_version == __version__
