"""Suggestions compare in full only the shortlisted names that can come near the best
(``catalog_suggest._scored``): the same scores, in the same order, as comparing all."""

from __future__ import annotations

import random
from difflib import SequenceMatcher

import pytest

from checker.catalog import Catalog, builtin_exercises
from checker.catalog_suggest import NEAR_BEST, Suggester, _scored, spelt_like


def _all_scored(key: str, shortlist: list[str]) -> list[tuple[float, str]]:
    return sorted(
        ((SequenceMatcher(None, key, k).ratio(), k) for k in shortlist),
        key=lambda pair: -pair[0],
    )


def _slips(rng: random.Random, name: str) -> str:
    letters = list(name)
    for _ in range(rng.randint(1, 3)):
        at = rng.randrange(len(letters))
        match rng.randrange(3):
            case 0:
                letters[at] = rng.choice("aeioustrnlx")
            case 1:
                letters.insert(at, rng.choice("aeiouy"))
            case _:
                if len(letters) > 3:
                    del letters[at]
    return "".join(letters)


def test_pruned_scores_are_the_best_and_those_near_it_in_the_same_order() -> None:
    catalog = Catalog(builtin_exercises())
    catalog._index()
    suggester = Suggester(catalog._by_key)
    keys = sorted(catalog._by_key)
    rng = random.Random(20261203)
    compared = 0
    for known in rng.sample(keys, 150):
        key = _slips(rng, known)
        shortlist = suggester._shortlist(key)
        if not shortlist:
            continue
        everything = _all_scored(key, shortlist)
        best = everything[0][0]
        near = [pair for pair in everything if pair[0] >= best - NEAR_BEST]
        pruned = _scored(key, shortlist)
        assert pruned[: len(near)] == near, key
        assert all(ratio < best - NEAR_BEST for ratio, _ in pruned[len(near) :]), key
        compared += 1
    assert compared > 100


@pytest.mark.parametrize(
    ("name", "known", "slip"),
    [
        ("meridian stretches", "Mermaid Stretch", False),  # four letters of eight: a word
        ("bulgarain split squat", "Bulgarian Split Squat", True),  # two letters swapped
        ("romanain deadlift", "Romanian Deadlift", True),
        ("kettlebel swing", "Kettlebell Swing", True),
        ("desk stretch", "Neck Stretch", False),
    ],
)
def test_a_slip_changes_a_long_word_by_two_letters_at_most(
    name: str, known: str, slip: bool
) -> None:
    assert spelt_like(name, known) is slip
