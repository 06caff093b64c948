"""Run every test that loads YAML on both composers (fast and pure, see checker.compose).

At the repository root so that the plugins' own tests are covered too.
"""

from __future__ import annotations

import pytest

from checker.compose import fast_available

#: Both YAML composers (see checker.compose): every test that loads YAML runs on each.
BACKENDS = ["auto", "pure"] if fast_available() else ["pure"]
#: Modules that never load a program, or whose subject is not the loader (they are slow).
_ONE_BACKEND = {
    "test_cache_and_jobs",
    "test_compose",
    "test_properties",
    "test_quality",
    "test_pre_commit",
    "test_catalog_data",
    "test_writing_plugins",
    "test_plugin_trust",
    "test_security",
    "test_faults",
    "test_editor_schema",
    "test_install_docs",
    "test_machine_output",
    "test_readme_samples",
    "test_hardening_runs",
}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "yaml_backend" in metafunc.fixturenames:
        module = metafunc.module.__name__.rsplit(".", 1)[-1]
        params = BACKENDS[:1] if module in _ONE_BACKEND else BACKENDS
        metafunc.parametrize("yaml_backend", params, indirect=True)
    if "schema_validator" in metafunc.fixturenames:
        module = metafunc.module.__name__.rsplit(".", 1)[-1]
        metafunc.parametrize("schema_validator", _validators(module), indirect=True)


@pytest.fixture(autouse=True)
def yaml_backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run the test with ``TRAINLINT_YAML`` set (inherited by subprocesses too)."""
    backend: str = request.param
    monkeypatch.setenv("TRAINLINT_YAML", backend)
    return backend


#: Schema validation: jsonschema-rs answers "valid?" first where installed; these
#: modules run on it and on jsonschema alone (the reference), with the same expectations.
_BOTH_VALIDATORS = {"test_schema_messages", "test_rules", "test_fat_loss_rules"}


def _validators(module: str) -> list[str]:
    try:
        import jsonschema_rs  # noqa: F401
    except ImportError:
        return ["reference"]
    return ["fast", "reference"] if module in _BOTH_VALIDATORS else ["fast"]


@pytest.fixture(autouse=True)
def schema_validator(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run the test with ``TRAINLINT_SCHEMA`` set (``fast`` or ``reference``)."""
    choice: str = request.param
    monkeypatch.setenv("TRAINLINT_SCHEMA", choice)
    return choice
