"""Text that is safe to print: no lone surrogates, no control characters.

Findings carry text from the files they are about (keys, values, file names), and a
file is untrusted input. Two things could go wrong when that text is printed:

* a lone surrogate (``"\\ud800"`` in a double-quoted YAML string) cannot be encoded
  by any output: every format gets it as the visible escape ``\\ud800``
  (:func:`escape_surrogates`);
* control characters (ESC, CR, LF, the rest of C0 and C1, the line and paragraph
  separators, bidirectional overrides) would let a file set the terminal title, clear
  the screen, or print a line that looks like a finding of its own. The line-based
  formats (``text``, ``full``, ``github``) and error lines on standard error show them
  as escapes such as ``\\x1b``, ``\\n`` or ``\\u202e`` (:func:`escape_controls`). JSON,
  SARIF, GitLab and JUnit output escape them by their own syntax.
"""

from __future__ import annotations

import re

from checker.lazy_pattern import LazyPattern

_SURROGATE = LazyPattern("[\ud800-\udfff]")
#: C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the
#: bidirectional marks, embeddings, overrides and isolates.
_CONTROL = LazyPattern(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_surrogates(text: str) -> str:
    """``text`` with each lone surrogate written as ``\\udXXX``."""
    if text.isprintable():  # (a surrogate is not: the common case needs no pattern)
        return text
    return _SURROGATE.sub(_escape, text) if _SURROGATE.search(text) else text


def escape_controls(text: str, keep: str = "") -> str:
    """``text`` on one line, with every control character (and lone surrogate) escaped,
    except the characters in ``keep`` (which the caller escapes its own way)."""
    if text.isprintable():  # (no character of _CONTROL is: most lines skip the pattern)
        return text
    if _CONTROL.search(text) is None:
        return text
    if not keep:
        return _CONTROL.sub(_escape, text)
    return _CONTROL.sub(lambda m: m.group() if m.group() in keep else _escape(m), text)


def is_bidi_control(char: str) -> bool:
    """Whether ``char`` changes the direction of the text around it."""
    return (
        char in "\u061c\u200e\u200f"
        or "\u202a" <= char <= "\u202e"
        or ("\u2066" <= char <= "\u2069")
    )
