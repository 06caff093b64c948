"""A testing kit for rule authors.

Lint a YAML snippet with chosen rules and options and compare the findings in
one call; a mismatch fails with a readable diff::

    from checker.testing import assert_findings

    def test_too_much_cardio() -> None:
        assert_findings(
            '''
            program: Cut
            goal: fat-loss
            workouts: ...
            ''',
            [("fat-loss/cardio-frequency", 3, 1, "5 cardio sessions a week; ...")],
            rules=["fat-loss/cardio-frequency"],
            options={"fat-loss/cardio-frequency": {"max": 4}},
        )

**Line numbers.** The snippet is dedented (so it can be indented like the test
code) and the one newline right after the opening quotes is dropped, so **line 1
is the first line of YAML**: in ``'''\nprogram: Cut\n...'''`` the
``program`` key is at line 1, column 1. Only that single newline goes; a snippet
that starts with a blank line on purpose (``'''\n\nprogram: ...``) has
``program`` on line 2. ``level="beginner"`` adds ``level: beginner`` as the *last*
line, so it never moves the positions of the snippet's own lines. With
``pytest``, the ``trainlint`` fixture (installed with trainlint through the
``pytest11`` entry point) gives the same functions without an import.
"""

from __future__ import annotations

import difflib
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any

from checker.engine import Engine
from checker.findings import Finding, Severity
from checker.plugins import (
    PluginCandidate,
    build_registry,
    collect,
    find_plugins,
    load_plugins,
    new_manager,
)
from checker.plugins import Registry as Registry  # the type registry_with returns
from checker.settings import RuleConfig, Settings

#: What a finding is compared as: (rule, line, column, message).
Expected = tuple[str, int, int, str]


@cache
def _registry(plugins: bool) -> Registry:
    return build_registry(plugins=plugins)


def registry_with(*modules: str, distribution: str = "plugin-under-test") -> Registry:
    """A registry of the built-in rules plus the plugin modules named (by import path),
    for testing a plugin that is not installed. Plugin errors raise, so a broken
    plugin fails its own tests loudly."""
    candidates = [c for c in find_plugins() if c.builtin]
    candidates += [PluginCandidate(module, module, distribution, "0") for module in modules]
    manager = new_manager()
    loaded, errors = load_plugins(manager, candidates)
    registry = collect(manager, loaded, errors)
    if registry.errors:
        raise RuntimeError("; ".join(str(e) for e in registry.errors))
    return registry


def lint(
    snippet: str,
    rules: Sequence[str] | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
    *,
    level: str | None = None,
    plugins: bool = True,
    registry: Registry | None = None,
    path: str = "program.yaml",
    include_schema: bool = True,
) -> list[Finding]:
    """Lint ``snippet`` with ``rules`` (default: all) and ``options`` per rule.

    The text linted is :func:`program_text` of ``snippet`` and ``level``: line 1 is
    the snippet's first line of YAML, and ``level`` (when given) is added as the
    last line, so positions are those of the snippet. Schema and syntax findings
    are included unless ``include_schema`` is False.
    """
    registry = registry or _registry(plugins)
    text = program_text(snippet, level)
    configured = {
        rule_id: RuleConfig(options=dict(values)) for rule_id, values in (options or {}).items()
    }
    unknown = [r for r in [*(rules or ()), *configured] if r not in registry.rules]
    if unknown:
        raise ValueError(f"unknown rule id(s): {', '.join(unknown)}")
    settings = Settings(rules=configured, select=list(rules) if rules is not None else None)
    findings = Engine(registry, settings).lint_bytes(text.encode("utf-8"), path)
    if not include_schema:
        findings = [f for f in findings if f.rule not in ("schema", "syntax")]
    return findings


def program_text(snippet: str, level: str | None = None) -> str:
    """The file content a snippet stands for: dedented, without the single newline
    that follows the opening quotes (line 1 is the first line of YAML), and with
    ``level: <level>`` appended as the last line when ``level`` is given."""
    text = textwrap.dedent(snippet)
    if text.startswith("\n"):
        text = text[1:]
    if level is not None:
        if text and not text.endswith("\n"):
            text += "\n"
        text += f"level: {level}\n"
    return text


def as_tuples(findings: Iterable[Finding]) -> list[Expected]:
    return [(f.rule, f.line, f.column, f.message) for f in findings]


def _render(items: Iterable[Expected]) -> list[str]:
    return [f"{rule} {line}:{column} {message}" for rule, line, column, message in items]


def assert_findings(
    snippet: str,
    expected: Sequence[Expected],
    rules: Sequence[str] | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
    **kwargs: Any,
) -> list[Finding]:
    """Lint ``snippet`` and require exactly ``expected`` (in file order)."""
    findings = lint(snippet, rules, options, **kwargs)
    actual = as_tuples(findings)
    wanted = sorted(expected, key=lambda e: (e[1], e[2], e[0], e[3]))
    if actual != wanted:
        diff = "\n".join(
            difflib.unified_diff(
                _render(wanted),
                _render(actual),
                "expected",
                "actual",
                lineterm="",
            )
        )
        raise AssertionError("findings differ:\n" + diff)
    return findings


def assert_no_findings(
    snippet: str,
    rules: Sequence[str] | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
    **kwargs: Any,
) -> None:
    """Lint ``snippet`` and require no finding at all."""
    assert_findings(snippet, [], rules, options, **kwargs)


def severities(findings: Iterable[Finding]) -> list[Severity]:
    return [f.severity for f in findings]
