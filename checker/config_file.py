"""Finding and reading the configuration file: ``.trainlint.yaml``/``.trainlint.yml``
or ``[tool.trainlint]`` in ``pyproject.toml``, as a document with positions.

A file that cannot be read, or is not YAML or TOML, is a :class:`ConfigError`
holding findings with the file's line and column.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from checker.findings import Finding, Severity, Span
from checker.loader import Document, NodeSpans, load_bytes
from checker.values import replace

CONFIG_NAMES = (".trainlint.yaml", ".trainlint.yml")


class ConfigError(Exception):
    """The configuration file is wrong; ``findings`` say where and how."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__("; ".join(f.message for f in findings))
        self.findings = findings


#: The largest configuration file read (real ones are a few hundred bytes).
MAX_CONFIG_BYTES = 1024 * 1024


def find_config_file(start: Path) -> Path | None:
    """The nearest configuration file from ``start`` upward.

    A ``.trainlint.yaml`` that is there but is not a regular file (a symlink to a folder
    or to ``/dev/zero``, a named pipe, a dangling symlink) is returned all the same, so
    that reading it fails with a clear error instead of being skipped without a word.
    """
    for directory in (start, *start.parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if os.path.lexists(candidate):
                return candidate
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and re.search(
            r"^\[tool\.trainlint[.\]]", _read_pyproject(pyproject), re.MULTILINE
        ):
            return pyproject
    return None


def _read_pyproject(path: Path) -> str:
    """A pyproject.toml's text ('' when it cannot be read: then it is not ours)."""
    from checker.reading import read_bounded

    try:
        read = read_bounded(path, MAX_CONFIG_BYTES)
    except OSError:
        return ""
    return "" if read.over(MAX_CONFIG_BYTES) else read.data.decode("utf-8", errors="replace")


def _document_for_toml(path: Path, text: str) -> Document:
    import tomllib

    data = tomllib.loads(text)
    section = data.get("tool", {}).get("trainlint", {})
    spans: dict[tuple[str | int, ...], NodeSpans] = {}
    lines = text.splitlines()
    header = next(
        (i for i, line in enumerate(lines) if re.match(r"\s*\[tool\.trainlint\]", line)), 0
    )
    spans[()] = NodeSpans(Span(header + 1, 1))

    def locate(node: Any, prefix: tuple[str | int, ...], after: int) -> None:
        if not isinstance(node, dict):
            return
        for key, value in node.items():
            pattern = re.compile(rf'^\s*(\[[^\]]*)?["\']?{re.escape(str(key))}["\']?\s*[=\].]')
            line = next((i for i in range(after, len(lines)) if pattern.search(lines[i])), after)
            column = max(lines[line].find(str(key)), 0) + 1 if lines else 1
            span = Span(line + 1, column, line + 1, column + len(str(key)))
            spans[(*prefix, key)] = NodeSpans(span, span)
            locate(value, (*prefix, key), line)

    locate(section, (), header)
    return Document(str(path), text, section, spans)


def _display(path: Path) -> str:
    from checker.discovery import display_path

    return display_path(path)


def read_config_document(path: Path) -> Document:
    """The configuration file as a document with positions (YAML or pyproject.toml)."""
    from checker.reading import read_bounded

    display = _display(path)

    def refuse(message: str) -> ConfigError:
        return ConfigError([Finding.file_level(display, "config", message)])

    try:
        # a regular file only, never more than MAX_CONFIG_BYTES + 1 bytes of it: a
        # symlink to /dev/zero, a folder or a named pipe is refused, not read
        read = read_bounded(path, MAX_CONFIG_BYTES)
    except OSError as exc:
        raise refuse(f"cannot read the configuration: {exc.strerror}") from None
    if read.over(MAX_CONFIG_BYTES):
        raise refuse(
            f"the configuration is over {MAX_CONFIG_BYTES:,} bytes; this is not a "
            "trainlint configuration file"
        )
    raw = read.data
    if path.name == "pyproject.toml":
        try:
            return _document_for_toml(path, raw.decode("utf-8"))
        except Exception as exc:  # tomllib.TOMLDecodeError, UnicodeDecodeError
            # tomllib says where: "... (at line 3, column 7)"
            where = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
            line, column = (int(where.group(1)), int(where.group(2))) if where else (1, 1)
            message = (
                f"invalid TOML: {str(exc).replace(where.group(), '').strip() if where else exc}"
            )
            raise ConfigError(
                [Finding(display, line, column, None, None, "config", Severity.ERROR, message)]
            ) from None
    if _EMPTY.fullmatch(raw):  # empty, or only comments: nothing configured
        return Document(display, raw.decode("utf-8", errors="replace"), {}, {})
    loaded = load_bytes(raw, display)
    if loaded.findings:
        raise ConfigError(
            [_config_finding(f) for f in loaded.findings if f.rule == "syntax"] or loaded.findings
        )
    if loaded.document is None:
        return Document(display, "", {}, {})
    return loaded.document


#: A file with nothing but blank lines, comments and document markers.
_EMPTY = re.compile(
    rb"""(?:\xef\xbb\xbf)?
    (?:[ \t]* (?:(?:---|\.\.\.)(?=[ \t\r\n]|$)[ \t]*)? (?:\#[^\r\n]*)? (?:\r\n|\r|\n|$) )*""",
    re.VERBOSE,
)


def _config_finding(finding: Finding) -> Finding:
    """A loader finding about the configuration file, without any of its content (the
    file may be a symlink to something that is not a configuration at all)."""
    if finding.message.startswith("a program must be a mapping"):
        return replace(
            finding,
            rule="config",
            message="the configuration must be a mapping of settings (such as 'select:' "
            "and 'rules:'), but this file holds something else",
        )
    return replace(finding, rule="config")
