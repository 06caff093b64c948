"""Lint many files in worker processes, yielding results in input order.

Workers are forked from the running process, so they share its loaded plugins,
registry and configuration without pickling any of it; only (path, bytes) go out and
findings come back. A handful of files is linted in-process: starting workers costs
more than it saves. Where ``fork`` is not available everything runs in-process.

Workers ignore SIGINT: Ctrl-C reaches the parent, which stops them, and no worker
prints a traceback; a worker whose parent is killed ends too. A worker that dies (a
crash in a C extension, the OOM killer) costs an ``internal-error`` finding for each
file it had not finished; every other result stands.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from checker.discovery import Target
from checker.findings import INTERNAL_ERROR, Finding, Severity

if TYPE_CHECKING:
    from concurrent.futures import Future

    from checker.engine import Engine

#: Below this many files to lint, a pool is not worth starting.
MIN_FILES_FOR_POOL = 24
#: Files per task sent to a worker: large enough to amortise the round trip.
CHUNK = 16

#: (display path, path, the bytes, or None to read the file in the worker)
Item = tuple[str, Path, bytes | None]

_engine: Engine | None = None


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
    return engine.lint_bytes(raw, display, settings)


def _init_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker outlives a parent that is killed (SIGKILL, the OOM killer) and would wait
    # for work forever, or hang on in a plugin; it ends when its parent is gone.
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="trainlint-parent-watch", daemon=True).start()


def _work(chunk: list[Item]) -> list[list[Finding]]:
    assert _engine is not None, "worker started without an engine"
    return [_lint_one(_engine, item) for item in chunk]


def _died(item: Item, why: str) -> list[Finding]:
    return [
        Finding(
            item[0],
            1,
            1,
            None,
            None,
            INTERNAL_ERROR,
            Severity.ERROR,
            f"the worker process linting this file stopped ({why}); "
            "run with --jobs 1 to lint it in-process",
        )
    ]


def _result(future: Future[list[list[Finding]]]) -> list[list[Finding]]:
    """Wait for a result in short steps: a plain wait on a lock does not see Ctrl-C."""
    while True:
        try:
            return future.result(timeout=0.1)
        except TimeoutError:
            continue


def lint_all(engine: Engine, items: Sequence[Item], jobs: int | None) -> Iterator[list[Finding]]:
    """The findings of each item, in order; in parallel when it pays."""
    workers = default_jobs() if jobs is None or jobs <= 0 else jobs
    workers = min(workers, max(1, len(items) // CHUNK))
    if workers <= 1 or len(items) < MIN_FILES_FOR_POOL or not hasattr(os, "fork"):
        for item in items:
            yield _lint_one(engine, item)
        return
    global _engine
    _engine = engine
    chunks = [list(items[i : i + CHUNK]) for i in range(0, len(items), CHUNK)]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker)
    try:
        futures = [pool.submit(_work, chunk) for chunk in chunks]
        for chunk, future in zip(chunks, futures, strict=True):
            try:
                results = _result(future)
            except BrokenProcessPool:
                results = [_died(item, "it was killed or crashed") for item in chunk]
            except Exception as exc:  # pickling trouble: say so for these files
                results = [_died(item, type(exc).__name__) for item in chunk]
            yield from results
    except BaseException:
        # Ctrl-C, or the caller stopped early: stop the workers now, even one stuck
        # in a plugin that hangs, instead of waiting for them.
        # The run is over: tell multiprocessing's queue threads so, or the one feeding
        # the workers prints a traceback when its pipe closes under it.
        from multiprocessing import util

        util._exiting = True  # type: ignore[attr-defined]
        processes = list((getattr(pool, "_processes", None) or {}).values())
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout=5)
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    else:
        pool.shutdown(wait=True)
    finally:
        _engine = None
