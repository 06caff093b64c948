"""Benchmark trainlint against yamllint and check-jsonschema on the same corpus, in one run.

    python benchmarks/run.py [--quick] [--update-readme]

Installs yamllint and check-jsonschema into ``benchmarks/.tools/venv`` (once), generates
the corpora under ``benchmarks/corpus/`` (once, deterministic), then times each tool as a
user runs it (its console script, a fresh process per run) and prints a table of medians
and ratios. trainlint runs with its defaults (schema validation, every built-in rule,
``--jobs`` = one per core), except that the one-file 1 MB and 5 MB programs get
``--config benchmarks/trainlint.yaml``, which raises ``max-workouts``; "cold" is ``--no-cache``,
"warm" reuses a result cache that a previous run filled. yamllint and check-jsonschema
have no result cache, so their "warm" column is simply a second run with the operating
system's file cache warm.

Peak memory is the largest resident set of the tool's main process (``wait4``), in MB.
With ``--update-readme`` the table replaces the one in ``benchmarks/README.md``.

Rows beyond the plain corpora: ``invalid-1000`` (files-1000 with every ``sets:`` misspelt
``set:``: every file schema-invalid, as on the first day a team adopts trainlint),
``editable-1`` (one file, trainlint from an editable install of this checkout in its own
venv, as the README's quick start installs it) and ``precommit-10`` (10 files named on
the command line, ``check --force-exclude``, as pre-commit runs the hook). The one-file
rows run the tools interleaved (run 1 of each tool, then run 2 of each, ...) so that the
machine's noise hits them alike, and report the median of the paired ratios too.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TOOLS = HERE / ".tools" / "venv"
EDITABLE = HERE / ".tools" / "editable"
CORPUS = HERE / "corpus"
SCHEMA = ROOT / "schemas" / "program.schema.json"
CONFIG = HERE / "trainlint.yaml"
sys.path.insert(0, str(HERE))

import generate  # noqa: E402


def _pip_install(python: Path, *arguments: str) -> None:
    quiet = ["--quiet", "--disable-pip-version-check"]
    subprocess.run([str(python), "-m", "pip", "install", *quiet, *arguments], check=True)


def ensure_tools() -> dict[str, Path]:
    bin_dir = TOOLS / "bin"
    if not (bin_dir / "yamllint").exists() or not (bin_dir / "check-jsonschema").exists():
        print("installing yamllint and check-jsonschema into", TOOLS, file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(TOOLS)], check=True)
        _pip_install(bin_dir / "python", "yamllint", "check-jsonschema")
    # trainlint from this checkout, not editable, reinstalled every time (its version does
    # not change between commits): all three tools run from the same clean environment
    _pip_install(bin_dir / "python", "--force-reinstall", "--no-deps", str(ROOT))
    _pip_install(bin_dir / "python", str(ROOT))
    return {
        "trainlint": bin_dir / "trainlint",
        "yamllint": bin_dir / "yamllint",
        "check-jsonschema": bin_dir / "check-jsonschema",
    }


def ensure_editable() -> Path:
    """trainlint installed editable (``pip install -e``) from this checkout, in its own venv."""
    python = EDITABLE / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(EDITABLE)], check=True)
    _pip_install(python, "-e", str(ROOT))
    return EDITABLE / "bin" / "trainlint"


def version(tool: Path) -> str:
    result = subprocess.run([str(tool), "--version"], capture_output=True, text=True, check=False)
    return (
        (result.stdout or result.stderr).strip().splitlines()[0] if result.returncode == 0 else "?"
    )


def ensure_corpora() -> dict[str, list[Path]]:
    sets: dict[str, list[Path]] = {}
    for count in (1, 100, 1000, 10000):
        folder = CORPUS / f"files-{count}"
        files = sorted(folder.rglob("*.yaml")) if folder.exists() else []
        if len(files) != count:
            shutil.rmtree(folder, ignore_errors=True)
            files = generate.generate(folder, count, 0.2, 1)
        sets[f"files-{count}"] = files
    invalid = CORPUS / "invalid-1000"
    files = sorted(invalid.rglob("*.yaml")) if invalid.exists() else []
    if len(files) != 1000:
        shutil.rmtree(invalid, ignore_errors=True)
        files = []
        for source in sets["files-1000"]:
            target = invalid / source.relative_to(CORPUS / "files-1000")
            target.parent.mkdir(parents=True, exist_ok=True)
            text = source.read_text(encoding="utf-8")
            target.write_text(re.sub(r"(?m)^(\s+)sets:", r"\1set:", text), encoding="utf-8")
            files.append(target)
    sets["invalid-1000"] = sorted(files)
    sets["editable-1"] = sets["files-1"]
    sets["precommit-10"] = sets["files-1000"][:10]
    for megabytes in (1, 5):
        path = CORPUS / "big" / f"big-{megabytes}mb.yaml"
        if not path.exists():
            generate.generate_big(path.parent, megabytes, 1)
        sets[f"big-{megabytes}mb"] = [path]
    return sets


def run_once(command: Sequence[str], cwd: Path) -> tuple[float, float]:
    """Wall time (s) and peak RSS of the tool's main process (MB) of one run.

    The peak comes from GNU time where it is installed (a small parent, so the figure
    is the tool's own); otherwise from ``wait4``, whose figure never drops below this
    script's own size (a forked child starts as a copy of it).
    """
    gnu_time = Path("/usr/bin/time")
    report = None
    if gnu_time.exists():
        handle, report = tempfile.mkstemp(prefix="bench-rss-")
        os.close(handle)
        command = [str(gnu_time), "-f", "%M", "-o", report, *command]
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"{command[0]} failed with exit code {code}: {command}")
    peak = usage.ru_maxrss / 1024
    if report is not None:
        lines = Path(report).read_text().split()
        os.unlink(report)
        peak = int(lines[-1]) / 1024
    return elapsed, peak


def commands(
    tools: dict[str, Path],
    files: list[Path],
    folder: Path,
    cache: Path,
    big: bool = False,
    named: bool = False,
) -> dict[str, list[str]]:
    """How a user runs each tool; trainlint takes ``CONFIG`` for the one-file big programs.
    With ``named`` the files are named on the command line, as pre-commit names them."""
    names = [str(f) for f in files]
    targets = names if named or len(names) == 1 else [str(folder)]
    return {
        "trainlint": [
            str(tools["trainlint"]),
            "check",
            *(["--config", str(CONFIG)] if big else []),
            *(["--force-exclude"] if named else []),
            "--cache-dir",
            str(cache),
            *targets,
        ],
        "yamllint": [str(tools["yamllint"]), "-f", "parsable", *targets],
        "check-jsonschema": [str(tools["check-jsonschema"]), "--schemafile", str(SCHEMA), *names],
    }


def median_of(
    command: list[str], repeats: int, cwd: Path, before: object = None
) -> tuple[float, float]:
    times, peaks = [], []
    for _ in range(repeats):
        if callable(before):
            before()
        elapsed, peak = run_once(command, cwd)
        times.append(elapsed)
        peaks.append(peak)
    return statistics.median(times), max(peaks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, no 10,000-file set")
    parser.add_argument("--update-readme", action="store_true")
    parser.add_argument(
        "--corpus",
        action="append",
        choices=[
            "files-1",
            "editable-1",
            "precommit-10",
            "files-100",
            "files-1000",
            "invalid-1000",
            "files-10000",
            "big-1mb",
            "big-5mb",
        ],
        help="run only this corpus (repeatable); the README is not updated then",
    )
    args = parser.parse_args(argv)
    tools = ensure_tools()
    corpora = ensure_corpora()
    repeats = {
        "files-1": 9,
        "editable-1": 9,
        "precommit-10": 7,
        "files-100": 5,
        "files-1000": 3,
        "invalid-1000": 3,
        "files-10000": 3,
        "big-1mb": 3,
        "big-5mb": 3,
    }
    if args.quick:
        repeats = {k: max(1, v // 3) for k, v in repeats.items()}
        corpora.pop("files-10000")
    if args.corpus:
        corpora = {name: files for name, files in corpora.items() if name in args.corpus}
        args.update_readme = False
    editable = ensure_editable() if "editable-1" in corpora else None
    rows: list[tuple[str, str, float, float, float]] = []
    paired: dict[str, dict[str, list[float]]] = {}
    cache = Path(tempfile.mkdtemp(prefix="trainlint-bench-cache-"))

    def clear_cache() -> None:
        shutil.rmtree(cache, ignore_errors=True)

    def cold_of(tool: str, command: list[str]) -> list[str]:
        return command if tool != "trainlint" else [*command[:2], "--no-cache", *command[2:]]

    try:
        for name, files in corpora.items():
            folder = files[0].parent if len(files) == 1 else CORPUS / name
            big = name.startswith("big-")
            row_tools = (
                {**tools, "trainlint": editable} if editable and name == "editable-1" else tools
            )
            named = name.startswith("precommit-")
            row = commands(row_tools, files, folder, cache, big, named)
            if name in INTERLEAVED:
                times = interleaved(
                    {tool: cold_of(tool, command) for tool, command in row.items()},
                    repeats[name],
                    ROOT,
                )
                paired[name] = {tool: [t for t, _ in runs] for tool, runs in times.items()}
                clear_cache()
                run_once(row["trainlint"], ROOT)
                warm_times = interleaved(row, repeats[name], ROOT)
                for tool in row:
                    cold = statistics.median(t for t, _ in times[tool])
                    peak = max(p for _, p in times[tool])
                    warm = statistics.median(t for t, _ in warm_times[tool])
                    rows.append((name, tool, cold, warm, peak))
                    _progress(name, tool, cold, warm, peak)
                continue
            for tool, command in row.items():
                cold, peak = median_of(cold_of(tool, command), repeats[name], ROOT)
                # warm: trainlint fills its cache once, then runs reuse it; the others
                # have no result cache and simply run again (the file cache is warm)
                if tool == "trainlint":
                    clear_cache()
                    run_once(command, ROOT)
                warm, _ = median_of(command, repeats[name], ROOT)
                rows.append((name, tool, cold, warm, peak))
                _progress(name, tool, cold, warm, peak)
    finally:
        clear_cache()
    table = render(rows, tools, paired)
    print(table)
    if args.update_readme:
        readme = HERE / "README.md"
        text = readme.read_text(encoding="utf-8")
        start, end = "<!-- results:start -->", "<!-- results:end -->"
        head, _, rest = text.partition(start)
        _, _, tail = rest.partition(end)
        readme.write_text(f"{head}{start}\n{table}{end}{tail}", encoding="utf-8")
    return 0


#: The rows whose tools run interleaved, with paired ratios.
INTERLEAVED = ("files-1", "editable-1")


def interleaved(
    commands: dict[str, list[str]], repeats: int, cwd: Path
) -> dict[str, list[tuple[float, float]]]:
    """Each tool's (time, peak) per run, the tools taking turns run by run."""
    runs: dict[str, list[tuple[float, float]]] = {tool: [] for tool in commands}
    for _ in range(repeats):
        for tool, command in commands.items():
            runs[tool].append(run_once(command, cwd))
    return runs


def _progress(name: str, tool: str, cold: float, warm: float, peak: float) -> None:
    print(
        f"{name:12} {tool:17} cold {cold:8.3f} s  warm {warm:8.3f} s  peak {peak:7.1f} MB",
        file=sys.stderr,
    )


def render(
    rows: list[tuple[str, str, float, float, float]],
    tools: dict[str, Path],
    paired: dict[str, dict[str, list[float]]] | None = None,
) -> str:
    by = {(name, tool): (cold, warm, peak) for name, tool, cold, warm, peak in rows}
    lines = [
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}; "
        f"{time.strftime('%Y-%m-%d')}.",
        "Tools: " + "; ".join(version(path) for path in tools.values()) + ".",
        "",
        "| corpus | tool | cold (s) | warm (s) | peak MB | cold vs trainlint | warm vs trainlint |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for name, tool, cold, warm, peak in rows:
        mine = by.get((name, "trainlint"))
        ratio_cold = f"{cold / mine[0]:.1f}x" if mine and tool != "trainlint" else ""
        ratio_warm = f"{warm / mine[1]:.1f}x" if mine and tool != "trainlint" else ""
        lines.append(
            f"| {name} | {tool} | {cold:.3f} | {warm:.3f} | {peak:.0f} "
            f"| {ratio_cold} | {ratio_warm} |"
        )
    if ("files-10000", "trainlint") in by:
        cold, warm, _ = by["files-10000", "trainlint"]
        lines += [
            "",
            f"trainlint, 10,000 files: warm cache is {cold / warm:.1f}x faster than cold.",
        ]
    if ("files-100", "trainlint") in by and ("files-10000", "trainlint") in by:
        small, large = by["files-100", "trainlint"][2], by["files-10000", "trainlint"][2]
        lines.append(f"trainlint peak memory, 10,000 vs 100 files: {large / small:.2f}x.")
    if ("big-1mb", "trainlint") in by and ("big-5mb", "trainlint") in by:
        one, five = by["big-1mb", "trainlint"][0], by["big-5mb", "trainlint"][0]
        lines.append(f"trainlint, 5 MB vs 1 MB program: {five / one:.2f}x the time (5x is linear).")
    if ("files-1000", "trainlint") in by and ("invalid-1000", "trainlint") in by:
        valid, invalid = by["files-1000", "trainlint"][0], by["invalid-1000", "trainlint"][0]
        lines.append(
            f"trainlint, 1,000 files, every file schema-invalid vs as generated (cold): "
            f"{invalid / valid:.2f}x the time."
        )
    for name, times in (paired or {}).items():
        mine = times["trainlint"]
        for other in ("yamllint", "check-jsonschema"):
            ratios = [a / b for a, b in zip(mine, times[other], strict=True)]
            by_medians = statistics.median(mine) / statistics.median(times[other])
            lines.append(
                f"{name}, cold: trainlint takes {by_medians:.2f}x {other}'s time by medians, "
                f"{statistics.median(ratios):.2f}x as the median of {len(ratios)} paired runs."
            )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
