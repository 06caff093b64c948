"""ruff (lint and format) and mypy --strict run as part of the test suite."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _tool(name: str) -> None:
    if (
        shutil.which(name) is None
        and subprocess.run(
            [sys.executable, "-m", name, "--version"], capture_output=True, check=False
        ).returncode
        != 0
    ):
        pytest.skip(f"{name} is not installed (pip install -e '.[test]')")


@pytest.mark.slow
def test_ruff_lint() -> None:
    _tool("ruff")
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_ruff_format() -> None:
    _tool("ruff")
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_strict(tmp_path: Path) -> None:
    """mypy --strict over ``checker`` with ``rules/`` and ``schemas/`` mapped into it, and
    over the fat-loss plugin.

    mypy knows nothing of setuptools' package-dir mapping, so the test lays the
    package out as it is installed (symlinks, no copies) and checks that tree.
    """
    _tool("mypy")
    package = tmp_path / "checker"
    package.mkdir()
    for entry in (ROOT / "checker").iterdir():
        if entry.name != "__pycache__":
            (package / entry.name).symlink_to(entry)
    (package / "rules").symlink_to(ROOT / "rules")
    (package / "schemas").symlink_to(ROOT / "schemas")
    # the example plugin too: written against checker.api only, it type-checks strictly
    plugin = ROOT / "plugins" / "trainlint-fat-loss" / "src" / "trainlint_fat_loss"
    (tmp_path / plugin.name).symlink_to(plugin)
    config = str(ROOT / "pyproject.toml")
    command = [sys.executable, "-m", "mypy", "--config-file", config, "-p", "checker"]
    command += ["-p", plugin.name]
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


#: ``checker/`` and ``rules/`` (installed as ``checker.rules``) by module name.
SOURCES = {"checker": ROOT / "checker", "checker.rules": ROOT / "rules"}
#: The largest module, and the longest function, a newcomer should have to read.
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
#: Modules and functions still over a limit, each with the reason it is allowed for now.
OVERSIZED: dict[str, str] = {
    "checker.plugins": "being reworked for the public plugin API (issue 16, item 3)",
}


def _modules() -> dict[str, Path]:
    modules: dict[str, Path] = {}
    for package, folder in SOURCES.items():
        for file in sorted(folder.rglob("*.py")):
            parts = list(file.relative_to(folder).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join([package, *parts])] = file
    return modules


def _imports(name: str, file: Path, known: set[str]) -> set[str]:
    """Every module of ``known`` that ``name`` imports: at module level, under
    ``TYPE_CHECKING`` or inside a function alike."""
    found: set[str] = set()
    package = name if file.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in known)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*parent, *([node.module] if node.module else [])])
            for alias in node.names:
                full = f"{base}.{alias.name}"
                if full in known:
                    found.add(full)
                elif base in known:
                    found.add(base)
    found.discard(name)
    return found


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of ``graph`` (as a path that ends where it starts), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (found := visit(target)) is not None:
                return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)) is not None:
            return found
    return None


def test_the_cycle_finder_finds_cycles() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycle() -> None:
    """No two modules of ``checker`` (``rules`` included) import each other, even
    through others, counting imports under ``TYPE_CHECKING`` and inside functions."""
    modules = _modules()
    known = set(modules)
    graph = {name: _imports(name, file, known) for name, file in modules.items()}
    assert "checker.settings" in graph["checker.engine"], "the import graph is read"
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


def test_module_and_function_sizes() -> None:
    """No module over MAX_MODULE_LINES lines, no function over MAX_FUNCTION_LINES."""
    too_long: list[str] = []
    for name, file in _modules().items():
        text = file.read_text(encoding="utf-8")
        lines = len(text.splitlines())
        if lines > MAX_MODULE_LINES and name not in OVERSIZED:
            too_long.append(f"{name}: {lines} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                # from ``def`` to the last line (click's option decorators not counted)
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES and f"{name}.{node.name}" not in OVERSIZED:
                    too_long.append(f"{name}.{node.name} (line {node.lineno}): {length} lines")
    assert not too_long, "\n".join(too_long)


#: What vulture reports that is used all the same, by reason (``path:name``).
VULTURE_ALLOWED = {
    # called by name: pluggy hooks, click commands, pytest's fixture, signal handlers
    "checker/builtin.py:trainlint_rules",
    "checker/builtin.py:trainlint_exercises",
    "checker/hookspecs.py:trainlint_rules",
    "checker/hookspecs.py:trainlint_exercises",
    "checker/hookspecs.py:trainlint_schema_sections",
    "checker/pytest_plugin.py:trainlint",
    "checker/budget.py:signum",
    "checker/budget.py:frame",
    "checker/launch.py:signum",
    "checker/launch.py:frame",
    # called by ruamel.yaml's compiled composer (checker.compose): the resolver's hooks,
    # and the fields every ruamel.yaml node has
    "checker/compose.py:ascend_resolver",
    "checker/compose.py:descend_resolver",
    "checker/compose.py:comment",
    # the read-only containers refuse these mutators (checker.frozen)
    "checker/frozen.py:popitem",
    "checker/frozen.py:insert",
    "checker/frozen.py:reverse",
    # the page's text colour (in report_html's style sheet), checked for contrast by tests
    "checker/report_charts.py:INK",
    # read by the match statement (a hand-written frozen class matches as a dataclass did)
    "checker/values.py:__match_args__",
    # multiprocessing's own flag, set to stop its exit handlers waiting (summary_parallel)
    "checker/summary_parallel.py:_exiting",
    # public API of the testing kit for plugin authors (docs/writing-plugins.md)
    "checker/testing.py:registry_with",
    "checker/testing.py:assert_no_findings",
    # counters and switches the tests read (cache hits, linear-time work, fast paths)
    "checker/cache.py:hits",
    "checker/cache.py:misses",
    "checker/yaml_build.py:lines_scanned",
    "checker/yaml_build.py:spans_moved",
    "checker/compose.py:fast_available",
    "checker/schema.py:fast",
    "checker/sources.py:cited",
    # called by others: pluggy (hook implementations and specifications), jsonschema
    # (an error's _set), Python (a Protocol's __call__, a module's __getattr__)
    "checker/builtin.py:trainlint_formats",
    "checker/hookspecs.py:trainlint_formats",
    "checker/schema_memo.py:_set",
    "checker/api.py:__call__",
    "checker/api.py:__getattr__",
    # public API for output-format plugins (docs/writing-plugins.md)
    "checker/report.py:tool_version",
    # a rule's summary before its defaults are filled in (what the summary tests read)
    "checker/rule.py:summary_template",
    # the program model and prescriptions are being reworked (issue 12)
    "checker/program.py:block_index",
    "checker/program.py:warmup",
    "checker/prescriptions.py:note",
    "checker/volume.py:trained_groups",
}


def test_no_dead_code() -> None:
    """vulture finds no unused code in ``checker/`` and ``rules/`` but the allowed."""
    _tool("vulture")
    command = [sys.executable, "-m", "vulture", "checker", "rules", "--min-confidence", "60"]
    command += ["--ignore-decorators", "@cli.command,@baseline.command,@cli.group"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    found = set()
    for line in result.stdout.splitlines():
        where, _, rest = line.partition(": ")
        name = rest.split("'")[1] if "'" in rest else rest
        found.add(f"{where.split(':')[0]}:{name}")
    assert found, "vulture reports the allowed names: it ran"
    unexpected = sorted(found - VULTURE_ALLOWED)
    assert not unexpected, "unused code (delete it, or allow it with a reason):\n" + "\n".join(
        unexpected
    )
