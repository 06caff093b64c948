"""What ``trainlint check`` (and ``baseline write``, ``files``) is asked to do: the
command line's values, for :mod:`checker.app`."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from checker.resolve import CommandLine
from checker.values import Record

if TYPE_CHECKING:
    from checker.runner import Progress


class CheckRequest(
    Record,
    fields=(
        "paths",
        "output_format",
        "select",
        "extend_select",
        "ignore",
        "fail_on",
        "exit_zero",
        "plugins",
        "config",
        "isolated",
        "baseline",
        "statistics",
        "force_exclude",
        "color",
        "environ",
        "jobs",
        "cache",
        "cache_dir",
        "progress",
        "quiet",
        "stdin_filename",
        "extend_exclude",
        "output",
    ),
):
    __slots__ = (
        "baseline",
        "cache",
        "cache_dir",
        "color",
        "config",
        "environ",
        "exit_zero",
        "extend_exclude",
        "extend_select",
        "fail_on",
        "force_exclude",
        "ignore",
        "isolated",
        "jobs",
        "output",
        "output_format",
        "paths",
        "plugins",
        "progress",
        "quiet",
        "select",
        "statistics",
        "stdin_filename",
    )
    paths: Sequence[str]
    output_format: str
    select: Sequence[str]
    extend_select: Sequence[str]
    ignore: Sequence[str]
    fail_on: str | None
    exit_zero: bool
    plugins: bool
    config: str | None
    isolated: bool
    baseline: str | None
    statistics: bool
    force_exclude: bool
    color: bool
    environ: Mapping[str, str]
    #: Worker processes (see :func:`checker.parallel.worker_count`; None: one per core).
    jobs: int | None
    cache: bool
    cache_dir: str | None
    progress: Progress | None
    #: ``--quiet``: findings only, no summary line.
    quiet: bool
    #: ``--stdin-filename``: the path standard input stands for (overrides, excludes).
    stdin_filename: str | None
    #: ``--extend-exclude``: globs excluded on top of the configuration's ``exclude``.
    extend_exclude: Sequence[str]
    #: ``--output``: the file the report goes to instead of standard output.
    output: str | None

    def __init__(
        self,
        paths: Sequence[str] = (".",),
        output_format: str = "text",
        select: Sequence[str] = (),
        extend_select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        fail_on: str | None = None,
        exit_zero: bool = False,
        plugins: bool = True,
        config: str | None = None,
        isolated: bool = False,
        baseline: str | None = None,
        statistics: bool = False,
        force_exclude: bool = False,
        color: bool = False,
        environ: Mapping[str, str] | None = None,
        jobs: int | None = None,
        cache: bool = True,
        cache_dir: str | None = None,
        progress: Progress | None = None,
        quiet: bool = False,
        stdin_filename: str | None = None,
        extend_exclude: Sequence[str] = (),
        output: str | None = None,
    ) -> None:
        self.paths = paths
        self.output_format = output_format
        self.select = select
        self.extend_select = extend_select
        self.ignore = ignore
        self.fail_on = fail_on
        self.exit_zero = exit_zero
        self.plugins = plugins
        self.config = config
        self.isolated = isolated
        self.baseline = baseline
        self.statistics = statistics
        self.force_exclude = force_exclude
        self.color = color
        self.environ = dict(os.environ) if environ is None else environ
        self.jobs = jobs
        self.cache = cache
        self.cache_dir = cache_dir
        self.progress = progress
        self.quiet = quiet
        self.stdin_filename = stdin_filename
        self.extend_exclude = extend_exclude
        self.output = output

    @property
    def command_line(self) -> CommandLine:
        """The options that take part in resolving the settings."""
        return CommandLine(
            self.select,
            self.extend_select,
            self.ignore,
            self.force_exclude,
            self.stdin_filename,
            self.extend_exclude,
        )
