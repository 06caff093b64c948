"""The ``trainlint`` command line. It parses options and calls the engine; nothing more.

Exit codes: 0 no finding reaches the failing severity; 1 one does; 2 usage
error, unreadable path, bad configuration, broken plugin or internal error.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import IO, Any, NoReturn

import click

from checker import __version__
from checker.format_choice import FormatChoice

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130


def _done(code: int) -> NoReturn:
    """End a command with ``code`` (click ignores return values in standalone mode)."""
    raise click.exceptions.Exit(code)


def _use_color(choice: str, stream: IO[str]) -> bool:
    """``--color always|never`` wins; with ``auto``, ``NO_COLOR`` (non-empty) turns color
    off, then ``FORCE_COLOR`` (non-empty, not ``0``) turns it on, else a terminal does."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR", "") not in ("", "0"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    return stream.isatty()


def _split(values: Sequence[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="trainlint")
def cli() -> None:
    """trainlint: lint strength-training programs written in YAML."""


def _emit(outcome: Any, output: str | None = None) -> int:
    from checker.reporters.escape import escape_controls

    for line in [*outcome.errors, *getattr(outcome, "warnings", ())]:
        click.echo(escape_controls(line), err=True)
    if getattr(outcome, "stderr", ""):
        click.echo(outcome.stderr, err=True, nl=False)
    if output:
        from checker.writing import OutputError, write_output

        try:
            write_output(output, outcome.stdout)
        except OutputError as exc:
            click.echo(f"trainlint: error: {escape_controls(str(exc))}", err=True)
            return EXIT_ERROR
    elif outcome.stdout:
        # ANSI codes are only present when color was decided on; keep them.
        click.echo(outcome.stdout, nl=False, color=True)
    code: int = outcome.exit_code
    return code


def _configured(function: Any) -> Any:
    """The options that choose the configuration and plugins (every command that reads
    programs)."""
    options = [
        click.option(
            "--config",
            "config_file",
            type=click.Path(dir_okay=False),
            help="Use this configuration file instead of searching for one.",
        ),
        click.option("--isolated", is_flag=True, help="Ignore all configuration files."),
        click.option("--no-plugins", is_flag=True, help="Use the built-in rules and catalog only."),
    ]
    for decorator in reversed(options):
        function = decorator(function)
    return function


#: ``-j/--jobs``, for the commands that work through many files.
_jobs = click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=None,
    help="Worker processes (default: one per core; 0 or 1: none). Output is the same.",
)


def _common(function: Any) -> Any:
    """Options shared by the commands that lint."""
    for decorator in reversed(
        [
            click.option(
                "--select",
                multiple=True,
                metavar="RULES",
                help="Run only these rules (comma-separated ids; overrides the config).",
            ),
            click.option(
                "--extend-select",
                multiple=True,
                metavar="RULES",
                help="Run these rules too (comma-separated ids).",
            ),
            click.option(
                "--ignore",
                multiple=True,
                metavar="RULES",
                help="Do not run these rules (comma-separated ids).",
            ),
        ]
    ):
        function = decorator(function)
    return _configured(function)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--format",
    "output_format",
    default="text",
    show_default=True,
    type=FormatChoice(),
    help="Output format; 'auto' is 'github' inside GitHub Actions, 'text' elsewhere.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Write the report to this file instead of standard output.",
)
@_common
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    default=None,
    help="Lowest severity that makes the run fail (exit 1). [default: error]",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings fail the run.")
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False),
    help="Report only findings that are not in this baseline file.",
)
@click.option(
    "--statistics",
    is_flag=True,
    help="Show counts per rule instead of findings (with sarif, github, junit or gitlab: "
    "the findings as usual, the counts on standard error).",
)
@click.option(
    "--force-exclude",
    is_flag=True,
    help="Filter files named on the command line like walked ones (for pre-commit).",
)
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Color the text output (auto: on a terminal, unless NO_COLOR is set).",
)
@_jobs
@click.option("--no-cache", is_flag=True, help="Do not read or write the result cache.")
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False),
    help="Where to keep the result cache (default: .trainlint_cache next to the config).",
)
@click.option(
    "-q", "--quiet", is_flag=True, help="Print the findings only: no summary, no progress."
)
@click.option(
    "--show-files",
    is_flag=True,
    help="List the files that would be linted (after excludes and program sniffing); lint none.",
)
@click.option(
    "--stdin-filename",
    metavar="PATH",
    help="The path standard input stands for: shown in findings, used for overrides "
    "and (with --force-exclude) excludes. Implies '-' when no PATHS are given.",
)
@click.option(
    "--extend-exclude",
    multiple=True,
    metavar="GLOBS",
    help="Exclude these globs too, on top of the configuration's 'exclude' (comma-separated).",
)
def check(
    paths: tuple[str, ...],
    output_format: str,
    output: str | None,
    config_file: str | None,
    isolated: bool,
    no_plugins: bool,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    exit_zero: bool,
    baseline: str | None,
    statistics: bool,
    force_exclude: bool,
    color: str,
    jobs: int | None,
    no_cache: bool,
    cache_dir: str | None,
    quiet: bool,
    show_files: bool,
    stdin_filename: str | None,
    extend_exclude: tuple[str, ...],
) -> int:
    """Lint program files; directories are searched for programs recursively.

    Without PATHS, the current directory is linted. Use '-' to read standard input.
    """
    from checker.app import CheckRequest
    from checker.app import check as run_check
    from checker.progress import TerminalProgress, wanted

    _check_output(output)
    progress = TerminalProgress(sys.stderr) if wanted(sys.stderr) and not quiet else None
    request = CheckRequest(
        paths=paths or (("-",) if stdin_filename else (".",)),
        output_format=output_format,
        select=_split(select),
        extend_select=_split(extend_select),
        ignore=_split(ignore),
        fail_on=fail_on,
        exit_zero=exit_zero,
        plugins=not no_plugins,
        config=config_file,
        isolated=isolated,
        baseline=baseline,
        statistics=statistics,
        force_exclude=force_exclude,
        color=not output and _use_color(color, sys.stdout),
        jobs=jobs,
        cache=not no_cache,
        cache_dir=cache_dir,
        progress=progress,
        quiet=quiet,
        stdin_filename=stdin_filename,
        extend_exclude=_split(extend_exclude),
    )
    if show_files:
        from checker.app import show_files as list_files

        _done(_emit(list_files(request), output))
    try:
        outcome = run_check(request)
    finally:
        if progress is not None:
            progress.finish()
    _done(_emit(outcome, output))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)
@click.option("--muscles", is_flag=True, help="Show individual muscles too (text format).")
@click.option(
    "--html",
    "html_file",
    type=click.Path(dir_okay=False),
    help="Also write a self-contained HTML report with charts to this file.",
)
@_configured
@_jobs
def summary(
    paths: tuple[str, ...],
    output_format: str,
    muscles: bool,
    html_file: str | None,
    config_file: str | None,
    isolated: bool,
    no_plugins: bool,
    jobs: int | None,
) -> int:
    """Show each program's week: sets and training days per muscle group, back
    exercises and deep-muscle work per workout, beside the guidance's targets."""
    from checker.summary import SummaryRequest, run

    result = run(
        SummaryRequest(
            paths=paths or (".",),
            output_format=output_format,
            muscles=muscles,
            html=html_file is not None,
            plugins=not no_plugins,
            config=config_file,
            isolated=isolated,
            jobs=jobs,
        )
    )
    if html_file is not None and result.page is not None:
        from checker.reporters.escape import escape_controls
        from checker.writing import OutputError, write_output

        try:
            write_output(html_file, result.page)  # atomically, with the usual permissions
        except OutputError as exc:
            click.echo(f"trainlint: error: {escape_controls(str(exc))}", err=True)
            _done(EXIT_ERROR)
    _done(_emit(result.outcome))


@cli.group()
def baseline() -> None:
    """Manage the baseline of accepted findings."""


@baseline.command("write")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "-o",
    "--output",
    default=".trainlint-baseline.json",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The baseline file to write.",
)
@_common
def baseline_write(
    paths: tuple[str, ...],
    output: str,
    config_file: str | None,
    isolated: bool,
    no_plugins: bool,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
) -> int:
    """Record the current findings, so that 'check --baseline' fails only on new ones."""
    from checker.app import CheckRequest, write_baseline

    _check_output(output)
    request = CheckRequest(
        paths=paths or (".",),
        select=_split(select),
        extend_select=_split(extend_select),
        ignore=_split(ignore),
        plugins=not no_plugins,
        config=config_file,
        isolated=isolated,
    )
    _done(_emit(write_baseline(request, output)))


@cli.command("config")
@click.argument("file", required=False, type=click.Path())
@_configured
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)
def config_command(
    file: str | None, config_file: str | None, isolated: bool, no_plugins: bool, output_format: str
) -> int:
    """Show the effective configuration and where each value comes from.

    With FILE, show the settings that apply to that file: the overrides whose
    'files' globs match it are applied, and each value says which one set it.
    """
    from checker.app import show_config

    _done(_emit(show_config(not no_plugins, config_file, isolated, output_format, file)))


def _check_output(output: str | None) -> None:
    """A usage error (exit 2) before the run when ``--output`` cannot be written."""
    if output:
        from checker.writing import OutputError, check_target

        try:
            check_target(output)
        except OutputError as exc:
            raise click.UsageError(str(exc)) from None


@cli.command()
@click.option("--no-plugins", is_flag=True, help="Leave out sections that plugins add.")
def schema(no_plugins: bool) -> int:
    """Print the program JSON Schema (with the sections plugins add)."""
    from checker.catalog import exercise_names
    from checker.plugins import build_registry
    from checker.schema import program_schema, schema_json, with_exercise_names

    registry = build_registry(plugins=not no_plugins)
    for error in registry.errors:
        click.echo(f"trainlint: error: {error}", err=True)
    printed = with_exercise_names(
        program_schema(registry.sections), exercise_names(registry.catalog)
    )
    click.echo(schema_json(printed), nl=False)
    _done(EXIT_ERROR if registry.errors else EXIT_OK)


@cli.command("rules")
@click.option("--no-plugins", is_flag=True, help="List the built-in rules only.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)
def rules_command(no_plugins: bool, output_format: str) -> int:
    """List every rule: id, default severity, summary and owning plugin."""
    from checker.docs import rule_table
    from checker.plugins import build_registry

    registry = build_registry(plugins=not no_plugins)
    for error in registry.errors:
        click.echo(f"trainlint: error: {error}", err=True)
    click.echo(rule_table(registry, output_format), nl=False)
    _done(EXIT_ERROR if registry.errors else EXIT_OK)


@cli.command("plugins")
@click.option("--no-plugins", is_flag=True, help="Show the built-in plugin only.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)
def plugins_command(no_plugins: bool, output_format: str) -> int:
    """List the loaded plugins, their versions and what each contributes."""
    from checker.docs import plugin_listing
    from checker.plugins import build_registry

    registry = build_registry(plugins=not no_plugins)
    for error in registry.errors:
        click.echo(f"trainlint: error: {error}", err=True)
    click.echo(plugin_listing(registry, output_format), nl=False)
    _done(EXIT_ERROR if registry.errors else EXIT_OK)


def _complete_rule_ids(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[click.shell_completion.CompletionItem]:
    """Rule ids for shell completion (``trainlint explain <TAB>``)."""
    from click.shell_completion import CompletionItem

    from checker.plugins import build_registry

    registry = build_registry()
    return [
        CompletionItem(rule_id, help=registry.rules[rule_id].summary)
        for rule_id in sorted(registry.rules)
        if rule_id.startswith(incomplete)
    ]


@cli.command()
@click.argument("rule_id", shell_complete=_complete_rule_ids)
def explain(rule_id: str) -> int:
    """Show a rule's documentation, options and examples."""
    from checker.docs import explain_core, explain_rule
    from checker.plugins import build_registry
    from checker.schema_messages import suggest

    core = explain_core(rule_id)
    if core is not None:
        click.echo(core, nl=False)
        _done(EXIT_OK)
    registry = build_registry()
    rule = registry.rules.get(rule_id)
    if rule is None:
        close = suggest(rule_id, registry.rules)
        hint = f" (did you mean '{close}'?)" if close else " (see 'trainlint rules')"
        raise click.UsageError(f"unknown rule '{rule_id}'{hint}")
    click.echo(explain_rule(rule, registry.owners[rule_id]), nl=False)
    _done(EXIT_OK)


@cli.command()
@click.argument("query", required=False, default="")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)
@click.option(
    "--resolve",
    "resolve_name",
    metavar="NAME",
    help="Show which entry NAME resolves to in a program, and why.",
)
@click.option(
    "--prescribed",
    type=click.Choice(["timed", "sets"]),
    help="With --resolve: as if the entry had a duration (timed) or sets and reps.",
)
def exercises(
    query: str, output_format: str, resolve_name: str | None, prescribed: str | None
) -> int:
    """Search the exercise catalog and show what each exercise counts as.

    QUERY matches names, aliases, muscles, muscle groups, tags and movement
    patterns; an exact name or alias shows that one exercise. Each entry says
    whether it counts as a back exercise, a deep-muscle supplement or neither.
    """
    from checker.docs import exercise_listing, resolution_listing
    from checker.plugins import build_registry

    registry = build_registry()
    catalog = registry.catalog
    if resolve_name is not None:
        examples: dict[str, dict[str, Any]] = {"timed": {"duration": "1 min"}, "sets": {"sets": 1}}
        prescription = examples.get(prescribed or "")
        resolution = catalog.resolve(resolve_name, prescription)
        click.echo(resolution_listing(resolution, output_format), nl=False)
        _done(EXIT_OK if resolution.exercise is not None else EXIT_FINDINGS)
    exact = catalog.find(query) if query else None
    found = [exact] if exact is not None else catalog.search(query)
    if not found:
        suggestions = catalog.suggest(query)
        hint = f"; did you mean {' or '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        click.echo(f"no exercise matches '{query}'{hint}", err=True)
        _done(EXIT_FINDINGS)
    click.echo(exercise_listing(found, output_format), nl=False)
    _done(EXIT_OK)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        result: Any = cli.main(args=args, prog_name="trainlint", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return EXIT_ERROR
    except (click.Abort, KeyboardInterrupt):
        click.echo("Interrupted.", err=True)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_ERROR
    except Exception as exc:  # a bug in trainlint: say so plainly, keep the exit code stable
        if os.environ.get("TRAINLINT_DEBUG"):
            raise
        click.echo(
            f"trainlint: internal error: {type(exc).__name__}: {exc} "
            "(set TRAINLINT_DEBUG=1 for the traceback, and please report it)",
            err=True,
        )
        return EXIT_ERROR
    return result if isinstance(result, int) else EXIT_OK
