"""Which files to lint: explicit files always, program-looking YAML under directories."""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from checker.globs import glob_match, name_glob
from checker.reading import NotARegularFile
from checker.values import Record

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

#: A walked YAML file is a program when it has one of these top-level keys or the modeline.
_PROGRAM_MARKER = re.compile(rb"^(?:program|workouts)\s*:|program\.schema\.json", re.MULTILINE)
#: Any top-level key that could be a slip of ``program`` or ``workouts`` (checked by
#: :func:`_near_program_key` when :data:`_PROGRAM_MARKER` finds nothing).
_TOP_LEVEL_KEY = re.compile(rb"^[\"']?([A-Za-z][A-Za-z_-]{3,10})[\"']?[ \t]*:", re.MULTILINE)
#: The keys a program is recognised by, and the edit distance that still counts as a slip
#: of one of them (``Program``, ``progam``, ``programme``, ``Workout``, ``workots``).
PROGRAM_KEYS = ("program", "workouts")
_MAX_SLIP = 2
_SNIFF_BYTES = 64 * 1024


class Selection(Record, fields=("include", "exclude", "root")):
    """Include and exclude globs for walked files (``**`` spans folders).

    A walked ``.yaml``/``.yml`` file is linted when it looks like a program (see
    :func:`looks_like_program`); a file matching ``include`` is linted whatever it
    holds; ``exclude`` wins over both. Patterns are matched against the path
    relative to ``root`` (the configuration's folder) when the file is below it,
    else relative to the folder being walked. Patterns without a slash match names
    at any depth.
    """

    __slots__ = ("exclude", "include", "root")

    #: Files linted as programs whatever their content or suffix (``programs/**/*.yaml``).
    include: Sequence[str]
    exclude: Sequence[str]
    root: Path | None

    def __init__(
        self,
        include: Sequence[str] | None = None,
        exclude: Sequence[str] | None = None,
        root: Path | None = None,
    ) -> None:
        self.include = () if include is None else include
        self.exclude = () if exclude is None else exclude
        self.root = root

    def excluded(self, relative: str) -> bool:
        name = relative.rsplit("/", 1)[-1]
        if name_glob(DEFAULT_EXCLUDE).match(name):
            return True
        return any(glob_match(p, relative) for p in self.exclude)

    def included(self, relative: str) -> bool:
        """Whether ``relative`` matches an ``include`` glob (linted without sniffing)."""
        return any(glob_match(p, relative) for p in self.include)

    def candidate(self, relative: str) -> bool:
        """Whether a walked file is worth a look: YAML by its suffix, or included."""
        return relative.endswith(YAML_SUFFIXES) or self.included(relative)

    def relative(self, path: Path, walk_root: Path) -> str:
        if self.root is not None:
            try:
                return path.resolve().relative_to(self.root.resolve()).as_posix()
            except ValueError:
                pass
        return path.relative_to(walk_root).as_posix()


def looks_like_program(path: Path) -> bool:
    """Sniff the start of a walked file for a program's top-level keys (see
    :func:`is_program_text`)."""
    return _sniff(path)[0]


def is_program_text(head: bytes) -> bool:
    """Whether the start of a YAML file is plausibly a program: the schema modeline, or
    a top-level key that is ``program`` or ``workouts`` or a slip of one (any case,
    within two edits: ``Program``, ``programme``, ``workout``, ``workots``). A misspelt
    key is exactly what trainlint exists to report, so such a file is linted."""
    if _PROGRAM_MARKER.search(head):
        return True
    return any(_near_program_key(m.group(1)) for m in _TOP_LEVEL_KEY.finditer(head))


#: The letter pairs of each program key: a word within two edits of a key keeps at
#: least ``len(key) - 1 - 2 * 2`` of them (each edit breaks at most two), a cheap test
#: that spares the edit distance for almost every other key.
_PAIRS = tuple(
    (key, frozenset(key[i : i + 2] for i in range(len(key) - 1))) for key in PROGRAM_KEYS
)


@lru_cache(maxsize=4096)
def _near_program_key(raw: bytes) -> bool:
    word = raw.decode("ascii").lower()
    pairs = {word[i : i + 2] for i in range(len(word) - 1)}
    return any(
        len(pairs & key_pairs) >= len(key) - 1 - 2 * _MAX_SLIP and _within(word, key, _MAX_SLIP)
        for key, key_pairs in _PAIRS
    )


def _within(word: str, target: str, limit: int) -> bool:
    """Whether the edit distance (insertions, deletions, substitutions, transpositions
    of neighbours) between ``word`` and ``target`` is at most ``limit``."""
    if abs(len(word) - len(target)) > limit:
        return False
    previous2: list[int] = []
    previous = list(range(len(target) + 1))
    for i, a in enumerate(word, 1):
        current = [i]
        for j, b in enumerate(target, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b))
            if i > 1 and j > 1 and a == target[j - 2] and word[i - 2] == b:
                cost = min(cost, previous2[j - 2] + 1)
            current.append(cost)
        if min(current) > limit:
            return False
        previous2, previous = previous, current
    return previous[-1] <= limit


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
    return is_program_text(head[:_SNIFF_BYTES]), whole, None


class Target(Record, fields=("path", "display", "content", "error", "stdin")):
    """A file to lint and the path to show for it."""

    __slots__ = ("content", "display", "error", "path", "stdin")

    path: Path
    display: str
    #: The file's bytes when discovery already read them (small walked files).
    content: bytes | None
    #: Why the path cannot be linted, found by discovery (an ``io-error`` message).
    error: str | None
    #: The content comes from standard input (``-``); ``path`` is ``--stdin-filename``'s.
    stdin: bool

    def __init__(
        self,
        path: Path,
        display: str,
        content: bytes | None = None,
        error: str | None = None,
        stdin: bool = False,
    ) -> None:
        self.path = path
        self.display = display
        self.content = content
        self.error = error
        self.stdin = stdin


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
    paths: Iterable[str],
    selection: Selection | None = None,
    force_exclude: bool = False,
    stdin_filename: str | None = None,
) -> Iterator[Target]:
    """Targets for the given paths, each file once, directories in sorted order.

    Files named explicitly are always linted, unless ``force_exclude`` is set
    (pre-commit passes every staged YAML file): then they are filtered like
    walked files, by the exclude globs and by looking like a program. ``-`` is
    standard input, shown as ``stdin_filename`` when given (and then excluded
    like that path under ``force_exclude``).
    """
    selection = selection or Selection()
    seen: set[str] = set()
    for raw in paths:
        root = Path(raw)
        if raw == "-":
            if stdin_filename is None:
                yield Target(root, "-", stdin=True)
                continue
            named = Path(stdin_filename)
            if force_exclude and selection.excluded(
                selection.relative(Path.cwd() / named, Path.cwd())
            ):
                continue
            yield Target(named, display_path(named), stdin=True)
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
    if selection.excluded(relative):
        return False
    return selection.included(relative) or looks_like_program(path)


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
            if not selection.candidate(relative) or selection.excluded(relative):
                continue
            program, content, error = _sniff(os.path.join(directory, filename))
            if program or selection.included(relative):
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
