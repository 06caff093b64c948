"""jsonschema-rs (the fast validity check) and jsonschema (the reference) agree.

The fast check decides only whether a document is valid; every schema finding is
worded and placed from jsonschema's errors. So the two must give the same verdict on
every document, or a finding would be lost (fast says valid, reference disagrees) or
an empty check would run. ``test_schema_messages`` and ``test_rules`` run on both.
"""

from __future__ import annotations

import importlib.util
import json
import random
from typing import Any

import pytest

from checker.fast_schema import compile_fast
from checker.loader import load_text
from checker.schema import SchemaValidator, program_schema
from tests.conftest import ROOT, load_generator

jsonschema_rs = pytest.importorskip("jsonschema_rs")


def _schema(plugins: bool) -> dict[str, Any]:
    """The built-in schema, or the one extended with the fat-loss plugin's sections."""
    if not plugins:
        return program_schema()
    spec = importlib.util.spec_from_file_location(
        "fat_loss_schema",
        ROOT / "plugins" / "trainlint-fat-loss" / "src" / "trainlint_fat_loss" / "schema.py",
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return program_schema({"nutrition": module.NUTRITION, "cardio": module.CARDIO})


def _verdicts(data: Any, schema: dict[str, Any]) -> tuple[bool, bool]:
    """The fast verdict (the schema as trainlint compiles it, long patterns deferred,
    which must agree with the schema compiled whole) and the reference's."""
    from jsonschema import Draft202012Validator

    whole = jsonschema_rs.Draft202012Validator(schema).is_valid(data)
    fast = compile_fast(schema).is_valid(data)
    assert fast == whole, data
    reference = not any(True for _ in Draft202012Validator(schema).iter_errors(data))
    return fast, reference


MUTATIONS: list[tuple[str, Any]] = [
    ("sets", "three"),
    ("sets", 0),
    ("sets", 2.5),
    ("sets", True),
    ("reps", "8 - 12"),
    ("reps", "8–12"),
    ("reps", "max"),
    ("reps", "12-8"),
    ("reps", -1),
    ("hold", 30),
    ("hold", "30 s"),
    ("hold", "20-60 s"),
    ("hold", "30 secs"),
    ("load", "heavy"),
    ("load", "70% 1RM"),
    ("load", "RPE 8"),
    ("load", "bodyweight"),
    ("load", "95 lb"),
    ("rest", "2 min"),
    ("rest", "2 minutes"),
    ("rest", None),
    ("per-side", "yes"),
    ("tempo", "2-0-1-1"),
    ("notes", ""),
    ("rep", 8),
    ("exercise", ""),
    ("exercise", None),
    ("exercise", ["deadlift"]),
    # Patterns are written with [0-9] and an explicit whitespace class, so Python's
    # Unicode \\d and \\s and Rust's agree: other digits and spaces fail in both.
    ("reps", "\u0668-\u0661\u0662"),
    ("reps", "\uff18"),
    ("reps", "8\u00a0-\u00a012"),
    ("reps", "8\t-\t12"),
    ("reps", "8\u2003-12"),
    ("reps", "8\n-12"),
    ("hold", "30\u00a0s"),
    ("hold", "\u0663\u0660 s"),
    ("load", "70\u2009%\u20091RM"),
]


def _programs() -> list[Any]:
    generate = load_generator()
    rng = random.Random(11)
    documents = []
    for _ in range(60):
        loaded = load_text(generate.program(rng, rng.random() < 0.5), "p.yaml")
        if loaded.document is not None:
            documents.append(loaded.document.data)
    for path in sorted((ROOT / "examples").rglob("*.yaml")):
        loaded = load_text(path.read_text(encoding="utf-8"), str(path))
        if loaded.document is not None:
            documents.append(loaded.document.data)
    mutated = []
    for index, (key, value) in enumerate(MUTATIONS):
        # plain, mutable copies: the loader's data is read-only (checker.frozen)
        document = json.loads(json.dumps(documents[index % len(documents)]))
        first = document["workouts"][0]["exercises"][0]
        first[key] = value
        mutated.append(document)
    tops: list[tuple[str, Any]] = [
        ("level", "beginer"),
        ("weeks", 0),
        ("weeks", "8"),
        ("goal", "fat-loss"),
        ("goal", "bulk"),
        ("workouts", []),
        ("workouts", None),
        ("program", 3),
        ("nutrition", {"calorie-deficit": "400 kcal"}),
        ("extra", 1),
    ]
    for index, (key, value) in enumerate(tops):
        document = dict(documents[index % len(documents)])
        document[key] = value
        mutated.append(document)
    return documents + mutated


@pytest.mark.slow
@pytest.mark.parametrize("plugins", [False, True], ids=["builtin", "with-plugins"])
def test_fast_and_reference_validators_agree_on_every_program(plugins: bool) -> None:
    schema = _schema(plugins)
    programs = _programs()
    disagreements = []
    valid = invalid = 0
    for data in programs:
        fast, reference = _verdicts(data, schema)
        if fast != reference:
            disagreements.append((fast, reference, data))
        valid += reference
        invalid += not reference
    assert not disagreements, disagreements[:3]
    assert valid > 20 and invalid > 20, (valid, invalid)


def test_a_value_jsonschema_rs_cannot_take_falls_back_to_the_reference() -> None:
    loaded = load_text("program: P\nweeks: .nan\nworkouts: []\n", "p.yaml")
    assert loaded.document is not None
    validator = SchemaValidator(program_schema())
    assert validator.fast
    messages = [f.message for f in validator.validate(loaded.document)]
    assert "workouts must not be empty" in messages
    assert any(m.startswith("weeks must be") for m in messages), messages


def test_reference_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRAINLINT_SCHEMA", "reference")
    assert not SchemaValidator(program_schema()).fast
    monkeypatch.setenv("TRAINLINT_SCHEMA", "fast")
    assert SchemaValidator(program_schema()).fast


def test_fat_loss_sections_take_the_fast_path_too() -> None:
    schema = _schema(plugins=True)
    assert "nutrition" in schema["properties"]
    assert SchemaValidator(schema).fast
