"""A baseline: known findings that do not fail the run, so a team can adopt
trainlint on existing programs and fail only on new problems.

An entry matches a finding by path, rule, message and the text of the line the
finding is on (not the line number), so entries keep matching when lines above
them move. Each entry is written on one line of the JSON file, so a stale entry
(one that matches nothing any more) can be reported at its own line.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from checker.findings import Finding, Severity
from checker.reading import read_bounded
from checker.source_lines import SourceLines
from checker.writing import write_output

STALE = "stale-baseline"
VERSION = 1
#: The largest baseline file read.
MAX_BASELINE_BYTES = 256 * 1024 * 1024


@dataclass(slots=True, repr=False, eq=False)
class Entry:
    path: str
    rule: str
    message: str
    context: str
    line: int = 0  # for people reading the file; not used to match

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.path, self.rule, self.message, self.context)


class BaselineError(Exception):
    pass


def entries_for(findings: Iterable[Finding]) -> list[Entry]:
    sources = SourceLines()
    return [Entry(f.path, f.rule, f.message, _context(sources, f), f.line) for f in findings]


def _context(sources: SourceLines, finding: Finding) -> str:
    """The text of a finding's line, stripped ('' when it cannot be read)."""
    return (sources.line(finding.path, finding.line) or "").strip()


def write(path: Path, findings: Sequence[Finding]) -> int:
    """Record ``findings`` in ``path`` atomically; returns the number of entries."""
    entries = entries_for(findings)
    body = ",\n".join(
        "    "
        + json.dumps(
            {
                "path": e.path,
                "line": e.line,
                "rule": e.rule,
                "message": e.message,
                "context": e.context,
            },
            ensure_ascii=False,
        )
        for e in entries
    )
    header = f'{{\n  "tool": "trainlint",\n  "version": {VERSION},\n  "findings": [\n'
    text = header + body + ("\n" if body else "") + "  ]\n}\n"
    write_output(str(path), text)  # atomically, with the usual permissions (checker.writing)
    return len(entries)


def read(path: Path) -> list[tuple[Entry, int]]:
    """The entries of a baseline file with the line each stands on."""
    try:
        read = read_bounded(path, MAX_BASELINE_BYTES)
        if read.over(MAX_BASELINE_BYTES):
            raise BaselineError(
                f"the baseline {path} is over {MAX_BASELINE_BYTES:,} bytes; write it again "
                "with 'trainlint baseline write'"
            )
        text = read.data.decode("utf-8")
        data = json.loads(text)
    except OSError as exc:
        raise BaselineError(f"cannot read the baseline {path}: {exc.strerror}") from None
    except ValueError as exc:
        raise BaselineError(f"the baseline {path} is not valid JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise BaselineError(
            f"the baseline {path} has no 'findings' list; write it with 'trainlint baseline write'"
        )
    lines = text.splitlines()
    result: list[tuple[Entry, int]] = []
    search_from = 0
    for item in data["findings"]:
        try:
            entry = Entry(
                str(item["path"]),
                str(item["rule"]),
                str(item["message"]),
                str(item.get("context", "")),
                int(item.get("line", 0)),
            )
        except (KeyError, TypeError, ValueError):
            raise BaselineError(f"the baseline {path} has a malformed entry: {item!r}") from None
        line = search_from
        needle = json.dumps(entry.message, ensure_ascii=False)
        while line < len(lines) and needle not in lines[line]:
            line += 1
        if line >= len(lines):
            line = search_from
        result.append((entry, line + 1))
        search_from = line + 1
    return result


def filter_findings(
    findings: Sequence[Finding], baseline: Path, checked: Iterable[str]
) -> list[Finding]:
    """Findings not covered by the baseline, plus one for each stale entry."""
    entries = read(baseline)
    available = Counter(entry.key for entry, _ in entries)
    sources = SourceLines()
    remaining: list[Finding] = []
    for finding in findings:
        key = (finding.path, finding.rule, finding.message, _context(sources, finding))
        if available[key] > 0:
            available[key] -= 1
        else:
            remaining.append(finding)
    linted = set(checked)
    shown = baseline.as_posix()
    for entry, line in entries:
        if entry.path in linted and available[entry.key] > 0:
            available[entry.key] -= 1
            remaining.append(
                Finding(
                    shown,
                    line,
                    1,
                    None,
                    None,
                    STALE,
                    Severity.INFO,
                    f"stale baseline entry: {entry.path} no longer has '{entry.rule}' "
                    f"({entry.message}); run 'trainlint baseline write' to refresh",
                )
            )
    return remaining
