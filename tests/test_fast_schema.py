"""The schema as jsonschema-rs compiles it (:mod:`checker.fast_schema`): long patterns
deferred behind quick ones, with the same verdicts as the schema compiled whole."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import fast_schema
from checker.fast_schema import LONG, QUICK, DeferredPattern, compile_fast, fast_form
from checker.loader import load_text
from checker.schema import program_schema
from tests.conftest import ROOT

jsonschema_rs = pytest.importorskip("jsonschema_rs")


def _at(pointer: str) -> Any:
    node: Any = program_schema()
    for part in pointer.split("/")[1:]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def _long_patterns(node: Any) -> list[str]:
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str) and len(value) > LONG:
                found.append(value)
            elif key not in ("const", "enum", "examples", "default"):
                found.extend(_long_patterns(value))
    elif isinstance(node, list):
        for item in node:
            found.extend(_long_patterns(item))
    return found


def test_every_quick_pattern_sits_on_a_long_pattern_of_the_schema() -> None:
    for pointer, quick in QUICK.items():
        long = _at(pointer)
        assert isinstance(long, str) and len(long) > LONG, pointer
        assert quick.startswith("^") and quick.endswith("$") and quick.isascii(), pointer
    # every long pattern of the packaged schema has its quick one
    assert len(set(_long_patterns(program_schema()))) == len(QUICK)


@pytest.mark.parametrize("pointer", sorted(QUICK))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_quick_pattern_accepts_only_what_its_long_pattern_accepts(
    pointer: str, data: st.DataObject
) -> None:
    value = data.draw(st.from_regex(QUICK[pointer], fullmatch=True))
    long = _at(pointer)
    assert jsonschema_rs.Draft202012Validator({"pattern": long}).is_valid(value), value
    assert re.search(long, value), value  # as jsonschema, the reference, reads it


@pytest.mark.parametrize(
    "value",
    [
        "8-12",
        "8 - 12",
        "8–12",
        "12-8",
        "5+",
        "max",
        "80 kg",
        "80kg",
        "80",
        "heavy",
        "RPE 8",
        "RPE",
        "70% 1RM",
        "bodyweight",
        "bodywieght",
        "30 s",
        "30",
        "20-60 s",
        "1:30",
        "3-1-1-0",
        "31X0",
        "400 m",
        "400",
        "",
        " ",
        "8\u00a0-\u00a012",
        "\u0663\u0660 s",
        "8\n-12",
        "x" * 300,
    ],
)
def test_each_long_pattern_deferred_gives_the_verdict_of_the_pattern_itself(value: str) -> None:
    for pointer in QUICK:
        long = _at(pointer)
        whole = jsonschema_rs.Draft202012Validator({"type": "string", "pattern": long})
        deferred = compile_fast({"type": "string", "pattern": long})
        assert deferred.is_valid(value) == whole.is_valid(value), (pointer, value)


def test_common_values_never_compile_the_long_patterns() -> None:
    """The point of the module: a program of common values leaves the long patterns
    uncompiled (a fresh check per pattern here, not the process-wide ones)."""
    text = (ROOT / "examples" / "strong-back-beginner.yaml").read_text(encoding="utf-8")
    loaded = load_text(text, "p.yaml")
    assert loaded.document is not None
    data = json.loads(json.dumps(loaded.document.data))
    checks = {
        name: DeferredPattern(check.pattern)  # type: ignore[attr-defined]
        for name, check in fast_schema.FORMATS.items()
    }
    schema = fast_form(program_schema())
    validator = jsonschema_rs.Draft202012Validator(schema, formats=checks, validate_formats=True)
    assert validator.is_valid(data)
    compiled = [c.pattern[:30] for c in checks.values() if c._check is not None]
    assert compiled == []
    data["workouts"][0]["exercises"][0]["load"] = "40 kg, then 45 kg x 3"
    assert validator.is_valid(data)
    compiled = [c.pattern[:30] for c in checks.values() if c._check is not None]
    assert len(compiled) == 1


def test_fast_form_copies_only_what_it_changes() -> None:
    schema = program_schema()
    before = json.dumps(schema, sort_keys=True)
    form = fast_form(schema)
    assert json.dumps(schema, sort_keys=True) == before  # the schema is not changed
    assert "pattern" not in form["$defs"]["load"]
    assert form["$defs"]["workout"] is schema["$defs"]["workout"] or (
        _long_patterns(schema["$defs"]["workout"])
    )
    assert form["properties"]["level"] is schema["properties"]["level"]
    # a pattern in a value (an example, a const) is not a schema
    value = {"const": {"pattern": "x" * (LONG + 1)}}
    assert fast_form(value) is value


def test_a_plugin_pattern_is_deferred_without_a_quick_pattern() -> None:
    long = "^(" + "|".join(f"word{i}" for i in range(40)) + ")$"
    form = fast_form({"type": "string", "pattern": long})
    assert "pattern" not in form
    (check,) = form["allOf"]
    assert set(check) == {"format"}
    validator = compile_fast({"type": "string", "pattern": long})
    assert validator.is_valid("word7") and not validator.is_valid("word77")


def test_a_pattern_jsonschema_rs_cannot_compile_fails_the_value_not_the_run() -> None:
    bad = "(" * 3 + "x" * LONG
    validator = compile_fast({"type": "string", "pattern": bad})
    with pytest.raises(Exception):  # noqa: B017 (jsonschema-rs's own error)
        validator.is_valid("x")


def test_the_answers_remembered_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fast_schema, "MAX_REMEMBERED", 5)
    check = DeferredPattern("^a+$")
    for n in range(1, 20):
        assert check("a" * n)
    assert not check("b")
    assert len(check._answers) <= 5
