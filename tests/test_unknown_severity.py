"""unknown-exercise: a slip of the pen and an ambiguous name are warnings; a name
unlike any the catalog knows is most likely a real exercise it lacks, so info."""

from __future__ import annotations

import pytest

from checker.catalog_suggest import spelt_like
from checker.testing import lint

JUDGED = "not judged by set-range"


def _unknown(name: str) -> list[tuple[int, int, str, str]]:
    text = (
        "program: P\nworkouts:\n  - name: A\n    warmup: 5 min\n    exercises:\n"
        f"      - exercise: {name}\n        sets: 3\n        reps: 8\n"
    )
    return [
        (f.line, f.column, f.severity.label, f.message)
        for f in lint(text, rules=["unknown-exercise", "set-range"], plugins=False)
        if f.rule == "unknown-exercise"
    ]


@pytest.mark.parametrize(
    ("name", "meant"),
    [
        ("dedlift", "Deadlift"),
        ("bulgarian split sqat", "Bulgarian Split Squat"),
        ("Romanain Deadlift", "Romanian Deadlift"),
        ("lat pulldwon (wide)", "Lat Pulldown"),
    ],
)
def test_a_slip_is_a_warning_with_the_name_meant(name: str, meant: str) -> None:
    assert _unknown(name) == [
        (
            6,
            19,
            "warning",
            f"unknown exercise '{name}' (did you mean '{meant}'?); {JUDGED}; define it under "
            "'custom-exercises' if the name is right",
        )
    ]


@pytest.mark.parametrize(
    "name",
    [
        "Kettlebell Arm Bar Sweep",
        "Arabesque Hold",
        "Copenhagen Plank Reach",
        "Shuttle Run 17s",
        # a short word that is another word, not a slip: a sink is not a neck (a desk
        # stretch, as office classes name their stretching, is now known)
        "sink stretch",
    ],
)
def test_a_name_unlike_any_known_one_is_info(name: str) -> None:
    found = _unknown(name)
    assert [(line, col, sev) for line, col, sev, _ in found] == [(6, 19, "info")]
    assert found[0][3].startswith(f"unknown exercise '{name}'")
    assert found[0][3].endswith(
        f"{JUDGED}; most likely an exercise trainlint's catalog lacks: define it under "
        "'custom-exercises' to have it judged"
    )


def test_close_names_of_the_pattern_do_not_make_a_real_name_a_slip() -> None:
    # suggestions of the same movement pattern are offered, but the name is not a slip
    (finding,) = _unknown("Kettlebell Bottoms-Up Windmill Press")
    assert finding[2] == "info"


def test_an_ambiguous_name_stays_a_warning() -> None:
    (finding,) = _unknown("One-Arm Cable Extension")
    assert finding[:3] == (6, 19, "warning")
    assert finding[3].startswith("ambiguous exercise 'One-Arm Cable Extension': it may mean ")
    assert finding[3].endswith("; write the fuller name")


def test_a_short_word_that_is_another_word_is_no_slip() -> None:
    assert not spelt_like("desk stretch", "Neck Stretch")  # two of four letters changed
    assert spelt_like("nekc stretch", "Neck Stretch")  # two letters swapped: one slip
    assert spelt_like("nck stretch", "Neck Stretch")  # one left out


def test_spelt_like_compares_normalized_names_without_qualifiers() -> None:
    assert spelt_like("DB Bench Pres (flat)", "Dumbbell Bench Press")
    assert not spelt_like("Landmine Rotational Press", "Landmine Press")
    assert not spelt_like("Arabesque Hold", "Plank")


@pytest.mark.parametrize(
    ("name", "unlike"),
    [
        ("Toproll (lever/handle)", "Rowing Machine"),
        ("Hook Pull (cable machine)", "Cable Curl"),
    ],
)
def test_equipment_both_names_share_is_not_a_slip(name: str, unlike: str) -> None:
    # the qualifier's equipment word is in both names; what is left is not spelt alike
    assert not spelt_like(name, unlike)
    found = _unknown(name)
    assert [(line, col, sev) for line, col, sev, _ in found] == [(6, 19, "info")]
    assert "did you mean" not in found[0][3]


@pytest.mark.parametrize("name", ["V-Burpees", "X Burpee", "Star Burpees"])
def test_a_word_added_before_a_known_name_is_a_variant_not_a_slip(name: str) -> None:
    # a glute workout's V-Burpees: a burpee variant the catalog lacks, not a misspelt burpee
    assert not spelt_like(name, "Burpee")
    found = _unknown(name)
    assert [(line, col, sev) for line, col, sev, _ in found] == [(6, 19, "info")]


def test_a_phrase_after_to_says_where_the_movement_goes() -> None:
    # Meadows' "Decline EZ-bar extension to chin" is a triceps extension: never offered a
    # chin-up for the chin it goes to (a name the catalog lacks, to see its suggestions)
    from checker.catalog import Catalog, builtin_exercises

    catalog = Catalog(builtin_exercises())
    name = "Decline EZ-bar zorbo extension to chin"
    assert catalog.revealed_pattern(name) == "isolation-triceps"
    assert not {"Chin-Up", "Pull-Up"} & set(catalog.suggest(name))
