"""What plugins contribute, checked as it is registered.

Each check takes what a hook returned and either gives back the usable entries
or raises :class:`Invalid` with a message that says what is wrong and where, so
that a bad contribution is blamed on its own plugin and never reaches a run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from checker.catalog import Exercise
from checker.rule import RULE_ID, Rule


def cause(exc: BaseException) -> str:
    """``ExceptionType: first line of the message`` (the type alone when it is empty)."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def check_rules(owner: str, rules: Iterable[Any]) -> list[type[Rule]]:
    """The rule classes a plugin contributes (``TypeError``/``ValueError`` otherwise)."""
    checked: list[type[Rule]] = []
    for rule in rules:
        if not (isinstance(rule, type) and issubclass(rule, Rule)):
            raise TypeError(f"trainlint_rules returned {rule!r}, which is not a Rule subclass")
        rule_id = getattr(rule, "id", None)
        if not isinstance(rule_id, str) or not RULE_ID.match(rule_id):
            raise ValueError(
                f"rule {rule.__name__} has an invalid id {rule_id!r} "
                "(use kebab-case, optionally prefixed 'plugin/')"
            )
        checked.append(rule)
    return checked


class Invalid(Exception):
    """What a plugin contributed is unusable; the message says what and where."""


def check_exercises(owner: str, exercises: Any) -> list[Exercise]:
    """The catalog entries a plugin contributes, each checked as it is registered."""
    if exercises is None:
        return []
    if isinstance(exercises, (str, bytes, Mapping)) or not isinstance(exercises, Iterable):
        raise Invalid(
            f"trainlint_exercises must return a list of mappings, got {type(exercises).__name__}"
        )
    checked = []
    for index, entry in enumerate(exercises):
        if not isinstance(entry, Mapping):
            raise Invalid(
                f"trainlint_exercises: entry {index} must be a mapping, got {type(entry).__name__}"
            )
        try:
            exercise = Exercise.from_mapping(entry, source=owner)
        except Exception as exc:
            raise Invalid(f"trainlint_exercises: entry {index} is invalid: {cause(exc)}") from None
        if not (isinstance(exercise.id, str) and exercise.id and isinstance(exercise.name, str)):
            raise Invalid(f"trainlint_exercises: entry {index} needs a text 'id' and 'name'")
        checked.append(exercise)
    return checked


def check_sections(sections: Any, taken: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """The program sections a plugin contributes: a mapping of new top-level keys to
    valid JSON Schemas (checked here, so that a bad one never reaches a run)."""
    if sections is None:
        return {}
    if not isinstance(sections, Mapping):
        raise Invalid(
            "trainlint_schema_sections must return a mapping of section names to JSON "
            f"Schemas, got {type(sections).__name__}"
        )
    from checker.schema import program_schema

    core = program_schema().get("properties", {})
    checked: dict[str, Mapping[str, Any]] = {}
    for key, section in sections.items():
        if not isinstance(key, str) or not key:
            raise Invalid(f"schema section name {key!r} must be non-empty text")
        if key in core or key in taken:
            raise Invalid(f"schema section '{key}' is already defined")
        if not isinstance(section, Mapping):
            raise Invalid(
                f"schema section '{key}' must be a JSON Schema mapping, "
                f"got {type(section).__name__}"
            )
        problem = _schema_problem(section)
        if problem:
            raise Invalid(f"schema section '{key}' is not a valid JSON Schema: {problem}")
        checked[key] = section
    return checked


def _schema_problem(section: Mapping[str, Any]) -> str | None:
    """Why ``section`` is not a usable JSON Schema (None: it is)."""
    import json

    try:
        plain = json.loads(json.dumps(section))  # JSON data only
    except (TypeError, ValueError) as exc:
        return str(exc)
    try:
        from checker.fast_import import jsonschema_rs as import_fast

        jsonschema_rs = import_fast()
        jsonschema_rs.meta.validate(plain)
        jsonschema_rs.Draft202012Validator({"type": "object", "properties": {"s": plain}})
    except ImportError:
        return None
    except Exception as exc:
        text = str(exc).strip().splitlines()
        return text[0][:200] if text else type(exc).__name__
    return None


#: A format name: lower-case words joined by hyphens (``myformat``, ``team-report``).
FORMAT_NAME = RULE_ID


def check_formats(formats: Any) -> dict[str, Callable[..., str]]:
    """The output formats a plugin contributes: a mapping of names to callables."""
    if formats is None:
        return {}
    if not isinstance(formats, Mapping):
        raise Invalid(
            "trainlint_formats must return a mapping of format names to callables, "
            f"got {type(formats).__name__}"
        )
    checked: dict[str, Callable[..., str]] = {}
    for name, render in formats.items():
        if not isinstance(name, str) or "/" in name or not FORMAT_NAME.match(name):
            raise Invalid(f"format name {name!r} is invalid (use kebab-case: 'my-format')")
        if not callable(render):
            raise Invalid(f"format '{name}' must be a callable, got {type(render).__name__}")
        checked[name] = render
    return checked
