"""The program JSON Schema: loading it, extending it with plugin sections, validating."""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from checker.findings import Finding
from checker.loader import Document


@cache
def _packaged(name: str) -> dict[str, Any]:
    text = resources.files("checker.schemas").joinpath(name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def program_schema(sections: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, Any]:
    """The program schema, with top-level ``sections`` contributed by plugins added."""
    schema = _packaged("program.schema.json")
    if not sections:
        return schema
    extended = copy.deepcopy(schema)
    properties = extended.setdefault("properties", {})
    for key, section in sections.items():
        properties[key] = dict(section)
    return extended


def config_schema() -> dict[str, Any]:
    """The configuration file schema."""
    return _packaged("config.schema.json")


class ProgramValidator:
    """Validates program documents against one (possibly extended) schema."""

    def __init__(self, schema: Mapping[str, Any]) -> None:
        from jsonschema import Draft202012Validator

        self.schema = schema
        self._validator = Draft202012Validator(schema)

    def validate(self, document: Document) -> list[Finding]:
        from checker.schema_messages import translate

        errors = self._validator.iter_errors(document.data)
        return translate(errors, document, self.schema)


def schema_json(schema: Mapping[str, Any]) -> str:
    """The schema as pretty JSON text (``trainlint schema``)."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
