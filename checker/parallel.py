"""Lint many files in worker processes, yielding results in input order.

:func:`lint_all` calls a plain per-file function (:func:`checker.runner.lint_item`)
on each item, in forked workers when it pays. Workers are forked from the running
process, so they share its loaded plugins, registry and configuration without
pickling any of it; only the work items go out and findings come back. A handful of
files is linted in-process: starting workers costs more than it saves. Where ``fork``
is not available everything runs in-process.

Each worker gets a chunk of files at a time, answers once per chunk, and says which
file it is on in a few bytes of memory it shares with the parent
(:class:`~checker.worker_progress.WorkerProgress`), so the parent always knows which
file a worker is on without a message per file (the parent, woken for every file, took
a core's worth of time from the workers on a two-core machine). That is what makes a
worker's trouble cost one file only:

* a worker that dies (a signal, ``os._exit``, a crash in a C extension, the OOM
  killer) costs an ``internal-error`` finding for the file it was on; the other files
  of its chunk go back in the queue and a new worker takes over;
* a worker still on one file a moment after that file's time budget
  (``max-seconds-per-file``; the worker's own timer fires first, see
  :mod:`checker.budget`) is killed: that file gets a ``limit`` finding, the other files
  of its chunk are linted again. A worker whose own timer stopped a file answers for
  the chunk so far and retires (the file was interrupted anywhere, a cache maybe
  half-filled), and a fresh worker lints the rest of its chunk.

Workers ignore SIGINT: Ctrl-C reaches the parent, which stops them, and no worker
prints a traceback; a worker whose parent is killed ends too.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from checker.budget import over_time
from checker.findings import INTERNAL_ERROR, LIMIT, Finding, Severity
from checker.values import Record
from checker.worker_progress import WorkerProgress

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

#: Below this many files to lint, a pool is not worth starting.
MIN_FILES_FOR_POOL = 24
#: Files per task sent to a worker: large enough to amortise the round trip.
CHUNK = 16
#: How long past a file's budget the parent waits before it kills the worker (the
#: worker's own timer normally stops the file first, with the same finding).
GRACE_SECONDS = 2.0


class Item(Protocol):
    """What the pool needs to know of a work item: the path its findings show."""

    @property
    def display(self) -> str: ...


_I = TypeVar("_I", bound=Item)
#: The per-file function: one item's findings.
Lint = Callable[[_I], list[Finding]]


def default_jobs() -> int:
    """One worker per core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def worker_count(jobs: int | None, items: int) -> int:
    """How many workers ``--jobs`` means for ``items`` files (every command alike).

    ``None`` (no ``--jobs``): one per core; ``0`` or ``1``: none, everything runs
    in-process (as ``pytest -n 0`` does); ``N``: at most ``N``. Fewer when there are
    too few files to share out, and none below :data:`MIN_FILES_FOR_POOL` files or
    where ``fork`` is not available: 1 means in-process.
    """
    wanted = default_jobs() if jobs is None else max(1, jobs)
    wanted = min(wanted, max(1, items // CHUNK))
    if items < MIN_FILES_FOR_POOL or not hasattr(os, "fork"):
        return 1
    return wanted


def _watch_parent() -> None:
    # A worker outlives a parent that is killed (SIGKILL, the OOM killer) and would wait
    # for work forever, or hang on in a plugin; it ends when its parent is gone.
    import threading  # (a worker's: one process linting alone never needs it)

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="trainlint-parent-watch", daemon=True).start()


def _serve(lint: Lint[Any], connection: Connection, progress: WorkerProgress) -> None:
    """A worker's loop: lint each chunk it is sent, answering once per chunk."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _watch_parent()
    while True:
        try:
            chunk: list[Any] | None = connection.recv()
        except EOFError:
            break
        if chunk is None:
            break
        answers: list[list[_Packed]] = []
        retire = False
        for position, item in enumerate(chunk):
            progress.set(position, time.monotonic())
            try:
                findings = lint(item)
            except BaseException as exc:  # whatever escaped the engine: this file only
                findings = _failed(item.display, f"{type(exc).__name__} in the worker")
            answers.append(_pack(findings))
            # A file stopped by its budget was interrupted anywhere, maybe half-way
            # through filling a cache: this worker answers for the chunk so far and
            # retires, a fresh one takes the rest.
            if any(f.rule == LIMIT for f in findings):
                retire = True
                break
        progress.set(-1, time.monotonic())
        connection.send((answers, retire))
        if retire:
            connection.close()
            os._exit(0)
    connection.close()
    os._exit(0)


#: A finding as it crosses the pipe: its fields, the severity as its number.
_Packed = tuple[str, int, int, "int | None", "int | None", str, int, str, "int | None"]


def _pack(findings: list[Finding]) -> list[_Packed]:
    """The findings as plain tuples: a frozen dataclass pickles through its state and
    the severity through its enum, about ten times slower to read back than tuples,
    and the parent, which reads every worker's findings, is the run's one serial part
    (a first run on programs that all have schema findings sends about 20 a file)."""
    return [
        (
            f.path,
            f.line,
            f.column,
            f.end_line,
            f.end_column,
            f.rule,
            int(f.severity),
            f.message,
            f.anchor_line,
        )
        for f in findings
    ]


#: Each severity by its number, for reading findings back.
_SEVERITIES = {int(severity): severity for severity in Severity}


def _unpack(packed: list[_Packed]) -> list[Finding]:
    return [
        Finding(path, line, column, end_line, end_column, rule, _SEVERITIES[level], message, anchor)
        for path, line, column, end_line, end_column, rule, level, message, anchor in packed
    ]


def _failed(display: str, why: str) -> list[Finding]:
    return [
        Finding.file_level(
            display,
            INTERNAL_ERROR,
            f"the worker process linting this file stopped ({why}); "
            "the other files were linted; run with --jobs 1 to lint this one in-process",
        )
    ]


def _why(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"killed by {name}"
    if exitcode is None:
        return "it stopped answering"
    return f"it exited with status {exitcode}"


class _Worker(Record, Generic[_I], fields=("process", "connection", "progress", "chunk", "since")):
    __slots__ = ("chunk", "connection", "process", "progress", "since")
    process: Any
    connection: Connection
    progress: WorkerProgress
    #: (index, item) of the chunk it is working on (empty: idle)
    chunk: list[tuple[int, _I]]
    #: when it was handed the chunk
    since: float

    def __init__(
        self,
        process: Any,
        connection: Connection,
        progress: WorkerProgress,
        chunk: list[tuple[int, _I]] | None = None,
        since: float = 0.0,
    ) -> None:
        self.process = process
        self.connection = connection
        self.progress = progress
        self.chunk = [] if chunk is None else chunk
        self.since = since

    @property
    def busy(self) -> bool:
        return bool(self.chunk)

    def current(self) -> tuple[int, float]:
        """The position in its chunk of the file it is on, and since when (the chunk's
        start while it has not begun one)."""
        position, since = self.progress.get()
        if position < 0:
            return 0, self.since
        return position, max(since, self.since)

    def others(self, position: int) -> list[tuple[int, _I]]:
        """The files of its chunk but the one at ``position``, to be linted again."""
        return self.chunk[:position] + self.chunk[position + 1 :]


def lint_all(
    lint: Lint[_I], items: Sequence[_I], jobs: int | None, max_seconds: float
) -> Iterator[list[Finding]]:
    """``lint`` of each item, in order; in parallel when it pays (see :func:`worker_count`).
    A worker still on one file ``max_seconds`` (plus a grace) after it started it is
    killed and that file gets a ``limit`` finding."""
    workers = worker_count(jobs, len(items))
    if workers <= 1:
        for item in items:
            yield lint(item)
        return
    yield from _Pool(lint, workers, max_seconds).run(items)


class _Pool(Generic[_I]):
    """Forked workers fed chunk by chunk; see the module documentation."""

    def __init__(self, lint: Lint[_I], size: int, max_seconds: float) -> None:
        import multiprocessing

        self.lint = lint
        self.size = size
        self.context = multiprocessing.get_context("fork")
        self.workers: list[_Worker[_I]] = []
        self.max_seconds = max_seconds
        self.budget = max_seconds + GRACE_SECONDS

    def _start(self) -> _Worker[_I]:
        parent_end, child_end = self.context.Pipe()
        progress = WorkerProgress()
        process = self.context.Process(
            target=_serve,
            args=(self.lint, child_end, progress),
            name="trainlint-worker",
            daemon=True,
        )
        process.start()
        child_end.close()
        worker: _Worker[_I] = _Worker(process, parent_end, progress)
        self.workers.append(worker)
        return worker

    def _stop(self, worker: _Worker[_I], kill: bool) -> int | None:
        if kill and worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=5)
        worker.connection.close()
        worker.progress.close()
        self.workers.remove(worker)
        code: int | None = worker.process.exitcode
        return code

    @staticmethod
    def _requeue(queue: deque[list[tuple[int, _I]]], rest: list[tuple[int, _I]]) -> None:
        """Files of a lost worker's chunk, to be linted again (first)."""
        if rest:
            queue.appendleft(rest)

    def run(self, items: Sequence[_I]) -> Iterator[list[Finding]]:
        queue: deque[list[tuple[int, _I]]] = deque(
            [(i, items[i]) for i in range(start, min(start + CHUNK, len(items)))]
            for start in range(0, len(items), CHUNK)
        )
        results: dict[int, list[Finding]] = {}
        following = 0
        try:
            for _ in range(self.size):
                self._start()
            while following < len(items):
                if not self._step(queue, results):
                    break  # (cannot happen: every item is answered or requeued)
                while following in results:
                    yield results.pop(following)
                    following += 1
        except BaseException:
            # Ctrl-C, or the caller stopped early: stop the workers now, even one stuck
            # in a plugin that hangs, instead of waiting for them.
            for worker in list(self.workers):
                self._stop(worker, kill=True)
            raise
        for worker in list(self.workers):
            with contextlib.suppress(OSError):
                worker.connection.send(None)
        for worker in list(self.workers):
            self._stop(worker, kill=False)

    def _step(self, queue: deque[list[tuple[int, _I]]], results: dict[int, list[Finding]]) -> bool:
        """Hand out chunks, wait for answers, kill the overdue; False: nothing to wait for."""
        from multiprocessing.connection import wait

        now = time.monotonic()
        for worker in self.workers:
            if not worker.busy and queue:
                worker.chunk, worker.since = queue.popleft(), now
                worker.connection.send([item for _, item in worker.chunk])
        busy = [w for w in self.workers if w.busy]
        if not busy and not queue:
            return False
        deadline = min(w.current()[1] for w in busy) + self.budget
        ready = wait([w.connection for w in busy], timeout=max(0.01, deadline - now))
        for worker in busy:
            if worker.connection in ready:
                self._receive(worker, queue, results)
        now = time.monotonic()
        for worker in list(self.workers):
            if not worker.busy:
                continue
            position, since = worker.current()
            if now - since > self.budget:
                index, item = worker.chunk[position]
                self._requeue(queue, worker.others(position))
                self._stop(worker, kill=True)
                results[index] = [over_time(item.display, self.max_seconds)]
                self._start()
        return True

    def _receive(
        self,
        worker: _Worker[_I],
        queue: deque[list[tuple[int, _I]]],
        results: dict[int, list[Finding]],
    ) -> None:
        """A worker's answer for its chunk (or its death, which costs the file it was on)."""
        try:
            answer = worker.connection.recv()
        except (EOFError, OSError):  # it died: the file it was on only
            position, _ = worker.current()
            index, item = worker.chunk[position]
            self._requeue(queue, worker.others(position))
            results[index] = _failed(item.display, _why(self._stop(worker, kill=True)))
            self._start()
            return
        answers, retire = answer
        for (index, _), packed in zip(worker.chunk, answers, strict=False):
            results[index] = _unpack(packed)
        rest = worker.chunk[len(answers) :]
        worker.chunk = []
        if retire:  # it stops after this chunk: the rest goes to a new one
            self._requeue(queue, rest)
            self._stop(worker, kill=False)
            self._start()
