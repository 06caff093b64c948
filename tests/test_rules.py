"""Every built-in rule: a failing and a passing example, asserting rule id, line, column
and message; plus the issue's acceptance programs."""

from __future__ import annotations

import re

import pytest

from checker.findings import Severity
from checker.rule import Rule
from checker.rules import BUILTIN_RULES
from checker.rules.set_range import SetRange
from checker.sources import GUIDANCE, STANDARDS, cited
from checker.testing import as_tuples, assert_findings, assert_no_findings, lint
from tests.conftest import builtin_registry

pytestmark = [pytest.mark.composers, pytest.mark.validators]

ISSUE_EXAMPLE = """\
# yaml-language-server: $schema=../schemas/program.schema.json
program: Strong back, beginner block
level: beginner            # beginner | intermediate | advanced
goal: general              # optional: strength | hypertrophy | fat-loss | posture | general | rehab
weeks: 8                   # optional: how many weeks the weekly template repeats
workouts:                  # each workout once a week (see sessions-per-week for rotations)
  - name: Day A
    day: monday            # optional
    warmup: 6 min
    exercises:
      - exercise: deadlift
        sets: 3
        reps: 8-10
        load: 40 kg
        rest: 2 min
      - exercise: lat pulldown
        sets: 3
        reps: 8-10
      - exercise: plank
        sets: 3
        hold: 30 s
  - name: Day B
    day: thursday
    warmup: 5 min
    exercises:
      - exercise: deadlift
        sets: 2
        reps: 8
      - exercise: single-arm dumbbell row
        sets: 3
        reps: 10
        per-side: true
      - exercise: bird dog
        sets: 2
        reps: 8
        per-side: true
        hold: 3 s
      - circuit:
          rounds: 3
          exercises:
            - exercise: glute bridge
              reps: 8
              hold: 10 s
            - exercise: side plank
              hold: 20 s
              per-side: true
      - exercise: rowing machine
        duration: 12 min
        intervals: {rounds: 6, work: 45 s, rest: 75 s}
"""


def test_issue_example_has_no_finding_at_all() -> None:
    assert as_tuples(lint(ISSUE_EXAMPLE, plugins=False)) == []


def test_every_builtin_rule_has_metadata_and_docs() -> None:
    registry = builtin_registry()
    assert {r.id for r in BUILTIN_RULES} <= set(registry.rules)
    for rule in BUILTIN_RULES:
        assert rule.summary and rule.documentation() != rule.summary, rule.id
        assert rule.failing_example and rule.passing_example, rule.id
        assert set(rule.defaults) == set(rule.options_schema), rule.id


@pytest.mark.parametrize("rule", BUILTIN_RULES, ids=lambda r: r.id)
def test_every_option_default_cites_its_source(rule: type[Rule]) -> None:
    """No threshold without a citation: a guidance passage (000:95) or a named standard."""
    for option in rule.defaults:
        citation = rule.sources.get(option, "")
        assert cited(citation), f"{rule.id}: option '{option}' has no source"
    for number in (rule.guidance or "").replace(" ", "").split(","):
        assert not number or number in GUIDANCE, rule.id


@pytest.mark.parametrize("rule", BUILTIN_RULES, ids=lambda r: r.id)
def test_every_rule_doc_cites_what_it_relies_on(rule: type[Rule]) -> None:
    doc = rule.documentation()
    if rule.guidance:
        assert cited(doc), f"{rule.id}: its docs cite no passage"
    for name in STANDARDS:
        if name in " ".join(rule.sources.values()):
            assert name.split()[0] in doc, f"{rule.id}: {name} is a source but not in the docs"


def test_cited_knows_passages_and_standards() -> None:
    assert cited("000:95 (at most 3)") == ["000:95"]
    assert cited("002:3-12 and ACSM 2009") == ["002:3-12", "ACSM 2009"]
    assert cited("a coach's hunch") == []


@pytest.mark.parametrize("rule", BUILTIN_RULES, ids=lambda r: r.id)
def test_documented_examples_behave(rule: type[Rule]) -> None:
    if rule.id == "unused-suppression":
        failing = lint(rule.failing_example, rules=[rule.id, "rep-range"], plugins=False)
        assert [f.rule for f in failing] == ["unused-suppression"]
    else:
        failing = lint(rule.failing_example, rules=[rule.id], plugins=False)
        own = [f for f in failing if f.rule == rule.id]
        assert own, f"{rule.id} example did not fail"
        assert all(f.severity == rule.default_severity for f in own), rule.id
    assert lint(rule.passing_example, rules=[rule.id], plugins=False) == []


def program(*entries: str, top: str = "", level: str = "intermediate") -> str:
    """A one-workout program; ``entries`` are exercise entries without the leading dash
    (their lines separated by newlines), ``top`` extra top-level lines."""
    lines = "".join("      - " + entry.replace("\n", "\n        ") + "\n" for entry in entries)
    return (
        f"program: P\nlevel: {level}\n{top}warmup: 6 min\nworkouts:\n"
        f"  - name: Day A\n    exercises:\n{lines}"
    )


def findings_of(text: str, rule: str) -> list[tuple[int, int, str, str]]:
    return [
        (f.line, f.column, f.severity.label, f.message)
        for f in lint(text, rules=[rule], plugins=False)
        if f.rule == rule
    ]


# --------------------------------------------------------------------- rep-range

PULLDOWN_6_10 = "6-10 reps of the lat pulldown"
BACK_8 = "back exercises take 8 or more reps"
ACSM_INTERMEDIATE = "1-12 RM, mostly 1-6, for intermediate strength training"
ENDURANCE = "10-15 reps with light loads for muscular endurance"
RHEA = "Rhea 2003 (4 sets per muscle group gave the largest strength gains)"
#: What a program that names no goal is told when a declared goal would have a standard
#: support the reps or sets that no source supports as it stands
NAME_GOAL = "; the program names no goal: with "
STRENGTH_REPS = "'goal: strength' (NSCA 2016, 6 or fewer reps for strength)"
HYPERTROPHY_REPS = "'goal: hypertrophy' (NSCA 2016, 6-12 reps for hypertrophy)"
STRENGTH_SETS = "'goal: strength' (NSCA 2016, 2-6 sets for strength)"
HYPERTROPHY_SETS = "'goal: hypertrophy' (NSCA 2016, 3-6 sets for hypertrophy)"
SUPPORTED = " a source would support it"
#: ... and when another goal than hypertrophy would make a group trained too rarely info
GOAL_NAMED_CHEST = (
    "; the program names no goal: 001:58 and Schoenfeld 2016 speak of growing muscle, so if "
    "it is for another goal, say which ('goal: strength', 'goal: general'), and chest is then "
    "info"
)


@pytest.mark.parametrize(
    ("reps", "severity", "message"),
    [
        (8, None, ""),
        (10, None, ""),
        (
            6,
            "info",
            f"'lat pulldown' has 6 reps; the sources disagree: supported by 002:9 "
            f"({PULLDOWN_6_10}); outside 000:109 ({BACK_8})",
        ),
        (
            12,
            "info",
            f"'lat pulldown' has 12 reps; the sources disagree: supported by 000:109 "
            f"({BACK_8}), ACSM 2009 (8-12 RM for novices), ACSM 2009 ({ENDURANCE}); "
            f"outside 002:9 ({PULLDOWN_6_10})",
        ),
        (
            "'8-12'",
            "info",
            f"'lat pulldown' has 8-12 reps; the sources disagree: supported by 000:109 "
            f"({BACK_8}), ACSM 2009 (8-12 RM for novices); partly inside 002:9 "
            f"({PULLDOWN_6_10})",
        ),
        (
            4,
            "error",
            f"'lat pulldown' has 4 reps; no source supports it: {BACK_8} (000:109); "
            f"{PULLDOWN_6_10} (002:9){NAME_GOAL}{STRENGTH_REPS}{SUPPORTED}",
        ),
    ],
)
def test_rep_range_weighs_000_against_002_on_the_pulldown(
    reps: object, severity: str | None, message: str
) -> None:
    # a beginner's program: the position stand's novice range (8-12 RM) is the issue's
    # example, where a pulldown at 4 reps has no source at all
    text = program(f"exercise: lat pulldown\nsets: 3\nreps: {reps}", level="beginner")
    expected = [(9, 15, severity, message)] if severity else []
    assert findings_of(text, "rep-range") == expected


def test_an_intermediate_pulldown_at_4_reps_is_supported_by_the_position_stand() -> None:
    # a program that names no goal is judged as goal: general, whose strength progression
    # gives intermediates 1-12 RM: the texts disagree with it, so the finding is info
    text = program("exercise: lat pulldown\nsets: 3\nreps: 4")
    assert findings_of(text, "rep-range") == [
        (
            9,
            15,
            "info",
            "'lat pulldown' has 4 reps; the sources disagree: supported by ACSM 2009 "
            f"({ACSM_INTERMEDIATE}); outside 000:109 ({BACK_8}), 002:9 ({PULLDOWN_6_10})",
        )
    ]


def test_rep_range_allows_a_12_rep_barbell_row() -> None:
    # 002:8/002:12 give rows 8-12, and 000 sets no upper bound: the old invented cap is gone
    assert findings_of(program("exercise: barbell row\nsets: 3\nreps: 12"), "rep-range") == []


@pytest.mark.parametrize(
    "entry",
    [
        "exercise: back squat\nsets: 5\nreps: 3",
        "exercise: bench press\nsets: 3\nreps: 20",
        "exercise: overhead press\nsets: 5\nreps: 1",
        "exercise: leg press\nsets: 3\nreps: 25",
        "exercise: dumbbell curl\nsets: 3\nreps: 20",
        "exercise: standing calf raise\nsets: 4\nreps: 30",
        "exercise: pull-up\nsets: 3\nreps: 5",
        "exercise: deadlift\nsets: 3\nreps: AMRAP",
        "exercise: deadlift\nwarmup: true\nsets: 2\nreps: 3",
        "exercise: superman\nsets: 3\nreps: 15",
        "exercise: glute bridge\nsets: 3\nreps: 15",
    ],
)
def test_rep_range_judges_only_what_the_texts_talk_about(entry: str) -> None:
    # squats, presses, curls and calf raises are in no text's rep advice; a bodyweight
    # pull-up has no weight to choose (000:109); AMRAP and warm-up sets are not working
    # sets; the superman and bridge prescriptions are held reps (judged with a hold)
    assert findings_of(program(entry), "rep-range") == []


def test_rep_range_heavy_back_lifts_and_levels() -> None:
    assert findings_of(program("exercise: deadlift\nsets: 3\nreps: 5"), "rep-range") == []
    triples = program("exercise: deadlift\nsets: 3\nreps: 3", level="beginner")
    assert findings_of(triples, "rep-range") == [
        (
            9,
            15,
            "error",
            "'deadlift' has 3 reps; no source supports it: heavy back lifts take 5 or more "
            f"reps (000:109, 000:113){NAME_GOAL}{STRENGTH_REPS}{SUPPORTED}",
        )
    ]
    # an intermediate's triples: the position stand's strength progression (the profile of
    # a program that names no goal) gives intermediates 1-12 RM
    assert findings_of(program("exercise: deadlift\nsets: 3\nreps: 3"), "rep-range") == [
        (
            9,
            15,
            "info",
            f"'deadlift' has 3 reps; the sources disagree: supported by ACSM 2009 "
            f"({ACSM_INTERMEDIATE}); outside 000:109, 000:113 (heavy back lifts take 5 or more "
            "reps)",
        )
    ]
    # 000:113 names no level: a beginner's 5-rep deadlift suits it; the ACSM novice range
    # (8-12 RM) does not, but a goal profile only supports, it never makes a finding
    beginner = program("exercise: deadlift\nsets: 3\nreps: 5", level="beginner")
    assert findings_of(beginner, "rep-range") == []
    novice = program(
        "exercise: deadlift\nsets: 1\nreps: 5", top="goal: strength\n", level="beginner"
    )
    assert findings_of(novice, "rep-range") == []


@pytest.mark.parametrize("load", ["bodyweight", "BW"])
def test_rep_range_bodyweight_load_is_no_added_weight(load: str) -> None:
    text = program(f"exercise: chin-up\nsets: 3\nreps: 5\nload: {load}")
    assert findings_of(text, "rep-range") == []
    weighted = program(
        "exercise: chin-up\nsets: 3\nreps: 5\nload: bodyweight + 10 kg", level="beginner"
    )
    assert [f[2] for f in findings_of(weighted, "rep-range")] == ["error"]


def test_rep_range_strength_profile_makes_heavy_triples_info() -> None:
    text = program("exercise: deadlift\nsets: 5\nreps: 3", top="goal: strength\n")
    assert findings_of(text, "rep-range") == [
        (
            10,
            15,
            "info",
            "'deadlift' has 3 reps; the sources disagree: supported by ACSM 2009 (1-12 RM, "
            "mostly 1-6, for intermediate strength training), NSCA 2016 (6 or fewer reps for "
            "strength); outside 000:109, 000:113 (heavy back lifts take 5 or more reps)",
        )
    ]
    # the profile supports; it never judges alone (a squat triple is still not judged)
    text = program("exercise: back squat\nsets: 5\nreps: 1", top="goal: strength\n")
    assert findings_of(text, "rep-range") == []


def test_rep_range_held_bridge_follows_002() -> None:
    text = program("exercise: bridge\nsets: 3\nreps: 20\nhold: 10 s")
    assert findings_of(text, "rep-range") == [
        (
            9,
            15,
            "error",
            "'bridge' has 20 reps; no source supports it: 8 reps of the glute bridge (002:5)",
        )
    ]
    # 12 is inside the position stand's muscular-endurance range (10-15), asked at any goal
    text = program("exercise: bridge\nsets: 3\nreps: 12\nhold: 10 s")
    assert [f[2] for f in findings_of(text, "rep-range")] == ["info"]
    hypertrophy = program(
        "exercise: bridge\nsets: 3\nreps: 12\nhold: 10 s", top="goal: hypertrophy\n"
    )
    assert [f[2] for f in findings_of(hypertrophy, "rep-range")] == ["info"]


def test_rep_range_custom_min_per_level_overrides_only_that_level() -> None:
    entry = "exercise: seated cable row\nsets: 3\nreps: 10"
    options = {"rep-range": {"min": {"beginner": 12}}}
    beginner = lint(program(entry, level="beginner"), ["rep-range"], options, plugins=False)
    assert [f.message for f in beginner] == [
        "'seated cable row' has 10 reps; the sources disagree: supported by ACSM 2009 (8-12 "
        f"RM for novices), ACSM 2009 ({ENDURANCE}); outside 000:109 (back exercises take 12 "
        "or more reps)"
    ]
    assert lint(program(entry), ["rep-range"], options, plugins=False) == []


# --------------------------------------------------------------------- set-range


def test_set_range_back_exercise_sets() -> None:
    five = program("exercise: barbell row\nsets: 5\nreps: 8", level="beginner")
    assert findings_of(five, "set-range") == [
        (
            8,
            15,
            "error",
            "'barbell row' has 5 sets; no source supports it: back exercises take 2-3 sets "
            "(000:95); 3 sets of the barbell bent-over row (002:12)"
            f"{NAME_GOAL}{STRENGTH_SETS} or {HYPERTROPHY_SETS}{SUPPORTED}",
        )
    ]
    assert findings_of(program("exercise: seated cable row\nsets: 1\nreps: 10"), "set-range") == [
        (
            8,
            15,
            "info",
            f"'seated cable row' has 1 set; the sources disagree: supported by {RHEA}, "
            "Carpinelli 1998 (a single working set); outside 000:95 (back exercises take 2-3 "
            "sets)",
        )
    ]
    assert findings_of(program("exercise: back squat\nsets: 8\nreps: 3"), "set-range") == []


def test_set_range_strength_5x5_is_info() -> None:
    text = program("exercise: barbell row\nsets: 5\nreps: 5", top="goal: strength\n")
    assert findings_of(text, "set-range") == [
        (
            9,
            15,
            "info",
            "'barbell row' has 5 sets; the sources disagree: supported by ACSM 2009 (multiple "
            "sets per exercise for intermediate strength training), NSCA 2016 (2-6 sets for "
            "strength); outside 000:95 (back exercises take 2-3 sets), 002:12 (3 sets of the "
            "barbell bent-over row)",
        )
    ]


@pytest.mark.parametrize("slip", ["sets: '3'", "set: 3", "sets: 3-2", "sets: three"])
def test_set_range_leaves_a_schema_slip_to_the_schema(slip: str) -> None:
    text = program(f"exercise: barbell row\n{slip}\nreps: 8")
    findings = lint(text, ["set-range", "rep-range"], plugins=False)
    assert [f.rule for f in findings] == ["schema"], as_tuples(findings)


@pytest.mark.parametrize(
    ("sets", "expected"),
    [
        (
            "2-3",  # all inside 000's 2-3, partly outside 002's 3 for the row: info
            (
                "info",
                "'barbell row' has 2-3 sets; the sources disagree: supported by 000:95 (back "
                "exercises take 2-3 sets), ACSM 2009 (1-3 sets per exercise for novices), "
                f"{RHEA}; partly inside 002:12 (3 sets of the barbell bent-over row)",
            ),
        ),
        (
            "5-6",
            (
                "error",
                "'barbell row' has 5-6 sets; no source supports it: back exercises take 2-3 "
                "sets (000:95); 3 sets of the barbell bent-over row (002:12)"
                f"{NAME_GOAL}{STRENGTH_SETS} or {HYPERTROPHY_SETS}{SUPPORTED}",
            ),
        ),
        (
            "4-5",
            (
                "info",
                f"'barbell row' has 4-5 sets; the sources disagree: partly inside {RHEA}; "
                "outside 000:95 (back exercises take 2-3 sets), 002:12 (3 sets of the barbell "
                "bent-over row)",
            ),
        ),
        (
            "3-4",
            (
                "info",
                f"'barbell row' has 3-4 sets; the sources disagree: supported by {RHEA}; "
                "partly inside 000:95 (back exercises take 2-3 sets), 002:12 (3 sets of the "
                "barbell bent-over row)",
            ),
        ),
    ],
)
def test_set_range_judges_a_range_of_sets(sets: str, expected: tuple[str, str] | None) -> None:
    # a beginner's program: the position stand's novice 1-3 sets and Rhea's 4 are asked
    text = program(f"exercise: barbell row\nsets: {sets}\nreps: 8", level="beginner")
    found = [
        (f.severity.label, f.message)
        for f in lint(text, ["set-range"], plugins=False)
        if f.rule != "schema"
    ]
    assert found == ([] if expected is None else [expected])


def test_set_range_counts_circuit_rounds_and_missing_sets() -> None:
    circuit = (
        "program: P\nlevel: beginner\nwarmup: 6 min\nworkouts:\n  - name: A\n    exercises:\n"
        "      - circuit:\n          rounds: 5\n          exercises:\n"
        "            - exercise: seated cable row\n              reps: 10\n"
        "            - exercise: plank\n              hold: 30 s\n"
    )
    assert as_tuples(lint(circuit, ["set-range"], plugins=False)) == [
        (
            "set-range",
            8,
            19,
            "'plank' has 5 sets (the circuit's rounds); no source supports it: 2-3 sets of the "
            "plank, or 2 rounds in the template's circuit (002:3, 002:12, 002:12)"
            f"{NAME_GOAL}{STRENGTH_SETS} or {HYPERTROPHY_SETS}{SUPPORTED}",
        ),
        (
            "set-range",
            8,
            19,
            "'seated cable row' has 5 sets (the circuit's rounds); no source supports it: back "
            "exercises take 2-3 sets (000:95)"
            f"{NAME_GOAL}{STRENGTH_SETS} or {HYPERTROPHY_SETS}{SUPPORTED}",
        ),
    ]
    assert (
        as_tuples(lint(circuit.replace("rounds: 5", "rounds: 2"), ["set-range"], plugins=False))
        == []
    )
    assert as_tuples(lint(program("exercise: pull-up\nreps: 8"), ["set-range"], plugins=False)) == [
        (
            "set-range",
            7,
            19,
            "'pull-up' gives no sets, so they are not judged; back exercises take 2-3 sets "
            "(000:95)",
        )
    ]
    found = lint(program("exercise: pull-up\nreps: 8"), ["set-range"], plugins=False)
    assert [f.severity.label for f in found] == ["info"]  # the program leaves the sets open


# ------------------------------------------------------------- max-back-exercises

BACK_DAY = [
    "exercise: deadlift\nsets: 3\nreps: 8",
    "exercise: pull-up\nsets: 3\nreps: 8",
    "exercise: barbell row\nsets: 3\nreps: 10",
    "exercise: face pull\nsets: 3\nreps: 15",
    "exercise: seated cable row\nsets: 3\nreps: 10",
]


def test_max_back_exercises_four_is_info_five_is_an_error() -> None:
    assert findings_of(program(*BACK_DAY[:3]), "max-back-exercises") == []
    assert findings_of(program(*BACK_DAY[:4]), "max-back-exercises") == [
        (
            16,
            19,
            "info",
            "4 back exercises in 'Day A' ('deadlift', 'pull-up', 'barbell row', 'face pull'); "
            "the sources disagree: supported by 002:12 (its Day B has 4 back-training "
            "entries); outside 000:95 (at most 3 back exercises per workout for intermediate "
            "lifters)",
        )
    ]
    # the same back day done twice a week: 30 weekly back sets, more than any source takes
    twice = program(*BACK_DAY, top="sessions-per-week: 2\n")
    assert findings_of(twice, "max-back-exercises") == [
        (
            17,
            19,
            "error",
            "5 back exercises in 'Day A' ('deadlift', 'pull-up', 'barbell row', 'face pull', "
            "'seated cable row'); no source supports it: at most 3 back exercises per workout "
            "for intermediate lifters (000:95); its Day B has 4 back-training entries (002:12); "
            "12-20 weekly sets per muscle group grew trained lifters' muscle as well as more "
            "did; this week has 30 back sets (Baz-Valle 2022); the program names no goal: if "
            "it is for muscle growth, say 'goal: hypertrophy' (Schoenfeld 2017)",
        )
    ]


def test_a_once_a_week_back_day_within_the_weekly_sets_is_info() -> None:
    # a split's back day: five exercises of three sets, once a week, are 15 weekly sets
    assert findings_of(program(*BACK_DAY), "max-back-exercises") == [
        (
            16,
            19,
            "info",
            "5 back exercises in 'Day A' ('deadlift', 'pull-up', 'barbell row', 'face pull', "
            "'seated cable row'); the sources disagree: supported by Baz-Valle 2022, "
            "Schoenfeld 2019 (the week's 15 back sets are within the 20 weekly sets per muscle "
            "group that trained lifters grew on, however the sessions split them); outside "
            "000:95 (at most 3 back exercises per workout for intermediate lifters), 002:12 "
            "(its Day B has 4 back-training entries)",
        )
    ]
    # six exercises of four sets: 24 weekly sets, above the studies' 20
    heavy = [entry.replace("sets: 3", "sets: 4") for entry in BACK_DAY]
    heavy.append("exercise: lat pulldown\nsets: 4\nreps: 10")
    [(_, _, severity, message)] = findings_of(program(*heavy), "max-back-exercises")
    assert (
        severity == "error"
        and "this week has 24 back sets (Baz-Valle 2022); the program names no goal" in message
    )
    # beginners get one or two back exercises (000:93), whatever the week's sets
    [(_, _, severity, message)] = findings_of(
        program(*BACK_DAY, level="beginner"), "max-back-exercises"
    )
    assert severity == "error" and "Baz-Valle" not in message
    # warm-up sets are not counted in the week's sets; a rotation counts each workout's share
    warm = [*BACK_DAY, "exercise: barbell row\nsets: 6\nreps: 5\nwarmup: true"]
    assert findings_of(program(*warm), "max-back-exercises")[0][2] == "info"
    text = (
        "program: P\nlevel: advanced\nsessions-per-week: 3\nwarmup: 6 min\nworkouts:\n"
        "  - name: A\n    exercises:\n"
        + "".join("      - " + e.replace("\n", "\n        ") + "\n" for e in BACK_DAY)
        + "  - name: B\n    exercises:\n      - exercise: squat\n        sets: 3\n"
        "        reps: 5\n"
    )
    # A is done 1.5 times a week: 22.5 weekly back sets
    [(_, _, severity, message)] = findings_of(text, "max-back-exercises")
    assert severity == "error" and "this week has 22.5 back sets" in message


def test_max_back_exercises_weekly_sets_is_configurable() -> None:
    text = program(*BACK_DAY)
    off = lint(
        text,
        rules=["max-back-exercises"],
        plugins=False,
        options={"max-back-exercises": {"weekly-sets": 0}},
    )
    assert [f.severity.label for f in off] == ["error"]


def test_max_back_exercises_beginners_and_what_does_not_count() -> None:
    text = program(
        *BACK_DAY[:3],
        "exercise: superman\nsets: 3\nreps: 10\nhold: 2 s",
        "exercise: plank\nsets: 3\nhold: 30 s",
        "exercise: band pull-apart\nsets: 2\nreps: 15",
        "exercise: rowing machine\nduration: 10 min",
        "exercise: romanian deadlift\nsets: 3\nreps: 10",
        "exercise: power clean\nsets: 3\nreps: 3",
        level="beginner",
    )
    assert findings_of(text, "max-back-exercises") == [
        (
            13,
            19,
            "info",
            "3 back exercises in 'Day A' ('deadlift', 'pull-up', 'barbell row'); the sources "
            "disagree: supported by 002:12 (its Day B has 4 back-training entries); outside "
            "000:93 (at most 2 back exercises per workout for beginner lifters)",
        )
    ]


# ------------------------------------------------------------------ deadlift-first


def test_deadlift_first_after_lighter_work_is_an_error() -> None:
    text = program(
        "exercise: lat pulldown\nsets: 3\nreps: 10", "exercise: deadlift\nsets: 3\nreps: 5"
    )
    assert findings_of(text, "deadlift-first") == [
        (
            10,
            19,
            "error",
            "'deadlift' comes after 'lat pulldown' in 'Day A'; do the deadlift first, right "
            "after the warm-up (001:10); 'lat pulldown' is not a heavy multiple-joint lift, "
            "which the ACSM 2009 order would also put later; the program names no goal: if it is "
            "for muscle growth, say 'goal: hypertrophy' (Nunes 2021 found the order made no "
            "difference to hypertrophy)",
        )
    ]


def test_deadlift_first_after_squats_is_info() -> None:
    text = program(
        "exercise: back squat\nsets: 3\nreps: 5",
        "exercise: deadlift\nsets: 1\nreps: 5",
        top="goal: strength\n",
    )
    assert findings_of(text, "deadlift-first") == [
        (
            11,
            19,
            "info",
            "'deadlift' comes after 'back squat' in 'Day A'; the sources disagree: 001:10 puts "
            "the deadlift first, ACSM 2009 leaves the order among heavy multiple-joint lifts open",
        )
    ]


@pytest.mark.parametrize(
    "before",
    [
        "exercise: arm circles\nduration: 1 min",
        "exercise: glute bridge\nsets: 2\nreps: 10",
        "exercise: hip thrust\nwarmup: true\nsets: 2\nreps: 10",
        "exercise: deadlift\nwarmup: true\nsets: 2\nreps: 5\nload: 40 kg",
        "exercise: plank\nsets: 1\nhold: 30 s",
        "exercise: clamshell\nsets: 2\nreps: 12\nper-side: true",
    ],
)
def test_deadlift_first_allows_warmups_and_activation_drills(before: str) -> None:
    text = program(before, "exercise: sumo deadlift\nsets: 3\nreps: 5")
    assert findings_of(text, "deadlift-first") == []


@pytest.mark.parametrize(
    "accessory",
    [
        "romanian deadlift",
        "stiff-leg deadlift",
        "single-leg RDL",
        "dumbbell deadlift",
        "kettlebell deadlift",
        "rack pull",
    ],
)
def test_deadlift_first_leaves_hinge_accessories_alone(accessory: str) -> None:
    text = program(
        "exercise: back squat\nsets: 3\nreps: 8",
        "exercise: leg curl\nsets: 3\nreps: 12",
        f"exercise: {accessory}\nsets: 3\nreps: 10",
    )
    assert findings_of(text, "deadlift-first") == []


@pytest.mark.parametrize(
    "load", ["15 lb each", "2 x 16 kg", "20 kg in each hand", "dumbbells", "2 KBs", "24kg ea"]
)
def test_deadlift_first_leaves_a_deadlift_of_a_pair_of_bells_alone(load: str) -> None:
    # the Biggest Loser group's dumbbell routine: 'Deadlift' with 15 lb in each hand
    text = program(
        "exercise: leg curl\nsets: 3\nreps: 12",
        f"exercise: deadlift\nsets: 3\nreps: 12\nload: {load}",
    )
    assert findings_of(text, "deadlift-first") == []


@pytest.mark.parametrize(
    "load", ["100 kg", "cycled upward each session", "2 plates a side", "135/185/225 lb"]
)
def test_deadlift_first_judges_a_barbell_load(load: str) -> None:
    text = program(
        "exercise: leg curl\nsets: 3\nreps: 12",
        f"exercise: deadlift\nsets: 3\nreps: 5\nload: {load}",
    )
    assert [(f[0], f[1], f[2]) for f in findings_of(text, "deadlift-first")] == [(10, 19, "error")]


@pytest.mark.parametrize("name", ["Deadlift variation", "deadlift of choice"])
def test_deadlift_first_a_deadlift_left_to_the_athlete_is_info(name: str) -> None:
    # Dan John's Easy Strength: ab wheel, press, pull, then 'Deadlift variation'
    text = program("exercise: ab wheel\nsets: 2\nreps: 5", f"exercise: {name}\nsets: 3\nreps: 3")
    assert findings_of(text, "deadlift-first") == [
        (
            10,
            19,
            "info",
            f"'{name}' comes after 'ab wheel' in 'Day A'; the program leaves the kind of "
            "deadlift to the athlete: if it is the barbell deadlift, 001:10 puts it first; a "
            "Romanian, trap-bar or kettlebell deadlift may come anywhere",
        )
    ]


SUPERSET = """\
superset:
  sets: 3
  exercises:
    - exercise: {first}
      reps: 5
    - exercise: {second}
      reps: 5"""


def test_deadlift_first_a_superset_alternates_set_by_set() -> None:
    # the press before the deadlift in their superset follows it from the second set on
    text = program(SUPERSET.format(first="overhead press", second="trap bar deadlift"))
    assert findings_of(text, "deadlift-first") == []
    # a lighter exercise before the superset still comes before the deadlift
    text = program(
        "exercise: leg curl\nsets: 3\nreps: 12",
        SUPERSET.format(first="overhead press", second="trap bar deadlift"),
    )
    assert [(f[0], f[1], f[2]) for f in findings_of(text, "deadlift-first")] == [(15, 25, "error")]


def test_deadlift_first_after_a_superset_led_by_a_heavy_lift_is_info() -> None:
    # Climb Strong's basic session: rows between sets of front squats, then the deadlift
    text = program(
        SUPERSET.format(first="dumbbell row", second="front squat"),
        "exercise: trap bar deadlift\nsets: 3\nreps: 5",
        top="goal: strength\n",
    )
    assert findings_of(text, "deadlift-first") == [
        (
            15,
            19,
            "info",
            "'trap bar deadlift' comes after 'dumbbell row', 'front squat' in 'Day A'; the "
            "sources disagree: 001:10 puts the deadlift first, ACSM 2009 leaves the order among "
            "heavy multiple-joint lifts open; 'dumbbell row' is paired with heavy lifts in "
            "supersets, done in their rests",
        )
    ]
    # a superset of light work only is lighter work before the deadlift
    light = program(
        SUPERSET.format(first="dumbbell row", second="biceps curl"),
        "exercise: deadlift\nsets: 3\nreps: 5",
    )
    assert [f[2] for f in findings_of(light, "deadlift-first")] == ["error"]


def test_deadlift_first_a_name_offering_hinge_accessories_is_info() -> None:
    # a boxing coach's intensity day: 'deadlift / RDL / good mornings' after the pull-ups
    text = program(
        "exercise: pull-up\nsets: 3\nreps: 8",
        "exercise: deadlift / RDL / good mornings\nsets: 3\nreps: 5",
    )
    assert findings_of(text, "deadlift-first") == [
        (
            10,
            19,
            "info",
            "'deadlift / RDL / good mornings' comes after 'pull-up' in 'Day A'; the program "
            "offers 'RDL', 'good mornings' beside the deadlift: if the athlete takes the barbell "
            "deadlift, 001:10 puts it first; a hinge accessory may come anywhere",
        )
    ]
    # two kinds of the barbell lift leave no accessory to take
    both = program(
        "exercise: pull-up\nsets: 3\nreps: 8",
        "exercise: deadlift / trap bar deadlift\nsets: 3\nreps: 5",
    )
    assert [f[2] for f in findings_of(both, "deadlift-first")] == ["error"]


ACTIVATION_BLOCK = """\
circuit:
  rounds: 3
  notes: {notes}
  exercises:
    - exercise: side plank
      hold: 20 s
    - exercise: farmer's carry
      distance: 50 m"""


@pytest.mark.parametrize(
    "notes",
    [
        "Tissue activation / injury prevention block, before the main lifts",
        "glute primer",
        "prehab",
        "trunk activation",
    ],
)
def test_deadlift_first_reads_an_activation_block_as_warm_up(notes: str) -> None:
    # Fitspring's strength day: a circuit to activate the trunk, then the deadlift
    text = program(ACTIVATION_BLOCK.format(notes=notes), "exercise: deadlift\nsets: 3\nreps: 3")
    assert findings_of(text, "deadlift-first") == []


def test_deadlift_first_reads_a_block_named_for_activation_as_warm_up() -> None:
    # the block's name, not its notes, says what it is for
    block = ACTIVATION_BLOCK.replace("  notes: {notes}\n", "  name: Tissue activation / prehab\n")
    text = program(block, "exercise: deadlift\nsets: 3\nreps: 3")
    assert findings_of(text, "deadlift-first") == []
    plain = block.replace("Tissue activation / prehab", "Station one")
    assert [f[2] for f in findings_of(program(plain, "exercise: deadlift"), "deadlift-first")] == [
        "error"
    ]


@pytest.mark.parametrize("notes", ["conditioning", "no activation work", "2 warm-up sets first"])
def test_deadlift_first_judges_a_block_not_called_activation(notes: str) -> None:
    text = program(ACTIVATION_BLOCK.format(notes=notes), "exercise: deadlift\nsets: 3\nreps: 3")
    found = findings_of(text, "deadlift-first")
    assert [(f[0], f[1], f[2]) for f in found] == [(15, 19, "error")]
    assert found[0][3].startswith("'deadlift' comes after 'farmer's carry' in 'Day A'; ")


# -------------------------------------------------------------- training-frequency


def rotation(sessions: int | None, *workouts: tuple[str, list[str]], top: str = "") -> str:
    top += f"sessions-per-week: {sessions}\n" if sessions else ""
    body = ""
    for name, entries in workouts:
        body += f"  - name: {name}\n    exercises:\n"
        body += "".join("      - " + e.replace("\n", "\n        ") + "\n" for e in entries)
    return f"program: P\n{top}warmup: 6 min\nworkouts:\n{body}"


SQUAT = "exercise: back squat\nsets: 3\nreps: 5"
BENCH = "exercise: bench press\nsets: 3\nreps: 5"
PRESS = "exercise: overhead press\nsets: 3\nreps: 5"
DEADLIFT = "exercise: deadlift\nsets: 1\nreps: 5"
ROW = "exercise: barbell row\nsets: 3\nreps: 8"


def test_training_frequency_counts_a_rotation() -> None:
    # A/B three times a week: both workouts bench, so chest and (through the bench
    # press's secondary muscles) shoulders are trained every session
    text = rotation(3, ("A", [SQUAT, BENCH, DEADLIFT]), ("B", [SQUAT, BENCH, ROW]))
    assert findings_of(text, "training-frequency") == []
    # Starting Strength-style: bench in A, press in B: chest 1.5 days a week on average,
    # 2 in the weeks of A, B, A and 1 in those of B, A, B
    alternating = rotation(3, ("A", [SQUAT, BENCH, DEADLIFT]), ("B", [SQUAT, PRESS, ROW]))
    assert findings_of(alternating, "training-frequency") == [
        (
            4,
            1,
            "info",
            "trained less than 2 days a week on average, as 2 workouts rotate over 3 sessions "
            "a week: chest on 1.5 days ('A') (each 2 days in some weeks, 1 day in others); "
            "001:58 asks for 2 days every week, and these groups get them only in some",
        )
    ]
    # three workouts over two sessions a week: chest (A only) on 0 or 1 day, never 2; the
    # shoulders (A's bench, B's press) on 2 days in the weeks of A, B
    sparse = rotation(
        2, ("A", [SQUAT, BENCH, DEADLIFT]), ("B", [SQUAT, PRESS, ROW]), ("C", [SQUAT, ROW])
    )
    # one finding for the week: the chest, which no source lets it train so rarely, gives
    # it the rule's severity; the shoulders' reason follows
    assert findings_of(sparse, "training-frequency") == [
        (
            4,
            1,
            "warning",
            "trained too rarely: chest on 0.7 days ('A'); train each muscle group on at least "
            f"2 days a week (001:58){GOAL_NAMED_CHEST}; and trained less than 2 days a week on "
            "average, as 3 workouts rotate over 2 sessions a week: shoulders on 1.3 days ('A', "
            "'B') (each 2 days in some weeks, 1 day in others); 001:58 asks for 2 days every "
            "week, and these groups get them only in some",
        ),
    ]
    # A, B, C over four sessions: chest (A and B) on 2 or 3 days, shoulders... counted per week
    four = rotation(4, ("A", [SQUAT, BENCH]), ("B", [DEADLIFT, ROW]), ("C", [SQUAT, ROW]))
    [(_, _, severity, message)] = findings_of(four, "training-frequency")
    assert severity == "info"
    assert "as 3 workouts rotate over 4 sessions a week: chest on 1.3 days ('A')" in message
    assert "(each 2 days in some weeks, 1 day in others)" in message
    # without the rotation each workout is done once a week
    once = rotation(None, ("A", [SQUAT, BENCH, DEADLIFT]), ("B", [SQUAT, BENCH, ROW]))
    assert findings_of(once, "training-frequency") == []
    once = rotation(None, ("A", [SQUAT, BENCH, DEADLIFT]), ("B", [SQUAT, PRESS, ROW]))
    assert findings_of(once, "training-frequency") == [
        (
            3,
            1,
            "warning",
            "trained too rarely: chest on 1 day ('A'); train each muscle group on at least 2 "
            f"days a week (001:58){GOAL_NAMED_CHEST}",
        )
    ]


def test_training_frequency_rotation_with_volume_is_info() -> None:
    heavy_bench = "exercise: bench press\nsets: 8\nreps: 5"
    text = rotation(3, ("A", [SQUAT, heavy_bench, DEADLIFT]), ("B", [SQUAT, PRESS, ROW]))
    assert findings_of(text, "training-frequency") == [
        (
            4,
            1,
            "info",
            "trained less than 2 days a week: chest on 1.5 days ('A'); the sources disagree: "
            "001:58 asks for 2 days, but Schoenfeld 2019 finds frequency matters little at "
            "equal weekly volume (weekly sets: chest 12)",
        )
    ]


def test_training_frequency_one_full_body_workout_three_times() -> None:
    text = rotation(3, ("Full body", [SQUAT, BENCH, ROW]))
    assert findings_of(text, "training-frequency") == []


def test_training_frequency_one_workout_without_a_schedule_is_info() -> None:
    # a magazine's back day (John Meadows): its pullover trains the chest once in this
    # file, but the file may be one day of a longer week
    pullover = "exercise: dumbbell pullover\nsets: 3\nreps: 12"
    text = rotation(None, ("Back", [ROW, pullover]))
    assert findings_of(text, "training-frequency") == [
        (
            3,
            1,
            "info",
            "trained too rarely, if this file is the whole week: back on 1 day ('Back'); "
            "chest on 1 day ('Back'); train each muscle group on at least 2 days a week "
            "(001:58); the program lists one workout and no 'sessions-per-week', so it may be "
            "one day of a longer week: say how often it is done with 'sessions-per-week' (and "
            "the rest of the week's training in the file) to have it judged",
        )
    ]
    # 'sessions-per-week: 1' says it is the whole week: judged with the rule's severity
    text = rotation(1, ("Back", [ROW, pullover]))
    assert [f[2] for f in findings_of(text, "training-frequency")] == ["warning"]


@pytest.mark.parametrize("name", ["Back Day", "Pull day (strength)", "Day 2 - Back & Biceps"])
def test_one_split_day_done_once_a_week_is_not_the_whole_week(name: str) -> None:
    # a blog's back day, 'sessions-per-week: 1' for "I train back once a week": the day
    # comes round once a week, and the split's other days train the chest
    pullover = "exercise: dumbbell pullover\nsets: 3\nreps: 12"
    text = rotation(1, (name, [ROW, pullover]))
    assert findings_of(text, "training-frequency") == [
        (
            4,
            1,
            "info",
            f"trained too rarely, if this file is the whole week: back on 1 day ('{name}'); "
            f"chest on 1 day ('{name}'); train each muscle group on at least 2 days a week "
            f"(001:58); the program is one day of a split ('{name}'), whose other days are "
            "not in the file: put the rest of the week's training in the file to have it "
            "judged",
        )
    ]
    # two workouts are a week, whatever their names
    two = rotation(None, (name, [ROW, pullover]), ("Legs", [SQUAT]))
    assert [f[2] for f in findings_of(two, "training-frequency")] == ["warning"]


def test_training_frequency_bro_split() -> None:
    # the back is trained on the back day and, through the squat's secondary muscles, on
    # the leg day; the arms through the bench press and rows; chest only on chest day
    text = rotation(
        None,
        ("Chest", [BENCH, "exercise: dumbbell fly\nsets: 3\nreps: 12"]),
        ("Back", [DEADLIFT, ROW, "exercise: lat pulldown\nsets: 3\nreps: 10"]),
        ("Legs", [SQUAT, "exercise: leg curl\nsets: 3\nreps: 12"]),
        ("Arms", ["exercise: barbell curl\nsets: 3\nreps: 10"]),
    )
    assert findings_of(text, "training-frequency") == [
        (
            3,
            1,
            "warning",
            "trained too rarely: chest on 1 day ('Chest'); train each muscle group on at least 2 "
            f"days a week (001:58){GOAL_NAMED_CHEST}",
        ),
    ]


def test_training_frequency_rear_chain_day_is_info() -> None:
    text = rotation(
        None,
        ("Push", [BENCH, "exercise: dip\nsets: 3\nreps: 10"]),
        ("Pull", [DEADLIFT, "exercise: lat pulldown\nsets: 3\nreps: 10"]),
        ("Push 2", ["exercise: dumbbell bench press\nsets: 3\nreps: 10"]),
    )
    assert findings_of(text, "training-frequency") == [
        (
            3,
            1,
            "info",
            "trained less than 2 days a week: back on 1 day ('Pull'); legs on 1 day ('Pull'); "
            "the sources disagree: 001:58 asks for 2 days, but 000:99 allows one rear-chain day "
            "a week in a split (back, legs)",
        ),
    ]


def test_training_frequency_same_day_counts_once() -> None:
    text = rotation(None, ("AM", [BENCH]), ("PM", ["exercise: push-up\nsets: 3\nreps: 15"]))
    text = text.replace("  - name: AM\n", "  - name: AM\n    day: monday\n").replace(
        "  - name: PM\n", "  - name: PM\n    day: Mon\n"
    )
    assert [f[3][:40] for f in findings_of(text, "training-frequency")] == [
        "trained too rarely: chest on 1 day ('AM'"
    ]


# ------------------------------------------------------------------------ schedule


def test_schedule_more_days_than_sessions() -> None:
    text = rotation(2, ("A", [SQUAT]), ("B", [BENCH]), ("C", [ROW]))
    for name, day in (("A", "monday"), ("B", "wednesday"), ("C", "friday")):
        text = text.replace(f"  - name: {name}\n", f"  - name: {name}\n    day: {day}\n")
    assert findings_of(text, "schedule") == [
        (
            2,
            20,
            "error",
            "sessions-per-week is 2, but the workouts name 3 different days (monday, "
            "wednesday, friday); make sessions-per-week at least 3, or drop the 'day' of the "
            "workouts that rotate",
        )
    ]
    assert (
        findings_of(text.replace("sessions-per-week: 2", "sessions-per-week: 3"), "schedule") == []
    )


# -------------------------------------------------------------------------- warmup


def test_warmup_missing_everywhere_is_one_finding() -> None:
    text = rotation(None, ("A", [SQUAT]), ("B", [BENCH]), ("C", [ROW])).replace(
        "warmup: 6 min\n", ""
    )
    # written nowhere, which does not say the athlete skips it: one info finding
    assert findings_of(text, "warmup") == [
        (
            2,
            1,
            "info",
            "no warm-up is written for any workout; text 002 asks for 5-8 minutes before "
            "training (002:16): if the athlete warms up, write it ('warmup: 6 min' at the top "
            "of the program, or warm-up sets marked 'warmup: true')",
        )
    ]
    # a program that says there is none departs from 002:16: the rule's severity
    said = text.replace("program: P\n", "program: P\nnotes: no warm-up, straight in\n")
    assert [f[:3] for f in findings_of(said, "warmup")] == [(3, 1, "warning")]


def test_warmup_missing_in_some_workouts_and_written_as_sets() -> None:
    text = (
        "program: P\nworkouts:\n"
        "  - name: A\n    warmup: 5 min\n    exercises:\n      - "
        + SQUAT.replace("\n", "\n        ")
        + "\n  - name: B\n    exercises:\n      - exercise: bench press\n        warmup: true\n"
        "        sets: 2\n        reps: 5\n      - "
        + BENCH.replace("\n", "\n        ")
        + "\n  - name: C\n    exercises:\n      - "
        + ROW.replace("\n", "\n        ")
        + "\n"
    )
    assert findings_of(text, "warmup") == [
        (
            18,
            11,
            "warning",
            "'C' has no warm-up where other workouts have one; start with 5-8 minutes "
            "(002:16): add 'warmup: 6 min', or warm-up sets marked 'warmup: true'",
        )
    ]


@pytest.mark.parametrize(
    ("value", "severity", "message"),
    [
        ("6 min", None, ""),
        ("5-8 min", None, ""),
        (
            "10 min",
            "info",
            "the program's warm-up is 10 min; the sources disagree: supported by ACSM GETP "
            "(at least 5-10 minutes of warm-up); outside 002:16 (5-8 minutes of warm-up)",
        ),
        (
            "15 min",
            "info",
            "the program's warm-up is 15 min; the sources disagree: supported by ACSM GETP "
            "(at least 5-10 minutes of warm-up); outside 002:16 (5-8 minutes of warm-up)",
        ),
        (
            "2 min",
            "warning",
            "the program's warm-up is 2 min; no source supports it: 5-8 minutes of warm-up "
            "(002:16); at least 5-10 minutes of warm-up (ACSM GETP)",
        ),
    ],
)
def test_warmup_duration(value: str, severity: str | None, message: str) -> None:
    text = rotation(None, ("A", [SQUAT]), ("B", [BENCH])).replace(
        "warmup: 6 min", f"warmup: {value}"
    )
    assert findings_of(text, "warmup") == ([(2, 9, severity, message)] if severity else [])


# ---------------------------------------------------------------- deep-muscle-work


WEEK = "sessions-per-week: 2\n"  # the one workout is the whole week


def test_deep_muscle_work_weighs_complex_lifts() -> None:
    light = program("exercise: lat pulldown\nsets: 3\nreps: 10", top=WEEK)
    assert findings_of(light, "deep-muscle-work") == [
        (
            5,
            1,
            "warning",
            "the week trains the back but has no deep-muscle work; add a stability exercise "
            "such as a plank, side plank, bird dog or dead bug to at least one workout "
            "(000:101)",
        )
    ]
    heavy = program(
        "exercise: deadlift\nsets: 3\nreps: 5",
        "exercise: lat pulldown\nsets: 3\nreps: 10",
        top=WEEK,
    )
    assert findings_of(heavy, "deep-muscle-work") == [
        (
            5,
            1,
            "info",
            "the week has no deep-muscle work; the sources disagree: 000:101 asks to add it "
            "(add a stability exercise such as a plank, side plank, bird dog or dead bug), but "
            "000:38 counts complex lifts such as 'deadlift' as training the deep muscles too",
        )
    ]
    posture = program("exercise: deadlift\nsets: 3\nreps: 5", top="goal: posture\n" + WEEK)
    assert [f[2] for f in findings_of(posture, "deep-muscle-work")] == ["warning"]
    legs_only = program(SQUAT)
    assert findings_of(legs_only, "deep-muscle-work") == []


def test_deep_muscle_work_in_a_file_that_is_not_the_whole_week_is_info() -> None:
    # a magazine's back day, or a program whose notes call it part of more training:
    # the week's other training may hold the deep-muscle work
    pulldown = "exercise: lat pulldown\nsets: 3\nreps: 10"
    one_day = program(pulldown)
    assert findings_of(one_day, "deep-muscle-work") == [
        (
            4,
            1,
            "info",
            "the back is trained but there is no deep-muscle work, if this file is the whole "
            "week; add a stability exercise such as a plank, side plank, bird dog or dead bug "
            "(000:101); the program lists one workout and no 'sessions-per-week', so it may "
            "be one day of a longer week, whose other training may hold it",
        )
    ]
    notes = "notes: done twice a week as part of a regular training program\n"
    add_on = program(pulldown, top=WEEK + notes)
    found = findings_of(add_on, "deep-muscle-work")
    assert [f[:3] for f in found] == [(6, 1, "info")]
    assert (
        "the program's notes say it is part of more training ('part of a regular " in (found[0][3])
    )


@pytest.mark.parametrize(
    ("notes", "severity"),
    [
        # notes that place the file inside more training: the week is not all here
        ("an add-on to your pull day", "info"),
        ("add these to the end of your pull workout", "info"),
        ("done alongside your usual training", "info"),
        ("on top of your regular program", "info"),
        ("the additions are part of the reader's regular training", "info"),
        # other notes leave the week whole
        ("part of the warm-up is a walk", "warning"),
        ("add weight each week", "warning"),
        ("add on 2.5 kg each week", "warning"),
        ("week 1, part of a 12-week program", "warning"),
        ("rest as needed", "warning"),
    ],
)
def test_notes_that_place_the_file_inside_more_training(notes: str, severity: str) -> None:
    text = program("exercise: lat pulldown\nsets: 3\nreps: 10", top=WEEK + f"notes: {notes}\n")
    assert [f[2] for f in findings_of(text, "deep-muscle-work")] == [severity]


PULL_UPS = "exercise: pull-up\nsets: 3\nreps: 5"
ROWS = "exercise: inverted row\nsets: 3\nreps: 8"


@pytest.mark.parametrize(
    ("title", "days", "severity"),
    [
        # a program named for an exercise it trains on at least half of its days
        ("Strict pull-up progression", [[PULL_UPS], [ROWS]], "info"),
        ("Marine PFT prep - pull-ups and crunches", [[PULL_UPS], [PULL_UPS]], "info"),
        ("Your first chin-up", [["exercise: negative chin-up\nsets: 3\nreps: 3"]], "info"),
        # by another of the exercise's names: the Australian pull-up is the inverted row
        ("Grease the groove (Australian pull ups)", [[ROWS], [ROWS]], "info"),
        # by the movement a progression toward it ends with: assisted pull-ups
        (
            "Working toward the pull-up",
            [["exercise: assisted pull-up\nsets: 3\nreps: 8"]] * 2,
            "info",
        ),
        # named for it, trained on fewer than half of the days: no specialization
        ("Pull-up day and more", [[PULL_UPS], [ROWS], [ROWS]], "warning"),
        # names no exercise it trains
        ("Back builder", [[PULL_UPS], [ROWS]], "warning"),
        ("Grow a back", [[ROWS], [ROWS]], "warning"),  # 'row' is too short to be read
        # 'press' ends many exercises' names: a program named for pressing names none
        (
            "Press and pull",
            [[PULL_UPS, "exercise: machine shoulder press\nsets: 3\nreps: 8"]] * 2,
            "warning",
        ),
    ],
)
def test_a_program_named_for_one_exercise_specializes_in_it(
    title: str, days: list[list[str]], severity: str
) -> None:
    text = rotation(None, *((f"Day {i}", d) for i, d in enumerate(days, 1)))
    text = text.replace("program: P\n", f"program: {title}\nsessions-per-week: 2\n")
    found = findings_of(text, "deep-muscle-work")
    assert [f[2] for f in found] == [severity]
    if severity == "info":
        assert "which it specializes in, as a rule beside other training" in found[0][3]


def test_training_frequency_of_a_program_named_for_its_lift_is_info() -> None:
    # a squat cycle trains the chest once; the athlete's other training holds the rest
    days = (("Day 1", [SQUAT, BENCH]), ("Day 2", [SQUAT]))
    text = rotation(2, *days).replace("program: P", "program: Squat cycle")
    found = findings_of(text, "training-frequency")
    assert [f[2] for f in found] == ["info"]
    assert "the program is named for 'back squat'" in found[0][3]
    plain = rotation(2, *days)
    assert [f[2] for f in findings_of(plain, "training-frequency")] == ["warning"]


@pytest.mark.parametrize(
    ("notes", "severity"),
    [
        ("The page does not say how many days a week", "info"),
        ("Weekly frequency not stated.", "info"),
        ("The source gives no weekly frequency.", "info"),
        ("How many sessions a week is not given.", "info"),
        ("Rest as needed.", "warning"),
    ],
)
def test_training_frequency_when_the_notes_say_how_often_is_not_written(
    notes: str, severity: str
) -> None:
    # Lift101's push/pull/legs: each workout written once a week, as the file assumes
    text = rotation(None, ("Push", [BENCH]), ("Legs", [SQUAT]))
    text = text.replace("warmup:", f"notes: {notes}\nwarmup:")
    found = findings_of(text, "training-frequency")
    assert [f[2] for f in found if "chest on 1 day" in f[3]] == [severity]
    if severity == "info":
        assert "the program's notes say how often is not written" in found[-1][3]
    # sessions-per-week says how often: judged
    stated = text.replace("warmup:", "sessions-per-week: 2\nwarmup:")
    assert "warning" in [f[2] for f in findings_of(stated, "training-frequency")]


def test_training_frequency_with_a_range_of_sessions_is_judged_at_both_ends() -> None:
    # Men's Health's back workout, done 1-3 times a week: at 2 or 3 it meets 001:58
    text = rotation(None, ("Back", [ROW])).replace("warmup:", "sessions-per-week: 1-3\nwarmup:")
    assert findings_of(text, "training-frequency") == [
        (
            4,
            1,
            "info",
            "trained less than 2 days a week at the low end of 'sessions-per-week: 1-3': back "
            "on 1 day ('Back'); at the top of the range (3 sessions) each is trained on 2 days "
            "or more, as 001:58 asks: do at least that many when the week allows",
        )
    ]
    # 4 workouts rotated 2-3 times a week: the chest is in one of them, under 1 day
    four = rotation(None, ("A", [ROW]), ("B", [SQUAT]), ("C", [BENCH]), ("D", [SQUAT]))
    four = four.replace("warmup:", "sessions-per-week: 2-3\nwarmup:")
    found = findings_of(four, "training-frequency")
    assert [f[2] for f in found if "chest on 0.5 days ('C')" in f[3]] == ["warning"]


@pytest.mark.parametrize(
    ("free", "complex_lift"),
    [
        ("exercise: kettlebell swing\nsets: 5\nreps: 20", True),
        ("exercise: goblet squat\nsets: 3\nreps: 10", True),
        ("exercise: farmers walk\nsets: 3\ndistance: 30 m", True),
        ("exercise: leg press\nsets: 3\nreps: 10", False),  # a machine: seated, supported
        ("exercise: biceps curl\nsets: 3\nreps: 10", False),
    ],
)
def test_free_many_muscle_exercises_are_complex(free: str, complex_lift: bool) -> None:
    # Dan John's swings with chin-ups: swings train the deep muscles too (000:33, 000:38)
    text = program(free, "exercise: chin-up\nsets: 3\nreps: 5", top=WEEK)
    found = findings_of(text, "deep-muscle-work")
    assert [f[2] for f in found] == ["info" if complex_lift else "warning"]


@pytest.mark.parametrize(
    "entry", ["excercise: plank\nsets: 3", "exercise: hollow body rock\nsets: 3"]
)
def test_deep_muscle_work_says_nothing_when_an_entry_cannot_be_seen(entry: str) -> None:
    # one slip, one finding: the misspelt key or the unknown name is reported, not a
    # missing plank the program may well have
    text = program("exercise: lat pulldown\nsets: 3\nreps: 10", entry)
    assert findings_of(text, "deep-muscle-work") == []


def test_deep_muscle_work_per_workout_option() -> None:
    text = ISSUE_EXAMPLE.replace(
        "      - exercise: plank\n        sets: 3\n        hold: 30 s\n", ""
    )
    assert_no_findings(text, rules=["deep-muscle-work"], plugins=False)
    assert_findings(
        text,
        [
            (
                "deep-muscle-work",
                7,
                11,
                "'Day A' trains the back but has no deep-muscle work; add a stability exercise "
                "such as a plank, side plank, bird dog or dead bug (000:101)",
            )
        ],
        rules=["deep-muscle-work"],
        options={"deep-muscle-work": {"per-workout": True}},
        plugins=False,
    )


# ------------------------------------------------------------------- hold-duration


def test_hold_duration_uses_catalog_aliases_and_points_at_the_hold() -> None:
    text = (
        "program: P\nworkouts:\n  - name: A\n    warmup: 5 min\n    exercises:\n"
        "      - exercise: bridge\n        reps: 8\n        hold: 30 s\n"
        "      - exercise: superman\n        reps: 8\n        hold: 2-3 s\n"
        "      - exercise: side plank\n        hold: 90 s\n"
    )
    assert_findings(
        text,
        [
            (
                "hold-duration",
                8,
                15,
                "'bridge' is held for 30 s; hold a glute bridge for 8-12 s (002:5)",
            )
        ],
        rules=["hold-duration"],
        plugins=False,
    )


@pytest.mark.parametrize(("hold", "shown"), [("10-30 s", "10-30 s"), ("45-90 s", "45-90 s")])
def test_hold_duration_a_range_reaching_into_the_texts_is_info(hold: str, shown: str) -> None:
    # an office workers' circuit: an elbow plank held 10-30 s, building toward 002's times
    text = program(f"exercise: elbow plank\nsets: 2\nhold: {hold}")
    assert findings_of(text, "hold-duration") == [
        (
            9,
            15,
            "info",
            f"'elbow plank' is held for {shown}, partly inside the 20-60 s text 002 gives a "
            "plank (002:3, 002:12)",
        )
    ]
    # wholly outside: the rule's severity
    outside = program("exercise: elbow plank\nsets: 2\nhold: 90-120 s")
    assert [f[2] for f in findings_of(outside, "hold-duration")] == ["warning"]


# -------------------------------------------------------------- unknown-exercise


def test_unknown_exercise_suggests_and_names_the_rules_that_could_not_judge() -> None:
    findings = lint(
        "program: P\nworkouts:\n  - name: A\n    warmup: 5 min\n    exercises:\n"
        "      - exercise: dedlift\n        sets: 3\n        reps: 8\n",
        rules=["unknown-exercise", "set-range"],
        plugins=False,
    )
    assert as_tuples(findings) == [
        (
            "unknown-exercise",
            6,
            19,
            "unknown exercise 'dedlift' (did you mean 'Deadlift'?); "
            "not judged by set-range; define it under 'custom-exercises' if the name is right",
        ),
    ]


def test_custom_exercises_are_judged() -> None:
    text = (
        "program: P\nlevel: beginner\ncustom-exercises:\n  - name: sled row\n"
        "    primary: [lats]\nworkouts:\n  - name: A\n    warmup: 5 min\n    exercises:\n"
        "      - exercise: sled rows\n        sets: 6\n        reps: 8\n"
    )
    assert_findings(
        text,
        [
            (
                "set-range",
                11,
                15,
                "'sled rows' has 6 sets; no source supports it: back exercises take 2-3 sets "
                f"(000:95){NAME_GOAL}{STRENGTH_SETS} or {HYPERTROPHY_SETS}{SUPPORTED}",
            )
        ],
        rules=["set-range", "unknown-exercise"],
        plugins=False,
    )


def test_a_rule_severity_setting_never_raises_an_info_finding() -> None:
    text = program("exercise: lat pulldown\nsets: 3\nreps: 12")
    findings = lint(text, ["rep-range"], plugins=False)
    assert [f.severity for f in findings] == [Severity.INFO]


def test_the_same_prescription_in_several_workouts_is_one_finding() -> None:
    text = rotation(
        None,
        ("A", ["exercise: barbell row\nsets: 6\nreps: 8", SQUAT]),
        ("B", ["exercise: barbell row\nsets: 6\nreps: 8", BENCH]),
        ("C", ["exercise: barbell row\nsets: 5\nreps: 8"]),
        top="level: beginner\n",
    )
    assert [(f[0], f[3]) for f in findings_of(text, "set-range")] == [
        (
            8,
            "'barbell row' has 6 sets; no source supports it: back exercises take 2-3 sets "
            "(000:95); 3 sets of the barbell bent-over row (002:12)"
            f"{NAME_GOAL}{STRENGTH_SETS} or {HYPERTROPHY_SETS}{SUPPORTED} (the same in 'B')",
        ),
        (
            24,
            "'barbell row' has 5 sets; no source supports it: back exercises take 2-3 sets "
            "(000:95); 3 sets of the barbell bent-over row (002:12)"
            f"{NAME_GOAL}{STRENGTH_SETS} or {HYPERTROPHY_SETS}{SUPPORTED}",
        ),
    ]


def test_text_002_judges_only_the_goals_it_writes_for() -> None:
    # 002 writes for back definition with fat loss: in a posture or strength program its
    # bridge protocol is reported, but only as info
    entry = "exercise: bridge\nsets: 3\nreps: 10\nhold: 5 s"
    for goal, severity in (("fat-loss", "warning"), ("posture", "info"), ("strength", "info")):
        text = program(entry, top=f"goal: {goal}\n")
        assert [f[2] for f in findings_of(text, "hold-duration")] == [severity], goal
    # a general program: 002 binds, and ACSM 2009's strength progression supports 10 reps
    # (of 002's bridge, held 8-12 s: a 5 s pause is another exercise dose, whose reps 002
    # does not count)
    assert findings_of(program(entry, top="goal: general\n"), "rep-range") == []
    entry = entry.replace("hold: 5 s", "hold: 10 s")
    general = program(entry, top="goal: general\n")
    assert [f[2] for f in findings_of(general, "rep-range")] == ["info"]
    beginner = program(entry, top="goal: general\nlevel: beginner\n")
    assert [f[2] for f in findings_of(beginner, "rep-range")] == ["info"]
    # a program that names no goal is judged as a general one
    unnamed = program(entry)
    assert [f[2:] for f in findings_of(unnamed, "rep-range")] == [
        f[2:] for f in findings_of(general, "rep-range")
    ]
    posture = program(entry, top="goal: posture\n")
    assert findings_of(posture, "rep-range") == [
        (
            10,
            15,
            "info",
            "'bridge' has 10 reps; the sources disagree: supported by ACSM 2009 (1-12 RM, mostly "
            "1-6, for intermediate strength training), ACSM 2009 (10-15 reps with light loads "
            "for muscular endurance); outside 002:5 (8 reps of the glute bridge)",
        )
    ]


def test_muscular_endurance_reps_are_supported_at_any_goal() -> None:
    # a toning circuit's glute bridges held 8 s: 15 reps are ACSM 2009's
    # muscular-endurance range (10-15 for novices), 20 are in no source for a novice
    for reps, severity in (("15", "info"), ("20", "error")):
        entry = f"exercise: bridge\nsets: 3\nreps: {reps}\nhold: 8 s"
        text = program(entry, top="goal: general\n", level="beginner")
        found = findings_of(text, "rep-range")
        assert [f[2] for f in found] == [severity], reps
        assert ("muscular endurance" in found[0][3]) is (severity == "info"), found
    # a program that names no goal is judged as a general one
    unnamed = program("exercise: bridge\nsets: 3\nreps: 15\nhold: 8 s", level="beginner")
    assert [f[2] for f in findings_of(unnamed, "rep-range")] == ["info"]


def test_training_frequency_with_unknown_exercises_is_info() -> None:
    text = rotation(
        None,
        ("A", [BENCH, "exercise: fingal fingers\nsets: 3\nreps: 10"]),
        ("B", [SQUAT]),
    )
    assert findings_of(text, "training-frequency") == [
        (
            3,
            1,
            "info",
            "trained too rarely, as far as trainlint can count: chest on 1 day ('A'); legs on 1 "
            "day ('B'); train each muscle group on at least 2 days a week (001:58); the week "
            "has exercises trainlint does not know ('fingal fingers') that may "
            "train them",
        )
    ]


@pytest.mark.parametrize("value", ["9" * 400, "-3", "100001"])
def test_absurd_set_counts_are_left_to_the_schema(value: str) -> None:
    # a count with hundreds of digits must not overflow the weekly counts (volume.py)
    text = rotation(3, ("A", [f"exercise: barbell row\nsets: {value}\nreps: 8"]))
    findings = lint(text, plugins=False)
    assert {f.rule for f in findings} == {"schema"}, as_tuples(findings)


# ------------------------------------------------- top sets, goals and split days


def test_a_top_set_and_back_off_sets_are_one_exercise() -> None:
    # 1 x 1 heavy, then 2 x 2: three sets of deadlifts, which 000:95 allows
    top = "exercise: deadlift\nsets: 1\nreps: 1\nload: RPE 8"
    back_off = "exercise: deadlift\nsets: 2\nreps: 2\nload: 80% 1RM"
    warmup = "exercise: deadlift\nwarmup: true\nsets: 4\nreps: 1-5"
    assert findings_of(program(warmup, top, back_off), "set-range") == []
    # the main sets and five more are eight sets: reported once, at the first entry
    main = "exercise: barbell row\nsets: 3\nreps: 5"
    more = "exercise: barbell row\nsets: 5\nreps: 5"
    assert findings_of(program(main, more, level="beginner"), "set-range") == [
        (
            8,
            15,
            "error",
            "'barbell row' has 8 sets in 2 entries (3 + 5); no source supports it: back "
            "exercises take 2-3 sets (000:95); 3 sets of the barbell bent-over row (002:12)",
        )
    ]
    # with a goal, ACSM 2009's multiple sets for intermediates support it
    general = program(main, more, top="goal: general\n")
    assert [f[2] for f in findings_of(general, "set-range")] == ["info"]


def test_lifts_written_with_different_names_are_not_summed() -> None:
    # a strongman day: deadlifts, then the axle deadlift; the catalog takes both for the
    # deadlift, but they are two lifts of 3 and 2 sets, not one of 5
    main = "exercise: deadlift\nsets: 3\nreps: 3"
    axle = "exercise: axle deadlift\nsets: 2\nreps: 3"
    assert findings_of(program(main, axle), "set-range") == []
    same = "exercise: Deadlift\nsets: 2\nreps: 3"  # the same lift, written with a capital
    assert [f[3][:37] for f in findings_of(program(main, same), "set-range")] == [
        "'deadlift' has 5 sets in 2 entries (3"
    ]


@pytest.mark.parametrize(
    "notes",
    ["notes: 5 ladders of 1-2-3", "notes: pyramid up to 10, then down", "notes: grease the groove"],
)
def test_the_rungs_of_a_ladder_are_not_sets(notes: str) -> None:
    # a pull-up pyramid of ten steps is not ten sets of 000:95
    ladder = f"exercise: pull-up\nsets: 10\nreps: 1-10\n{notes}"
    assert findings_of(program(ladder, level="beginner"), "set-range") == []
    plain = "exercise: pull-up\nsets: 10\nreps: 8"
    assert [f[2] for f in findings_of(program(plain, level="beginner"), "set-range")] == ["error"]


def test_timed_work_in_a_conditioning_circuit_is_not_sets() -> None:
    circuit = (
        "circuit:\n  rounds: 4\n  exercises:\n    - exercise: inverted row\n"
        "      duration: 60 s\n    - exercise: jump squat\n      duration: 60 s"
    )
    assert findings_of(program(circuit, level="beginner"), "set-range") == []
    counted = circuit.replace("duration: 60 s", "reps: 10").replace("rounds: 4", "rounds: 5")
    found = findings_of(program(counted, level="beginner"), "set-range")
    assert [f[2] for f in found] == ["error"]


def test_a_single_working_set_is_info_at_any_goal() -> None:
    single = "exercise: deadlift\nsets: 1\nreps: 5"
    for top in ("", "goal: fat-loss\n", "goal: hypertrophy\n"):
        found = findings_of(program(single, top=top), "set-range")
        assert [(f[2], "Carpinelli 1998" in f[3]) for f in found] == [("info", True)], top


def test_four_sets_are_info_where_a_strength_progression_judges() -> None:
    # Rhea 2003: four sets per muscle group gave the largest strength gains, trained and
    # untrained: a beginner's 4 x 5 trap-bar deadlift departs from 000:95, it is no mistake
    four = "exercise: trap bar deadlift\nsets: 4\nreps: 5"
    found = findings_of(program(four, level="beginner", top="goal: general\n"), "set-range")
    assert found == [
        (
            9,
            15,
            "info",
            "'trap bar deadlift' has 4 sets; the sources disagree: supported by Rhea 2003 (4 "
            "sets per muscle group gave the largest strength gains); outside 000:95 (back "
            "exercises take 2-3 sets)",
        )
    ]
    # a program that names no goal is judged as a general one; five sets are beyond Rhea's
    unnamed = findings_of(program(four, level="beginner"), "set-range")
    assert [(f[2], "Rhea 2003" in f[3]) for f in unnamed] == [("info", True)]
    five = four.replace("sets: 4", "sets: 5")
    found = findings_of(program(five, level="beginner", top="goal: general\n"), "set-range")
    assert [f[2] for f in found] == ["error"]
    # hypertrophy is not judged by a strength dose
    found = findings_of(program(four, level="beginner", top="goal: hypertrophy\n"), "set-range")
    assert [f[2] for f in found] == ["info"]


def test_goal_general_weighs_acsm_but_a_beginner_keeps_the_error() -> None:
    triples = "exercise: deadlift\nsets: 3\nreps: 3"
    assert findings_of(program(triples, top="goal: general\n"), "rep-range") == [
        (
            10,
            15,
            "info",
            "'deadlift' has 3 reps; the sources disagree: supported by ACSM 2009 (1-12 RM, "
            "mostly 1-6, for intermediate strength training); outside 000:109, 000:113 (heavy "
            "back lifts take 5 or more reps)",
        )
    ]
    beginner = program(triples, top="goal: general\n", level="beginner")
    assert [f[2] for f in findings_of(beginner, "rep-range")] == ["error"]
    # no goal named: judged as a general program
    assert [f[2] for f in findings_of(program(triples), "rep-range")] == ["info"]
    assert [f[2] for f in findings_of(program(triples, level="beginner"), "rep-range")] == ["error"]


ROW = "exercise: barbell row\nsets: 3\nreps: 8"
FIVE_BACK = [
    "exercise: deadlift\nsets: 3\nreps: 5",
    "exercise: pull-up\nsets: 3\nreps: 8",
    ROW,
    "exercise: lat pulldown\nsets: 3\nreps: 10",
    "exercise: seated cable row\nsets: 3\nreps: 10",
]


def test_max_back_exercises_counts_an_exercise_once_per_workout() -> None:
    # rows as a top set and back-off sets, twice the same exercise: three exercises
    entries = ["exercise: deadlift\nsets: 3\nreps: 5", ROW, ROW, "exercise: pull-up\nsets: 3"]
    assert findings_of(program(*entries), "max-back-exercises") == []


def test_a_hypertrophy_back_day_is_info_naming_both() -> None:
    twice = "sessions-per-week: 2\n"
    assert [f[2] for f in findings_of(program(*FIVE_BACK, top=twice), "max-back-exercises")] == [
        "error"
    ]
    top = twice + "goal: hypertrophy\n"
    found = findings_of(program(*FIVE_BACK, top=top), "max-back-exercises")
    assert found == [
        (
            18,
            19,
            "info",
            "5 back exercises in 'Day A' ('deadlift', 'pull-up', 'barbell row', 'lat pulldown', "
            "'seated cable row'); the sources disagree: supported by Schoenfeld 2017 (more weekly "
            "sets per muscle group grew more muscle, for hypertrophy); outside 000:95 (at most 3 "
            "back exercises per workout for intermediate lifters), 002:12 (its Day B has 4 "
            "back-training entries), Baz-Valle 2022 (12-20 weekly sets per muscle group grew "
            "trained lifters' muscle as well as more did; this week has 30 back sets)",
        )
    ]


def test_the_same_long_warm_up_in_several_workouts_is_one_finding() -> None:
    text = rotation(None, ("A", [SQUAT]), ("B", [BENCH]), ("C", [PRESS])).replace(
        "warmup: 6 min\n", ""
    )
    text = text.replace("    exercises:", "    warmup: 15 min\n    exercises:")
    assert findings_of(text, "warmup") == [
        (
            4,
            13,
            "info",
            "the warm-up of 'A' is 15 min; the sources disagree: supported by ACSM GETP (at "
            "least 5-10 minutes of warm-up); outside 002:16 (5-8 minutes of warm-up) (the same "
            "in 'B', 'C')",
        )
    ]


def test_a_workout_of_light_work_needs_no_warm_up() -> None:
    walk = "exercise: walking\nduration: 40 min"
    holds = "exercise: bird dog\nsets: 2\nreps: 6\nhold: 8 s"
    text = rotation(None, ("Strength", [SQUAT]), ("Walk", [walk]), ("Holds", [holds, walk]))
    text = text.replace("warmup: 6 min\n", "")
    assert findings_of(text, "warmup") == [
        (
            3,
            11,
            "info",
            "no warm-up is written for 'Strength'; text 002 asks for 5-8 minutes before "
            "training (002:16): if the athlete warms up, write it ('warmup: 6 min' at the top "
            "of the program, or warm-up sets marked 'warmup: true')",
        )
    ]


def test_a_deadlift_after_unknown_exercises_only_is_info() -> None:
    toss = "exercise: fingal fingers\nsets: 3\nreps: 5"
    text = program(toss, "exercise: deadlift\nsets: 3\nreps: 5")
    assert findings_of(text, "deadlift-first") == [
        (
            10,
            19,
            "info",
            "'deadlift' comes after 'fingal fingers' in 'Day A'; 001:10 puts the deadlift "
            "first; trainlint cannot tell what 'fingal fingers' is: if heavy multiple-joint "
            "or power lifts, ACSM 2009 leaves their order open",
        )
    ]


def test_a_deadlift_after_a_deadlift_read_with_unknown_words_is_info() -> None:
    # Benedikt Magnusson's week C: the Jeff Jet method (pins pulled at mid-thigh) is some
    # kind of deadlift, heavier than a floor max: the catalog cannot confirm its tags
    jet = "exercise: Jeff Jet method deadlift\nsets: 4-6\nreps: 1-3"
    text = program(jet, "exercise: deficit deadlift\nsets: 4\nreps: 4-6")
    assert findings_of(text, "deadlift-first") == [
        (
            10,
            19,
            "info",
            "'deficit deadlift' comes after 'Jeff Jet method deadlift' in 'Day A'; 001:10 puts "
            "the deadlift first; trainlint cannot tell what 'Jeff Jet method deadlift' is: if "
            "heavy multiple-joint or power lifts, ACSM 2009 leaves their order open",
        )
    ]
    # an equipment variant is a lighter lift the catalog knows: still the rule's severity
    dumbbell = "exercise: dumbbell conventional deadlift\nsets: 3\nreps: 10"
    text = program(dumbbell, "exercise: deadlift\nsets: 3\nreps: 5")
    assert [f[2] for f in findings_of(text, "deadlift-first")] == ["error"]


def test_a_deadlift_error_names_a_known_lighter_lift_and_each_name_once() -> None:
    # a Sheiko day: four ramp entries of an unknown lift, then pull-ups, then the deadlift
    ramp = "exercise: fingal fingers\nsets: 1\nreps: 3"
    pull_ups = "exercise: pull-up\nsets: 5\nreps: 6"
    text = program(ramp, ramp, pull_ups, "exercise: deadlift\nsets: 4\nreps: 3")
    assert findings_of(text, "deadlift-first") == [
        (
            16,
            19,
            "error",
            "'deadlift' comes after 'fingal fingers', 'pull-up' in 'Day A'; do the deadlift "
            "first, right after the warm-up (001:10); 'pull-up' is not a heavy multiple-joint "
            "lift, which the ACSM 2009 order would also put later; the program names no goal: "
            "if it is for muscle growth, say 'goal: hypertrophy' (Nunes 2021 found the order "
            "made no difference to hypertrophy)",
        )
    ]


def test_training_frequency_respects_the_goal_outside_the_back() -> None:
    # a strength program benching once a week: 001:58 against Schoenfeld 2019, one info
    text = rotation(None, ("A", [BENCH, SQUAT]), ("B", [SQUAT, PRESS])).replace(
        "program: P\n", "program: P\ngoal: strength\n"
    )
    assert findings_of(text, "training-frequency") == [
        (
            4,
            1,
            "info",
            "trained less than 2 days a week: chest on 1 day ('A'); the sources disagree: "
            "001:58 asks for 2 days, but the program's goal is strength, not hypertrophy, and "
            "Schoenfeld 2019 finds frequency matters little at equal weekly volume (chest)",
        )
    ]
    # in a hypertrophy program, and in one that names no goal, it keeps its severity
    for goal in ("goal: hypertrophy\n", ""):
        judged = text.replace("goal: strength\n", goal)
        assert [f[2] for f in findings_of(judged, "training-frequency")] == ["warning"]


def test_a_sustained_superman_hold_is_not_timed_by_002() -> None:
    # 002:4 times the 2-3 s pause of each rep; one 20 s hold is another dose
    held = "exercise: superman\nsets: 3\nhold: 20 s"
    assert findings_of(program(held), "hold-duration") == []
    paused = "exercise: superman\nsets: 3\nreps: 10\nhold: 20 s"
    assert [f[2] for f in findings_of(program(paused), "hold-duration")] == ["warning"]


def test_a_summary_writes_its_thresholds_once() -> None:
    # a summary's numbers are placeholders for its defaults, never written again; only
    # the guidance texts' numbers (000, 001, 002) may stand in the template as digits
    for rule in BUILTIN_RULES:
        template = rule.summary_template
        assert template, rule.id
        literal = re.sub(r"\b00[0-2]\b", "", re.sub(r"\{[^}]*\}", "", template))
        assert not re.search(r"[0-9]", literal), f"{rule.id}: a number in {template!r}"
        assert rule.summary == template.format_map(rule.defaults), rule.id
    assert SetRange.summary.startswith("Back exercises take 2-3 sets")
    assert "{" in SetRange.summary_template


@pytest.mark.parametrize("name", ["Rest", "rest period", "Transition", "RECOVERY"])
def test_a_pause_in_a_timed_circuit_is_no_exercise(name: str) -> None:
    # interval apps list the rest between stations as a station: 'exercise: Rest, 20 s'
    text = program(
        "circuit:\n  rounds: 3\n  exercises:\n    - exercise: air squat\n      duration: 40 s\n"
        f"    - exercise: {name}\n      duration: 20 s"
    )
    assert [f.rule for f in lint(text, plugins=False) if f.rule == "unknown-exercise"] == []
    rested = program(
        "circuit:\n  rounds: 3\n  exercises:\n    - exercise: air squat\n      duration: 40 s\n"
        "    - exercise: rest zzyzx\n      duration: 20 s"
    )
    assert [f.rule for f in lint(rested, plugins=False) if f.rule == "unknown-exercise"] == [
        "unknown-exercise"
    ]


def test_reps_held_five_seconds_or_more_are_not_counted_as_moving_reps() -> None:
    # Dan John's bat wing: 5 reps, each held 10 s at the top of a row
    held = "exercise: bat wing\nsets: 3\nreps: 5\nhold: 10 s\nload: 2 x 10 kg"
    assert findings_of(program(held), "rep-range") == []
    brief = held.replace("hold: 10 s", "hold: 2 s")
    assert [f[2:] for f in findings_of(program(brief, level="beginner"), "rep-range")] == [
        (
            "error",
            "'bat wing' has 5 reps; no source supports it: back exercises take 8 or more "
            f"reps (000:109){NAME_GOAL}{STRENGTH_REPS}{SUPPORTED}",
        )
    ]


def test_held_reps_are_not_the_moving_reps_text_002_prescribes() -> None:
    # the YMCA's home back workout: a towel row held 10-20 s a rep, 5 reps; 002's rows
    # are 8-12 moving reps (002:8), which says nothing of isometric holds
    held = "exercise: bent over row\nsets: 3\nreps: 3\nhold: 10-20 s"
    assert findings_of(program(held), "rep-range") == []
    paused = held.replace("hold: 10-20 s", "hold: 2 s")
    found = findings_of(program(paused, level="beginner"), "rep-range")
    assert [f[2] for f in found] == ["error"]
    assert "8-12 reps of the barbell bent-over row (002:12)" in found[0][3]
    assert "heavy back lifts take 5 or more reps (000:109, 000:113)" in found[0][3]


def test_deadlift_first_the_same_order_in_two_workouts_is_one_finding() -> None:
    # a cyclist's winter program: the deadlift last on Monday and again on Thursday
    curl = "exercise: leg curl\nsets: 3\nreps: 10"
    text = rotation(None, ("Monday", [curl, DEADLIFT]), ("Thursday", [curl, DEADLIFT]))
    assert findings_of(text, "deadlift-first") == [
        (
            9,
            19,
            "error",
            "'deadlift' comes after 'leg curl' in 'Monday'; do the deadlift first, right after "
            "the warm-up (001:10); 'leg curl' is not a heavy multiple-joint lift, which the "
            "ACSM 2009 order would also put later; the program names no goal: if it is "
            "for muscle growth, say 'goal: hypertrophy' (Nunes 2021 found the order made no "
            "difference to hypertrophy) (the same in 'Thursday')",
        )
    ]
    # another order on Thursday is another finding
    other = text.replace(
        "  - name: Thursday\n    exercises:\n",
        "  - name: Thursday\n    exercises:\n      - exercise: lat pulldown\n"
        "        sets: 3\n        reps: 10\n",
    )
    assert [f[:3] for f in findings_of(other, "deadlift-first")] == [
        (9, 19, "error"),
        (20, 19, "error"),
    ]


def test_deadlift_first_in_a_circuit_counts_only_what_comes_before_the_circuit() -> None:
    # a rowers' in-season circuit: the deadlift is one station of several, round after round
    stations = "".join(
        f"            - exercise: {name}\n              reps: 10\n"
        for name in ("lat pulldown", "biceps curl", "deadlift")
    )
    circuit = f"      - circuit:\n          rounds: 2\n          exercises:\n{stations}"
    text = (
        "program: P\nsessions-per-week: 2\nwarmup: 6 min\nworkouts:\n  - name: A\n"
        f"    exercises:\n{circuit}"
    )
    assert findings_of(text, "deadlift-first") == []
    before = text.replace(
        "    exercises:\n      - circuit:",
        "    exercises:\n      - exercise: leg curl\n        sets: 3\n        reps: 10\n"
        "      - circuit:",
    )
    assert [f[3].split(";")[0] for f in findings_of(before, "deadlift-first")] == [
        "'deadlift' comes after 'leg curl' in 'A'"
    ]


@pytest.mark.parametrize("load", ["", "load: bodyweight\n"])
def test_a_deadlift_after_unloaded_back_extensions_is_info(load: str) -> None:
    # Reg Park's 5 x 5: back extensions, squats and bench presses, then the deadlift
    extension = f"exercise: 45-degree back extension\n{load}sets: 3\nreps: 10"
    text = program(extension, SQUAT, BENCH, "exercise: deadlift\nsets: 3\nreps: 5")
    assert findings_of(text, "deadlift-first") == [
        (
            17 if load else 16,
            19,
            "info",
            "'deadlift' comes after '45-degree back extension', 'back squat', 'bench press' "
            "in 'Day A'; 001:10 puts the deadlift first; '45-degree back extension' without "
            "added load may be the lower back's activation before it, as a bodyweight glute "
            "bridge is the hips' (mark it 'warmup: true' if so); ACSM 2009 leaves the order "
            "among heavy multiple-joint lifts open",
        )
    ]


def test_a_deadlift_after_loaded_back_extensions_keeps_the_error() -> None:
    extension = "exercise: back extension\nload: 20 kg\nsets: 3\nreps: 10"
    text = program(extension, "exercise: deadlift\nsets: 3\nreps: 5")
    assert [f[2] for f in findings_of(text, "deadlift-first")] == ["error"]


@pytest.mark.parametrize(
    ("first", "severity"),
    [
        ("exercise: rowing machine\nduration: 10 min", None),  # the rower as a warm-up
        ("exercise: treadmill walk\ndistance: 2 km", None),
        ("exercise: rowing machine\nduration: 2 min", "error"),  # too short to warm up
        (
            "exercise: rowing machine\nduration: 10 min\n"
            "intervals: {rounds: 5, work: 1 min, rest: 1 min}",
            "error",
        ),
    ],
)
def test_deadlift_first_after_steady_cardio(first: str, severity: str | None) -> None:
    # a training diary's session: ten minutes on the rower, then the deadlift
    text = program(first, "exercise: deadlift\nsets: 3\nreps: 10")
    assert [f[2] for f in findings_of(text, "deadlift-first")] == ([severity] if severity else [])


def test_a_deadlift_after_kettlebell_swings_is_the_order_acsm_leaves_open() -> None:
    # a training diary: two sets of swings, then the deadlift; a swing is a ballistic hinge,
    # a power exercise, which ACSM 2009 puts first
    swings = "exercise: kettlebell swing\nsets: 2\nreps: 15\nload: 16 kg"
    text = program(swings, "exercise: deadlift\nsets: 3\nreps: 5")
    found = findings_of(text, "deadlift-first")
    assert [f[2] for f in found] == ["info"]
    assert "ACSM 2009 leaves the order among heavy multiple-joint lifts open" in found[0][3]


@pytest.mark.parametrize(
    "notes",
    ["Either pyramid is a finisher at the end of a workout", "a pull-up finisher"],
)
def test_a_finisher_is_part_of_more_training(notes: str) -> None:
    # T Nation's push-pull pyramid: a finisher, done after the session's main work
    pyramid = "exercise: bench press\nsets: 5\nreps: 10"
    text = rotation(None, ("Pyramid", [pyramid, ROW]), ("B", [ROW]), top=f"notes: {notes}\n")
    found = findings_of(text, "training-frequency")
    assert [f[2] for f in found] == ["info"]
    assert "the program's notes say it is part of more training" in found[0][3]


def test_training_frequency_reports_the_week_in_one_finding() -> None:
    # one session of a split: the chest's frequency is not judged (the week may be
    # elsewhere), the back's 12 sets are a disagreement; one info finding says both
    text = rotation(
        None,
        (
            "Upper",
            [
                "exercise: barbell row\nsets: 6\nreps: 8",
                "exercise: lat pulldown\nsets: 6\nreps: 10",
                "exercise: bench press\nsets: 3\nreps: 8",
            ],
        ),
    )
    [(line, column, severity, message)] = findings_of(text, "training-frequency")
    assert (line, column, severity) == (3, 1, "info")
    assert message.startswith(
        "trained too rarely, if this file is the whole week: chest on 1 day ('Upper'); "
    )
    assert message.endswith(
        "; and trained less than 2 days a week: back on 1 day ('Upper'); the sources "
        "disagree: 001:58 asks for 2 days, but Schoenfeld 2019 finds frequency matters little "
        "at equal weekly volume (weekly sets: back 12)"
    )
