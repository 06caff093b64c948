"""Run a lint job: find the targets, read them (standard input included), look them up
in the result cache, lint the rest (in worker processes when it pays), report progress,
and gather one :class:`~checker.report.Report`. It never prints.

Linting one file is :mod:`checker.engine`'s job; :func:`lint_item` is the plain
per-file function the workers of :mod:`checker.parallel` call.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.discovery import Target, discover
from checker.engine import Engine
from checker.findings import IO_ERROR, LIMIT, Finding
from checker.loader import Limits
from checker.parallel import lint_all
from checker.report import FATAL_IDS, Report
from checker.settings import Settings
from checker.startup import started
from checker.values import Frozen, replace, set_field

if TYPE_CHECKING:
    from checker.cache import Cache

#: Called with (files done, files in all) as a run goes on.
Progress = Callable[[int, int], None]


class WorkItem(Frozen, fields=("path", "display", "content", "key")):
    """One file to lint, as handed to a worker."""

    __slots__ = ("content", "display", "key", "path")

    #: Where the file is, and the path its findings show.
    path: Path
    display: str
    #: The bytes to lint; None: the worker reads the file itself.
    content: bytes | None
    #: The file's result-cache key (None: not cached).
    key: str | None

    def __init__(
        self, path: Path, display: str, content: bytes | None = None, key: str | None = None
    ) -> None:
        set_field(self, "path", path)
        set_field(self, "display", display)
        set_field(self, "content", content)
        set_field(self, "key", key)


def settings_for(settings: Settings, display: str, path: Path) -> Settings:
    """The settings for one target: standard input without ``--stdin-filename`` gets
    the base settings, any other file those of the overrides matching its path."""
    return settings if display == "-" else settings.for_path(path)


def read_target(target: Target, limits: Limits) -> bytes | Finding:
    """The bytes of a target, or a finding saying why they cannot be read: an
    ``io-error``, or a ``syntax`` finding for a file over ``max-file-size``.

    At most ``max-file-size + 1`` bytes are read, whatever the file is: discovery
    refuses walked files that are not regular, and a pipe or device named on the
    command line is read until end of file within the per-file time budget
    (see :mod:`checker.reading`)."""
    from checker.loader import too_large
    from checker.reading import read_bounded

    try:
        if target.content is not None:
            return target.content
        if target.stdin:
            data = sys.stdin.buffer.read(limits.max_bytes + 1)
            size = None
        else:
            read = read_bounded(
                target.path, limits.max_bytes, regular_only=False, timeout=limits.max_seconds
            )
            data, size = read.data, read.size
        if len(data) > limits.max_bytes:
            return too_large(target.display, size, limits)
        return data
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return Finding.file_level(target.display, IO_ERROR, f"cannot read this file: {reason}")


def lint_item(engine: Engine, item: WorkItem) -> list[Finding]:
    """The findings of one work item (read here when it came without its bytes)."""
    settings = settings_for(engine.settings, item.display, item.path)
    raw = item.content
    if raw is None:
        read = read_target(Target(item.path, item.display), settings.limits)
        if not isinstance(read, bytes):
            return [read]
        raw = read
    return engine.lint_within_budget(raw, item.display, settings)


class CacheKeys:
    """The result-cache keys of one engine's files: content, settings and code."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._code: str | None = None
        self._settings: dict[int, str] = {}

    def key(self, raw: bytes, settings: Settings, display: str) -> str:
        from checker.cache import entry_key

        return entry_key(raw, self.settings_fingerprint(settings), self.code(), display)

    def settings_fingerprint(self, settings: Settings) -> str:
        """Everything in ``settings`` that the findings for a file depend on."""
        known = self._settings.get(id(settings))
        if known is None:
            rules = [
                [a.rule.id, a.severity.label, dict(a.options)]
                for a in self.engine.rules_for(settings)
            ]
            limits = [getattr(settings.limits, name) for name in settings.limits.__slots__]
            known = json.dumps([rules, limits], sort_keys=True, default=repr)
            self._settings[id(settings)] = known
        return known

    def code(self) -> str:
        """trainlint's and every plugin's version and source files (see :mod:`checker.cache`)."""
        if self._code is None:
            from checker import cache

            registry = self.engine.registry
            modules: list[Any] = [p.module for p in registry.plugins]
            modules.extend(sys.modules.get(r.__module__) for r in registry.rules.values())
            # imported here (an empty package: no validator), not taken from sys.modules
            # when present: the key must not depend on whether a file was linted before
            import checker
            import checker.schemas

            modules += [checker, checker.schemas]
            versions = [(p.candidate.distribution, p.candidate.version) for p in registry.plugins]
            self._code = cache.code_fingerprint([m for m in modules if m], versions)
        return self._code


def run(
    engine: Engine,
    paths: Iterable[str],
    *,
    jobs: int | None = 1,
    cache: Cache | None = None,
    progress: Progress | None = None,
) -> Report:
    """Lint every target under ``paths``.

    ``jobs`` worker processes (see :func:`checker.parallel.worker_count`) lint the
    files that are not in ``cache``; the report is the same, finding for finding and
    in the same order, whatever the number of jobs. ``progress`` is called with
    (done, total).
    """
    from checker.quiet import stdout_to_stderr

    # rules are plugin code: what they print goes to stderr, not into the report
    paths = list(paths)
    with stdout_to_stderr():
        report = _Job(engine, cache, progress).run(paths, jobs)
    if not report.checked and _exclude_removed_everything(engine.settings, paths):
        patterns = ", ".join(repr(p) for p in engine.settings.selection.exclude)
        report.warnings.append(
            f"'exclude' ({patterns}) removed every file that would have been linted; "
            "nothing was linted"
        )
    return report


def _exclude_removed_everything(settings: Settings, paths: list[str]) -> bool:
    """Whether the run found nothing only because of the ``exclude`` patterns (not
    said with ``--force-exclude``: pre-commit passes excluded files on purpose)."""
    selection = settings.selection
    if not selection.exclude or settings.force_exclude:
        return False
    unfiltered = replace(selection, exclude=())
    return next(iter(discover(paths, unfiltered, settings.force_exclude)), None) is not None


class _Job:
    """One run's state: the results so far, by target index, and the work left."""

    def __init__(self, engine: Engine, cache: Cache | None, progress: Progress | None) -> None:
        self.engine = engine
        self.cache = cache
        self.keys = CacheKeys(engine) if cache is not None else None
        self.progress = progress
        self.report = Report(plugin_errors=list(engine.registry.errors), rules=list(engine.rules))
        self.results: dict[int, list[Finding]] = {}
        self.work: list[tuple[int, WorkItem]] = []

    def run(self, paths: list[str], jobs: int | None) -> Report:
        settings = self.engine.settings
        targets = discover(
            paths, settings.selection, settings.force_exclude, settings.stdin_filename
        )
        for index, target in enumerate(targets):
            self._add(index, target)
        total = len(self.results) + len(self.work)
        done = len(self.results)
        self._tell(done, total)
        items = [item for _, item in self.work]
        started()  # (start-up is over: checker.startup)
        for (index, item), findings in zip(
            self.work,
            lint_all(partial(lint_item, self.engine), items, jobs, settings.limits.max_seconds),
            strict=True,
        ):
            self.results[index] = findings
            self._store(item, findings)
            done += 1
            self._tell(done, total)
        if self.cache is not None:
            self.cache.save()
        for index in sorted(self.results):
            self.report.findings.extend(self.results[index])
        self.report.sort()
        return self.report

    def _add(self, index: int, target: Target) -> None:
        """A result for ``target`` now (an error, a cache hit), or an item of work."""
        problem = target.error
        if problem is None and not target.stdin and target.content is None:
            problem = _missing(target.path)  # (content read by discovery: it is there)
        if problem is not None:
            self.results[index] = [Finding.file_level(target.display, IO_ERROR, problem)]
            return
        self.report.checked.append(target.display)
        if self.keys is None and not target.stdin:
            # Without a cache the parent needs no bytes: the worker reads the file,
            # so memory does not grow with the number of files.
            self.work.append((index, WorkItem(target.path, target.display)))
            return
        # With a cache, the bytes that were hashed are the bytes linted (a file that
        # changes meanwhile can never be cached under the other content's key).
        settings = settings_for(self.engine.settings, target.display, target.path)
        raw = read_target(target, settings.limits)
        if isinstance(raw, Finding):
            self.results[index] = [raw]
            return
        key = None
        if self.keys is not None and self.cache is not None and not target.stdin:
            key = self.keys.key(raw, settings, target.display)
            cached = self.cache.get(key, target.display)
            if cached is not None:
                self.results[index] = cached
                return
        self.work.append((index, WorkItem(target.path, target.display, raw, key)))

    def _store(self, item: WorkItem, findings: list[Finding]) -> None:
        """Cache a file's findings, unless they say the run could not do its job."""
        if (
            self.cache is not None
            and item.key is not None
            and not any(f.rule in FATAL_IDS or f.rule == LIMIT for f in findings)
        ):
            self.cache.put(item.key, findings)

    def _tell(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)


def _missing(path: Path) -> str | None:
    """Why ``path`` is not there (a dangling symlink, a symlink loop...); None: it is."""
    try:
        os.stat(path)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return reason[:1].lower() + reason[1:]
    return None
