"""Issue 13: what a name resolves to, in programs and on the command line."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from checker.testing import as_tuples, lint
from tests.conftest import CliResult, invoke_cli

pytestmark = pytest.mark.composers

PROGRAM = """\
program: P
workouts:
  - name: A
    warmup: 5 min
    exercises:
      - exercise: {name}
{prescription}"""


def _program(name: str, prescription: str) -> str:
    return PROGRAM.format(name=name, prescription=prescription)


def test_rowing_with_sets_is_a_back_exercise_and_timed_rowing_is_cardio() -> None:
    rows = _program("rowing", "        sets: 3\n        reps: 10\n")
    machine = _program("rowing", "        duration: 12 min\n")
    for text in (rows, machine):
        assert not lint(text, rules=["unknown-exercise"], plugins=False)
    three_rows = (
        "program: P\nlevel: beginner\nworkouts:\n  - name: A\n    warmup: 5 min\n    exercises:\n"
        + "".join(
            f"      - exercise: {name}\n        sets: 2\n        reps: 10\n"
            for name in ("rowing", "lat pulldown", "face pull")
        )
    )
    findings = lint(three_rows, rules=["max-back-exercises"], plugins=False)
    assert [f.rule for f in findings] == ["max-back-exercises"]
    timed = three_rows.replace(
        "rowing\n        sets: 2\n        reps: 10", "rowing\n        duration: 10 min"
    )
    assert not lint(timed, rules=["max-back-exercises"], plugins=False)


def test_modifier_names_are_judged_not_reported() -> None:
    for name in ("bodyweight push up", "leverage machine shoulder press", "band reverse fly"):
        text = _program(name, "        sets: 3\n        reps: 10\n")
        assert not lint(text, rules=["unknown-exercise"], plugins=False), name


def test_an_ambiguous_name_is_reported_with_its_candidates() -> None:
    text = _program("extension", "        sets: 3\n        reps: 10\n")
    findings = lint(text, rules=["unknown-exercise"], plugins=False)
    assert as_tuples(findings) == [
        (
            "unknown-exercise",
            6,
            19,
            "ambiguous exercise 'extension': it may mean 'Back Extension' or 'Leg Extension' "
            "or 'Overhead Triceps Extension'; write the fuller name",
        )
    ]


def test_a_push_up_is_never_offered_a_pull_up() -> None:
    text = _program("bodyweight push up jacks", "        sets: 3\n        reps: 10\n")
    findings = lint(text, rules=["unknown-exercise"], plugins=False)
    assert len(findings) == 1
    assert findings[0].message.startswith("unknown exercise 'bodyweight push up jacks'")
    assert "Pull-Up" not in findings[0].message


def test_a_custom_exercise_named_rowing_wins_over_the_ambiguity() -> None:
    text = (
        "program: P\ncustom-exercises:\n  - name: rowing\n    primary: [quads]\n"
        "workouts:\n  - name: A\n    warmup: 5 min\n    exercises:\n"
        "      - exercise: rowing\n        sets: 3\n        reps: 10\n"
    )
    assert not lint(text, rules=["unknown-exercise"], plugins=False)


def _exercises(*args: str) -> CliResult:
    return invoke_cli("exercises", *args)


def test_resolve_says_what_was_matched_and_why() -> None:
    code, out, _ = _exercises("--resolve", "band reverse fly")
    assert code == 0
    assert out.splitlines()[0] == (
        "'band reverse fly' is Reverse Fly (reverse-fly): exact name or alias "
        "('reverse fly'); 'band' taken as a modifier"
    )
    assert "  equipment: band" in out
    assert "  counts as: back exercise (a superficial back muscle is primary, 000:25-27)" in out


def test_resolve_rowing_with_and_without_a_prescription() -> None:
    code, out, _ = _exercises("--resolve", "rowing", "--prescribed", "sets")
    assert code == 0
    assert out.startswith("'rowing' is Cable Seated Row (cable-seated-row): ambiguous name")
    code, out, _ = _exercises("--resolve", "rowing", "--format", "json")
    data = json.loads(out)
    assert data["resolved"] == "rowing-machine"
    assert data["ambiguous"] is True
    assert data["candidates"] == ["rowing-machine", "cable-seated-row"]
    assert data["exercise"]["counts_as"] == "neither"


def test_resolve_a_name_that_matches_nothing() -> None:
    code, out, _ = _exercises("--resolve", "zzzz qqqq")
    assert code == 1
    assert out == "'zzzz qqqq' matches no exercise\n"


@pytest.mark.parametrize(
    ("name", "counts_as"),
    [("deadlift", "back"), ("plank", "deep-core"), ("romanian deadlift", "neither")],
)
def test_listing_says_back_deep_core_or_neither(name: str, counts_as: str) -> None:
    code, out, _ = _exercises(name, "--format", "json")
    assert code == 0
    [entry] = json.loads(out)
    assert entry["counts_as"] == counts_as
    assert entry["pattern"]


@pytest.mark.composers("auto")  # a real process: the loader is not its subject
@pytest.mark.slow
def test_resolve_in_a_real_process() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "checker", "exercises", "--resolve", "Lever Seated Row"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("'Lever Seated Row' is Machine Row (machine-row)")


# ---------------------------------------------------------------- editor completion


def test_packaged_schema_offers_the_builtin_names_as_examples() -> None:
    from pathlib import Path

    from checker.catalog import builtin_exercises, exercise_names

    schema = json.loads(
        (Path(__file__).parent.parent / "schemas" / "program.schema.json").read_text()
    )
    exercise = schema["$defs"]["exercise-entry"]["properties"]["exercise"]
    assert exercise["type"] == "string" and "enum" not in exercise and "anyOf" not in exercise
    assert exercise["examples"] == exercise_names(builtin_exercises())
    assert len(exercise["examples"]) >= 400


def test_schema_command_adds_plugin_exercises() -> None:
    from checker.catalog import Catalog, Exercise, builtin_exercises, exercise_names
    from checker.schema import program_schema, with_exercise_names

    catalog = Catalog(builtin_exercises())
    catalog.add(
        Exercise.from_mapping({"name": "Conan's Wheel", "primary": ["traps"]}, "dist-conan")
    )
    schema = with_exercise_names(program_schema(), exercise_names(catalog))
    names = schema["$defs"]["exercise-entry"]["properties"]["exercise"]["examples"]
    assert "Conan's Wheel" in names and "Deadlift" in names
    assert "examples" in schema["$defs"]["exercise-entry"]["properties"]["exercise"]
    packaged = program_schema()["$defs"]["exercise-entry"]["properties"]["exercise"]
    assert "Conan's Wheel" not in packaged["examples"]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("5", "exercise must be text, got 5"),
        ("''", "exercise must not be empty"),
    ],
)
def test_a_wrong_exercise_value_keeps_its_plain_message(value: str, message: str) -> None:
    text = f"program: P\nworkouts:\n  - name: A\n    exercises:\n      - exercise: {value}\n"
    findings = lint(text, rules=[], plugins=False)
    assert [f.message for f in findings if f.rule == "schema"] == [message]


def test_folded_keys_one_size_at_a_time_match_the_whole_catalog_refolded() -> None:
    """FoldedKeys builds the word-order and spacing maps one key size at a time; they
    answer every name as the maps of the whole catalog (``unambiguous``) do."""
    import random

    from checker.catalog import Catalog
    from checker.catalog_data import Exercise, _data
    from checker.catalog_folds import FoldedKeys
    from checker.catalog_names import _order_free, _squashed, unambiguous

    catalog = Catalog(Exercise.from_mapping(e) for e in _data("exercises.json")["exercises"])
    catalog.find("deadlift")  # builds the index
    by_key = catalog._by_key
    whole_words = unambiguous(by_key, _order_free)
    whole_letters = unambiguous(by_key, _squashed)
    folded = FoldedKeys(by_key)
    rng = random.Random(5)
    asked = 0
    for key in by_key:
        words = key.split()
        rng.shuffle(words)
        for name in (" ".join(words), key.replace(" ", ""), key + " x", "x " + key):
            assert folded.same_words(name) is whole_words.get(_order_free(name)), name
            assert folded.same_letters(name) is whole_letters.get(_squashed(name)), name
            asked += 1
    assert asked > 10_000
    # ambiguous folds stay unanswered: some keys share their words in another order
    assert len(whole_words) < len(by_key)
