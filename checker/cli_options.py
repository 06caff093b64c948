"""The command-line options that several commands share, and the small helpers that turn
them into request fields (:mod:`checker.cli` is the commands themselves)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import click


def split(values: Sequence[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def config_options(function: Any) -> Any:
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
jobs_option = click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=None,
    help="Worker processes (default: one per core; 0 or 1: none). Output is the same.",
)


#: ``--format text|json``, for the commands with a table and a JSON form.
text_or_json = click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)


def configuration(options: dict[str, Any]) -> dict[str, Any]:
    """The :class:`~checker.request.CheckRequest` fields of :func:`config_options`'s options."""
    return {
        "plugins": not options["no_plugins"],
        "config": options["config_file"],
        "isolated": options["isolated"],
    }


def selection(options: dict[str, Any]) -> dict[str, Any]:
    """The :class:`~checker.request.CheckRequest` fields of :func:`lint_options`'s options."""
    return {
        **configuration(options),
        "select": split(options["select"]),
        "extend_select": split(options["extend_select"]),
        "ignore": split(options["ignore"]),
    }


def lint_options(function: Any) -> Any:
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
    return config_options(function)


def check_output(output: str | None) -> None:
    """A usage error (exit 2) before the run when ``--output`` cannot be written."""
    if output:
        from checker.writing import OutputError, check_target

        try:
            check_target(output)
        except OutputError as exc:
            raise click.UsageError(str(exc)) from None


def complete_rule_ids(
    _ctx: click.Context, _param: click.Parameter, incomplete: str
) -> list[click.shell_completion.CompletionItem]:
    """Rule ids for shell completion (``trainlint explain <TAB>``)."""
    from click.shell_completion import CompletionItem

    from checker import app

    return [
        CompletionItem(rule_id, help=summary)
        for rule_id, summary in app.rule_ids()
        if rule_id.startswith(incomplete)
    ]
