"""Configuration files, validation with positions, precedence and `trainlint config`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, RunCli

pytestmark = pytest.mark.composers

TOO_MUCH_BACK = ROOT / "examples" / "mistakes" / "too-much-back.yaml"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "programs" / "beginners").mkdir(parents=True)
    shutil.copy(TOO_MUCH_BACK, tmp_path / "programs" / "pull.yaml")
    shutil.copy(TOO_MUCH_BACK, tmp_path / "programs" / "beginners" / "pull.yaml")
    return tmp_path


def rules_in(output: str) -> list[tuple[str, str]]:
    return [(f["path"], f["rule"]) for f in json.loads(output)]


def test_select_ignore_and_severity_from_yaml(repo: Path, run_cli: RunCli) -> None:
    (repo / ".trainlint.yaml").write_text(
        "select: [set-range, rep-range, deadlift-first]\nignore: [deadlift-first]\n"
        "rules:\n  rep-range: warning\n"
    )
    code, out, _ = run_cli("check", "--format", "json", "programs/pull.yaml")
    findings = json.loads(out)
    assert {(f["rule"], f["severity"]) for f in findings} == {
        ("set-range", "error"),
        ("rep-range", "warning"),
    }
    assert code == 1


def test_options_and_per_path_overrides(repo: Path, run_cli: RunCli) -> None:
    (repo / ".trainlint.yaml").write_text(
        "select: [max-back-exercises]\n"
        "rules:\n  max-back-exercises:\n    max: 5\n    template-max: 5\n"
        "overrides:\n  - files: ['programs/beginners/**']\n    rules:\n"
        "      max-back-exercises: {max: 2, template-max: 4, severity: warning}\n"
    )
    code, out, _ = run_cli("check", "--format", "json", "programs")
    findings = json.loads(out)
    assert [(f["path"], f["rule"], f["severity"]) for f in findings] == [
        ("programs/beginners/pull.yaml", "max-back-exercises", "warning"),
    ]
    assert "at most 2 back exercises per workout for beginner" in findings[0]["message"]
    assert code == 0


def test_a_partial_per_level_option_overrides_only_its_levels(repo: Path, run_cli: RunCli) -> None:
    program = (
        "program: P\nlevel: {level}\nwarmup: 6 min\nworkouts:\n  - name: A\n    exercises:\n"
        "      - exercise: seated cable row\n        sets: 3\n        reps: 10\n"
        "      - exercise: plank\n        sets: 3\n        hold: 30 s\n"
    )
    for level in ("beginner", "intermediate", "advanced"):
        (repo / f"{level}.yaml").write_text(program.format(level=level))
    (repo / ".trainlint.yaml").write_text(
        "select: [rep-range]\nrules:\n  rep-range:\n    min: {beginner: 12}\n"
    )
    code, out, _ = run_cli(
        "check", "--format", "json", "beginner.yaml", "intermediate.yaml", "advanced.yaml"
    )
    # 10 reps are under the beginner's configured 12, but inside the position stand's
    # novice 8-12 RM: one info finding, in the beginner's file only
    assert [(f["path"], f["line"], f["column"], f["severity"]) for f in json.loads(out)] == [
        ("beginner.yaml", 9, 15, "info")
    ]
    assert code == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "rules:\n  set-range:\n    min: {beginner: 4}\n",
            ".trainlint.yaml:3:5: error config set-range: 'min' is above 'max' for beginner "
            "(4 > 3); a range needs its low end at or below its high end",
        ),
        (
            "rules:\n  warmup:\n    min-minutes: 5\n    max-minutes: 4\n",
            ".trainlint.yaml:3:5: error config warmup: 'min-minutes' is above 'max-minutes' for "
            "beginner, intermediate, advanced (5 > 4); a range needs its low end at or below "
            "its high end",
        ),
        (
            "rules:\n  max-back-exercises: {max: 6}\n"
            "overrides:\n  - files: ['x/**']\n    rules:\n      set-range: {max: 1}\n",
            ".trainlint.yaml:2:24: error config max-back-exercises: 'max' is above "
            "'template-max' for beginner, intermediate, advanced (6 > 4); a range needs its low "
            "end at or below its high end",
        ),
    ],
)
def test_inverted_ranges_are_refused_where_configured(
    repo: Path, text: str, expected: str, run_cli: RunCli
) -> None:
    (repo / ".trainlint.yaml").write_text(text)
    code, out, err = run_cli("check", "programs/pull.yaml")
    assert code == 2
    assert out == ""
    assert err.splitlines()[0] == expected


def test_pyproject_section(repo: Path, run_cli: RunCli) -> None:
    (repo / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.trainlint]\nselect = ["set-range"]\nfail-on = "warning"\n'
    )
    _, out, _ = run_cli("check", "--format", "json", "programs/pull.yaml")
    assert {f["rule"] for f in json.loads(out)} == {"set-range"}


def test_config_is_found_upward_and_cli_overrides_it(
    repo: Path, monkeypatch: pytest.MonkeyPatch, run_cli: RunCli
) -> None:
    (repo / ".trainlint.yaml").write_text("select: [set-range]\n")
    monkeypatch.chdir(repo / "programs")
    _, out, _ = run_cli("check", "--format", "json", "pull.yaml")
    assert {f["rule"] for f in json.loads(out)} == {"set-range"}
    _, out, _ = run_cli("check", "--format", "json", "--select", "rep-range", "pull.yaml")
    assert {f["rule"] for f in json.loads(out)} == {"rep-range"}
    _, out, _ = run_cli("check", "--format", "json", "--isolated", "pull.yaml")
    assert len({f["rule"] for f in json.loads(out)}) > 2


def test_fail_on_from_config_and_cli(repo: Path, run_cli: RunCli) -> None:
    (repo / ".trainlint.yaml").write_text("select: [training-frequency]\nfail-on: warning\n")
    pull = repo / "programs" / "pull.yaml"  # the one session as the whole week: a warning
    text = pull.read_text().replace("\nworkouts:", "\nsessions-per-week: 1\nworkouts:")
    pull.write_text(text.replace("name: Pull day", "name: Session"))
    assert run_cli("check", "programs/pull.yaml")[0] == 1
    assert run_cli("check", "--fail-on", "error", "programs/pull.yaml")[0] == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "selct: [set-range]\n",
            ".trainlint.yaml:1:1: error config unknown key 'selct' (did you mean 'select'?)",
        ),
        (
            "rules:\n  max-back-exercise: warning\n",
            ".trainlint.yaml:2:3: error config unknown key 'max-back-exercise' (did you mean "
            "'max-back-exercises'?)",
        ),
        (
            "rules:\n  set-range:\n    mx: 3\n",
            ".trainlint.yaml:3:5: error config unknown key 'mx' (did you mean 'max'?)",
        ),
        (
            "rules:\n  set-range:\n    max: lots\n",
            ".trainlint.yaml:3:10: error config max must be a whole number, or a mapping of "
            "level (beginner, intermediate, advanced) to a whole number, got 'lots'",
        ),
        (
            "rules:\n  set-range: loud\n",
            ".trainlint.yaml:2:14: error config set-range must be a severity (error, warning, "
            "info or off) or a mapping with 'severity' and the rule's options, got 'loud'",
        ),
        (
            "fail-on: never\n",
            ".trainlint.yaml:1:10: error config fail-on must be one of: error, warning, info; "
            "got 'never'",
        ),
        (
            "select: [\n",
            ".trainlint.yaml:2:1: error config invalid YAML: expected the node "
            "content, but found '<stream end>'; while parsing a flow node",
        ),
    ],
)
def test_config_mistakes_are_positioned_with_exit_2(
    repo: Path, text: str, expected: str, run_cli: RunCli
) -> None:
    (repo / ".trainlint.yaml").write_text(text)
    code, out, err = run_cli("check", "programs/pull.yaml")
    assert code == 2
    assert out == ""
    assert err.splitlines()[0] == expected


def test_unknown_rule_in_select_is_an_error(repo: Path, run_cli: RunCli) -> None:
    (repo / ".trainlint.yaml").write_text("select: [set-rnage]\n")
    code, _, err = run_cli("check", "programs/pull.yaml")
    assert code == 2
    assert "set-rnage" in err


def test_config_command_shows_sources(repo: Path, run_cli: RunCli) -> None:
    (repo / ".trainlint.yaml").write_text(
        "fail-on: warning\nrules:\n  set-range:\n    severity: warning\n    max: 4\n"
    )
    code, out, _ = run_cli("config", "--format", "json")
    assert code == 0
    values = {row["key"]: (row["value"], row["source"]) for row in json.loads(out)}
    assert values["fail-on"] == ("warning", ".trainlint.yaml:1")
    assert values["rules.set-range.severity"] == ("warning", ".trainlint.yaml:4")
    assert values["rules.set-range.max"] == (4, ".trainlint.yaml:5")
    assert values["rules.set-range.min"] == (2, "default")
    assert values["rules.rep-range.severity"] == ("error", "default")
    code, out, _ = run_cli("config")
    assert "fail-on" in out and "# .trainlint.yaml:1" in out


def test_exclude_globs(repo: Path, run_cli: RunCli) -> None:
    (repo / ".trainlint.yaml").write_text("select: [set-range]\nexclude: ['beginners/']\n")
    _, out, _ = run_cli("check", "--format", "json")
    assert rules_in(out) == [("programs/pull.yaml", "set-range")]


def test_config_schema_is_valid_and_documented() -> None:
    from jsonschema import Draft202012Validator

    schema = json.loads((ROOT / "schemas" / "config.schema.json").read_text())
    Draft202012Validator.check_schema(schema)
    for key, prop in schema["properties"].items():
        assert "description" in prop, key
