"""The console script's start-up and exit (``checker.launch``, ``checker.startup``).

The garbage collector is paused while a ``check`` starts and resumed before linting;
the console script ends the process without the interpreter's teardown once the
output is flushed and the ``atexit`` functions have run. Neither changes what a run
prints or its exit code.
"""

from __future__ import annotations

import gc
from pathlib import Path

from checker import startup
from tests.conftest import ROOT, run_code

EXAMPLE = str(ROOT / "examples" / "strong-back-beginner.yaml")
MISTAKES = str(ROOT / "examples" / "mistakes")


def test_the_console_script_prints_and_exits_as_run_returns(tmp_path: Path) -> None:
    for arguments in (
        ["check", "--no-cache", EXAMPLE],
        ["check", "--no-cache", "--format", "json", "--jobs", "2", MISTAKES],
        ["--version"],
    ):
        plain = run_code(
            "import sys; from checker.launch import run; sys.exit(run())", arguments, tmp_path
        )
        script = run_code("from checker.launch import main; main()", arguments, tmp_path)
        assert (script.returncode, script.stdout, script.stderr) == (
            plain.returncode,
            plain.stdout,
            plain.stderr,
        ), arguments
        assert plain.stdout


def test_atexit_functions_run_before_the_exit(tmp_path: Path) -> None:
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('atexit ran', file=sys.stderr))\n"
        "from checker.launch import main; main()\n"
        "print('not reached', file=sys.stderr)\n"
    )
    done = run_code(code, ["check", "--no-cache", EXAMPLE], tmp_path)
    assert done.returncode == 0
    assert done.stderr.splitlines()[-1] == "atexit ran"


def test_the_collector_runs_again_once_linting_starts(tmp_path: Path) -> None:
    code = (
        "import gc, sys\n"
        "import checker.runner as runner\n"
        "seen = []\n"
        "lint_all = runner.lint_all\n"
        "def spy(*args, **kwargs):\n"
        "    seen.append(gc.isenabled())\n"
        "    return lint_all(*args, **kwargs)\n"
        "runner.lint_all = spy\n"
        "from checker.launch import run\n"
        "code = run()\n"
        "print(seen, gc.isenabled(), file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    done = run_code(code, ["check", "--no-cache", EXAMPLE], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1] == "[True] True"


def test_started_resumes_only_what_pause_paused() -> None:
    assert gc.isenabled()
    startup.started()  # nothing paused: nothing to do
    assert gc.isenabled()
    gc.disable()
    try:
        startup.pause()  # already off (someone else's choice): left off
        startup.started()
        assert not gc.isenabled()
    finally:
        gc.enable()
    startup.pause()
    assert not gc.isenabled()
    startup.started()
    assert gc.isenabled()
    gc.unfreeze()
