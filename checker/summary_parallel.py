"""Summarise many files in worker processes, in input order (as :mod:`checker.parallel`
lints them): forked workers share the loaded registry and configuration; only paths go
out and summaries come back. A handful of files is summarised in-process.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from checker.parallel import CHUNK, _watch_parent, worker_count

if TYPE_CHECKING:
    from concurrent.futures import Future

_I = TypeVar("_I")
_R = TypeVar("_R")
#: The per-file function of the running pool (set before the workers fork).
_summarize: Callable[[Any], Any] | None = None


def _init_worker() -> None:
    """A worker leaves Ctrl-C to its parent and ends when the parent is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _watch_parent()


def _work(chunk: list[Any]) -> list[Any]:
    assert _summarize is not None, "worker started without its state"
    return [_summarize(item) for item in chunk]


def _result(future: Future[list[_R]]) -> list[_R]:
    """Wait for a result in short steps: a plain wait on a lock does not see Ctrl-C."""
    while True:
        try:
            return future.result(timeout=0.1)
        except TimeoutError:
            continue


def summarize_all(
    summarize: Callable[[_I], _R], items: Sequence[_I], jobs: int | None
) -> Iterator[_R]:
    """``summarize`` of each item, in order; in parallel when it pays."""
    workers = worker_count(jobs, len(items))
    if workers <= 1:
        for item in items:
            yield summarize(item)
        return
    global _summarize
    _summarize = summarize
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
        _summarize = None
