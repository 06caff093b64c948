"""Glob patterns for paths, with ``**`` spanning directories (as in .gitignore).

Patterns are translated by wcmatch (``GLOBSTAR | DOTGLOB``), whose regular
expressions use atomic groups: matching takes time linear in the path, whatever the
pattern (``**a**a**a**a**a**a**b`` against a long name included), where a plain
translation backtracks for minutes. On top of wcmatch's reading:

* a pattern without a slash matches at any depth (``*.yml``, ``drafts``); one with a
  slash is anchored at the configuration's folder (``programs/beginners/**``);
* a pattern that names a folder matches everything below it;
* ``**`` as a whole path segment spans any number of folders (none included);
  elsewhere (``a**b``) it is a plain ``*``, which never crosses a ``/``.

:func:`glob_problem` says what is wrong with a pattern that cannot mean what it says
(an empty ``[]`` class, a reversed range such as ``[z-a]``), so that the configuration
can report it at its line.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

#: ``*.yaml`` and the like (the default include patterns): matched without wcmatch.
_SUFFIX = re.compile(r"\*(\.[A-Za-z0-9_-]+)")
_CLASS = re.compile(r"\[(!|\^)?(\]?[^\]]*)\]")


@cache
def _compile(pattern: str) -> re.Pattern[str]:
    anchored = "/" in pattern.rstrip("/")
    body = pattern.strip("/")
    suffix = _SUFFIX.fullmatch(body)
    if suffix is not None and not anchored:
        return re.compile(rf"(?:.*/)?[^/]*{re.escape(suffix.group(1))}(?:/.*)?")
    from wcmatch import glob

    full = body if anchored else f"**/{body}"
    flags = glob.GLOBSTAR | glob.DOTGLOB | glob.FORCEUNIX
    positive, _ = glob.translate([full, f"{full}/**"], flags=flags)
    return re.compile("|".join(f"(?:{p})" for p in positive))


def glob_match(pattern: str, path: str) -> bool:
    """True when the relative POSIX ``path`` matches ``pattern`` (see the module
    documentation); a pattern :func:`glob_problem` refuses matches nothing."""
    if glob_problem(pattern) is not None:
        return False
    return _compile(pattern).match(path) is not None


@cache
def any_glob(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One expression that matches a path when one of ``patterns`` does (as
    :func:`glob_match` would); compiled once per set of patterns."""
    usable = [_compile(p).pattern for p in patterns if glob_problem(p) is None]
    return re.compile("|".join(f"(?:{p})" for p in usable) or "(?!)")


#: Characters that make a pattern more than literal text and ``*`` for wcmatch.
_SPECIAL = frozenset("?[]{}()!@+|\\/")


@cache
def name_glob(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One expression that matches a file name (no ``/``) when one of ``patterns``
    does, as :func:`any_glob` would. Patterns of plain characters and ``*`` (the
    default excludes) are translated here: importing wcmatch and compiling its
    expressions was a fifth of a one-file run. Any other pattern goes to wcmatch."""
    if any(_SPECIAL.intersection(p) or not p for p in patterns):
        return any_glob(patterns)
    bodies = ("[^/]*".join(map(re.escape, p.split("*"))) for p in patterns)
    return re.compile("(?s:" + "|".join(f"(?:{b})" for b in bodies) + ")$")


@cache
def glob_problem(pattern: str) -> str | None:
    """Why ``pattern`` is not a usable glob (None: it is)."""
    if not pattern.strip("/"):
        return "an empty pattern matches nothing"
    index = 0
    while True:
        start = pattern.find("[", index)
        if start == -1:
            return None
        found = _CLASS.match(pattern, start)
        if found is None:
            return None  # an unclosed '[' is a literal '['
        members = found.group(2)
        if not members:
            return f"'{found.group()}' is an empty character class; use '[[]' for a literal '['"
        for low, high in re.findall(r"(.)-(.)", members):
            if low > high:
                return f"the range '{low}-{high}' in '{found.group()}' is reversed"
        index = found.end()


def relative_path(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` as globs are matched (POSIX), else as given."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
