"""The lines of linted files as findings count them: split at the line breaks the YAML
reader counts (so line numbers agree with the loader), each file read at most once,
bounded. Used by the reports that show or fingerprint a finding's line and by the
baseline."""

from __future__ import annotations

import re

from checker.reading import read_bounded

#: The most of a file read to show its lines.
MAX_SOURCE_BYTES = 64 * 1024 * 1024

#: Line breaks as the YAML reader counts them (so line numbers agree with the loader).
_LINE_BREAK = re.compile(r"\r\n|[\n\r\x85\u2028\u2029]")


class SourceLines:
    """The lines of the linted files, each file read at most once."""

    def __init__(self) -> None:
        self._files: dict[str, list[str] | None] = {}

    def lines(self, path: str) -> list[str] | None:
        """Every line of ``path`` (relative to the working directory), or None when the
        file cannot be read or is standard input."""
        if path not in self._files:
            self._files[path] = _read(path)
        return self._files[path]

    def line(self, path: str, number: int) -> str | None:
        """Line ``number`` (1-based) of ``path``, or None when it is not there."""
        lines = self.lines(path)
        if lines is None or not 1 <= number <= len(lines):
            return None
        return lines[number - 1]


def _read(path: str) -> list[str] | None:
    if path == "-":
        return None
    try:
        # a regular file only (a named pipe could wait forever, and was read already),
        # and no more of it than a linted file can hold
        read = read_bounded(path, MAX_SOURCE_BYTES)
    except OSError:
        return None
    raw = read.data[:MAX_SOURCE_BYTES]
    return _LINE_BREAK.split(raw.decode("utf-8-sig", errors="replace"))
