"""The result cache: findings per file content, configuration and code, on disk.

An entry's key is a SHA-256 over everything a file's findings depend on:

* the file's bytes, and its path as shown (rules see it, so a plugin's rule may
  depend on it: two files with the same content do not share an entry);
* the effective configuration for that file (active rules, severities, options, limits);
* the code that produced them: trainlint's version and every loaded plugin's
  distribution and version, plus the path and the whole content (hashed) of every
  Python and JSON file of trainlint's and of each plugin's package, so that an edited
  install is never served stale results, even when the edit keeps the file's size and
  modification time;
* the cache format version.

Entries hold findings without their path, as JSON in pack files under
``<cache-dir>/v1/``: one file per run that computed something, so a warm run over
10,000 files opens a few files, not 10,000.
Each pack is written to a temporary file in the same directory and moved into place
with ``os.replace``: a reader sees a whole pack or none, a run killed half-way leaves
the packs before it intact, and two runs at once each add their own pack. A pack that
cannot be read or parsed is ignored, its entries are computed again and it is
removed. Only the cache directory is ever written to.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from checker.findings import Finding, Severity
from checker.reading import read_bounded
from checker.writing import write_atomically

FORMAT = "v1"
#: More packs than this are merged into one by the next run that writes.
MAX_PACKS = 8
#: The most entries a merged pack keeps (the newest).
MAX_ENTRIES = 200_000
DEFAULT_DIR = ".trainlint_cache"
#: A pack larger than this is treated as broken (MAX_ENTRIES entries take far less).
MAX_PACK_BYTES = 512 * 1024 * 1024
#: Source files larger than this are hashed up to it (no real module is that large).
MAX_SOURCE_BYTES = 16 * 1024 * 1024
_README = (
    "This folder is trainlint's result cache. It is safe to delete; "
    "run 'trainlint check --no-cache' to bypass it.\n"
)


def code_fingerprint(modules: Iterable[Any], versions: Sequence[tuple[str, str]]) -> str:
    """A digest of the versions and the source files of ``modules``' packages."""
    digest = hashlib.sha256()
    digest.update(FORMAT.encode())
    digest.update(sys.version.encode())
    for name, version in sorted(versions):
        digest.update(f"\0{name}={version}".encode())
    folders: set[str] = set()
    for module in modules:
        location = getattr(module, "__file__", None)
        if location:
            folders.add(os.path.dirname(os.path.abspath(location)))
    for folder in sorted(folders):
        for root, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if name.endswith((".py", ".json")):
                    path = os.path.join(root, name)
                    try:
                        read = read_bounded(path, MAX_SOURCE_BYTES)
                    except OSError:
                        continue
                    digest.update(f"\0{path}:{len(read.data)}\0".encode())
                    digest.update(read.data)
    return digest.hexdigest()


def entry_key(content: bytes, settings_fingerprint: str, code: str, path: str) -> str:
    digest = hashlib.sha256()
    digest.update(code.encode())
    digest.update(b"\0")
    digest.update(settings_fingerprint.encode())
    digest.update(b"\0")
    digest.update(path.encode("utf-8", "surrogateescape"))
    digest.update(b"\0")
    digest.update(content)
    return digest.hexdigest()


def _rows(findings: Sequence[Finding]) -> list[list[Any]]:
    return [
        [f.line, f.column, f.end_line, f.end_column, f.rule, f.severity.label, f.message]
        for f in findings
    ]


def _decode_rows(rows: Any, path: str) -> list[Finding] | None:
    try:
        return [
            Finding(
                path,
                int(line),
                int(column),
                None if end_line is None else int(end_line),
                None if end_column is None else int(end_column),
                str(rule),
                Severity.parse(str(severity)),
                str(message),
            )
            for line, column, end_line, end_column, rule, severity, message in rows
        ]
    except Exception:  # a truncated or corrupted entry is a miss
        return None


class Cache:
    """Entries kept in pack files; every failure to read or write is a miss, never an error.

    A run reads every pack once (lazily, on its first lookup) and, at the end, writes
    the entries it computed as one new pack, atomically. When packs pile up, a run
    merges them into one and removes the ones it merged; two runs doing that at once
    each write a whole pack, and a pack removed under a reader is only a miss.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.hits = 0
        self.misses = 0
        self._entries: dict[str, Any] | None = None
        self._packs: list[Path] = []
        self._broken: list[Path] = []
        self._new: dict[str, Any] = {}

    @property
    def _folder(self) -> Path:
        return self.directory / FORMAT

    def _load(self) -> dict[str, Any]:
        if self._entries is not None:
            return self._entries
        entries: dict[str, Any] = {}
        try:
            packs = sorted(self._folder.glob("pack-*.json"))
        except OSError:
            packs = []
        for pack in packs:
            try:
                # a regular file of bounded size only: a pack that is a symlink to a
                # device or a named pipe is broken, never read or waited on
                read = read_bounded(pack, MAX_PACK_BYTES)
                if read.over(MAX_PACK_BYTES):
                    raise ValueError("too large")
                data = json.loads(read.data.decode("utf-8"))
                if not isinstance(data, dict):
                    raise ValueError("not a mapping")
            except FileNotFoundError:  # merged away by another run just now
                continue
            except Exception:  # truncated or corrupted: ignored, and removed on save
                self._broken.append(pack)
                continue
            entries.update(data)
            self._packs.append(pack)
        self._entries = entries
        return entries

    def get(self, key: str, path: str) -> list[Finding] | None:
        rows = self._load().get(key)
        findings = None if rows is None else _decode_rows(rows, path)
        if findings is None:
            self.misses += 1
        else:
            self.hits += 1
        return findings

    def put(self, key: str, findings: Sequence[Finding]) -> None:
        self._new[key] = _rows(findings)

    def save(self) -> None:
        """Write this run's new entries as one pack; merge packs when there are many."""
        if not self._new and not self._broken:
            return
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
            for name, text in (("README", _README), (".gitignore", "# created by trainlint\n*\n")):
                if not (self.directory / name).exists():
                    _write(self.directory / name, text.encode())
            merge = len(self._packs) + 1 > MAX_PACKS
            entries = {**self._load(), **self._new} if merge else self._new
            if len(entries) > MAX_ENTRIES:
                entries = dict(list(entries.items())[-MAX_ENTRIES:])
            name = f"pack-{time.time_ns():020d}-{os.getpid()}-{os.urandom(4).hex()}.json"
            data = json.dumps(entries, ensure_ascii=False, separators=(",", ":"))
            _write(self._folder / name, data.encode("utf-8"))
            for old in (self._packs if merge else []) + self._broken:
                with contextlib.suppress(OSError):
                    old.unlink()
            self._clean_temporaries()
        except OSError:
            pass  # a read-only or full disk costs speed, not results
        self._new = {}

    def _clean_temporaries(self) -> None:
        """Remove what runs killed while writing left behind (older than an hour)."""
        cutoff = time.time() - 3600
        for leftover in self._folder.glob(".tmp-*"):
            with contextlib.suppress(OSError):
                if leftover.stat().st_mtime < cutoff:
                    leftover.unlink()


def _write(target: Path, data: bytes) -> None:
    """Write a cache file atomically (leftovers of killed runs: ``.tmp-*.part``)."""
    write_atomically(target, data, prefix=".tmp-", suffix=".part")
