"""The finding: one problem at one position of one file."""

from __future__ import annotations

import enum
from operator import attrgetter

from checker.values import Frozen, set_field


class Severity(enum.IntEnum):
    """How serious a finding is; higher is more serious."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r} (use error, warning or info)") from None


#: Ids of findings that the engine itself produces (not rules). They cannot be suppressed.
SYNTAX = "syntax"
SCHEMA = "schema"
INTERNAL_ERROR = "internal-error"
IO_ERROR = "io-error"
#: A file that went over its time or memory budget (see checker.budget).
LIMIT = "limit"
CORE_IDS = frozenset({SYNTAX, SCHEMA, INTERNAL_ERROR, IO_ERROR, LIMIT})

#: One-line descriptions of the findings the engine itself produces (for reports).
CORE_RULES: dict[str, str] = {
    SYNTAX: "The file is not valid YAML, or not a file trainlint can read as a program",
    SCHEMA: "The program does not match the program format (schemas/program.schema.json)",
    IO_ERROR: "The file could not be read",
    INTERNAL_ERROR: "A rule or trainlint itself failed on this file",
    LIMIT: "Linting the file went over its time or memory budget",
}


class Span(Frozen, fields=("line", "column", "end_line", "end_column")):
    """A region of a file; lines and columns are 1-based, the end is exclusive."""

    __slots__ = ("column", "end_column", "end_line", "line")
    line: int
    column: int
    end_line: int | None
    end_column: int | None

    def __init__(
        self, line: int, column: int, end_line: int | None = None, end_column: int | None = None
    ) -> None:
        set_field(self, "line", line)
        set_field(self, "column", column)
        set_field(self, "end_line", end_line)
        set_field(self, "end_column", end_column)


START = Span(1, 1)


class Finding(
    Frozen,
    fields=(
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "rule",
        "severity",
        "message",
        "anchor_line",
    ),
):
    """One problem found in a program file. Two findings are equal when all but their
    ``anchor_line`` are."""

    __slots__ = (
        "anchor_line",
        "column",
        "end_column",
        "end_line",
        "line",
        "message",
        "path",
        "rule",
        "severity",
    )

    path: str
    line: int
    column: int
    end_line: int | None
    end_column: int | None
    rule: str
    severity: Severity
    message: str
    #: The first line of the entry the finding is about (the ``- exercise:`` line), where a
    #: suppression comment also applies; only used before suppressions are applied.
    anchor_line: int | None

    def __init__(
        self,
        path: str,
        line: int,
        column: int,
        end_line: int | None,
        end_column: int | None,
        rule: str,
        severity: Severity,
        message: str,
        anchor_line: int | None = None,
    ) -> None:
        set_field(self, "path", path)
        set_field(self, "line", line)
        set_field(self, "column", column)
        set_field(self, "end_line", end_line)
        set_field(self, "end_column", end_column)
        set_field(self, "rule", rule)
        set_field(self, "severity", severity)
        set_field(self, "message", message)
        set_field(self, "anchor_line", anchor_line)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return bool(_compared(self) == _compared(other))

    def __hash__(self) -> int:
        return hash(_compared(self))

    @classmethod
    def at(
        cls,
        path: str,
        span: Span,
        rule: str,
        severity: Severity,
        message: str,
        anchor: Span | None = None,
    ) -> Finding:
        return cls(
            path,
            span.line,
            span.column,
            span.end_line,
            span.end_column,
            rule,
            severity,
            message,
            anchor.line if anchor is not None else None,
        )

    @classmethod
    def file_level(
        cls, path: str, rule: str, message: str, severity: Severity = Severity.ERROR
    ) -> Finding:
        """A finding about the whole file (reported at line 1, column 1)."""
        return cls(path, 1, 1, None, None, rule, severity, message)

    @property
    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.column, self.rule, self.message)

    def to_dict(self) -> dict[str, object]:
        """The public JSON shape of a finding (a stable contract)."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "rule": self.rule,
            "severity": self.severity.label,
            "message": self.message,
        }


#: What two equal findings share: all but ``anchor_line``.
_compared = attrgetter(
    "path", "line", "column", "end_line", "end_column", "rule", "severity", "message"
)
