"""The memoizing reference validator (``checker.schema_memo``) changes no finding.

Schema-invalid programs are validated by jsonschema with the errors of ``$ref`` values
remembered, and their wording remembered too (``checker.schema_messages``). These
tests hold both to a plain ``Draft202012Validator``: the same errors, the same
findings, on the first visit of a value and on later ones, and the findings of a
sample of the all-invalid benchmark corpus (every ``sets:`` misspelt ``set:``) to the
ones recorded before the memo existed (``fixtures/all-invalid-findings.txt``).
"""

from __future__ import annotations

import random
import re
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from checker.loader import Document, load_text
from checker.schema import SchemaValidator, program_schema
from checker.schema_memo import memoizing_validator
from checker.schema_messages import translate
from tests.conftest import ROOT, load_generator
from tests.test_validators import _programs, _schema

#: Extra slips, one per program of the sample: (text to find, replacement).
SLIPS = [
    ("        reps:", "        reps: 8 x 12\n        ignored:"),
    ("      - exercise:", "      - excercise:"),
    ("        set: 3", "        set: three"),
    ("        set: 2", "        set: 2\n        circuit: {rounds: 0}"),
    ("level:", "level: beginer\nlevle:"),
    ("        reps:", "        hold: 30\n        reps:"),
]


def all_invalid_sample() -> list[tuple[str, str]]:
    """Eight benchmark programs with every ``sets:`` misspelt, some with one more slip."""
    generate = load_generator()
    rng = random.Random(18)
    texts = []
    for index in range(8):
        text = re.sub(r"(?m)^(\s+)sets:", r"\1set:", generate.program(rng, index % 3 == 0))
        if index < len(SLIPS):
            old, new = SLIPS[index]
            text = text.replace(old, new, 1)
        texts.append((f"p{index}.yaml", text))
    return texts


def _document(text: str, name: str) -> Document:
    loaded = load_text(text, name)
    assert loaded.document is not None
    return loaded.document


def _rendered(validator: SchemaValidator, name: str, text: str) -> list[str]:
    return [
        f"{name}:{f.line}:{f.column}: {f.message}"
        for f in validator.validate(_document(text, name))
    ]


def test_the_all_invalid_sample_keeps_its_findings() -> None:
    expected = (ROOT / "tests" / "fixtures" / "all-invalid-findings.txt").read_text("utf-8")
    validator = SchemaValidator(program_schema())
    for visit in range(2):  # the second visit is answered from the memo
        lines = [
            line for name, text in all_invalid_sample() for line in _rendered(validator, name, text)
        ]
        assert "\n".join(lines) + "\n" == expected, visit
    assert "p1.yaml:18:9: unknown key 'set' (did you mean 'sets'?)" in lines
    assert "p1.yaml:12:9: unknown key 'excercise' (did you mean 'exercise'?)" in lines


def _summary(error: Any, top: bool = True) -> tuple[Any, ...]:
    # (the errors of the alternatives are shared between remembered copies, so their
    # parent links lead to the first copy: messages walk them from the top instead)
    return (
        error.message,
        error.validator,
        repr(error.validator_value),
        tuple(error.absolute_path if top else error.relative_path),
        tuple(error.relative_schema_path),
        repr(error.instance),
        [_summary(sub, top=False) for sub in error.context],
    )


@pytest.mark.parametrize("plugins", [False, True], ids=["builtin", "with-plugins"])
def test_remembered_errors_and_findings_are_the_reference_ones(plugins: bool) -> None:
    schema = _schema(plugins)
    reference = Draft202012Validator(schema)
    memo = memoizing_validator(schema)
    documents = [_document(text, name) for name, text in all_invalid_sample()]
    data = [document.data for document in documents] + _programs()
    invalid = 0
    for visit in range(2):
        for index, instance in enumerate(data):
            plain = list(reference.iter_errors(instance))
            remembered = list(memo.iter_errors(instance))
            assert [_summary(e) for e in remembered] == [_summary(e) for e in plain], (
                visit,
                index,
            )
            invalid += bool(plain)
            if index < len(documents):
                document = documents[index]
                assert translate(remembered, document, schema) == translate(plain, document, schema)
    assert invalid > 40, invalid


def test_findings_that_name_the_value_are_not_reused_elsewhere() -> None:
    # the same invalid entry first and third: its message names "exercise entry 1"/"3"
    entry = "      - {exercise: row, circuit: {rounds: 2, exercises: []}}\n"
    text = (
        "program: P\nworkouts:\n  - name: A\n    exercises:\n"
        + entry
        + "      - exercise: plank\n"
        + entry
    )
    validator = SchemaValidator(program_schema())
    for _ in range(2):
        messages = [f.message for f in validator.validate(_document(text, "p.yaml"))]
        assert [m.split(" mixes")[0] for m in messages] == ["exercise entry 1", "exercise entry 3"]
