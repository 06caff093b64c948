"""Settings: what linting one file needs from the configuration, and the rules that run.

:class:`Settings` is the resolved configuration for a set of files (the resolver that
builds it from the configuration file, the command line, the overrides and the
defaults is :mod:`checker.resolve`); :func:`active_rules` turns it into the rules that
run, with their severity and options.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.discovery import Selection
from checker.findings import Severity
from checker.loader import Limits
from checker.rule import merge_options
from checker.values import Record

if TYPE_CHECKING:
    from checker.rule import Rule


class RuleConfig(Record, fields=("severity", "options", "off")):
    """How one rule is configured: a severity (None: the rule's default; ``off`` turns it
    off) and option values."""

    __slots__ = ("off", "options", "severity")

    severity: Severity | None
    options: Mapping[str, Any]
    off: bool

    def __init__(
        self,
        severity: Severity | None = None,
        options: Mapping[str, Any] | None = None,
        off: bool = False,
    ) -> None:
        self.severity = severity
        self.options = {} if options is None else options
        self.off = off


class Settings(
    Record,
    fields=(
        "rules",
        "select",
        "extend_select",
        "ignore",
        "limits",
        "selection",
        "overrides",
        "root",
        "force_exclude",
        "stdin_filename",
    ),
):
    """What the engine needs from the configuration, for one set of files.

    ``select`` (None: the rules that are on by default) plus ``extend_select``,
    minus ``ignore``; a rule given a severity in ``rules`` is selected too, one
    set to ``off`` is not. ``overrides`` pairs path globs (relative to ``root``)
    with the settings for the files they match; the last match wins.
    """

    __slots__ = (
        "extend_select",
        "force_exclude",
        "ignore",
        "limits",
        "overrides",
        "root",
        "rules",
        "select",
        "selection",
        "stdin_filename",
    )

    rules: Mapping[str, RuleConfig]
    select: Sequence[str] | None
    extend_select: Sequence[str]
    ignore: Sequence[str]
    limits: Limits
    selection: Selection
    overrides: Sequence[tuple[Sequence[str], Settings]]
    root: Path | None
    force_exclude: bool
    #: The path that standard input (``-``) stands for (``--stdin-filename``).
    stdin_filename: str | None

    def __init__(
        self,
        rules: Mapping[str, RuleConfig] | None = None,
        select: Sequence[str] | None = None,
        extend_select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        limits: Limits | None = None,
        selection: Selection | None = None,
        overrides: Sequence[tuple[Sequence[str], Settings]] = (),
        root: Path | None = None,
        force_exclude: bool = False,
        stdin_filename: str | None = None,
    ) -> None:
        self.rules = {} if rules is None else rules
        self.select = select
        self.extend_select = extend_select
        self.ignore = ignore
        self.limits = Limits() if limits is None else limits
        self.selection = Selection() if selection is None else selection
        self.overrides = overrides
        self.root = root
        self.force_exclude = force_exclude
        self.stdin_filename = stdin_filename

    def for_path(self, path: Path) -> Settings:
        """The settings for the file at ``path``: the last override matching it, or these."""
        if not self.overrides:
            return self
        matched = self.matching(path)
        return self.overrides[matched[-1]][1] if matched else self

    def matching(self, path: Path) -> list[int]:
        """The indexes of the overrides whose globs match ``path``, in order."""
        from checker.globs import glob_match, relative_path

        relative = relative_path(path, self.root or Path.cwd())
        return [
            index
            for index, (patterns, _) in enumerate(self.overrides)
            if any(glob_match(p, relative) for p in patterns)
        ]


class ActiveRule(Record, fields=("rule", "severity", "options")):
    """A rule that runs, with its severity and merged options."""

    __slots__ = ("options", "rule", "severity")

    rule: type[Rule]
    severity: Severity
    options: Mapping[str, Any]

    def __init__(
        self,
        rule: type[Rule],
        severity: Severity,
        options: Mapping[str, Any],
    ) -> None:
        self.rule = rule
        self.severity = severity
        self.options = options


def rule_matches(rule_id: str, pattern: str) -> bool:
    """Whether ``pattern`` (an id, ``ALL``, or a ``prefix/`` of a plugin's ids) selects
    ``rule_id``."""
    return (
        rule_id == pattern
        or pattern == "ALL"
        or (pattern.endswith("/") and rule_id.startswith(pattern))
    )


def unknown_rule_ids(known: Iterable[str], patterns: Iterable[str]) -> list[str]:
    """The ``patterns`` that select no rule in ``known``, in order."""
    ids = list(known)
    return [p for p in patterns if not any(rule_matches(r, p) for r in ids) and p != "ALL"]


def _selected(rule_id: str, patterns: Sequence[str]) -> bool:
    return any(rule_matches(rule_id, p) for p in patterns)


def active_rules(rules: Mapping[str, type[Rule]], settings: Settings) -> list[ActiveRule]:
    """The rules that run, with their severity and merged options, in id order."""
    active: list[ActiveRule] = []
    for rule_id in sorted(rules):
        rule = rules[rule_id]
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
