"""What a rule is: metadata, an options schema, documentation and a check.

A rule lives in its own module; the module docstring is the user documentation
(as in yamllint), shown by ``trainlint explain`` and in ``docs/rules.md``.

Example::

    class MaxBackExercises(Rule):
        id = "max-back-exercises"
        summary = "Limit back exercises per workout"
        default_severity = Severity.ERROR
        options_schema = {"max": by_level({"type": "integer", "minimum": 1})}
        defaults = {"max": {"beginner": 2, "intermediate": 3, "advanced": 3}}

        def check(self, program, options):
            ...
            yield Violation(program.key_span(path), "message")
"""

from __future__ import annotations

import inspect
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, ClassVar

from checker.findings import Severity, Span
from checker.program import LEVELS, Program
from checker.values import Frozen, replace, set_field

RULE_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$")


class Violation(Frozen, fields=("span", "message", "severity", "anchor")):
    """What a rule's check yields: where and what, in a coach's words.

    ``severity`` lowers this one finding below the rule's configured severity (never
    raises it): rules report ``Severity.INFO`` where one source supports what the
    program does and another does not (see :mod:`checker.evidence`).
    """

    __slots__ = ("anchor", "message", "severity", "span")

    span: Span
    message: str
    severity: Severity | None
    #: The entry the finding is about, when ``span`` points inside it (at its ``reps``,
    #: say): a suppression comment on the entry's first line applies too.
    anchor: Span | None

    def __init__(
        self,
        span: Span,
        message: str,
        severity: Severity | None = None,
        anchor: Span | None = None,
    ) -> None:
        set_field(self, "span", span)
        set_field(self, "message", message)
        set_field(self, "severity", severity)
        set_field(self, "anchor", anchor)


class Habits:
    """One finding per habit: the same prescription of the same exercise in several
    workouts is reported once, at its first place, naming the other workouts."""

    def __init__(self) -> None:
        self._first: dict[Any, Violation] = {}
        self._where: dict[Any, list[str]] = {}

    def add(self, key: Any, workout: str, violation: Violation) -> None:
        if key not in self._first:
            self._first[key] = violation
            self._where[key] = []
        elif workout not in self._where[key]:
            self._where[key].append(workout)

    def violations(self) -> Iterator[Violation]:
        for key, violation in self._first.items():
            others = self._where[key]
            if others:
                names = ", ".join(f"'{name}'" for name in others)
                violation = replace(violation, message=f"{violation.message} (the same in {names})")
            yield violation


def by_level(schema: Mapping[str, Any]) -> dict[str, Any]:
    """An option schema that accepts one value, or one value per program level."""
    kind = {
        "integer": "a whole number",
        "number": "a number",
        "string": "text",
        "boolean": "true or false",
    }.get(str(schema.get("type")), "a value")
    return {
        "errorMessage": f"must be {kind}, or a mapping of level (beginner, intermediate, "
        f"advanced) to {kind}",
        "anyOf": [
            dict(schema),
            {
                "type": "object",
                "properties": {level: dict(schema) for level in LEVELS},
                "additionalProperties": False,
            },
        ],
    }


def is_per_level(value: object) -> bool:
    """Whether an option value is a mapping of level -> value."""
    return isinstance(value, Mapping) and bool(value) and set(value) <= set(LEVELS)


def for_level(value: Any, level: str) -> Any:
    """One level's value of an option (a per-level mapping without it: intermediate's)."""
    if is_per_level(value):
        if level in value:
            return value[level]
        return value.get("intermediate", next(iter(value.values())))
    return value


def merge_option(base: Any, override: Any) -> Any:
    """``override`` on top of ``base``: a per-level mapping overrides only the levels it
    names (``{beginner: 8}`` leaves intermediate and advanced at ``base``'s values)."""
    if not is_per_level(override):
        return override
    if base is None or (is_per_level(override) and set(override) == set(LEVELS)):
        return dict(override)
    return {level: override.get(level, for_level(base, level)) for level in LEVELS}


def merge_options(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """Option values of ``override`` on top of ``base``, merged per level."""
    merged = dict(base)
    for key, value in override.items():
        merged[key] = merge_option(base.get(key), value)
    return merged


class Options(Mapping[str, Any]):
    """A rule's effective options for one program: per-level values resolved."""

    def __init__(self, values: Mapping[str, Any], level: str) -> None:
        self._values = dict(values)
        self._level = level

    def __getitem__(self, key: str) -> Any:
        return for_level(self._values[key], self._level)

    def __iter__(self) -> Any:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


class Rule:
    """Base class of every rule, built-in or from a plugin."""

    #: Public, stable id: kebab-case, plugins prefix theirs (``fat-loss/cardio-frequency``).
    id: ClassVar[str]
    #: One line, shown by ``trainlint rules``. A threshold is written once, as a
    #: placeholder for its default (``{min}``, ``{max[beginner]}``): the class gets the
    #: summary with the defaults filled in, and ``summary_template`` keeps the template.
    summary: ClassVar[str]
    summary_template: ClassVar[str] = ""
    default_severity: ClassVar[Severity] = Severity.ERROR
    #: False for opt-in rules (turned on with ``select``/``extend-select`` or a severity).
    enabled_by_default: ClassVar[bool] = True
    #: JSON Schema of each option (the properties of the options object).
    options_schema: ClassVar[Mapping[str, Any]] = {}
    #: Default option values; a value may be a mapping of level -> value.
    defaults: ClassVar[Mapping[str, Any]] = {}
    #: Which guidance text the thresholds come from (for example "000"), if any.
    guidance: ClassVar[str | None] = None
    #: Where each option's default comes from: option name -> citation, a guidance
    #: passage (``000:95``) or a published standard (see :mod:`checker.sources`).
    sources: ClassVar[Mapping[str, str]] = {}
    #: Pairs of options (low, high) that must satisfy low <= high at every level;
    #: the configuration is refused, at the option's position, when they do not.
    ranges: ClassVar[tuple[tuple[str, str], ...]] = ()
    #: Reference tables shown by ``explain`` and in docs/rules.md: title -> Markdown lines.
    tables: ClassVar[Mapping[str, Sequence[str]]] = {}
    #: A program that breaks the rule and one that satisfies it (documentation and tests).
    failing_example: ClassVar[str] = ""
    passing_example: ClassVar[str] = ""
    #: True when the rule needs to know what an exercise trains (the catalog).
    uses_catalog: ClassVar[bool] = True
    #: Goals the rule's sources do not write for, each with why: in a program with one
    #: of them, the rule's findings are ``info`` and say why (the guidance and the
    #: standards write for healthy trainees, not for a clinician's ``rehab`` program).
    goals_out_of_scope: ClassVar[Mapping[str, str]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        template = cls.__dict__.get("summary")
        if isinstance(template, str) and "{" in template:
            cls.summary_template = template
            try:
                cls.summary = template.format_map(cls.defaults)
            except (KeyError, IndexError, ValueError, AttributeError, TypeError):
                cls.summary = template  # not a template after all: shown as written
        elif isinstance(template, str):
            cls.summary_template = template

    def check(self, program: Program, options: Options) -> Iterable[Violation]:
        raise NotImplementedError

    @classmethod
    def documentation(cls) -> str:
        """The module docstring (the rule's user documentation)."""
        module = sys.modules.get(cls.__module__)
        doc = inspect.getdoc(module) if module is not None else None
        return doc or inspect.getdoc(cls) or cls.summary

    @classmethod
    def options_object_schema(cls) -> dict[str, Any]:
        """The JSON Schema that a configured options object must satisfy."""
        return {
            "type": "object",
            "properties": {key: dict(value) for key, value in cls.options_schema.items()},
            "additionalProperties": False,
        }
