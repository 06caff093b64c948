"""The time and memory budget of one file, enforced in the process that lints it.

* **Time**: ``max-seconds-per-file`` (default 10 s). On the main thread a real-time
  interval timer (``signal.setitimer``) raises :class:`OverBudget` in the code that is
  running when the time is up, however deep in the loader or a rule it is. It derives
  from :class:`BaseException`, so no ``except Exception`` on the way swallows it. In a
  worker process the parent also watches the clock and kills a worker stuck past the
  budget in code that never returns to the interpreter (see :mod:`checker.parallel`).
* **Memory**: :data:`MEMORY_CAP` bytes of address space on top of what the process
  already uses, set as the soft ``RLIMIT_AS`` while the file is linted and lifted
  afterwards. An allocation past it raises :class:`MemoryError`, which the engine turns
  into a ``limit`` finding for that file.

Both are skipped where they are not available (no ``setitimer`` or ``resource`` module,
not the main thread); the parent's clock still bounds workers.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator
from types import FrameType

from checker.findings import LIMIT, Finding

#: Address space a file may add to the process while it is linted (the densest 2 MiB
#: file measured peaks at about 600 MB; see docs/security.md).
MEMORY_CAP = 2 * 1024 * 1024 * 1024


class OverBudget(BaseException):
    """Raised inside the linting of a file that ran out of its time budget."""


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise OverBudget


def _address_space() -> int | None:
    """The process's current virtual size in bytes (None where it cannot be read)."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            pages = int(statm.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


@contextlib.contextmanager
def file_budget(seconds: float, memory: int | None = MEMORY_CAP) -> Iterator[None]:
    """Run the body within ``seconds`` of wall time and ``memory`` more bytes of address
    space; :class:`OverBudget` or :class:`MemoryError` when it goes over."""
    timed = seconds > 0 and hasattr(signal, "setitimer")
    previous_handler = None
    if timed:
        try:
            previous_handler = signal.signal(signal.SIGALRM, _on_alarm)
        except ValueError:  # not the main thread, the only one signals reach
            timed = False
        else:
            signal.setitimer(signal.ITIMER_REAL, seconds)
    capped = _cap_memory(memory) if memory else None
    try:
        yield
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous_handler)
        if capped is not None:
            _restore_memory(capped)


def _cap_memory(memory: int) -> tuple[int, int] | None:
    try:
        import resource
    except ImportError:  # not on POSIX
        return None
    used = _address_space()
    if used is None:
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = used + memory
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    if soft != resource.RLIM_INFINITY and soft <= cap:
        return None  # a tighter limit is already set: leave it
    try:
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ValueError, OSError):
        return None
    return soft, hard


def _restore_memory(previous: tuple[int, int]) -> None:
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, previous)


def over_time(path: str, seconds: float) -> Finding:
    """The ``limit`` finding of a file that took longer than its time budget."""
    return Finding.file_level(
        path,
        LIMIT,
        f"linting this file took longer than {seconds:g} s and was stopped "
        "(raise 'max-seconds-per-file' in the configuration if this program is real)",
    )


def over_memory(path: str) -> Finding:
    """The ``limit`` finding of a file that needed more memory than its budget."""
    return Finding.file_level(
        path,
        LIMIT,
        f"linting this file needed more than {MEMORY_CAP // 2**20:,} MiB of memory and was "
        "stopped (see docs/security.md)",
    )
