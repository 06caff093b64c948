"""A generator of hostile program files: what a stranger could put in a pull request.

Each generator takes a size in bytes (kept under it, so every file is within
``max-file-size`` when ``size`` is) and returns the file's bytes. Used by
``tests/test_hardening.py`` (small sizes) and by ``benchmarks/hostile.py`` (files just
under the 2 MiB default, for the worst cases in docs/security.md).
"""

from __future__ import annotations

import json
from collections.abc import Callable

HEAD = "program: Hostile\nlevel: beginner\n"


def _fill(unit: str, size: int, head: str = "", tail: str = "") -> str:
    room = max(0, size - len(head.encode()) - len(tail.encode()) - 16)
    count = max(1, room // max(1, len(unit.encode())))
    return head + unit * count + tail


def deep_compact(brk: str) -> Callable[[int], bytes]:
    def generate(size: int) -> bytes:
        return _fill("- ", size, HEAD.replace("\n", brk) + "notes:" + brk, "x" + brk).encode()

    return generate


def deep_flow(size: int) -> bytes:
    half = max(1, (size - 64) // 2)
    return (HEAD + "notes: " + "[" * half + "]" * half + "\n").encode()


def deep_indent(size: int) -> bytes:
    lines = []
    total = len(HEAD)
    level = 0
    while True:
        line = " " * level + "- a:\n"
        if total + len(line) > size - 64:
            break
        lines.append(line)
        total += len(line)
        level += 2
        if level > 2000:
            level = 0
    return (HEAD + "notes:\n" + "".join(lines)).encode()


def aliased_quoted(size: int) -> bytes:
    body = "".join(f"  w{i}\n" for i in range(200))
    head = HEAD + 'x: &x "start\n' + body + '  end"\nnotes:\n'
    return _fill("  - *x\n", size, head).encode()


def merge_keys(size: int) -> bytes:
    head = HEAD + "base: &b {p: 1, q: 2, r: 3}\nitems:\n"
    return _fill("  - {<<: *b, s: 4}\n", size, head).encode()


def alias_bomb(size: int) -> bytes:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for index in range(1, 9):
        prev, name = chr(ord("a") + index - 1), chr(ord("a") + index)
        lines.append(f"{name}: &{name} [" + ", ".join(f"*{prev}" for _ in range(9)) + "]")
    return (HEAD + "\n".join(lines) + "\nworkouts: *i\n").encode()


def dense_flow(size: int) -> bytes:
    return _fill("{a: b}, ", size, HEAD + "notes: [", "{}]\nworkouts: []\n").encode()


def crlf_workouts(size: int) -> bytes:
    unit = "  - name: d\r\n    exercises: []\r\n"
    return _fill(unit, size, HEAD.replace("\n", "\r\n") + "workouts:\r\n").encode()


def cr_exercises(size: int) -> bytes:
    head = HEAD.replace("\n", "\r") + "workouts:\r  - name: a\r    exercises:\r"
    return _fill("      - exercise: squat\r", size, head).encode()


def huge_numbers(size: int) -> bytes:
    nines = "9" * 400
    entry = (
        f"      - exercise: plank\n        sets: {nines}\n        hold: {nines} s\n"
        f'        reps: "{"9" * 5000}"\n        rest: {nines}.5 min\n'
    )
    head = HEAD + "workouts:\n  - name: Day A\n    warmup: " + nines + " min\n    exercises:\n"
    return (head + entry * max(1, min(90, (size - len(head)) // len(entry)))).encode()


def controls_and_surrogates(size: int) -> bytes:
    values = ["\x1b]0;pwned\x07", "x\nfake.yaml:1:1: error syntax fake", "\u202eevil", "\ud800"]
    lines = [f"{json.dumps(v)}: {json.dumps(v)}" for v in values]
    text = HEAD + "\n".join(lines) + "\nworkouts:\n  - name: " + json.dumps("\x1b[2J") + "\n"
    return text.encode("utf-8")


def tags(size: int) -> bytes:
    return _fill("- !!python/object/apply:os.system ['true']\n", size, HEAD + "notes:\n").encode()


def duplicate_keys(size: int) -> bytes:
    return _fill("k: v\n", size, HEAD).encode()


def long_scalar(size: int) -> bytes:
    return _fill("word ", size, HEAD + "notes: ", "\nworkouts: []\n").encode()


def spaced_values(size: int) -> bytes:
    """Values that start like a prescription and trail a long run of blanks before junk:
    the patterns of reps, hold, rest and load must not backtrack over the run."""
    run = max(1, (size - 400) // 8)
    entry = '      - exercise: plank\n        sets: 3\n        {key}: "{head}{blanks}{junk}"\n'
    body = "".join(
        entry.format(key=key, head=head, blanks=blanks * (run // len(blanks)), junk=junk)
        for key, head, blanks, junk in (
            ("reps", "8", "\t", "x"),
            ("hold", "30 s per", " ", "x"),
            ("rest", "2 min", "\t ", "x"),
            ("load", "40 kg", " -", "x"),
            # an effort in words, blanks, then a control character (a YAML escape)
            ("load", "heavy", " ", "\\x01"),
        )
    )
    return (HEAD + "workouts:\n  - name: A\n    exercises:\n" + body).encode()


def binary(size: int) -> bytes:
    return HEAD.encode() + b"\x00\xff" * max(1, (size - 64) // 2)


def not_utf8(size: int) -> bytes:
    return HEAD.encode() + b"notes: caf\xe9\n" * max(1, (size - 64) // 12)


GENERATORS: dict[str, Callable[[int], bytes]] = {
    **{
        f"deep-compact-{name}": deep_compact(brk)
        for name, brk in (
            ("lf", "\n"),
            ("cr", "\r"),
            ("crlf", "\r\n"),
            ("nel", "\x85"),
            ("ls", "\u2028"),
            ("ps", "\u2029"),
        )
    },
    "deep-flow": deep_flow,
    "deep-indent": deep_indent,
    "aliased-quoted": aliased_quoted,
    "merge-keys": merge_keys,
    "alias-bomb": alias_bomb,
    "dense-flow": dense_flow,
    "crlf-workouts": crlf_workouts,
    "cr-exercises": cr_exercises,
    "huge-numbers": huge_numbers,
    "controls-and-surrogates": controls_and_surrogates,
    "tags": tags,
    "duplicate-keys": duplicate_keys,
    "long-scalar": long_scalar,
    "spaced-values": spaced_values,
    "binary": binary,
    "not-utf8": not_utf8,
}
