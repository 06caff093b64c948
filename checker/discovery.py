"""Which files to lint: explicit files always, program-looking YAML under directories."""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from checker.globs import glob_match

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
_SNIFF_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
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
        if any(fnmatch.fnmatchcase(name, p) for p in DEFAULT_EXCLUDE):
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
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return True  # let the engine report why it cannot be read
    return bool(_PROGRAM_MARKER.search(head))


@dataclass(frozen=True, slots=True)
class Target:
    """A file to lint and the path to show for it."""

    path: Path
    display: str


def display_path(path: Path) -> str:
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path.as_posix()
    shown = relative if not relative.startswith("..") else str(path)
    return shown.replace(os.sep, "/")


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
            for target in _walk(root, selection):
                key = os.path.realpath(target.path)
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


def _walk(root: Path, selection: Selection) -> Iterator[Target]:
    for directory, dirnames, filenames in os.walk(root, followlinks=False):
        base = Path(directory)
        dirnames[:] = sorted(
            d
            for d in dirnames
            if d not in SKIP_DIRS
            and not (selection.exclude and selection.excluded(selection.relative(base / d, root)))
        )
        for filename in sorted(filenames):
            path = base / filename
            relative = selection.relative(path, root)
            if not selection.included(relative) or selection.excluded(relative):
                continue
            if looks_like_program(path):
                yield Target(path, display_path(path))
