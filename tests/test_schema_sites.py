"""Checking invalid programs by parts (``checker.schema_sites``) changes no finding.

:class:`checker.schema.SchemaValidator` checks an invalid program's containers with
jsonschema and the values at the schema's sites (exercise entries, custom exercises)
by their shape. These tests hold its findings, and the paths rules skip, to a plain
``Draft202012Validator`` run through the same wording, on programs with every kind of
slip, visited twice (the second visit is answered from the remembered shapes).
"""

from __future__ import annotations

import json
import random
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from checker.loader import Document, load_text
from checker.schema import SchemaValidator, program_schema
from checker.schema_messages import translate
from checker.schema_sites import INDEX, stubbed
from tests.test_schema_memo import all_invalid_sample
from tests.test_validators import _programs, _schema

pytest.importorskip("jsonschema_rs")

#: Slips in one exercise entry: (key, value), a value of None removes the key.
ENTRY_SLIPS: list[tuple[str, Any]] = [
    ("set", 3),
    ("rep", 8),
    ("Exercise", "squat"),
    ("sets", "three"),
    ("sets", 0),
    ("reps", "lots"),
    ("reps", [8]),
    ("load", "heavy"),
    ("rest", 5),
    ("tempo", "slow"),
    ("circuit", {"rounds": 2}),
    ("superset", {"exercises": []}),
    ("intervals", {"rounds": 0, "work": "hard"}),
    ("exercise", None),
    ("exercise", ""),
    ("per-side", "yes"),
]
#: Whole entries put in place of one.
ENTRIES: list[Any] = [
    "squat",
    None,
    [1, 2],
    {},
    {"excercise": "plank", "sets": 3},
    {"circuit": {"rounds": 3, "exercises": [{"exercise": "row", "set": 2}, {"exercise": "x"}]}},
    {"circuit": {"exercises": [{"exercise": "row"}]}},
    {"superset": {"sets": 3, "exercises": [{"exercise": "a"}, {"exercise": "b", "reps": "x"}]}},
    {"superset": {"sets": 3}, "exercise": "row"},
]


def _mutated(rng: random.Random, data: Any) -> Any:
    data = json.loads(json.dumps(data))
    workouts = data.get("workouts")
    if not isinstance(workouts, list) or not workouts:
        return data
    for _ in range(rng.randint(1, 4)):
        workout = rng.choice(workouts)
        entries = workout.get("exercises") if isinstance(workout, dict) else None
        if not isinstance(entries, list) or not entries:
            continue
        index = rng.randrange(len(entries))
        if rng.random() < 0.25:
            entries[index] = json.loads(json.dumps(rng.choice(ENTRIES)))
        elif isinstance(entries[index], dict):
            key, value = rng.choice(ENTRY_SLIPS)
            if value is None:
                entries[index].pop(key, None)
            else:
                entries[index][key] = value
    if rng.random() < 0.3:
        workouts[0]["exercise"] = workouts[0].pop("exercises", [])
    if rng.random() < 0.2:
        data["custom-exercises"] = [{"name": "x", "primary": ["quads", "neck"]}, {"nmae": "y"}]
    if rng.random() < 0.2:
        data["levle"] = "beginner"
    return data


def _documents() -> list[Document]:
    rng = random.Random(7)
    texts = [text for _, text in all_invalid_sample()]
    for data in _programs():
        texts.append(json.dumps(data, indent=1, ensure_ascii=False))
        texts.append(json.dumps(_mutated(rng, data), indent=1, ensure_ascii=False))
    documents = []
    for index, text in enumerate(texts):
        loaded = load_text(text, f"p{index}.yaml")
        if loaded.document is not None:
            documents.append(loaded.document)
    return documents


def _rendered(findings: list[Any]) -> list[str]:
    return [f"{f.line}:{f.column}-{f.end_line}:{f.end_column} {f.message}" for f in findings]


@pytest.mark.parametrize("plugins", [False, True], ids=["builtin", "with-plugins"])
def test_findings_by_parts_are_the_reference_ones(plugins: bool) -> None:
    schema = _schema(plugins)
    plain = Draft202012Validator(schema)
    validator = SchemaValidator(schema)
    documents = _documents()
    invalid = 0
    for visit in range(2):
        for document in documents:
            errors = list(plain.iter_errors(document.data))
            expected = translate(errors, document, schema)
            paths = frozenset(tuple(error.absolute_path) for error in errors)
            findings, found = validator.check(document)
            assert _rendered(findings) == _rendered(expected), (visit, document.path)
            assert found == paths, (visit, document.path)
            invalid += bool(errors)
    assert validator._site_checker() is not None
    assert invalid > 150, invalid


def test_the_sites_of_the_program_schema() -> None:
    stubs = stubbed(program_schema())
    assert stubs is not None
    containers, sites = stubs
    assert [(site.pattern, site.reference) for site in sites] == [
        (("custom-exercises", INDEX), "#/$defs/custom-exercise"),
        (("workouts", INDEX, "exercises", INDEX), "#/$defs/block"),
    ]
    assert containers["$defs"]["workout"]["properties"]["exercises"]["items"] is True
    assert program_schema()["$defs"]["workout"]["properties"]["exercises"]["items"] != True  # noqa: E712


def test_schemas_it_does_not_follow_have_no_sites() -> None:
    entry = {"type": "object", "additionalProperties": False, "properties": {"a": {}}}
    base = {"$defs": {"entry": entry}, "type": "object"}
    routed = {**base, "properties": {"list": {"items": {"$ref": "#/$defs/entry"}}}}
    assert stubbed(routed) is not None
    in_any = {**base, "properties": {"list": {"anyOf": [{"items": {"$ref": "#/$defs/entry"}}]}}}
    assert stubbed(in_any) is None
    recursive = {
        "$defs": {"node": {"properties": {"child": {"$ref": "#/$defs/node"}}}},
        "$ref": "#/$defs/node",
    }
    assert stubbed(recursive) is None
    open_entry = {**entry, "additionalProperties": {"type": "string"}}
    assert stubbed({**routed, "$defs": {"entry": open_entry}}) is None
