"""Which files to lint: explicit files always, program-looking YAML under directories."""

from __future__ import annotations

import errno
import fnmatch
import os
import re
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from checker.globs import glob_match
from checker.reading import NotARegularFile

YAML_SUFFIXES = (".yaml", ".yml")

#: Directories never walked into.
SKIP_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        ".github",
        ".gitlab",
        ".venv",
        "venv",
        ".tox",
        ".nox",
        "node_modules",
        "__pycache__",
        ".mypy_cache",
        ".ruff_cache",
        ".pytest_cache",
        ".trainlint_cache",
        "build",
        "dist",
        "site-packages",
    }
)

#: YAML files that are never programs (CI, containers, tooling), unless named explicitly.
DEFAULT_EXCLUDE = (
    ".pre-commit-config.yaml",
    ".pre-commit-hooks.yaml",
    ".gitlab-ci.yml",
    ".travis.yml",
    "docker-compose*.y*ml",
    "compose.y*ml",
    "mkdocs.y*ml",
    ".readthedocs.y*ml",
    "action.y*ml",
    ".trainlint.y*ml",
    ".yamllint*",
    "codecov.y*ml",
    "environment.y*ml",
    "pnpm-lock.yaml",
    "Chart.yaml",
    "values.yaml",
    "*.schema.y*ml",
    "dependabot.y*ml",
)

_DEFAULT_EXCLUDE = re.compile("|".join(fnmatch.translate(p) for p in DEFAULT_EXCLUDE))

#: A walked YAML file is a program when it has one of these top-level keys or the modeline.
_PROGRAM_MARKER = re.compile(rb"^(?:program|workouts)\s*:|program\.schema\.json", re.MULTILINE)
_SNIFF_BYTES = 64 * 1024


@dataclass(slots=True, repr=False, eq=False)
class Selection:
    """Include and exclude globs for walked files (``**`` spans folders).

    Patterns are matched against the path relative to ``root`` (the
    configuration's folder) when the file is below it, else relative to the
    folder being walked. Patterns without a slash match names at any depth.
    """

    include: Sequence[str] = ("*.yaml", "*.yml")
    exclude: Sequence[str] = field(default_factory=tuple)
    root: Path | None = None

    def excluded(self, relative: str) -> bool:
        name = relative.rsplit("/", 1)[-1]
        if _DEFAULT_EXCLUDE.match(name):
            return True
        return any(glob_match(p, relative) for p in self.exclude)

    def included(self, relative: str) -> bool:
        return any(glob_match(p, relative) for p in self.include)

    def relative(self, path: Path, walk_root: Path) -> str:
        if self.root is not None:
            try:
                return path.resolve().relative_to(self.root.resolve()).as_posix()
            except ValueError:
                pass
        return path.relative_to(walk_root).as_posix()


def looks_like_program(path: Path) -> bool:
    """Sniff the start of a walked file for a program's top-level keys."""
    return _sniff(path)[0]


def _read_head(path: str | os.PathLike[str], limit: int) -> bytes:
    """Up to ``limit`` bytes from the start of a regular file (:class:`NotARegularFile`
    for anything else: reading a named pipe could wait forever), read with the bare
    descriptor (no buffered file object: that was a third of the time of a run over
    10,000 cached files)."""
    fd = _regular_fd(path)
    try:
        chunks: list[bytes] = []
        size = 0
        while size < limit:
            chunk = os.read(fd, limit - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)
    finally:
        os.close(fd)


def _regular_fd(path: str | os.PathLike[str]) -> int:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotARegularFile(errno.EINVAL, "not a regular file", os.fsdecode(path))
    except BaseException:
        os.close(fd)
        raise
    return fd


def _sniff(path: str | Path) -> tuple[bool, bytes | None, str | None]:
    """Whether the file looks like a program, its whole content when the sniff read all
    of it (so that it is not read twice), and why it cannot be linted (None: it can)."""
    try:
        head = _read_head(path, _SNIFF_BYTES + 1)
    except NotARegularFile as exc:  # reading a named pipe could wait forever
        return True, None, f"cannot read this file: {exc.strerror}"
    except OSError:
        return True, None, None  # let the engine report why it cannot be read
    whole = head if len(head) <= _SNIFF_BYTES else None
    return bool(_PROGRAM_MARKER.search(head[:_SNIFF_BYTES])), whole, None


@dataclass(slots=True, repr=False, eq=False)
class Target:
    """A file to lint and the path to show for it."""

    path: Path
    display: str
    #: The file's bytes when discovery already read them (small walked files).
    content: bytes | None = field(default=None, compare=False, repr=False)
    #: Why the path cannot be linted, found by discovery (an ``io-error`` message).
    error: str | None = None


def display_path(path: Path) -> str:
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path.as_posix()
    shown = relative if not relative.startswith("..") else str(path)
    return printable(shown.replace(os.sep, "/"))


def printable(name: str) -> str:
    """``name`` as valid Unicode: the bytes of a file name that is not UTF-8 (kept by
    Python as lone surrogates, which no output can encode) as ``\\xNN`` escapes."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    return name


def discover(
    paths: Iterable[str], selection: Selection | None = None, force_exclude: bool = False
) -> Iterator[Target]:
    """Targets for the given paths, each file once, directories in sorted order.

    Files named explicitly are always linted, unless ``force_exclude`` is set
    (pre-commit passes every staged YAML file): then they are filtered like
    walked files, by the exclude globs and by looking like a program.
    """
    selection = selection or Selection()
    seen: set[str] = set()
    for raw in paths:
        root = Path(raw)
        if raw == "-":
            yield Target(root, "-")
            continue
        if root.is_dir():
            for key, target in _walk(root, selection):
                if key not in seen:
                    seen.add(key)
                    yield target
        else:  # files named explicitly are always linted; missing ones are reported later
            if force_exclude and root.is_file() and not _wanted(root, selection):
                continue
            key = os.path.realpath(root)
            if key not in seen:
                seen.add(key)
                yield Target(root, display_path(root))


def _wanted(path: Path, selection: Selection) -> bool:
    relative = selection.relative(path, path.parent) if selection.root else path.as_posix()
    return not selection.excluded(relative) and looks_like_program(path)


def _walk(root: Path, selection: Selection) -> Iterator[tuple[str, Target]]:
    """Walked files with the real path of their folder (for de-duplication)."""
    selection_root = selection.root.resolve() if selection.root is not None else None
    failed: list[OSError] = []  # folders that vanished or cannot be listed
    for directory, dirnames, filenames in os.walk(root, followlinks=False, onerror=failed.append):
        yield from _failed_folders(failed)
        base = Path(directory)
        real_base = os.path.realpath(directory)
        relative_base = _relative_base(base, root, real_base, selection_root)
        dirnames[:] = sorted(
            d
            for d in dirnames
            if d not in SKIP_DIRS
            and not (selection.exclude and selection.excluded(relative_base + d))
        )
        shown_base = display_path(base)
        shown_base = "" if shown_base == "." else shown_base + "/"
        for filename in sorted(filenames):
            relative = relative_base + filename
            if not selection.included(relative) or selection.excluded(relative):
                continue
            program, content, error = _sniff(os.path.join(directory, filename))
            if program:
                key = os.path.join(real_base, filename)
                if os.path.islink(key):
                    key = os.path.realpath(key)
                target = Target(base / filename, printable(shown_base + filename), content, error)
                yield key, target
    yield from _failed_folders(failed)


def _failed_folders(failed: list[OSError]) -> Iterator[tuple[str, Target]]:
    """A target for each folder the walk could not list, saying why; empties ``failed``."""
    for error in failed:
        folder = Path(os.fsdecode(error.filename))
        reason = error.strerror or type(error).__name__
        message = f"cannot read this directory: {reason}"
        yield os.path.realpath(folder), Target(folder, display_path(folder), error=message)
    failed.clear()


def _relative_base(base: Path, root: Path, real_base: str, selection_root: Path | None) -> str:
    """The folder's path relative to the configuration's root (else to the walked root),
    with a trailing slash, or '' at the top."""
    if selection_root is not None:
        try:
            relative = Path(real_base).relative_to(selection_root).as_posix()
        except ValueError:
            relative = base.relative_to(root).as_posix()
    else:
        relative = base.relative_to(root).as_posix()
    return "" if relative == "." else relative + "/"
