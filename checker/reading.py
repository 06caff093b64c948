"""Read a file with a bound on its size and on the time spent waiting for it.

Every file trainlint opens (programs, the configuration, cache packs, the baseline)
goes through :func:`read_bounded`:

* at most ``limit + 1`` bytes are ever read, so a file over the limit (or a symlink to
  ``/dev/zero``) costs ``limit + 1`` bytes of memory, never the whole file;
* the file is opened without blocking, so a named pipe with no writer cannot hang the
  open; with ``regular_only`` anything but a regular file is refused
  (:class:`NotARegularFile`), otherwise a pipe or device is read until end of file,
  ``limit + 1`` bytes or ``timeout`` seconds, whichever comes first.
"""

from __future__ import annotations

import errno
import os
import select
import stat
import time

from checker.values import Frozen, set_field


class NotARegularFile(OSError):
    """A named pipe, socket, device or folder where a regular file was expected."""


class ReadTimeout(OSError):
    """A named pipe or device gave no end of file within the time allowed."""


class Bounded(Frozen, fields=("data", "size")):
    """What :func:`read_bounded` read: at most ``limit + 1`` bytes, and the file's size
    when it is known (regular files)."""

    __slots__ = ("data", "size")
    data: bytes
    size: int | None

    def __init__(self, data: bytes, size: int | None) -> None:
        set_field(self, "data", data)
        set_field(self, "size", size)

    def over(self, limit: int) -> bool:
        return len(self.data) > limit


def read_bounded(
    path: str | os.PathLike[str],
    limit: int,
    *,
    regular_only: bool = True,
    timeout: float = 10.0,
) -> Bounded:
    """Up to ``limit + 1`` bytes of ``path`` (see the module documentation)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISREG(mode):
            return Bounded(_read_regular(fd, limit + 1), os.fstat(fd).st_size)
        if regular_only or stat.S_ISDIR(mode):
            raise NotARegularFile(errno.EINVAL, "not a regular file", os.fsdecode(path))
        return Bounded(read_stream(fd, limit, timeout), None)
    finally:
        os.close(fd)


def _read_regular(fd: int, most: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size < most:
        chunk = os.read(fd, min(most - size, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def read_stream(fd: int, limit: int, timeout: float) -> bytes:
    """Up to ``limit + 1`` bytes of a pipe, socket or device opened without blocking,
    until end of file; :class:`ReadTimeout` when ``timeout`` seconds pass first."""
    deadline = time.monotonic() + timeout
    chunks: list[bytes] = []
    size = 0
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLHUP | select.POLLERR)
    while size <= limit:
        left = deadline - time.monotonic()
        if left <= 0:
            raise ReadTimeout(errno.ETIMEDOUT, f"no end of file within {timeout:g} s", f"fd {fd}")
        if not poller.poll(max(1, int(left * 1000))):
            continue
        try:
            chunk = os.read(fd, min(limit + 1 - size, 1 << 20))
        except BlockingIOError:
            continue
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)
