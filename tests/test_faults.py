"""Faults: what goes wrong around the linter, not in the programs (issue 7).

Paths that cannot be read (dangling symlinks, symlink loops, named pipes, folders that
vanish or cannot be listed during the walk), file names that are not UTF-8, files that
change while a run reads them, and plugins that hang or raise. Each gives a finding or a
clear error for its path, every other file is still linted, the exit code is the
documented one (2: unreadable path or internal error), and ``-j 1`` prints exactly what
``-j 2`` prints (the pool starts from 24 files, see ``checker.parallel``).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from xml.etree import ElementTree

import pytest

from checker import runner
from checker.engine import Engine
from checker.parallel import CHUNK, MIN_FILES_FOR_POOL
from checker.settings import Settings
from tests.conftest import ROOT, RunCli, builtin_registry

CLEAN = (ROOT / "examples" / "strong-back-beginner.yaml").read_bytes()
#: Two set-range findings: 12:15 (deadlift) and 30:15 (single-arm dumbbell row).
NINE_SETS = CLEAN.replace(
    b"sets: 3\n        reps: 8-10\n        load", b"sets: 9\n        reps: 8-10\n        load"
).replace(b"sets: 3\n        reps: 10\n", b"sets: 9\n        reps: 10\n")
SET_RANGE_11 = (
    "12:15: error set-range 'deadlift' has 9 sets; no source supports it: back exercises take "
    "2-3 sets (000:95)"
)
SET_RANGE_30 = (
    "30:15: error set-range 'single-arm dumbbell row' has 9 sets; no source supports it: back "
    "exercises take 2-3 sets (000:95); 3 sets of the single-arm dumbbell row (002:7)"
)
#: Enough regular programs for ``-j 2`` to start a pool of two workers (one per chunk).
MANY = max(MIN_FILES_FOR_POOL, 2 * CHUNK) + 2
#: A file name that is not UTF-8 (Latin-1 "café.yaml") and how trainlint shows it.
CAFE = b"caf\xe9.yaml"
CAFE_SHOWN = "caf\\xe9.yaml"


def write_programs(folder: Path, count: int) -> list[Path]:
    """``count`` programs, every other one with two set-range findings."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"p{index:02d}.yaml"
        path.write_bytes(NINE_SETS if index % 2 else CLEAN)
        paths.append(path)
    return paths


def trainlint(
    *args: str | bytes,
    cwd: Path,
    env: dict[str, str] | None = None,
    plugin: Path | None = None,
    timeout: float = 120,
) -> tuple[int, bytes, str]:
    """A real ``python -m checker`` run: exit code, raw standard output, standard error."""
    environment = {**os.environ, "NO_COLOR": "1", **(env or {})}
    environment.pop("PYTHONPATH", None)
    if plugin is not None:
        environment["PYTHONPATH"] = str(plugin)
    result = subprocess.run(
        [sys.executable, "-m", "checker", *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    return result.returncode, result.stdout, result.stderr.decode("utf-8", "replace")


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- plugins that misbehave -------------------------------------------------------------

PLUGIN = """\
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from checker.findings import Severity
from checker.hookspecs import hookimpl
from checker.rule import Rule


class Fault(Rule):
    id = "fault/{name}"
    summary = "Misbehaves on purpose (test fixture)"
    default_severity = Severity.INFO

    def check(self, program, options):
        path = program.document.path
{body}
        return iter(())


@hookimpl
def trainlint_rules():
    return [Fault]
"""


def make_plugin(base: Path, name: str, body: str) -> Path:
    """An installed plugin distribution ``tl-fault-<name>`` (a module and its
    ``*.dist-info`` with ``entry_points.txt``) in a folder to put on the path."""
    site = base / f"site-{name}"
    site.mkdir()
    module = f"tl_fault_{name}"
    source = PLUGIN.format(name=name, body=textwrap.indent(textwrap.dedent(body), " " * 8))
    (site / f"{module}.py").write_text(source)
    meta = site / f"{module}-1.0.dist-info"
    meta.mkdir()
    (meta / "METADATA").write_text(f"Metadata-Version: 2.1\nName: tl-fault-{name}\nVersion: 1.0\n")
    (meta / "entry_points.txt").write_text(f"[trainlint]\n{name} = {module}\n")
    return site


HANG = """\
Path(os.environ["FAULT_MARKERS"], str(os.getpid())).write_text(str(os.getpid()))
time.sleep(600)
"""


def raise_on_boom(exception: str) -> str:
    return f'if "boom" in path:\n    raise {exception}\n'


# --- paths that cannot be read ----------------------------------------------------------


def test_dangling_symlink_and_symlink_loop_are_reported_and_the_rest_linted(
    workdir: Path,
    run_cli: RunCli,
) -> None:
    folder = workdir / "programs"
    write_programs(folder, 2)
    (folder / "dangling.yaml").symlink_to("nowhere.yaml")
    (folder / "loop-a.yaml").symlink_to("loop-b.yaml")
    (folder / "loop-b.yaml").symlink_to("loop-a.yaml")
    for args in (["programs"], ["programs/dangling.yaml", "programs/loop-a.yaml", "programs"]):
        code, out, _ = run_cli("check", "--no-cache", *args)
        assert code == 2, out
        lines = out.splitlines()
        assert "programs/dangling.yaml:1:1: error io-error no such file or directory" in lines
        for name in ("loop-a", "loop-b"):
            assert (
                f"programs/{name}.yaml:1:1: error io-error too many levels of symbolic links"
                in lines
            )
        assert f"programs/p01.yaml:{SET_RANGE_11}" in lines
        # the summary counts the files it read and says how many paths it could not
        assert (
            lines[-1] == "Found 5 problems (5 errors) in 1 of 2 files; 3 paths could not be read."
        )
        assert not [line for line in lines if line.startswith("programs/p00.yaml")]


def test_a_symlink_to_a_parent_folder_is_not_followed(workdir: Path, run_cli: RunCli) -> None:
    write_programs(workdir / "programs", 2)
    (workdir / "programs" / "again").symlink_to("..", target_is_directory=True)
    code, out, _ = run_cli("check", "--no-cache", "programs")
    assert code == 1
    assert out.splitlines() == [
        f"programs/p01.yaml:{SET_RANGE_11}",
        f"programs/p01.yaml:{SET_RANGE_30}",
        "Found 2 problems (2 errors) in 1 of 2 files.",
    ]


@pytest.mark.slow
def test_a_walked_named_pipe_is_reported_without_waiting_for_a_writer(tmp_path: Path) -> None:
    folder = tmp_path / "programs"
    write_programs(folder, 2)
    os.mkfifo(folder / "pipe.yaml")
    # a real process: if the pipe were opened for reading, it would wait forever
    code, out, err = trainlint("check", "--no-cache", "programs", cwd=tmp_path, timeout=60)
    assert code == 2, err
    lines = out.decode().splitlines()
    assert "programs/pipe.yaml:1:1: error io-error cannot read this file: not a regular file" in (
        lines
    )
    assert f"programs/p01.yaml:{SET_RANGE_11}" in lines
    # nor do the formats and the baseline that read source lines again
    code, out, err = trainlint("baseline", "write", "programs", cwd=tmp_path, timeout=60)
    assert code == 2, err
    assert out.decode() == "wrote 2 findings to .trainlint-baseline.json\n"
    for extra in (
        ["--format", "full"],
        ["--format", "sarif"],
        ["--baseline", ".trainlint-baseline.json"],
    ):
        code, out, err = trainlint(
            "check", "--no-cache", *extra, "programs", cwd=tmp_path, timeout=60
        )
        assert code == 2, err
        assert "not a regular file" in out.decode()
    assert "p01.yaml" not in out.decode()  # baselined


def test_a_named_pipe_given_explicitly_is_read_like_a_file(workdir: Path, run_cli: RunCli) -> None:
    """As ``cat`` does, so that ``trainlint check <(git show HEAD:program.yaml)`` works."""
    pipe = workdir / "pipe.yaml"
    os.mkfifo(pipe)

    def feed() -> None:
        with open(pipe, "wb") as handle:
            handle.write(NINE_SETS)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    code, out, _ = run_cli("check", "--no-cache", "pipe.yaml")
    writer.join(timeout=10)
    assert code == 1
    assert f"pipe.yaml:{SET_RANGE_11}" in out.splitlines()


def test_a_folder_named_like_a_program_is_walked_not_read(workdir: Path, run_cli: RunCli) -> None:
    write_programs(workdir / "prog.yaml", 2)
    (workdir / "empty.yaml").mkdir()
    code, out, _ = run_cli("check", "--no-cache", "prog.yaml", "empty.yaml")
    assert code == 1
    assert f"prog.yaml/p01.yaml:{SET_RANGE_11}" in out.splitlines()
    assert "io-error" not in out
    assert out.endswith("in 1 of 2 files.\n")
    code, out, _ = run_cli("check", "--no-cache", ".")
    assert code == 1
    assert f"prog.yaml/p01.yaml:{SET_RANGE_11}" in out.splitlines()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_and_folder_without_root(workdir: Path, run_cli: RunCli) -> None:
    write_programs(workdir / "programs", 2)
    locked_file = workdir / "programs" / "locked.yaml"
    locked_file.write_bytes(CLEAN)
    locked_folder = workdir / "programs" / "locked"
    write_programs(locked_folder, 1)
    locked_file.chmod(0)
    locked_folder.chmod(0)
    try:
        code, out, _ = run_cli("check", "--no-cache", "programs")
    finally:
        locked_file.chmod(0o644)
        locked_folder.chmod(0o755)
    assert code == 2
    lines = out.splitlines()
    assert "programs/locked.yaml:1:1: error io-error cannot read this file: Permission denied" in (
        lines
    )
    assert (
        "programs/locked:1:1: error io-error cannot read this directory: Permission denied" in lines
    )
    assert f"programs/p01.yaml:{SET_RANGE_11}" in lines


@pytest.mark.parametrize("fault", ["vanishes", "cannot-be-listed"])
def test_a_folder_that_fails_during_the_walk(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, fault: str, run_cli: RunCli
) -> None:
    """Folder ``b`` is deleted (or refused) just as the walk lists it; ``a`` and ``c``,
    walked before and after, are linted, serially and in parallel, identically."""
    for name in "abc":
        write_programs(workdir / "programs" / name, MANY // 2)
    real_scandir = os.scandir
    outputs = {}
    for jobs in ("1", "2"):
        shutil.rmtree(workdir / "programs" / "b", ignore_errors=True)
        write_programs(workdir / "programs" / "b", 2)

        def scandir(path: object = ".", _real: object = real_scandir) -> object:
            if isinstance(path, str) and path == os.path.join("programs", "b"):
                if fault == "vanishes":
                    shutil.rmtree(path)
                else:
                    raise PermissionError(13, "Permission denied", path)
            return real_scandir(path)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "scandir", scandir)
        code, outputs[jobs], _ = run_cli("check", "--no-cache", "-j", jobs, "programs")
        monkeypatch.setattr(os, "scandir", real_scandir)
        assert code == 2, outputs[jobs]
    assert outputs["1"] == outputs["2"]
    lines = outputs["1"].splitlines()
    reason = "No such file or directory" if fault == "vanishes" else "Permission denied"
    assert lines[0] == f"programs/a/p01.yaml:{SET_RANGE_11}"
    assert f"programs/b:1:1: error io-error cannot read this directory: {reason}" in lines
    assert f"programs/c/p11.yaml:{SET_RANGE_11}" in lines
    assert not [line for line in lines if line.startswith("programs/b/")]


def test_a_file_that_vanishes_between_listing_and_reading(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, run_cli: RunCli
) -> None:
    write_programs(workdir / "programs", 3)
    real_scandir = os.scandir

    class Listing(list[os.DirEntry[str]]):
        """What os.walk needs of a scandir iterator: iteration and ``with``."""

        def __next__(self) -> os.DirEntry[str]:
            if not self:
                raise StopIteration
            return self.pop(0)

        def __enter__(self) -> Listing:
            return self

        def __exit__(self, *exc: object) -> None:
            pass

    def scandir(path: object = ".") -> Listing:
        with real_scandir(path) as entries:  # type: ignore[call-overload]
            listed = Listing(entries)
        if path == "programs":
            os.unlink(os.path.join("programs", "p01.yaml"))
        return listed

    monkeypatch.setattr(os, "scandir", scandir)
    code, out, _ = run_cli("check", "--no-cache", "programs")
    assert code == 2
    assert out.splitlines()[0] == "programs/p01.yaml:1:1: error io-error no such file or directory"
    assert "p00.yaml" not in out and "p02.yaml" not in out
    assert out.endswith("Found 1 problem (1 error) in 0 of 2 files; 1 path could not be read.\n")


# --- file names that are not UTF-8 -------------------------------------------------------


def _cafe_tree(root: Path) -> None:
    folder = os.path.join(os.fsencode(root), b"programs")
    os.makedirs(os.path.join(folder, b"d\xe9j\xe0"))
    for name in (CAFE, os.path.join(b"d\xe9j\xe0", b"p.yaml")):
        with open(os.path.join(folder, name), "wb") as handle:
            handle.write(NINE_SETS)


def _check_cafe_output(output_format: str, text: str) -> None:
    """The report names both files, in valid UTF-8 and without a surrogate."""
    text.encode("utf-8")  # raises on a lone surrogate
    shown = ["programs/" + CAFE_SHOWN, "programs/d\\xe9j\\xe0/p.yaml"]
    if output_format == "json":
        findings = json.loads(text)
        assert {f["path"] for f in findings} == set(shown)
        assert {(f["line"], f["rule"]) for f in findings} == {(12, "set-range"), (30, "set-range")}
    elif output_format == "sarif":
        results = json.loads(text)["runs"][0]["results"]
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
        assert len(uris) == 2 and len(results) == 4
        assert all(uri.startswith("programs/") for uri in uris)
    elif output_format == "github":
        assert f"::error file={shown[0]},line=12,col=15," in text
    elif output_format == "junit":
        suites = ElementTree.fromstring(text.encode("utf-8")).iter("testsuite")
        assert {suite.get("name") for suite in suites} == set(shown)
    else:
        assert f"{shown[0]}:{SET_RANGE_11}" in text.splitlines()
        assert f"{shown[1]}:{SET_RANGE_11}" in text.splitlines()


@pytest.mark.parametrize("output_format", ["text", "full", "json", "sarif", "github", "junit"])
def test_non_utf8_file_names_in_every_format(
    workdir: Path, output_format: str, run_cli: RunCli
) -> None:
    _cafe_tree(workdir)
    code, out, _ = run_cli("check", "--format", output_format, "programs")
    assert code == 1, out
    _check_cafe_output(output_format, out)


@pytest.mark.slow
@pytest.mark.parametrize(
    "locale",
    [
        {"LC_ALL": "C"},
        {"LC_ALL": "C.UTF-8"},
        # a UTF-8 terminal whose encoding is strict (as en_US.UTF-8 is)
        {"LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8"},
    ],
    ids=["C", "C.UTF-8", "utf-8-strict"],
)
def test_non_utf8_file_names_in_a_real_process(tmp_path: Path, locale: dict[str, str]) -> None:
    _cafe_tree(tmp_path)
    env = {"LC_ALL": "", "LANG": "", "LC_CTYPE": "", "PYTHONIOENCODING": "", **locale}
    for output_format in ("text", "json", "sarif", "github"):
        code, out, err = trainlint(
            "check", "--format", output_format, "programs", cwd=tmp_path, env=env
        )
        assert code == 1, err
        assert "internal error" not in err
        _check_cafe_output(output_format, out.decode("utf-8"))
    # named explicitly, as bytes on the command line
    code, out, err = trainlint("check", b"programs/" + CAFE, cwd=tmp_path, env=env)
    assert code == 1, err
    assert f"programs/{CAFE_SHOWN}:{SET_RANGE_11}" in out.decode("utf-8").splitlines()


# --- files that change while being linted ------------------------------------------------


@pytest.mark.parametrize("cache", [False, True])
def test_a_file_truncated_between_discovery_and_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache: bool
) -> None:
    """The findings are those of the bytes actually read, and within them."""
    from checker.cache import Cache

    paths = write_programs(tmp_path / "programs", 3)
    victim = paths[1]
    read: dict[str, bytes] = {}
    real_read = runner.read_target

    def read_target(target: object, limits: object) -> object:
        if target.path == victim:  # type: ignore[attr-defined]
            victim.write_bytes(NINE_SETS[:350])  # cut in the middle of a line
        raw = real_read(target, limits)  # type: ignore[arg-type]
        if isinstance(raw, bytes):
            read[target.display] = raw  # type: ignore[attr-defined]
        return raw

    monkeypatch.setattr(runner, "read_target", read_target)
    engine = Engine(builtin_registry(), Settings())
    report = runner.run(
        engine,
        [str(tmp_path / "programs")],
        jobs=1,
        cache=Cache(tmp_path / "cache") if cache else None,
    )
    shown = str(victim)
    content = read[shown]
    # with the cache the bytes discovery read are the ones linted: the whole file
    assert content == (NINE_SETS if cache else NINE_SETS[:350])
    findings = [f for f in report.findings if f.path == shown]
    assert findings == engine.lint_bytes(content, shown)
    assert findings, "both contents have findings"
    last_line = content.count(b"\n") + 1
    assert all(f.line <= last_line for f in findings)
    assert report.exit_code() == 1


REWRITE = """\
if path.endswith("a.yaml"):
    Path(path).with_name("b.yaml").write_bytes(b"program: rewritten\\nlevel: beginner\\n")
"""


#: A cache folder of its own for each run of the test below: every run starts cold.
COLD_CACHE = "--cache-dir=cache-{jobs}-{output_format}"


@pytest.mark.slow
def test_a_plugin_rewriting_another_file_mid_run(tmp_path: Path) -> None:
    """``b.yaml`` is rewritten while ``a.yaml`` is linted (``b`` comes next, in the same
    chunk). Without the cache ``b`` is read afterwards; with it, before any file is
    linted. Either way: the findings of what was read, the same for -j 1 and -j 2."""
    plugin = make_plugin(tmp_path, "rewrite", REWRITE)
    outputs: dict[tuple[str, str, str], str] = {}
    for cache in ("--no-cache", COLD_CACHE):
        for jobs in ("1", "2"):
            for output_format in ("text", "full"):  # each with a cold cache
                folder = tmp_path / "programs"
                shutil.rmtree(folder, ignore_errors=True)
                write_programs(folder, MANY)
                (folder / "a.yaml").write_bytes(CLEAN)
                (folder / "b.yaml").write_bytes(NINE_SETS)
                cache_option = cache.format(jobs=jobs, output_format=output_format)
                args = ["check", "-j", jobs, "--format", output_format, cache_option]
                code, out, err = trainlint(*args, "programs", cwd=tmp_path, plugin=plugin)
                assert code == 1, err
                assert "Traceback" not in err
                outputs[cache, jobs, output_format] = out.decode()
    for cache in ("--no-cache", COLD_CACHE):
        for output_format in ("text", "full"):
            assert outputs[cache, "1", output_format] == outputs[cache, "2", output_format]
    fresh = outputs["--no-cache", "1", "text"].splitlines()
    assert "programs/b.yaml:1:1: error schema missing required key 'workouts'" in fresh
    assert not [line for line in fresh if line.startswith("programs/b.yaml:1") and "set" in line]
    before = outputs[COLD_CACHE, "1", "text"].splitlines()
    assert f"programs/b.yaml:{SET_RANGE_11}" in before
    # the full format shows no source for a line the file no longer has
    full = outputs[COLD_CACHE, "1", "full"].splitlines()
    header = full.index(f"programs/b.yaml:{SET_RANGE_11}")
    assert "|" not in full[header + 1]


# --- plugins that raise or hang -----------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("exception", ["ZeroDivisionError('no')", "SystemExit(3)"])
def test_a_plugin_raising_on_one_file_leaves_the_others_alone(
    tmp_path: Path, exception: str
) -> None:
    plugin = make_plugin(tmp_path, "raise", raise_on_boom(exception))
    write_programs(tmp_path / "programs", MANY)
    (tmp_path / "programs" / "boom.yaml").write_bytes(NINE_SETS)
    code, without, err = trainlint("check", "--no-cache", "-j", "1", "programs", cwd=tmp_path)
    assert code == 1, err
    outputs = {}
    for jobs in ("1", "2"):
        code, out, err = trainlint(
            "check", "--no-cache", "-j", jobs, "programs", cwd=tmp_path, plugin=plugin
        )
        assert code == 2, err
        assert "Traceback" not in err
        outputs[jobs] = out.decode()
    assert outputs["1"] == outputs["2"]
    lines = outputs["1"].splitlines()
    name = exception.split("(")[0]
    crash = [line for line in lines if "internal-error" in line]
    assert len(crash) == 1
    assert crash[0].startswith(
        "programs/boom.yaml:1:1: error internal-error rule 'fault/raise' "
        f"(plugin 'tl-fault-raise') crashed on this file: {name}"
    )
    # every other finding, boom.yaml's included, is what a run without the plugin gives
    assert [line for line in lines[:-1] if line not in crash] == without.decode().splitlines()[:-1]


def _default_sigint() -> None:
    """In the child before exec: SIGINT at its default and unblocked, as a shell starts a
    command; not whatever the test process has (a parallel test worker may ignore it)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGINT])


@pytest.mark.slow
@pytest.mark.parametrize(
    ("jobs", "files", "to_group"),
    [("1", 3, True), ("2", MANY, False), ("2", MANY, True)],
    ids=["serial", "parallel-parent", "parallel-group"],
)
def test_a_hanging_plugin_is_stopped_by_ctrl_c(
    tmp_path: Path, jobs: str, files: int, to_group: bool
) -> None:
    """SIGINT to the run (or, as Ctrl-C does, to its whole process group): exit 130 at
    once, no traceback, and no worker left behind."""
    plugin = make_plugin(tmp_path, "hang", HANG)
    write_programs(tmp_path / "programs", files)
    markers = tmp_path / "markers"
    markers.mkdir()
    env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(plugin), "FAULT_MARKERS": str(markers)}
    process = subprocess.Popen(
        [sys.executable, "-m", "checker", "check", "--no-cache", "-j", jobs, "programs"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=_default_sigint,
    )
    hanging = int(jobs)
    try:
        deadline = time.monotonic() + 60
        while len(list(markers.iterdir())) < hanging:
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the plugin's rule was never reached"
            time.sleep(0.05)
        if to_group:
            os.killpg(process.pid, signal.SIGINT)
        else:
            process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode == 130, err
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1] == "Interrupted."
    assert out == ""
    pids = {int(p.read_text()) for p in markers.iterdir()}
    if jobs == "1":
        assert pids == {process.pid}
    else:
        assert len(pids) == 2 and process.pid not in pids
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


@pytest.mark.slow
def test_workers_end_when_their_parent_is_killed(tmp_path: Path) -> None:
    """SIGKILL (or the OOM killer) gives the parent no chance to stop its workers: they
    notice and end by themselves, even one stuck in a plugin."""
    plugin = make_plugin(tmp_path, "hang", HANG)
    write_programs(tmp_path / "programs", MANY)
    markers = tmp_path / "markers"
    markers.mkdir()
    env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(plugin), "FAULT_MARKERS": str(markers)}
    process = subprocess.Popen(
        [sys.executable, "-m", "checker", "check", "--no-cache", "-j", "2", "programs"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while len(list(markers.iterdir())) < 2:
            assert process.poll() is None
            assert time.monotonic() < deadline, "the plugin's rule was never reached"
            time.sleep(0.05)
        process.kill()
        process.wait(timeout=10)
        pids = {int(p.read_text()) for p in markers.iterdir()}
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [pid for pid in pids if _alive(pid)], "a worker outlived its parent"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)


def _alive(pid: int) -> bool:
    """Whether ``pid`` still runs (an unreaped zombie does not count)."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


# --- all of it at once, serial and parallel ------------------------------------------------


@pytest.mark.slow
def test_serial_and_parallel_runs_agree_under_every_fault(tmp_path: Path) -> None:
    plugin = make_plugin(tmp_path, "raise", raise_on_boom("RuntimeError('boom')"))
    folder = tmp_path / "programs"
    write_programs(folder, MANY)
    (folder / "boom.yaml").write_bytes(NINE_SETS)
    (folder / "dangling.yaml").symlink_to("nowhere.yaml")
    (folder / "loop-a.yaml").symlink_to("loop-b.yaml")
    (folder / "loop-b.yaml").symlink_to("loop-a.yaml")
    os.mkfifo(folder / "pipe.yaml")
    (folder / "latin1.yaml").write_bytes(b"program: caf\xe9\nworkouts: []\n")
    write_programs(folder / "dir.yaml", 1)
    with open(os.path.join(os.fsencode(folder), CAFE), "wb") as handle:
        handle.write(NINE_SETS)
    outputs = {}
    for output_format in ("text", "json", "sarif"):
        for jobs in ("1", "2"):
            for cache in ("--no-cache", f"--cache-dir=cache-{output_format}"):
                code, out, err = trainlint(
                    "check",
                    "-j",
                    jobs,
                    "--format",
                    output_format,
                    cache,
                    "programs",
                    cwd=tmp_path,
                    plugin=plugin,
                    timeout=60,
                )
                assert code == 2, err
                assert "Traceback" not in err and "internal error" not in err
                outputs[output_format, jobs, cache] = out
    for output_format in ("text", "json", "sarif"):
        assert len({o for k, o in outputs.items() if k[0] == output_format}) == 1
    lines = outputs["text", "1", "--no-cache"].decode("utf-8").splitlines()
    for expected in (
        f"programs/{CAFE_SHOWN}:{SET_RANGE_11}",
        f"programs/boom.yaml:{SET_RANGE_11}",
        "programs/dangling.yaml:1:1: error io-error no such file or directory",
        "programs/loop-a.yaml:1:1: error io-error too many levels of symbolic links",
        "programs/pipe.yaml:1:1: error io-error cannot read this file: not a regular file",
        f"programs/p{MANY - 1:02d}.yaml:{SET_RANGE_11}",
    ):
        assert expected in lines
    assert any(line.startswith("programs/latin1.yaml:1:") and "syntax" in line for line in lines)
    assert any(line.startswith("programs/boom.yaml:1:1: error internal-error") for line in lines)
