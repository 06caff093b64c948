"""The SVG charts of the ``summary --html`` page: weekly sets and training days per
muscle group, and the heat map of sets per workout (no charting library: see
README's summary section). Every string from a program goes through :func:`esc`."""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

from checker.summary import ProgramSummary, number
from checker.volume import Tally

#: Chart geometry (SVG user units; the SVG scales to the page's width).
WIDTH = 480
_LEFT, _RIGHT, _TOP, _BOTTOM = 34, 6, 24, 30
_HEIGHT = 250

#: Colours chosen for contrast on white (WCAG AA for text, 3:1 for shapes).
INK = "#1a1a1a"
BAR = "#1f4e79"
BAR_BELOW = "#a33a00"
BAND = "#d3ecd9"
BAND_EDGE = "#2e7d4f"
HEAT_LOW = (244, 247, 251)
HEAT_HIGH = (31, 78, 121)


def esc(value: object) -> str:
    """Text for HTML and inline SVG: ``& < > " '`` escaped."""
    return html.escape(str(value), quote=True)


def fmt(value: float) -> str:
    return str(number(value))


def plural(count: float, word: str) -> str:
    return f"{fmt(count)} {word}{'' if count == 1 else 's'}"


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
                f'text-anchor="end">{fmt(tick)}</text>'
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
                f'data-value="{fmt(value)}" x="{center - width / 2:.1f}" y="{y:.1f}" '
                f'width="{width:.1f}" height="{height:.2f}" fill="{color}">'
                f"<title>{esc(tally.name)}: {fmt(value)}</title></rect>"
            )
        parts.append(
            f'<text class="value" data-chart="{kind}" data-group="{esc(tally.name)}" '
            f'x="{center:.1f}" y="{y - 5:.1f}" text-anchor="middle">{fmt(value)}</text>'
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
    listed = "; ".join(f"{t.name} {fmt(t.weekly_sets)}" for t in tallies)
    desc = (
        f"Weekly sets per muscle group: {listed}. Shaded for back: {fmt(low)} to "
        f"{fmt(high)} sets a week, the range the guidance implies for this program."
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
        f"{t.name} {fmt(t.days)}{' (below the target)' if b else ''}"
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
            shown = fmt(value) if value > 0 else "\u2013"
            body.append(
                f'<g class="cell"><rect x="{x + 1:.1f}" y="{y + 1}" width="{cell_w - 2:.1f}" '
                f'height="{row_h - 2}" fill="{fill}" stroke="#c8ccd2"/>'
                f'<text x="{x + cell_w / 2:.1f}" y="{y + row_h / 2 + 4:.1f}" '
                f'text-anchor="middle" class="{ink}">{shown}</text>'
                f"<title>{esc(session.name)}, {esc(group)}: "
                f"{plural(value, 'set')} per session</title></g>"
            )
    rows = "; ".join(
        f"{s.name}: "
        + (", ".join(f"{g} {fmt(v)}" for g, v in s.group_sets.items() if v > 0) or "no sets")
        for s in sessions
    )
    desc = f"Sets per session by workout and muscle group. {rows or 'No workouts.'}"
    return _svg(chart_id, "Sets per session, workout by muscle group", desc, body, height)
