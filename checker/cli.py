"""The ``trainlint`` command line. It parses options, calls :mod:`checker.app` and
prints the :class:`~checker.outcome.Outcome`; nothing more (it writes no file).

Exit codes (:mod:`checker.exits`): 0 no finding reaches the failing severity; 1 one
does; 2 usage error, unreadable path, bad configuration, broken plugin or internal
error.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

import click

from checker import __version__
from checker.cli_options import (
    check_output,
    complete_rule_ids,
    config_options,
    jobs_option,
    lint_options,
    selection,
    split,
    text_or_json,
)
from checker.color import use_color
from checker.exits import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK
from checker.format_choice import FormatChoice

if TYPE_CHECKING:
    from checker.outcome import Outcome


def _done(code: int) -> NoReturn:
    """End a command with ``code`` (click ignores return values in standalone mode)."""
    raise click.exceptions.Exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="trainlint")
def cli() -> None:
    """trainlint: lint strength-training programs written in YAML."""


def _emit(outcome: Outcome) -> NoReturn:
    """Print ``outcome`` and end the command with its exit code."""
    from checker.reporters.escape import escape_controls

    if outcome.usage_error is not None:
        raise click.UsageError(outcome.usage_error)
    for line in [*outcome.errors, *outcome.warnings]:
        click.echo(escape_controls(line), err=True)
    if outcome.stderr:
        click.echo(outcome.stderr, err=True, nl=False)
    if outcome.stdout:
        # ANSI codes are only present when color was decided on; keep them.
        click.echo(outcome.stdout, nl=False, color=True)
    _done(outcome.exit_code)


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
@lint_options
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
@jobs_option
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
    **common: Any,
) -> None:
    """Lint program files; directories are searched for programs recursively.

    Without PATHS, the current directory is linted. Use '-' to read standard input.
    """
    from checker import app
    from checker.progress import TerminalProgress, wanted
    from checker.request import CheckRequest

    check_output(output)
    progress = TerminalProgress(sys.stderr) if wanted(sys.stderr) and not quiet else None
    request = CheckRequest(
        paths=paths or (("-",) if stdin_filename else (".",)),
        output_format=output_format,
        output=output,
        **selection(common),
        fail_on=fail_on,
        exit_zero=exit_zero,
        baseline=baseline,
        statistics=statistics,
        force_exclude=force_exclude,
        color=not output and use_color(color, sys.stdout),
        jobs=jobs,
        cache=not no_cache,
        cache_dir=cache_dir,
        progress=progress,
        quiet=quiet,
        stdin_filename=stdin_filename,
        extend_exclude=split(extend_exclude),
    )
    if show_files:
        _emit(app.show_files(request))
    try:
        outcome = app.check(request)
    finally:
        if progress is not None:
            progress.finish()
    _emit(outcome)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@text_or_json
@click.option("--muscles", is_flag=True, help="Show individual muscles too (text format).")
@click.option(
    "--html",
    "html_file",
    type=click.Path(dir_okay=False),
    help="Also write a self-contained HTML report with charts to this file.",
)
@config_options
@jobs_option
def summary(
    paths: tuple[str, ...],
    output_format: str,
    muscles: bool,
    html_file: str | None,
    config_file: str | None,
    isolated: bool,
    no_plugins: bool,
    jobs: int | None,
) -> None:
    """Show each program's week: sets and training days per muscle group, back
    exercises and deep-muscle work per workout, beside the guidance's targets."""
    from checker import app
    from checker.summary_run import SummaryRequest

    request = SummaryRequest(
        paths=paths or (".",),
        output_format=output_format,
        muscles=muscles,
        html=html_file is not None,
        plugins=not no_plugins,
        config=config_file,
        isolated=isolated,
        jobs=jobs,
    )
    _emit(app.summary(request, html_file))


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
@lint_options
@jobs_option
def baseline_write(paths: tuple[str, ...], output: str, jobs: int | None, **common: Any) -> None:
    """Record the current findings, so that 'check --baseline' fails only on new ones."""
    from checker import app
    from checker.request import CheckRequest

    check_output(output)
    request = CheckRequest(paths=paths or (".",), jobs=jobs, **selection(common))
    _emit(app.write_baseline(request, output))


@cli.command("config")
@click.argument("file", required=False, type=click.Path())
@config_options
@text_or_json
def config_command(
    file: str | None, config_file: str | None, isolated: bool, no_plugins: bool, output_format: str
) -> None:
    """Show the effective configuration and where each value comes from.

    With FILE, show the settings that apply to that file: the overrides whose
    'files' globs match it are applied, and each value says which one set it.
    """
    from checker import app

    _emit(app.show_config(not no_plugins, config_file, isolated, output_format, file))


@cli.command()
@click.option("--no-plugins", is_flag=True, help="Leave out sections that plugins add.")
def schema(no_plugins: bool) -> None:
    """Print the program JSON Schema (with the sections plugins add)."""
    from checker import app

    _emit(app.schema(not no_plugins))


@cli.command("rules")
@click.option("--no-plugins", is_flag=True, help="List the built-in rules only.")
@text_or_json
def rules_command(no_plugins: bool, output_format: str) -> None:
    """List every rule: id, default severity, summary and owning plugin."""
    from checker import app

    _emit(app.rules(not no_plugins, output_format))


@cli.command("plugins")
@click.option("--no-plugins", is_flag=True, help="Show the built-in plugin only.")
@text_or_json
def plugins_command(no_plugins: bool, output_format: str) -> None:
    """List the loaded plugins, their versions and what each contributes."""
    from checker import app

    _emit(app.plugin_list(not no_plugins, output_format))


@cli.command()
@click.argument("rule_id", shell_complete=complete_rule_ids)
def explain(rule_id: str) -> None:
    """Show a rule's documentation, options and examples."""
    from checker import app

    _emit(app.explain(rule_id))


@cli.command()
@click.argument("query", required=False, default="")
@text_or_json
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
) -> None:
    """Search the exercise catalog and show what each exercise counts as.

    QUERY matches names, aliases, muscles, muscle groups, tags and movement
    patterns; an exact name or alias shows that one exercise. Each entry says
    whether it counts as a back exercise, a deep-muscle supplement or neither.
    """
    from checker import app

    _emit(app.exercises(query, output_format, resolve_name, prescribed))


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
