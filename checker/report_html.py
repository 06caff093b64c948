"""The HTML report of ``trainlint summary --html``: one self-contained page.

Charts are inline SVG drawn by :mod:`checker.report_charts` (no charting library:
see README's summary section for the measurements behind that choice); the page
loads nothing from the network and runs no script, and its Content-Security-Policy forbids both.
Every string that comes from a program file (names, paths, text, messages) goes
through :func:`esc`, so no program can add markup or script to the page.
"""

from __future__ import annotations

from collections.abc import Sequence

from checker import __version__
from checker.findings import Finding
from checker.report_charts import days_chart, esc, fmt, heat_map, plural, sets_chart
from checker.summary import ProgramSummary

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)


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
        f'<tr><th scope="row">{esc(t.name)}</th><td class="num">{fmt(t.weekly_sets)}</td>'
        f'<td class="num">{fmt(t.days)}</td>'
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
            f"{fmt(session.times)}</td><td>{count} {verdict}"
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
        f'<p class="note">Deep-muscle work: {plural(summary.deep_core_sets_per_week, "set")} '
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
        f"{plural(summary.sessions_per_week, 'session')} a week</p>"
        '<div class="charts">'
        f"<figure>{sets_chart(summary, prefix + '-sets')}"
        f"<figcaption>Weekly sets per muscle group. Shaded: {fmt(low)} to {fmt(high)} back "
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
