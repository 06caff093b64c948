"""``trainlint summary``'s output: the JSON shape (keys documented in README, held
stable by the tests) and the terminal table."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from checker.catalog import muscle_groups
from checker.summary import ProgramSummary, number
from checker.volume import Week


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
        out.extend(_program_text(summary, muscles))
    return "\n".join(out) + "\n" if out else ""


def _program_text(summary: ProgramSummary, muscles: bool) -> list[str]:
    """One program's lines: title, groups (and muscles), workouts, deep-muscle work."""
    title = f"{summary.path}: {summary.name}" if summary.name else summary.path
    out = [title]
    if summary.error is not None or summary.week is None:
        out.append(f"  not summarised: {summary.error}")
        return out
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
        out.extend(_muscle_table(summary.week))
    out.append("")
    out.extend(_workout_table(summary))
    verdict = "ok" if summary.deep_core_ok else "none this week"
    out.append(
        f"  deep-muscle work: {_fmt(summary.deep_core_sets_per_week)} sets a week "
        f"(target: some each week, {targets.deep_muscle_work.source}): {verdict}"
    )
    unknown = sorted({name for s in summary.sessions for name in s.unknown})
    if unknown:
        out.append(f"  not counted (not in the catalog): {', '.join(unknown)}")
    return out


def _muscle_table(week: Week) -> list[str]:
    rows = [["muscle", "group", "sets/week", "days/week"]]
    to_group = muscle_groups()
    for tally in week.muscles.values():
        if tally.weekly_sets > 0:
            rows.append(
                [tally.name, to_group[tally.name], _fmt(tally.weekly_sets), _fmt(tally.days)]
            )
    return _table(rows, [False, False, True, True])


def _workout_table(summary: ProgramSummary) -> list[str]:
    targets = summary.targets
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
    return _table(rows, [False, True, False, False])
