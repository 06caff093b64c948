"""warmup: a workout that starts with steady cardio of five minutes or more has its
warm-up in the cardio's first minutes; intervals, sprints and short cardio do not."""

from __future__ import annotations

import pytest

from tests.test_rules import findings_of

SESSION = """\
program: P
level: intermediate
workouts:
  - name: Long run
    exercises:
      - exercise: {first}
        {dose}
      - exercise: back squat
        sets: 3
        reps: 5
"""


@pytest.mark.parametrize(
    ("first", "dose"),
    [
        ("trail run", "duration: 75 min"),
        ("brisk walk", "duration: 30 min"),
        ("rucking", "duration: 45 min"),
        # a steady distance: a mile or more on foot, 4 km or more on a bike
        ("steady run", "distance: 2-3 mi"),
        ("walk", "distance: 1.5 km"),
        ("cycling", "distance: 10 km easy"),
    ],
)
def test_steady_cardio_first_is_the_warmup(first: str, dose: str) -> None:
    assert findings_of(SESSION.format(first=first, dose=dose), "warmup") == []


@pytest.mark.parametrize(
    ("first", "dose"),
    [
        ("sprint", "duration: 10 min"),
        ("running", "duration: 3 min"),
        ("running", "intervals: 6 x 400 m"),
        ("running", "distance: 400 m"),
        ("running", "distance: 6 x 800 m"),  # repeats, not steady work
        ("cycling", "distance: 2 km"),
    ],
)
def test_hard_or_short_cardio_is_not(first: str, dose: str) -> None:
    assert findings_of(SESSION.format(first=first, dose=dose), "warmup") == [
        (
            4,
            11,
            "info",
            "no warm-up is written for 'Long run'; text 002 asks for 5-8 minutes before "
            "training (002:16): if the athlete warms up, write it ('warmup: 6 min' at the top "
            "of the program, or warm-up sets marked 'warmup: true')",
        )
    ]


# ----------------------------------------------------------- ramps, practice, recovery

TWO_DAYS = """\
program: P
level: intermediate
{program_notes}workouts:
  - name: Heavy
    exercises:
      - exercise: back squat
        sets: 5
        reps: 5
        {notes}
  - name: {second}
    exercises:
      - exercise: bench press
        sets: 3
        reps: 5
"""


def _two_days(notes: str = "", second: str = "Light", program_notes: str = "") -> str:
    return TWO_DAYS.format(notes=notes, second=second, program_notes=program_notes)


def test_two_days_without_a_warmup_are_one_finding() -> None:
    # written nowhere: the program does not say the athlete skips it, so info
    assert findings_of(_two_days(), "warmup") == [
        (
            3,
            1,
            "info",
            "no warm-up is written for any workout; text 002 asks for 5-8 minutes before "
            "training (002:16): if the athlete warms up, write it ('warmup: 6 min' at the top "
            "of the program, or warm-up sets marked 'warmup: true')",
        )
    ]


@pytest.mark.parametrize(
    "notes",
    [
        "notes: ramping, 12.5% jumps",
        "notes: work up to a top set of 5",
        "notes: first set light",
        "notes: go up in weight every set",
        "notes: add 5 kg each set",
    ],
)
def test_sets_that_ramp_to_the_top_set_are_the_warmup(notes: str) -> None:
    # the heavy day ramps: only the other day is named, and as info: a ramp warms up its
    # own workout but writes no warm-up the other days leave out (Sullivan's heavy-light
    # week works up to a heavy single on the heavy day and says nothing of the light day)
    assert findings_of(_two_days(notes), "warmup") == [
        (
            10,
            11,
            "info",
            "no warm-up is written for 'Light'; text 002 asks for 5-8 minutes before "
            "training (002:16): if the athlete warms up, write it ('warmup: 6 min' at the top "
            "of the program, or warm-up sets marked 'warmup: true')",
        )
    ]
    # a warm-up written on the heavy day makes the light day's silence an omission
    written = _two_days(notes).replace("exercises:\n", "warmup: 6 min\n    exercises:\n", 1)
    assert [f[2] for f in findings_of(written, "warmup")] == ["warning"]


def test_a_workout_named_for_recovery_is_light() -> None:
    found = findings_of(_two_days("notes: ramp up", second="Active recovery"), "warmup")
    assert found == []


@pytest.mark.parametrize(
    "notes",
    [
        "notes: done straight after apparatus training\n",
        "notes: 30 min after team training, twice a week\n",
        "notes: lifted post-practice\n",
    ],
)
def test_a_session_right_after_practice_is_warm(notes: str) -> None:
    assert findings_of(_two_days(program_notes=notes), "warmup") == []


@pytest.mark.parametrize(
    "notes",
    ["notes: stretch after the session\n", "notes: rest 2 min after each set\n"],
)
def test_other_notes_do_not_excuse_a_cold_start(notes: str) -> None:
    assert [f[:3] for f in findings_of(_two_days(program_notes=notes), "warmup")] == [
        (4, 1, "info")
    ]


def test_several_workouts_without_one_are_one_finding_at_the_first() -> None:
    text = _two_days("notes: ramping") + (
        "  - name: Medium\n    exercises:\n      - exercise: deadlift\n        sets: 1\n"
        "        reps: 5\n"
    )
    text = text.replace("exercises:\n", "warmup: 6 min\n    exercises:\n", 1)
    assert findings_of(text, "warmup") == [
        (
            11,
            11,
            "warning",
            "2 workouts have no warm-up ('Light', 'Medium') where others have one; start each "
            "with 5-8 minutes (002:16): add 'warmup: 6 min' to each, or warm-up sets marked "
            "'warmup: true'",
        )
    ]


@pytest.mark.parametrize(
    ("load", "ramps"),
    [
        ("50-80% 1RM", True),
        ("70-75% 1RM", False),
        # a bench program's volume day: from a 12-15 rep weight, up 10 lb a set
        ("'start with a 12-15 rep weight, +10 lb each set'", True),
        ("ascending", True),
        ("'+2.5 kg'", False),  # added to the bar (a weighted dip), not rising set by set
        ("95 lb", False),
    ],
)
def test_a_load_climbing_from_light_is_a_ramp(load: str, ramps: bool) -> None:
    found = findings_of(_two_days(f"load: {load}"), "warmup")
    assert [f[:2] for f in found] == ([(10, 11)] if ramps else [(3, 1)])


@pytest.mark.parametrize(
    "notes",
    [
        "notes: Warm up as needed before each session\n",
        "notes: 10 min general warm-up, then warm-up sets\n",
        "notes: start every day with the warmup circuit from week 1\n",
        # CrossFit's Total: the athlete warms up before each lift, no scheme is given
        "notes: the lifter warms up as needed before each lift (no warm-up scheme is set)\n",
    ],
)
def test_a_warmup_given_in_the_notes_is_a_warmup(notes: str) -> None:
    assert findings_of(_two_days(program_notes=notes), "warmup") == []


@pytest.mark.parametrize(
    "notes",
    [
        "notes: no warm-up, straight into it\n",
        "notes: skip the warm up today\n",
        "notes: the source gives no rest; no warm-up, go straight into it\n",
    ],
)
def test_notes_saying_there_is_no_warmup_do_not_count(notes: str) -> None:
    # and the program is not silent: it says the athlete skips the warm-up
    assert [f[:3] for f in findings_of(_two_days(program_notes=notes), "warmup")] == [
        (4, 1, "warning")
    ]


def test_a_workout_whose_notes_give_the_warmup_is_not_named() -> None:
    text = _two_days().replace(
        "  - name: Light\n", "  - name: Light\n    notes: warm up on the bike first\n"
    )
    assert findings_of(text, "warmup") == [
        (
            4,
            11,
            "warning",
            "'Heavy' has no warm-up where other workouts have one; start with 5-8 minutes "
            "(002:16): add 'warmup: 6 min', or warm-up sets marked 'warmup: true'",
        )
    ]


@pytest.mark.parametrize(
    ("warmup", "expected"),
    [
        ("5-10 min bike, then dynamic mobility", [(2, 9, "info")]),
        ("5 min row + band pull-aparts", []),
        ("general warm-up as needed", []),
        ("5min bike", []),
        ("2 min jumping jacks, arm circles", [(2, 9, "warning")]),
        ("6 mni", []),  # not a warm-up the rule can read: the schema reports it
        # a time per activity gives no total: not judged
        ("'30 s each of jumping jack, squat, jog in, stick ups; repeat 2x'", []),
        ("1 min per movement, 5 movements", []),
        ("2 min each side", [(2, 9, "warning")]),  # the side, not the activities
    ],
)
def test_a_warmup_in_words_is_judged_by_the_duration_it_starts_with(
    warmup: str, expected: list[tuple[int, int, str]]
) -> None:
    text = (
        f"program: Words\nwarmup: {warmup}\nworkouts:\n  - name: A\n    exercises:\n"
        "      - exercise: goblet squat\n        sets: 3\n        reps: 10\n"
    )
    assert [f[:3] for f in findings_of(text, "warmup")] == expected


SAME_DAY = """\
program: Home program
workouts:
  - name: Chest and back
    day: {first_day}
    warmup: 6 min
    exercises:
      - exercise: push-up
        sets: 2
        reps: 15
  - name: Abs
    day: Monday
    exercises:
      - exercise: crunch
        sets: 2
        reps: 20
"""


def test_a_workout_after_a_warmed_one_on_the_same_day_is_warm() -> None:
    # the abs session done right after the chest and back session of the same day
    assert findings_of(SAME_DAY.format(first_day="monday"), "warmup") == []


def test_a_workout_on_another_day_still_needs_its_warmup() -> None:
    assert findings_of(SAME_DAY.format(first_day="sunday"), "warmup") == [
        (
            10,
            11,
            "warning",
            "'Abs' has no warm-up where other workouts have one; start with 5-8 minutes "
            "(002:16): add 'warmup: 6 min', or warm-up sets marked 'warmup: true'",
        )
    ]


def test_a_session_of_balance_drills_is_light() -> None:
    # a falls-prevention balance class: tandem stance, heel walks, side steps
    text = """\
program: P
level: beginner
workouts:
  - name: Balance
    exercises:
      - exercise: tandem stance
        sets: 2
        hold: 30 s
      - exercise: heel walk
        distance: 10 steps
      - exercise: side stepping
        distance: 10 steps
"""
    assert findings_of(text, "warmup") == []
    loaded = text.replace(
        "      - exercise: heel walk",
        "      - exercise: goblet squat\n"
        "        sets: 2\n        reps: 10\n      - exercise: heel walk",
    )
    # judged, as info: one workout, and no warm-up written anywhere
    assert [f[2] for f in findings_of(loaded, "warmup")] == ["info"]


@pytest.mark.parametrize(
    "notes",
    [
        # a study protocol, and write-ups of published programs: silence, not a skip
        "notes: supervised; no warm-up written beyond the familiarisation\n",
        "notes: The source gives no warm-up, rest periods or training days.\n",
        "notes: No warm-up or rest periods are given.\n",
        "notes: This program has no warm-up listed\n",
        # the warm-up last in a list of what the source leaves out (dos Remedios)
        "notes: The source gives no weekly frequency, no rest periods and no warm-up.\n",
        "notes: The article lists no sets, no rests or no warm-up drills\n",
        "notes: The page gives 45-60 minutes per workout and no warm-up or rest periods\n",
    ],
)
def test_notes_that_say_no_warmup_is_written_leave_the_program_silent(notes: str) -> None:
    assert [f[:3] for f in findings_of(_two_days(program_notes=notes), "warmup")] == [
        (4, 1, "info")
    ]
