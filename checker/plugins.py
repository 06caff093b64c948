"""Loading and asking plugins: the plugin manager, and the registry they feed.

Like flake8's plugin finder, finding and loading are separate steps:

1. :func:`~checker.plugin_finder.find_plugins` lists the ``trainlint`` entry
   points of installed distributions without importing anything;
2. :func:`load_plugins` imports each one and registers it with pluggy; a plugin
   that fails to import, implements an unknown hook or a hook with the wrong
   arguments is reported as a :class:`PluginError` naming its distribution;
3. :func:`build_registry` calls every hook plugin by plugin, so a hook that
   raises or returns nonsense (see :mod:`checker.contributions`) is blamed on its
   own plugin, and refuses duplicate rule ids and format names naming both owners.

The :class:`Registry` has one entry per extension point: rules, the exercise
catalog, schema sections and output formats (:mod:`checker.formats`). The
built-in ones come through the very same path (the ``builtin`` entry point of
the ``trainlint`` distribution, :mod:`checker.builtin`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import pluggy

from checker import hookspecs
from checker.catalog import Catalog
from checker.contributions import (
    Invalid,
    cause,
    check_exercises,
    check_formats,
    check_rules,
    check_sections,
)
from checker.formats import OutputFormat
from checker.plugin_finder import BUILTIN, GROUP, PluginCandidate, find_plugins
from checker.report import PluginError
from checker.rule import Rule
from checker.values import Record

__all__ = [
    "BUILTIN",
    "GROUP",
    "LoadedPlugin",
    "PluginCandidate",
    "PluginError",
    "Registry",
    "build_registry",
    "collect",
    "find_plugins",
    "load_plugins",
    "new_manager",
]


class LoadedPlugin(
    Record, fields=("candidate", "module", "rules", "exercises", "sections", "formats")
):
    __slots__ = ("candidate", "exercises", "formats", "module", "rules", "sections")
    candidate: PluginCandidate
    module: object
    rules: list[str]
    exercises: int
    sections: list[str]
    formats: list[str]

    def __init__(
        self,
        candidate: PluginCandidate,
        module: object,
        rules: list[str] | None = None,
        exercises: int = 0,
        sections: list[str] | None = None,
        formats: list[str] | None = None,
    ) -> None:
        self.candidate = candidate
        self.module = module
        self.rules = [] if rules is None else rules
        self.exercises = exercises
        self.sections = [] if sections is None else sections
        self.formats = [] if formats is None else formats


class Registry(
    Record, fields=("rules", "owners", "catalog", "sections", "formats", "plugins", "errors")
):
    """Everything the loaded plugins contribute."""

    __slots__ = ("catalog", "errors", "formats", "owners", "plugins", "rules", "sections")

    rules: dict[str, type[Rule]]
    owners: dict[str, str]
    catalog: Catalog
    sections: dict[str, Mapping[str, Any]]
    #: Output formats by name, in registration order (the built-in ones first).
    formats: dict[str, OutputFormat]
    plugins: list[LoadedPlugin]
    errors: list[PluginError]

    def __init__(
        self,
        rules: dict[str, type[Rule]] | None = None,
        owners: dict[str, str] | None = None,
        catalog: Catalog | None = None,
        sections: dict[str, Mapping[str, Any]] | None = None,
        formats: dict[str, OutputFormat] | None = None,
        plugins: list[LoadedPlugin] | None = None,
        errors: list[PluginError] | None = None,
    ) -> None:
        self.rules = {} if rules is None else rules
        self.owners = {} if owners is None else owners
        self.catalog = Catalog() if catalog is None else catalog
        self.sections = {} if sections is None else sections
        self.formats = {} if formats is None else formats
        self.plugins = [] if plugins is None else plugins
        self.errors = [] if errors is None else errors


def _import(value: str) -> object:
    module_name, _, attribute = value.partition(":")
    module: object = importlib.import_module(module_name.strip())
    for part in filter(None, attribute.strip().split(".")):
        module = getattr(module, part)
    return module


def new_manager() -> pluggy.PluginManager:
    manager = pluggy.PluginManager(hookspecs.PROJECT)
    manager.add_hookspecs(hookspecs)
    return manager


def load_plugins(
    manager: pluggy.PluginManager,
    candidates: Iterable[PluginCandidate],
    importer: Callable[[str], object] = _import,
) -> tuple[list[LoadedPlugin], list[PluginError]]:
    """Import and register each candidate; failures are returned, never raised."""
    loaded: list[LoadedPlugin] = []
    errors: list[PluginError] = []
    for candidate in candidates:
        try:
            module = importer(candidate.value)
        except BaseException as exc:  # a plugin's import may raise anything, even SystemExit
            if isinstance(exc, KeyboardInterrupt):
                raise
            errors.append(
                PluginError(
                    candidate.distribution, f"failed to import '{candidate.value}': {cause(exc)}"
                )
            )
            continue
        try:
            manager.register(module, name=f"{candidate.distribution}:{candidate.name}")
        except ValueError as exc:  # already registered under another name
            errors.append(PluginError(candidate.distribution, str(exc)))
            continue
        except pluggy.PluginValidationError as exc:
            errors.append(PluginError(candidate.distribution, f"invalid hook: {exc}"))
            continue
        unknown = [
            caller.name for caller in manager.get_hookcallers(module) or () if not caller.has_spec()
        ]
        if unknown:
            manager.unregister(module)
            names = ", ".join(sorted(unknown))
            errors.append(
                PluginError(
                    candidate.distribution,
                    f"implements unknown hook(s) {names}; the hooks are {_hook_list()}",
                )
            )
            continue
        loaded.append(LoadedPlugin(candidate, module))
    return loaded, errors


def _hook_list() -> str:
    names = hookspecs.HOOKS
    return ", ".join(names[:-1]) + " and " + names[-1]


def _call(manager: pluggy.PluginManager, hook_name: str, plugin: LoadedPlugin) -> Any:
    caller = getattr(manager.hook, hook_name)
    for impl in caller.get_hookimpls():
        if impl.plugin is plugin.module:
            return impl.function()
    return None


def build_registry(*, plugins: bool = True, formats_only: bool = False) -> Registry:
    """Find, load and ask all plugins (only the built-in one when ``plugins`` is False).

    With ``formats_only``, only ``trainlint_formats`` is asked (what the command
    line needs for ``--format``'s choices, without building rules and catalog).

    Whatever a plugin prints while it is imported or asked goes to standard error:
    standard output is the report's (``--format json`` must stay valid JSON)."""
    from checker.quiet import stdout_to_stderr

    with stdout_to_stderr():
        candidates = [c for c in find_plugins() if plugins or c.builtin]
        manager = new_manager()
        loaded, errors = load_plugins(manager, candidates)
        return collect(manager, loaded, errors, formats_only=formats_only)


def collect(
    manager: pluggy.PluginManager,
    loaded: Sequence[LoadedPlugin],
    errors: list[PluginError],
    *,
    formats_only: bool = False,
) -> Registry:
    """Ask each loaded plugin's hooks and merge what they contribute."""
    registry = Registry(errors=list(errors))
    for plugin in loaded:
        name = plugin.candidate.distribution
        try:
            rules = None if formats_only else _call(manager, "trainlint_rules", plugin)
            exercises = None if formats_only else _call(manager, "trainlint_exercises", plugin)
            sections = None if formats_only else _call(manager, "trainlint_schema_sections", plugin)
            formats = _call(manager, "trainlint_formats", plugin)
            new_rules = check_rules(name, rules or ())
        except Exception as exc:
            registry.errors.append(PluginError(name, f"a hook raised {cause(exc)}"))
            continue
        try:
            new_exercises = check_exercises(name, exercises)
            new_sections = check_sections(sections, registry.sections)
            new_formats = check_formats(formats)
        except Invalid as exc:
            registry.errors.append(PluginError(name, str(exc)))
            continue
        _add_rules(registry, plugin, new_rules)
        for exercise in new_exercises:
            registry.catalog.add(exercise)
        plugin.exercises = len(new_exercises)
        for key, section in new_sections.items():
            registry.sections[str(key)] = section
            plugin.sections.append(str(key))
        _add_formats(registry, plugin, new_formats)
        registry.plugins.append(plugin)
    return registry


def _add_rules(registry: Registry, plugin: LoadedPlugin, rules: Sequence[type[Rule]]) -> None:
    name = plugin.candidate.distribution
    for rule in rules:
        if rule.id in registry.rules:
            registry.errors.append(
                PluginError(
                    name,
                    f"rule id '{rule.id}' is already defined by plugin "
                    f"'{registry.owners[rule.id]}'; refusing the one from '{name}'",
                )
            )
            continue
        registry.rules[rule.id] = rule
        registry.owners[rule.id] = name
        plugin.rules.append(rule.id)


def _add_formats(
    registry: Registry, plugin: LoadedPlugin, formats: Mapping[str, Callable[..., str]]
) -> None:
    name = plugin.candidate.distribution
    for key, render in formats.items():
        taken = registry.formats.get(key)
        if taken is not None:
            registry.errors.append(
                PluginError(
                    name,
                    f"format '{key}' is already defined by plugin '{taken.owner}'; "
                    f"refusing the one from '{name}'",
                )
            )
            continue
        registry.formats[key] = OutputFormat(key, name, render)
        plugin.formats.append(key)
