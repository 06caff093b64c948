"""Plugins as real installed distributions, in a temporary location.

Each distribution is installed with pip (``--target``) into a folder that is put
on ``PYTHONPATH`` of a real ``trainlint`` subprocess, so entry points are found
exactly as for a user: the fat-loss plugin, one whose import raises, one whose
hookimpl has a misspelled argument, one whose rule raises on some files, one that
adds a rule and an output format through ``checker.api`` alone, and one whose
formats fail.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, InstallDistributions

FIXTURES = ROOT / "tests" / "fixtures" / "plugins"
FAT_LOSS = ROOT / "plugins" / "trainlint-fat-loss"


class Site:
    """``PYTHONPATH`` for each combination the tests need, ``site["broken"]``: each
    distribution is pip-installed once (the fat-loss plugin into its own folder, put on
    the path beside the faulty fixtures that need it), on first use."""

    def __init__(self, install: InstallDistributions) -> None:
        self._install = install

    def _folder(self, name: str, *projects: Path) -> str:
        return str(self._install(name, *projects))

    def __getitem__(self, combination: str) -> str:
        fat_loss = self._folder("fat-loss", FAT_LOSS)
        if combination == "fat-loss":
            return fat_loss
        if combination in ("broken", "bad-hookimpl"):
            fixture = {"broken": "broken-import", "bad-hookimpl": "bad-hookimpl"}[combination]
            return os.pathsep.join([fat_loss, self._folder(combination, FIXTURES / fixture)])
        assert combination == "raising", combination
        # one install for the three small fixtures (each pip run costs seconds)
        return self._folder(
            "raising",
            FIXTURES / "raising-rule",
            FIXTURES / "api-plugin",
            FIXTURES / "broken-format",
        )


@pytest.fixture(scope="session")
def site(install_distributions: InstallDistributions) -> Site:
    return Site(install_distributions)


def trainlint(target: str | None, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("PYTHONPATH", None)
    if target is not None:
        env["PYTHONPATH"] = target
    return subprocess.run(
        [sys.executable, "-m", "checker", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


FAT_PROGRAM = """\
program: Cut
level: beginner
goal: fat-loss
weeks: 4
nutrition:
  calorie-deficit: 800 kcal
  protein: 1.8 g/kg
  fiber: 30 g
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: plank
        sets: 2
        hold: 30 s
      - exercise: rowing machine
        duration: 20 min
  - name: Day B
    warmup: 5 min
    exercises:
      - exercise: dead bug
        sets: 2
        reps: 8
"""


@pytest.fixture
def program(tmp_path: Path) -> Path:
    (tmp_path / "cut.yaml").write_text(FAT_PROGRAM)
    return tmp_path


@pytest.mark.slow
def test_fat_loss_plugin_rules_run_like_builtin_ones(site: Site, program: Path) -> None:
    result = trainlint(site["fat-loss"], "check", "--format", "json", "cut.yaml", cwd=program)
    assert result.returncode == 0, result.stderr  # its rules warn, they do not fail
    found = {(f["rule"], f["line"], f["message"]) for f in json.loads(result.stdout)}
    assert found == {
        (
            "fat-loss/calorie-deficit",
            6,
            "the daily calorie deficit is 800 kcal; aim for 300-500 kcal",
        ),
        (
            "fat-loss/cardio-frequency",
            9,
            "1 cardio session a week; a fat-loss program does "
            "cardio 3-4 times a week (add a 'cardio' section for sessions outside the workouts)",
        ),
        ("fat-loss/program-length", 4, "4 weeks; a fat-loss program runs for 8-12 weeks"),
    }


@pytest.mark.slow
def test_without_the_plugin_nutrition_names_the_plugin(program: Path) -> None:
    result = trainlint(None, "check", "--no-plugins", "cut.yaml", cwd=program)
    assert result.returncode == 1
    assert (
        "cut.yaml:5:1: error schema unknown key 'nutrition': the 'nutrition' section comes "
        "from the trainlint-fat-loss plugin; install it with "
        "'pip install ./plugins/trainlint-fat-loss' from trainlint's clone"
    ) in result.stdout


@pytest.mark.slow
def test_rules_explain_schema_and_plugins_commands(site: Site, tmp_path: Path) -> None:
    rules = trainlint(site["fat-loss"], "rules", cwd=tmp_path)
    assert rules.returncode == 0
    assert "fat-loss/protein" in rules.stdout and "[trainlint-fat-loss]" in rules.stdout
    explain = trainlint(site["fat-loss"], "explain", "fat-loss/fiber", cwd=tmp_path)
    assert explain.returncode == 0 and "guidance 002: back definition" in explain.stdout
    schema = json.loads(trainlint(site["fat-loss"], "schema", cwd=tmp_path).stdout)
    assert "nutrition" in schema["properties"] and "cardio" in schema["properties"]
    plugins = trainlint(site["fat-loss"], "plugins", cwd=tmp_path)
    assert plugins.returncode == 0
    assert "trainlint-fat-loss 0.1.0" in plugins.stdout


@pytest.mark.slow
def test_plugin_rules_in_config_suppressions_and_sarif(site: Site, program: Path) -> None:
    (program / ".trainlint.yaml").write_text(
        "rules:\n  fat-loss/program-length:\n    severity: error\n    min-weeks: 2\n"
    )
    text = FAT_PROGRAM.replace(
        "calorie-deficit: 800 kcal",
        "calorie-deficit: 800 kcal  # trainlint: disable=fat-loss/calorie-deficit -- refeed",
    )
    (program / "cut.yaml").write_text(text)
    result = trainlint(site["fat-loss"], "check", "--format", "sarif", "cut.yaml", cwd=program)
    sarif = json.loads(result.stdout)
    rule_ids = {r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert "fat-loss/cardio-frequency" in rule_ids
    results = {r["ruleId"] for r in sarif["runs"][0]["results"]}
    assert results == {"fat-loss/cardio-frequency"}  # length ok now, deficit suppressed


@pytest.mark.slow
def test_require_plugins(site: Site, program: Path) -> None:
    (program / ".trainlint.yaml").write_text("require-plugins: [trainlint-fat-loss]\n")
    assert trainlint(site["fat-loss"], "check", "cut.yaml", cwd=program).returncode == 0
    missing = trainlint(None, "check", "cut.yaml", cwd=program)
    assert missing.returncode == 2
    assert "required plugin(s) missing" in missing.stderr
    assert "trainlint-fat-loss" in missing.stderr


@pytest.mark.slow
def test_plugin_whose_import_raises(site: Site, program: Path) -> None:
    result = trainlint(site["broken"], "check", "cut.yaml", cwd=program)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert (
        "trainlint: error: plugin 'tl-broken-import': failed to import 'tl_broken_import': "
        "ModuleNotFoundError: No module named 'tl_dependency_that_is_not_installed'"
    ) in result.stderr
    # every other plugin's findings are still reported
    assert "fat-loss/calorie-deficit" in result.stdout


@pytest.mark.slow
def test_plugin_with_misspelled_hookimpl_argument(site: Site, program: Path) -> None:
    result = trainlint(site["bad-hookimpl"], "check", "cut.yaml", cwd=program)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "plugin 'tl-bad-hookimpl': invalid hook" in result.stderr
    assert "confg" in result.stderr
    assert "fat-loss/calorie-deficit" in result.stdout


@pytest.mark.slow
def test_plugin_rule_that_raises_on_one_file(site: Site, tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(
        "program: boom\nworkouts:\n  - name: A\n    warmup: 5 min\n"
        "    exercises:\n      - exercise: plank\n        sets: 2\n"
        "        hold: 30 s\n"
    )
    (tmp_path / "b.yaml").write_text("program: fine\nworkouts: []\n")
    result = trainlint(site["raising"], "check", "a.yaml", "b.yaml", cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stdout.splitlines()
    assert "a.yaml:1:10: info raising/fragile program 'boom' seen" in lines
    assert any(
        line.startswith(
            "a.yaml:1:1: error internal-error rule 'raising/fragile' "
            "(plugin 'tl-raising-rule') crashed on this file: "
            "ZeroDivisionError: division by zero"
        )
        for line in lines
    )
    # the other file, and the other rules, are unaffected
    assert "b.yaml:1:10: info raising/fragile program 'fine' seen" in lines
    assert "b.yaml:2:11: error schema workouts must not be empty" in lines
    assert "a.yaml:1:1: error deep-muscle-work" not in result.stdout


SHORT = (
    "program: ab\nworkouts:\n  - name: A\n    warmup: 5 min\n"
    "    exercises:\n      - exercise: plank\n        sets: 2\n        hold: 30 s\n"
)


def test_a_rule_and_a_format_added_through_the_public_api(site: Site, tmp_path: Path) -> None:
    from checker import __version__

    (tmp_path / "ab.yaml").write_text(SHORT)
    args = ("check", "--select", "api/short-name", "ab.yaml")
    text = trainlint(site["raising"], *args, cwd=tmp_path)
    assert text.returncode == 0, text.stderr  # a warning does not fail the run
    assert text.stdout.splitlines()[0] == (
        "ab.yaml:1:10: warning api/short-name the name 'ab' is shorter than 3 characters"
    )
    tally = trainlint(site["raising"], *args, "--format", "tally", cwd=tmp_path)
    assert (tally.returncode, tally.stderr) == (0, "")
    assert tally.stdout == (
        "ab.yaml|1|10|api/short-name|warning|the name 'ab' is shorter than 3 characters\n"
        f"tally: 1 finding(s) in 1 file(s); api rules active: 1; trainlint {__version__}\n"
    )
    help_text = trainlint(site["raising"], "check", "--help", cwd=tmp_path).stdout
    assert "[text|full|json|sarif|github|junit|gitlab|auto|tally|explodes|" in help_text
    listing = trainlint(site["raising"], "plugins", "--format", "json", cwd=tmp_path)
    plugins = {p["distribution"]: p for p in json.loads(listing.stdout)["plugins"]}
    assert plugins["tl-api-plugin"]["formats"] == ["tally"]
    assert plugins["tl-api-plugin"]["rules"] == ["api/short-name"]
    assert plugins["tl-broken-format"]["formats"] == ["explodes", "wordless"]
    assert plugins["trainlint"]["formats"][-1] == "auto"
    unknown = trainlint(site["raising"], *args, "--no-plugins", "--format", "tally", cwd=tmp_path)
    assert unknown.returncode == 2
    assert (
        "trainlint: error: unknown format 'tally' (plugins are disabled by --no-plugins)"
        in unknown.stderr
    )


def test_a_broken_format_is_blamed_on_its_plugin(site: Site, tmp_path: Path) -> None:
    (tmp_path / "ab.yaml").write_text(SHORT)
    args = ("check", "--select", "api/short-name", "ab.yaml", "--format")
    explodes = trainlint(site["raising"], *args, "explodes", cwd=tmp_path)
    assert (explodes.returncode, explodes.stdout) == (2, "")
    assert explodes.stderr == (
        "trainlint: error: plugin 'tl-broken-format': format 'explodes' raised "
        "RuntimeError: out of ink\n"
    )
    wordless = trainlint(site["raising"], *args, "wordless", cwd=tmp_path)
    assert (wordless.returncode, wordless.stdout) == (2, "")
    assert wordless.stderr == (  # its print() went to standard error too
        "a leftover print\n"
        "trainlint: error: plugin 'tl-broken-format': format 'wordless' returned int, not text\n"
    )
    # the other formats are unaffected (another plugin's "tally" is tested above)
    as_json = trainlint(site["raising"], *args, "json", "--statistics", cwd=tmp_path)
    assert json.loads(as_json.stdout)[0]["rule"] == "api/short-name"
