"""``trainlint summary``: what each program's week adds up to, beside the guidance's targets.

The numbers come from :func:`checker.volume.count_week` and
:func:`checker.volume.count_sessions`, the counting the rules use, on the same
program model (:func:`checker.program.build_program`). This module builds the
summaries, their JSON shape (keys documented in README and held stable by the
tests) and the terminal table; :mod:`checker.report_html` draws the page.
Nothing here prints.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker.app import Outcome
from checker.catalog import muscle_groups
from checker.engine import Engine, Settings
from checker.findings import Finding
from checker.loader import load_bytes
from checker.plugins import Registry
from checker.program import Program, build_program
from checker.rule import Options
from checker.volume import Session, Tally, Week, count_sessions, count_week

#: Where each target comes from: guidance text and line (see /work/shared/guidance/MAP.md).
MIN_DAYS_SOURCE = "001:58"
MAX_BACK_SOURCE = {"beginner": "000:93"}
MAX_BACK_DEFAULT_SOURCE = "000:95"
DEEP_CORE_SOURCE = "000:101"
#: Sets per back exercise the guidance suggests (000:95), for the back band of the chart.
BACK_SETS_PER_EXERCISE = (2, 3)
BACK_BAND_SOURCES = ("000:91", "000:95", "001:58")
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
    from checker.engine import RuleConfig

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


def to_data(summary: ProgramSummary) -> dict[str, Any]:
    """The JSON object of one program (keys documented in README, held stable by tests)."""
    targets = summary.targets
    week = summary.week
    to_group = muscle_groups()
    groups = list(week.groups.values()) if week else []
    muscles = list(week.muscles.values()) if week else []
    return {
        "path": summary.path,
        "program": summary.name,
        "level": summary.level,
        "error": summary.error,
        "sessions_per_week": number(summary.sessions_per_week),
        "targets": {
            "min_days": {"value": targets.min_days.value, "source": targets.min_days.source},
            "max_back_exercises": {
                "value": targets.max_back_exercises.value,
                "source": targets.max_back_exercises.source,
            },
            "deep_muscle_work": {"value": "weekly", "source": targets.deep_muscle_work.source},
        },
        "groups": [
            {
                "name": t.name,
                "weekly_sets": number(t.weekly_sets),
                "days": number(t.days),
                "workouts": list(t.workouts),
                "meets_target": summary.group_ok(t),
            }
            for t in groups
        ],
        "muscles": [
            {
                "name": t.name,
                "group": to_group[t.name],
                "weekly_sets": number(t.weekly_sets),
                "days": number(t.days),
                "workouts": list(t.workouts),
            }
            for t in muscles
        ],
        "workouts": [
            {
                "name": s.name,
                "times_per_week": number(s.times),
                "sets": {t.name: number(s.group_sets.get(t.name, 0.0)) for t in groups},
                "back_exercises": list(s.back_exercises),
                "meets_back_target": summary.back_ok(s),
                "deep_muscle_work": list(s.deep_core),
                "deep_muscle_sets": s.deep_core_sets,
                "unknown_exercises": list(s.unknown),
            }
            for s in summary.sessions
        ],
        "deep_muscle_sets_per_week": number(summary.deep_core_sets_per_week),
        "meets_deep_muscle_target": summary.deep_core_ok if week else None,
    }


def render_json(summaries: Sequence[ProgramSummary]) -> str:
    data = [to_data(s) for s in summaries]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _fmt(value: float) -> str:
    return str(number(value))


def _table(rows: Sequence[Sequence[str]], right: Sequence[bool]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [
            cell.rjust(widths[i]) if right[i] else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append(("  " + "  ".join(cells)).rstrip())
    return lines


def _status(ok: bool | None) -> str:
    return "-" if ok is None else ("ok" if ok else "below")


def render_text(summaries: Sequence[ProgramSummary], muscles: bool = False) -> str:
    """The terminal table: groups (and muscles), then workouts, per program."""
    out: list[str] = []
    for summary in summaries:
        if out:
            out.append("")
        title = f"{summary.path}: {summary.name}" if summary.name else summary.path
        out.append(title)
        if summary.error is not None or summary.week is None:
            out.append(f"  not summarised: {summary.error}")
            continue
        targets = summary.targets
        sessions = summary.sessions_per_week
        plural = "" if sessions == 1 else "s"
        out.append(f"  level {summary.level}, {_fmt(sessions)} session{plural} a week")
        out.append("")
        days_head = f"target: days >= {targets.min_days.value} ({targets.min_days.source})"
        rows = [["muscle group", "sets/week", "days/week", days_head]]
        for tally in summary.week.groups.values():
            ok = summary.group_ok(tally)
            rows.append(
                [tally.name, _fmt(tally.weekly_sets), _fmt(tally.days), _status(ok)]
            )  # fmt: skip
        out.extend(_table(rows, [False, True, True, False]))
        if muscles:
            out.append("")
            rows = [["muscle", "group", "sets/week", "days/week"]]
            to_group = muscle_groups()
            for tally in summary.week.muscles.values():
                if tally.weekly_sets > 0:
                    rows.append(
                        [
                            tally.name,
                            to_group[tally.name],
                            _fmt(tally.weekly_sets),
                            _fmt(tally.days),
                        ]
                    )
            out.extend(_table(rows, [False, False, True, True]))
        out.append("")
        back = targets.max_back_exercises
        rows = [
            [
                "workout",
                "x/week",
                f"back exercises (max {back.value}, {back.source})",
                f"deep-muscle work ({targets.deep_muscle_work.source})",
            ]
        ]
        for session in summary.sessions:
            count = len(session.back_exercises)
            listed = f"{count}{' over' if not summary.back_ok(session) else ''}"
            if session.back_exercises:
                listed += ": " + ", ".join(session.back_exercises)
            deep = ", ".join(session.deep_core) if session.deep_core else "none"
            rows.append([session.name, _fmt(session.times), listed, deep])
        out.extend(_table(rows, [False, True, False, False]))
        verdict = "ok" if summary.deep_core_ok else "none this week"
        out.append(
            f"  deep-muscle work: {_fmt(summary.deep_core_sets_per_week)} sets a week "
            f"(target: some each week, {targets.deep_muscle_work.source}): {verdict}"
        )
        unknown = sorted({name for s in summary.sessions for name in s.unknown})
        if unknown:
            out.append(f"  not counted (not in the catalog): {', '.join(unknown)}")
    return "\n".join(out) + "\n" if out else ""


@dataclass(slots=True, repr=False, eq=False)
class SummaryRequest:
    paths: Sequence[str] = (".",)
    output_format: str = "text"
    muscles: bool = False
    #: Also build the HTML page (``--html FILE``); the CLI writes it.
    html: bool = False
    #: Worker processes (None: one per core), as for ``check``.
    jobs: int | None = None
    plugins: bool = True
    config: str | None = None
    isolated: bool = False


#: (display path, path, the bytes when already read, why it cannot be read)
Item = tuple[str, Path, bytes | None, str | None]


@dataclass(slots=True, repr=False, eq=False)
class Worker:
    """What summarising one file needs: the engine (registry, settings, rules for the
    page's findings) and whether the page is wanted."""

    engine: Engine
    html: bool

    def summarize(self, item: Item) -> ProgramSummary:
        display, path, raw, problem = item
        engine = self.engine
        settings = engine.settings
        if problem is None and raw is None:
            from checker.discovery import Target

            read = engine.read_target(Target(path, display))
            if isinstance(read, Finding):
                problem = read.message
            else:
                raw = read
        if problem is not None or raw is None:
            targets = targets_for(engine.registry, settings, "intermediate")
            return ProgramSummary(
                display, None, "intermediate", targets, error=problem, unreadable=True
            )
        own = settings.for_path(path) if display != "-" else settings
        summary = summarize_bytes(raw, display, engine.registry, own, keep_text=self.html)
        if self.html:
            summary.findings = engine.lint_bytes(raw, display, own)
        return summary


@dataclass(slots=True, repr=False, eq=False)
class SummaryResult:
    """What ``trainlint summary`` produced: the usual outcome, and the page when asked."""

    outcome: Outcome
    page: str | None = None
    summaries: list[ProgramSummary] = field(default_factory=list)


def run(request: SummaryRequest) -> SummaryResult:
    """``trainlint summary``: summarise every program under ``request.paths``.

    Exit code 0 when every file was summarised, 1 when one could not be loaded as YAML,
    2 when a path cannot be read or the configuration is broken (as for ``check``).
    With ``html``, ``check``'s findings for each file come from the same engine.
    """
    from checker.app import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, prepare
    from checker.discovery import discover

    registry, config, errors = prepare(request.plugins, request.config, request.isolated)
    if config is None:
        return SummaryResult(Outcome(errors=errors, exit_code=EXIT_ERROR))
    settings = config.settings()
    engine = Engine(registry, settings)
    items: list[Item] = []
    for target in discover(request.paths, settings.selection, settings.force_exclude):
        content = target.content
        if target.error is None and target.display == "-":
            read = engine.read_target(target)
            content = read if isinstance(read, bytes) else None
        items.append((target.display, target.path, content, target.error))
    from checker.summary_parallel import summarize_all

    summaries = list(summarize_all(Worker(engine, request.html), items, request.jobs))
    code = EXIT_ERROR if errors else EXIT_OK
    if any(s.unreadable for s in summaries):
        code = EXIT_ERROR
    elif code == EXIT_OK and any(s.error is not None for s in summaries):
        code = EXIT_FINDINGS
    if request.output_format == "json":
        text = render_json(summaries)
    else:
        text = render_text(summaries, request.muscles)
    page = None
    if request.html:
        from checker.report_html import render_page

        page = render_page(summaries)
    return SummaryResult(Outcome(stdout=text, errors=errors, exit_code=code), page, summaries)
