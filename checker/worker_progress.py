"""Which file of its chunk a worker process is on, shared with the parent without a
message (see :mod:`checker.parallel`)."""

from __future__ import annotations

import mmap
import struct


class WorkerProgress:
    """Which file of its chunk a worker is on and since when, in memory shared with the
    parent (an anonymous shared mapping made before the fork).

    The worker writes the time, then the position; the parent reads the position, the
    time and the position again, and reads again when the worker moved on meanwhile.
    """

    _LAYOUT = struct.Struct("=qd")  # position in the chunk (-1: none), start (monotonic)

    def __init__(self) -> None:
        self._memory = mmap.mmap(-1, self._LAYOUT.size)
        self.set(-1, 0.0)

    def set(self, position: int, since: float) -> None:
        self._LAYOUT.pack_into(self._memory, 0, position, since)

    def get(self) -> tuple[int, float]:
        while True:
            position, since = self._LAYOUT.unpack_from(self._memory, 0)
            again, _ = self._LAYOUT.unpack_from(self._memory, 0)
            if again == position:
                return position, since

    def close(self) -> None:
        self._memory.close()
