"""The settings resolver: configuration file + command line + overrides + defaults ->
the settings for each file, in one place (used by ``check``, ``baseline``,
``summary`` and ``config FILE``).

Precedence, lowest first: the built-in defaults (:class:`~checker.settings.Settings`'s),
the configuration file (:mod:`checker.config`), its ``overrides`` for the files they
match (the last match wins), then the command line, which applies to every override
too. :meth:`Settings.for_path <checker.settings.Settings.for_path>` picks a file's.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from checker.config import Config, load_config
from checker.config_file import ConfigError
from checker.discovery import Selection
from checker.plugins import Registry, build_registry
from checker.rule import merge_options
from checker.settings import RuleConfig, Settings
from checker.values import Frozen, replace, set_field


class CommandLine(
    Frozen,
    fields=(
        "select",
        "extend_select",
        "ignore",
        "force_exclude",
        "stdin_filename",
        "extend_exclude",
    ),
):
    """What the command line says about the settings (empty: nothing)."""

    __slots__ = (
        "extend_exclude",
        "extend_select",
        "force_exclude",
        "ignore",
        "select",
        "stdin_filename",
    )

    select: Sequence[str]
    extend_select: Sequence[str]
    ignore: Sequence[str]
    force_exclude: bool
    #: ``--stdin-filename``: the path standard input stands for (overrides, excludes).
    stdin_filename: str | None
    #: ``--extend-exclude``: globs excluded on top of the configuration's ``exclude``.
    extend_exclude: Sequence[str]

    def __init__(
        self,
        select: Sequence[str] = (),
        extend_select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        force_exclude: bool = False,
        stdin_filename: str | None = None,
        extend_exclude: Sequence[str] = (),
    ) -> None:
        set_field(self, "select", select)
        set_field(self, "extend_select", extend_select)
        set_field(self, "ignore", ignore)
        set_field(self, "force_exclude", force_exclude)
        set_field(self, "stdin_filename", stdin_filename)
        set_field(self, "extend_exclude", extend_exclude)


def config_error_lines(error: ConfigError) -> list[str]:
    """The lines that report a broken configuration file, one per finding."""
    return [f"{f.path}:{f.line}:{f.column}: error {f.rule} {f.message}" for f in error.findings]


def prepare(
    plugins: bool = True, config: str | None = None, isolated: bool = False
) -> tuple[Registry, Config | None, list[str]]:
    """Load plugins and the configuration; return error lines instead of raising."""
    registry = build_registry(plugins=plugins)
    errors = [f"trainlint: error: {e}" for e in registry.errors]
    try:
        loaded = load_config(registry, Path(config) if config else None, isolated=isolated)
    except ConfigError as exc:
        return registry, None, errors + config_error_lines(exc)
    missing = _missing_plugins(registry, loaded.require_plugins)
    if missing:
        where = f" ({loaded.origins.get('require-plugins', 'configuration')})"
        hint = (
            " (plugins are disabled by --no-plugins)"
            if not plugins
            else (
                f"; install {'them' if len(missing) > 1 else 'it'} with "
                f"'pip install {' '.join(missing)}'"
            )
        )
        errors.append(
            f"trainlint: error: required plugin(s) missing{where}: {', '.join(missing)}{hint}"
        )
    return registry, loaded, errors


def _missing_plugins(registry: Registry, required: Sequence[str]) -> list[str]:
    """The distributions of ``require-plugins`` that are not loaded (``-`` and ``_``
    alike, any case)."""

    def normal(name: str) -> str:
        return name.lower().replace("_", "-")

    loaded = {normal(p.candidate.distribution) for p in registry.plugins}
    return [d for d in required if normal(d) not in loaded]


def resolve(config: Config, command_line: CommandLine | None = None) -> Settings:
    """The settings of a run: the configuration's, one per override, with the command
    line applied to each."""
    return _apply(_from_config(config), command_line or CommandLine())


def _from_config(config: Config) -> Settings:
    """The configuration's settings: the base ones, plus one per override."""
    base = Settings(
        rules=config.rules,
        select=config.select,
        extend_select=config.extend_select,
        ignore=config.ignore,
        limits=config.limits,
        selection=Selection(include=config.include, exclude=config.exclude, root=config.root),
        root=config.root,
    )
    overrides = []
    for override in config.overrides:
        rules = dict(config.rules)
        for rule_id, configured in override.rules.items():
            previous = rules.get(rule_id, RuleConfig())
            rules[rule_id] = RuleConfig(
                configured.severity or previous.severity,
                merge_options(previous.options, configured.options),
                configured.off or (previous.off and configured.severity is None),
            )
        settings = replace(
            base,
            rules=rules,
            select=override.select if override.select is not None else config.select,
            extend_select=(*config.extend_select, *override.extend_select),
            ignore=(*config.ignore, *override.ignore),
        )
        overrides.append((override.files, settings))
    return replace(base, overrides=tuple(overrides))


def _apply(settings: Settings, command_line: CommandLine) -> Settings:
    """Command-line selections override the file's, for every override too."""

    def adjust(current: Settings) -> Settings:
        return replace(
            current,
            select=list(command_line.select) if command_line.select else current.select,
            extend_select=[*current.extend_select, *command_line.extend_select],
            ignore=[*current.ignore, *command_line.ignore],
        )

    if command_line.force_exclude:
        settings = replace(settings, force_exclude=True)
    if command_line.stdin_filename:
        settings = replace(settings, stdin_filename=command_line.stdin_filename)
    if command_line.extend_exclude:
        selection = settings.selection
        exclude = (*selection.exclude, *command_line.extend_exclude)
        settings = replace(settings, selection=replace(selection, exclude=exclude))
    if not (command_line.select or command_line.extend_select or command_line.ignore):
        return settings
    overrides = [(patterns, adjust(s)) for patterns, s in settings.overrides]
    return replace(adjust(settings), overrides=overrides)
