"""The shipped normalized names: fresh, and never a different result when stale."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from checker import catalog_keys
from checker.catalog import Catalog, Exercise, builtin_exercises


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    catalog_keys.known_keys.cache_clear()
    yield
    catalog_keys.known_keys.cache_clear()


def _index(catalog: Catalog) -> dict[str, str]:
    catalog._index()
    return {key: exercise.id for key, exercise in catalog._by_key.items()}


def test_the_shipped_keys_are_fresh() -> None:
    current = catalog_keys.FILE.read_text(encoding="utf-8")
    assert current == catalog_keys.generate(), (
        "checker/data/exercise-keys.json is stale: run 'python -m checker.catalog_keys'"
    )
    assert len(catalog_keys.known_keys()) > 2000


def test_the_index_is_the_same_with_or_without_the_shipped_keys(
    fresh_cache: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with_keys = _index(Catalog(builtin_exercises()))
    assert catalog_keys.known_keys()
    monkeypatch.setattr(catalog_keys, "FILE", tmp_path / "missing.json")
    catalog_keys.known_keys.cache_clear()
    assert catalog_keys.known_keys() == {}
    assert _index(Catalog(builtin_exercises())) == with_keys


@pytest.mark.parametrize("what", ["fingerprint", "garbage"])
def test_a_stale_or_broken_file_is_ignored(
    fresh_cache: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, what: str
) -> None:
    stale = json.loads(catalog_keys.FILE.read_text(encoding="utf-8"))
    # a file made by another normalize: its keys would resolve 'bench press' to the plank
    stale["keys"]["bench press"] = "plank"
    if what == "fingerprint":
        stale["normalize"] = "00000000"
        text = json.dumps(stale)
    else:
        text = "{not json"
    (tmp_path / "keys.json").write_text(text, encoding="utf-8")
    monkeypatch.setattr(catalog_keys, "FILE", tmp_path / "keys.json")
    assert catalog_keys.known_keys() == {}
    found = Catalog(builtin_exercises()).find("bench press")
    assert found is not None and found.id == "bench-press"


def test_a_name_missing_from_the_file_is_normalized_on_its_own(fresh_cache: None) -> None:
    catalog = Catalog(builtin_exercises())

    catalog.add(
        Exercise("sled-drag-x", "Backward Sled Drags (heavy)", (), ("quads",), (), frozenset())
    )
    found = catalog.find("backward sled drag heavy")
    assert found is not None and found.id == "sled-drag-x"
