"""What the commands do, separated from how their options are parsed (:mod:`checker.cli`).

Each function takes plain values and returns an :class:`Outcome` (what to print
where, and the exit code); none of them prints.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.config import Config, ConfigError, load_config
from checker.engine import Engine, Progress, Report, Settings, active_rules
from checker.findings import Finding, Severity
from checker.plugins import Registry, build_registry

if TYPE_CHECKING:
    from checker.cache import Cache

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


@dataclass(slots=True, repr=False, eq=False)
class Outcome:
    """What a command produced: standard output, error lines and the exit code."""

    stdout: str = ""
    errors: list[str] = field(default_factory=list)
    exit_code: int = EXIT_OK
    #: Information for standard error that is no error (statistics beside machine output).
    stderr: str = ""
    #: Lines for standard error that do not change the exit code.
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True, repr=False, eq=False)
class CheckRequest:
    paths: Sequence[str] = (".",)
    output_format: str = "text"
    select: Sequence[str] = ()
    extend_select: Sequence[str] = ()
    ignore: Sequence[str] = ()
    fail_on: str | None = None
    exit_zero: bool = False
    plugins: bool = True
    config: str | None = None
    isolated: bool = False
    baseline: str | None = None
    statistics: bool = False
    force_exclude: bool = False
    color: bool = False
    environ: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))
    #: Worker processes (None: one per core).
    jobs: int | None = None
    cache: bool = True
    cache_dir: str | None = None
    progress: Progress | None = None
    #: ``--quiet``: findings only, no summary line.
    quiet: bool = False
    #: ``--stdin-filename``: the path standard input stands for (overrides, excludes).
    stdin_filename: str | None = None
    #: ``--extend-exclude``: globs excluded on top of the configuration's ``exclude``.
    extend_exclude: Sequence[str] = ()


def _config_error_lines(error: ConfigError) -> list[str]:
    return [f"{f.path}:{f.line}:{f.column}: error {f.rule} {f.message}" for f in error.findings]


def prepare(
    plugins: bool = True, config: str | None = None, isolated: bool = False
) -> tuple[Registry, Config | None, list[str]]:
    """Load plugins and the configuration; return error lines instead of raising."""
    registry = build_registry(plugins=plugins)
    errors = [f"trainlint: error: {e}" for e in registry.errors]
    try:
        loaded = load_config(registry, Path(config) if config else None, isolated=isolated)
    except ConfigError as exc:
        return registry, None, errors + _config_error_lines(exc)
    loaded_dists = {p.candidate.distribution.lower() for p in registry.plugins}
    missing = [
        d
        for d in loaded.require_plugins
        if d.lower().replace("_", "-") not in {x.replace("_", "-") for x in loaded_dists}
    ]
    if missing:
        where = f" ({loaded.origins.get('require-plugins', 'configuration')})"
        hint = (
            " (plugins are disabled by --no-plugins)"
            if not plugins
            else (
                f"; install {'them' if len(missing) > 1 else 'it'} with "
                f"'pip install {' '.join(missing)}'"
            )
        )
        errors.append(
            f"trainlint: error: required plugin(s) missing{where}: {', '.join(missing)}{hint}"
        )
    return registry, loaded, errors


def _unknown_ids(registry: Registry, ids: Sequence[str]) -> list[str]:
    known = set(registry.rules)
    return [
        i
        for i in ids
        if i not in known
        and i != "ALL"
        and not (i.endswith("/") and any(r.startswith(i) for r in known))
    ]


def check(request: CheckRequest) -> Outcome:
    """``trainlint check``: lint, filter through the baseline, render."""
    from checker.formats import FormatError, render_report
    from checker.reporters import RenderOptions

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
    unknown = _unknown_ids(registry, [*request.select, *request.extend_select, *request.ignore])
    if unknown:
        from checker.schema_messages import suggest

        hints = [
            f"'{u}'" + (f" (did you mean '{s}'?)" if (s := suggest(u, registry.rules)) else "")
            for u in unknown
        ]
        return Outcome(
            errors=[
                *errors,
                f"trainlint: error: unknown rule id(s): {', '.join(hints)}; see 'trainlint rules'",
            ],
            exit_code=EXIT_ERROR,
        )
    settings = _apply_cli(config.settings(), request)
    report = Engine(registry, settings).run(
        request.paths, jobs=request.jobs, cache=_cache(request, config), progress=request.progress
    )
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
    return Outcome(
        stdout=rendered.stdout,
        errors=errors,
        exit_code=EXIT_ERROR if errors else code,
        stderr=rendered.stderr,
        warnings=[f"trainlint: warning: {w}" for w in report.warnings],
    )


def _cache(request: CheckRequest, config: Config) -> Cache | None:
    """The result cache: ``--cache-dir``, ``TRAINLINT_CACHE_DIR``, or ``.trainlint_cache``
    next to the configuration file (the working directory when there is none)."""
    if not request.cache or request.environ.get("TRAINLINT_NO_CACHE"):
        return None
    from checker.cache import DEFAULT_DIR, Cache

    chosen = request.cache_dir or request.environ.get("TRAINLINT_CACHE_DIR")
    return Cache(Path(chosen) if chosen else config.root / DEFAULT_DIR)


def _apply_cli(settings: Settings, request: CheckRequest) -> Settings:
    """Command-line selections override the file's, for every override too."""
    from dataclasses import replace

    def adjust(current: Settings) -> Settings:
        return replace(
            current,
            select=list(request.select) if request.select else current.select,
            extend_select=[*current.extend_select, *request.extend_select],
            ignore=[*current.ignore, *request.ignore],
        )

    if request.force_exclude:
        settings = replace(settings, force_exclude=True)
    if request.stdin_filename:
        settings = replace(settings, stdin_filename=request.stdin_filename)
    if request.extend_exclude:
        selection = settings.selection
        exclude = (*selection.exclude, *request.extend_exclude)
        settings = replace(settings, selection=replace(selection, exclude=exclude))
    if not (request.select or request.extend_select or request.ignore):
        return settings
    overrides = [(patterns, adjust(s)) for patterns, s in settings.overrides]
    return replace(adjust(settings), overrides=overrides)


def write_baseline(request: CheckRequest, output: str) -> Outcome:
    """``trainlint baseline write``: record the current findings."""
    from checker.baseline import write

    registry, config, errors = prepare(request.plugins, request.config, request.isolated)
    if config is None:
        return Outcome(errors=errors, exit_code=EXIT_ERROR)
    report: Report = Engine(registry, _apply_cli(config.settings(), request)).run(request.paths)
    recordable = [f for f in report.findings if f.rule not in ("io-error", "internal-error")]
    from checker.writing import OutputError

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
    settings = _apply_cli(config.settings(), request)
    shown = [
        target.display
        for target in discover(
            request.paths, settings.selection, settings.force_exclude, settings.stdin_filename
        )
    ]
    return Outcome(
        stdout="".join(f"{line}\n" for line in shown),
        errors=errors,
        exit_code=EXIT_ERROR if errors else EXIT_OK,
    )


def show_config(
    plugins: bool,
    config: str | None,
    isolated: bool,
    output_format: str,
    file: str | None = None,
) -> Outcome:
    """``trainlint config [FILE]``: the effective configuration and where each value came
    from; with ``FILE``, the settings for that file (the overrides matching it applied)."""
    registry, loaded, errors = prepare(plugins, config, isolated)
    if loaded is None:
        return Outcome(errors=errors, exit_code=EXIT_ERROR)
    settings = loaded.settings()
    origins = loaded.origins
    matched: list[int] = []
    if file is not None:
        settings = settings.for_path(Path(file))
        relative = _relative_to(Path(file), loaded.root)
        matched = [i for i, o in enumerate(loaded.overrides) if o.matches(relative)]

    def origin(key: str) -> str:
        for index in reversed(matched):  # the last matching override wins
            found = origins.get(f"overrides[{index}].{key}")
            if found is not None:
                return f"{found} (overrides[{index}])"
        return origins.get(key, "default")

    values: list[tuple[str, Any, str]] = [
        (
            "config-file",
            str(loaded.path) if loaded.path else None,
            "search" if loaded.path and not config else ("--config" if config else "none found"),
        ),
        (
            "select",
            list(settings.select) if settings.select is not None else "(rules on by default)",
            origin("select"),
        ),
        ("extend-select", list(settings.extend_select), origin("extend-select")),
        ("ignore", list(settings.ignore), origin("ignore")),
        ("fail-on", loaded.fail_on.label, origin("fail-on")),
        ("include", list(settings.selection.include), origin("include")),
        ("exclude", list(loaded.exclude), origin("exclude")),
        ("max-file-size", loaded.limits.max_bytes, origin("max-file-size")),
        ("max-workouts", loaded.limits.max_workouts, origin("max-workouts")),
        ("max-exercises", loaded.limits.max_exercises, origin("max-exercises")),
        ("max-seconds-per-file", loaded.limits.max_seconds, origin("max-seconds-per-file")),
        ("require-plugins", list(loaded.require_plugins), origin("require-plugins")),
        ("overrides", [list(o.files) for o in loaded.overrides], origin("overrides")),
    ]
    if file is not None:
        values[1:1] = [
            ("file", file, "argument"),
            ("file-overrides", [f"overrides[{i}]" for i in matched], "matching 'files' globs"),
        ]
    active = {a.rule.id: a for a in active_rules(registry, settings)}
    for rule_id in sorted(registry.rules):
        rule = registry.rules[rule_id]
        current = active.get(rule_id)
        severity_key = f"rules.{rule_id}.severity"
        values.append(
            (severity_key, current.severity.label if current else "off", origin(severity_key))
        )
        options = current.options if current else rule.defaults
        for name, value in options.items():
            key = f"rules.{rule_id}.{name}"
            values.append((key, value, origin(key)))
    if output_format == "json":
        text = (
            json.dumps([{"key": k, "value": v, "source": s} for k, v, s in values], indent=2) + "\n"
        )
    else:
        width = max(len(k) for k, _, _ in values)
        text = "".join(f"{k:<{width}} = {json.dumps(v)}  # {s}\n" for k, v, s in values)
    return Outcome(stdout=text, errors=errors, exit_code=EXIT_ERROR if errors else EXIT_OK)


def _relative_to(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` (as override globs are matched), else as given."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def error_findings(findings: Sequence[Finding]) -> list[str]:
    return [
        f"{f.path}:{f.line}:{f.column}: {f.severity.label} {f.rule} {f.message}" for f in findings
    ]
