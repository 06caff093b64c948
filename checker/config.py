"""Configuration: finding, loading and validating it, and resolving it per file.

Sources, from lowest to highest precedence: built-in defaults, the configuration
file (``.trainlint.yaml``/``.trainlint.yml``, or ``[tool.trainlint]`` in
``pyproject.toml``, the nearest one from the working directory upward, or the
file given with ``--config``), then command-line options. ``--isolated``
ignores configuration files.

A mistake in the file is a :class:`ConfigError` holding findings with the
file's line and column, so the CLI can report it like any other finding and
exit 2.
"""

from __future__ import annotations

import copy
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from checker.findings import Finding, Severity, Span
from checker.loader import Document, Limits, NodeSpans, load_bytes
from checker.plugins import Registry
from checker.program import LEVELS
from checker.rule import for_level, merge_options
from checker.schema import config_schema
from checker.settings import RuleConfig

CONFIG_NAMES = (".trainlint.yaml", ".trainlint.yml")
SEVERITIES = ("error", "warning", "info", "off")
RULE_MESSAGE = (
    "must be a severity (error, warning, info or off) or a mapping with 'severity' and the "
    "rule's options"
)


class ConfigError(Exception):
    """The configuration file is wrong; ``findings`` say where and how."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__("; ".join(f.message for f in findings))
        self.findings = findings


@dataclass(slots=True, repr=False, eq=False)
class Override:
    """Settings for the files matching ``files`` (globs relative to the config's folder)."""

    files: tuple[str, ...]
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    rules: Mapping[str, RuleConfig] = field(default_factory=dict)


@dataclass(slots=True, repr=False, eq=False)
class Config:
    """The effective configuration, with where each value came from."""

    path: Path | None = None
    root: Path = field(default_factory=Path.cwd)
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    rules: dict[str, RuleConfig] = field(default_factory=dict)
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    fail_on: Severity = Severity.ERROR
    limits: Limits = field(default_factory=Limits)
    overrides: tuple[Override, ...] = ()
    require_plugins: tuple[str, ...] = ()
    origins: dict[str, str] = field(default_factory=dict)


#: The largest configuration file read (real ones are a few hundred bytes).
MAX_CONFIG_BYTES = 1024 * 1024


def find_config_file(start: Path) -> Path | None:
    """The nearest configuration file from ``start`` upward.

    A ``.trainlint.yaml`` that is there but is not a regular file (a symlink to a folder
    or to ``/dev/zero``, a named pipe, a dangling symlink) is returned all the same, so
    that reading it fails with a clear error instead of being skipped without a word.
    """
    for directory in (start, *start.parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if os.path.lexists(candidate):
                return candidate
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and re.search(
            r"^\[tool\.trainlint[.\]]", _read_pyproject(pyproject), re.MULTILINE
        ):
            return pyproject
    return None


def _read_pyproject(path: Path) -> str:
    """A pyproject.toml's text ('' when it cannot be read: then it is not ours)."""
    from checker.reading import read_bounded

    try:
        read = read_bounded(path, MAX_CONFIG_BYTES)
    except OSError:
        return ""
    return "" if read.over(MAX_CONFIG_BYTES) else read.data.decode("utf-8", errors="replace")


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


def _document_for_toml(path: Path, text: str) -> Document:
    import tomllib

    data = tomllib.loads(text)
    section = data.get("tool", {}).get("trainlint", {})
    spans: dict[tuple[str | int, ...], NodeSpans] = {}
    lines = text.splitlines()
    header = next(
        (i for i, line in enumerate(lines) if re.match(r"\s*\[tool\.trainlint\]", line)), 0
    )
    spans[()] = NodeSpans(Span(header + 1, 1))

    def locate(node: Any, prefix: tuple[str | int, ...], after: int) -> None:
        if not isinstance(node, dict):
            return
        for key, value in node.items():
            pattern = re.compile(rf'^\s*(\[[^\]]*)?["\']?{re.escape(str(key))}["\']?\s*[=\].]')
            line = next((i for i in range(after, len(lines)) if pattern.search(lines[i])), after)
            column = max(lines[line].find(str(key)), 0) + 1 if lines else 1
            span = Span(line + 1, column, line + 1, column + len(str(key)))
            spans[(*prefix, key)] = NodeSpans(span, span)
            locate(value, (*prefix, key), line)

    locate(section, (), header)
    return Document(str(path), text, section, spans)


def _display(path: Path) -> str:
    from checker.discovery import display_path

    return display_path(path)


def read_config_document(path: Path) -> Document:
    """The configuration file as a document with positions (YAML or pyproject.toml)."""
    from checker.reading import read_bounded

    display = _display(path)

    def refuse(message: str) -> ConfigError:
        finding = Finding(display, 1, 1, None, None, "config", Severity.ERROR, message)
        return ConfigError([finding])

    try:
        # a regular file only, never more than MAX_CONFIG_BYTES + 1 bytes of it: a
        # symlink to /dev/zero, a folder or a named pipe is refused, not read
        read = read_bounded(path, MAX_CONFIG_BYTES)
    except OSError as exc:
        raise refuse(f"cannot read the configuration: {exc.strerror}") from None
    if read.over(MAX_CONFIG_BYTES):
        raise refuse(
            f"the configuration is over {MAX_CONFIG_BYTES:,} bytes; this is not a "
            "trainlint configuration file"
        )
    raw = read.data
    if path.name == "pyproject.toml":
        try:
            return _document_for_toml(path, raw.decode("utf-8"))
        except Exception as exc:  # tomllib.TOMLDecodeError, UnicodeDecodeError
            # tomllib says where: "... (at line 3, column 7)"
            where = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
            line, column = (int(where.group(1)), int(where.group(2))) if where else (1, 1)
            message = (
                f"invalid TOML: {str(exc).replace(where.group(), '').strip() if where else exc}"
            )
            raise ConfigError(
                [Finding(display, line, column, None, None, "config", Severity.ERROR, message)]
            ) from None
    if _EMPTY.fullmatch(raw):  # empty, or only comments: nothing configured
        return Document(display, raw.decode("utf-8", errors="replace"), {}, {})
    loaded = load_bytes(raw, display)
    if loaded.findings:
        raise ConfigError(
            [_config_finding(f) for f in loaded.findings if f.rule == "syntax"] or loaded.findings
        )
    if loaded.document is None:
        return Document(display, "", {}, {})
    return loaded.document


#: A file with nothing but blank lines, comments and document markers.
_EMPTY = re.compile(
    rb"""(?:\xef\xbb\xbf)?
    (?:[ \t]* (?:(?:---|\.\.\.)(?=[ \t\r\n]|$)[ \t]*)? (?:\#[^\r\n]*)? (?:\r\n|\r|\n|$) )*""",
    re.VERBOSE,
)


def _config_finding(finding: Finding) -> Finding:
    """A loader finding about the configuration file, without any of its content (the
    file may be a symlink to something that is not a configuration at all)."""
    if finding.message.startswith("a program must be a mapping"):
        return replace(
            finding,
            rule="config",
            message="the configuration must be a mapping of settings (such as 'select:' "
            "and 'rules:'), but this file holds something else",
        )
    return replace(finding, rule="config")


def load_config(
    registry: Registry,
    path: Path | None = None,
    *,
    isolated: bool = False,
    start: Path | None = None,
) -> Config:
    """Find (or take) the configuration file, validate it and build a :class:`Config`."""
    if isolated:
        return Config(root=Path.cwd())
    config_path = path or find_config_file((start or Path.cwd()).resolve())
    if config_path is None:
        return Config(root=Path.cwd())
    document = read_config_document(config_path)
    if not isinstance(document.data, dict):
        raise ConfigError(
            [
                Finding(
                    document.path,
                    1,
                    1,
                    None,
                    None,
                    "config",
                    Severity.ERROR,
                    "the configuration must be a mapping of settings",
                )
            ]
        )
    from checker.schema import SchemaValidator

    # jsonschema-rs says whether the file is valid; jsonschema words what is wrong
    validator = SchemaValidator(full_config_schema(registry))
    findings = [replace(f, rule="config") for f in validator.validate(document)]
    findings.extend(_unknown_rule_ids(document, registry))
    findings.extend(_bad_globs(document))
    if not findings:
        findings.extend(_inverted_ranges(document, registry))
    if findings:
        raise ConfigError(sorted(findings, key=lambda f: f.sort_key))
    return _build(document, config_path)


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
            if (
                rule_id in known
                or rule_id == "ALL"
                or (rule_id.endswith("/") and any(r.startswith(rule_id) for r in known))
            ):
                continue
            from checker.schema_messages import suggest

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


def _where(document: Document, key: tuple[str | int, ...]) -> str:
    return f"{document.path}:{document.key_span(key).line}"


def _rule_configs(
    raw: Mapping[str, Any],
    document: Document,
    prefix: tuple[str | int, ...],
    origins: dict[str, str],
    origin_prefix: str,
) -> dict[str, RuleConfig]:
    rules: dict[str, RuleConfig] = {}
    for rule_id, value in raw.items():
        settings = {"severity": value} if isinstance(value, str) else dict(value)
        level = settings.pop("severity", None)
        rules[rule_id] = RuleConfig(
            Severity.parse(level) if level not in (None, "off") else None,
            settings,
            off=level == "off",
        )
        keys = ["severity"] if isinstance(value, str) else list(value)
        for key in keys:
            path = (*prefix, rule_id) if isinstance(value, str) else (*prefix, rule_id, key)
            origins[f"{origin_prefix}rules.{rule_id}.{key}"] = _where(document, path)
    return rules


#: Configuration keys of the :class:`~checker.loader.Limits` a user may change.
_LIMIT_KEYS = {
    "max-file-size": "max_bytes",
    "max-workouts": "max_workouts",
    "max-exercises": "max_exercises",
    "max-seconds-per-file": "max_seconds",
}


def _build(document: Document, config_path: Path) -> Config:
    data: Mapping[str, Any] = document.data
    origins: dict[str, str] = {}
    for key in data:
        origins[key] = _where(document, (key,))

    def strings(key: str, source: Mapping[str, Any] = data) -> tuple[str, ...]:
        value = source.get(key, ())
        return tuple(str(v) for v in value)

    limits = Limits()
    for key, name in _LIMIT_KEYS.items():
        if key in data:
            value = data[key]
            limits = replace(limits, **{name: value if name == "max_seconds" else int(value)})
    overrides = []
    for index, raw in enumerate(data.get("overrides", ())):
        prefix = f"overrides[{index}]."
        for key in ("select", "extend-select", "ignore"):
            if key in raw:
                origins[prefix + key] = _where(document, ("overrides", index, key))
        overrides.append(
            Override(
                files=strings("files", raw),
                select=strings("select", raw) if "select" in raw else None,
                extend_select=strings("extend-select", raw),
                ignore=strings("ignore", raw),
                rules=_rule_configs(
                    raw.get("rules", {}), document, ("overrides", index, "rules"), origins, prefix
                ),
            )
        )
    return Config(
        path=config_path,
        root=config_path.parent.resolve(),
        select=strings("select") if "select" in data else None,
        extend_select=strings("extend-select"),
        ignore=strings("ignore"),
        rules=_rule_configs(data.get("rules", {}), document, ("rules",), origins, ""),
        include=strings("include"),
        exclude=strings("exclude"),
        fail_on=Severity.parse(data.get("fail-on", "error")),
        limits=limits,
        overrides=tuple(overrides),
        require_plugins=strings("require-plugins"),
        origins=origins,
    )
