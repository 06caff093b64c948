"""The HTML report as a person sees it: rendered by headless Chromium (Debian's package).

Each example's page is loaded, measured (every chart and bar has a size, the bars'
heights follow the numbers, each bar carries its number) and photographed, on a
desktop and on a phone-sized screen, and the page must log no console error.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from checker.catalog import group_names
from checker.catalog_data import optional_groups
from tests.chromium import Browser, find_chromium
from tests.conftest import ROOT, invoke_cli
from tests.test_summary import TWO_DAYS

EXAMPLES = sorted(ROOT.glob("examples/**/*.yaml"))
CHROMIUM = find_chromium()

pytestmark = [
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="headless Chromium is not installed (Debian: apt-get install chromium; .ci/run "
        "installs it), so the report cannot be rendered",
    ),
    pytest.mark.slow,
    pytest.mark.xdist_group("browser"),  # one browser for the module, on one worker
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert CHROMIUM is not None
    with Browser(CHROMIUM) as running:
        yield running


def _page(source: Path, out: Path) -> Path:
    page = out / f"{source.stem}.html"
    result = invoke_cli("summary", "--isolated", "--html", str(page), str(source))
    assert result.code == 0, result.stderr
    return page


def _check_bars(chart: dict[str, Any]) -> None:
    """Every bar has a size, one scale for every bar of a chart, each bar its number."""
    bars = chart["bars"]
    for bar in bars:
        assert bar["box"]["width"] > 0 and bar["box"]["height"] > 0, bar
    scales = [bar["box"]["height"] / bar["value"] for bar in bars]
    assert max(scales) - min(scales) <= 0.02 * max(scales), (chart["id"], scales)
    labels = {v["group"]: v for v in chart["values"]}
    for bar in bars:
        label = labels[bar["group"]]
        assert float(label["text"]) == pytest.approx(bar["value"])
        # the number sits just above its bar
        label_bottom = label["box"]["y"] + label["box"]["height"]
        assert bar["box"]["y"] - 12 <= label_bottom <= bar["box"]["y"] + 1, (label, bar)


def _check_charts(data: dict[str, Any]) -> None:
    assert data["scripts"] == 0
    assert len(data["charts"]) == 3
    for chart in data["charts"]:
        assert chart["box"]["width"] > 100 and chart["box"]["height"] > 30, chart["id"]
        assert chart["role"] == "img" and chart["title"] and chart["desc"]
        if not chart["bars"]:
            assert chart["cells"] > 0, chart["id"]  # the heat map
            continue
        _check_bars(chart)
        # back ... core; the neck only in a week that trains it (no example does)
        assert len(chart["values"]) == len(set(group_names()) - optional_groups())


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.stem for e in EXAMPLES])
def test_example_report_renders(example: Path, browser: Browser, tmp_path: Path) -> None:
    page_file = _page(example, tmp_path)
    for width, height in ((1000, 900), (390, 844)):
        page = browser.open(page_file.as_uri(), width, height)
        data = page.measure()
        _check_charts(data)
        assert data["width"] <= data["viewport"], f"horizontal scrolling at {width} px"
        shot = tmp_path / f"{example.stem}-{width}.png"
        page.screenshot(shot, max_height=2000)
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert shot.stat().st_size > 10_000
        assert page.console_errors() == []


def test_back_bar_of_two_workouts_is_labelled_10(browser: Browser, tmp_path: Path) -> None:
    source = tmp_path / "two.yaml"
    source.write_text(TWO_DAYS)
    page = browser.open(_page(source, tmp_path).as_uri(), 1000, 900)
    data = page.measure()
    _check_charts(data)
    sets = next(c for c in data["charts"] if c["id"].endswith("-sets"))
    back = next(b for b in sets["bars"] if b["group"] == "back")
    label = next(v for v in sets["values"] if v["group"] == "back")
    assert back["value"] == 10 and label["text"] == "10"
    legs = next(b for b in sets["bars"] if b["group"] == "legs")
    assert back["box"]["height"] / legs["box"]["height"] == pytest.approx(10 / legs["value"], 0.02)
    assert page.console_errors() == []


def test_all_examples_on_one_page_print(browser: Browser, tmp_path: Path) -> None:
    page_file = tmp_path / "all.html"
    result = invoke_cli("summary", "--isolated", "--html", str(page_file), str(ROOT / "examples"))
    assert result.code == 0, result.stderr
    page = browser.open(page_file.as_uri(), 1000, 900)
    screen = page.measure()
    assert len(screen["charts"]) == 3 * len(EXAMPLES)
    assert screen["nav"] is not None and screen["nav"]["height"] > 0
    page.emulate_media("print")
    printed = page.measure()
    assert printed["nav"]["height"] == 0  # the table of contents is not printed
    for chart in printed["charts"]:
        assert chart["box"]["width"] > 100 and chart["box"]["height"] > 30, chart["id"]
        for bar in chart["bars"]:
            assert bar["box"]["height"] > 0
    assert page.console_errors() == []


def test_the_checks_can_fail(browser: Browser, tmp_path: Path) -> None:
    """The console watch and the bar checks do catch a broken page."""
    broken = tmp_path / "broken.html"
    broken.write_text(
        "<!DOCTYPE html><html><head><title>x</title></head><body>"
        '<svg class="chart" viewBox="0 0 100 100" width="300" height="300">'
        '<rect class="bar" data-chart="sets" data-group="back" data-value="10" '
        'x="0" y="50" width="10" height="50"/>'
        '<rect class="bar" data-chart="sets" data-group="legs" data-value="10" '
        'x="20" y="80" width="10" height="20"/></svg>'
        "<script>console.error('boom')</script></body></html>"
    )
    page = browser.open(broken.as_uri(), 800, 600)
    assert any("boom" in e for e in page.console_errors())
    [chart] = page.measure()["charts"]
    with pytest.raises(AssertionError):  # 50 and 20 units tall for the same 10 sets
        _check_bars(chart)
