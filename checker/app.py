"""What the commands do, separated from how their options are parsed (:mod:`checker.cli`).

Each function takes plain values and returns an :class:`~checker.outcome.Outcome`
(what to print where, and the exit code); none of them prints. The files a command
is asked to write (``--output``, ``--html``, the baseline) are written here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.exits import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK
from checker.findings import Severity
from checker.outcome import Outcome
from checker.request import CheckRequest
from checker.resolve import prepare, resolve

if TYPE_CHECKING:
    from checker.cache import Cache
    from checker.config import Config
    from checker.plugins import Registry
    from checker.summary_run import SummaryRequest


def _written(outcome: Outcome, output: str | None) -> Outcome:
    """``outcome`` with its standard output written to ``output`` instead (if given)."""
    if not output:
        return outcome
    from checker.writing import OutputError, write_output

    try:
        write_output(output, outcome.stdout)
    except OutputError as exc:
        outcome.errors.append(f"trainlint: error: {exc}")
        outcome.exit_code = EXIT_ERROR
    outcome.stdout = ""
    return outcome


def _unknown_selection(registry: Registry, request: CheckRequest) -> str | None:
    """The error for ``--select``/``--extend-select``/``--ignore`` ids no rule has."""
    from checker.settings import unknown_rule_ids

    patterns = [*request.select, *request.extend_select, *request.ignore]
    unknown = unknown_rule_ids(registry.rules, patterns)
    if not unknown:
        return None
    from checker.key_synonyms import suggest

    hints = [
        f"'{u}'" + (f" (did you mean '{s}'?)" if (s := suggest(u, registry.rules)) else "")
        for u in unknown
    ]
    return f"trainlint: error: unknown rule id(s): {', '.join(hints)}; see 'trainlint rules'"


def check(request: CheckRequest) -> Outcome:
    """``trainlint check``: lint, filter through the baseline, render."""
    from checker.engine import Engine
    from checker.formats import FormatError, render_report
    from checker.reporters import RenderOptions
    from checker.runner import run

    registry, config, errors = prepare(request.plugins, request.config, request.isolated)
    if config is None:
        return Outcome(errors=errors, exit_code=EXIT_ERROR)
    if request.output_format not in registry.formats:
        hint = " (plugins are disabled by --no-plugins)" if not request.plugins else ""
        return Outcome(
            errors=[
                *errors,
                f"trainlint: error: unknown format '{request.output_format}'{hint}; "
                f"the formats are {', '.join(registry.formats)}",
            ],
            exit_code=EXIT_ERROR,
        )
    unknown = _unknown_selection(registry, request)
    if unknown:
        return Outcome(errors=[*errors, unknown], exit_code=EXIT_ERROR)
    engine = Engine(registry, resolve(config, request.command_line))
    cache = _cache(request, config)
    report = run(engine, request.paths, jobs=request.jobs, cache=cache, progress=request.progress)
    if request.baseline:
        from checker.baseline import BaselineError, filter_findings

        try:
            report.findings = filter_findings(
                report.findings, Path(request.baseline), report.checked
            )
        except BaselineError as exc:
            return Outcome(errors=[*errors, f"trainlint: error: {exc}"], exit_code=EXIT_ERROR)
        report.sort()
    fail_on = Severity.parse(request.fail_on) if request.fail_on else config.fail_on
    options = RenderOptions(
        color=request.color,
        statistics=request.statistics,
        fail_on=fail_on,
        quiet=request.quiet,
        environ=request.environ,
    )
    try:
        rendered = render_report(registry.formats, request.output_format, report, options)
    except FormatError as exc:
        return Outcome(errors=[*errors, f"trainlint: error: {exc}"], exit_code=EXIT_ERROR)
    code = report.exit_code(fail_on, request.exit_zero)
    outcome = Outcome(
        stdout=rendered.stdout,
        errors=errors,
        exit_code=EXIT_ERROR if errors else code,
        stderr=rendered.stderr,
        warnings=[f"trainlint: warning: {w}" for w in report.warnings],
    )
    return _written(outcome, request.output)


def _cache(request: CheckRequest, config: Config) -> Cache | None:
    """The result cache: ``--cache-dir``, ``TRAINLINT_CACHE_DIR``, or ``.trainlint_cache``
    next to the configuration file (the working directory when there is none)."""
    if not request.cache or request.environ.get("TRAINLINT_NO_CACHE"):
        return None
    from checker.cache import DEFAULT_DIR, Cache

    chosen = request.cache_dir or request.environ.get("TRAINLINT_CACHE_DIR")
    return Cache(Path(chosen) if chosen else config.root / DEFAULT_DIR)


def write_baseline(request: CheckRequest, output: str) -> Outcome:
    """``trainlint baseline write``: record the current findings."""
    from checker.baseline import write
    from checker.engine import Engine
    from checker.runner import run
    from checker.writing import OutputError

    registry, config, errors = prepare(request.plugins, request.config, request.isolated)
    if config is None:
        return Outcome(errors=errors, exit_code=EXIT_ERROR)
    engine = Engine(registry, resolve(config, request.command_line))
    report = run(engine, request.paths, jobs=request.jobs)
    recordable = [f for f in report.findings if f.rule not in ("io-error", "internal-error")]
    try:
        count = write(Path(output), recordable)
    except OutputError as exc:
        return Outcome(errors=[*errors, f"trainlint: error: {exc}"], exit_code=EXIT_ERROR)
    lines = [f"wrote {count} finding{'s' if count != 1 else ''} to {output}"]
    return Outcome(
        stdout="\n".join(lines) + "\n",
        errors=errors,
        exit_code=EXIT_ERROR if errors or report.fatal else EXIT_OK,
    )


def show_files(request: CheckRequest) -> Outcome:
    """``trainlint check --show-files``: the files a run would lint, one per line."""
    from checker.discovery import discover

    _, config, errors = prepare(request.plugins, request.config, request.isolated)
    if config is None:
        return Outcome(errors=errors, exit_code=EXIT_ERROR)
    settings = resolve(config, request.command_line)
    shown = [
        target.display
        for target in discover(
            request.paths, settings.selection, settings.force_exclude, settings.stdin_filename
        )
    ]
    outcome = Outcome(
        stdout="".join(f"{line}\n" for line in shown),
        errors=errors,
        exit_code=EXIT_ERROR if errors else EXIT_OK,
    )
    return _written(outcome, request.output)


def summary(request: SummaryRequest, html_file: str | None = None) -> Outcome:
    """``trainlint summary``: the table or JSON, and the HTML page written to ``html_file``."""
    from checker.summary_run import run

    result = run(request)
    if html_file is not None and result.page is not None:
        from checker.writing import OutputError, write_output

        try:
            write_output(html_file, result.page)  # atomically, with the usual permissions
        except OutputError as exc:
            return Outcome(errors=[f"trainlint: error: {exc}"], exit_code=EXIT_ERROR)
    return result.outcome


def show_config(
    plugins: bool,
    config: str | None,
    isolated: bool,
    output_format: str,
    file: str | None = None,
) -> Outcome:
    """``trainlint config [FILE]``: the effective configuration and where each value came
    from; with ``FILE``, the settings for that file (the overrides matching it applied)."""
    from checker.config_view import describe

    registry, loaded, errors = prepare(plugins, config, isolated)
    if loaded is None:
        return Outcome(errors=errors, exit_code=EXIT_ERROR)
    text = describe(registry, loaded, config, output_format, file)
    return Outcome(stdout=text, errors=errors, exit_code=EXIT_ERROR if errors else EXIT_OK)


def _listing(plugins: bool, render: Any) -> Outcome:
    """A command that prints something of the registry: plugin errors fail it."""
    from checker.plugins import build_registry

    registry = build_registry(plugins=plugins)
    errors = [f"trainlint: error: {error}" for error in registry.errors]
    return Outcome(
        stdout=render(registry), errors=errors, exit_code=EXIT_ERROR if errors else EXIT_OK
    )


def schema(plugins: bool) -> Outcome:
    """``trainlint schema``: the program JSON Schema, with the sections plugins add."""

    def render(registry: Registry) -> str:
        from checker.catalog import exercise_names
        from checker.schema import program_schema, schema_json, with_exercise_names

        names = exercise_names(registry.catalog)
        return schema_json(with_exercise_names(program_schema(registry.sections), names))

    return _listing(plugins, render)


def rules(plugins: bool, output_format: str) -> Outcome:
    """``trainlint rules``: every rule's id, severity, summary and owning plugin."""
    from checker.docs import rule_table

    return _listing(plugins, lambda registry: rule_table(registry, output_format))


def plugin_list(plugins: bool, output_format: str) -> Outcome:
    """``trainlint plugins``: the loaded plugins, their versions and contributions."""
    from checker.docs import plugin_listing

    return _listing(plugins, lambda registry: plugin_listing(registry, output_format))


def explain(rule_id: str) -> Outcome:
    """``trainlint explain RULE``: a rule's documentation; an unknown id is a usage error."""
    from checker.docs import explain_core, explain_rule
    from checker.plugins import build_registry

    core = explain_core(rule_id)
    if core is not None:
        return Outcome(stdout=core)
    registry = build_registry()
    rule = registry.rules.get(rule_id)
    if rule is None:
        from checker.key_synonyms import suggest

        close = suggest(rule_id, registry.rules)
        hint = f" (did you mean '{close}'?)" if close else " (see 'trainlint rules')"
        return Outcome(usage_error=f"unknown rule '{rule_id}'{hint}", exit_code=EXIT_ERROR)
    return Outcome(stdout=explain_rule(rule, registry.owners[rule_id]))


#: What ``exercises --resolve --prescribed`` adds to the entry it resolves.
_PRESCRIBED: dict[str, dict[str, Any]] = {"timed": {"duration": "1 min"}, "sets": {"sets": 1}}


def exercises(
    query: str, output_format: str, resolve_name: str | None, prescribed: str | None
) -> Outcome:
    """``trainlint exercises``: search the catalog, or resolve one name as a program would."""
    from checker.docs import exercise_listing, resolution_listing
    from checker.plugins import build_registry

    catalog = build_registry().catalog
    if resolve_name is not None:
        resolution = catalog.resolve(resolve_name, _PRESCRIBED.get(prescribed or ""))
        return Outcome(
            stdout=resolution_listing(resolution, output_format),
            exit_code=EXIT_OK if resolution.exercise is not None else EXIT_FINDINGS,
        )
    exact = catalog.find(query) if query else None
    found = [exact] if exact is not None else catalog.search(query)
    if not found:
        suggestions = catalog.suggest(query)
        hint = f"; did you mean {' or '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        return Outcome(stderr=f"no exercise matches '{query}'{hint}\n", exit_code=EXIT_FINDINGS)
    return Outcome(stdout=exercise_listing(found, output_format))


def rule_ids() -> list[tuple[str, str]]:
    """Every rule id with its summary (for shell completion)."""
    from checker.plugins import build_registry

    registry = build_registry()
    return [(rule_id, registry.rules[rule_id].summary) for rule_id in sorted(registry.rules)]
