"""Parallel runs, the result cache and the progress line, end to end.

``--jobs N`` must print exactly what a serial run prints; the cache must give the same
findings as a cold run, never a stale one, and survive corruption, concurrency and
runs killed half-way.
"""

from __future__ import annotations

import io
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from checker import cache as cache_module
from checker.cache import Cache
from checker.engine import Engine
from checker.findings import Finding, Severity
from checker.parallel import _pack, _unpack
from checker.progress import TerminalProgress, wanted
from checker.runner import run
from checker.settings import RuleConfig, Settings
from tests.conftest import RunCli, builtin_registry, load_generator


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """80 generated programs (about a third with mistakes) plus some broken files."""
    root = tmp_path_factory.mktemp("corpus")
    generate = load_generator()
    generate.generate(root / "programs", 80, 0.35, 3)
    (root / "programs" / "broken.yaml").write_text("program: [unclosed\nworkouts: x\n")
    (root / "programs" / "binary.yaml").write_bytes(b"program: \x00\x01\x02")
    (root / "programs" / "empty.yaml").write_text("")
    return root


def trainlint(*args: str, cwd: Path, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    environment = {**os.environ, "NO_COLOR": "1", **(env or {})}
    result = subprocess.run(
        [sys.executable, "-m", "checker", *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return result.returncode, result.stdout, result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])  # one test each: run side by side
def test_parallel_output_is_byte_for_byte_the_serial_output(corpus: Path, fmt: str) -> None:
    outputs = {}
    for jobs in ("1", "2", "3"):
        code, out, err = trainlint(
            "check", "programs", "--no-cache", "--jobs", jobs, "--format", fmt, cwd=corpus
        )
        assert code == 1, err
        outputs[jobs] = out
    assert outputs["1"] == outputs["2"] == outputs["3"]
    assert "programs/broken.yaml" in outputs["1"]
    if fmt == "text":
        assert "programs/broken.yaml:2:" in outputs["1"]
        assert "Found " in outputs["1"]


def test_a_handful_of_files_starts_no_pool(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from concurrent import futures

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool was started for a handful of files")

    monkeypatch.setattr(futures, "ProcessPoolExecutor", refuse)
    files = sorted(str(p) for p in (corpus / "programs").rglob("program-*.yaml"))[:5]
    report = run(Engine(builtin_registry(), Settings()), files, jobs=4)
    assert report.files == 5


def _run(corpus: Path, cache: Cache | None, settings: Settings | None = None) -> list[Any]:
    engine = Engine(builtin_registry(), settings or Settings())
    return run(engine, [str(corpus / "programs")], jobs=1, cache=cache).findings


@pytest.mark.slow
def test_warm_run_gives_the_cold_findings_from_the_cache(corpus: Path, tmp_path: Path) -> None:
    cold_cache = Cache(tmp_path / "cache")
    cold = _run(corpus, cold_cache)
    assert cold_cache.hits == 0
    warm_cache = Cache(tmp_path / "cache")
    warm = _run(corpus, warm_cache)
    assert warm == cold
    assert warm_cache.misses == 0
    assert warm_cache.hits == 82  # the empty file is not a program when walked
    assert _run(corpus, None) == cold
    assert (tmp_path / "cache" / ".gitignore").read_text().endswith("*\n")


@pytest.mark.slow
def test_cache_is_never_stale(corpus: Path, tmp_path: Path) -> None:
    directory = tmp_path / "cache"
    _run(corpus, Cache(directory))
    # 1. the content changes
    target = corpus / "programs" / "000" / "program-00000.yaml"
    original = target.read_text()
    try:
        target.write_text(
            original.replace("sets: 2", "sets: 9", 1).replace("sets: 3", "sets: 9", 1)
        )
        changed = Cache(directory)
        findings = _run(corpus, changed)
        assert changed.misses == 1
        assert findings == _run(corpus, None)
    finally:
        target.write_text(original)
    # 2. the configuration changes
    strict = Settings(rules={"max-back-exercises": RuleConfig(options={"max": 1})})
    configured = Cache(directory)
    assert _run(corpus, configured, strict) == _run(corpus, None, strict)
    assert configured.hits == 0
    # 3. the code changes: a version, or a source file of a plugin
    base = cache_module.code_fingerprint([cache_module], [("trainlint", "1")])
    assert base != cache_module.code_fingerprint([cache_module], [("trainlint", "2")])
    assert base != cache_module.code_fingerprint(
        [cache_module], [("trainlint", "1"), ("trainlint-fat-loss", "0.1")]
    )


def test_code_fingerprint_follows_edits_of_plugin_sources(tmp_path: Path) -> None:
    package = tmp_path / "my_plugin"
    package.mkdir()
    source = package / "__init__.py"
    source.write_text("X = 1\n")
    module = type(sys)("my_plugin")
    module.__file__ = str(source)
    before = cache_module.code_fingerprint([module], [("my-plugin", "1.0")])
    source.write_text("X = 22\n")
    os.utime(source, ns=(time.time_ns() + 10**9, time.time_ns() + 10**9))
    assert cache_module.code_fingerprint([module], [("my-plugin", "1.0")]) != before


@pytest.mark.slow
@pytest.mark.parametrize("damage", ["truncate", "garbage", "wrong-shape", "bad-rows"])
def test_a_damaged_pack_is_ignored_and_rewritten(corpus: Path, tmp_path: Path, damage: str) -> None:
    directory = tmp_path / "cache"
    cold = _run(corpus, Cache(directory))
    (pack,) = (directory / "v1").glob("pack-*.json")
    data = pack.read_bytes()
    pack.write_bytes(
        {
            "truncate": data[: len(data) // 2],
            "garbage": b"\xff\xfe not json",
            "wrong-shape": b"[1, 2, 3]",
            "bad-rows": data.replace(b'"error"', b'"catastrophe"'),
        }[damage]
    )
    damaged = Cache(directory)
    assert _run(corpus, damaged) == cold
    if damage != "bad-rows":
        assert not pack.exists(), "the damaged pack should have been removed"
    again = Cache(directory)
    assert _run(corpus, again) == cold
    assert again.misses == 0


def test_packs_are_merged_when_they_pile_up(corpus: Path, tmp_path: Path) -> None:
    directory = tmp_path / "cache"
    files = sorted((corpus / "programs").rglob("program-*.yaml"))
    engine = Engine(builtin_registry(), Settings())
    for index in range(cache_module.MAX_PACKS + 3):
        run(engine, [str(files[index])], jobs=1, cache=Cache(directory))
    assert len(list((directory / "v1").glob("pack-*.json"))) <= cache_module.MAX_PACKS
    final = Cache(directory)
    run(engine, [str(f) for f in files[: cache_module.MAX_PACKS + 3]], jobs=1, cache=final)
    assert final.misses == 0


@pytest.mark.slow
def test_two_runs_sharing_a_cache_at_once(corpus: Path, tmp_path: Path) -> None:
    env = {"TRAINLINT_CACHE_DIR": str(tmp_path / "shared-cache")}
    command = [sys.executable, "-m", "checker", "check", "programs", "--jobs", "1"]
    processes = [
        subprocess.Popen(
            command,
            cwd=corpus,
            env={**os.environ, **env},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    outputs = [p.communicate(timeout=300) for p in processes]
    assert {p.returncode for p in processes} == {1}
    assert len({out for out, _ in outputs}) == 1
    assert all(not err for _, err in outputs), outputs[0][1]
    code, out, _ = trainlint("check", "programs", cwd=corpus, env=env)
    assert code == 1 and out == outputs[0][0]


@pytest.mark.slow
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT])
def test_a_run_killed_half_way_leaves_a_usable_cache(
    corpus: Path, tmp_path: Path, how: signal.Signals
) -> None:
    env = {**os.environ, "TRAINLINT_CACHE_DIR": str(tmp_path / "cache")}
    expected = trainlint("check", "programs", "--no-cache", cwd=corpus)[1]
    for _ in range(2):  # killed on a cold cache, then on a warm one
        process = subprocess.Popen(
            [sys.executable, "-m", "checker", "check", "programs", "--jobs", "2"],
            cwd=corpus,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(0.4)
        process.send_signal(how)
        _, err = process.communicate(timeout=60)
        if how == signal.SIGINT and process.returncode != 1:  # 1: it had finished
            # -SIGINT: on a slow machine the signal can come before the interpreter has
            # set up its handler; the process then ends by the signal (a shell shows 130).
            assert process.returncode in (130, -signal.SIGINT), err
            assert "Traceback" not in err
        code, out, err = trainlint("check", "programs", cwd=corpus, env=env)
        assert (code, out) == (1, expected), err
    assert not list((tmp_path / "cache" / "v1").glob("*.part"))


@pytest.mark.slow
def test_a_cached_run_imports_no_validator_and_no_yaml_parser(corpus: Path, tmp_path: Path) -> None:
    env = {**os.environ, "TRAINLINT_CACHE_DIR": str(tmp_path / "cache"), "NO_COLOR": "1"}
    script = (
        "import sys\n"
        "from checker.cli import main\n"
        "code = main(['check', 'programs', '--jobs', '1'])\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('jsonschema', 'jsonschema_rs', 'ruamel', 'referencing'))\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    first = subprocess.run(
        [sys.executable, "-c", script], cwd=corpus, env=env, capture_output=True, text=True
    )
    assert "'jsonschema_rs'" in first.stderr.splitlines()[-1]
    second = subprocess.run(
        [sys.executable, "-c", script], cwd=corpus, env=env, capture_output=True, text=True
    )
    assert second.stderr.splitlines()[-1] == "HEAVY []"
    assert second.stdout == first.stdout


@pytest.mark.slow
def test_nothing_is_written_outside_the_cache_directory(corpus: Path, tmp_path: Path) -> None:
    def snapshot() -> dict[str, float]:
        return {
            str(p): p.stat().st_mtime
            for p in corpus.rglob("*")
            if ".trainlint_cache" not in p.parts
        }

    before = snapshot()
    code, _, err = trainlint("check", "programs", cwd=corpus)
    assert code == 1, err
    assert snapshot() == before
    assert (corpus / ".trainlint_cache" / "v1").is_dir()
    code, _, _ = trainlint("check", "programs", "--no-cache", cwd=tmp_path)
    assert code == 2  # no such path here, and nothing written either
    assert not (tmp_path / ".trainlint_cache").exists()


@pytest.mark.slow
def test_cache_dir_option_and_no_cache(corpus: Path, tmp_path: Path, run_cli: RunCli) -> None:
    target = tmp_path / "elsewhere"
    programs = str(corpus / "programs")
    assert run_cli("check", programs, "--cache-dir", str(target), "-j", "1").code == 1
    assert list((target / "v1").glob("pack-*.json"))
    other = tmp_path / "unused"
    assert run_cli("check", programs, "--cache-dir", str(other), "--no-cache").code == 1
    assert not other.exists()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_only_after_a_delay_and_erased() -> None:
    stream = _Terminal()
    progress = TerminalProgress(stream, delay=0.0)
    progress(5, 10)
    progress(10, 10)
    assert "trainlint: 10/10 files" in stream.getvalue()
    progress.finish()
    assert stream.getvalue().endswith("\r\x1b[2K")
    quiet = _Terminal()
    slow = TerminalProgress(quiet, delay=60.0)
    slow(1, 2)
    slow.finish()
    assert quiet.getvalue() == ""


def test_progress_never_in_pipes_or_ci() -> None:
    assert wanted(_Terminal(), {})
    assert not wanted(_Terminal(), {"CI": "true"})
    assert not wanted(_Terminal(), {"TERM": "dumb"})
    assert not wanted(io.StringIO(), {})


#: ``python -m checker`` with a progress line that would be drawn at once (no delay),
#: and with ``wanted()`` forced to True when the first argument is ``forced``.
_PROGRESS_AT_ONCE = """\
import sys
import checker.progress as progress

class AtOnce(progress.TerminalProgress):
    def __init__(self, stream, delay=1.0):
        super().__init__(stream, delay=0.0)

progress.TerminalProgress = AtOnce
if sys.argv.pop(1) == "forced":
    progress.wanted = lambda stream, environ=None: True
from checker.launch import run
sys.exit(run())
"""


@pytest.mark.slow
def test_progress_does_not_reach_a_pipe(corpus: Path) -> None:
    files = sorted(str(p) for p in (corpus / "programs").rglob("program-*.yaml"))[:3]
    # neither CI nor a dumb terminal: only the pipe may keep the line away
    env = {k: v for k, v in os.environ.items() if k != "CI"} | {"TERM": "xterm", "NO_COLOR": "1"}

    def stderr_of(mode: str) -> str:
        done = subprocess.run(
            [sys.executable, "-c", _PROGRESS_AT_ONCE, mode, "check", "--no-cache", *files],
            cwd=corpus, env=env, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
        assert done.returncode in (0, 1), done.stderr
        return done.stderr

    assert "files" not in (piped := stderr_of("as-is")) and "\r" not in piped
    # the control: were the line wanted on a pipe, this test would see it
    assert f"trainlint: 3/{len(files)} files" in stderr_of("forced")


def test_generated_corpus_is_deterministic(tmp_path: Path) -> None:
    generate = load_generator()
    first = generate.program(random.Random(5), True)
    assert first == generate.program(random.Random(5), True)


@pytest.mark.slow
def test_ctrl_c_while_still_importing_exits_130_without_a_traceback() -> None:
    # checker.launch guards the imports of the command line (most of a one-file run):
    # here the SIGINT comes while the guard is in place, before checker.cli is imported.
    code = (
        "import os, signal, sys\n"
        "import checker.launch as launch\n"
        "class SlowImport:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'checker.cli':\n"
        "            os.kill(os.getpid(), signal.SIGINT)\n"
        "            for _ in range(10**7): pass\n"
        "        return None\n"
        "sys.meta_path.insert(0, SlowImport())\n"
        "sys.exit(launch.run())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert (result.returncode, result.stderr) == (130, "Interrupted.\n")


def test_findings_cross_the_pipe_whole() -> None:
    # workers send findings as tuples (ten times faster to read back than dataclasses);
    # every field comes back, the anchor line (which equality ignores) too
    sent = [
        Finding("a.yaml", 3, 5, 3, 9, "schema", Severity.ERROR, "unknown key 'set'", 2),
        Finding("a.yaml", 1, 1, None, None, "warmup", Severity.WARNING, "no warm-up", None),
        Finding("a.yaml", 7, 2, 7, 4, "set-range", Severity.INFO, "1 set", 7),
    ]
    back = _unpack(_pack(sent))
    assert back == sent
    assert [f.anchor_line for f in back] == [2, None, 7]
    assert [type(f.severity) for f in back] == [Severity] * 3
