"""The fast composer (libyaml) gives the same findings at the same positions as the pure one.

The test modules that load YAML run on both composers (``pytest.mark.composers``, see the
root ``conftest.py``); this one compares them directly over every example, the generated
benchmark corpus, the YAML test suite and a set of corner cases, and checks when the fast
path steps aside.
"""

from __future__ import annotations

import contextlib
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from checker import compose
from checker.findings import Finding
from tests.conftest import ROOT, SHARED, builtin_registry, load_generator

pytestmark = pytest.mark.skipif(
    not compose.fast_available(), reason="ruamel.yaml.clib is not installed: one composer only"
)

CORNERS = [
    "program: x\nlevel:\nworkouts:\n  - name: A\n    exercises:\n",
    "program: x\nworkouts: [{name: A, exercises: [{exercise: plank, sets: }]}]\n",
    "program: 'quoted\n  over lines'\nworkouts: []\n",
    'program: "a \\" escape"\nworkouts: []\n',
    "program: x\nnotes: |\n  a block\n  scalar\nworkouts: []\n",
    "program: x\nnotes: >-\n  folded\nworkouts: []\n",
    "program: &name x\nauthor: *name\nworkouts: []\n",
    "program: !!str 3\nworkouts: []\n",
    "program: !!python/object:os.system x\nworkouts: []\n",
    "%YAML 1.2\n---\nprogram: x\nworkouts: []\n",
    "program: x\n---\nprogram: y\n",
    "program: x\nworkouts:\n\t- name: A\n",
    "? program\n: x\nworkouts: []\n",
    "program: x\nprogram: y\nworkouts: []\n",
    "program: x\nworkouts:\n  - name: A\n     exercises: []\n",
    "program: [unclosed\nworkouts: []\n",
    "program: x\nweeks: 0x10\nlevel: yes\nworkouts: []\n",
    "program: é ü\nnotes: 'ä\n  ö'\nworkouts: [{name: ß, exercises: []}]\n",
    "- a list\n- not a mapping\n",
    "",
    "# only a comment\n",
    (
        "program: x\nworkouts:\n  - name: A\n    exercises:\n      - exercise: plank\n"
        "        hold: 30 s # trainlint: disable=hold-duration\n"
    ),
]


def _findings(raw: bytes, backend: str, monkeypatch: pytest.MonkeyPatch) -> list[Finding]:
    from checker.engine import Engine
    from checker.settings import Settings

    monkeypatch.setenv("TRAINLINT_YAML", backend)
    return Engine(builtin_registry(), Settings()).lint_bytes(raw, "program.yaml")


def _assert_same(raw: bytes, monkeypatch: pytest.MonkeyPatch, label: str) -> list[Finding]:
    fast = _findings(raw, "auto", monkeypatch)
    pure = _findings(raw, "pure", monkeypatch)
    assert fast == pure, f"{label}: the composers disagree"
    return fast


@pytest.mark.parametrize("text", CORNERS, ids=range(len(CORNERS)))
def test_corner_cases_give_the_same_findings(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _assert_same(text.encode(), monkeypatch, repr(text))


def test_examples_give_the_same_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    files = sorted((ROOT / "examples").rglob("*.yaml"))
    assert files
    for path in files:
        _assert_same(path.read_bytes(), monkeypatch, str(path))


@pytest.mark.slow
def test_generated_corpus_gives_the_same_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    generate = load_generator()
    rng = random.Random(7)
    seen_findings = 0
    for _ in range(150):
        text = generate.program(rng, rng.random() < 0.5)
        raw = text.encode()
        assert not compose.needs_pure(text), "a realistic program should take the fast path"
        seen_findings += len(_assert_same(raw, monkeypatch, text[:80]))
    assert seen_findings > 0, "the corpus with mistakes should give findings"


def _suite_cases() -> Iterator[Path]:
    suite = SHARED / "external" / "yaml-test-suite"
    if suite.is_dir():
        yield from sorted(p for p in suite.iterdir() if (p / "in.yaml").is_file())


@pytest.mark.slow
def test_yaml_test_suite_gives_the_same_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    cases = list(_suite_cases())
    if not cases:
        pytest.skip("../shared/external/yaml-test-suite is not available")
    fast_taken = 0
    for case in cases:
        raw = (case / "in.yaml").read_bytes()
        _assert_same(raw, monkeypatch, case.name)
        with contextlib.suppress(UnicodeDecodeError):
            fast_taken += not compose.needs_pure(raw.decode("utf-8"))
    # the suite is full of tags, anchors and block scalars; the rest must be compared
    assert fast_taken > 50, "the fast path should have been taken on a part of the suite"


@pytest.mark.parametrize(
    ("text", "pure"),
    [
        ("program: x\nworkouts: []\n", False),
        ("notes: squat > 100 kg, rest 2-3 min\n", False),
        ("notes: great job!\n", False),
        ("notes: |\n  text\n", True),
        ("notes: >+ # keep\n  text\n", True),
        ("a: &x 1\n", True),
        ("a: *x\n", True),
        ("a: !!str 1\n", True),
        ("a:\tb\n", True),
        ("--- \na: 1\n", True),
        ("%YAML 1.2\n---\n", True),
        ("? a\n: b\n", True),
        ('a: "\\t"\n', True),
        ("- [a: b]\n", True),
        ("key:  # a comment\n  # on two lines\n  value\n", True),
        ("exercises:  # main lifts\n  - exercise: deadlift\n", False),
        ("intervals: {rounds: 6, work: 45 s}\n", False),
        ("[" * 3000 + "]" * 3000, True),
        ("a: " + "x" * 3000 + "\n", True),
    ],
)
def test_when_the_fast_path_steps_aside(text: str, pure: bool) -> None:
    assert compose.needs_pure(text) is pure


@pytest.mark.slow
def test_deep_flow_nesting_is_a_finding_not_a_crash_of_the_c_composer() -> None:
    # libyaml's composer recurses on the C stack and would take the process down
    # (SIGSEGV) at this depth; it must never be given such text.
    env = {**os.environ, "TRAINLINT_YAML": "auto"}
    code = (
        "from checker.loader import load_text\n"
        "r = load_text('a: ' + '[' * 200000 + ']' * 200000, 'deep.yaml')\n"
        "print(r.findings[0].rule, r.findings[0].message)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("syntax "), result.stdout


def test_past_the_size_cap_libyaml_reads_every_construct() -> None:
    """The pure composer is exact but slow (up to 30 us a byte): only text of at most
    PURE_MAX_BYTES goes to it for exactness. Deep nesting goes to it at any size,
    because libyaml would recurse on the C stack."""
    padding = "# padding for size\n" * (compose.PURE_MAX_BYTES // 19 + 1)
    for construct in ("notes: |\n  text\n", "a: &x 1\nb: *x\n", "a:\tb\n", "? a\n: b\n"):
        assert compose.needs_pure(construct)
        assert not compose.needs_pure(construct + padding), construct
    deep = "[" * 3000 + "]" * 3000 + "\n"
    assert compose.needs_pure(deep + padding)


def test_a_large_program_with_block_scalars_and_anchors_is_linted_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    program = (
        "program: x\nlevel: &level beginner\nnotes: |\n  a block\n  scalar\nworkouts:\n"
        "  - name: A\n    exercises:\n      - exercise: deadlift\n        sets: 3\n"
        "        reps: 30\n"
    )
    padding = "# padding for size\n" * (compose.PURE_MAX_BYTES // 19 + 1)
    small = _findings(program.encode(), "auto", monkeypatch)
    large = _findings((program + padding).encode(), "auto", monkeypatch)
    assert small, "the program has mistakes to find"
    assert [(f.rule, f.line, f.column, f.message) for f in large] == [
        (f.rule, f.line, f.column, f.message) for f in small
    ]


@pytest.mark.skipif(not compose.fast_available(), reason="ruamel.yaml.clib is not installed")
def test_the_fast_composers_nodes_are_ruamels_and_its_classes_are_given_back() -> None:
    import _ruamel_yaml
    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

    before = (_ruamel_yaml.ScalarNode, _ruamel_yaml.SequenceNode, _ruamel_yaml.MappingNode)
    root = compose.compose_fast("sets: 3\nname: x\nlist: [1, yes]\n")
    assert isinstance(root, MappingNode)
    (_, v1), (_, v2), (k3, v3) = root.value
    assert isinstance(v1, ScalarNode) and isinstance(v3, SequenceNode)
    assert (v1.tag, v2.tag, k3.tag) == (
        "tag:yaml.org,2002:int",
        "tag:yaml.org,2002:str",
        "tag:yaml.org,2002:str",
    )
    # YAML 1.2: 'yes' is text, and remembered resolutions stay per text
    assert [node.tag for node in v3.value] == ["tag:yaml.org,2002:int", "tag:yaml.org,2002:str"]
    assert (v1.start_mark.line, v1.start_mark.column, v1.end_mark.column) == (0, 6, 7)
    assert (v1.style, v1.comment, v1.anchor, v3.flow_style) == ("", None, None, True)
    # the compiled composer's own classes are back once the text is composed, and after
    # a syntax error too
    assert (_ruamel_yaml.ScalarNode, _ruamel_yaml.SequenceNode, _ruamel_yaml.MappingNode) == before
    with pytest.raises(Exception, match="mapping values are not allowed"):
        compose.compose_fast("a: b: c\n")
    assert (_ruamel_yaml.ScalarNode, _ruamel_yaml.SequenceNode, _ruamel_yaml.MappingNode) == before
