"""Text about rules and exercises, generated from their metadata.

Used by ``trainlint rules``, ``trainlint explain``, ``trainlint exercises`` and
to generate ``docs/rules.md`` (``python -m checker.docs > docs/rules.md``); a
test fails when that file is stale.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from checker.catalog import Exercise, Resolution
from checker.plugins import Registry
from checker.rule import Rule


def _options_lines(rule: type[Rule]) -> list[str]:
    lines = []
    for name, schema in rule.options_schema.items():
        default = rule.defaults.get(name)
        description = _description(schema)
        lines.append(f"- `{name}` (default `{json.dumps(default)}`): {description}")
    return lines


def _description(schema: Any) -> str:
    if not isinstance(schema, dict):
        return ""
    if "description" in schema:
        return str(schema["description"])
    for branch in schema.get("anyOf", ()):
        text = _description(branch)
        if text:
            return text + " A single value, or one per level (beginner, intermediate, advanced)."
    return ""


def explain_rule(rule: type[Rule], owner: str) -> str:
    """Everything a coach needs to know about one rule, as Markdown-ish text."""
    parts = [
        f"{rule.id}: {rule.summary}",
        f"default severity: {rule.default_severity.label}; plugin: {owner}"
        + (f"; guidance: {rule.guidance}" if rule.guidance else ""),
        "",
        rule.documentation(),
    ]
    options = _options_lines(rule)
    if options:
        parts += ["", "Options:", *options]
    if rule.failing_example:
        parts += ["", "Fails:", "", *("    " + line for line in rule.failing_example.splitlines())]
    if rule.passing_example:
        parts += ["", "Passes:", "", *("    " + line for line in rule.passing_example.splitlines())]
    return "\n".join(parts) + "\n"


def rule_table(registry: Registry, output_format: str = "text") -> str:
    rows = [
        {
            "id": rule_id,
            "severity": registry.rules[rule_id].default_severity.label,
            "summary": registry.rules[rule_id].summary,
            "plugin": registry.owners[rule_id],
        }
        for rule_id in sorted(registry.rules)
    ]
    if output_format == "json":
        return json.dumps(rows, indent=2) + "\n"
    width = max((len(r["id"]) for r in rows), default=2)
    lines = [
        f"{r['id']:<{width}}  {r['severity']:<7}  {r['summary']}  [{r['plugin']}]" for r in rows
    ]
    return "\n".join(lines) + "\n"


def plugin_listing(registry: Registry, output_format: str = "text") -> str:
    rows = [
        {
            "distribution": p.candidate.distribution,
            "version": p.candidate.version,
            "entry_point": f"{p.candidate.name} = {p.candidate.value}",
            "rules": sorted(p.rules),
            "exercises": p.exercises,
            "schema_sections": sorted(p.sections),
        }
        for p in registry.plugins
    ]
    failed = [{"distribution": e.distribution, "error": e.cause} for e in registry.errors]
    if output_format == "json":
        return json.dumps({"plugins": rows, "errors": failed}, indent=2) + "\n"
    lines = []
    for plugin in registry.plugins:
        candidate = plugin.candidate
        lines.append(
            f"{candidate.distribution} {candidate.version}  ({candidate.name} = {candidate.value})"
        )
        rules = sorted(plugin.rules)
        lines.append(f"  rules ({len(rules)}): {', '.join(rules) if rules else '-'}")
        lines.append(f"  exercises: {plugin.exercises}")
        sections = sorted(plugin.sections)
        lines.append(f"  schema sections: {', '.join(sections) if sections else '-'}")
    for error in failed:
        lines.append(f"{error['distribution']}  FAILED: {error['error']}")
    return "\n".join(lines) + "\n"


#: what the back rules count an exercise as, with the guidance lines that say so
COUNTS_AS = {
    "back": "back exercise (a superficial back muscle is primary, 000:25-27)",
    "deep-core": "deep-muscle supplement (stability work for the deep muscles, 000:31-33)",
    "other": "neither a back exercise nor a deep-muscle supplement",
}


def _exercise_json(e: Exercise) -> dict[str, Any]:
    return {
        "id": e.id,
        "name": e.name,
        "aliases": list(e.aliases),
        "primary": list(e.primary),
        "secondary": list(e.secondary),
        "groups": sorted(e.primary_groups),
        "tags": sorted(e.tags),
        "equipment": e.equipment,
        "pattern": e.pattern,
        "counts_as_back_exercise": e.trains_back,
        "counts_as": "neither" if e.kind == "other" else e.kind,
        "source": e.source,
    }


def _exercise_lines(e: Exercise) -> list[str]:
    lines = [f"{e.name} ({e.id})"]
    if e.aliases:
        lines.append(f"  aliases:   {', '.join(e.aliases)}")
    lines.append(f"  primary:   {', '.join(e.primary) or '-'}")
    lines.append(f"  secondary: {', '.join(e.secondary) or '-'}")
    lines.append(f"  groups:    {', '.join(sorted(e.primary_groups)) or '-'} (primary)")
    lines.append(f"  tags:      {', '.join(sorted(e.tags)) or '-'}")
    lines.append(f"  equipment: {e.equipment}")
    lines.append(f"  pattern:   {e.pattern or '-'}")
    back = "yes" if e.trains_back else "no"
    lines.append(f"  counts as a back exercise: {back}")
    lines.append(f"  counts as: {COUNTS_AS[e.kind]}")
    return lines


def exercise_listing(exercises: Sequence[Exercise], output_format: str = "text") -> str:
    if output_format == "json":
        return json.dumps([_exercise_json(e) for e in exercises], indent=2) + "\n"
    return "\n\n".join("\n".join(_exercise_lines(e)) for e in exercises) + "\n"


def resolution_listing(resolution: Resolution, output_format: str = "text") -> str:
    """What ``trainlint exercises --resolve NAME`` shows: the entry a name resolves to, and why."""
    exercise = resolution.exercise
    if output_format == "json":
        data = {
            "name": resolution.name,
            "normalized": resolution.key,
            "resolved": exercise.id if exercise is not None else None,
            "how": resolution.how,
            "modifiers": list(resolution.ignored),
            "ambiguous": resolution.ambiguous,
            "candidates": list(resolution.candidates),
            "explanation": resolution.explain(),
            "exercise": _exercise_json(exercise) if exercise is not None else None,
        }
        return json.dumps(data, indent=2) + "\n"
    lines = [resolution.explain()]
    if resolution.candidates and exercise is not None:
        lines.append(
            "  ambiguous: it may mean "
            + " or ".join(resolution.candidates)
            + "; a duration, intervals or distance, or sets, reps or load decide"
        )
    if exercise is not None:
        lines += ["", *_exercise_lines(exercise)]
    return "\n".join(lines) + "\n"


def rules_markdown(rules: Sequence[type[Rule]], owners: dict[str, str]) -> str:
    """The reference page ``docs/rules.md``."""
    out = [
        "# Rules",
        "",
        "<!-- Generated by `python -m checker.docs > docs/rules.md`; do not edit. -->",
        "",
        "| id | default severity | summary | guidance |",
        "|---|---|---|---|",
    ]
    for rule in rules:
        out.append(
            f"| [`{rule.id}`](#{rule.id.replace('/', '')}) | {rule.default_severity.label} "
            f"| {rule.summary} | {rule.guidance or '-'} |"
        )
    for rule in rules:
        out += [
            "",
            f"## {rule.id}",
            "",
            f"*{rule.summary}.* Default severity: "
            f"**{rule.default_severity.label}**. Plugin: `{owners.get(rule.id, '?')}`.",
            "",
        ]
        out.append(rule.documentation())
        options = _options_lines(rule)
        if options:
            out += ["", "### Options", "", *options]
        if rule.failing_example:
            out += ["", "### Fails", "", "```yaml", rule.failing_example.rstrip(), "```"]
        if rule.passing_example:
            out += ["", "### Passes", "", "```yaml", rule.passing_example.rstrip(), "```"]
    return "\n".join(out) + "\n"


def builtin_rules_markdown() -> str:
    from checker.rules import BUILTIN_RULES

    return rules_markdown(
        sorted(BUILTIN_RULES, key=lambda r: r.id), {r.id: "trainlint" for r in BUILTIN_RULES}
    )


if __name__ == "__main__":
    import sys

    sys.stdout.write(builtin_rules_markdown())
