"""Finding plugins: the ``trainlint`` entry points of installed distributions.

Like flake8's plugin finder, finding is separate from loading: nothing here
imports a plugin (see :mod:`checker.plugins` for loading and asking them).
"""

from __future__ import annotations

from checker.values import Record

GROUP = "trainlint"
BUILTIN = "trainlint"


class PluginCandidate(Record, fields=("name", "value", "distribution", "version")):
    """An entry point found in the ``trainlint`` group (not imported yet)."""

    __slots__ = ("distribution", "name", "value", "version")

    name: str
    value: str
    distribution: str
    version: str

    def __init__(
        self,
        name: str,
        value: str,
        distribution: str,
        version: str,
    ) -> None:
        self.name = name
        self.value = value
        self.distribution = distribution
        self.version = version

    @property
    def builtin(self) -> bool:
        return self.distribution == BUILTIN


def find_plugins() -> list[PluginCandidate]:
    """Every ``trainlint`` entry point, built-in first, then by distribution name."""
    found: dict[tuple[str, str], PluginCandidate] = {}
    for candidate in _entry_points(GROUP):
        found.setdefault((candidate.distribution.lower(), candidate.name), candidate)
    if not any(c.builtin for c in found.values()):
        # Running from a source tree that is not installed: same module, same path.
        from checker import __version__

        found[(BUILTIN, "builtin")] = PluginCandidate(
            "builtin", "checker.builtin", BUILTIN, __version__
        )
    return sorted(found.values(), key=lambda c: (not c.builtin, c.distribution.lower(), c.name))


def _entry_points(group: str) -> list[PluginCandidate]:
    """The entry points of ``group``, read from the metadata folders on ``sys.path``.

    This is what ``importlib.metadata.entry_points`` does for folders, without its
    import cost (a quarter of trainlint's start-up); zip files on the path, which it
    alone can read, send the search to it.

    The current directory is never searched, although ``python -m`` and ``python -c``
    put it on ``sys.path``: it is usually the repository being linted, and metadata
    committed there must not make trainlint import code from it (see docs/security.md).
    """
    import os

    candidates: list[PluginCandidate] = []
    seen: set[str] = set()
    path = _search_path()
    for folder in path:
        if os.path.isfile(folder):
            return _entry_points_from_importlib(group, path)
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            continue
        for name in names:
            if not name.endswith((".dist-info", ".egg-info")):
                continue
            meta = os.path.join(folder, name)
            points = _read(os.path.join(meta, "entry_points.txt"))
            if points is None:
                continue
            header = _read(os.path.join(meta, "METADATA")) or _read(os.path.join(meta, "PKG-INFO"))
            dist, version = _name_and_version(header or "", name)
            normalized = dist.lower().replace("_", "-").replace(".", "-")
            if normalized in seen:
                continue  # an earlier folder on sys.path shadows this copy
            seen.add(normalized)
            for point_name, value in _section(points, group):
                candidates.append(PluginCandidate(point_name, value, dist, version))
    return candidates


def _read(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError):
        return None


def _name_and_version(header: str, folder: str) -> tuple[str, str]:
    name = version = None
    for line in header.splitlines():
        if not line.strip():
            break  # end of the header
        key, _, value = line.partition(":")
        if key == "Name" and name is None:
            name = value.strip()
        elif key == "Version" and version is None:
            version = value.strip()
    stem = folder.rsplit(".", 1)[0]
    fallback_name, _, fallback_version = stem.partition("-")
    return name or fallback_name, version or fallback_version.split("-")[0] or "unknown"


def _section(text: str, group: str) -> list[tuple[str, str]]:
    """``name = value`` lines of one section of an ``entry_points.txt`` (an INI file)."""
    entries: list[tuple[str, str]] = []
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            continue
        if current == group and "=" in line:
            name, _, value = line.partition("=")
            entries.append((name.strip(), value.strip()))
    return entries


def _search_path() -> list[str]:
    """``sys.path`` without the current directory (see :func:`_entry_points`)."""
    import os
    import sys

    try:
        here: str | None = os.path.realpath(os.getcwd())
    except OSError:  # the current directory was removed
        here = None
    folders = []
    for entry in sys.path:
        folder = entry or "."
        if here is not None and os.path.realpath(folder) == here:
            continue
        folders.append(folder)
    return folders


def _entry_points_from_importlib(group: str, path: list[str]) -> list[PluginCandidate]:
    from importlib import metadata

    candidates = []
    seen: set[str] = set()
    for dist in metadata.distributions(path=path):
        name = str(dist.metadata["Name"])
        normalized = name.lower().replace("_", "-").replace(".", "-")
        if normalized in seen:
            continue  # an earlier folder on the path shadows this copy
        seen.add(normalized)
        for entry_point in dist.entry_points.select(group=group):
            candidates.append(
                PluginCandidate(entry_point.name, entry_point.value, name, dist.version)
            )
    return candidates
