"""The loader: plain data, positions, and a finding (never a crash) for bad input."""

from __future__ import annotations

import pytest

from checker.findings import Span
from checker.loader import Limits, load_bytes, load_text
from checker.testing import lint

pytestmark = pytest.mark.composers

SOURCE = """\
# yaml-language-server: $schema=../schemas/program.schema.json
program: Test   # a comment
workouts:
  - name: "Day A"
    exercises:
      - exercise: deadlift
        sets: 3
        reps: 8-10
        load: {weight: 40 kg}
"""


def test_data_is_plain_python() -> None:
    result = load_text(SOURCE, "p.yaml")
    assert result.findings == []
    assert result.document is not None
    data = result.document.data
    assert data["workouts"][0]["exercises"][0] == {
        "exercise": "deadlift",
        "sets": 3,
        "reps": "8-10",
        "load": {"weight": "40 kg"},
    }
    assert type(data["program"]) is str
    assert type(data["workouts"][0]["exercises"][0]["sets"]) is int


def test_positions_of_keys_and_values() -> None:
    document = load_text(SOURCE, "p.yaml").document
    assert document is not None
    path = ("workouts", 0, "exercises", 0, "sets")
    assert document.key_span(path) == Span(7, 9, 7, 13)
    assert document.value_span(path) == Span(7, 15, 7, 16)
    assert document.value_span(("workouts", 0, "name")) == Span(4, 11, 4, 18)
    # a sequence item has no key: its span is the item's own start
    assert document.key_span(("workouts", 0, "exercises", 0)).line == 6
    # a missing path falls back to its nearest ancestor
    assert document.value_span(("workouts", 0, "exercises", 0, "nope")).line == 6


def test_dates_and_yaml11_words_stay_text() -> None:
    document = load_text("program: 2024-01-01\nlevel: on\nweeks: 010\n", "p").document
    assert document is not None
    assert document.data == {"program": "2024-01-01", "level": "on", "weeks": 10}


def test_merge_keys_and_aliases_are_expanded() -> None:
    text = "base: &b {sets: 3, reps: 8}\nx:\n  <<: *b\n  reps: 10\n"
    document = load_text(text, "p").document
    assert document is not None
    assert document.data["x"] == {"sets": 3, "reps": 10}
    assert document.value_span(("x", "sets")) == Span(1, 17, 1, 18)


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        ("", 1, 1, "the file is empty: a program needs at least 'program' and 'workouts'"),
        (
            "# nothing\n",
            1,
            1,
            "the file is empty: a program needs at least 'program' and 'workouts'",
        ),
        (
            "- a\n- b\n",
            1,
            1,
            "a program must be a mapping of keys such as 'program:' and "
            "'workouts:', but this file holds a list",
        ),
        (
            "just text\n",
            1,
            1,
            "a program must be a mapping of keys such as 'program:' and "
            "'workouts:', but this file holds the text 'just text'",
        ),
        (
            "a: 1\nb: 2\na: 3\n",
            3,
            1,
            "duplicate key 'a' (first defined on line 1); a key may appear only once in a mapping",
        ),
        (
            "a: !!python/object/apply:os.system [ls]\n",
            1,
            4,
            "tag '!!python/object/apply:os.system' is not allowed: trainlint never builds objects "
            "from tags; remove the tag",
        ),
        (
            "a: !include other.yaml\n",
            1,
            4,
            "tag '!include' is not allowed: trainlint never builds objects from tags; "
            "remove the tag",
        ),
        ("a: &x [*x]\n", 1, 4, "recursive alias: an anchor refers to itself"),
        (
            "a: 1\n---\nb: 2\n",
            2,
            1,
            "only one YAML document per program file is allowed (found a second '---')",
        ),
        (
            "a: [1, 2\n",
            2,
            1,
            "invalid YAML: expected ',' or ']', but got '<stream end>'; "
            "while parsing a flow sequence",
        ),
        # issue 15: the parser's words for a coach's slips are replaced by plain ones
        ("a:\n\tb: 1\n", 2, 1, "invalid YAML: tabs cannot indent YAML; use spaces"),
        (
            "w:\n  - exercise: plank\n    hold: 30 s\n  sets: 3\n",
            4,
            3,
            "invalid YAML: this line is indented wrongly: line a key up exactly under the "
            "other keys of its mapping, and a '- ' item under the other items of its list",
        ),
        (
            "w:\n  - exercise: plank\n    hold: 30 s\n   sets: 3\n",
            4,
            4,
            "invalid YAML: this line is indented wrongly: line a key up exactly under the "
            "other keys of its mapping, and a '- ' item under the other items of its list",
        ),
        (
            "program: x\n workouts: []\n",
            2,
            10,
            "invalid YAML: unexpected ':' here: if this line starts a key, indent it exactly "
            "like the keys above it; if the ':' belongs to a value, put the value in quotes",
        ),
        ("? [a]\n: 1\n", 1, 3, "a key must be plain text, not a list or mapping"),
    ],
)
def test_bad_yaml_gives_one_positioned_finding(
    text: str, line: int, column: int, message: str
) -> None:
    result = load_text(text, "p.yaml")
    assert [(f.rule, f.line, f.column, f.message) for f in result.findings] == [
        ("syntax", line, column, message)
    ]


@pytest.mark.parametrize(
    ("raw", "line", "column", "message"),
    [
        (
            b"program: x\x00\x01\x02",
            1,
            11,
            "binary file: this is not a YAML program (it contains a NUL byte)",
        ),
        (
            b"program: ok\nname: caf\xe9\n",
            2,
            10,
            "file is not valid UTF-8 (byte 0xe9); save it as UTF-8",
        ),
    ],
)
def test_undecodable_bytes(raw: bytes, line: int, column: int, message: str) -> None:
    result = load_bytes(raw, "p.yaml")
    assert result.document is None
    assert [(f.line, f.column, f.message) for f in result.findings] == [(line, column, message)]


def test_utf8_bom_and_utf16_are_read() -> None:
    assert load_bytes(b"\xef\xbb\xbfprogram: x\n", "p").document is not None
    utf16 = "program: x\n".encode("utf-16")
    result = load_bytes(utf16, "p")
    assert result.document is not None
    assert result.document.data == {"program": "x"}


def test_oversized_file_is_refused() -> None:
    result = load_bytes(b"a: 1\n" * 100, "p", Limits(max_bytes=100))
    assert [f.message for f in result.findings] == [
        "file is 500 bytes, over the limit of 100 bytes "
        "(raise 'max-file-size' in the configuration if this program is real)"
    ]


def billion_laughs(levels: int = 9) -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    previous = "a"
    for name in "bcdefghijklmnop"[: levels - 1]:
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
        previous = name
    return "\n".join(lines) + "\n"


def test_alias_bomb_is_refused_quickly() -> None:
    result = load_text(billion_laughs(), "bomb.yaml")
    assert result.document is None
    assert [(f.rule, f.line, f.message) for f in result.findings] == [
        (
            "syntax",
            1,
            "aliases expand to more than 10,000 nodes; refusing to expand them "
            "(this looks like an alias bomb)",
        )
    ]


def test_deep_nesting_is_a_finding() -> None:
    result = load_text("a: " + "[" * 5000 + "]" * 5000 + "\n", "deep.yaml")
    assert result.document is None
    assert len(result.findings) == 1
    assert result.findings[0].rule == "syntax"
    assert "nest" in result.findings[0].message


@pytest.mark.composers()
def test_a_folded_scalar_is_the_text_yaml_means() -> None:
    # ruamel's round-trip composer marks each fold with a BEL; the value has none, as
    # libyaml's has none, so notes read across a line fold ("part of / your program")
    text = (
        "program: P\nnotes: >\n  part of\n  your regular\n  training\n\n  next\n"
        "tip: >-\n  one\n    two\n  three\nworkouts: []\n"
    )
    result = load_text(text, "p.yaml")
    assert result.document is not None
    data = result.document.data
    assert data["notes"] == "part of your regular training\nnext\n"
    assert data["tip"] == "one\n  two\nthree"


@pytest.mark.composers()
def test_notes_are_read_across_a_line_fold() -> None:
    # 'No / warm-up ... written' folded over two lines: the program is silent (info)
    text = (
        "program: P\nnotes: >\n  Two full-body days. No\n  warm-up or rest periods are "
        "written.\nworkouts:\n  - name: A\n    exercises:\n      - exercise: goblet squat\n"
        "        sets: 3\n        reps: 10\n  - name: B\n    exercises:\n"
        "      - exercise: push-up\n        sets: 3\n        reps: 10\n"
    )
    found = [f for f in lint(text, rules=["warmup"], plugins=False) if f.rule == "warmup"]
    assert [(f.line, f.severity.label) for f in found] == [(5, "info")]
