"""Each fat-loss rule: a failing and a passing example with rule id, line, column, message."""

from __future__ import annotations

import pytest

from checker.testing import Registry, as_tuples, assert_findings, lint

PROGRAM = """\
program: Back definition
level: intermediate
goal: fat-loss
weeks: {weeks}
nutrition:
  calorie-deficit: {deficit}
  protein: {protein}
  fiber: {fiber}
cardio:
  - activity: incline walk
    duration: {walk}
    per-week: {walks}
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: lat pulldown
        sets: 3
        reps: 8-10
      - exercise: plank
        sets: 2
        hold: 30 s
      - exercise: rowing machine
        duration: 20 min
  - name: Day B
    warmup: 5 min
    exercises:
      - exercise: seated cable row
        sets: 3
        reps: 10
      - exercise: dead bug
        sets: 2
        reps: 8
"""

GOOD = {
    "weeks": 10,
    "deficit": "400 kcal",
    "protein": "1.6-2.2 g/kg",
    "fiber": "30 g",
    "walk": "20-30 min",
    "walks": 2,
}


def program(**changes: object) -> str:
    return PROGRAM.format(**{**GOOD, **changes})


def fat_loss(registry: Registry, text: str) -> list[tuple[str, int, int, str]]:
    findings = lint(text, registry=registry)
    return [f for f in as_tuples(findings) if f[0].startswith("fat-loss/") or f[0] == "schema"]


def test_a_program_that_follows_the_guidance_passes(registry: Registry) -> None:
    assert as_tuples(lint(program(), registry=registry)) == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"weeks": 4},
            ("fat-loss/program-length", 4, 8, "4 weeks; a fat-loss program runs for 8-12 weeks"),
        ),
        (
            {"deficit": "800 kcal"},
            (
                "fat-loss/calorie-deficit",
                6,
                20,
                "the daily calorie deficit is 800 kcal; aim for 300-500 kcal",
            ),
        ),
        (
            {"protein": "1 g/kg"},
            ("fat-loss/protein", 7, 12, "the daily protein intake is 1 g/kg; aim for 1.6-2.2 g/kg"),
        ),
        (
            {"fiber": "10 g"},
            ("fat-loss/fiber", 8, 10, "the daily fiber intake is 10 g; aim for 25-35 g"),
        ),
        (
            {"walks": 5},
            (
                "fat-loss/cardio-frequency",
                13,
                1,
                "6 cardio sessions a week; a fat-loss program does cardio 3-4 times a "
                "week (add a 'cardio' section for sessions outside the workouts)",
            ),
        ),
        (
            {"walk": "45 min"},
            (
                "fat-loss/cardio-duration",
                10,
                15,
                "'incline walk' lasts 45 min; cardio for fat loss lasts 20-30 minutes a session "
                "(002:13)",
            ),
        ),
    ],
)
def test_each_rule_fails_on_its_own_mistake(
    registry: Registry, changes: dict[str, object], expected: tuple[str, int, int, str]
) -> None:
    assert fat_loss(registry, program(**changes)) == [expected]


def test_missing_values_are_reported_on_the_goal(registry: Registry) -> None:
    text = program().replace("weeks: 10\n", "")
    text = text[: text.index("nutrition:")] + text[text.index("cardio:") :]
    assert fat_loss(registry, text) == [
        (
            "fat-loss/calorie-deficit",
            3,
            7,
            "a fat-loss program sets a daily calorie deficit of "
            "300-500 kcal: add 'nutrition: {calorie-deficit: ...}'",
        ),
        (
            "fat-loss/fiber",
            3,
            7,
            "a fat-loss program sets a daily fiber intake of 25-35 g: add "
            "'nutrition: {fiber: ...}'",
        ),
        ("fat-loss/program-length", 3, 7, "a fat-loss program runs for 8-12 weeks: add 'weeks: 8'"),
        (
            "fat-loss/protein",
            3,
            7,
            "a fat-loss program sets a daily protein intake of 1.6-2.2 "
            "g/kg: add 'nutrition: {protein: ...}'",
        ),
    ]


def test_other_goals_are_not_judged(registry: Registry) -> None:
    text = program(weeks=4, deficit="900 kcal").replace("goal: fat-loss", "goal: strength")
    assert fat_loss(registry, text) == []


def test_options_change_thresholds(registry: Registry) -> None:
    assert_findings(
        program(walks=5),
        [],
        rules=["fat-loss/cardio-frequency"],
        options={"fat-loss/cardio-frequency": {"max": 6}},
        registry=registry,
    )


def test_schema_section_mistakes(registry: Registry) -> None:
    assert fat_loss(registry, program(protein="lots", walks=0)) == [
        (
            "schema",
            7,
            12,
            "protein must be grams per kilogram of body weight, like 1.8 g/kg, got 'lots'",
        ),
        ("schema", 12, 15, "per-week must be at least 1, got 0"),
        (
            "fat-loss/cardio-frequency",
            13,
            1,
            "1 cardio session a week; a fat-loss program does "
            "cardio 3-4 times a week (add a 'cardio' section for sessions outside the workouts)",
        ),
    ]


def test_summaries_take_their_numbers_from_the_defaults() -> None:
    import re

    from trainlint_fat_loss.rules import RULES

    for rule in RULES:
        literal = re.sub(r"\{[^}]*\}", "", rule.summary_template)
        assert not re.search(r"[0-9]", literal), rule.id
        assert rule.summary == rule.summary_template.format_map(rule.defaults), rule.id
