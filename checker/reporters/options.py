"""How the run was asked to print its report: the options every format receives."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.findings import Severity


@dataclass(slots=True, repr=False, eq=False)
class RenderOptions:
    """How the run was asked to print its report (a format may ignore any of these)."""

    color: bool = False
    #: ``--statistics``: a format whose callable has ``statistics = True`` prints the table.
    statistics: bool = False
    #: The lowest severity that fails the run (``--fail-on``); None: every finding does.
    #: Formats with a pass/fail notion per finding (JUnit) use it.
    fail_on: Severity | None = None
    #: ``--quiet``: the findings only, no summary line (text and full formats).
    quiet: bool = False
    #: The environment variables, for aliases such as ``auto``.
    environ: Mapping[str, str] = field(default_factory=dict)
