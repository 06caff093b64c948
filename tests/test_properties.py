"""Property-based tests: any input gives findings, never a crash, always the same way.

For random bytes, random YAML-ish text and random structurally valid programs with
random values: no ``internal-error`` finding, every finding's position inside the file,
the same input always gives the same findings, and both composers agree. Bounded so the
whole module runs in well under a minute on 2 cores.
"""

from __future__ import annotations

import os
import string
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.engine import Engine
from checker.findings import Finding
from checker.settings import Settings
from tests.conftest import builtin_registry

BOUNDED = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _lint(raw: bytes, backend: str = "auto") -> list[Finding]:
    previous = os.environ.get("TRAINLINT_YAML")
    os.environ["TRAINLINT_YAML"] = backend
    try:
        return Engine(builtin_registry(), Settings()).lint_bytes(raw, "p.yaml")
    finally:
        if previous is None:
            os.environ.pop("TRAINLINT_YAML", None)
        else:
            os.environ["TRAINLINT_YAML"] = previous


def _check(raw: bytes) -> None:
    findings = _lint(raw)
    assert not [f for f in findings if f.rule == "internal-error"], findings
    text = raw.decode("utf-8", errors="replace")
    lines = text.splitlines() or [""]
    for finding in findings:
        assert 1 <= finding.line <= len(lines) + 1, (finding, len(lines))
        assert finding.column >= 1, finding
        if finding.end_line is not None:
            assert (finding.end_line, finding.end_column or 0) >= (finding.line, finding.column)
            assert finding.end_line <= len(lines) + 1, finding
    assert _lint(raw) == findings, "the same input gave different findings"
    assert _lint(raw, "pure") == findings, "the composers disagree"


@BOUNDED
@given(st.binary(max_size=400))
def test_random_bytes(raw: bytes) -> None:
    _check(raw)


_YAML_ALPHABET = string.ascii_letters + string.digits + " :-_#'\"[]{},&*!|>%@`?\n\t.~"


@BOUNDED
@given(st.text(alphabet=_YAML_ALPHABET, max_size=300))
def test_random_yaml_like_text(text: str) -> None:
    _check(text.encode("utf-8"))


_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.sampled_from(["8-12", "max", "30 s", "20-60 s", "2 min", "40 kg", "RPE 8", "70% 1RM"]),
    st.text(alphabet=string.ascii_letters + " -", max_size=20),
)
_exercise_names = st.sampled_from(
    ["deadlift", "plank", "lat pulldown", "barbell row", "bird dog", "squat", "pull-up", "xyz"]
)
_entries = st.fixed_dictionaries(
    {"exercise": _exercise_names},
    optional={
        "sets": st.one_of(st.integers(min_value=0, max_value=9), _scalars),
        "reps": _scalars,
        "hold": _scalars,
        "load": _scalars,
        "rest": _scalars,
        "per-side": st.one_of(st.booleans(), _scalars),
    },
)
_workouts = st.fixed_dictionaries(
    {"name": st.text(alphabet=string.ascii_letters, min_size=1, max_size=8)},
    optional={
        "warmup": st.one_of(st.sampled_from(["5 min", "8 min", "2 min"]), _scalars),
        "day": st.sampled_from(["monday", "tue", "funday"]),
        "exercises": st.lists(_entries, max_size=6),
    },
)
_programs = st.fixed_dictionaries(
    {"program": st.text(alphabet=string.ascii_letters + " ", min_size=1, max_size=20)},
    optional={
        "level": st.sampled_from(["beginner", "intermediate", "advanced", "expert"]),
        "goal": st.sampled_from(["strength", "fat-loss", "bulk"]),
        "weeks": st.one_of(st.integers(min_value=-2, max_value=60), _scalars),
        "workouts": st.lists(_workouts, max_size=4),
    },
)


def _dump(value: Any, indent: int = 0) -> str:
    """A small YAML writer for the generated programs (block style, quoted strings)."""
    pad = " " * indent
    if isinstance(value, dict):
        lines = []
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                lines.append(f"{pad}{key}:\n{_dump(item, indent + 2)}")
            else:
                lines.append(f"{pad}{key}: {_scalar(item)}")
        return "\n".join(lines)
    if isinstance(value, list):
        lines = []
        for item in value:
            body = _dump(item, indent + 2).lstrip() if isinstance(item, dict) else _scalar(item)
            lines.append(f"{pad}- {body}")
        return "\n".join(lines)
    return pad + _scalar(value)


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, (dict, list)):
        return "{}" if isinstance(value, dict) else "[]"
    return "'" + str(value).replace("'", "''") + "'"


@pytest.mark.slow
@BOUNDED
@given(_programs)
def test_random_structurally_valid_programs(program: dict[str, Any]) -> None:
    _check((_dump(program) + "\n").encode("utf-8"))
