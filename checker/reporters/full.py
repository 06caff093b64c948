"""``--format full``: each finding with the source line it points at, like ruff's output.

::

    program.yaml:4:13: error set-range Every back exercise prescribes 2-3 sets
      |
    4 |       sets: 5
      |             ^
      |

The underline runs from the finding's column to its end column; a span over
several lines is underlined to the end of its first line. Tabs are expanded
and wide characters take two cells, so the carets sit under the right text.
When the file cannot be read (or is standard input) only the first line is
printed. :class:`SourceLines` is also used by the formats that fingerprint a
finding by the content of its line.
"""

from __future__ import annotations

import unicodedata

from checker.findings import Finding, Severity
from checker.report import Report
from checker.reporters.escape import escape_controls, is_bidi_control
from checker.reporters.options import RenderOptions
from checker.reporters.text import summary
from checker.source_lines import SourceLines

#: Display cells between tab stops.
TAB_SIZE = 4

_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def _cells(text: str) -> list[tuple[str, int]]:
    """How each character of ``text`` is shown: its replacement text and its width."""
    cells: list[tuple[str, int]] = []
    column = 0
    for char in text:
        if char == "\t":
            width = TAB_SIZE - column % TAB_SIZE
            shown = " " * width
        elif unicodedata.category(char) in ("Cc", "Cs") or is_bidi_control(char):
            # control characters would garble the terminal, bidirectional overrides
            # reorder what is shown, and a lone surrogate cannot be printed
            shown, width = "\ufffd", 1
        elif unicodedata.combining(char) or unicodedata.category(char) == "Cf":
            shown, width = char, 0
        elif unicodedata.east_asian_width(char) in ("W", "F"):
            shown, width = char, 2
        else:
            shown, width = char, 1
        cells.append((shown, width))
        column += width
    return cells


def underline(source: str, column: int, end_column: int | None) -> tuple[str, str]:
    """The line as displayed and the caret line under columns ``column`` (1-based) up to
    ``end_column`` (exclusive; None: one character)."""
    cells = _cells(source)
    start = min(max(column, 1), len(cells) + 1) - 1
    end = start + 1 if end_column is None else min(max(end_column - 1, start + 1), len(cells))
    offset = sum(width for _, width in cells[:start])
    length = max(sum(width for _, width in cells[start:end]), 1)
    return "".join(shown for shown, _ in cells), " " * offset + "^" * length


def _paint(text: str, code: str, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color else text


def _header(finding: Finding, color: bool) -> str:
    location = _paint(
        f"{escape_controls(finding.path)}:{finding.line}:{finding.column}:", "1", color
    )
    severity = _paint(finding.severity.label, _COLORS[finding.severity], color)
    rule = _paint(escape_controls(finding.rule), "2", color)
    return f"{location} {severity} {rule} {escape_controls(finding.message)}"


def snippet(finding: Finding, sources: SourceLines, color: bool = False) -> list[str]:
    """The gutter, source line and carets for ``finding`` (empty: no source)."""
    source = sources.line(finding.path, finding.line)
    if source is None:
        return []
    if finding.end_line is not None and finding.end_line > finding.line:
        end_column: int | None = len(source) + 1
    else:
        end_column = finding.end_column
    shown, carets = underline(source, finding.column, end_column)
    number = str(finding.line)
    gutter = " " * len(number) + " |"
    bar = _paint(gutter, "34", color)
    return [
        bar,
        _paint(f"{number} |", "34", color) + (f" {shown}" if shown else ""),
        f"{bar} {_paint(carets, _COLORS[finding.severity], color)}",
        bar,
    ]


def render(report: Report, options: RenderOptions) -> str:
    sources = SourceLines()
    lines: list[str] = []
    for finding in report.findings:
        lines.append(_header(finding, options.color))
        block = snippet(finding, sources, options.color)
        if block:
            lines.extend(block)
            lines.append("")
    if not options.quiet:
        lines.append(summary(report))
    return "\n".join(lines) + "\n" if lines else ""
