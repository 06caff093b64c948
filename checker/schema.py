"""The program JSON Schema: loading it, extending it with plugin sections, validating."""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Mapping, Sequence
from typing import Any

from checker.findings import Finding
from checker.loader import Document
from checker.schema_files import packaged


def program_schema(sections: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, Any]:
    """The program schema, with top-level ``sections`` contributed by plugins added."""
    schema = packaged("program.schema.json")
    if not sections:
        return schema
    extended = copy.deepcopy(schema)
    properties = extended.setdefault("properties", {})
    for key, section in sections.items():
        properties[key] = dict(section)
    return extended


def with_exercise_names(schema: Mapping[str, Any], names: Sequence[str]) -> dict[str, Any]:
    """``schema`` with ``names`` offered for an entry's ``exercise`` as ``examples``: editors
    complete them, and validation ignores them (an ``enum`` in an ``anyOf`` would slow
    jsonschema down and blur its messages, for no check: custom names are allowed)."""
    extended = copy.deepcopy(dict(schema))
    exercise = extended["$defs"]["exercise-entry"]["properties"]["exercise"]
    exercise["examples"] = list(names)
    return extended


def config_schema() -> dict[str, Any]:
    """The configuration file schema."""
    return packaged("config.schema.json")


class SchemaValidator:
    """Validates documents (programs, the configuration) against one schema.

    jsonschema is the reference: every finding's wording and position comes from its
    errors. Where jsonschema-rs is installed it answers the common question first (is
    this document valid?) about a hundred times faster, and jsonschema runs only on the
    documents that are not; ``tests/test_validators.py`` holds the two to the same
    verdict. ``TRAINLINT_SCHEMA=reference`` turns the fast check off. An invalid
    document is checked by parts (:mod:`checker.schema_sites`): jsonschema on its
    mappings and lists, and on each invalid exercise entry by its shape, remembered
    with the wording of its errors; jsonschema remembers the errors of values it has
    met (:mod:`checker.schema_memo`). Invalid files cost little more than valid ones.
    """

    def __init__(self, schema: Mapping[str, Any]) -> None:
        self.schema = schema
        self._reference: Any = None
        self._fast: Any = _fast_validator(schema)
        self._sites: Any = _UNBUILT

    @property
    def fast(self) -> bool:
        """Whether the fast validity check is in use."""
        return self._fast is not None

    @property
    def reference(self) -> Any:
        """The reference validator (jsonschema, remembering: :mod:`checker.schema_memo`)."""
        if self._reference is None:
            from checker.schema_memo import memoizing_validator

            self._reference = memoizing_validator(self.schema, fast=self._fast is not None)
        return self._reference

    def reference_errors(self, data: Any) -> Any:
        return self.reference.iter_errors(data)

    def validate(self, document: Document) -> list[Finding]:
        return self.check(document)[0]

    def check(self, document: Document) -> tuple[list[Finding], frozenset[tuple[Any, ...]]]:
        """The findings, and the paths of the values they are about (rules skip those)."""
        if self._fast is not None:
            try:
                if self._fast.is_valid(document.data):
                    return [], frozenset()
                sites = self._site_checker()
                if sites is not None:
                    from checker.schema_messages import translate

                    errors, places, paths = sites.check(document.data, self.reference)
                    paths.update(tuple(error.absolute_path) for error in errors)
                    return translate(errors, document, self.schema, places), frozenset(paths)
            except Exception:  # a value jsonschema-rs cannot take (NaN, huge ints)
                pass
        from checker.schema_messages import translate

        errors = list(self.reference_errors(document.data))
        found = frozenset(tuple(error.absolute_path) for error in errors)
        return translate(errors, document, self.schema), found

    def _site_checker(self) -> Any:
        """The checker of invalid programs by parts (:mod:`checker.schema_sites`), or
        None where the schema does not allow it (or ``TRAINLINT_SCHEMA=reference``)."""
        if self._sites is _UNBUILT:
            from checker.schema_sites import SiteChecker, stubbed

            try:
                found = stubbed(self.schema)
                self._sites = SiteChecker(self.schema, found) if found else None
            except Exception:  # a schema jsonschema-rs refuses in parts
                self._sites = None
        return self._sites


_UNBUILT = object()


def _fast_validator(schema: Mapping[str, Any]) -> Any:
    if os.environ.get("TRAINLINT_SCHEMA", "").strip().lower() == "reference":
        return None
    from checker.fast_schema import compile_fast

    try:
        return compile_fast(schema)
    except ImportError:
        return None
    except Exception:  # a schema (a plugin's section, say) that jsonschema-rs refuses
        return None


def schema_json(schema: Mapping[str, Any]) -> str:
    """The schema as pretty JSON text (``trainlint schema``)."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
