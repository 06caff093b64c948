"""``trainlint summary``: summarise every program of a run (in worker processes when it
pays, see :mod:`checker.summary_parallel`) and render the text, JSON and HTML page.
Nothing here prints or writes files."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from checker.discovery import Target
from checker.engine import Engine
from checker.exits import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK
from checker.findings import Finding
from checker.outcome import Outcome
from checker.runner import read_target, settings_for
from checker.summary import ProgramSummary, summarize_bytes, targets_for


@dataclass(slots=True, repr=False, eq=False)
class SummaryRequest:
    paths: Sequence[str] = (".",)
    output_format: str = "text"
    muscles: bool = False
    #: Also build the HTML page (``--html FILE``); the CLI writes it.
    html: bool = False
    #: Worker processes (None: one per core), as for ``check``.
    jobs: int | None = None
    plugins: bool = True
    config: str | None = None
    isolated: bool = False


@dataclass(frozen=True, slots=True)
class SummaryItem:
    """One file to summarise, as handed to a worker."""

    display: str
    path: Path
    #: The bytes when already read (None: the worker reads the file).
    content: bytes | None = None
    #: Why the path cannot be read (found by discovery).
    problem: str | None = None


@dataclass(slots=True, repr=False, eq=False)
class Worker:
    """What summarising one file needs: the engine (registry, settings, rules for the
    page's findings) and whether the page is wanted."""

    engine: Engine
    html: bool

    def summarize(self, item: SummaryItem) -> ProgramSummary:
        display, path, raw, problem = item.display, item.path, item.content, item.problem
        engine = self.engine
        settings = engine.settings
        own = settings_for(settings, display, path)
        if problem is None and raw is None:
            read = read_target(Target(path, display), own.limits)
            if isinstance(read, Finding):
                problem = read.message
            else:
                raw = read
        if problem is not None or raw is None:
            targets = targets_for(engine.registry, settings, "intermediate")
            return ProgramSummary(
                display, None, "intermediate", targets, error=problem, unreadable=True
            )
        summary = summarize_bytes(raw, display, engine.registry, own, keep_text=self.html)
        if self.html:
            summary.findings = engine.lint_bytes(raw, display, own)
        return summary


@dataclass(slots=True, repr=False, eq=False)
class SummaryResult:
    """What ``trainlint summary`` produced: the usual outcome, and the page when asked."""

    outcome: Outcome
    page: str | None = None
    summaries: list[ProgramSummary] = field(default_factory=list)


def run(request: SummaryRequest) -> SummaryResult:
    """``trainlint summary``: summarise every program under ``request.paths``.

    Exit code 0 when every file was summarised, 1 when one could not be loaded as YAML,
    2 when a path cannot be read or the configuration is broken (as for ``check``).
    With ``html``, ``check``'s findings for each file come from the same engine.
    """
    from checker.discovery import discover
    from checker.resolve import prepare, resolve

    registry, config, errors = prepare(request.plugins, request.config, request.isolated)
    if config is None:
        return SummaryResult(Outcome(errors=errors, exit_code=EXIT_ERROR))
    settings = resolve(config)
    engine = Engine(registry, settings)
    items: list[SummaryItem] = []
    for target in discover(request.paths, settings.selection, settings.force_exclude):
        content = target.content
        if target.error is None and target.display == "-":
            read = read_target(target, settings.limits)
            content = read if isinstance(read, bytes) else None
        items.append(SummaryItem(target.display, target.path, content, target.error))
    from checker.summary_parallel import summarize_all

    worker = Worker(engine, request.html)
    summaries = list(summarize_all(worker.summarize, items, request.jobs))
    code = EXIT_ERROR if errors else EXIT_OK
    if any(s.unreadable for s in summaries):
        code = EXIT_ERROR
    elif code == EXIT_OK and any(s.error is not None for s in summaries):
        code = EXIT_FINDINGS
    from checker.summary_render import render_json, render_text

    if request.output_format == "json":
        text = render_json(summaries)
    else:
        text = render_text(summaries, request.muscles)
    page = None
    if request.html:
        from checker.report_html import render_page

        page = render_page(summaries)
    return SummaryResult(Outcome(stdout=text, errors=errors, exit_code=code), page, summaries)
