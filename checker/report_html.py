"""The HTML report of ``trainlint summary --html``: one self-contained page.

Charts are inline SVG drawn here (no charting library: see README's summary
section for the measurements behind that choice); the page loads nothing from
the network and runs no script, and its Content-Security-Policy forbids both.
Every string that comes from a program file (names, paths, text, messages) goes
through :func:`esc`, so no program can add markup or script to the page.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

from checker import __version__
from checker.findings import Finding
from checker.summary import ProgramSummary, number
from checker.volume import Tally

#: Chart geometry (SVG user units; the SVG scales to the page's width).
WIDTH = 480
_LEFT, _RIGHT, _TOP, _BOTTOM = 34, 6, 24, 30
_HEIGHT = 250

#: Colours chosen for contrast on white (WCAG AA for text, 3:1 for shapes).
INK = "#1a1a1a"
MUTED = "#555555"
BAR = "#1f4e79"
BAR_BELOW = "#a33a00"
BAND = "#d3ecd9"
BAND_EDGE = "#2e7d4f"
HEAT_LOW = (244, 247, 251)
HEAT_HIGH = (31, 78, 121)

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)


def esc(value: object) -> str:
    """Text for HTML and inline SVG: ``& < > " '`` escaped."""
    return html.escape(str(value), quote=True)


def _fmt(value: float) -> str:
    return str(number(value))


def _plural(count: float, word: str) -> str:
    return f"{_fmt(count)} {word}{'' if count == 1 else 's'}"


def _nice_max(value: float) -> tuple[float, float]:
    """An axis maximum at or above ``value`` and a tick step giving at most 6 ticks."""
    value = max(value, 1.0)
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 2000, 5000):
        if value / step <= 6:
            return float(step * math.ceil(value / step)), float(step)
    step = 10 ** math.ceil(math.log10(value / 6))
    return float(step * math.ceil(value / step)), float(step)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


class _Axis:
    """The plot area of a bar chart with a linear value axis."""

    def __init__(self, top_value: float, count: int) -> None:
        # headroom above the tallest bar or band for its number
        self.max, self.step = _nice_max(top_value * 1.08)
        self.plot_h = _HEIGHT - _TOP - _BOTTOM
        self.slot = (WIDTH - _LEFT - _RIGHT) / max(count, 1)

    def y(self, value: float) -> float:
        return _TOP + self.plot_h * (1 - min(value, self.max) / self.max)

    def x(self, index: int) -> float:
        return _LEFT + self.slot * index

    def grid(self, unit: str) -> list[str]:
        parts = [f'<text class="tick unit" x="2" y="12">{esc(unit)}</text>']
        tick = 0.0
        while tick <= self.max + 1e-9:
            y = self.y(tick)
            parts.append(
                f'<line class="grid" x1="{_LEFT}" x2="{WIDTH - _RIGHT}" '
                f'y1="{y:.1f}" y2="{y:.1f}"/>'
                f'<text class="tick" x="{_LEFT - 6}" y="{y + 4:.1f}" '
                f'text-anchor="end">{_fmt(tick)}</text>'
            )
            tick += self.step
        return parts


def _bars(
    chart_id: str,
    kind: str,
    tallies: Sequence[Tally],
    values: Sequence[float],
    below: Sequence[bool],
    axis: _Axis,
) -> list[str]:
    parts = []
    width = axis.slot * 0.56
    for index, (tally, value) in enumerate(zip(tallies, values, strict=True)):
        center = axis.x(index) + axis.slot / 2
        label_y = _HEIGHT - _BOTTOM + 18
        parts.append(
            f'<text class="label" x="{center:.1f}" y="{label_y}" '
            f'text-anchor="middle">{esc(tally.name)}</text>'
        )
        y = axis.y(value)
        height = _TOP + axis.plot_h - y
        color = BAR_BELOW if below[index] else BAR
        if value > 0:
            parts.append(
                f'<rect class="bar" data-chart="{kind}" data-group="{esc(tally.name)}" '
                f'data-value="{_fmt(value)}" x="{center - width / 2:.1f}" y="{y:.1f}" '
                f'width="{width:.1f}" height="{height:.2f}" fill="{color}">'
                f"<title>{esc(tally.name)}: {_fmt(value)}</title></rect>"
            )
        parts.append(
            f'<text class="value" data-chart="{kind}" data-group="{esc(tally.name)}" '
            f'x="{center:.1f}" y="{y - 5:.1f}" text-anchor="middle">{_fmt(value)}</text>'
        )
    return parts


def _svg(chart_id: str, title: str, desc: str, body: Sequence[str], height: float) -> str:
    return (
        f'<svg id="{chart_id}" class="chart" viewBox="0 0 {WIDTH} {height:.0f}" '
        f'role="img" aria-labelledby="{chart_id}-t {chart_id}-d" '
        f'xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{chart_id}-t">{esc(title)}</title>'
        f'<desc id="{chart_id}-d">{esc(desc)}</desc>' + "".join(body) + "</svg>"
    )


def sets_chart(summary: ProgramSummary, chart_id: str) -> str:
    """Weekly sets per muscle group, with the back band the guidance implies shaded."""
    assert summary.week is not None
    tallies = list(summary.week.groups.values())
    values = [t.weekly_sets for t in tallies]
    low, high = summary.back_band()
    axis = _Axis(max([*values, high]), len(tallies))
    body = axis.grid("sets a week")
    for index, tally in enumerate(tallies):
        if tally.name == "back":
            x = axis.x(index) + axis.slot * 0.08
            body.append(
                f'<rect class="band" x="{x:.1f}" y="{axis.y(high):.1f}" '
                f'width="{axis.slot * 0.84:.1f}" height="{axis.y(low) - axis.y(high):.1f}" '
                f'fill="{BAND}" stroke="{BAND_EDGE}" stroke-dasharray="4 3"/>'
            )
    body.append(
        f'<line class="axis" x1="{_LEFT}" x2="{WIDTH - _RIGHT}" '
        f'y1="{_TOP + axis.plot_h}" y2="{_TOP + axis.plot_h}"/>'
    )
    body.extend(_bars(chart_id, "sets", tallies, values, [False] * len(tallies), axis))
    listed = "; ".join(f"{t.name} {_fmt(t.weekly_sets)}" for t in tallies)
    desc = (
        f"Weekly sets per muscle group: {listed}. Shaded for back: {_fmt(low)} to "
        f"{_fmt(high)} sets a week, the range the guidance implies for this program."
    )
    return _svg(chart_id, "Weekly sets per muscle group", desc, body, _HEIGHT)


def days_chart(summary: ProgramSummary, chart_id: str) -> str:
    """Training days per week per muscle group, with the target band shaded."""
    assert summary.week is not None
    tallies = list(summary.week.groups.values())
    values = [t.days for t in tallies]
    target = summary.targets.min_days.value
    axis = _Axis(max([*values, 7.0]), len(tallies))
    body = axis.grid("days a week")
    body.append(
        f'<rect class="band" x="{_LEFT}" y="{axis.y(axis.max):.1f}" '
        f'width="{WIDTH - _LEFT - _RIGHT}" height="{axis.y(target) - axis.y(axis.max):.1f}" '
        f'fill="{BAND}"/>'
        f'<line class="target" x1="{_LEFT}" x2="{WIDTH - _RIGHT}" y1="{axis.y(target):.1f}" '
        f'y2="{axis.y(target):.1f}" stroke="{BAND_EDGE}" stroke-dasharray="6 4"/>'
    )
    body.append(
        f'<line class="axis" x1="{_LEFT}" x2="{WIDTH - _RIGHT}" '
        f'y1="{_TOP + axis.plot_h}" y2="{_TOP + axis.plot_h}"/>'
    )
    below = [summary.group_ok(t) is False for t in tallies]
    body.extend(_bars(chart_id, "days", tallies, values, below, axis))
    listed = "; ".join(
        f"{t.name} {_fmt(t.days)}{' (below the target)' if b else ''}"
        for t, b in zip(tallies, below, strict=True)
    )
    desc = (
        f"Training days per week per muscle group: {listed}. Shaded: "
        f"{target} days or more, the target ({summary.targets.min_days.source})."
    )
    return _svg(chart_id, "Training days per week per muscle group", desc, body, _HEIGHT)


def _heat_color(share: float) -> str:
    r, g, b = (round(lo + (hi - lo) * share) for lo, hi in zip(HEAT_LOW, HEAT_HIGH, strict=True))
    return f"#{r:02x}{g:02x}{b:02x}"


def luminance(color: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    channels = [int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(one: str, two: str) -> float:
    """WCAG contrast ratio of two ``#rrggbb`` colours (1 to 21)."""
    light, dark = sorted((luminance(one), luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def heat_ink(fill: str) -> str:
    """The text colour with the better contrast on ``fill``: white or black (one of the two
    always reaches 4.5:1)."""
    return "#ffffff" if contrast(fill, "#ffffff") > contrast(fill, "#000000") else "#000000"


def heat_map(summary: ProgramSummary, chart_id: str) -> str:
    """Sets per session: one row per workout, one column per muscle group."""
    assert summary.week is not None
    groups = list(summary.week.groups)
    sessions = summary.sessions
    left, head, row_h = 112, 26, 30
    cell_w = (WIDTH - left - _RIGHT) / max(len(groups), 1)
    height = head + row_h * max(len(sessions), 1) + 8
    top = max([v for s in sessions for v in s.group_sets.values()] or [1.0])
    body = []
    for column, group in enumerate(groups):
        x = left + cell_w * (column + 0.5)
        body.append(
            f'<text class="label" x="{x:.1f}" y="{head - 10}" '
            f'text-anchor="middle">{esc(group)}</text>'
        )
    for row, session in enumerate(sessions):
        y = head + row_h * row
        body.append(
            f'<text class="label" x="{left - 8}" y="{y + row_h / 2 + 4:.1f}" '
            f'text-anchor="end">{esc(_short(session.name, 14))}'
            f"<title>{esc(session.name)}</title></text>"
        )
        for column, group in enumerate(groups):
            value = session.group_sets.get(group, 0.0)
            share = value / top if top else 0.0
            x = left + cell_w * column
            fill = _heat_color(share) if value > 0 else "#ffffff"
            ink = (
                "empty"
                if value <= 0
                else ("on-dark" if heat_ink(fill) != "#000000" else "on-light")
            )
            shown = _fmt(value) if value > 0 else "\u2013"
            body.append(
                f'<g class="cell"><rect x="{x + 1:.1f}" y="{y + 1}" width="{cell_w - 2:.1f}" '
                f'height="{row_h - 2}" fill="{fill}" stroke="#c8ccd2"/>'
                f'<text x="{x + cell_w / 2:.1f}" y="{y + row_h / 2 + 4:.1f}" '
                f'text-anchor="middle" class="{ink}">{shown}</text>'
                f"<title>{esc(session.name)}, {esc(group)}: "
                f"{_plural(value, 'set')} per session</title></g>"
            )
    rows = "; ".join(
        f"{s.name}: "
        + (", ".join(f"{g} {_fmt(v)}" for g, v in s.group_sets.items() if v > 0) or "no sets")
        for s in sessions
    )
    desc = f"Sets per session by workout and muscle group. {rows or 'No workouts.'}"
    return _svg(chart_id, "Sets per session, workout by muscle group", desc, body, height)


STYLE = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1a1a1a; background: #ffffff; }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0; }
h2 { font-size: 1.35rem; margin: 0 0 0.25rem; overflow-wrap: anywhere; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 0.5rem; }
a { color: #0b57a4; }
.meta, .note, figcaption { color: #444444; }
figcaption, .note { font-size: 0.9rem; }
article { border-top: 3px solid #1f4e79; padding: 1rem 0 2rem; }
figure { margin: 0 0 1rem; break-inside: avoid; }
svg.chart { display: block; width: 100%; height: auto; max-width: 36rem; }
svg .grid { stroke: #e3e6ea; }
svg .axis { stroke: #555555; }
svg text { font: 14px system-ui, sans-serif; fill: #1a1a1a; }
svg text.tick { fill: #555555; font-size: 13px; }
svg text.value { font-weight: 600; }
svg text.on-dark { fill: #ffffff; }
svg text.on-light { fill: #000000; }
svg text.empty { fill: #555555; }
caption { text-align: left; caption-side: top; padding-bottom: 0.25rem; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr));
  gap: 0 1.5rem; }
table { border-collapse: collapse; margin: 0.25rem 0 1rem; font-size: 0.95rem; width: 100%;
  max-width: 44rem; }
th, td { text-align: left; padding: 0.2rem 0.6rem 0.2rem 0; border-bottom: 1px solid #dde1e6;
  vertical-align: top; overflow-wrap: break-word; }
thead th { overflow-wrap: normal; hyphens: manual; }
td.num, th.num { text-align: right; }
.ok { color: #1e6b3a; font-weight: 600; }
.below { color: #a33a00; font-weight: 600; }
.table-wrap { overflow-x: auto; }
.pair { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); gap: 1.5rem;
  align-items: start; }
ol.findings { padding-left: 1.2rem; margin: 0; }
ol.findings li { margin-bottom: 0.5rem; overflow-wrap: anywhere; }
.sev { display: inline-block; min-width: 4.2em; font-weight: 600; }
.sev-error { color: #b00020; }
.sev-warning { color: #8a5300; }
.sev-info { color: #1f4e79; }
code.rule { background: #f1f3f5; padding: 0 0.25em; border-radius: 3px; }
pre.source { margin: 0; padding: 0.5rem 0; background: #f7f8fa; border: 1px solid #dde1e6;
  overflow-x: auto; font: 13px/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
  white-space: pre-wrap; overflow-wrap: anywhere; }
pre.source .line { display: block; padding: 0 0.5rem 0 3.6em; text-indent: -3.1em; }
pre.source .ln { display: inline-block; width: 2.6em; margin-right: 0.5em; text-align: right;
  color: #5f6368; user-select: none; text-indent: 0; }
pre.source .flagged { background: #fff1d6; box-shadow: inset 3px 0 0 #a33a00; }
pre.source .line:target { background: #ffe08a; }
nav ul { padding-left: 1.2rem; }
footer { font-size: 0.85rem; color: #444444; padding-bottom: 2rem; }
.error { color: #b00020; font-weight: 600; }
@media (max-width: 50rem) {
  .pair { grid-template-columns: minmax(0, 1fr); }
  body { font-size: 15px; }
}
@media print {
  body { font-size: 11pt; }
  nav { display: none; }
  article { break-before: page; border-top: none; }
  article:first-of-type { break-before: auto; }
  a { color: inherit; text-decoration: none; }
  pre.source { white-space: pre-wrap; border: none; background: none; }
  .pair { grid-template-columns: minmax(0, 1fr); }
  .flagged { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def _status(ok: bool | None, indirect: bool = False) -> str:
    if ok is None:
        text = "secondary work only, no target" if indirect else "not trained"
        return f'<span class="note">{text}</span>'
    return '<span class="ok">ok</span>' if ok else '<span class="below">below</span>'


def _group_table(summary: ProgramSummary) -> str:
    assert summary.week is not None
    days = summary.targets.min_days
    rows = "".join(
        f'<tr><th scope="row">{esc(t.name)}</th><td class="num">{_fmt(t.weekly_sets)}</td>'
        f'<td class="num">{_fmt(t.days)}</td>'
        f"<td>{_status(summary.group_ok(t), t.weekly_sets > 0 and not t.direct)}</td></tr>"
        for t in summary.week.groups.values()
    )
    return (
        '<div class="table-wrap"><table><caption class="note">Muscle groups: sets and '
        f"training days per week; target: at least {days.value} days ({esc(days.source)})"
        '</caption><thead><tr><th scope="col">group</th><th scope="col" class="num">sets</th>'
        '<th scope="col" class="num">days</th><th scope="col">target</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )


def _workout_table(summary: ProgramSummary) -> str:
    back = summary.targets.max_back_exercises
    deep = summary.targets.deep_muscle_work
    rows = []
    for session in summary.sessions:
        count = len(session.back_exercises)
        names = ", ".join(session.back_exercises)
        verdict = '<span class="ok">ok</span>' if summary.back_ok(session) else (
            f'<span class="below">over by {count - back.value}</span>'
        )  # fmt: skip
        deep_work = esc(", ".join(session.deep_core)) if session.deep_core else "none"
        rows.append(
            f'<tr><th scope="row">{esc(session.name)}</th><td class="num">'
            f"{_fmt(session.times)}</td><td>{count} {verdict}"
            f"{'<br>' + esc(names) if names else ''}</td><td>{deep_work}</td></tr>"
        )
    week_verdict = (
        '<span class="ok">ok</span>'
        if summary.deep_core_ok
        else '<span class="below">none this week</span>'
    )
    return (
        '<div class="table-wrap"><table><caption class="note">Workouts: back exercises '
        f"(at most {back.value}, {esc(back.source)}) and deep-muscle work (some each week, "
        f'{esc(deep.source)})</caption><thead><tr><th scope="col">workout</th>'
        '<th scope="col" class="num">a week</th><th scope="col">back exercises</th>'
        '<th scope="col">deep-muscle work</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
        f'<p class="note">Deep-muscle work: {_plural(summary.deep_core_sets_per_week, "set")} '
        f"a week: {week_verdict}.</p>"
    )


def _findings(summary: ProgramSummary, prefix: str) -> str:
    if not summary.findings:
        return '<p class="note">No findings: <code>trainlint check</code> passes this file.</p>'
    items = []
    for finding in summary.findings:
        label = finding.severity.label
        items.append(
            f'<li class="finding"><a href="#{prefix}-L{finding.line}">line {finding.line}:'
            f"{finding.column}</a> "
            f'<span class="sev sev-{label}">{label}</span> '
            f'<code class="rule">{esc(finding.rule)}</code> {esc(finding.message)}</li>'
        )
    return f'<ol class="findings">{"".join(items)}</ol>'


def _source(summary: ProgramSummary, prefix: str, findings: Sequence[Finding]) -> str:
    flagged = {f.line for f in findings}
    lines = summary.text.splitlines() or [""]
    parts = []
    for number_, line in enumerate(lines, start=1):
        cls = "line flagged" if number_ in flagged else "line"
        parts.append(
            f'<span class="{cls}" id="{prefix}-L{number_}"><span class="ln" aria-hidden="true">'
            f"{number_}</span>{esc(line)}\n</span>"
        )
    return f'<pre class="source"><code>{"".join(parts)}</code></pre>'


def _article(summary: ProgramSummary, index: int) -> str:
    prefix = f"p{index}"
    title = summary.name or summary.path
    head = (
        f'<article id="{prefix}" aria-labelledby="{prefix}-title">'
        f'<h2 id="{prefix}-title">{esc(title)}</h2>'
        f'<p class="meta"><code>{esc(summary.path)}</code>'
    )
    if summary.week is None:
        source = _source(summary, prefix, summary.findings) if summary.text else ""
        return (
            f'{head}</p><p class="error">Not summarised: {esc(summary.error)}</p>'
            f"<h3>Findings from <code>trainlint check</code> ({len(summary.findings)})</h3>"
            f"{_findings(summary, prefix)}"
            f"{'<h3>Program text</h3>' + source if source else ''}</article>"
        )
    low, high = summary.back_band()
    days = summary.targets.min_days
    back = summary.targets.max_back_exercises
    sources = ", ".join(_source_list(summary))
    return (
        head + f" · level {esc(summary.level)} · "
        f"{_plural(summary.sessions_per_week, 'session')} a week</p>"
        '<div class="charts">'
        f"<figure>{sets_chart(summary, prefix + '-sets')}"
        f"<figcaption>Weekly sets per muscle group. Shaded: {_fmt(low)} to {_fmt(high)} back "
        f"sets a week, from one back exercise of 2 sets on {days.value} days to "
        f"{back.value} back exercises of 3 sets in each workout that trains the back "
        f"({esc(sources)}).</figcaption></figure>"
        f"<figure>{days_chart(summary, prefix + '-days')}"
        f"<figcaption>Training days per week. Shaded: {days.value} days or more, the target "
        f"({esc(days.source)}); bars in orange are below it.</figcaption></figure>"
        "</div>"
        f"<figure>{heat_map(summary, prefix + '-heat')}"
        "<figcaption>Sets per session for each workout and muscle group; darker is more. "
        "Secondary muscles count half a set.</figcaption></figure>"
        f"{_group_table(summary)}{_workout_table(summary)}"
        '<div class="pair"><section aria-labelledby="' + prefix + '-fh">'
        f'<h3 id="{prefix}-fh">Findings from <code>trainlint check</code> '
        f"({len(summary.findings)})</h3>{_findings(summary, prefix)}</section>"
        f'<section aria-labelledby="{prefix}-sh"><h3 id="{prefix}-sh">Program text</h3>'
        f"{_source(summary, prefix, summary.findings)}</section></div>"
        "</article>"
    )


def _source_list(summary: ProgramSummary) -> list[str]:
    back = summary.targets.max_back_exercises.source
    return ["000:91", back if back != "000:93" else "000:93, 000:95", "001:58"]


def render_page(summaries: Sequence[ProgramSummary]) -> str:
    """The whole page for ``summaries`` (one article per program)."""
    if len(summaries) == 1:
        title = f"{summaries[0].name or summaries[0].path}: training summary"
    else:
        title = f"Training summary of {len(summaries)} programs"
    nav = ""
    if len(summaries) > 1:
        links = "".join(
            f'<li><a href="#p{i}">{esc(s.name or s.path)}</a> <code>{esc(s.path)}</code></li>'
            for i, s in enumerate(summaries, start=1)
        )
        nav = f'<nav aria-label="Programs"><ul>{links}</ul></nav>'
    articles = "".join(_article(s, i) for i, s in enumerate(summaries, start=1))
    if not summaries:
        articles = '<p class="note">No programs found.</p>'
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{esc(title)}</title><style>{STYLE}</style></head><body>"
        f"<header><h1>{esc(title)}</h1>"
        '<p class="note">Weekly sets count 1 for each muscle group holding one of an '
        "exercise's primary muscles and half a set for a group reached only through "
        "secondary muscles; warm-up sets, activation drills and cardio are not counted. "
        "Targets cite the guidance texts by text and line (e.g. 001:58).</p>"
        f"{nav}</header><main>{articles}</main>"
        f"<footer>Made by trainlint {esc(__version__)}. This page loads nothing from the "
        "network and runs no script.</footer></body></html>\n"
    )
