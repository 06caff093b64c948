"""Suppression comments in program files.

* ``# trainlint: disable=rule-id[,rule-id]`` at the end of a line suppresses
  those rules' findings on that line;
* the same comment on a line of its own suppresses them on the next line that
  holds YAML content;
* ``# trainlint: disable-file=rule-id[,rule-id]`` suppresses them in the whole
  file.

Anything after `` -- `` is the reason, for the reader. ``syntax``, ``schema``
and the engine's own findings cannot be suppressed. A suppression that
suppressed nothing is reported as ``unused-suppression``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from checker.findings import CORE_IDS, Finding, Severity, Span

UNUSED = "unused-suppression"

_COMMENT = re.compile(
    r"(?:^|(?<=\s))#\s*trainlint:\s*(?P<kind>disable-file|disable)\b\s*"
    r"(?:=\s*(?P<ids>[^#]*?))?\s*(?:--\s*(?P<reason>.*?))?\s*$"
)


@dataclass(slots=True, repr=False, eq=False)
class Suppression:
    """One comment: which rules, on which line (None: the whole file)."""

    span: Span
    rules: tuple[str, ...]
    target_line: int | None
    reason: str | None = None
    used: set[str] = field(default_factory=set)


@dataclass(slots=True, repr=False, eq=False)
class Parsed:
    suppressions: list[Suppression]
    problems: list[tuple[Span, str]]


def parse(text: str) -> Parsed:
    """Find every suppression comment in ``text``."""
    if "trainlint:" not in text:
        return Parsed([], [])
    lines = text.splitlines()
    suppressions: list[Suppression] = []
    problems: list[tuple[Span, str]] = []
    for index, line in enumerate(lines):
        if "trainlint:" not in line:
            continue
        match = _COMMENT.search(line)
        if match is None or _inside_quotes(line, match.start()):
            continue
        span = Span(index + 1, match.start() + 1, index + 1, len(line.rstrip()) + 1)
        ids = tuple(p.strip() for p in (match.group("ids") or "").split(",") if p.strip())
        if not ids:
            problems.append(
                (
                    span,
                    f"'# trainlint: {match.group('kind')}' needs rule ids: "
                    f"'# trainlint: {match.group('kind')}=rule-id'",
                )
            )
            continue
        if match.group("kind") == "disable-file":
            target: int | None = None
        elif line[: match.start()].strip():
            target = index + 1
        else:
            target = _next_content_line(lines, index)
        suppressions.append(Suppression(span, ids, target, match.group("reason")))
    return Parsed(suppressions, problems)


def _inside_quotes(line: str, position: int) -> bool:
    before = line[:position]
    return before.count('"') % 2 == 1 or before.count("'") % 2 == 1


def _next_content_line(lines: Sequence[str], index: int) -> int:
    for number in range(index + 1, len(lines)):
        stripped = lines[number].strip()
        if stripped and not stripped.startswith("#"):
            return number + 1
    return index + 2


def apply(
    findings: Sequence[Finding],
    parsed: Parsed,
    path: str,
    known: Collection[str],
    active: Collection[str],
    report_unused: Severity | None,
) -> list[Finding]:
    """Drop suppressed findings; add findings for unused or broken suppressions."""
    kept: list[Finding] = []
    for finding in findings:
        suppressed = False
        if finding.rule not in CORE_IDS:
            for suppression in parsed.suppressions:
                if finding.rule in suppression.rules and suppression.target_line in (
                    None,
                    finding.line,
                    finding.anchor_line,
                ):
                    suppression.used.add(finding.rule)
                    suppressed = True
        if not suppressed:
            kept.append(finding)
    if report_unused is None:
        return kept
    for span, message in parsed.problems:
        kept.append(Finding.at(path, span, UNUSED, report_unused, message))
    for suppression in parsed.suppressions:
        for rule in suppression.rules:
            if rule in suppression.used:
                continue
            if rule in CORE_IDS:
                message = f"'{rule}' findings cannot be suppressed; fix the problem instead"
            elif rule not in known:
                message = f"unknown rule '{rule}' in suppression comment"
            elif rule not in active:
                continue  # the rule is not running here, so it could not have fired
            else:
                where = (
                    "in this file"
                    if suppression.target_line is None
                    else (f"on line {suppression.target_line}")
                )
                message = f"unused suppression: '{rule}' reports nothing {where}; remove it"
            kept.append(Finding.at(path, suppression.span, UNUSED, report_unused, message))
    return kept
