"""Write a report or a baseline to a file the user named, like a shell redirect would.

* A symlink is followed: its target is written, the link stays a link.
* A regular file (new or existing) is replaced atomically: the text goes to a
  temporary file in the same folder, which is then renamed over the target, so a
  reader never sees half a report. A new file gets the usual permissions
  (``0666`` less the umask: ``0644`` under umask 022); an existing one keeps its own.
* Anything else (a named pipe, ``/dev/stdout``, ``/dev/null``, a terminal) is opened
  and written in place, never replaced by a regular file.
* A folder that does not exist, or a target that is a folder, is an :class:`OutputError`
  with a message for a usage error.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile


class OutputError(Exception):
    """The named output cannot be written; the message says why."""


def check_target(path: str) -> str:
    """The real path ``path`` will be written to; :class:`OutputError` when it cannot be
    (checked before a run starts, so that a typo does not cost a whole run)."""
    real = os.path.realpath(path)
    folder = os.path.dirname(real)
    if os.path.isdir(real):
        raise OutputError(f"'{path}' is a folder, not a file")
    if not os.path.isdir(folder):
        raise OutputError(f"cannot write '{path}': the folder '{folder}' does not exist")
    return real


def write_output(path: str, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` as described in the module documentation."""
    real = check_target(path)
    data = text.encode("utf-8")
    try:
        mode: int | None = os.stat(real).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise OutputError(f"cannot write '{path}': {exc.strerror}") from None
    try:
        if mode is not None and not stat.S_ISREG(mode):
            with open(real, "wb") as stream:  # a pipe or device: in place
                stream.write(data)
            return
        new_mode = 0o666 & ~_umask() if mode is None else stat.S_IMODE(mode)
        write_atomically(real, data, new_mode)
    except OSError as exc:
        raise OutputError(f"cannot write '{path}': {exc.strerror or exc}") from None


def write_atomically(
    real: str | os.PathLike[str],
    data: bytes,
    mode: int | None = None,
    *,
    prefix: str = ".trainlint-",
    suffix: str = ".tmp",
) -> None:
    """Replace the file ``real`` with ``data`` at once: write a temporary file in the
    same folder (``prefix``...``suffix``), give it ``mode`` (None: the temporary file's
    own, readable by the owner only), then rename it over ``real``. A reader sees the
    old content or the new, never half of it; on failure the temporary file goes."""
    folder = os.path.dirname(os.fspath(real))
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=suffix)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            if mode is not None:
                os.fchmod(stream.fileno(), mode)
        os.replace(temporary, real)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _umask() -> int:
    """The process's umask (read by setting it, then setting it back)."""
    current = os.umask(0o022)
    os.umask(current)
    return current
