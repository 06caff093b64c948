"""The plugin manager in-process: finding, loading, collecting, and refusing bad plugins."""

from __future__ import annotations

import types
from collections.abc import Iterator, Sequence

import pytest

from checker.findings import Severity
from checker.hookspecs import hookimpl
from checker.plugins import (
    BUILTIN,
    PluginCandidate,
    build_registry,
    collect,
    find_plugins,
    load_plugins,
    new_manager,
)
from checker.program import Program
from checker.rule import Options, Rule, Violation
from tests.conftest import RunCli


class Shadow(Rule):
    id = "set-range"
    summary = "Claims a built-in id"

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        return iter(())


def _module(name: str, **hooks: object) -> types.ModuleType:
    module = types.ModuleType(name)
    for key, value in hooks.items():
        setattr(module, key, value)
    return module


def _registry_with(*modules: types.ModuleType) -> tuple[object, list[str]]:
    by_name = {m.__name__: m for m in modules}
    candidates = [c for c in find_plugins() if c.builtin]
    candidates += [PluginCandidate("x", m.__name__, f"dist-{m.__name__}", "1.0") for m in modules]

    def importer(value: str) -> object:
        if value in by_name:
            return by_name[value]
        from checker.plugins import _import

        return _import(value)

    manager = new_manager()
    loaded, errors = load_plugins(manager, candidates, importer=importer)
    registry = collect(manager, loaded, errors)
    return registry, [str(e) for e in registry.errors]


def test_builtin_is_found_through_the_entry_point_group() -> None:
    builtin = [c for c in find_plugins() if c.builtin]
    assert [(c.distribution, c.value) for c in builtin] == [(BUILTIN, "checker.builtin")]


def test_duplicate_rule_ids_are_refused_naming_both_owners() -> None:
    @hookimpl
    def trainlint_rules() -> Sequence[type[Rule]]:
        return [Shadow]

    registry, errors = _registry_with(_module("shadow", trainlint_rules=trainlint_rules))
    assert errors == [
        "plugin 'dist-shadow': rule id 'set-range' is already defined by plugin 'trainlint'; "
        "refusing the one from 'dist-shadow'"
    ]
    assert registry.rules["set-range"] is not Shadow  # type: ignore[attr-defined]


def test_unknown_hook_names_are_reported() -> None:
    @hookimpl
    def trainlint_rule() -> list[type[Rule]]:
        return []

    _, errors = _registry_with(_module("typo", trainlint_rule=trainlint_rule))
    assert errors == [
        "plugin 'dist-typo': implements unknown hook(s) trainlint_rule; the hooks are "
        "trainlint_rules, trainlint_exercises, trainlint_schema_sections and trainlint_formats"
    ]


def test_a_hook_returning_nonsense_is_blamed_on_its_plugin() -> None:
    @hookimpl
    def trainlint_rules() -> list[object]:
        return ["not a rule"]

    registry, errors = _registry_with(_module("junk", trainlint_rules=trainlint_rules))
    assert errors == [
        "plugin 'dist-junk': a hook raised TypeError: trainlint_rules returned 'not a rule', "
        "which is not a Rule subclass"
    ]
    assert "set-range" in registry.rules  # type: ignore[attr-defined]


def test_invalid_rule_id() -> None:
    class Bad(Rule):
        id = "Bad Rule"
        summary = "x"
        default_severity = Severity.INFO

    @hookimpl
    def trainlint_rules() -> list[type[Rule]]:
        return [Bad]

    _, errors = _registry_with(_module("badid", trainlint_rules=trainlint_rules))
    assert errors == [
        "plugin 'dist-badid': a hook raised ValueError: rule Bad has an invalid id 'Bad Rule' "
        "(use kebab-case, optionally prefixed 'plugin/')"
    ]


def test_plugin_exercises_join_the_catalog() -> None:
    @hookimpl
    def trainlint_exercises() -> list[dict[str, object]]:
        return [
            {
                "id": "yoke-carry",
                "name": "Yoke carry",
                "primary": ["traps", "quads"],
                "tags": ["heavy"],
            }
        ]

    registry, errors = _registry_with(_module("yoke", trainlint_exercises=trainlint_exercises))
    assert errors == []
    found = registry.catalog.find("yoke carries")  # type: ignore[attr-defined]
    assert found is not None and found.source == "dist-yoke"
    assert found.trains_back


def test_rules_command_lists_every_rule(run_cli: RunCli) -> None:
    code, out, _ = run_cli("rules", "--no-plugins")
    assert code == 0
    ids = [line.split()[0] for line in out.splitlines()]
    assert ids == sorted(build_registry(plugins=False).rules)
    assert any(
        line.startswith("max-back-exercises") and "error" in line and "[trainlint]" in line
        for line in out.splitlines()
    )


def test_explain_shows_docs_options_and_examples(run_cli: RunCli) -> None:
    code, out, _ = run_cli("explain", "max-back-exercises")
    assert code == 0
    assert out.startswith("max-back-exercises: A workout has at most 3 back exercises")
    assert "guidance 000: back training" in out
    assert '- \'max\' (default \'{"beginner": 2, "intermediate": 3, "advanced": 3}\')' in out
    assert "Source: 000:95" in out
    assert "Fails:" in out and "Passes:" in out
    code, _, _ = run_cli("explain", "max-back-exercise")
    assert code == 2


@pytest.mark.parametrize("rule_id", sorted(build_registry(plugins=False).rules))
def test_explain_prints_plain_text_not_restructuredtext(rule_id: str, run_cli: RunCli) -> None:
    code, out, _ = run_cli("explain", rule_id)
    assert code == 0
    assert "``" not in out and "**" not in out, rule_id


def test_explain_names_each_guidance_text_by_number_and_subject(run_cli: RunCli) -> None:
    _, out, _ = run_cli("explain", "rep-range")
    assert "guidance 000: back training" in out
    assert "guidance 002: back definition and fat loss" in out
    assert "| strength | intermediate | 1-12 | ACSM 2009 |" in out  # the goal profile table


@pytest.mark.parametrize("core_id", ["syntax", "schema", "io-error", "internal-error", "limit"])
def test_explain_knows_the_ids_trainlint_reports_itself(core_id: str, run_cli: RunCli) -> None:
    code, out, _ = run_cli("explain", core_id)
    assert code == 0
    assert out.startswith(f"{core_id}: ") and "cannot be turned off or suppressed" in out


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("DB rows", "Single-arm dumbbell row"),
        ("pull ups", "counts as a back exercise: yes"),
        ("plank", "counts as a back exercise: no"),
    ],
)
def test_exercises_command(query: str, expected: str, run_cli: RunCli) -> None:
    code, out, _ = run_cli("exercises", query)
    assert code == 0
    assert expected.lower() in out.lower()


def test_exercises_command_search_and_miss(run_cli: RunCli) -> None:
    code, out, _ = run_cli("exercises", "--format", "json", "deep-core")
    assert code == 0
    import json

    ids = {e["id"] for e in json.loads(out)}
    assert {"plank", "side-plank", "bird-dog", "dead-bug", "pallof-press"} <= ids
    code, _, err = run_cli("exercises", "zzzz qqqq")
    assert code == 1
    assert "no exercise matches" in err


@pytest.mark.parametrize(
    ("formats", "error"),
    [
        (
            ["text"],
            "trainlint_formats must return a mapping of format names to callables, got list",
        ),
        ({"My Format": str}, "format name 'My Format' is invalid (use kebab-case: 'my-format')"),
        ({"a/b": str}, "format name 'a/b' is invalid (use kebab-case: 'my-format')"),
        ({"plain": "not callable"}, "format 'plain' must be a callable, got str"),
        (
            {"json": str},
            "format 'json' is already defined by plugin 'trainlint'; refusing the one from "
            "'dist-formats'",
        ),
    ],
)
def test_formats_are_checked_as_they_register(formats: object, error: str) -> None:
    @hookimpl
    def trainlint_formats() -> object:
        return formats

    registry, errors = _registry_with(_module("formats", trainlint_formats=trainlint_formats))
    assert errors == [f"plugin 'dist-formats': {error}"]
    assert registry.formats["json"].owner == "trainlint"  # type: ignore[attr-defined]


def test_a_format_hook_that_raises_is_blamed_on_its_plugin() -> None:
    @hookimpl
    def trainlint_formats() -> object:
        raise OSError("no templates")

    registry, errors = _registry_with(_module("fmt", trainlint_formats=trainlint_formats))
    assert errors == ["plugin 'dist-fmt': a hook raised OSError: no templates"]
    assert "text" in registry.formats  # type: ignore[attr-defined]
