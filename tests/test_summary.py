"""``trainlint summary``: the numbers, their JSON keys, the table and the HTML page."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import ROOT, RunCli, load_generator

pytestmark = pytest.mark.composers

TWO_DAYS = """\
program: Two days
level: intermediate
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: deadlift
        sets: 3
        reps: 8
      - exercise: lat pulldown
        sets: 2
        reps: 10
  - name: Day B
    warmup: 5 min
    exercises:
      - exercise: deadlift
        sets: 3
        reps: 8
      - exercise: lat pulldown
        sets: 2
        reps: 10
"""

PROGRAM_KEYS = {
    "path",
    "program",
    "level",
    "error",
    "sessions_per_week",
    "targets",
    "groups",
    "muscles",
    "workouts",
    "deep_muscle_sets_per_week",
    "meets_deep_muscle_target",
}
GROUP_KEYS = {"name", "weekly_sets", "days", "workouts", "meets_target"}
MUSCLE_KEYS = {"name", "group", "weekly_sets", "days", "workouts"}
WORKOUT_KEYS = {
    "name",
    "times_per_week",
    "sets",
    "back_exercises",
    "meets_back_target",
    "deep_muscle_work",
    "deep_muscle_sets",
    "unknown_exercises",
}


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


SummaryJson = Callable[..., list[dict[str, object]]]


@pytest.fixture
def summary_json(run_cli: RunCli) -> SummaryJson:
    """``trainlint summary --format json ARGS``, parsed, after checking it succeeded."""

    def summary(*args: str) -> list[dict[str, object]]:
        code, out, err = run_cli("summary", "--isolated", "--format", "json", *args)
        assert code == 0, err
        data: list[dict[str, object]] = json.loads(out)
        return data

    return summary


def group(program: dict[str, object], name: str) -> dict[str, object]:
    groups = program["groups"]
    assert isinstance(groups, list)
    found: dict[str, object] = next(g for g in groups if g["name"] == name)
    return found


def test_two_workouts_give_back_10_sets_on_2_days(workdir: Path, summary_json: SummaryJson) -> None:
    (workdir / "two.yaml").write_text(TWO_DAYS)
    [program] = summary_json("two.yaml")
    back = group(program, "back")
    assert back["weekly_sets"] == 10
    assert isinstance(back["weekly_sets"], int)  # whole numbers stay integers
    assert back["days"] == 2
    assert back["workouts"] == ["Day A", "Day B"]
    assert back["meets_target"] is True
    assert program["sessions_per_week"] == 2
    workouts = program["workouts"]
    assert isinstance(workouts, list)
    assert [w["back_exercises"] for w in workouts] == [["deadlift", "lat pulldown"]] * 2
    assert all(w["meets_back_target"] for w in workouts)
    assert workouts[0]["sets"]["back"] == 5
    # no deep-muscle work: shown against its target
    assert program["meets_deep_muscle_target"] is False
    assert program["targets"] == {
        "min_days": {"value": 2, "source": "001:58"},
        "max_back_exercises": {"value": 3, "source": "000:95"},
        "deep_muscle_work": {"value": "weekly", "source": "000:101"},
    }


def test_two_workouts_html_back_bar_is_labelled_10(workdir: Path, run_cli: RunCli) -> None:
    (workdir / "two.yaml").write_text(TWO_DAYS)
    code, _, err = run_cli("summary", "--isolated", "--html", "report.html", "two.yaml")
    assert code == 0, err
    page = (workdir / "report.html").read_text(encoding="utf-8")
    label = re.search(
        r'<text class="value" data-chart="sets" data-group="back"[^>]*>([^<]*)<', page
    )
    assert label is not None and label.group(1) == "10"
    bar = re.search(
        r'<rect class="bar" data-chart="sets" data-group="back" data-value="([^"]+)"', page
    )
    assert bar is not None and bar.group(1) == "10"
    days = re.search(r'<text class="value" data-chart="days" data-group="back"[^>]*>([^<]*)<', page)
    assert days is not None and days.group(1) == "2"


def test_json_keys_are_exactly_the_documented_ones(summary_json: SummaryJson) -> None:
    data = summary_json(str(ROOT / "examples"))
    assert len(data) == 5
    for program in data:
        assert set(program) == PROGRAM_KEYS
        groups = program["groups"]
        assert isinstance(groups, list)
        assert [g["name"] for g in groups] == [
            "back",
            "chest",
            "shoulders",
            "arms",
            "legs",
            "core",
        ]  # the neck only in a week that trains it
        assert all(set(g) == GROUP_KEYS for g in groups)
        muscles = program["muscles"]
        assert isinstance(muscles, list) and muscles
        assert all(set(m) == MUSCLE_KEYS for m in muscles)
        workouts = program["workouts"]
        assert isinstance(workouts, list) and workouts
        assert all(set(w) == WORKOUT_KEYS for w in workouts)
        assert set(program["targets"]) == {"min_days", "max_back_exercises", "deep_muscle_work"}


def test_sessions_per_week_makes_days_fractional(workdir: Path, summary_json: SummaryJson) -> None:
    (workdir / "rotation.yaml").write_text(
        "program: Rotation\nsessions-per-week: 2\nworkouts:\n"
        "  - name: A\n    exercises:\n      - {exercise: deadlift, sets: 3, reps: 8}\n"
        "  - name: B\n    exercises:\n      - {exercise: bench press, sets: 3, reps: 8}\n"
        "  - name: C\n    exercises:\n      - {exercise: lat pulldown, sets: 3, reps: 10}\n"
    )
    [program] = summary_json("rotation.yaml")
    back = group(program, "back")
    # A and C train the back, each done 2/3 times a week
    assert back["days"] == pytest.approx(4 / 3, abs=0.01)
    assert isinstance(back["days"], float)
    assert back["weekly_sets"] == 4
    assert program["sessions_per_week"] == 2
    workouts = program["workouts"]
    assert isinstance(workouts, list)
    assert workouts[0]["times_per_week"] == pytest.approx(0.67)


def test_warmup_sets_are_not_counted_and_deep_work_is_listed(
    workdir: Path, summary_json: SummaryJson
) -> None:
    (workdir / "p.yaml").write_text(
        "program: Warm\nlevel: beginner\nworkouts:\n  - name: A\n    exercises:\n"
        "      - {exercise: lat pulldown, sets: 2, reps: 10, warmup: true}\n"
        "      - {exercise: barbell row, sets: 3, reps: 8}\n"
        "      - {exercise: pull-up, sets: 3, reps: 8}\n"
        "      - {exercise: face pull, sets: 3, reps: 15}\n"
        "      - {exercise: plank, sets: 2, hold: 30 s}\n"
    )
    [program] = summary_json("p.yaml")
    [workout] = program["workouts"]  # type: ignore[misc]
    assert workout["back_exercises"] == ["barbell row", "pull-up", "face pull"]
    assert workout["meets_back_target"] is False  # 3 > 2 for a beginner
    assert workout["deep_muscle_work"] == ["plank"]
    assert workout["deep_muscle_sets"] == 2
    assert program["targets"]["max_back_exercises"] == {"value": 2, "source": "000:93"}  # type: ignore[index]
    assert program["deep_muscle_sets_per_week"] == 2
    # the warm-up pulldown adds nothing: rows, pull-ups and face pulls only
    assert group(program, "back")["weekly_sets"] == 9


def test_configured_limit_is_shown_as_configuration(workdir: Path, run_cli: RunCli) -> None:
    (workdir / "p.yaml").write_text(TWO_DAYS)
    (workdir / ".trainlint.yaml").write_text("rules:\n  max-back-exercises: {max: 1}\n")
    code, out, err = run_cli("summary", "--format", "json", "p.yaml")
    assert code == 0, err
    [program] = json.loads(out)
    assert program["targets"]["max_back_exercises"] == {"value": 1, "source": "configuration"}
    assert [w["meets_back_target"] for w in program["workouts"]] == [False, False]


def test_text_table(workdir: Path, run_cli: RunCli) -> None:
    (workdir / "two.yaml").write_text(TWO_DAYS)
    code, out, _ = run_cli("summary", "--isolated", "two.yaml", "--muscles")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "two.yaml: Two days"
    assert lines[1] == "  level intermediate, 2 sessions a week"
    assert re.search(r"^  back\s+10\s+2\s+ok$", out, re.M)
    assert re.search(r"^  chest\s+0\s+0\s+-$", out, re.M)
    assert "target: days >= 2 (001:58)" in out
    assert "back exercises (max 3, 000:95)" in out
    assert re.search(r"^  Day A\s+1\s+2: deadlift, lat pulldown\s+none$", out, re.M)
    assert re.search(r"^  lats\s+back\s+", out, re.M)  # --muscles
    assert (
        "deep-muscle work: 0 sets a week (target: some each week, 000:101): none this week" in out
    )


def test_unreadable_and_broken_files(workdir: Path, run_cli: RunCli) -> None:
    (workdir / "broken.yaml").write_text("program: x\nworkouts: [\n")
    code, out, _ = run_cli("summary", "--isolated", "--format", "json", "broken.yaml")
    assert code == 1
    [program] = json.loads(out)
    assert program["error"].startswith("3:1: ") or program["error"].startswith("2:")
    assert program["groups"] == []
    code, out, _ = run_cli("summary", "--isolated", "missing.yaml", "broken.yaml")
    assert code == 2
    assert "missing.yaml\n  not summarised: " in out


def test_summary_counts_what_the_examples_hold(summary_json: SummaryJson) -> None:
    by_path = {p["path"]: p for p in summary_json(str(ROOT / "examples"))}
    beginner = next(p for k, p in by_path.items() if k.endswith("strong-back-beginner.yaml"))
    # deadlift 3 + pulldown 3 on Day A; deadlift 2 + row 3 on Day B; the rower is cardio
    assert group(beginner, "back")["weekly_sets"] == 12
    assert group(beginner, "back")["days"] == 2
    too_much = next(p for k, p in by_path.items() if k.endswith("too-much-back.yaml"))
    [pull] = too_much["workouts"]  # type: ignore[misc]
    assert pull["back_exercises"] == [
        "lat pulldown",
        "deadlift",
        "barbell row",
        "pull-up",
        "seated cable row",
    ]
    assert pull["meets_back_target"] is False
    typos = next(p for k, p in by_path.items() if k.endswith("typos.yaml"))
    assert typos["workouts"][1]["unknown_exercises"] == ["bulgarian split sqat"]  # type: ignore[index]


# --- the HTML page -------------------------------------------------------------------

HOSTILE = """\
program: "<script>alert('program')</script>"
level: intermediate
custom-exercises:
  - name: "</svg><img src=x onerror=alert(1)>"
    primary: [lats]
workouts:
  - name: "\\"><script>alert('workout')</script>"
    warmup: 5 min
    exercises:
      - exercise: "</svg><img src=x onerror=alert(1)>"
        sets: 3
        reps: 8
      - exercise: "<iframe src=javascript:alert(2)>"
        sets: 2
        reps: 8
# </pre><script>alert('comment')</script>
"""


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.handlers: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.handlers.extend(name for name, _ in attrs if name.startswith("on"))
        for name, value in attrs:
            if name in ("href", "src") and value and not value.startswith("#"):
                self.handlers.append(f"{name}={value}")


def test_hostile_names_cannot_inject_markup(workdir: Path, run_cli: RunCli) -> None:
    name = "<b>evil.yaml"
    (workdir / name).write_text(HOSTILE)
    code, _, err = run_cli("summary", "--isolated", "--html", "report.html", name)
    assert code == 0, err
    page = (workdir / "report.html").read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(page)
    assert "script" not in parser.tags
    assert "img" not in parser.tags and "iframe" not in parser.tags and "b" not in parser.tags
    assert parser.handlers == []
    assert "&lt;script&gt;alert(&#x27;program&#x27;)&lt;/script&gt;" in page
    assert "&lt;/svg&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;b&gt;evil.yaml" in page
    assert "# &lt;/pre&gt;&lt;script&gt;" in page  # the program's text, escaped
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_page_is_self_contained_and_has_text_alternatives(workdir: Path, run_cli: RunCli) -> None:
    code, _, err = run_cli(
        "summary", "--isolated", "--html", "report.html", str(ROOT / "examples")
    )  # fmt: skip
    assert code == 0, err
    page = (workdir / "report.html").read_text(encoding="utf-8")
    assert not re.search(r"(?:src|href)=\"(?:https?:)?//", page)
    assert "@import" not in page and "url(" not in page
    assert page.count("<article") == 5
    assert page.count('role="img"') == 15  # three charts per program
    for chart in re.findall(r"<svg [^>]*>", page):
        ids = re.search(r'aria-labelledby="([^"]+) ([^"]+)"', chart)
        assert ids is not None
        assert f'<title id="{ids.group(1)}">' in page and f'<desc id="{ids.group(2)}">' in page
    assert "<title>Training summary of 5 programs</title>" in page
    assert '<html lang="en">' in page and 'name="viewport"' in page and "@media print" in page


def test_page_lists_the_findings_of_check_with_their_lines(workdir: Path, run_cli: RunCli) -> None:
    example = ROOT / "examples" / "mistakes" / "too-much-back.yaml"
    code, out, _ = run_cli("check", "--isolated", "--no-cache", "--format", "json", str(example))
    findings = json.loads(out)
    assert findings
    code, _, err = run_cli("summary", "--isolated", "--html", "report.html", str(example))
    assert code == 0, err
    page = (workdir / "report.html").read_text(encoding="utf-8")
    listed = re.findall(
        r'<li class="finding"><a href="#p1-L(\d+)">line (\d+):(\d+)</a> '
        r'<span class="sev sev-(\w+)">\w+</span> <code class="rule">([^<]+)</code>',
        page,
    )
    assert [(int(line), int(col), sev, rule) for _, line, col, sev, rule in listed] == [
        (f["line"], f["column"], f["severity"], f["rule"]) for f in findings
    ]
    for finding in findings:
        assert f'<span class="line flagged" id="p1-L{finding["line"]}">' in page


@pytest.mark.composers("auto")  # a real process: the loader is not its subject
@pytest.mark.slow
def test_summary_subprocess(tmp_path: Path) -> None:
    (tmp_path / "two.yaml").write_text(TWO_DAYS)
    env = {**os.environ, "NO_COLOR": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "checker", "summary", "--isolated", "--format", "json", "two.yaml"],
        cwd=tmp_path, capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    [program] = json.loads(result.stdout)
    assert group(program, "back")["weekly_sets"] == 10


def test_readme_documents_the_json_keys_and_shows_a_screenshot() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## The week at a glance") :]
    for key in PROGRAM_KEYS | GROUP_KEYS | MUSCLE_KEYS | WORKOUT_KEYS:
        assert f"`{key}`" in section, key
    shot = re.search(r"!\[[^\]]+\]\((docs/summary-[\w-]+\.png)\)", section)
    assert shot is not None and (ROOT / shot.group(1)).is_file()
    for example in ROOT.glob("examples/**/*.yaml"):
        assert (ROOT / "docs" / f"summary-{example.stem}.png").is_file(), example


def test_heat_map_text_has_enough_contrast() -> None:
    from checker.report_charts import BAR, BAR_BELOW, INK, _heat_color, contrast, heat_ink

    for step in range(101):
        fill = _heat_color(step / 100)
        assert contrast(fill, heat_ink(fill)) >= 4.5, fill
    assert contrast(BAR, "#ffffff") >= 4.5 and contrast(BAR_BELOW, "#ffffff") >= 4.5
    assert contrast(INK, "#ffffff") >= 7


def test_empty_and_odd_programs_still_render(workdir: Path, run_cli: RunCli) -> None:
    (workdir / "empty.yaml").write_text("program: Nothing yet\nworkouts: []\n")
    (workdir / "odd.yaml").write_text("program: 12\nworkouts: {a: 1}\n")
    code, out, err = run_cli("summary", "--isolated", "--html", "r.html", "empty.yaml", "odd.yaml")
    assert code == 0, err
    page = (workdir / "r.html").read_text(encoding="utf-8")
    assert page.count("<article") == 2 and page.count('role="img"') == 6
    assert "empty.yaml: Nothing yet\n  level intermediate, 0 sessions a week" in out


def _flagged_groups(message: str) -> set[str]:
    """The groups a training-frequency message names ("...: chest on 1 day ('A'); ...")."""
    return set(re.findall(r"(?:: |; )([a-z]+) on [0-9.]+ days?", message))


@pytest.mark.composers("auto")  # both sides read the same loaded data
def test_the_summary_and_training_frequency_agree_both_ways(
    workdir: Path, run_cli: RunCli, summary_json: SummaryJson
) -> None:
    """The chart and the findings agree: the groups ``training-frequency`` reports are
    exactly the groups the summary shows below their target (both count with
    ``checker.volume``; groups reached only through secondary muscles have no target)."""
    for name in sorted(p.name for p in (ROOT / "tests" / "programs" / "real").glob("*.yaml")):
        shutil.copy(ROOT / "tests" / "programs" / "real" / name, workdir / name)
    for path in (ROOT / "examples").rglob("*.yaml"):
        shutil.copy(path, workdir / path.name)
    code, out, _ = run_cli(
        "check", "--isolated", "--no-cache", "--exit-zero", "--format", "json", "--select",
        "training-frequency", ".",
    )  # fmt: skip
    assert code == 0
    flagged: dict[str, set[str]] = {}
    for finding in json.loads(out):
        flagged.setdefault(finding["path"], set()).update(_flagged_groups(finding["message"]))
    assert flagged  # the corpus holds such findings
    for program in summary_json("."):
        below = {g["name"] for g in program["groups"] if g["meets_target"] is False}
        assert below == flagged.get(program["path"], set()), program["path"]


@pytest.mark.composers("auto")  # worker processes: the loader is not the subject
@pytest.mark.slow
def test_workers_give_the_same_output_as_one_process(workdir: Path, run_cli: RunCli) -> None:
    load_generator().generate(workdir / "programs", 60, 0.35, 7)
    (workdir / "programs" / "broken.yaml").write_text("program: [unclosed\nworkouts: x\n")
    outputs = []
    for jobs in ("1", "2"):
        for extra in (["--format", "json"], ["--html", f"page-{jobs}.html"]):
            code, out, err = run_cli("summary", "--isolated", "-j", jobs, *extra, "programs")
            assert code == 1, err  # the broken file
            outputs.append(out)
    assert outputs[0] == outputs[2] and outputs[1] == outputs[3]
    assert len(json.loads(outputs[0])) == 61
    one = (workdir / "page-1.html").read_text(encoding="utf-8")
    assert one == (workdir / "page-2.html").read_text(encoding="utf-8")
    assert one.count('<li class="finding">') > 10  # findings came back from the workers
