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
    ],
)
def test_hard_or_short_cardio_is_not(first: str, dose: str) -> None:
    assert findings_of(SESSION.format(first=first, dose=dose), "warmup") == [
        (
            4,
            11,
            "warning",
            "'Long run' has no warm-up; start with 5-8 minutes (002:16): add 'warmup: 6 min', "
            "or warm-up sets marked 'warmup: true'",
        )
    ]
