"""pytest plugin for rule authors (registered through the ``pytest11`` entry point).

Provides the ``trainlint`` fixture, the :mod:`checker.testing` module::

    def test_my_rule(trainlint):
        trainlint.assert_findings(SNIPPET, [("my-plugin/my-rule", 4, 7, "...")],
                                  rules=["my-plugin/my-rule"])

Importing this module is cheap: the engine is imported when the fixture is used.
"""

from __future__ import annotations

from types import ModuleType

import pytest


@pytest.fixture
def trainlint() -> ModuleType:
    """The :mod:`checker.testing` kit: ``lint``, ``assert_findings``, ``assert_no_findings``."""
    from checker import testing

    return testing
