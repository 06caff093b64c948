"""Time and peak memory of trainlint on hostile files just under the default size limit.

    python benchmarks/hostile.py [SIZE]      # default: 2 MiB - 1 KiB

Each file of ``tests/hostile.py`` is linted alone by a fresh ``python -m checker check
--no-cache --isolated`` process; the table gives its wall time, peak RSS (from
``wait4``) and the first finding's rule. The figures in docs/security.md come from here.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hostile import GENERATORS  # noqa: E402


def measure(path: Path) -> tuple[float, float, str]:
    env = {**os.environ, "NO_COLOR": "1"}
    start = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "checker", "check", "--no-cache", "--isolated", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=path.parent,
    )
    assert process.stdout is not None
    out = process.stdout.read().decode("utf-8", "replace")
    _, _, usage = os.wait4(process.pid, 0)
    elapsed = time.monotonic() - start
    first = out.splitlines()[0] if out else ""
    rule = first.split(" ")[2] if first.count(" ") >= 2 else first
    return elapsed, usage.ru_maxrss / 1024, rule


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 2 * 1024 * 1024 - 1024
    names = sys.argv[2:] or list(GENERATORS)
    with tempfile.TemporaryDirectory() as folder:
        print(f"| file ({size:,} bytes at most) | bytes | time (s) | peak RSS (MB) | finding |")
        print("|---|---|---|---|---|")
        for name in names:
            data = GENERATORS[name](size)
            path = Path(folder) / f"{name}.yaml"
            path.write_bytes(data)
            elapsed, rss, rule = measure(path)
            print(f"| {name} | {len(data):,} | {elapsed:.2f} | {rss:.0f} | {rule} |", flush=True)
            path.unlink()


if __name__ == "__main__":
    main()
