"""Reps, times and tempos as coaches write them on a sheet: ``5+``, ``5, 5, 5+``,
``8-12 per side``, ``10 (RPE 8)``, ``30 s each side``, ``90"``, ``3-1-1``. The schema takes
them, the rules judge the count they hold, and junk is still a schema finding."""

from __future__ import annotations

import json
import re

import pytest

from checker.testing import lint
from checker.units import Range, parse_distance, parse_duration, parse_reps
from tests.conftest import ROOT
from tests.test_rules import findings_of

ENTRY = """\
program: P
level: beginner
goal: general
workouts:
  - name: A
    warmup: 6 min
    exercises:
      - exercise: {name}
        sets: 3
        {key}: {value}
"""


def schema_of(text: str) -> list[tuple[int, int, str]]:
    return [(f.line, f.column, f.message) for f in lint(text, plugins=False) if f.rule == "schema"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("5+", Range(5, 5)),
        ("5, 5, 5+", Range(5, 5)),
        ("12/10/8", Range(8, 12)),
        ("8-12 per side", Range(8, 12)),
        ("10/leg", Range(10, 10)),
        ("12-15 ea", Range(12, 15)),
        ("10 each", Range(10, 10)),
        ("10-12 (RPE 8)", Range(10, 12)),
        ("8 reps", Range(8, 8)),
        ("8-12 reps per arm", Range(8, 12)),
        ("8-12 Per Side", Range(8, 12)),
    ],
)
def test_reps_as_written_on_a_sheet(value: str, expected: Range) -> None:
    assert parse_reps(value) == expected
    assert schema_of(ENTRY.format(name="goblet squat", key="reps", value=f"'{value}'")) == []


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("30 s each side", Range(30, 30)),
        ("30s/side", Range(30, 30)),
        ("20-30 s per side", Range(20, 30)),
        ('90"', Range(90, 90)),
        ("2'", Range(120, 120)),
        ("1'30\"", Range(90, 90)),
        ('45-60"', Range(45, 60)),
        ("2 min (between rounds)", Range(120, 120)),
        ("5 minutes", Range(300, 300)),
        # halves and quarters, as American sheets write a minute and a half
        ("1 1/2 hours", Range(5400, 5400)),  # an amateur boxer's class
        ("1 1/2 min", Range(90, 90)),
        ("2½ min", Range(150, 150)),
        ("1/2 min", Range(30, 30)),
        ("3/4 min each side", Range(45, 45)),
        ("1 1/2-2 min", Range(90, 120)),
        # at least the time named, as '5+' reps are at least five
        ("3+ s", Range(3, 3)),
        ("30+ sec each side", Range(30, 30)),
    ],
)
def test_times_as_written_on_a_sheet(value: str, seconds: Range) -> None:
    assert parse_duration(value) == seconds
    quoted = "'" + value.replace("'", "''") + "'"
    assert schema_of(ENTRY.format(name="side plank", key="hold", value=quoted)) == []
    assert schema_of(ENTRY.format(name="goblet squat", key="rest", value=quoted)) == []


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("reps", "8x3", "reps must be a whole number, a range like 8-12, or max, got '8x3'"),
        ("reps", "lots", "reps must be a whole number, a range like 8-12, or max, got 'lots'"),
        ("reps", "8 per", "reps must be a whole number, a range like 8-12, or max, got '8 per'"),
        (
            "rest",
            "90",
            "rest must be a duration with a unit, like 90 s or 2 min, or words such as as "
            "needed, got '90'",
        ),
        (
            "rest",
            "2 mni",
            "rest must be a duration with a unit, like 90 s or 2 min, or words such as as "
            "needed, got '2 mni'",
        ),
        (
            "tempo",
            "4-count",
            "tempo must be a tempo like 3-1-1-0, 3-1-1 or 31X0, or words such "
            "as slow and controlled, got '4-count'",
        ),
        (
            "tempo",
            "3-1",
            "tempo must be a tempo like 3-1-1-0, 3-1-1 or 31X0, or words such as slow and "
            "controlled, got '3-1'",
        ),
    ],
)
def test_junk_is_still_a_schema_finding(key: str, value: str, message: str) -> None:
    text = ENTRY.format(name="goblet squat", key=key, value=f"'{value}'")
    assert schema_of(text) == [(10, 9 + len(key) + 2, message)]
    assert parse_reps(value) is None if key == "reps" else True


@pytest.mark.parametrize(
    "value",
    [
        "slow & controlled",
        "controlled",
        "3-1-1-0 (pause on the chest)",
        # counts and seconds joined to their number (Bodybuilding.com, magazines)
        "4-count eccentric",
        "3-second pause at the bottom",
        "2 count hold",
    ],
)
def test_a_tempo_in_words_or_with_a_note_is_taken(value: str) -> None:
    # personal trainers write the tempo in words; no rule reads it
    assert schema_of(ENTRY.format(name="goblet squat", key="tempo", value=f"'{value}'")) == []


def test_a_three_part_tempo_is_taken() -> None:
    assert schema_of(ENTRY.format(name="goblet squat", key="tempo", value="3-1-1")) == []


def test_rules_judge_the_count_a_sheet_writes() -> None:
    # 000:109: back exercises take 8 or more reps; '5+' asks for at least 5, so the
    # rule judges 5
    text = ENTRY.format(name="lat pulldown", key="reps", value="'5+'")
    assert findings_of(text, "rep-range") == [
        (
            10,
            15,
            "error",
            "'lat pulldown' has 5 reps; no source supports it: back exercises take 8 or more "
            "reps (000:109); 6-10 reps of the lat pulldown (002:9)",
        )
    ]
    fine = ENTRY.format(name="lat pulldown", key="reps", value="'8-10 (RPE 8)'")
    assert findings_of(fine, "rep-range") == []


@pytest.mark.parametrize(
    "value",
    [
        "RPE 12-13 (Borg)",
        "70% 1RM (of Monday's top set)",
        "top set weight",
        "4th ramp set weight",
        # a newspaper's percentages in words
        "80 to 100 percent of body weight (starting guide)",
        "70 per cent of max",
        # a study's table: a share of the body's mass
        "0.72 x body mass",
        # a choice of equipment, written with a slash
        "KB/DB",
        "dumbbell/kettlebell",
    ],
)
def test_loads_with_a_note_or_another_sets_weight(value: str) -> None:
    assert schema_of(ENTRY.format(name="goblet squat", key="load", value=f"'{value}'")) == []


@pytest.mark.parametrize("value", ["lots", "set", "40"])
def test_loads_that_say_nothing_are_still_findings(value: str) -> None:
    found = schema_of(ENTRY.format(name="goblet squat", key="load", value=f"'{value}'"))
    assert [(line, column) for line, column, _ in found] == [(10, 15)]
    assert found[0][2].startswith("load must be a weight like 40 kg or 95 lb")


@pytest.mark.parametrize(
    "value",
    [
        # loads in the coach's own words, from published programs (Bill Starr's ramps,
        # Power to the People's progression, Practical Programming, older adults' cuffs)
        "ramp to 5RM",
        "ramp to 90% of Monday",
        "to failure",
        "top set, +5 lb from last session",
        "new 3x5 PR",
        "ankle weights, 0.5-2 kg",
        "light-moderate",
        "heavy / easy",
        # words after a weight or a repetition maximum (Hyrox sled, Jacked & Tan's T2)
        "152 kg incl. sled (102 kg)",
        "10RM minus 10%",
        "3x3 record-card goal",  # BFS: the weight on the athlete's record card
        "10-12RM, controlled",
        # accommodating resistance on a percentage (a conjugate or Mark Bell template)
        "50-60% 1RM + chains",
        "60% 1RM + mini bands",
        # the equipment alone, as app exports write it: the athlete picks the weight
        "dumbbells",
        "kettlebell",
        "medicine ball",
        # how the weight changes over the sets (Lee Priest's ascending presses)
        "ascending",
        "ramp",
        # one word of the coach's own: kept as written, no rule reads it
        "weighted",
        "varies",
        "chains",
        "self-selected",
        "Pyramid",
        "heavier",
    ],
)
def test_loads_in_words_are_read_as_the_coachs_note(value: str) -> None:
    assert schema_of(ENTRY.format(name="goblet squat", key="load", value=f"'{value}'")) == []


@pytest.mark.parametrize(
    "value", ["100 kgg", "bodywieght", "40 kg -", "x 24 kg", "dumbell", "ascendng"]
)
def test_a_load_that_is_one_word_or_a_broken_weight_is_still_an_error(value: str) -> None:
    # one word that is no load is most likely a slip; a number first must be a load, and
    # a lone letter first ("x 24 kg") is a count that went missing
    found = schema_of(ENTRY.format(name="goblet squat", key="load", value=f"'{value}'"))
    assert [(line, column) for line, column, _ in found] == [(10, 15)]


def test_a_cluster_set_is_taken_and_not_judged_for_reps() -> None:
    # 2+2+2 is one set of six reps with short rests inside: no rep count to judge
    assert parse_reps("2+2+2") is None
    text = ENTRY.format(name="lat pulldown", key="reps", value="'2+2+2'")
    assert schema_of(text) == []
    assert findings_of(text, "rep-range") == []


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("20 min easy", Range(1200, 1200)),
        ("2-3 min between sets", Range(120, 180)),
        ("5-10 min bike, then arm circles", Range(300, 600)),
        ("45 s on / 15 s off", Range(45, 45)),
        ("20-60 s per side, slow", Range(20, 60)),
        ("1 min 30 s", Range(90, 90)),
        ("as needed", None),
        ("2 min,then", None),
    ],
)
def test_words_after_a_duration_describe_it(value: str, seconds: Range | None) -> None:
    assert parse_duration(value) == seconds


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("rest", "2-3 min between sets"),
        ("rest", "1 min 30 s"),
        ("hold", "as long as possible"),
        ("hold", "30 s, squeeze hard"),
    ],
)
def test_the_schema_takes_a_duration_with_words_after_it(key: str, value: str) -> None:
    text = (
        "program: P\nwarmup: 5 min\nworkouts:\n  - name: A\n    exercises:\n"
        f"      - exercise: plank\n        sets: 3\n        {key}: {value}\n"
    )
    assert [f for f in lint(text, rules=[], plugins=False)] == []


@pytest.mark.parametrize("value", ["as needed", "minimal", "until breathing settles"])
def test_rest_in_words_is_valid(value: str) -> None:
    assert schema_of(ENTRY.format(name="goblet squat", key="rest", value=value)) == []


@pytest.mark.parametrize(
    "value",
    ["50 ft", "100 feet", "400 m easy", "2 km, then walk", "5 flights", "2 flights of stairs"],
)
def test_distances_in_feet_or_with_words_are_valid(value: str) -> None:
    assert schema_of(ENTRY.format(name="sled push", key="distance", value=value)) == []


@pytest.mark.parametrize("value", ["50", "50 fr", "far"])
def test_a_distance_still_needs_its_unit(value: str) -> None:
    text = ENTRY.format(name="sled push", key="distance", value=f"'{value}'")
    assert schema_of(text) == [
        (10, 19, f"distance must be a distance like 500 m, 2 km, 1 mi or 50 ft, got '{value}'")
    ]


@pytest.mark.parametrize(
    ("value", "reps"),
    [("21-15-9", Range(9, 21)), ("5-5-5-5", Range(5, 5)), ("~100", Range(100, 100))],
)
def test_a_dashed_list_is_one_count_per_round_and_about_a_number_is_the_number(
    value: str, reps: Range
) -> None:
    assert parse_reps(value) == reps
    assert schema_of(ENTRY.format(name="thruster", key="reps", value=value)) == []


def test_reps_written_high_to_low_are_reps_falling_over_the_sets() -> None:
    text = ENTRY.format(name="thruster", key="reps", value="12-8")
    assert schema_of(text) == []
    hold = ENTRY.format(name="plank", key="hold", value="60-20 s")
    assert [m for *_, m in schema_of(hold)] == [
        "hold '60-20 s' goes from high to low; write the lower number first: '20-60 s'"
    ]


@pytest.mark.parametrize(
    "value",
    ["40/50/60% TM", "65/75/85%", "95 lb / 65 lb", "1.5 pood / 1 pood", "70% of the clean & jerk"],
)
def test_per_set_percentages_two_standards_and_poods_are_loads(value: str) -> None:
    assert schema_of(ENTRY.format(name="back squat", key="load", value=f"'{value}'")) == []


@pytest.mark.parametrize("value", ["40/", "40 / 50", "/60% TM"])
def test_a_broken_load_list_is_still_an_error(value: str) -> None:
    text = ENTRY.format(name="back squat", key="load", value=f"'{value}'")
    assert [(line, column) for line, column, _ in schema_of(text)] == [(10, 15)]


@pytest.mark.parametrize(
    ("value", "reps"), [("10 steps", 10), ("10 steps each way", 10), ("20 Steps", 20)]
)
def test_steps_are_counted_like_reps(value: str, reps: int) -> None:
    assert parse_reps(value) == Range(reps, reps)
    assert schema_of(ENTRY.format(name="tandem walk", key="reps", value=value)) == []


def test_a_note_cut_at_a_comma_in_braces_says_to_quote_it() -> None:
    # YAML splits '{notes: conversational pace, zone 2}' at the comma: 'zone 2' is a key
    text = (
        "program: X\nworkouts:\n  - name: A\n    warmup: 5 min\n    exercises:\n"
        "      - {exercise: Easy run, duration: 30 min, notes: conversational pace, zone 2}\n"
    )
    assert schema_of(text) == [
        (
            6,
            76,
            "unknown key 'zone 2': a comma inside { } ends a value; if 'zone 2' belongs to "
            "'notes' before it, quote the whole value: notes: \"conversational pace, zone 2\"",
        )
    ]
    # a key with its own value is no cut value: the usual list of keys
    block = text.replace("zone 2}", "zone: 2}")
    assert "expected one of" in schema_of(block)[0][2]


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("90s-2 min", Range(90, 120)),
        ("90 s - 2 min", Range(90, 120)),
        ("30 sec-1 min each side", Range(30, 60)),
        ("45 s–1.5 min", Range(45, 90)),
    ],
)
def test_a_rest_range_across_units_is_read_as_one_range(value: str, seconds: Range) -> None:
    # Published sheets write '90s-2 min' as often as '90-120 s'
    assert parse_duration(value) == seconds
    assert schema_of(ENTRY.format(name="goblet squat", key="rest", value=f"'{value}'")) == []


def test_a_rest_range_across_units_written_high_to_low_is_one_finding() -> None:
    found = schema_of(ENTRY.format(name="goblet squat", key="rest", value="'2 min-90 s'"))
    assert parse_duration("2 min-90 s") is None
    assert found == [
        (
            10,
            15,
            "rest '2 min-90 s' goes from high to low; write the lower number first: '90 s-2 min'",
        )
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("8 each letter", Range(8, 8)),
        ("10 per position", Range(10, 10)),
        ("as prescribed", None),
        ("a few", None),  # a training log's words, after an article
        ("5L, 5R", Range(5, 5)),  # a count for each side
        ("6L/4R", Range(4, 6)),
        ("10 R & 10 L", Range(10, 10)),
        ("a couple more", None),
        ("60-70% of max", None),  # a share of the athlete's max push-ups: not judged
        # a count with words after it, as track and field coaches write throws and jumps
        ("8 jumps", Range(8, 8)),
        ("12 throws", Range(12, 12)),
        ("6 hurdles, over and under", Range(6, 6)),
        ("10 each leg, front-back and side-side", Range(10, 10)),
        # after a comma or a note: how the set is done, or what follows it
        ("20, alternating legs", Range(20, 20)),
        ("10, then 10 more", Range(10, 10)),
        ("10 (light), then 5", Range(10, 10)),
        ("5; rest 2 min between", Range(5, 5)),
        # a total for the session is not a set's count: kept, not judged
        ("60 total", None),
        ("100 (total, as many sets as needed)", None),
    ],
)
def test_reps_per_something_and_in_words(value: str, expected: Range | None) -> None:
    # '8 each letter' (the alphabet drill of a rehab sheet) is 8 reps; 'as prescribed' is
    # the coach's own words: kept, not judged
    assert parse_reps(value) == expected
    assert schema_of(ENTRY.format(name="goblet squat", key="reps", value=f"'{value}'")) == []


@pytest.mark.parametrize(
    "value",
    ["8 kgg", "x 10", "eight", "10 -", "8 kg", "8 min", "10 m", "a", "a 5", "8, kg", "8,"],
)
def test_reps_that_are_one_word_or_a_broken_count_are_still_an_error(value: str) -> None:
    found = schema_of(ENTRY.format(name="goblet squat", key="reps", value=f"'{value}'"))
    assert [(line, column) for line, column, _ in found] == [(10, 15)]


def test_a_range_written_with_to_is_a_range() -> None:
    # '8 to 12' is 8-12; '12 to 8' falls from set to set, as '12-8' does
    assert parse_reps("8 to 12") == Range(8, 12)
    assert schema_of(ENTRY.format(name="goblet squat", key="reps", value="8 to 12")) == []
    assert schema_of(ENTRY.format(name="goblet squat", key="reps", value="12 to 8")) == []


SETS_ENTRY = ENTRY.replace(
    "        sets: 3\n        {key}: {value}\n", "        reps: 8\n        sets: {value}\n"
)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("distance", "50 yds"),
        ("distance", "4 laps"),
        ("distance", "400 meters"),
        ("hold", "5 breaths"),  # yoga holds are counted in breaths: not timed
        ("hold", "10 count (barely)"),  # a grip log's plate pinch, counted: not timed
        # physiotherapy sheets: a short hold in words, not timed
        ("hold", "a few seconds"),
        ("hold", "a couple of seconds"),
        ("hold", "several breaths"),
        ("load", "3 chains per side"),  # a powerlifter's accommodating resistance
        ("load", ">90% 1RM"),  # a hockey strength cycle's heavy singles
        ("load", "10 pounds"),  # weights in words
        ("load", "3- or 5-pound dumbbell"),  # a postpartum sheet's choice of two
        ("load", "20 kilos"),
        ("load", "1 or 2 kettlebells"),  # a class's choice of one bell or a pair
        ("load", "≥ 85%"),
        ("load", "2 chains"),
        ("duration", "5-8 breaths"),
    ],
)
def test_units_coaches_write(key: str, value: str) -> None:
    assert schema_of(ENTRY.format(name="goblet squat", key=key, value=f"'{value}'")) == []


@pytest.mark.parametrize("value", ["25 ladders", "3x", "0 (none)"])
def test_sets_with_a_note_still_need_a_count_from_1_to_20(value: str) -> None:
    found = schema_of(SETS_ENTRY.format(name="goblet squat", value=f"'{value}'"))
    assert [(line, column) for line, column, _ in found] == [(10, 15)]


def test_sets_with_a_note_count_their_number() -> None:
    # '3 (last one AMRAP)' is three sets; '5 ladders' are rungs, not the sets of 000:95
    for value in ("3 (last one AMRAP)", "4 rounds"):
        text = SETS_ENTRY.format(name="goblet squat", value=f"'{value}'")
        assert schema_of(text) == []
    three = SETS_ENTRY.format(name="barbell row", value="'3 (last one AMRAP)'")
    assert [f for f in lint(three, plugins=False) if f.rule == "set-range"] == []
    five = SETS_ENTRY.format(name="barbell row", value="'5 (last one AMRAP)'")
    assert [f.message[:25] for f in lint(five, plugins=False) if f.rule == "set-range"] == [
        "'barbell row' has 5 sets;"
    ]
    ladders = SETS_ENTRY.format(name="barbell row", value="'5 ladders'")
    assert [f for f in lint(ladders, plugins=False) if f.rule == "set-range"] == []


def test_a_warmup_in_words_may_start_with_a_drill_named_by_numbers() -> None:
    # '90/90 breathing' is a drill, not a time: the warm-up is in words, its length unknown
    text = ENTRY.format(name="goblet squat", key="reps", value="8").replace(
        "    warmup: 6 min\n", "    warmup: '90/90 breathing, cat cow, bodyweight squats'\n"
    )
    assert schema_of(text) == []
    assert [f for f in lint(text, plugins=False) if f.rule == "warmup"] == []


BLOCK = """\
program: P
level: beginner
goal: general
workouts:
  - name: A
    warmup: 6 min
    exercises:
      - {kind}:
          {key}: {value}
          exercises:
            - exercise: kettlebell press
              reps: 3
            - exercise: kettlebell row
              reps: 5
"""


@pytest.mark.parametrize(
    ("kind", "key", "value", "sets"),
    [
        ("superset", "sets", "5 ladders", Range(5, 5)),
        ("superset", "sets", "3-4", Range(3, 4)),
        ("circuit", "rounds", "3 (rest 2 min after each)", Range(3, 3)),
        ("circuit", "rounds", "2-3", Range(2, 3)),
    ],
)
def test_a_blocks_sets_and_rounds_are_written_as_an_exercises_sets(
    kind: str, key: str, value: str, sets: Range
) -> None:
    # Enter the Kettlebell's press ladders are a superset of 'sets: 5 ladders'
    from checker.units import parse_sets

    text = BLOCK.format(kind=kind, key=key, value=f"'{value}'")
    assert schema_of(text) == []
    assert parse_sets(value) == sets


def test_a_blocks_ladders_are_rungs_not_sets() -> None:
    text = BLOCK.format(kind="superset", key="sets", value="'5 ladders'")
    assert [f for f in lint(text, plugins=False) if f.rule == "set-range"] == []
    five = BLOCK.format(kind="superset", key="sets", value="'5 (heavy)'")
    assert [
        (f.line, f.column, f.message) for f in lint(five, plugins=False) if f.rule == "set-range"
    ] == [
        (
            9,
            17,
            "'kettlebell row' has 5 sets (the superset's sets); no source supports it: "
            "back exercises take 2-3 sets (000:95); 3 sets of the single-arm dumbbell row (002:7)",
        )
    ]


@pytest.mark.parametrize("value", ["25 ladders", "0", "ladders"])
def test_a_blocks_count_still_needs_a_count_from_1_to_20(value: str) -> None:
    text = BLOCK.format(kind="superset", key="sets", value=f"'{value}'")
    assert [(line, column) for line, column, _ in schema_of(text)] == [(9, 17)]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("3, 3, AMRAP", Range(3, 3)),
        ("5/5/max", Range(5, 5)),
        ("8, 8, amrap", Range(8, 8)),
        ("10 x 100 m", Range(10, 10)),
        ("6 x 200 m at 90%", Range(6, 6)),
    ],
)
def test_an_amrap_last_set_and_runs_of_a_distance_are_reps(value: str, expected: Range) -> None:
    assert parse_reps(value) == expected
    assert schema_of(ENTRY.format(name="goblet squat", key="reps", value=f"'{value}'")) == []


# ('AMRAP, 3' starts with a word: the coach's own words, kept and not read)
@pytest.mark.parametrize("value", ["3, 3, AMRAPS", "3, AMRAP 3", "10 x 100", "x 100 m"])
def test_a_broken_list_or_run_is_still_an_error(value: str) -> None:
    found = schema_of(ENTRY.format(name="goblet squat", key="reps", value=f"'{value}'"))
    assert [(line, column) for line, column, _ in found] == [(10, 15)]


@pytest.mark.parametrize("value", ["100 m walk", "200 m jog back", "1 lap walk"])
def test_rest_may_be_a_distance_walked_back(value: str) -> None:
    assert schema_of(ENTRY.format(name="goblet squat", key="rest", value=f"'{value}'")) == []


@pytest.mark.parametrize("value", ["-10% from top set", "+5% on last week", "−10% of the top set"])
def test_a_back_off_percentage_is_a_load(value: str) -> None:
    assert schema_of(ENTRY.format(name="goblet squat", key="load", value=f"'{value}'")) == []


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("tempo", "4/2/1"),  # NASM's OPT model writes tempos with slashes
        ("tempo", "2/0/2"),
        ("tempo", "3/1/X/1"),
        ("distance", "6 x 800 m"),
        ("rest", "1:1 walk"),
        ("rest", "1:2"),
        ("load", "2 x 10 kg / 2 x 20 kg"),
        ("load", "2 x 50 lb / 2 x 35 lb"),
        ("load", "-5 kg from daily max"),
        ("load", "rope"),
        ("reps", "8 x 90 s"),
        # Starting Strength and Madcow logs: a weight per set, warm-ups to work set
        ("load", "45/95/135/185/215 lb"),
        ("load", "60/100/120 kg"),
        ("load", "15 kg / 10 kg bar"),  # two standards, then what is loaded
        ("load", "6 kg / 4 kg ball"),
        ("load", "PVC"),
        ("load", "broomstick"),
        ("reps", "12/10 cal"),  # calories on a rower or bike, two standards
        ("tempo", "5 sec lowering"),
        # any notation that starts with a number and names its unit is kept as written
        ("load", "100 kg x 3, then 90 kg x 5"),
        ("load", "5 x 5 @ 80%"),
        ("load", "2 x 10 / 2 x 20 kg"),
        ("load", "3 @ RPE 8, 2 @ RPE 9"),
        ("load", "3 RIR"),  # Renaissance Periodization's sheets: reps in reserve after
        ("load", "8-12 plates a side"),
        ("load", "22 mmHg (Stabilizer)"),  # a pressure cuff's target in neck rehab
        ("distance", "10,000 steps"),
        ("duration", "3 x 10 min"),  # three bouts of ten minutes
        ("tempo", "3:1:1"),
        ("tempo", "3 down, 1 up"),
        ("tempo", "2 count pause at the bottom"),
    ],
)
def test_notation_trainers_and_conditioning_plans_write(key: str, value: str) -> None:
    assert schema_of(ENTRY.format(name="goblet squat", key=key, value=f"'{value}'")) == []


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("tempo", "4/2"),
        ("tempo", "4/2/1/1/1"),
        ("distance", "6 x 800"),
        ("rest", "1:1:1"),
        ("load", "-5"),
        ("load", "135/185/225"),  # no unit anywhere
        ("load", "2 x 20"),
        ("load", "100 kg x 3 /"),  # cut off
        ("load", "3 RIRS"),
        ("distance", "10,00 steps"),
        ("duration", "3 x 10"),
        ("tempo", "40"),
        ("tempo", "3:1"),
    ],
)
def test_broken_notation_is_still_a_finding(key: str, value: str) -> None:
    found = schema_of(ENTRY.format(name="goblet squat", key=key, value=f"'{value}'"))
    assert [(line, column) for line, column, _ in found] == [(10, 9 + len(key) + 2)]


def test_intervals_of_a_time_count_as_reps() -> None:
    assert parse_reps("8 x 90 s") == Range(8, 8)
    assert parse_reps("6 x 2 min hard") == Range(6, 6)


@pytest.mark.parametrize(
    ("value", "metres"),
    [
        ("400 m", Range(400, 400)),
        ("2-3 mi", Range(3218, 4827)),
        ("1.5 km easy", Range(1500, 1500)),
        ("1 mile", Range(1609, 1609)),
        ("500 yd", Range(457, 457)),
        ("100 metres", Range(100, 100)),
        ("6 x 800 m", None),  # repeats
        ("12 min", None),
        ("3-2 km", None),  # high to low: a slip
    ],
)
def test_distances_are_read_in_metres(value: str, metres: Range | None) -> None:
    from checker.units import parse_distance

    assert parse_distance(value) == metres


# ------------------------------------------- home, X3 and pull-up program notation


@pytest.mark.parametrize(
    "value",
    [
        # what is lifted at home (Contreras' home glute workouts, NHS, Nerd Fitness)
        "backpack",
        "loaded backpack (10-15 kg)",
        "a heavy book",
        "2 tins of beans or light dumbbells",
        "2 milk jugs",
        "towel",
        # the empty bar of a high-school program, the rings of the Recommended Routine
        "bar",
        "rings",
    ],
)
def test_what_is_lifted_at_home_is_a_load(value: str) -> None:
    assert schema_of(ENTRY.format(name="goblet squat", key="load", value=f"'{value}'")) == []


@pytest.mark.parametrize("value", ["2 kilometers", "backpak", "3 x", "1 1"])
def test_a_count_of_something_unnamed_is_still_an_error(value: str) -> None:
    found = schema_of(ENTRY.format(name="goblet squat", key="load", value=f"'{value}'"))
    assert [(line, column) for line, column, _ in found] == [(10, 15)]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # what follows the set: X3's partials, a rest-pause or drop sets
        ("15-40 + partials", None),
        ("8 + rest-pause", None),
        ("8-12 + 2 drop sets", None),
        # Mentzer's heavy-duty sets: to failure, then a few reps with a partner's help
        ("8 + 2-3 forced reps", None),
        # a pair per set: a dumbbell row twice through each side (Dugdale's log)
        ("10+10, 8+8, 6+6, 4+4 per side", None),
        ("6+2+2, 5+2+2", None),
        # a ladder left open (Armstrong's pyramid day)
        ("1, 2, 3, 4, 5 ...", None),
        ("1-2-3-4-5...", None),
        ("1, 2, 3, ... to failure", None),
        # or closed by its last rung (a 1000-rep pull-up and dip day)
        ("1, 2, 3, 4, 5 ... 20", None),
        ("1, 2, 3 ... 10 then back down", None),
    ],
)
def test_a_sets_extension_and_an_open_ladder_are_reps(value: str, expected: Range | None) -> None:
    assert schema_of(ENTRY.format(name="goblet squat", key="reps", value=f"'{value}'")) == []
    assert parse_reps(value) == expected  # not read: the rules judge no count here


@pytest.mark.parametrize(
    "value", ["+ partials", "...", "8 ++ partials", "1, 2, 3 ..", "10+10, 8++8", "10+10,, 8"]
)
def test_a_broken_extension_or_ladder_is_still_an_error(value: str) -> None:
    found = schema_of(ENTRY.format(name="goblet squat", key="reps", value=f"'{value}'"))
    assert len(found) == 1, found


@pytest.mark.parametrize(
    "value",
    ["max", "AMSAP", "as many as possible", "5+", "as many as necessary", "as needed"],
)
def test_sets_left_open_are_valid_and_not_counted(value: str) -> None:
    # Armstrong's day 4: as many training sets as the athlete can complete; a ramp to a top
    # set of Kroc rows: as many warm-up sets as necessary
    from checker.units import parse_sets

    assert schema_of(SETS_ENTRY.format(name="goblet squat", value=f"'{value}'")) == []
    assert parse_sets(value) == (Range(5, 5) if value == "5+" else None)


def test_a_circuit_takes_up_to_50_rounds() -> None:
    # Dan John's Armor Building Complex: 20-30 rounds of two cleans, a press, three squats
    for value, found in (("20-30", []), ("30", []), ("50", []), ("51", [(9, 19)])):
        quoted = f"'{value}'" if "-" in value else value
        text = BLOCK.format(kind="circuit", key="rounds", value=quoted)
        assert [(line, column) for line, column, _ in schema_of(text)] == found, value


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("up to 10 s", 10), ("at least 30 s", 30), ("about 2 min", 120), ("~90 s", 90)],
)
def test_a_bounded_duration_is_the_time_it_names(value: str, seconds: int) -> None:
    # POGP's postnatal pelvic floor holds: "up to 10 s"
    assert parse_duration(value) == Range(seconds, seconds)
    assert schema_of(ENTRY.format(name="plank", key="hold", value=f"'{value}'")) == []


@pytest.mark.parametrize("value", ["up to", "up to ten s", "at least 30"])
def test_a_bound_without_a_duration_is_still_an_error(value: str) -> None:
    assert len(schema_of(ENTRY.format(name="plank", key="hold", value=f"'{value}'"))) == 1


def test_sessions_per_week_may_be_a_range_whose_lower_end_counts() -> None:
    # a YMCA orientation circuit "2-3 times a week": the week surely holds two sessions
    from checker.catalog import Catalog, builtin_exercises
    from checker.loader import load_text
    from checker.program import build_program

    text = ENTRY.format(name="goblet squat", key="reps", value="8").replace(
        "workouts:", "sessions-per-week: 2-3\nworkouts:"
    )
    assert schema_of(text) == []
    document = load_text(text, "p.yaml").document
    assert document is not None
    assert build_program(document, Catalog(builtin_exercises())).sessions_per_week == 2
    reversed_ = text.replace("2-3", "3-2")
    assert [message for _, _, message in schema_of(reversed_)] == [
        "sessions-per-week '3-2' goes from high to low; write the lower number first: '2-3'"
    ]


@pytest.mark.parametrize("kind", ["circuit", "superset"])
def test_notes_beside_a_block_are_the_blocks_notes(kind: str) -> None:
    # DD's complexes, Staley's EDT: the note written under the block, not inside it
    key = "rounds" if kind == "circuit" else "sets"
    text = BLOCK.format(kind=kind, key=key, value=3) + "        notes: one round every 2 minutes\n"
    assert schema_of(text) == []
    misplaced = text.replace("        notes:", "        note:")
    assert [(line, column) for line, column, _ in schema_of(misplaced)] == [(15, 9)]


def test_notes_beside_a_superset_are_read_as_its_own() -> None:
    # a ladder said beside the superset is a ladder, as when said inside it
    from checker.testing import as_tuples

    text = (
        BLOCK.format(kind="superset", key="sets", value=5).replace(
            "kettlebell press", "lat pulldown"
        )
        + "        notes: 5 ladders of 1-2-3\n"
    )
    assert [t for t in as_tuples(lint(text, plugins=False)) if t[0] == "set-range"] == []
    inside = text.replace(
        "          exercises:", "          notes: 5 ladders of 1-2-3\n          exercises:"
    )
    inside = inside.replace("        notes: 5 ladders of 1-2-3\n", "")
    assert [t for t in as_tuples(lint(inside, plugins=False)) if t[0] == "set-range"] == []
    plain = text.replace("        notes: 5 ladders of 1-2-3\n", "")
    assert [t[0] for t in as_tuples(lint(plain, plugins=False)) if t[0] == "set-range"]


@pytest.mark.parametrize(("value", "valid"), [("3010", True), ("2020", True), ("12345", False)])
def test_a_tempo_of_digits_may_be_left_unquoted(value: str, valid: bool) -> None:
    # YAML reads 'tempo: 3010' as a number; coaches write it so
    found = schema_of(ENTRY.format(name="goblet squat", key="tempo", value=value))
    assert (found == []) is valid, found


@pytest.mark.parametrize("value", ["2 kettlebells", "2 KBs", "2 heavy kettlebells", "2 dumbbells"])
def test_a_pair_of_bells_is_a_load(value: str) -> None:
    # Dan John's Armor Building Complex on double kettlebells, weight left to the athlete
    assert schema_of(ENTRY.format(name="goblet squat", key="load", value=f"'{value}'")) == []


def test_intervals_may_leave_the_rounds_to_the_duration() -> None:
    # a 15 min Tabata finisher: 20 s on, 10 s off, as long as the duration says
    text = (
        "program: P\nwarmup: 6 min\nworkouts:\n  - name: A\n    exercises:\n"
        "      - exercise: treadmill sprint\n        duration: 15 min\n"
        "        intervals: {work: 20 s, rest: 10 s}\n"
    )
    assert schema_of(text) == []
    assert [c for _, c, _ in schema_of(text.replace("work: 20 s, ", ""))] == [20]


WEEKS = "weeks must be a whole number of weeks from 1 to 104, like 8, or a range like 10-12"


@pytest.mark.parametrize(
    ("value", "found"),
    [
        ("8", []),
        ("10-12", []),  # a fire academy prep run for 10-12 weeks
        ("'10 – 12'", []),
        ("0", [f"{WEEKS}, got 0"]),
        ("'12-10'", ["weeks '12-10' goes from high to low; write the lower number first: '10-12'"]),
        ("'10-200'", [f"{WEEKS}, got '10-200'"]),
        ("a few", [f"{WEEKS}, got 'a few'"]),
    ],
)
def test_weeks_may_be_a_range(value: str, found: list[str]) -> None:
    text = f"program: P\nweeks: {value}\nworkouts:\n  - name: A\n    exercises: [plank]\n"
    text = text.replace("[plank]", "[{exercise: plank}]")
    assert [f.message for f in lint(text, plugins=False) if f.rule == "schema"] == found


@pytest.mark.parametrize(
    ("value", "word"),
    [
        ("bodywieght", "bodyweight"),  # two letters swapped
        ("dumbell", "dumbbell"),  # one left out
        ("Kettlebel", "kettlebell"),
        ("ascendng", "ascending"),
        ("hevay", "heavy"),
    ],
)
def test_a_misspelt_load_word_names_the_word_meant(value: str, word: str) -> None:
    found = schema_of(ENTRY.format(name="goblet squat", key="load", value=f"'{value}'"))
    assert found == [
        (10, 15, f"load '{value}' is not a load trainlint knows; did you mean '{word}'?")
    ]


@pytest.mark.parametrize("value", ["moderately", "cables", "lightly", "heavier", "weighted"])
def test_a_load_word_with_an_ending_is_no_slip(value: str) -> None:
    assert schema_of(ENTRY.format(name="goblet squat", key="load", value=f"'{value}'")) == []


def _schema_load_words() -> list[str]:
    """The words of five letters or more the schema's load pattern names (``[Dd]owel``)."""
    pattern = json.loads((ROOT / "schemas" / "program.schema.json").read_text())["$defs"]
    found = re.finditer(r"(?:\[[A-Z][a-z]\]|[a-z])+", pattern["load"]["pattern"])
    words = {re.sub(r"\[[A-Z]([a-z])\]", r"\1", m.group()) for m in found}
    return sorted(w for w in words if len(w) >= 5)


@pytest.mark.parametrize("word", _schema_load_words())
def test_no_word_the_schema_names_is_taken_for_a_slip(word: str) -> None:
    # the slip check keeps its own list of the schema's load words: they must agree, or a
    # 'dowel' is read as a slip of 'towel'
    found = schema_of(ENTRY.format(name="goblet squat", key="load", value=f"'{word}'"))
    # at most the schema's own finding ('weights' says nothing), never a slip
    assert len(found) <= 1 and not any("did you mean" in m for *_, m in found), found


@pytest.mark.parametrize("value", ["weights", "weight", "loads"])
def test_a_load_word_the_schema_rejects_is_one_finding(value: str) -> None:
    found = schema_of(ENTRY.format(name="goblet squat", key="load", value=f"'{value}'"))
    assert [m.split(",")[0] for *_, m in found] == ["load must be a weight like 40 kg or 95 lb"]


@pytest.mark.parametrize("value", ["failure", "submax", "ladder", "AMSAP"])
def test_reps_of_one_word_are_the_coachs_note(value: str) -> None:
    assert schema_of(ENTRY.format(name="goblet squat", key="reps", value=f"'{value}'")) == []
    assert parse_reps(value) is None  # not read: no count


@pytest.mark.parametrize(("value", "word"), [("fialure", "failure"), ("pyramd", "pyramid")])
def test_a_misspelt_reps_word_names_the_word_meant(value: str, word: str) -> None:
    found = schema_of(ENTRY.format(name="goblet squat", key="reps", value=f"'{value}'"))
    assert found == [
        (10, 15, f"reps '{value}' is not a count of reps trainlint knows; did you mean '{word}'?")
    ]


@pytest.mark.parametrize("rest", ["0", "0 s", "'0'", "'0 (no more than 2 min if needed)'"])
def test_no_rest_is_zero(rest: str) -> None:
    assert schema_of(ENTRY.format(name="goblet squat", key="rest", value=rest)) == []


@pytest.mark.parametrize(
    "value", ["1/4 bodyweight", "1/4 bodyweight for men, 1/8 bodyweight for women", "0.5x BW"]
)
def test_a_share_of_bodyweight_is_a_load(value: str) -> None:
    # CrossFit's weighted pull-ups and carries: a share of the athlete's bodyweight
    assert schema_of(ENTRY.format(name="pull-up", key="load", value=f"'{value}'")) == []


@pytest.mark.parametrize(
    ("value", "metres"),
    [("1 1/2 miles", Range(2414, 2414)), ("½ mile", Range(804, 804)), ("1/4 mi", Range(402, 402))],
)
def test_halves_and_quarters_of_a_distance(value: str, metres: Range) -> None:
    assert parse_distance(value) == metres
    assert schema_of(ENTRY.format(name="sled push", key="distance", value=f"'{value}'")) == []


@pytest.mark.parametrize("value", ["11/2 min", "1 1/3 min", "1/2"])
def test_a_fraction_that_is_no_half_or_quarter_is_still_an_error(value: str) -> None:
    # '11/2' is no mixed number, thirds are not read, and a half needs its unit
    assert parse_duration(value) is None
    assert schema_of(ENTRY.format(name="side plank", key="hold", value=f"'{value}'"))


@pytest.mark.parametrize(
    ("load", "adds"),
    [("body mass", False), ("bodyweight (strict)", False), ("0.72 x body mass", True)],
)
def test_the_body_s_own_mass_adds_no_load(load: str, adds: bool) -> None:
    from checker.exercise_use import adds_load

    assert adds_load(load) is adds
