"""Configuration: loading it into a :class:`Config`, with where each value came from.

Finding and reading the file is :mod:`checker.config_file`'s job, validating it
:mod:`checker.config_checks`'s, and resolving it into the settings for each file
:mod:`checker.resolve`'s.

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

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from checker.config_checks import check_document
from checker.config_file import ConfigError, find_config_file, read_config_document
from checker.findings import Finding, Severity
from checker.loader import Document, Limits
from checker.plugins import Registry
from checker.settings import RuleConfig
from checker.values import Record, replace


class Override(Record, fields=("files", "select", "extend_select", "ignore", "rules")):
    """Settings for the files matching ``files`` (globs relative to the config's folder)."""

    __slots__ = ("extend_select", "files", "ignore", "rules", "select")

    files: tuple[str, ...]
    select: tuple[str, ...] | None
    extend_select: tuple[str, ...]
    ignore: tuple[str, ...]
    rules: Mapping[str, RuleConfig]

    def __init__(
        self,
        files: tuple[str, ...],
        select: tuple[str, ...] | None = None,
        extend_select: tuple[str, ...] = (),
        ignore: tuple[str, ...] = (),
        rules: Mapping[str, RuleConfig] | None = None,
    ) -> None:
        self.files = files
        self.select = select
        self.extend_select = extend_select
        self.ignore = ignore
        self.rules = {} if rules is None else rules


class Config(
    Record,
    fields=(
        "path",
        "root",
        "select",
        "extend_select",
        "ignore",
        "rules",
        "include",
        "exclude",
        "fail_on",
        "limits",
        "overrides",
        "require_plugins",
        "origins",
    ),
):
    """The effective configuration, with where each value came from."""

    __slots__ = (
        "exclude",
        "extend_select",
        "fail_on",
        "ignore",
        "include",
        "limits",
        "origins",
        "overrides",
        "path",
        "require_plugins",
        "root",
        "rules",
        "select",
    )

    path: Path | None
    root: Path
    select: tuple[str, ...] | None
    extend_select: tuple[str, ...]
    ignore: tuple[str, ...]
    rules: dict[str, RuleConfig]
    include: tuple[str, ...]
    exclude: tuple[str, ...]
    fail_on: Severity
    limits: Limits
    overrides: tuple[Override, ...]
    require_plugins: tuple[str, ...]
    origins: dict[str, str]

    def __init__(
        self,
        path: Path | None = None,
        root: Path | None = None,
        select: tuple[str, ...] | None = None,
        extend_select: tuple[str, ...] = (),
        ignore: tuple[str, ...] = (),
        rules: dict[str, RuleConfig] | None = None,
        include: tuple[str, ...] = (),
        exclude: tuple[str, ...] = (),
        fail_on: Severity = Severity.ERROR,
        limits: Limits | None = None,
        overrides: tuple[Override, ...] = (),
        require_plugins: tuple[str, ...] = (),
        origins: dict[str, str] | None = None,
    ) -> None:
        self.path = path
        self.root = Path.cwd() if root is None else root
        self.select = select
        self.extend_select = extend_select
        self.ignore = ignore
        self.rules = {} if rules is None else rules
        self.include = include
        self.exclude = exclude
        self.fail_on = fail_on
        self.limits = Limits() if limits is None else limits
        self.overrides = overrides
        self.require_plugins = require_plugins
        self.origins = {} if origins is None else origins


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
        message = "the configuration must be a mapping of settings"
        raise ConfigError([Finding.file_level(document.path, "config", message)])
    findings = check_document(document, registry)
    if findings:
        raise ConfigError(findings)
    return _build(document, config_path)


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
