"""Finding, loading and asking plugins: the plugin manager.

Like flake8's plugin finder, finding and loading are separate steps:

1. :func:`find_plugins` lists the ``trainlint`` entry points of installed
   distributions without importing anything;
2. :func:`load_plugins` imports each one and registers it with pluggy; a plugin
   that fails to import, implements an unknown hook or a hook with the wrong
   arguments is reported as a :class:`PluginError` naming its distribution;
3. :func:`build_registry` calls every hook plugin by plugin, so a hook that
   raises or returns nonsense is blamed on its own plugin, and refuses
   duplicate rule ids naming both owners.

The built-in rules come through the very same path (the ``builtin`` entry point
of the ``trainlint`` distribution).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pluggy

from checker import hookspecs
from checker.catalog import Catalog, Exercise
from checker.rule import RULE_ID, Rule

GROUP = "trainlint"
BUILTIN = "trainlint"


@dataclass(slots=True, repr=False, eq=False)
class PluginCandidate:
    """An entry point found in the ``trainlint`` group (not imported yet)."""

    name: str
    value: str
    distribution: str
    version: str

    @property
    def builtin(self) -> bool:
        return self.distribution == BUILTIN


@dataclass(slots=True, repr=False, eq=False)
class PluginError:
    """A plugin that could not be used, and why."""

    distribution: str
    cause: str

    def __str__(self) -> str:
        return f"plugin '{self.distribution}': {self.cause}"


@dataclass(slots=True, repr=False, eq=False)
class LoadedPlugin:
    candidate: PluginCandidate
    module: object
    rules: list[str] = field(default_factory=list)
    exercises: int = 0
    sections: list[str] = field(default_factory=list)


@dataclass(slots=True, repr=False, eq=False)
class Registry:
    """Everything the loaded plugins contribute."""

    rules: dict[str, type[Rule]] = field(default_factory=dict)
    owners: dict[str, str] = field(default_factory=dict)
    catalog: Catalog = field(default_factory=Catalog)
    sections: dict[str, Mapping[str, Any]] = field(default_factory=dict)
    plugins: list[LoadedPlugin] = field(default_factory=list)
    errors: list[PluginError] = field(default_factory=list)


def find_plugins() -> list[PluginCandidate]:
    """Every ``trainlint`` entry point, built-in first, then by distribution name."""
    found: dict[tuple[str, str], PluginCandidate] = {}
    for candidate in _entry_points(GROUP):
        found.setdefault((candidate.distribution.lower(), candidate.name), candidate)
    if not any(c.builtin for c in found.values()):
        # Running from a source tree that is not installed: same module, same path.
        from checker import __version__

        found[(BUILTIN, "builtin")] = PluginCandidate(
            "builtin", "checker.builtin", BUILTIN, __version__
        )
    return sorted(found.values(), key=lambda c: (not c.builtin, c.distribution.lower(), c.name))


def _entry_points(group: str) -> list[PluginCandidate]:
    """The entry points of ``group``, read from the metadata folders on ``sys.path``.

    This is what ``importlib.metadata.entry_points`` does for folders, without its
    import cost (a quarter of trainlint's start-up); zip files on the path, which it
    alone can read, send the search to it.

    The current directory is never searched, although ``python -m`` and ``python -c``
    put it on ``sys.path``: it is usually the repository being linted, and metadata
    committed there must not make trainlint import code from it (see docs/security.md).
    """
    import os

    candidates: list[PluginCandidate] = []
    seen: set[str] = set()
    path = _search_path()
    for folder in path:
        if os.path.isfile(folder):
            return _entry_points_from_importlib(group, path)
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            continue
        for name in names:
            if not name.endswith((".dist-info", ".egg-info")):
                continue
            meta = os.path.join(folder, name)
            points = _read(os.path.join(meta, "entry_points.txt"))
            if points is None:
                continue
            header = _read(os.path.join(meta, "METADATA")) or _read(os.path.join(meta, "PKG-INFO"))
            dist, version = _name_and_version(header or "", name)
            normalized = dist.lower().replace("_", "-").replace(".", "-")
            if normalized in seen:
                continue  # an earlier folder on sys.path shadows this copy
            seen.add(normalized)
            for point_name, value in _section(points, group):
                candidates.append(PluginCandidate(point_name, value, dist, version))
    return candidates


def _read(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError):
        return None


def _name_and_version(header: str, folder: str) -> tuple[str, str]:
    name = version = None
    for line in header.splitlines():
        if not line.strip():
            break  # end of the header
        key, _, value = line.partition(":")
        if key == "Name" and name is None:
            name = value.strip()
        elif key == "Version" and version is None:
            version = value.strip()
    stem = folder.rsplit(".", 1)[0]
    fallback_name, _, fallback_version = stem.partition("-")
    return name or fallback_name, version or fallback_version.split("-")[0] or "unknown"


def _section(text: str, group: str) -> list[tuple[str, str]]:
    """``name = value`` lines of one section of an ``entry_points.txt`` (an INI file)."""
    entries: list[tuple[str, str]] = []
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            continue
        if current == group and "=" in line:
            name, _, value = line.partition("=")
            entries.append((name.strip(), value.strip()))
    return entries


def _search_path() -> list[str]:
    """``sys.path`` without the current directory (see :func:`_entry_points`)."""
    import os
    import sys

    try:
        here: str | None = os.path.realpath(os.getcwd())
    except OSError:  # the current directory was removed
        here = None
    folders = []
    for entry in sys.path:
        folder = entry or "."
        if here is not None and os.path.realpath(folder) == here:
            continue
        folders.append(folder)
    return folders


def _entry_points_from_importlib(group: str, path: list[str]) -> list[PluginCandidate]:
    from importlib import metadata

    candidates = []
    seen: set[str] = set()
    for dist in metadata.distributions(path=path):
        name = str(dist.metadata["Name"])
        normalized = name.lower().replace("_", "-").replace(".", "-")
        if normalized in seen:
            continue  # an earlier folder on the path shadows this copy
        seen.add(normalized)
        for entry_point in dist.entry_points.select(group=group):
            candidates.append(
                PluginCandidate(entry_point.name, entry_point.value, name, dist.version)
            )
    return candidates


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
                    candidate.distribution, f"failed to import '{candidate.value}': {_cause(exc)}"
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
                    f"implements unknown hook(s) {names}; the hooks are trainlint_rules, "
                    "trainlint_exercises and trainlint_schema_sections",
                )
            )
            continue
        loaded.append(LoadedPlugin(candidate, module))
    return loaded, errors


def _cause(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _call(manager: pluggy.PluginManager, hook_name: str, plugin: LoadedPlugin) -> tuple[bool, Any]:
    caller = getattr(manager.hook, hook_name)
    for impl in caller.get_hookimpls():
        if impl.plugin is plugin.module:
            return True, impl.function()
    return False, None


def build_registry(*, plugins: bool = True) -> Registry:
    """Find, load and ask all plugins (only the built-in one when ``plugins`` is False).

    Whatever a plugin prints while it is imported or asked goes to standard error:
    standard output is the report's (``--format json`` must stay valid JSON)."""
    from checker.quiet import stdout_to_stderr

    with stdout_to_stderr():
        candidates = [c for c in find_plugins() if plugins or c.builtin]
        manager = new_manager()
        loaded, errors = load_plugins(manager, candidates)
        return collect(manager, loaded, errors)


def collect(
    manager: pluggy.PluginManager, loaded: Sequence[LoadedPlugin], errors: list[PluginError]
) -> Registry:
    """Ask each loaded plugin's hooks and merge what they contribute."""
    registry = Registry(errors=list(errors))
    for plugin in loaded:
        name = plugin.candidate.distribution
        try:
            _, rules = _call(manager, "trainlint_rules", plugin)
            _, exercises = _call(manager, "trainlint_exercises", plugin)
            _, sections = _call(manager, "trainlint_schema_sections", plugin)
            new_rules = _check_rules(name, rules or ())
        except Exception as exc:
            registry.errors.append(PluginError(name, f"a hook raised {_cause(exc)}"))
            continue
        try:
            new_exercises = _check_exercises(name, exercises)
            new_sections = _check_sections(sections, registry.sections)
        except _Invalid as exc:
            registry.errors.append(PluginError(name, str(exc)))
            continue
        for rule in new_rules:
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
        for exercise in new_exercises:
            registry.catalog.add(exercise)
        plugin.exercises = len(new_exercises)
        for key, section in new_sections.items():
            registry.sections[str(key)] = section
            plugin.sections.append(str(key))
        registry.plugins.append(plugin)
    return registry


def _check_rules(owner: str, rules: Iterable[Any]) -> list[type[Rule]]:
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


class _Invalid(Exception):
    """What a plugin contributed is unusable; the message says what and where."""


def _check_exercises(owner: str, exercises: Any) -> list[Exercise]:
    """The catalog entries a plugin contributes, each checked as it is registered."""
    if exercises is None:
        return []
    if isinstance(exercises, (str, bytes, Mapping)) or not isinstance(exercises, Iterable):
        raise _Invalid(
            f"trainlint_exercises must return a list of mappings, got {type(exercises).__name__}"
        )
    checked = []
    for index, entry in enumerate(exercises):
        if not isinstance(entry, Mapping):
            raise _Invalid(
                f"trainlint_exercises: entry {index} must be a mapping, got {type(entry).__name__}"
            )
        try:
            exercise = Exercise.from_mapping(entry, source=owner)
        except Exception as exc:
            raise _Invalid(
                f"trainlint_exercises: entry {index} is invalid: {_cause(exc)}"
            ) from None
        if not (isinstance(exercise.id, str) and exercise.id and isinstance(exercise.name, str)):
            raise _Invalid(f"trainlint_exercises: entry {index} needs a text 'id' and 'name'")
        checked.append(exercise)
    return checked


def _check_sections(sections: Any, taken: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """The program sections a plugin contributes: a mapping of new top-level keys to
    valid JSON Schemas (checked here, so that a bad one never reaches a run)."""
    if sections is None:
        return {}
    if not isinstance(sections, Mapping):
        raise _Invalid(
            "trainlint_schema_sections must return a mapping of section names to JSON "
            f"Schemas, got {type(sections).__name__}"
        )
    from checker.schema import program_schema

    core = program_schema().get("properties", {})
    checked: dict[str, Mapping[str, Any]] = {}
    for key, section in sections.items():
        if not isinstance(key, str) or not key:
            raise _Invalid(f"schema section name {key!r} must be non-empty text")
        if key in core or key in taken:
            raise _Invalid(f"schema section '{key}' is already defined")
        if not isinstance(section, Mapping):
            raise _Invalid(
                f"schema section '{key}' must be a JSON Schema mapping, "
                f"got {type(section).__name__}"
            )
        problem = _schema_problem(section)
        if problem:
            raise _Invalid(f"schema section '{key}' is not a valid JSON Schema: {problem}")
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
        import jsonschema_rs

        jsonschema_rs.meta.validate(plain)
        jsonschema_rs.Draft202012Validator({"type": "object", "properties": {"s": plain}})
    except ImportError:
        return None
    except Exception as exc:
        text = str(exc).strip().splitlines()
        return text[0][:200] if text else type(exc).__name__
    return None
