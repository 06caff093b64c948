"""The JSON Schemas trainlint ships (``schemas/``, installed as ``checker.schemas``)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any


@cache
def packaged(name: str) -> dict[str, Any]:
    """The schema file ``name`` of ``checker.schemas``, read once a process (callers
    copy before changing it)."""
    import checker.schemas

    folder = Path(checker.schemas.__file__ or "").parent
    text = (folder / name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
