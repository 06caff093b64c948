"""Lint many files in worker processes, yielding results in input order.

Workers are forked from the running process, so they share its loaded plugins,
registry and configuration without pickling any of it; only (path, bytes) go out and
findings come back. A handful of files is linted in-process: starting workers costs
more than it saves. Where ``fork`` is not available everything runs in-process.

Each worker gets a chunk of files at a time and answers file by file, in order, so
the parent always knows which file a worker is on. That is what makes a worker's
trouble cost one file only:

* a worker that dies (a signal, ``os._exit``, a crash in a C extension, the OOM
  killer) costs an ``internal-error`` finding for the file it was on; the rest of its
  chunk goes back in the queue and a new worker takes over;
* a worker still on one file a moment after that file's time budget
  (``max-seconds-per-file``; the worker's own timer fires first, see
  :mod:`checker.budget`) is killed: that file gets a ``limit`` finding, the rest of
  its chunk is linted again. A worker whose own timer stopped a file retires after
  answering (the file was interrupted anywhere, a cache maybe half-filled), and a
  fresh worker lints the rest of its chunk.

Workers ignore SIGINT: Ctrl-C reaches the parent, which stops them, and no worker
prints a traceback; a worker whose parent is killed ends too.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.discovery import Target
from checker.findings import INTERNAL_ERROR, LIMIT, Finding, Severity

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from checker.engine import Engine

#: Below this many files to lint, a pool is not worth starting.
MIN_FILES_FOR_POOL = 24
#: Files per task sent to a worker: large enough to amortise the round trip.
CHUNK = 16
#: How long past a file's budget the parent waits before it kills the worker (the
#: worker's own timer normally stops the file first, with the same finding).
GRACE_SECONDS = 2.0

#: (display path, path, the bytes, or None to read the file in the worker)
Item = tuple[str, Path, bytes | None]


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _lint_one(engine: Engine, item: Item) -> list[Finding]:
    display, path, raw = item
    if raw is None:
        read = engine.read_target(Target(path, display))
        if not isinstance(read, bytes):
            return [read]
        raw = read
    settings = engine.settings.for_path(path) if display != "-" else engine.settings
    return engine.lint_within_budget(raw, display, settings)


def _watch_parent() -> None:
    # A worker outlives a parent that is killed (SIGKILL, the OOM killer) and would wait
    # for work forever, or hang on in a plugin; it ends when its parent is gone.
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="trainlint-parent-watch", daemon=True).start()


def _serve(engine: Engine, connection: Connection) -> None:
    """A worker's loop: lint each chunk it is sent, answering file by file."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _watch_parent()
    while True:
        try:
            chunk: list[Item] | None = connection.recv()
        except EOFError:
            break
        if chunk is None:
            break
        for item in chunk:
            try:
                findings = _lint_one(engine, item)
            except BaseException as exc:  # whatever escaped the engine: this file only
                findings = _failed(item[0], f"{type(exc).__name__} in the worker")
            # A file stopped by its budget was interrupted anywhere, maybe half-way
            # through filling a cache: this worker retires, a fresh one takes over.
            retire = any(f.rule == LIMIT for f in findings)
            connection.send((findings, retire))
            if retire:
                connection.close()
                os._exit(0)
    connection.close()
    os._exit(0)


def _failed(display: str, why: str) -> list[Finding]:
    return [
        Finding(
            display,
            1,
            1,
            None,
            None,
            INTERNAL_ERROR,
            Severity.ERROR,
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


@dataclass(slots=True, repr=False, eq=False)
class _Worker:
    process: Any
    connection: Connection
    #: (index, item) of the chunk it is working on, and how many it has answered
    chunk: list[tuple[int, Item]] = field(default_factory=list)
    answered: int = 0
    #: when it started the file it is on
    since: float = 0.0

    @property
    def busy(self) -> bool:
        return self.answered < len(self.chunk)

    def current(self) -> tuple[int, Item]:
        return self.chunk[self.answered]

    def rest(self) -> list[tuple[int, Item]]:
        return self.chunk[self.answered + 1 :]


def lint_all(engine: Engine, items: Sequence[Item], jobs: int | None) -> Iterator[list[Finding]]:
    """The findings of each item, in order; in parallel when it pays."""
    workers = default_jobs() if jobs is None or jobs <= 0 else jobs
    workers = min(workers, max(1, len(items) // CHUNK))
    if workers <= 1 or len(items) < MIN_FILES_FOR_POOL or not hasattr(os, "fork"):
        for item in items:
            yield _lint_one(engine, item)
        return
    yield from _Pool(engine, workers).run(items)


class _Pool:
    """Forked workers fed chunk by chunk; see the module documentation."""

    def __init__(self, engine: Engine, size: int) -> None:
        import multiprocessing

        self.engine = engine
        self.size = size
        self.context = multiprocessing.get_context("fork")
        self.workers: list[_Worker] = []
        self.budget = engine.settings.limits.max_seconds + GRACE_SECONDS

    def _start(self) -> _Worker:
        parent_end, child_end = self.context.Pipe()
        process = self.context.Process(
            target=_serve, args=(self.engine, child_end), name="trainlint-worker", daemon=True
        )
        process.start()
        child_end.close()
        worker = _Worker(process, parent_end)
        self.workers.append(worker)
        return worker

    def _stop(self, worker: _Worker, kill: bool) -> int | None:
        if kill and worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=5)
        worker.connection.close()
        self.workers.remove(worker)
        code: int | None = worker.process.exitcode
        return code

    @staticmethod
    def _requeue(queue: deque[list[tuple[int, Item]]], worker: _Worker) -> None:
        """The files of a lost worker's chunk after the one it was on, to be linted again."""
        rest = worker.rest()
        if rest:
            queue.appendleft(rest)

    def run(self, items: Sequence[Item]) -> Iterator[list[Finding]]:
        from multiprocessing.connection import wait

        from checker.engine import over_time

        queue: deque[list[tuple[int, Item]]] = deque(
            [(i, items[i]) for i in range(start, min(start + CHUNK, len(items)))]
            for start in range(0, len(items), CHUNK)
        )
        results: dict[int, list[Finding]] = {}
        following = 0
        try:
            for _ in range(self.size):
                self._start()
            while following < len(items):
                now = time.monotonic()
                for worker in list(self.workers):
                    if not worker.busy and queue:
                        worker.chunk, worker.answered, worker.since = queue.popleft(), 0, now
                        worker.connection.send([item for _, item in worker.chunk])
                busy = [w for w in self.workers if w.busy]
                if not busy and not queue:
                    break  # (cannot happen: every item is answered or requeued)
                deadline = min(w.since for w in busy) + self.budget
                ready = wait([w.connection for w in busy], timeout=max(0.01, deadline - now))
                for worker in busy:
                    if worker.connection not in ready:
                        continue
                    try:
                        answer = worker.connection.recv()
                    except (EOFError, OSError):  # it died: this file only
                        index, item = worker.current()
                        self._requeue(queue, worker)
                        results[index] = _failed(item[0], _why(self._stop(worker, kill=True)))
                        self._start()
                        continue
                    findings, retire = answer
                    index, _ = worker.current()
                    results[index] = findings
                    if retire:  # it stops after this file: the rest goes to a new one
                        self._requeue(queue, worker)
                        self._stop(worker, kill=False)
                        self._start()
                        continue
                    worker.answered += 1
                    worker.since = time.monotonic()
                now = time.monotonic()
                for worker in list(self.workers):
                    if worker.busy and now - worker.since > self.budget:
                        index, item = worker.current()
                        self._requeue(queue, worker)
                        self._stop(worker, kill=True)
                        seconds = self.engine.settings.limits.max_seconds
                        results[index] = [over_time(item[0], seconds)]
                        self._start()
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
