"""Hardening, round two (issue 14): whole runs in real processes.

Output that cannot be forged, bounded reads, ``--output``, the per-file budget and
dead workers, plugin isolation, configuration globs, and a hostile corpus. These run
``python -m checker`` in subprocesses; which YAML composer they use does not matter
to them, so they run on the default one (see conftest.py); the loader's own hardening
tests are in tests/test_hardening.py and run on both.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import ROOT, lint_text

# --- 1. every format prints any string; nothing a file holds can forge a line ---------------

FORMATS = ["text", "full", "json", "sarif", "github", "junit", "gitlab"]


def _run(*args: str, cwd: Path, timeout: float = 120) -> tuple[int, bytes, str]:
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("PYTHONPATH", None)
    done = subprocess.run(
        [sys.executable, "-m", "checker", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr.decode("utf-8", "replace")


SURROGATE_PROGRAMS = {
    "key.yaml": 'program: x\nworkouts: []\n"\\ud800": 1\n',
    "value.yaml": 'program: x\nlevel: "\\udfff"\nworkouts: []\n',
    "exercise.yaml": (
        'program: x\nworkouts:\n  - name: "\\ud83d"\n    exercises:\n'
        '      - exercise: "dead\\udc00lift"\n        sets: 3\n'
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("output_format", FORMATS)
def test_lone_surrogates_are_escaped_in_every_format(tmp_path: Path, output_format: str) -> None:
    for name, text in SURROGATE_PROGRAMS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    code, out, err = _run("check", "--no-cache", "--format", output_format, ".", cwd=tmp_path)
    assert code == 1, err
    text = out.decode("utf-8")  # valid UTF-8 throughout
    assert "\\ud800" in text or output_format in ("json", "sarif", "gitlab")
    if output_format in ("json", "sarif", "gitlab"):
        assert "\\\\ud800" in text  # the visible escape, itself escaped by JSON
        json.loads(text)


CONTROL_VALUES = [
    "\x1b]0;pwned\x07",  # set the terminal title
    "\x1b[2J\x1b[H",  # clear the screen
    "x\rprogram.yaml:1:1: error syntax fake",
    "x\nprogram.yaml:1:1: error syntax fake",
    "\u202eevil\u202c",
    "\x85\u2028\u2029\x9b31m",
    "\x00\x08\x7f",
]


def _control_program(value: str) -> str:
    quoted = json.dumps(value)  # a YAML double-quoted string with the escapes
    return f"program: x\nlevel: {quoted}\nworkouts: []\n{quoted}: 1\n"


@pytest.mark.slow
@pytest.mark.parametrize("output_format", ["text", "full", "github"])
def test_control_characters_in_text_cannot_forge_output(tmp_path: Path, output_format: str) -> None:
    names = ["a.yaml", "b\nprogram.yaml:9:9: error fake.yaml", "c\x1b[31m.yaml", "d\r.yaml"]
    for index, value in enumerate(CONTROL_VALUES):
        (tmp_path / names[index % len(names)]).write_text(_control_program(value), encoding="utf-8")
    code, out, err = _run("check", "--no-cache", "--format", output_format, ".", cwd=tmp_path)
    assert code == 1, err
    text = out.decode("utf-8")
    for char in "\x1b\r\x00\x07\x08\x7f\x85\x9b\u2028\u2029\u202e\u202c":
        assert char not in text, repr(char)
    lines = text.split("\n")
    assert lines[-1] == ""
    finding_lines = [line for line in lines[:-2] if not line.startswith((" ", "|")) and line]
    starts = ("a.yaml:", "b\\nprogram.yaml:9:9: error fake.yaml:", "c\\x1b[31m.yaml:", "d\\r.yaml:")
    for line in finding_lines:
        if output_format == "github":
            assert line.startswith("::error file=") or line.startswith("::warning file="), line
        elif output_format == "full" and line[:1].isdigit():
            continue  # a source line in the gutter
        else:
            assert line.startswith(starts), line
    assert "\\x1b" in text


# --- 3. reads bounded before they happen ---------------------------------------------------

CLEAN = (ROOT / "examples" / "strong-back-beginner.yaml").read_bytes()


def _config(folder: Path, text: str) -> Path:
    path = folder / ".trainlint.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.slow
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_an_explicit_symlink_to_an_endless_device_is_read_up_to_the_limit(
    tmp_path: Path, device: str
) -> None:
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    (tmp_path / "endless.yaml").symlink_to(device)
    (tmp_path / "good.yaml").write_bytes(CLEAN)
    _config(tmp_path, "max-file-size: 65536\n")
    code, out, err = _run("check", "--no-cache", "endless.yaml", "good.yaml", cwd=tmp_path)
    assert code == 1, err
    assert out.decode().splitlines()[0] == (
        "endless.yaml:1:1: error syntax file is more than 65,536 bytes, over the limit of "
        "65,536 bytes (raise 'max-file-size' in the configuration if this program is real)"
    )


@pytest.mark.slow
def test_an_explicit_file_over_the_limit_is_refused_with_its_size(tmp_path: Path) -> None:
    for extra in (1, 1000, 300_000):
        (tmp_path / f"big{extra}.yaml").write_bytes(CLEAN + b"#" * (65_536 - len(CLEAN) + extra))
    _config(tmp_path, "max-file-size: 65536\n")
    code, out, _ = _run("check", "--no-cache", ".", cwd=tmp_path)
    assert code == 1
    sizes = [line.split("file is ")[1].split(" bytes")[0] for line in out.decode().splitlines()[:3]]
    assert sizes == ["65,537", "66,536", "365,536"]


@pytest.mark.slow
def test_an_explicit_named_pipe_without_a_writer_ends_within_the_budget(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.yaml")
    (tmp_path / "good.yaml").write_bytes(CLEAN.replace(b"sets: 3", b"sets: 9"))
    _config(tmp_path, "max-seconds-per-file: 1\n")
    code, out, err = _run("check", "--no-cache", "pipe.yaml", "good.yaml", cwd=tmp_path)
    lines = out.decode().splitlines()
    assert code == 2, err
    assert "good.yaml:12:15: error set-range" in out.decode()
    assert lines[-2] == (
        "pipe.yaml:1:1: error io-error cannot read this file: no end of file within 1 s"
    )


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["folder", "dev-zero", "fifo", "dangling"])
def test_a_config_that_is_not_a_regular_file_is_refused(tmp_path: Path, kind: str) -> None:
    config = tmp_path / ".trainlint.yaml"
    if kind == "folder":
        (tmp_path / "somewhere").mkdir()
        config.symlink_to(tmp_path / "somewhere")
    elif kind == "dev-zero":
        config.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(config)
    else:
        config.symlink_to(tmp_path / "missing")
    (tmp_path / "good.yaml").write_bytes(CLEAN)
    for args in (
        ["check", "--no-cache", "good.yaml"],
        ["config"],
        ["check", "--config", str(config)],
    ):
        code, _out, err = _run(*args, cwd=tmp_path, timeout=60)
        assert code == 2, (args, err)
        if "Invalid value for '--config'" in err:  # click refuses a folder itself
            assert "is a directory" in err
            continue
        prefix = ".trainlint.yaml:1:1: error config cannot read the configuration: "
        assert err.startswith(prefix), err
        assert len(err.splitlines()) == 1


@pytest.mark.slow
@pytest.mark.parametrize(
    "secret",
    [
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n",
        "hunter2",
        "[1, 2, 3]",
        "42",
    ],
)
def test_a_config_symlinked_to_a_secret_echoes_none_of_it(tmp_path: Path, secret: str) -> None:
    (tmp_path / "secret").write_text(secret, encoding="utf-8")
    (tmp_path / ".trainlint.yaml").symlink_to(tmp_path / "secret")
    (tmp_path / "good.yaml").write_bytes(CLEAN)
    code, out, err = _run("check", "--no-cache", "good.yaml", cwd=tmp_path)
    assert code == 2
    for part in ("BEGIN", "b3Blbn", "hunter2", "1, 2", "42"):
        if part in secret:
            assert part not in err + out.decode(), err


@pytest.mark.slow
@pytest.mark.parametrize(
    "text", ["", "\n\n", "# nothing yet\n", "---\n# only a comment\n", "\ufeff  # bom\r\n", "..."]
)
def test_empty_or_comment_only_configs_are_empty(tmp_path: Path, text: str) -> None:
    _config(tmp_path, text)
    (tmp_path / "good.yaml").write_bytes(CLEAN)
    code, out, err = _run("check", "--no-cache", "good.yaml", cwd=tmp_path)
    assert (code, err) == (0, "")
    assert out.decode() == "No problems found in 1 file.\n"


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["dev-zero", "fifo", "folder"])
def test_cache_packs_and_baselines_that_are_not_regular_files(tmp_path: Path, kind: str) -> None:
    files = [tmp_path / f"p{i}.yaml" for i in range(3)]
    for path in files:
        path.write_bytes(CLEAN.replace(b"sets: 3", b"sets: 9"))
    _, expected, _ = _run("check", "--no-cache", ".", cwd=tmp_path)
    pack_dir = tmp_path / "cache" / "v1"
    pack_dir.mkdir(parents=True)
    odd = [pack_dir / "pack-0.json", tmp_path / "baseline.json"]
    for path in odd:
        if kind == "dev-zero":
            path.symlink_to("/dev/zero")
        elif kind == "fifo":
            os.mkfifo(path)
        else:
            path.mkdir()
    code, out, _ = _run("check", "--cache-dir", "cache", ".", cwd=tmp_path, timeout=60)
    assert (code, out) == (1, expected)
    code, out, err = _run("check", "--baseline", "baseline.json", ".", cwd=tmp_path, timeout=60)
    assert code == 2
    assert "cannot read the baseline baseline.json: " in err or "is a directory" in err, err


# --- 4. --output: symlinks followed, regular files replaced atomically, pipes in place ------


def _lint_to(tmp_path: Path, target: str, *extra: str) -> tuple[int, str]:
    (tmp_path / "p.yaml").write_bytes(CLEAN.replace(b"sets: 3", b"sets: 9"))
    code, out, err = _run("check", "--no-cache", "p.yaml", *extra, "--output", target, cwd=tmp_path)
    assert out == b""
    return code, err


@pytest.mark.slow
@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
@pytest.mark.parametrize("command", ["check", "baseline"])
def test_output_to_a_new_file_follows_the_umask(tmp_path: Path, umask: int, command: str) -> None:
    (tmp_path / "p.yaml").write_bytes(CLEAN.replace(b"sets: 3", b"sets: 9"))
    args = ["check", "--no-cache"] if command == "check" else ["baseline", "write"]
    old = os.umask(umask)
    try:
        code, _, err = _run(*args, "p.yaml", "--output", "report.txt", cwd=tmp_path)
    finally:
        os.umask(old)
    assert code == (1 if command == "check" else 0), err
    assert (tmp_path / "report.txt").stat().st_mode & 0o777 == 0o666 & ~umask
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".trainlint-")]


@pytest.mark.slow
def test_output_through_a_symlink_writes_its_target(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "report.txt"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    (tmp_path / "link.txt").symlink_to(target)
    code, err = _lint_to(tmp_path, "link.txt")
    assert code == 1, err
    assert (tmp_path / "link.txt").is_symlink()
    assert "error set-range" in target.read_text(encoding="utf-8")
    assert target.stat().st_mode & 0o777 == 0o640  # an existing file keeps its mode


@pytest.mark.slow
def test_output_to_a_named_pipe_is_written_in_place(tmp_path: Path) -> None:
    import threading

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []

    def read() -> None:
        with open(pipe, "rb") as handle:
            received.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    code, err = _lint_to(tmp_path, "pipe")
    reader.join(timeout=30)
    assert code == 1, err
    assert b"error set-range" in received[0]
    assert pipe.is_fifo()


@pytest.mark.slow
def test_output_to_a_device_is_written_in_place(tmp_path: Path) -> None:
    (tmp_path / "null").symlink_to("/dev/null")
    code, err = _lint_to(tmp_path, "null")
    assert code == 1, err
    assert os.path.realpath(tmp_path / "null") == "/dev/null"
    assert Path("/dev/null").is_char_device()


@pytest.mark.slow
@pytest.mark.parametrize("target", ["missing/report.txt", "a/b/c.txt", "dangling/x"])
def test_output_into_a_missing_folder_is_a_usage_error(tmp_path: Path, target: str) -> None:
    (tmp_path / "p.yaml").write_bytes(CLEAN)
    for args in (["check", "--no-cache", "p.yaml"], ["baseline", "write", "p.yaml"]):
        code, _out, err = _run(*args, "--output", target, cwd=tmp_path)
        assert code == 2
        assert "does not exist" in err, err
        assert "Traceback" not in err and "internal error" not in err


# --- 5. one dead worker costs one file; the per-file time budget ----------------------------

DEATHS = {
    "sigkill": "os.kill(os.getpid(), signal.SIGKILL)",
    "exit": "os._exit(3)",
    "segfault": "import ctypes; ctypes.string_at(0)",
}
DEATH_REASON = {
    "sigkill": "killed by SIGKILL",
    "exit": "it exited with status 3",
    "segfault": "killed by SIGSEGV",
}


def _fault_plugin(tmp_path: Path, name: str, body: str) -> Path:
    from tests.test_faults import make_plugin

    return make_plugin(tmp_path, name, body)


def _programs(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    nine = CLEAN.replace(b"sets: 3", b"sets: 9")
    for index in range(count):
        (folder / f"p{index:02d}.yaml").write_bytes(nine if index % 2 else CLEAN)


def _run_plugin(*args: str, cwd: Path, plugin: Path) -> tuple[int, str, str]:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(plugin)}
    done = subprocess.run(
        [sys.executable, "-m", "checker", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        timeout=300,
        check=False,
    )
    return done.returncode, done.stdout.decode(), done.stderr.decode("utf-8", "replace")


#: Where workers die: the first file, inside the first chunk (CHUNK = 16), its last
#: file, the first of the next chunk, a later chunk. All in one run: each death
#: requeues the rest of its chunk, so later victims die in requeued chunks too.
VICTIMS = [0, 7, 15, 16, 40]


@pytest.fixture(scope="module")
def undisturbed(tmp_path_factory: pytest.TempPathFactory) -> Callable[[int], list[str]]:
    """The output lines of ``count`` programs (see ``_programs``) without any plugin,
    findings then the summary, linted once per count for the module."""
    seen: dict[int, list[str]] = {}

    def findings(count: int) -> list[str]:
        if count not in seen:
            folder = tmp_path_factory.mktemp(f"undisturbed-{count}")
            _programs(folder / "programs", count)
            _, out, _ = _run(
                "check", "--no-cache", "-j", "1", "--no-plugins", "programs", cwd=folder
            )
            seen[count] = out.decode().splitlines()
        return seen[count]

    return findings


@pytest.mark.slow
@pytest.mark.parametrize("death", list(DEATHS))
def test_a_dead_worker_costs_only_the_file_it_was_on(
    tmp_path: Path, death: str, undisturbed: Callable[[int], list[str]]
) -> None:
    names = tuple(f"p{position:02d}.yaml" for position in VICTIMS)
    body = f"if path.endswith({names!r}):\n    import signal\n    {DEATHS[death]}\n"
    plugin = _fault_plugin(tmp_path, f"die{death}", body)
    _programs(tmp_path / "programs", 48)
    code, out, err = _run_plugin(
        "check", "--no-cache", "-j", "2", "programs", cwd=tmp_path, plugin=plugin
    )
    assert code == 2, err
    victims = [f"programs/{name}" for name in names]
    lines = out.splitlines()
    died = [line for line in lines if "internal-error" in line]
    assert died == [
        f"{victim}:1:1: error internal-error the worker process linting this file stopped "
        f"({DEATH_REASON[death]}); the other files were linted; run with --jobs 1 to lint "
        "this one in-process"
        for victim in victims
    ]
    others = [line for line in lines[:-1] if not line.startswith(tuple(v + ":" for v in victims))]
    expected = [
        line
        for line in undisturbed(48)[:-1]
        if not line.startswith(tuple(v + ":" for v in victims))
    ]
    assert others == expected


SLOW = {
    "sleep": "time.sleep(60)",
    "busy": "while True:\n    pass",
    "deaf": "import signal\n"
    "signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])\n"
    "time.sleep(60)",
}


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("slow", list(SLOW))
def test_a_file_over_its_time_budget_gets_a_limit_finding(
    tmp_path: Path, jobs: str, slow: str, undisturbed: Callable[[int], list[str]]
) -> None:
    if slow == "deaf" and jobs == "1":
        pytest.skip("in-process, only a timer the code does not block can stop it")
    body = 'if path.endswith("p05.yaml"):\n' + textwrap.indent(SLOW[slow], "    ") + "\n"
    plugin = _fault_plugin(tmp_path, f"slow{slow}", body)
    count = 48 if jobs == "2" else 6
    _programs(tmp_path / "programs", count)
    _config(tmp_path, "max-seconds-per-file: 1\n")
    code, out, err = _run_plugin(
        "check", "--no-cache", "-j", jobs, "programs", cwd=tmp_path, plugin=plugin
    )
    assert code == 1, err
    victim = "programs/p05.yaml"
    lines = out.splitlines()
    assert [line for line in lines if line.startswith(victim + ":")] == [
        f"{victim}:1:1: error limit linting this file took longer than 1 s and was stopped "
        "(raise 'max-seconds-per-file' in the configuration if this program is real)"
    ]
    others = [line for line in lines[:-1] if not line.startswith(victim + ":")]
    expected = [line for line in undisturbed(count)[:-1] if not line.startswith(victim + ":")]
    assert others == expected


def test_a_limit_finding_cannot_be_suppressed() -> None:
    text = "# trainlint: disable-file=limit\n" + CLEAN.decode()
    findings = lint_text(text, select=["ALL"])
    assert [(f.rule, f.line, f.message) for f in findings] == [
        ("unused-suppression", 1, "'limit' findings cannot be suppressed; fix the problem instead")
    ]


def test_the_memory_cap_is_set_while_a_file_is_linted_and_lifted_after() -> None:
    resource = pytest.importorskip("resource")
    from checker.budget import MEMORY_CAP, _address_space, file_budget

    before = resource.getrlimit(resource.RLIMIT_AS)
    if before[0] != resource.RLIM_INFINITY:
        pytest.skip("an address-space limit is already set")
    used = _address_space()
    assert used is not None
    with file_budget(5):
        soft, _ = resource.getrlimit(resource.RLIMIT_AS)
        assert used + MEMORY_CAP <= soft <= used + MEMORY_CAP + 64 * 2**20
    assert resource.getrlimit(resource.RLIMIT_AS) == before


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_running_out_of_memory_costs_a_limit_finding_for_that_file(
    tmp_path: Path, jobs: str
) -> None:
    plugin = _fault_plugin(
        tmp_path, "memory", 'if path.endswith("p03.yaml"):\n    raise MemoryError\n'
    )
    _programs(tmp_path / "programs", 48 if jobs == "2" else 5)
    code, out, err = _run_plugin(
        "check", "--no-cache", "-j", jobs, "programs", cwd=tmp_path, plugin=plugin
    )
    assert code == 1, err
    assert [line for line in out.splitlines() if line.startswith("programs/p03.yaml:")] == [
        "programs/p03.yaml:1:1: error limit linting this file needed more than 2,048 MiB of "
        "memory and was stopped (see docs/security.md)"
    ]


# --- 6. plugins isolated and named ---------------------------------------------------------

PLUGIN_HEAD = """\
from __future__ import annotations

import os
import sys

from checker.findings import Severity
from checker.hookspecs import hookimpl
from checker.rule import Rule, Violation
"""


def _plugin(base: Path, name: str, source: str) -> Path:
    """An installed distribution ``tl-<name>`` whose module is ``source``."""
    site = base / f"site-{name}"
    site.mkdir()
    module = f"tl_{name.replace('-', '_')}"
    (site / f"{module}.py").write_text(PLUGIN_HEAD + textwrap.dedent(source), encoding="utf-8")
    meta = site / f"{module}-1.0.dist-info"
    meta.mkdir()
    (meta / "METADATA").write_text(f"Metadata-Version: 2.1\nName: tl-{name}\nVersion: 1.0\n")
    (meta / "entry_points.txt").write_text(f"[trainlint]\n{name} = {module}\n")
    return site


def _rule(body: str, rule_id: str = "noisy/rule") -> str:
    return f"""
class Noisy(Rule):
    id = "{rule_id}"
    summary = "Test fixture"
    default_severity = Severity.INFO

    def check(self, program, options):
{textwrap.indent(textwrap.dedent(body), " " * 8)}
        return iter(())


@hookimpl
def trainlint_rules():
    return [Noisy]
"""


PRINTS = [
    'print("hello from a plugin")',
    'sys.stdout.write("[not json")',
    'os.write(1, b"raw bytes on fd 1\\n")',
]


@pytest.mark.slow
@pytest.mark.parametrize("where", ["import", "hook", "rule"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_what_a_plugin_prints_never_reaches_the_json_report(
    tmp_path: Path, where: str, jobs: str
) -> None:
    statements = "\n".join(PRINTS)
    if where == "import":
        source = statements + "\n" + _rule("pass")
    elif where == "hook":
        source = _rule("pass").replace(
            "def trainlint_rules():\n",
            "def trainlint_rules():\n" + textwrap.indent(statements, "    ") + "\n",
        )
    else:
        source = _rule(statements)
    plugin = _plugin(tmp_path, "noisy", source)
    _programs(tmp_path / "programs", 48 if jobs == "2" else 3)
    code, out, err = _run_plugin(
        "check",
        "--no-cache",
        "-j",
        jobs,
        "--format",
        "json",
        "programs",
        cwd=tmp_path,
        plugin=plugin,
    )
    assert code == 1, err
    findings = json.loads(out)
    assert findings and all(
        set(f)
        == {"path", "line", "column", "end_line", "end_column", "rule", "severity", "message"}
        for f in findings
    )
    assert "hello from a plugin" in err and "raw bytes on fd 1" in err


BAD_SECTIONS = {
    "not-a-mapping": ("[1, 2]", "trainlint_schema_sections must return a mapping"),
    "section-not-mapping": (
        '{"diet": "yes"}',
        "schema section 'diet' must be a JSON Schema mapping",
    ),
    "bad-type": ('{"diet": {"type": 5}}', "schema section 'diet' is not a valid JSON Schema"),
    "bad-pattern": (
        '{"diet": {"type": "string", "pattern": "(["}}',
        "schema section 'diet' is not a valid JSON Schema",
    ),
    "core-key": (
        '{"workouts": {"type": "string"}}',
        "schema section 'workouts' is already defined",
    ),
    "key-not-text": ('{5: {"type": "string"}}', "schema section name 5 must be non-empty text"),
    "not-json": (
        '{"diet": {"type": "string", "default": object()}}',
        "schema section 'diet' is not a valid JSON Schema",
    ),
}
BAD_EXERCISES = {
    "exercises-text": ('"squat"', "trainlint_exercises must return a list of mappings"),
    "exercise-not-mapping": ("[1]", "trainlint_exercises: entry 0 must be a mapping"),
    "exercise-invalid": ('[{"id": "x"}]', "trainlint_exercises: entry 0 is invalid"),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", [*BAD_SECTIONS, *BAD_EXERCISES])
def test_invalid_plugin_data_is_refused_at_registration_naming_the_plugin(
    tmp_path: Path, case: str
) -> None:
    hook, value, message = (
        ("trainlint_schema_sections", *BAD_SECTIONS[case])
        if case in BAD_SECTIONS
        else ("trainlint_exercises", *BAD_EXERCISES[case])
    )
    source = _rule("pass") + f"\n\n@hookimpl\ndef {hook}():\n    return {value}\n"
    plugin = _plugin(tmp_path, "baddata", source)
    _programs(tmp_path / "programs", 2)
    code, out, err = _run_plugin("check", "--no-cache", "programs", cwd=tmp_path, plugin=plugin)
    assert code == 2
    assert f"trainlint: error: plugin 'tl-baddata': {message}" in err, err
    assert "Traceback" not in err
    assert "programs/p01.yaml:12:15: error set-range" in out  # the run went on
    code, out, err = _run_plugin("schema", cwd=tmp_path, plugin=plugin)
    assert code == 2 and json.loads(out)["properties"].get("diet") is None


@pytest.mark.slow
@pytest.mark.parametrize("message", ["42", "None", "b'bytes'", "['a']", "Exception('x')"])
def test_a_violation_whose_message_is_not_text_is_an_internal_error_naming_the_plugin(
    tmp_path: Path, message: str
) -> None:
    body = f"yield Violation(program.span(()), {message})"
    plugin = _plugin(tmp_path, "badmsg", _rule(body, "badmsg/rule"))
    _programs(tmp_path / "programs", 2)
    for output_format in ("text", "json"):
        code, out, err = _run_plugin(
            "check",
            "--no-cache",
            "--format",
            output_format,
            "--extend-select",
            "badmsg/rule",
            "programs",
            cwd=tmp_path,
            plugin=plugin,
        )
        assert code == 2, err
        assert "internal error" not in err
    lines = out.splitlines()
    assert (
        "rule 'badmsg/rule' (plugin 'tl-badmsg') crashed on this file: "
        "TypeError: a Violation's message must be a str" in out
    )
    code, plain, _ = _run_plugin(
        "check",
        "--no-cache",
        "--format",
        "json",
        "--no-plugins",
        "programs",
        cwd=tmp_path,
        plugin=plugin,
    )
    kept = [f for f in json.loads(out) if f["rule"] != "internal-error"]
    assert kept == json.loads(plain)
    assert lines


MUTATIONS = [
    "program.data['workouts'].clear()",
    "program.data.clear()",
    "program.document.data['level'] = 'advanced'",
    "program.workouts[0].data['exercises'].pop()",
    "program.workouts.clear()",
    "program.workouts[0].exercises.clear()",
    "program.catalog.add(program.catalog.get('plank'))",
    "program.catalog._by_key.clear() if False else program.catalog.add(None)",
    "program.document.data = {}",
    "[setattr(u, 'exercise', None) for _, u in program.exercises()]",
]


@pytest.mark.slow
@pytest.mark.parametrize("mutation", MUTATIONS)
def test_a_rule_cannot_change_what_other_rules_see(
    tmp_path: Path, mutation: str, undisturbed: Callable[[int], list[str]]
) -> None:
    # 'aaa/' sorts before every built-in rule id: it runs first on each file
    body = f"try:\n    {mutation}\nexcept TypeError:\n    pass\n"
    plugin = _plugin(tmp_path, "mutate", _rule(body, "aaa/mutate"))
    _programs(tmp_path / "programs", 48)
    outputs = set()
    for jobs in ("1", "2"):
        _, out, _ = _run_plugin(
            "check",
            "--no-cache",
            "-j",
            jobs,
            "--extend-select",
            "aaa/mutate",
            "programs",
            cwd=tmp_path,
            plugin=plugin,
        )
        outputs.add(out)
    (output,) = outputs
    assert output.splitlines() == undisturbed(48)


@pytest.mark.slow
def test_editing_a_plugin_without_changing_size_or_mtime_is_not_served_from_the_cache(
    tmp_path: Path,
) -> None:
    body = 'yield Violation(program.span(()), "AAAA")'
    plugin = _plugin(tmp_path, "edit", _rule(body, "edit/rule"))
    module = plugin / "tl_edit.py"
    _programs(tmp_path / "programs", 2)
    args = ("check", "--cache-dir", "cache", "--extend-select", "edit/rule", "programs")
    _, first, _ = _run_plugin(*args, cwd=tmp_path, plugin=plugin)
    assert "AAAA" in first
    stat = module.stat()
    module.write_text(module.read_text().replace("AAAA", "BBBB"))
    os.utime(module, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert module.stat().st_size == stat.st_size and module.stat().st_mtime_ns == stat.st_mtime_ns
    for cached in (plugin / "__pycache__").glob("*.pyc"):
        cached.unlink()  # (Python's own cache also trusts size and mtime)
    _, second, _ = _run_plugin(*args, cwd=tmp_path, plugin=plugin)
    assert "BBBB" in second and "AAAA" not in second


# --- 7. configuration: globs, positions, exclude warnings ----------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("pattern", "problem"),
    [
        ("[z-a]", "the range 'z-a' in '[z-a]' is reversed"),
        ("x[]", "'[]' is an empty character class"),
        ("drafts/[9-0]*.yaml", "the range '9-0' in '[9-0]' is reversed"),
        ("[!]", "'[!]' is an empty character class"),
    ],
)
@pytest.mark.parametrize("where", ["exclude", "include", "overrides"])
def test_a_bad_glob_is_a_config_finding_at_its_line(
    tmp_path: Path, pattern: str, problem: str, where: str
) -> None:
    quoted = json.dumps(pattern)
    if where == "overrides":
        text = f"fail-on: error\noverrides:\n  - files: [ok, {quoted}]\n    ignore: [rep-range]\n"
        line, column = 3, 17
    else:
        text = f"fail-on: error\n{where}:\n  - ok\n  - {quoted}\n"
        line, column = 4, 5
    _config(tmp_path, text)
    (tmp_path / "good.yaml").write_bytes(CLEAN)
    code, _, err = _run("check", "--no-cache", ".", cwd=tmp_path)
    assert code == 2
    assert err.splitlines() == [
        f".trainlint.yaml:{line}:{column}: error config invalid glob {pattern!r}: {problem}"
        + ("; use '[[]' for a literal '['" if "empty" in problem else "")
    ]


@pytest.mark.slow
@pytest.mark.parametrize("stars", [3, 6, 10])
def test_globs_never_backtrack_catastrophically(tmp_path: Path, stars: int) -> None:
    from checker.globs import glob_match

    pattern = "**a" * stars + "**b"
    for length in (30, 3_000, 100_000):
        assert not glob_match(pattern, "a" * length + ".yaml")
        assert glob_match(pattern, "a" * length + "b")
    _config(tmp_path, f"exclude: [{json.dumps(pattern)}]\n")
    (tmp_path / "programs").mkdir()
    (tmp_path / "programs" / ("a" * 200 + ".yaml")).write_bytes(CLEAN)
    code, out, err = _run("check", "--no-cache", ".", cwd=tmp_path, timeout=60)
    assert (code, out.decode()) == (0, "No problems found in 1 file.\n"), err


@pytest.mark.slow
@pytest.mark.parametrize("patterns", [["**"], ["*"], ["programs"], ["*.yaml", "*.yml"]])
def test_exclude_removing_every_file_is_a_warning_naming_it(
    tmp_path: Path, patterns: list[str]
) -> None:
    _config(tmp_path, f"exclude: {json.dumps(patterns)}\n")
    (tmp_path / "programs").mkdir()
    (tmp_path / "programs" / "p.yaml").write_bytes(CLEAN.replace(b"sets: 3", b"sets: 9"))
    code, out, err = _run("check", "--no-cache", ".", cwd=tmp_path)
    assert code == 0
    assert out.decode() == "No problems found in 0 files.\n"
    shown = ", ".join(repr(p) for p in patterns)
    assert err == (
        f"trainlint: warning: 'exclude' ({shown}) removed every file that would have been "
        "linted; nothing was linted\n"
    )
    # an exclude that leaves something, or nothing to find at all: no warning
    (tmp_path / "programs" / "p.yaml").unlink()
    assert _run("check", "--no-cache", ".", cwd=tmp_path)[2] == ""


@pytest.mark.slow
def test_invalid_toml_config_errors_have_positions(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.trainlint]\nselect = ["ALL"\nfail-on = 1\n')
    (tmp_path / "good.yaml").write_bytes(CLEAN)
    code, _, err = _run("check", "--no-cache", ".", cwd=tmp_path)
    assert code == 2
    assert err.startswith("pyproject.toml:3:1: error config invalid TOML: "), err


# --- 8. a hostile corpus: every file finishes, nothing else changes -------------------------


def _run_measured(*args: str, cwd: Path) -> tuple[int, str, float]:
    """A real run: exit code, standard output and peak RSS in MB."""
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("PYTHONPATH", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "checker", *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert process.stdout is not None
    out = process.stdout.read().decode("utf-8")
    _, status, usage = os.wait4(process.pid, 0)
    return os.waitstatus_to_exitcode(status), out, usage.ru_maxrss / 1024


@pytest.mark.slow
@pytest.mark.parametrize(  # one test per size: they run side by side
    "size", [96 * 1024, 160 * 1024], ids=["pure-composer-range", "past-it"]
)
def test_a_hostile_corpus_changes_no_other_result(
    tmp_path: Path, size: int, undisturbed: Callable[[int], list[str]]
) -> None:
    from tests.hostile import GENERATORS

    _programs(tmp_path / "programs", 48)
    # A budget far above what these files take on a quiet machine (under 4 s each), so
    # that a busy test machine cannot turn a slow file into a 'limit' finding in one of
    # the runs compared (the budget itself is tested above).
    _config(tmp_path, "max-seconds-per-file: 120\n")
    hostile = tmp_path / "hostile"
    hostile.mkdir()
    for name, generate in GENERATORS.items():
        data = generate(size)
        assert len(data) <= size
        (hostile / f"{name}-{size // 1024}k.yaml").write_bytes(data)
    outputs = {}
    for jobs in ("1", "2"):
        code, out, peak = _run_measured(
            "check", "--no-cache", "-j", jobs, "programs", "hostile", cwd=tmp_path
        )
        assert code == 1, out[-2000:]
        assert peak < 400, peak  # documented in docs/security.md
        outputs[jobs] = out
    assert outputs["1"] == outputs["2"]
    lines = outputs["1"].splitlines()
    assert not [line for line in lines if " error limit " in line or "internal-error" in line]
    shown = {line.split(":", 1)[0] for line in lines[:-1]}
    assert {f"hostile/{p.name}" for p in hostile.iterdir()} <= shown  # each got a finding
    kept = [line for line in lines[:-1] if line.startswith("programs/")]
    assert kept == undisturbed(48)[:-1]


@pytest.mark.slow
def test_a_long_word_in_a_value_is_a_schema_finding_not_a_limit(tmp_path: Path) -> None:
    # One 20,000-letter word as reps and as load: the schema's "words" branches once let
    # Python's re (the reference validator's engine, used for invalid documents) backtrack
    # quadratically, about 7 and 10 s, so the file ran out of its budget and got a 'limit'
    # finding instead of its two schema findings.
    word = "a" * 20_000 + "!"
    text = (
        "program: P\nwarmup: 6 min\nworkouts:\n  - name: A\n    exercises:\n"
        f"      - exercise: goblet squat\n        sets: 3\n        reps: '{word}'\n"
        f"        load: '{word}'\n"
    )
    (tmp_path / "long.yaml").write_text(text, encoding="utf-8")
    _config(tmp_path, "max-seconds-per-file: 5\n")
    code, out, err = _run("check", "--no-cache", "--format", "json", "long.yaml", cwd=tmp_path)
    found = [(f["line"], f["rule"]) for f in json.loads(out)]
    assert code == 1, err
    assert (8, "schema") in found and (9, "schema") in found, found
    assert all(rule != "limit" for _, rule in found), found
