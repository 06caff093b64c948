"""The engine: lint sources and files into findings. It never prints.

One file goes through three stages, each producing findings:

1. loading (:mod:`checker.loader`): ``syntax`` findings;
2. schema validation (:mod:`checker.schema`): ``schema`` findings;
3. the active rules, each on its own: a rule that raises becomes one
   ``internal-error`` finding for that file and every other finding stays.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from checker.catalog import Catalog, Exercise
from checker.discovery import Selection, Target, discover
from checker.findings import CORE_IDS, INTERNAL_ERROR, IO_ERROR, LIMIT, Finding, Severity, Span
from checker.loader import Document, Limits, load_bytes
from checker.plugins import BUILTIN, PluginError, Registry
from checker.program import Program, build_program
from checker.ranges import range_findings
from checker.rule import Options, Rule, Violation, merge_options
from checker.schema import SchemaValidator, program_schema

if TYPE_CHECKING:
    from checker.cache import Cache

#: Called with (files done, files in all) as a run goes on.
Progress = Callable[[int, int], None]

#: Findings that mean "trainlint could not do its job": exit code 2.
FATAL_IDS = frozenset({INTERNAL_ERROR, IO_ERROR})


@dataclass(slots=True, repr=False, eq=False)
class RuleConfig:
    """How one rule is configured: a severity (None: the rule's default; ``off`` turns it
    off) and option values."""

    severity: Severity | None = None
    options: Mapping[str, Any] = field(default_factory=dict)
    off: bool = False


@dataclass(slots=True, repr=False, eq=False)
class Settings:
    """What the engine needs from the configuration, for one set of files.

    ``select`` (None: the rules that are on by default) plus ``extend_select``,
    minus ``ignore``; a rule given a severity in ``rules`` is selected too, one
    set to ``off`` is not. ``overrides`` pairs path globs (relative to ``root``)
    with the settings for the files they match; the last match wins.
    """

    rules: Mapping[str, RuleConfig] = field(default_factory=dict)
    select: Sequence[str] | None = None
    extend_select: Sequence[str] = ()
    ignore: Sequence[str] = ()
    limits: Limits = field(default_factory=Limits)
    selection: Selection = field(default_factory=Selection)
    overrides: Sequence[tuple[Sequence[str], Settings]] = ()
    root: Path | None = None
    force_exclude: bool = False
    #: The path that standard input (``-``) stands for (``--stdin-filename``).
    stdin_filename: str | None = None

    def for_path(self, path: Path) -> Settings:
        if not self.overrides:
            return self
        from checker.globs import glob_match

        root = self.root or Path.cwd()
        try:
            relative = path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            relative = path.as_posix()
        chosen = self
        for patterns, settings in self.overrides:
            if any(glob_match(p, relative) for p in patterns):
                chosen = settings
        return chosen


@dataclass(slots=True, repr=False, eq=False)
class ActiveRule:
    rule: type[Rule]
    severity: Severity
    options: Mapping[str, Any]


def _selected(rule_id: str, patterns: Sequence[str]) -> bool:
    return any(
        rule_id == p or p == "ALL" or (p.endswith("/") and rule_id.startswith(p)) for p in patterns
    )


def active_rules(registry: Registry, settings: Settings) -> list[ActiveRule]:
    """The rules that run, with their severity and merged options, in id order."""
    active: list[ActiveRule] = []
    for rule_id in sorted(registry.rules):
        rule = registry.rules[rule_id]
        configured = settings.rules.get(rule_id, RuleConfig())
        if settings.select is None:
            selected = rule.enabled_by_default
        else:
            selected = _selected(rule_id, settings.select)
        selected = selected or _selected(rule_id, settings.extend_select)
        selected = selected or configured.severity is not None
        if not selected or configured.off or _selected(rule_id, settings.ignore):
            continue
        severity = configured.severity or rule.default_severity
        options = merge_options(rule.defaults, configured.options)
        active.append(ActiveRule(rule, severity, options))
    return active


@dataclass(slots=True, repr=False, eq=False)
class Report:
    """The outcome of a run: every finding, and what was checked."""

    findings: list[Finding] = field(default_factory=list)
    #: Display paths of the files that were linted, in order.
    checked: list[str] = field(default_factory=list)
    plugin_errors: list[PluginError] = field(default_factory=list)
    rules: list[ActiveRule] = field(default_factory=list)
    #: Things the user should know that change no result (shown on standard error).
    warnings: list[str] = field(default_factory=list)

    @property
    def files(self) -> int:
        return len(self.checked)

    @property
    def tool_version(self) -> str:
        """The version of trainlint that made this report."""
        from checker import __version__

        return __version__

    def sort(self) -> None:
        self.findings.sort(key=lambda f: f.sort_key)

    def failed(self, fail_on: Severity) -> bool:
        return any(f.severity >= fail_on for f in self.findings)

    @property
    def fatal(self) -> bool:
        return bool(self.plugin_errors) or any(f.rule in FATAL_IDS for f in self.findings)

    def exit_code(self, fail_on: Severity = Severity.ERROR, exit_zero: bool = False) -> int:
        if self.fatal:
            return 2
        if exit_zero:
            return 0
        return 1 if self.failed(fail_on) else 0


class Engine:
    """Lints sources with one registry (rules, catalog, schema) and one configuration."""

    def __init__(self, registry: Registry, settings: Settings | None = None) -> None:
        self.registry = registry
        self.settings = settings or Settings()
        self.rules = active_rules(registry, self.settings)
        self._per_settings: dict[int, list[ActiveRule]] = {id(self.settings): self.rules}
        self._validator: SchemaValidator | None = None
        self._code: str | None = None
        self._fingerprints: dict[int, str] = {}

    @property
    def validator(self) -> SchemaValidator:
        if self._validator is None:
            self._validator = SchemaValidator(program_schema(self.registry.sections))
        return self._validator

    def _rules_for(self, settings: Settings) -> list[ActiveRule]:
        rules = self._per_settings.get(id(settings))
        if rules is None:
            rules = self._per_settings[id(settings)] = active_rules(self.registry, settings)
        return rules

    def lint_bytes(self, raw: bytes, path: str, settings: Settings | None = None) -> list[Finding]:
        """Every finding for one file's content, sorted by position."""
        settings = settings or self.settings
        rules = self._rules_for(settings)
        loaded = load_bytes(raw, path, settings.limits)
        findings = list(loaded.findings)
        document = loaded.document
        if document is not None:
            schema_findings, invalid = self.validator.check(document)
            findings.extend(schema_findings)
            findings.extend(range_findings(document))
            program = build_program(document, self.registry.catalog)
            program.invalid = invalid
            program.catalog_rules = tuple(a.rule.id for a in rules if a.rule.uses_catalog)
            catalog = _ReadOnlyCatalog(program.catalog)
            shared: Program | None = None
            for active in rules:
                # a plugin's rule gets its own view: the data is read-only (checker.frozen),
                # the catalog refuses additions, and the lists a rule could change are
                # copies; the built-in rules (which change nothing: tested) share one view
                if self.registry.owners.get(active.rule.id) == BUILTIN:
                    if shared is None:
                        shared = _program_view(program, catalog)
                    view = shared
                else:
                    view = _program_view(program, catalog)
                findings.extend(self._run_rule(active, view, path))
            findings = self._suppress(findings, document.text, path, rules)
        findings.sort(key=lambda f: f.sort_key)
        return findings

    def lint_within_budget(
        self, raw: bytes, path: str, settings: Settings | None = None
    ) -> list[Finding]:
        """:meth:`lint_bytes` within the file's time and memory budget
        (:mod:`checker.budget`): a file over it gets one ``limit`` finding instead."""
        from checker.budget import OverBudget, file_budget

        settings = settings or self.settings
        seconds = settings.limits.max_seconds
        try:
            with file_budget(seconds):
                return self.lint_bytes(raw, path, settings)
        except OverBudget:
            self._after_interruption()
            return [over_time(path, seconds)]
        except MemoryError:
            self._after_interruption()
            return [over_memory(path)]

    def _after_interruption(self) -> None:
        """The file was stopped anywhere, maybe while the catalog filled an index it
        builds on first use: start again from a fresh copy of it."""
        self.registry.catalog = Catalog(self.registry.catalog)

    def _suppress(
        self, findings: list[Finding], text: str, path: str, rules: Sequence[ActiveRule]
    ) -> list[Finding]:
        from checker import suppressions

        parsed = suppressions.parse(text)
        if not parsed.suppressions and not parsed.problems:
            return findings
        active = {a.rule.id: a for a in rules}
        unused = active.get(suppressions.UNUSED)
        return suppressions.apply(
            findings,
            parsed,
            path,
            known=self.registry.rules,
            active=active,
            report_unused=unused.severity if unused else None,
        )

    def _run_rule(self, active: ActiveRule, program: Any, path: str) -> list[Finding]:
        rule = active.rule
        found: list[Finding] = []
        try:
            options = Options(active.options, program.level)
            violations: Iterable[Violation] = rule().check(program, options)
            for violation in violations:
                _check_violation(violation)
                severity = active.severity
                if violation.severity is not None:
                    severity = min(severity, violation.severity)
                found.append(
                    Finding.at(
                        path,
                        violation.span,
                        rule.id,
                        severity,
                        violation.message,
                        violation.anchor,
                    )
                )
        except MemoryError:
            raise  # over the file's memory budget: the whole file gets a 'limit' finding
        except (Exception, SystemExit) as exc:  # a plugin's sys.exit() ends no run
            owner = self.registry.owners.get(rule.id, "unknown plugin")
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            found.append(
                Finding(
                    path,
                    1,
                    1,
                    None,
                    None,
                    INTERNAL_ERROR,
                    Severity.ERROR,
                    f"rule '{rule.id}' (plugin '{owner}') crashed on this file: "
                    f"{type(exc).__name__}{': ' + detail if detail else ''}{_where(exc)}; "
                    "this rule's check of this file is incomplete",
                )
            )
        return found

    def read_target(self, target: Target) -> bytes | Finding:
        """The bytes of a target, or a finding saying why they cannot be read: an
        ``io-error``, or a ``syntax`` finding for a file over ``max-file-size``.

        At most ``max-file-size + 1`` bytes are read, whatever the file is: discovery
        refuses walked files that are not regular, and a pipe or device named on the
        command line is read until end of file within the per-file time budget
        (see :mod:`checker.reading`)."""
        from checker.loader import too_large
        from checker.reading import read_bounded

        limits = (
            self.settings
            if target.stdin and target.display == "-"
            else self.settings.for_path(target.path)
        ).limits
        try:
            if target.content is not None:
                return target.content
            if target.stdin:
                data = sys.stdin.buffer.read(limits.max_bytes + 1)
                size = None
            else:
                read = read_bounded(
                    target.path, limits.max_bytes, regular_only=False, timeout=limits.max_seconds
                )
                data, size = read.data, read.size
            if len(data) > limits.max_bytes:
                return too_large(target.display, size, limits)
            return data
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            return Finding(
                target.display,
                1,
                1,
                None,
                None,
                IO_ERROR,
                Severity.ERROR,
                f"cannot read this file: {reason}",
            )

    def lint_target(self, target: Target) -> list[Finding]:
        raw = self.read_target(target)
        if isinstance(raw, Finding):
            return [raw]
        return self.lint_bytes(raw, target.display, self.settings.for_path(target.path))

    def settings_fingerprint(self, settings: Settings) -> str:
        """Everything in ``settings`` that the findings for a file depend on."""
        known = self._fingerprints.get(id(settings))
        if known is None:
            known = self._fingerprints[id(settings)] = self._fingerprint(settings)
        return known

    def _fingerprint(self, settings: Settings) -> str:
        import json

        rules = [[a.rule.id, a.severity.label, dict(a.options)] for a in self._rules_for(settings)]
        limits = settings.limits
        payload = [rules, [getattr(limits, name) for name in limits.__slots__]]
        return json.dumps(payload, sort_keys=True, default=repr)

    def code_fingerprint(self) -> str:
        """trainlint's and every plugin's version and source files (see :mod:`checker.cache`)."""
        if self._code is None:
            from checker import cache

            modules: list[Any] = [p.module for p in self.registry.plugins]
            modules.extend(sys.modules.get(r.__module__) for r in self.registry.rules.values())
            for name in ("checker", "checker.schemas"):
                if name in sys.modules:
                    modules.append(sys.modules[name])
            versions = [
                (p.candidate.distribution, p.candidate.version) for p in self.registry.plugins
            ]
            self._code = cache.code_fingerprint([m for m in modules if m], versions)
        return self._code

    def run(
        self,
        paths: Iterable[str],
        *,
        jobs: int | None = 1,
        cache: Cache | None = None,
        progress: Progress | None = None,
    ) -> Report:
        """Lint every target under ``paths``.

        ``jobs`` worker processes (None: one per core) lint the files that are not in
        ``cache``; the report is the same, finding for finding and in the same order,
        whatever the number of jobs. ``progress`` is called with (done, total).
        """
        from checker.quiet import stdout_to_stderr

        # rules are plugin code: what they print goes to stderr, not into the report
        paths = list(paths)
        with stdout_to_stderr():
            report = self._run(paths, jobs, cache, progress)
        if not report.checked and self._exclude_removed_everything(paths):
            patterns = ", ".join(repr(p) for p in self.settings.selection.exclude)
            report.warnings.append(
                f"'exclude' ({patterns}) removed every file that would have been linted; "
                "nothing was linted"
            )
        return report

    def _exclude_removed_everything(self, paths: list[str]) -> bool:
        """Whether the run found nothing only because of the ``exclude`` patterns (not
        said with ``--force-exclude``: pre-commit passes excluded files on purpose)."""
        selection = self.settings.selection
        if not selection.exclude or self.settings.force_exclude:
            return False
        unfiltered = replace(selection, exclude=())
        return (
            next(iter(discover(paths, unfiltered, self.settings.force_exclude)), None) is not None
        )

    def _run(
        self,
        paths: Iterable[str],
        jobs: int | None,
        cache: Cache | None,
        progress: Progress | None,
    ) -> Report:
        report = Report(plugin_errors=list(self.registry.errors), rules=list(self.rules))
        # With a cache, the bytes that were hashed are the bytes linted (a file that
        # changes meanwhile can never be cached under the other content's key).
        work: list[tuple[int, str, Path, bytes | None, str | None]] = []
        results: dict[int, list[Finding]] = {}
        for index, target in enumerate(
            discover(
                paths,
                self.settings.selection,
                self.settings.force_exclude,
                self.settings.stdin_filename,
            )
        ):
            problem = target.error
            if problem is None and not target.stdin and target.content is None:
                problem = _missing(target.path)  # (content read by discovery: it is there)
            if problem is not None:
                results[index] = [
                    Finding(target.display, 1, 1, None, None, IO_ERROR, Severity.ERROR, problem)
                ]
                continue
            report.checked.append(target.display)
            if cache is None and not target.stdin:
                # Without a cache the parent needs no bytes: the worker reads the file,
                # so memory does not grow with the number of files.
                work.append((index, target.display, target.path, None, None))
                continue
            raw = self.read_target(target)
            if isinstance(raw, Finding):
                results[index] = [raw]
                continue
            key = None
            if cache is not None and not target.stdin:
                settings = self.settings.for_path(target.path)
                from checker.cache import entry_key

                key = entry_key(
                    raw,
                    self.settings_fingerprint(settings),
                    self.code_fingerprint(),
                    target.display,
                )
                cached = cache.get(key, target.display)
                if cached is not None:
                    results[index] = cached
                    continue
            work.append((index, target.display, target.path, raw, key))
        total = len(results) + len(work)
        done = len(results)
        if progress is not None:
            progress(done, total)
        from checker.parallel import lint_all

        for (index, _display, _path, _raw, key), findings in zip(
            work, lint_all(self, [(d, p, r) for _, d, p, r, _ in work], jobs), strict=True
        ):
            results[index] = findings
            if (
                cache is not None
                and key is not None
                and not any(f.rule in FATAL_IDS or f.rule == LIMIT for f in findings)
            ):
                cache.put(key, findings)
            done += 1
            if progress is not None:
                progress(done, total)
        if cache is not None:
            cache.save()
        for index in sorted(results):
            report.findings.extend(results[index])
        report.sort()
        return report


def _check_violation(violation: object) -> None:
    """Raise (blaming the rule) when a rule yields something that is not a usable
    Violation: a message that is not text would break every report later on."""
    if not isinstance(violation, Violation):
        raise TypeError(f"check() yielded {type(violation).__name__}, not a Violation")
    if not isinstance(violation.message, str):
        raise TypeError(
            f"a Violation's message must be a str, got {type(violation.message).__name__}"
        )
    if violation.severity is not None and not isinstance(violation.severity, Severity):
        raise TypeError(
            f"a Violation's severity must be a Severity, got {violation.severity!r:.60}"
        )
    if violation.anchor is not None and not isinstance(violation.anchor, Span):
        raise TypeError(f"a Violation's anchor must be a Span, got {violation.anchor!r:.60}")
    span = violation.span
    if not (
        isinstance(span, Span)
        and all(isinstance(v, int) for v in (span.line, span.column))
        and all(v is None or isinstance(v, int) for v in (span.end_line, span.end_column))
    ):
        raise TypeError(f"a Violation's span must be a Span, got {span!r:.60}")


class _ReadOnlyCatalog(Catalog):
    """The catalog as rules see it: the same entries and lookups (sharing the caches of
    the catalog it views), but :meth:`add` is refused."""

    def __init__(self, catalog: Catalog) -> None:
        self.__dict__ = catalog.__dict__

    def add(self, exercise: Exercise) -> None:
        raise TypeError("the exercise catalog is read-only for rules")


def _program_view(program: Program, catalog: Catalog) -> Program:
    """A copy of ``program`` for one rule: its own document, workouts and exercise uses
    around the same read-only data (cheap: no data is copied)."""
    document = program.document
    view = Document(document.path, document.text, document.data, document.spans)
    workouts = []
    for workout in program.workouts:
        copied = _clone(workout)
        copied.exercises = [_clone(use) for use in workout.exercises]
        workouts.append(copied)
    return Program(view, catalog, workouts, program.catalog_rules, program.invalid)


def _clone(thing: _T) -> _T:
    """A shallow copy of a slotted dataclass instance (faster than ``copy.copy``)."""
    kind = type(thing)
    names = _SLOTS.get(kind)
    if names is None:
        names = _SLOTS[kind] = tuple(
            name for klass in kind.__mro__ for name in getattr(klass, "__slots__", ())
        )
    copied = object.__new__(kind)
    for name in names:
        value = getattr(thing, name, _UNSET)
        if value is not _UNSET:  # (a slot never set stays unset)
            object.__setattr__(copied, name, value)
    return copied


_T = TypeVar("_T")
_SLOTS: dict[type, tuple[str, ...]] = {}
_UNSET = object()


def over_time(path: str, seconds: float) -> Finding:
    """The ``limit`` finding of a file that took longer than its time budget."""
    return Finding(
        path,
        1,
        1,
        None,
        None,
        LIMIT,
        Severity.ERROR,
        f"linting this file took longer than {seconds:g} s and was stopped "
        "(raise 'max-seconds-per-file' in the configuration if this program is real)",
    )


def over_memory(path: str) -> Finding:
    """The ``limit`` finding of a file that needed more memory than its budget."""
    from checker.budget import MEMORY_CAP

    return Finding(
        path,
        1,
        1,
        None,
        None,
        LIMIT,
        Severity.ERROR,
        f"linting this file needed more than {MEMORY_CAP // 2**20:,} MiB of memory and was "
        "stopped (see docs/security.md)",
    )


def _missing(path: Path) -> str | None:
    """Why ``path`` is not there (a dangling symlink, a symlink loop...); None: it is."""
    try:
        os.stat(path)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return reason[:1].lower() + reason[1:]
    return None


def _where(exc: BaseException) -> str:
    tb = exc.__traceback__
    last = None
    while tb is not None:
        last = tb
        tb = tb.tb_next
    if last is None:
        return ""
    code = last.tb_frame.f_code
    return f" (in {Path(code.co_filename).name}:{last.tb_lineno})"


def is_core(rule_id: str) -> bool:
    return rule_id in CORE_IDS or rule_id in FATAL_IDS
