"""README's sample outputs, produced by the tool so that they cannot drift.

A ```` ```console ```` block in README.md holds commands (lines starting with
``$ trainlint``) each followed by its exact output. ``tests/test_readme_samples.py``
runs every command from the repository root and compares; after a change to
messages or rules, refresh the blocks with::

    python -m tests.refresh_readme
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
_BLOCK = re.compile(r"^```console\n(.*?)^```$", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True)
class Sample:
    """One ``$ trainlint ...`` line of a console block and the output shown after it."""

    command: str
    shown: str


def samples(text: str) -> list[Sample]:
    """Every command of every console block, with the output the README shows for it."""
    found: list[Sample] = []
    for block in _BLOCK.finditer(text):
        command: str | None = None
        lines: list[str] = []
        for line in block.group(1).splitlines(keepends=True):
            if line.startswith("$ "):
                if command is not None:
                    found.append(Sample(command, "".join(lines)))
                command, lines = line[2:].strip(), []
            else:
                lines.append(line)
        if command is not None:
            found.append(Sample(command, "".join(lines)))
    return found


def produce(command: str) -> str:
    """What ``command`` (``trainlint ...``) prints on standard output, run from the
    repository root without color, cache or plugins from outside this repository."""
    args = shlex.split(command)
    if not args or args[0] != "trainlint":
        raise ValueError(f"README console commands must start with 'trainlint': {command!r}")
    env = {key: value for key, value in os.environ.items() if not key.startswith("TRAINLINT_")}
    env.update({"NO_COLOR": "1", "TRAINLINT_NO_CACHE": "1"})
    env.pop("GITHUB_ACTIONS", None)
    done = subprocess.run(
        [sys.executable, "-m", "checker", *args[1:]],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    return done.stdout


def refreshed(text: str) -> str:
    """README text with every console block's outputs produced anew."""

    def block(match: re.Match[str]) -> str:
        body = "".join(
            f"$ {sample.command}\n{produce(sample.command)}" for sample in samples(match.group(0))
        )
        return f"```console\n{body}```"

    return _BLOCK.sub(block, text)


def main() -> int:
    text = README.read_text(encoding="utf-8")
    new = refreshed(text)
    if new != text:
        README.write_text(new, encoding="utf-8")
        print(f"refreshed the sample outputs in {README.relative_to(ROOT)}")
    else:
        print("README.md's sample outputs are up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
