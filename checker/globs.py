"""Glob patterns for paths, with ``**`` spanning directories (as in .gitignore)."""

from __future__ import annotations

import re
from functools import cache


@cache
def _compile(pattern: str) -> re.Pattern[str]:
    anchored = "/" in pattern.rstrip("/")
    body = pattern.strip("/")
    out = []
    index = 0
    while index < len(body):
        char = body[index]
        if body.startswith("**/", index):
            out.append("(?:.*/)?")
            index += 3
            continue
        if body.startswith("**", index):
            out.append(".*")
            index += 2
            continue
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[":
            end = body.find("]", index + 1)
            if end == -1:
                out.append(re.escape(char))
            else:
                out.append("[" + body[index + 1 : end].replace("!", "^", 1) + "]")
                index = end
        else:
            out.append(re.escape(char))
        index += 1
    prefix = "" if anchored else "(?:.*/)?"
    # a pattern naming a directory matches everything below it
    return re.compile(prefix + "".join(out) + "(?:/.*)?")


def glob_match(pattern: str, path: str) -> bool:
    """True when the relative POSIX ``path`` matches ``pattern``.

    A pattern without a slash matches at any depth (``*.yml``, ``drafts``); one
    with a slash is anchored at the configuration's directory
    (``programs/beginners/**``). ``**`` spans any number of directories.
    """
    return _compile(pattern).fullmatch(path) is not None
