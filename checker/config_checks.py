"""Validating the configuration file: its schema (with every known rule's options),
rule ids no plugin defines, globs that cannot match, ranges whose low end is above
their high end. Each problem is a ``config`` finding at its line."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from checker.findings import Finding, Severity, Span
from checker.loader import Document
from checker.plugins import Registry
from checker.program import LEVELS
from checker.rule import for_level, merge_options
from checker.schema import config_schema
from checker.settings import unknown_rule_ids

SEVERITIES = ("error", "warning", "info", "off")
RULE_MESSAGE = (
    "must be a severity (error, warning, info or off) or a mapping with 'severity' and the "
    "rule's options"
)


def full_config_schema(registry: Registry) -> dict[str, Any]:
    """The configuration schema with every known rule's options spelled out."""
    schema = copy.deepcopy(config_schema())
    severity = {"enum": list(SEVERITIES), "description": "error, warning, info, or off."}
    rule_properties: dict[str, Any] = {}
    for rule_id, rule in sorted(registry.rules.items()):
        options = rule.options_object_schema()
        options["properties"]["severity"] = severity
        options["description"] = rule.summary
        rule_properties[rule_id] = {
            "description": rule.summary,
            "anyOf": [severity, options],
            "errorMessage": RULE_MESSAGE,
        }
    rules_schema = {
        "type": "object",
        "description": schema["$defs"]["rules"]["description"],
        "properties": rule_properties,
        "additionalProperties": False,
    }
    schema["$defs"]["rules"] = rules_schema
    return schema


def check_document(document: Document, registry: Registry) -> list[Finding]:
    """Every problem of the configuration ``document``, sorted by position."""
    from checker.schema import SchemaValidator
    from checker.values import replace

    # jsonschema-rs says whether the file is valid; jsonschema words what is wrong
    validator = SchemaValidator(full_config_schema(registry))
    findings = [replace(f, rule="config") for f in validator.validate(document)]
    findings.extend(_unknown_rule_ids(document, registry))
    findings.extend(_bad_globs(document))
    if not findings:
        findings.extend(_inverted_ranges(document, registry))
    return sorted(findings, key=lambda f: f.sort_key)


def _inverted_ranges(document: Document, registry: Registry) -> list[Finding]:
    """Options whose low end ends up above their high end at some level (``heavy-min:
    {beginner: 12}`` against a default ``heavy-max`` of 10), reported where configured."""
    data: Mapping[str, Any] = document.data
    places: list[tuple[tuple[str | int, ...], Any, Mapping[str, Any]]] = [
        (("rules",), data.get("rules"), {})
    ]
    for index, override in enumerate(data.get("overrides") or ()):
        if isinstance(override, Mapping):
            places.append(
                (("overrides", index, "rules"), override.get("rules"), data.get("rules") or {})
            )
    findings = []
    for prefix, rules, base_rules in places:
        if not isinstance(rules, Mapping):
            continue
        for rule_id, value in rules.items():
            rule = registry.rules.get(rule_id)
            if rule is None or not isinstance(value, Mapping) or not rule.ranges:
                continue
            base = base_rules.get(rule_id)
            options = merge_options(rule.defaults, base if isinstance(base, Mapping) else {})
            options = merge_options(options, {k: v for k, v in value.items() if k != "severity"})
            for low_key, high_key in rule.ranges:
                bad = [
                    level
                    for level in LEVELS
                    if for_level(options.get(low_key), level) is not None
                    and for_level(options.get(high_key), level) is not None
                    and for_level(options[low_key], level) > for_level(options[high_key], level)
                ]
                if not bad:
                    continue
                key = low_key if low_key in value else high_key
                findings.append(
                    _config_error(
                        document,
                        document.key_span((*prefix, rule_id, key)),
                        f"{rule_id}: '{low_key}' is above '{high_key}' for {', '.join(bad)} "
                        f"({for_level(options[low_key], bad[0])} > "
                        f"{for_level(options[high_key], bad[0])}); a range needs its low end "
                        "at or below its high end",
                    )
                )
    return findings


def _config_error(document: Document, span: Span, message: str) -> Finding:
    """An error in the configuration file, at ``span``."""
    return Finding.at(document.path, span, "config", Severity.ERROR, message)


def _lists(
    document: Document, keys: tuple[str, ...], override_keys: tuple[str, ...]
) -> list[tuple[tuple[str | int, ...], Any]]:
    """The values of top-level ``keys`` and of each override's ``override_keys``, with
    their paths (for findings at their positions)."""
    lists: list[tuple[tuple[str | int, ...], Any]] = [
        ((key,), document.data.get(key)) for key in keys
    ]
    overrides = document.data.get("overrides")
    for index, override in enumerate(overrides if isinstance(overrides, list) else []):
        if isinstance(override, dict):
            for key in override_keys:
                lists.append((("overrides", index, key), override.get(key)))
    return lists


def _unknown_rule_ids(document: Document, registry: Registry) -> list[Finding]:
    """Rule ids in select/extend-select/ignore lists that no loaded plugin defines."""
    known = set(registry.rules)
    keys = ("select", "extend-select", "ignore")
    lists = _lists(document, keys, keys)
    findings = []
    for path, values in lists:
        if not isinstance(values, list):
            continue
        for index, value in enumerate(values):
            rule_id = str(value)
            if not unknown_rule_ids(known, [rule_id]):
                continue
            from checker.key_synonyms import suggest

            close = suggest(rule_id, known)
            hint = f" (did you mean '{close}'?)" if close else " (see 'trainlint rules')"
            findings.append(
                _config_error(
                    document,
                    document.value_span((*path, index)),
                    f"unknown rule id '{rule_id}'{hint}",
                )
            )
    return findings


def _bad_globs(document: Document) -> list[Finding]:
    """Globs in include, exclude and overrides' files that cannot mean what they say
    (``[z-a]``, ``x[]``), each reported at its line."""
    from checker.globs import glob_problem

    lists = _lists(document, ("include", "exclude"), ("files",))
    findings = []
    for path, values in lists:
        for index, value in enumerate(values if isinstance(values, list) else []):
            problem = glob_problem(value) if isinstance(value, str) else None
            if problem is not None:
                findings.append(
                    _config_error(
                        document,
                        document.value_span((*path, index)),
                        f"invalid glob {value!r}: {problem}",
                    )
                )
    return findings
