"""``--format json``: a JSON array of findings with a fixed set of keys.

Each element has exactly ``path``, ``line``, ``column``, ``end_line``,
``end_column`` (null when unknown), ``rule``, ``severity`` (``error``,
``warning`` or ``info``) and ``message``.
"""

from __future__ import annotations

import json

from checker.report import Report
from checker.reporters.options import RenderOptions


def render(report: Report, options: RenderOptions) -> str:
    return json.dumps([f.to_dict() for f in report.findings], indent=2, ensure_ascii=False) + "\n"
