"""The engine: lint one file's content into findings. It never prints.

One file goes through three stages, each producing findings:

1. loading (:mod:`checker.loader`): ``syntax`` findings;
2. schema validation (:mod:`checker.schema`): ``schema`` findings;
3. the active rules, each on its own: a rule that raises becomes one
   ``internal-error`` finding for that file and every other finding stays.

Running a whole job (targets, standard input, the cache, workers, progress) is
:mod:`checker.runner`'s.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from checker.budget import over_memory, over_time
from checker.catalog import Catalog, Exercise
from checker.findings import INTERNAL_ERROR, Finding, Severity, Span
from checker.loader import Document, load_bytes
from checker.plugins import BUILTIN, Registry
from checker.program import Program, build_program
from checker.ranges import RANGE_KEYS, range_findings
from checker.rule import Options, Violation
from checker.schema import SchemaValidator, program_schema
from checker.settings import ActiveRule, Settings, active_rules
from checker.value_walk import texts_of
from checker.word_slips import slip_findings


class Engine:
    """Lints sources with one registry (rules, catalog, schema) and one configuration."""

    def __init__(self, registry: Registry, settings: Settings | None = None) -> None:
        self.registry = registry
        self.settings = settings or Settings()
        self.rules = active_rules(registry.rules, self.settings)
        self._per_settings: dict[int, list[ActiveRule]] = {id(self.settings): self.rules}
        self._validator: SchemaValidator | None = None

    @property
    def validator(self) -> SchemaValidator:
        if self._validator is None:
            self._validator = SchemaValidator(program_schema(self.registry.sections))
        return self._validator

    def rules_for(self, settings: Settings) -> list[ActiveRule]:
        """The active rules for ``settings`` (computed once per settings object)."""
        rules = self._per_settings.get(id(settings))
        if rules is None:
            rules = self._per_settings[id(settings)] = active_rules(self.registry.rules, settings)
        return rules

    def lint_bytes(self, raw: bytes, path: str, settings: Settings | None = None) -> list[Finding]:
        """Every finding for one file's content, sorted by position."""
        settings = settings or self.settings
        rules = self.rules_for(settings)
        loaded = load_bytes(raw, path, settings.limits)
        findings = list(loaded.findings)
        document = loaded.document
        if document is not None:
            schema_findings, invalid = self.validator.check(document)
            findings.extend(schema_findings)
            # one walk finds the values the checks beside the schema read (every key of
            # the slip check is a range key)
            texts = texts_of(document.data, RANGE_KEYS)
            findings.extend(range_findings(document, texts))
            reported = {(f.line, f.column) for f in schema_findings}
            findings.extend(slip_findings(document, texts, reported))
            program = build_program(document, self.registry.catalog)
            program.invalid = invalid
            program.catalog_rules = tuple(a.rule.id for a in rules if a.rule.uses_catalog)
            catalog = _ReadOnlyCatalog(program.catalog)
            shared: Program | None = None
            for active in rules:
                # a plugin's rule gets its own view: the data is read-only (checker.frozen),
                # the catalog refuses additions, and the lists a rule could change are
                # copies; the built-in rules (which change nothing: tested) share one view
                # of the program's own lists (copying every entry for them cost a
                # twentieth of a run)
                if self.registry.owners.get(active.rule.id) == BUILTIN:
                    if shared is None:
                        shared = Program(
                            document, catalog, program.workouts, program.catalog_rules, invalid
                        )
                    view = shared
                else:
                    view = _program_view(program, catalog)
                findings.extend(self._run_rule(active, view, path))
            findings = self._suppress(findings, document.text, path, rules)
        findings.sort(key=lambda f: f.sort_key)
        return _distinct(findings)

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
        if "trainlint:" not in text:  # (no suppression comment: what parse() checks first)
            return findings
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
            out_of_scope = rule.goals_out_of_scope.get(getattr(program, "goal", None) or "")
            for violation in violations:
                _check_violation(violation)
                severity = active.severity
                if violation.severity is not None:
                    severity = min(severity, violation.severity)
                message = violation.message
                if out_of_scope:
                    severity = min(severity, Severity.INFO)
                    message = f"{message} (info: {out_of_scope})"
                found.append(
                    Finding.at(path, violation.span, rule.id, severity, message, violation.anchor)
                )
        except MemoryError:
            raise  # over the file's memory budget: the whole file gets a 'limit' finding
        except (Exception, SystemExit) as exc:  # a plugin's sys.exit() ends no run
            owner = self.registry.owners.get(rule.id, "unknown plugin")
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            found.append(
                Finding.file_level(
                    path,
                    INTERNAL_ERROR,
                    f"rule '{rule.id}' (plugin '{owner}') crashed on this file: "
                    f"{type(exc).__name__}{': ' + detail if detail else ''}{_where(exc)}; "
                    "this rule's check of this file is incomplete",
                )
            )
        return found


def _distinct(findings: list[Finding]) -> list[Finding]:
    """The findings without repeats: an entry written once and reused through a YAML alias
    (``- circuit: *legs``) is in the week twice but in the file once, so what a rule says
    about it twice, at the same place in the same words, is one finding."""
    seen: set[tuple[object, ...]] = set()
    distinct: list[Finding] = []
    for finding in findings:
        key = (
            finding.line,
            finding.column,
            finding.end_line,
            finding.end_column,
            finding.rule,
            finding.severity,
            finding.message,
        )
        if key not in seen:
            seen.add(key)
            distinct.append(finding)
    return distinct


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
