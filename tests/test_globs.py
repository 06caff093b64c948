"""The default excludes' own translation matches exactly the names wcmatch's does."""

from __future__ import annotations

import itertools

import pytest

from checker.discovery import DEFAULT_EXCLUDE
from checker.globs import any_glob, name_glob

#: What a ``*`` may stand for in the names tried: nothing, dots, a newline, ...
FILLERS = ("", "x", ".", "..", "y.y", "ml", "\n", "-", "\u00e9")


def _names() -> list[str]:
    names = {"", ".", "..", "\n", "program.yaml", "values.yml", "Chart.yml", "chart.yaml"}
    for pattern in DEFAULT_EXCLUDE:
        parts = pattern.split("*")
        for fill in itertools.product(FILLERS, repeat=len(parts) - 1):
            name = parts[0] + "".join(f + p for f, p in zip(fill, parts[1:], strict=True))
            names.update({name, name + "\n", name + "x", "x" + name, name.upper()})
    return sorted(names)  # (discovery matches names: never a "/")


def test_the_default_excludes_match_the_names_wcmatch_matches() -> None:
    ours, theirs = name_glob(DEFAULT_EXCLUDE), any_glob(DEFAULT_EXCLUDE)
    names = _names()
    assert len(names) > 1000
    differ = [n for n in names if bool(ours.match(n)) != bool(theirs.match(n))]
    assert differ == []
    assert ours.match("docker-compose.prod.yml") and not ours.match("compose.json")
    assert ours is not theirs  # translated here, not by wcmatch


@pytest.mark.parametrize("pattern", ["a?.yaml", "[ab].yaml", "x/y.yaml", "\\*.yaml"])
def test_a_pattern_beyond_literal_text_and_stars_goes_to_wcmatch(pattern: str) -> None:
    assert name_glob((pattern, "values.yaml")) is any_glob((pattern, "values.yaml"))
