"""``trainlint config [FILE]``: the effective configuration, each value beside where it
came from; with ``FILE``, the settings the resolver (:mod:`checker.resolve`) gives that
file, each value naming the override that set it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from checker.config import Config
from checker.plugins import Registry
from checker.resolve import resolve
from checker.settings import Settings, active_rules

#: (key, value, where it came from)
Row = tuple[str, Any, str]


def describe(
    registry: Registry,
    loaded: Config,
    config_option: str | None,
    output_format: str,
    file: str | None = None,
) -> str:
    """The table (or JSON list) of every setting, for ``file`` when one is given."""
    settings = resolve(loaded)
    matched: list[int] = []
    if file is not None:
        matched = settings.matching(Path(file))
        settings = settings.for_path(Path(file))
    origins = _Origins(loaded.origins, matched)
    rows = _setting_rows(loaded, settings, config_option, origins)
    if file is not None:
        rows[1:1] = [
            ("file", file, "argument"),
            ("file-overrides", [f"overrides[{i}]" for i in matched], "matching 'files' globs"),
        ]
    rows.extend(_rule_rows(registry, settings, origins))
    if output_format == "json":
        return (
            json.dumps([{"key": k, "value": v, "source": s} for k, v, s in rows], indent=2) + "\n"
        )
    width = max(len(k) for k, _, _ in rows)
    return "".join(f"{k:<{width}} = {json.dumps(v)}  # {s}\n" for k, v, s in rows)


class _Origins:
    """Where each value came from: the last matching override that sets it, the
    configuration file, or the defaults."""

    def __init__(self, origins: dict[str, str], matched: list[int]) -> None:
        self.origins = origins
        self.matched = matched

    def __call__(self, key: str) -> str:
        for index in reversed(self.matched):  # the last matching override wins
            found = self.origins.get(f"overrides[{index}].{key}")
            if found is not None:
                return f"{found} (overrides[{index}])"
        return self.origins.get(key, "default")


def _setting_rows(
    loaded: Config, settings: Settings, config_option: str | None, origin: _Origins
) -> list[Row]:
    found = "search" if loaded.path and not config_option else None
    limits = loaded.limits
    return [
        (
            "config-file",
            str(loaded.path) if loaded.path else None,
            found or ("--config" if config_option else "none found"),
        ),
        (
            "select",
            list(settings.select) if settings.select is not None else "(rules on by default)",
            origin("select"),
        ),
        ("extend-select", list(settings.extend_select), origin("extend-select")),
        ("ignore", list(settings.ignore), origin("ignore")),
        ("fail-on", loaded.fail_on.label, origin("fail-on")),
        ("include", list(settings.selection.include), origin("include")),
        ("exclude", list(loaded.exclude), origin("exclude")),
        ("max-file-size", limits.max_bytes, origin("max-file-size")),
        ("max-workouts", limits.max_workouts, origin("max-workouts")),
        ("max-exercises", limits.max_exercises, origin("max-exercises")),
        ("max-seconds-per-file", limits.max_seconds, origin("max-seconds-per-file")),
        ("require-plugins", list(loaded.require_plugins), origin("require-plugins")),
        ("overrides", [list(o.files) for o in loaded.overrides], origin("overrides")),
    ]


def _rule_rows(registry: Registry, settings: Settings, origin: _Origins) -> list[Row]:
    rows: list[Row] = []
    active = {a.rule.id: a for a in active_rules(registry.rules, settings)}
    for rule_id in sorted(registry.rules):
        rule = registry.rules[rule_id]
        current = active.get(rule_id)
        severity_key = f"rules.{rule_id}.severity"
        rows.append(
            (severity_key, current.severity.label if current else "off", origin(severity_key))
        )
        options = current.options if current else rule.defaults
        for name, value in options.items():
            key = f"rules.{rule_id}.{name}"
            rows.append((key, value, origin(key)))
    return rows
