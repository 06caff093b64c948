"""Text about rules and exercises, generated from their metadata.

Used by ``trainlint rules``, ``trainlint explain``, ``trainlint exercises`` and
to generate ``docs/rules.md`` (``python -m checker.docs > docs/rules.md``); a
test fails when that file is stale.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from checker.catalog import Exercise, Resolution
from checker.plugins import Registry
from checker.rule import Rule
from checker.sources import STANDARDS, describe_guidance


def _options_lines(rule: type[Rule]) -> list[str]:
    lines = []
    for name, schema in rule.options_schema.items():
        default = rule.defaults.get(name)
        description = _description(schema)
        source = rule.sources.get(name)
        cite = f" Source: {source}." if source else ""
        lines.append(f"- `{name}` (default `{json.dumps(default)}`): {description}{cite}")
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


_LITERAL = re.compile(r"``(.+?)``")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_CODE = re.compile(r"`([^`]+)`")


def markdown(text: str) -> str:
    """A docstring's reStructuredText-style literals (````x````) as Markdown (`` `x` ``)."""
    return _LITERAL.sub(r"`\1`", text)


def plain(text: str) -> str:
    """A docstring or Markdown for the terminal: literals quoted, no emphasis markers."""
    text = _LITERAL.sub(r"'\1'", text)
    text = _BOLD.sub(r"\1", text)
    return _CODE.sub(r"'\1'", text)


def _guidance_line(rule: type[Rule]) -> list[str]:
    if not rule.guidance:
        return []
    from checker.sources import GUIDANCE

    numbers = [n.strip() for n in rule.guidance.split(",")]
    lines = [f"guidance {n}: {GUIDANCE[n]}" for n in numbers if n in GUIDANCE]
    for goal, why in rule.goals_out_of_scope.items():
        lines.append(f"in a program whose goal is {goal}, its findings are info: {why}")
    return lines


def _table_lines(rule: type[Rule]) -> list[str]:
    lines: list[str] = []
    for title, table in rule.tables.items():
        lines += ["", f"{title}:", "", *table]
    return lines


def explain_rule(rule: type[Rule], owner: str) -> str:
    """Everything a coach needs to know about one rule, as plain text for a terminal."""
    parts = [
        f"{rule.id}: {rule.summary}",
        f"default severity: {rule.default_severity.label}; plugin: {owner}",
        *_guidance_line(rule),
        "",
        plain(rule.documentation()),
    ]
    options = _options_lines(rule)
    if options:
        parts += ["", "Options:", *(plain(line) for line in options)]
    parts += [plain(line) for line in _table_lines(rule)]
    if rule.failing_example:
        parts += ["", "Fails:", "", *("    " + line for line in rule.failing_example.splitlines())]
    if rule.passing_example:
        parts += ["", "Passes:", "", *("    " + line for line in rule.passing_example.splitlines())]
    return "\n".join(parts) + "\n"


def explain_core(rule_id: str) -> str | None:
    """What a finding of the engine itself (``syntax``, ``schema``, ...) means, or None."""
    from checker.findings import CORE_RULES

    summary = CORE_RULES.get(rule_id)
    if summary is None:
        return None
    return (
        f"{rule_id}: {summary}\n"
        "reported by trainlint itself, not by a rule: it cannot be turned off or suppressed; "
        "fix the file (see README, 'The program format' and 'Exit codes')\n"
    )


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
            "formats": list(p.formats),
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
        lines.append(f"  formats: {', '.join(plugin.formats) if plugin.formats else '-'}")
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
            "set_aside": list(resolution.set_aside),
            "complex_rest": resolution.complex_rest or None,
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
        "The built-in rules cite the passages their thresholds come from as `000:95`: text "
        "000, line 95 of the guidance texts. The texts, by number:",
        "",
        describe_guidance(),
        "",
        "Where the texts are silent, or to tell whether a program's goal supports what a "
        "text would not write, the rules cite published standards:",
        "",
        *(f"- **{name}**: {text}." for name, text in STANDARDS.items()),
        "",
        "Severity follows one principle: a finding has the rule's severity (error or "
        "warning) only when no source supports what the program does; when one source "
        "supports it and another does not, it is one `info` finding naming both. `info` "
        "findings do not fail a run unless `--fail-on info`.",
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
        out += [f"*{line[0].upper() + line[1:]}.*" for line in _guidance_line(rule)]
        if rule.guidance:
            out.append("")
        out.append(markdown(rule.documentation()))
        options = _options_lines(rule)
        if options:
            out += ["", "### Options", "", *options]
        for title, table in rule.tables.items():
            out += ["", f"### {title}", "", *table]
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
