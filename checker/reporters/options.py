"""How the run was asked to print its report: the options every format receives."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from checker.values import Record

if TYPE_CHECKING:
    from checker.findings import Severity


class RenderOptions(Record, fields=("color", "statistics", "fail_on", "quiet", "environ")):
    """How the run was asked to print its report (a format may ignore any of these)."""

    __slots__ = ("color", "environ", "fail_on", "quiet", "statistics")

    color: bool
    #: ``--statistics``: a format whose callable has ``statistics = True`` prints the table.
    statistics: bool
    #: The lowest severity that fails the run (``--fail-on``); None: every finding does.
    #: Formats with a pass/fail notion per finding (JUnit) use it.
    fail_on: Severity | None
    #: ``--quiet``: the findings only, no summary line (text and full formats).
    quiet: bool
    #: The environment variables, for aliases such as ``auto``.
    environ: Mapping[str, str]

    def __init__(
        self,
        color: bool = False,
        statistics: bool = False,
        fail_on: Severity | None = None,
        quiet: bool = False,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.color = color
        self.statistics = statistics
        self.fail_on = fail_on
        self.quiet = quiet
        self.environ = {} if environ is None else environ
