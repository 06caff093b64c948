"""Which YAML composer and which schema validator a test runs on.

At the repository root so that the plugins' own tests are covered too.

* ``@pytest.mark.composers`` (on a test, or ``pytestmark`` on a module): the test loads
  program YAML and asserts what the loader made of it (positions, messages, findings),
  so it runs once on each YAML composer (``auto``: libyaml where exact, and ``pure``;
  see checker.compose), with ``TRAINLINT_YAML`` set (subprocesses inherit it).
  ``@pytest.mark.composers("auto")`` on one test of such a module runs it on that
  composer only (a real process or a worker run, whose subject is not the loader).
* ``@pytest.mark.validators``: the test runs once on each schema validator (``fast``:
  jsonschema-rs answers "valid?" first; ``reference``: jsonschema alone), with
  ``TRAINLINT_SCHEMA`` set.
* The example plugins' own tests (``plugins/*/tests``) run on both of each.
* Every other test runs once, on the defaults (both variables removed from the
  environment). tests/test_compose.py compares the two composers directly and
  tests/test_validators.py the two validators.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.compose import fast_available

#: Both YAML composers (see checker.compose), where libyaml's is installed.
BACKENDS = ["auto", "pure"] if fast_available() else ["pure"]


def _validators() -> list[str]:
    try:
        import jsonschema_rs  # noqa: F401
    except ImportError:
        return ["reference"]
    return ["fast", "reference"]


VALIDATORS = _validators()


#: The example plugins' own rule tests (positions and messages of findings): both of each.
_PLUGINS = Path(__file__).resolve().parent / "plugins"


def _choices(metafunc: pytest.Metafunc, name: str, every: list[str]) -> list[str]:
    """The values the test runs on: all of ``every`` where marked ``name``, only those
    named in the closest such mark (``@pytest.mark.composers("auto")`` on a test of a
    marked module: a real process whose composer does not matter), none unmarked."""
    marker = metafunc.definition.get_closest_marker(name)
    if marker is None:
        return every if metafunc.definition.path.is_relative_to(_PLUGINS) else []
    return [value for value in every if not marker.args or value in marker.args] or every[:1]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    backends = _choices(metafunc, "composers", BACKENDS)
    if backends:
        metafunc.parametrize("yaml_backend", backends, indirect=True)
    validators = _choices(metafunc, "validators", VALIDATORS)
    if validators:
        metafunc.parametrize("schema_validator", validators, indirect=True)


@pytest.fixture(autouse=True)
def yaml_backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """``TRAINLINT_YAML`` for the test: the composer it is parametrized with, or unset."""
    backend: str | None = getattr(request, "param", None)
    if backend is None:
        monkeypatch.delenv("TRAINLINT_YAML", raising=False)
        return "auto"
    monkeypatch.setenv("TRAINLINT_YAML", backend)
    return backend


@pytest.fixture(autouse=True)
def schema_validator(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """``TRAINLINT_SCHEMA`` for the test: the validator it is parametrized with, or unset."""
    choice: str | None = getattr(request, "param", None)
    if choice is None:
        monkeypatch.delenv("TRAINLINT_SCHEMA", raising=False)
        return VALIDATORS[0]
    monkeypatch.setenv("TRAINLINT_SCHEMA", choice)
    return choice
