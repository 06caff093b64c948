"""Generated documentation is current; the README's promises hold."""

from __future__ import annotations

import re

from checker.docs import builtin_rules_markdown
from tests.conftest import ROOT


def test_rules_md_is_generated_from_the_rules() -> None:
    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == builtin_rules_markdown(), (
        "docs/rules.md is stale: run 'python -m checker.docs > docs/rules.md'"
    )


def test_readme_quick_start_has_exactly_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, re.DOTALL)
    assert len(blocks) == 1
    commands = [line for line in blocks[0].splitlines() if line.strip()]
    assert commands == [
        'pip install -e ".[test]" && trainlint check examples/',
        "python -m pytest",
    ]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python -m pytest" in ci


def test_every_example_carries_the_schema_modeline() -> None:
    examples = sorted((ROOT / "examples").rglob("*.yaml"))
    assert len(examples) >= 4
    for example in examples:
        first = example.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema="), example
        target = first.split("$schema=", 1)[1]
        assert (example.parent / target).resolve() == ROOT / "schemas" / "program.schema.json"
