"""Reporters turn a :class:`~checker.report.Report` into text in one output format.

Each built-in format is a module with a ``render(report, options) -> str``
function. The built-in plugin registers them (see :func:`builtin_formats`) like
any plugin registers its formats, through the ``trainlint_formats`` hook; each
module is imported only when its format is used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Protocol

from checker.reporters.options import RenderOptions as RenderOptions

if TYPE_CHECKING:
    from checker.findings import Finding
    from checker.report import Report

#: The built-in formats and their modules, in the order ``--help`` lists them.
FORMATS: dict[str, str] = {
    "text": "checker.reporters.text",
    "full": "checker.reporters.full",
    "json": "checker.reporters.json_format",
    "sarif": "checker.reporters.sarif",
    "github": "checker.reporters.github",
    "junit": "checker.reporters.junit",
    "gitlab": "checker.reporters.gitlab",
}

#: The formats in which ``--statistics`` replaces the findings, and how the table is shown.
_STATISTICS = {"text": "text", "full": "text", "json": "json"}


class _Renderer(Protocol):
    def __call__(self, report: Report, options: RenderOptions) -> str: ...


class BuiltinFormat:
    """A built-in format: its module is imported on the first call."""

    takes_options = True

    def __init__(self, name: str) -> None:
        self.name = name
        self.statistics = name in _STATISTICS

    def __call__(self, report: Report, *, options: RenderOptions | None = None) -> str:
        options = options or RenderOptions()
        if options.statistics and self.statistics:
            from checker.reporters.statistics import render_statistics

            return render_statistics(report, _STATISTICS[self.name])
        module = importlib.import_module(FORMATS[self.name])
        renderer: _Renderer = module.render
        return renderer(report, options)


class AutoFormat:
    """``auto``: ``github`` inside GitHub Actions, ``text`` elsewhere."""

    takes_options = True

    @staticmethod
    def choose(environ: Mapping[str, str]) -> str:
        from checker.reporters.github import running_in_github_actions

        return "github" if running_in_github_actions(environ) else "text"

    def __call__(self, report: Report, *, options: RenderOptions | None = None) -> str:
        options = options or RenderOptions()
        return BuiltinFormat(self.choose(options.environ))(report, options=options)


def builtin_formats() -> dict[str, Callable[..., str]]:
    """What the built-in plugin's ``trainlint_formats`` hook returns."""
    formats: dict[str, Callable[..., str]] = {name: BuiltinFormat(name) for name in FORMATS}
    formats["auto"] = AutoFormat()
    return formats


def render(name: str, report: Report, options: RenderOptions | None = None) -> str:
    """Render ``report`` in the built-in format ``name`` (one of :data:`FORMATS`)."""
    return BuiltinFormat(name)(encodable(report), options=options or RenderOptions())


def encodable(report: Report) -> Report:
    """``report`` with no lone surrogate in a path or message (each shown as an escape),
    so that every format can encode it."""
    from checker.reporters.escape import escape_surrogates
    from checker.values import replace

    findings = [_encodable(f, escape_surrogates) for f in report.findings]
    checked = [escape_surrogates(path) for path in report.checked]
    return replace(report, findings=findings, checked=checked)


def _encodable(finding: Finding, escape: Callable[[str], str]) -> Finding:
    # (a finding with nothing to escape, nearly every one, is kept: copying each of
    # 20,000 findings was a tenth of an all-invalid run)
    path, message = escape(finding.path), escape(finding.message)
    if path is finding.path and message is finding.message:
        return finding
    from checker.values import replace

    return replace(finding, path=path, message=message)
