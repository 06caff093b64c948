"""trainlint's built-in rules, one module per rule (installed as ``checker.rules``).

Each module's docstring is the rule's user documentation. The built-in plugin
(:mod:`checker.builtin`) contributes :data:`BUILTIN_RULES` through the same hook
as any third-party plugin.
"""

from __future__ import annotations

from checker.rule import Rule
from checker.rules.deadlift_first import DeadliftFirst
from checker.rules.deep_muscle_work import DeepMuscleWork
from checker.rules.hold_duration import HoldDuration
from checker.rules.max_back_exercises import MaxBackExercises
from checker.rules.rep_range import RepRange
from checker.rules.schedule import Schedule
from checker.rules.set_range import SetRange
from checker.rules.training_frequency import TrainingFrequency
from checker.rules.unknown_exercise import UnknownExercise
from checker.rules.unused_suppression import UnusedSuppression
from checker.rules.warmup import Warmup

BUILTIN_RULES: list[type[Rule]] = [
    MaxBackExercises,
    SetRange,
    DeepMuscleWork,
    DeadliftFirst,
    RepRange,
    TrainingFrequency,
    Warmup,
    HoldDuration,
    Schedule,
    UnknownExercise,
    UnusedSuppression,
]
