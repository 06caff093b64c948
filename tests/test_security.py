"""What trainlint promises about untrusted program files (docs/security.md).

A real ``trainlint check`` runs with a Python audit hook (inherited by the forked
workers) that records every network call and every file it opens for writing,
renames, removes or creates: there must be no network call at all, and nothing
written outside the cache directory.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

HOOK = r"""
import os, sys

WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC

def hook(event, args):
    if event.startswith(("socket.", "urllib.", "http.", "ftplib.", "smtplib.", "webbrowser")):
        os.write(2, f"AUDIT network {event}\n".encode())
    elif event == "open":
        path, mode, flags = args
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & WRITE_FLAGS
        )
        if writing and isinstance(path, (str, bytes)):
            os.write(2, f"AUDIT write {os.fsdecode(path)}\n".encode())
    elif event in ("os.rename", "os.remove", "os.rmdir", "os.mkdir", "os.symlink",
                   "os.link", "os.truncate", "os.chmod", "os.chown", "shutil.rmtree"):
        os.write(2, f"AUDIT write {os.fsdecode(args[0]) if args else '?'}\n".encode())

sys.addaudithook(hook)
from checker.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _audited(tmp_path: Path, *args: str) -> tuple[int, list[str], list[str]]:
    script = tmp_path / "audited.py"
    script.write_text(HOOK)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("TRAINLINT_CACHE_DIR", None)
    env.pop("TRAINLINT_NO_CACHE", None)
    result = subprocess.run(
        [sys.executable, str(script), *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    audit = [line for line in result.stderr.splitlines() if line.startswith("AUDIT ")]
    return result.returncode, audit, result.stderr.splitlines()


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_no_network_and_no_writes_outside_the_cache(tmp_path: Path, jobs: str) -> None:
    programs = tmp_path / "programs"
    for number in range(15):  # 30 files: enough for the process pool with -j 2
        for example in ("strong-back-beginner.yaml", "mistakes/typos.yaml"):
            target = programs / f"{number}-{example.replace('/', '-')}"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(ROOT / "examples" / example, target)
    (programs / "hostile.yaml").write_text(
        "program: !!python/object/apply:os.system ['echo pwned > pwned.txt']\n"
        "workouts: [{name: A, exercises: [{exercise: 'http://example.com/x', sets: 3}]}]\n"
        "$schema: https://example.com/program.schema.json\n"
    )
    cache = tmp_path / "cache"
    code, audit, stderr = _audited(
        tmp_path, "check", "--isolated", "-j", jobs, "--cache-dir", str(cache), str(programs)
    )
    assert code == 1, stderr
    assert not [line for line in audit if line.startswith("AUDIT network")], audit
    writes = [line.removeprefix("AUDIT write ") for line in audit if "write" in line]
    outside = [path for path in writes if not Path(path).resolve().is_relative_to(cache)]
    assert outside == []
    assert writes, "the audit hook saw no cache writes: it is not working"
    assert not (tmp_path / "pwned.txt").exists()
    assert not (programs / "pwned.txt").exists()


@pytest.mark.slow
def test_a_run_without_cache_writes_nothing(tmp_path: Path) -> None:
    program = tmp_path / "p.yaml"
    shutil.copy(ROOT / "examples" / "strong-back-beginner.yaml", program)
    code, audit, stderr = _audited(tmp_path, "check", "--isolated", "--no-cache", str(program))
    assert code == 0, stderr
    assert audit == []


def test_every_character_escaped_is_one_python_calls_unprintable() -> None:
    """escape_controls and escape_surrogates skip their patterns for printable text;
    that is only right while no character they escape is printable."""
    from checker.reporters.escape import _CONTROL, _SURROGATE, escape_controls

    for pattern in (_CONTROL, _SURROGATE):
        printable = [
            hex(code)
            for code in range(0x110000)
            if pattern.search(chr(code)) and chr(code).isprintable()
        ]
        assert printable == []
    assert escape_controls("a\u202eb\x1b") == "a\\u202eb\\x1b"
    assert escape_controls("plain text, ünïcode ✓") == "plain text, ünïcode ✓"
