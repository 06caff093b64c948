"""``trainlint check`` without click, for the command lines pre-commit, editors and CI use.

Importing click (and, through it, ``inspect``, ``uuid``, ``datetime``, ...) is a tenth
of a one-file run. :func:`parse` reads the common ``check`` command lines: paths and the
options below, each spelt ``--option value`` or as a flag. Anything else (``--help``,
``--option=value``, ``-`` for standard input, an option not below, a value click would
refuse) returns None, and :mod:`checker.cli` parses the
command line as always: it alone prints usage errors and help. Where :func:`parse`
answers, :func:`run` does what :func:`checker.cli.check` and :func:`checker.cli.main`
do with the same values (``tests/test_lean.py`` compares the two).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

from checker.color import use_color
from checker.reporters import FORMATS

#: Flags: option -> request field.
FLAGS = {
    "--no-cache": "no_cache",
    "-q": "quiet",
    "--quiet": "quiet",
    "--force-exclude": "force_exclude",
    "--no-plugins": "no_plugins",
    "--isolated": "isolated",
    "--exit-zero": "exit_zero",
}
#: Options with a value: option -> (field, the values click accepts, or None for any).
VALUED: dict[str, tuple[str, tuple[str, ...] | None]] = {
    # the built-in formats (a plugin's goes through click, which asks the registry)
    "--format": ("output_format", (*FORMATS, "auto")),
    "--fail-on": ("fail_on", ("error", "warning", "info")),
    "--color": ("color", ("auto", "always", "never")),
    "--config": ("config_file", None),
    "--cache-dir": ("cache_dir", None),
    "-j": ("jobs", None),
    "--jobs": ("jobs", None),
}


def parse(argv: Sequence[str]) -> dict[str, Any] | None:
    """The values of a plain ``check`` command line, or None when click should parse it."""
    if not argv or argv[0] != "check":
        return None
    if (getattr(sys.stdout, "encoding", None) or "").lower() not in ("utf-8", "utf8"):
        return None  # click.echo's own handling of other encodings applies
    values: dict[str, Any] = {"output_format": "text", "color": "auto", "paths": []}
    arguments = list(argv[1:])
    index = 0
    while index < len(arguments):
        argument = arguments[index]
        index += 1
        if argument in FLAGS:
            values[FLAGS[argument]] = True
        elif argument in VALUED:
            if index >= len(arguments):
                return None
            value = arguments[index]
            index += 1
            name, choices = VALUED[argument]
            if value.startswith("-") or (choices is not None and value not in choices):
                return None
            if (name == "config_file" and os.path.isdir(value)) or (
                name == "cache_dir" and os.path.isfile(value)
            ):
                return None  # click's path checks word these
            if name == "jobs":
                if not value.isascii() or not value.isdigit():
                    return None
                values[name] = int(value)
            else:
                if not value:
                    return None
                values[name] = value
        elif argument.startswith("-") or not argument:
            return None  # '-' (standard input), '--', help, or what click should judge
        else:
            values["paths"].append(argument)
    return values


def run(values: dict[str, Any]) -> int:
    """Run ``check`` with :func:`parse`'s values; the exit code (as :func:`checker.cli.main`)."""
    try:
        return _check(values)
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted.\n")
        sys.stderr.flush()
        return 130
    except BrokenPipeError:
        return 2
    except Exception as exc:  # a bug in trainlint: said as checker.cli.main says it
        if os.environ.get("TRAINLINT_DEBUG"):
            raise
        sys.stderr.write(
            f"trainlint: internal error: {type(exc).__name__}: {exc} "
            "(set TRAINLINT_DEBUG=1 for the traceback, and please report it)\n"
        )
        sys.stderr.flush()
        return 2


def _check(values: dict[str, Any]) -> int:
    from checker.app import check as run_check
    from checker.progress import TerminalProgress, wanted
    from checker.reporters.escape import escape_controls
    from checker.request import CheckRequest

    quiet = bool(values.get("quiet"))
    progress = TerminalProgress(sys.stderr) if wanted(sys.stderr) and not quiet else None
    request = CheckRequest(
        paths=tuple(values["paths"]) or (".",),
        output_format=values["output_format"],
        fail_on=values.get("fail_on"),
        exit_zero=bool(values.get("exit_zero")),
        plugins=not values.get("no_plugins"),
        config=values.get("config_file"),
        isolated=bool(values.get("isolated")),
        force_exclude=bool(values.get("force_exclude")),
        color=use_color(values["color"], sys.stdout),
        jobs=values.get("jobs"),
        cache=not values.get("no_cache"),
        cache_dir=values.get("cache_dir"),
        progress=progress,
        quiet=quiet,
    )
    try:
        outcome = run_check(request)
    finally:
        if progress is not None:
            progress.finish()
    for line in [*outcome.errors, *outcome.warnings]:
        sys.stderr.write(escape_controls(line) + "\n")
    if outcome.stderr:
        sys.stderr.write(outcome.stderr)
    sys.stderr.flush()
    if outcome.stdout:
        sys.stdout.write(outcome.stdout)
    sys.stdout.flush()
    return int(outcome.exit_code)
