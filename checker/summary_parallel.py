"""Summarise many files in worker processes, in input order (as :mod:`checker.parallel`
lints them): forked workers share the loaded registry and configuration; only paths go
out and summaries come back. A handful of files is summarised in-process.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from checker.parallel import CHUNK, MIN_FILES_FOR_POOL, _watch_parent, default_jobs

if TYPE_CHECKING:
    from concurrent.futures import Future

    from checker.summary import Item, ProgramSummary, Worker

_worker: Worker | None = None


def _init_worker() -> None:
    """A worker leaves Ctrl-C to its parent and ends when the parent is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _watch_parent()


def _work(chunk: list[Item]) -> list[ProgramSummary]:
    assert _worker is not None, "worker started without its state"
    return [_worker.summarize(item) for item in chunk]


def _result(future: Future[list[ProgramSummary]]) -> list[ProgramSummary]:
    """Wait for a result in short steps: a plain wait on a lock does not see Ctrl-C."""
    while True:
        try:
            return future.result(timeout=0.1)
        except TimeoutError:
            continue


def summarize_all(
    worker: Worker, items: Sequence[Item], jobs: int | None
) -> Iterator[ProgramSummary]:
    """The summary of each item, in order; in parallel when it pays."""
    workers = default_jobs() if jobs is None or jobs <= 0 else jobs
    workers = min(workers, max(1, len(items) // CHUNK))
    if workers <= 1 or len(items) < MIN_FILES_FOR_POOL or not hasattr(os, "fork"):
        for item in items:
            yield worker.summarize(item)
        return
    global _worker
    _worker = worker
    chunks = [list(items[i : i + CHUNK]) for i in range(0, len(items), CHUNK)]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker)
    try:
        futures = [pool.submit(_work, chunk) for chunk in chunks]
        for future in futures:
            yield from _result(future)
    except BaseException:
        # Ctrl-C or a worker that died: stop the others now instead of waiting for them.
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
        _worker = None
