"""The hooks: rules, and the ``nutrition`` and ``cardio`` program sections."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from checker.api import Rule, hookimpl


@hookimpl
def trainlint_rules() -> Sequence[type[Rule]]:
    from trainlint_fat_loss.rules import RULES

    return RULES


@hookimpl
def trainlint_schema_sections() -> Mapping[str, Mapping[str, Any]]:
    from trainlint_fat_loss.schema import CARDIO, NUTRITION

    return {"nutrition": NUTRITION, "cardio": CARDIO}
