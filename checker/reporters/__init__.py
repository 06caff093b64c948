"""Reporters turn a :class:`~checker.report.Report` into text in one output format.

Each format is a module with a ``render(report, options) -> str`` function; the
registry below maps format names to modules so that they are imported only
when used.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from checker.findings import Severity
    from checker.report import Report

FORMATS: dict[str, str] = {
    "text": "checker.reporters.text",
    "json": "checker.reporters.json_format",
    "full": "checker.reporters.full",
    "sarif": "checker.reporters.sarif",
    "github": "checker.reporters.github",
    "junit": "checker.reporters.junit",
    "gitlab": "checker.reporters.gitlab",
}


@dataclass(slots=True, repr=False, eq=False)
class RenderOptions:
    color: bool = False
    statistics: bool = False
    #: The lowest severity that fails the run (``--fail-on``); None: every finding does.
    #: Formats with a pass/fail notion per finding (JUnit) use it.
    fail_on: Severity | None = None
    #: ``--quiet``: the findings only, no summary line (text and full formats).
    quiet: bool = False


class _Renderer(Protocol):
    def __call__(self, report: Report, options: RenderOptions) -> str: ...


def render(name: str, report: Report, options: RenderOptions | None = None) -> str:
    """Render ``report`` in the format ``name`` (one of :data:`FORMATS`)."""
    module = importlib.import_module(FORMATS[name])
    renderer: _Renderer = module.render
    return renderer(encodable(report), options or RenderOptions())


def encodable(report: Report) -> Report:
    """``report`` with no lone surrogate in a path or message (each shown as an escape),
    so that every format can encode it."""
    from dataclasses import replace

    from checker.reporters.escape import escape_surrogates

    findings = [
        replace(f, path=escape_surrogates(f.path), message=escape_surrogates(f.message))
        for f in report.findings
    ]
    checked = [escape_surrogates(path) for path in report.checked]
    return replace(report, findings=findings, checked=checked)
