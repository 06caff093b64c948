"""``trainlint summary``'s model: what each program's week adds up to, beside the
guidance's targets.

The numbers come from :func:`checker.volume.count_week` and
:func:`checker.volume.count_sessions`, the counting the rules use, on the same
program model (:func:`checker.program.build_program`). This module builds one
file's summary; :mod:`checker.summary_render` gives its JSON shape (keys documented
in README and held stable by the tests) and the terminal table,
:mod:`checker.report_html` draws the page and :mod:`checker.summary_run` runs the
command. Nothing here prints.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from checker.findings import Finding
from checker.loader import load_bytes
from checker.plugins import Registry
from checker.program import Program, build_program
from checker.rule import Options
from checker.settings import Settings
from checker.volume import Session, Tally, Week, count_sessions, count_week

#: Where each target comes from: guidance text and line (see /work/shared/guidance/MAP.md).
MIN_DAYS_SOURCE = "001:58"
MAX_BACK_SOURCE = {"beginner": "000:93"}
MAX_BACK_DEFAULT_SOURCE = "000:95"
DEEP_CORE_SOURCE = "000:101"
#: Sets per back exercise the guidance suggests (000:95), for the back band of the chart.
BACK_SETS_PER_EXERCISE = (2, 3)
#: Defaults when the rule is not installed (the built-in rules' defaults, from the texts).
_GUIDANCE_MIN_DAYS = 2
_GUIDANCE_MAX_BACK = {"beginner": 2, "intermediate": 3, "advanced": 3}


@dataclass(frozen=True, slots=True)
class Target:
    """One target shown beside the numbers, with where it comes from."""

    value: int
    #: A guidance citation such as ``001:58``, or ``configuration`` when configured.
    source: str


@dataclass(frozen=True, slots=True)
class Targets:
    min_days: Target
    max_back_exercises: Target
    deep_muscle_work: Target  # value 1: some deep-muscle work each week


@dataclass(slots=True, repr=False, eq=False)
class ProgramSummary:
    """One file's summary (``error`` set, and the numbers empty, when it cannot be read)."""

    path: str
    name: str | None
    level: str
    targets: Targets
    week: Week | None = None
    sessions: list[Session] = field(default_factory=list)
    error: str | None = None
    #: The file's text (for the HTML page) and ``check``'s findings (filled for the page).
    text: str = ""
    findings: list[Finding] = field(default_factory=list)
    #: The path could not be read at all (exit code 2), not merely parsed.
    unreadable: bool = False

    @property
    def sessions_per_week(self) -> float:
        return self.week.sessions if self.week is not None else 0.0

    def group_ok(self, tally: Tally) -> bool | None:
        """Whether a group meets the days target; None when it has no target: untrained,
        or reached only through secondary muscles (not a target of the program; the
        ``training-frequency`` rule judges the same groups, see :mod:`checker.volume`)."""
        if tally.days <= 0 or not tally.direct:
            return None
        return tally.days >= self.targets.min_days.value

    def back_ok(self, session: Session) -> bool:
        return len(session.back_exercises) <= self.targets.max_back_exercises.value

    @property
    def deep_core_sets_per_week(self) -> float:
        return sum(s.deep_core_sets * s.times for s in self.sessions)

    @property
    def deep_core_ok(self) -> bool:
        return any(s.deep_core for s in self.sessions) or not self.sessions

    def back_band(self) -> tuple[float, float]:
        """The weekly back sets the guidance implies for this program: from one back
        exercise of 2 sets on ``min-days`` days (000:91, 000:95, 001:58) to the most back
        exercises of 3 sets in every workout that trains the back (000:95, 000:93), on at
        least ``min-days`` workouts a week."""
        low_sets, high_sets = BACK_SETS_PER_EXERCISE
        min_days = self.targets.min_days.value
        back_workouts = sum(s.times for s in self.sessions if s.back_exercises)
        low = float(low_sets * min_days)
        high = float(
            self.targets.max_back_exercises.value * high_sets * max(back_workouts, min_days)
        )
        return low, high


def targets_for(registry: Registry, settings: Settings, level: str) -> Targets:
    """The targets for a program of ``level``: the rules' effective options (so the
    summary and ``check`` agree), cited to the guidance unless configured otherwise."""
    from checker.settings import RuleConfig

    def option(rule_id: str, name: str, guidance: object) -> tuple[int, bool]:
        rule = registry.rules.get(rule_id)
        defaults = dict(rule.defaults) if rule is not None else {name: guidance}
        configured = settings.rules.get(rule_id, RuleConfig()).options
        values = {**defaults, **configured}
        value = int(Options(values, level)[name])
        return value, Options({name: guidance}, level)[name] == value

    days, days_default = option("training-frequency", "min-days", _GUIDANCE_MIN_DAYS)
    back, back_default = option("max-back-exercises", "max", _GUIDANCE_MAX_BACK)
    return Targets(
        min_days=Target(days, MIN_DAYS_SOURCE if days_default else "configuration"),
        max_back_exercises=Target(
            back,
            MAX_BACK_SOURCE.get(level, MAX_BACK_DEFAULT_SOURCE)
            if back_default
            else "configuration",
        ),
        deep_muscle_work=Target(1, DEEP_CORE_SOURCE),
    )


def summarize_bytes(
    raw: bytes, path: str, registry: Registry, settings: Settings, keep_text: bool = False
) -> ProgramSummary:
    """The summary of one file's content, counted on the model the rules check."""
    loaded = load_bytes(raw, path, settings.limits)
    document = loaded.document
    if document is None:
        first = loaded.findings[0] if loaded.findings else None
        error = f"{first.line}:{first.column}: {first.message}" if first else "cannot be read"
        text = raw.decode("utf-8", "replace") if keep_text else ""
        return ProgramSummary(
            path, None, "intermediate", targets_for(registry, settings, "intermediate"),
            error=error, text=text,
        )  # fmt: skip
    program: Program = build_program(document, registry.catalog)
    name = program.data.get("program")
    return ProgramSummary(
        path=path,
        name=name if isinstance(name, str) else None,
        level=program.level,
        targets=targets_for(registry, settings, program.level),
        week=count_week(program),
        sessions=count_sessions(program),
        text=document.text if keep_text else "",
    )


def number(value: float) -> int | float:
    """A count for JSON and tables: an integer when whole, else rounded to 2 places."""
    rounded = round(value, 2)
    return int(rounded) if math.isclose(rounded, round(rounded)) else rounded
